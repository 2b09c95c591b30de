"""The real-release suite (see conftest.py)."""
