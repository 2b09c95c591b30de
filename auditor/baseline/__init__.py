"""Official release baselines: build (from directory, archive, git), store, load, list."""
