"""Stage 5, risk: what the findings mean for an upgrade (migration) and for compliance."""
