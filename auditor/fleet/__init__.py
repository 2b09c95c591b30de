"""Fleet audits: many targets in one run, on Dask (dask.distributed), one merged report.

* :mod:`auditor.fleet.targets` — the target list (arguments, ``--from-file``) and ``--shard I/N``;
* :mod:`auditor.fleet.task` — one target audited in a worker (baselines loaded once per worker),
  its reports written, a compact result returned; any failure is that target's error entry;
* :mod:`auditor.fleet.engine` — runs the tasks: a LocalCluster sized to the machine (default), an
  existing cluster (``--scheduler``), or in-process for a shard;
* :mod:`auditor.fleet.fingerprints` — identical unofficial changes across installs, clustered;
* :mod:`auditor.fleet.report` — the merged report (JSON, HTML, Markdown) and its exit code.

docs/fleet.md documents it; the Dask extra is ``pip install 'auditor[fleet]'``.
"""
