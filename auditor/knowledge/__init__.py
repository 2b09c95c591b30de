"""Product knowledge beside the profile, each with its small reader: security rules and overrides, version
markers (where a release states its version), URL and endpoint facts, migration needs, checksum-list
manifests, controls and questions, third-party library advisories. Imports no check (docs/architecture.md)."""
