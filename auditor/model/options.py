"""What one audit is asked to do (``AuditOptions``, as the command line or a fleet gives it) and the inputs
beside the tree it reads (``AuditInputs``, loaded and validated once, before the scan starts)."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from typing import Any


@dataclass
class AuditOptions:
    target: str
    baselines: str
    product: str | None = None
    profile_file: str | None = None
    root: str | None = None
    kind: str | None = None
    ignore: list[str] = field(default_factory=list)
    fail_on: str = "high"
    progress: bool | None = None
    timestamps: bool = False
    #: drift mode: an earlier JSON report of the same target (see auditor.sections.drift)
    since: str | None = None
    #: refuse baselines that are not signed by one of these keys (auditor.baseline.signed)
    require_signed: bool = False
    trusted_keys: str | None = None
    #: expected outbound hosts (globs, addresses, CIDRs; validated) and an allowlist file of more
    allow_hosts: list[str] = field(default_factory=list)
    allowlist: str | None = None
    #: directories of web service definitions exported from the database
    webservices: list[str] = field(default_factory=list)
    #: the product's database: postgresql://, mysql://, auto or a dump file (auditor.database)
    database: str | None = None
    #: advisory feeds beside the built-in ones (files or directories)
    advisories: list[str] = field(default_factory=list)
    #: the release the migration forecast upgrades to (default: the newest baseline of the product)
    target_version: str | None = None
    #: also report unsafe official defaults that a production install should harden
    hardening: bool = False
    #: waiver file, and the date its expiry is judged on (default: today)
    waivers: str | None = None
    as_of: str | None = None
    #: ssh:// targets: the private key to offer (else the agent's and ~/.ssh's), and whether an unknown
    #: host key is recorded and accepted (auditor.target.ssh)
    identity: str | None = None
    accept_new_host_key: bool = False
    #: registry:// targets: plain HTTP, the user (password in AUDITOR_REGISTRY_PASSWORD), the platform of
    #: a multi-platform index (auditor.target.registry)
    insecure_registry: bool = False
    registry_user: str | None = None
    platform: str | None = None
    #: a worker's memo (auditor.fleet): baselines, profile and release index loaded once per worker
    #: process and reused for every target while the baseline files are unchanged
    memo: dict | None = None


@dataclass
class AuditInputs:
    """The audit's inputs beside the tree and the baselines, read once before the scan: a bad one is one
    line and exit 2 before any work, and no check reads a file of its own."""

    #: expected outbound hosts: --allow-host and the --allowlist file, validated
    allow_hosts: list[str] = field(default_factory=list)
    #: (file name, bytes or why it could not be read) of every exported web service definition
    webservice_exports: list[tuple[str, Any]] = field(default_factory=list)
    #: where the database is (auditor.database.Source), validated; None without --database
    database: Any = None
    #: every advisory of the built-in feeds and --advisories (auditor.model.advisory.Advisory)
    advisories: list[Any] = field(default_factory=list)
    #: the waiver rules (auditor.risk.waivers.WaiverRule) and the file they came from
    waiver_rules: list[Any] | None = None
    waiver_file: str | None = None
    #: the date waivers are judged on
    as_of: _dt.date = field(default_factory=_dt.date.today)
