"""The audit pipeline: target -> scan -> identify -> checks -> risk -> report."""

from __future__ import annotations

import contextlib

import dataclasses
import datetime as _dt
import os
import sys
import time
from pathlib import Path
from dataclasses import dataclass

from typing import TYPE_CHECKING

from auditor.errors import AuditorError
from auditor.model.options import AuditInputs, AuditOptions
from auditor.process import gc_paused

if TYPE_CHECKING:
    from auditor import profile as profile_mod
    from auditor.baseline import store
    from auditor.checks import Context
    from auditor.identify import Identity
    from auditor.model.report import Report
    from auditor.patterns import PathPatterns
    from auditor.scan import Snapshot

# The stages' modules are imported where they are first needed: a drift run that reuses its recorded
# result (auditor.scan.reuse) needs none of them (profiles, YAML, checks, identification: 0.12 s).


@dataclass
class AuditRun:
    report: Report
    snapshot: Snapshot
    identity: Identity
    context: Context


def choose_profile(opts: AuditOptions, files: list[store.BaselineFile], target=None) -> tuple[profile_mod.Profile, str | None]:
    """The profile and product of this run: --profile, --product, the one profile every baseline's
    product belongs to, or the profile whose ``detect`` rule matches the target.

    The product is fixed here only when the user names it (or the baselines hold one product);
    otherwise identification picks it among the profile's products."""
    from auditor import profile as profile_mod
    products = sorted({f.product for f in files})
    if opts.profile_file:
        prof = profile_mod.load_file(opts.profile_file)
        product = prof.product_id(opts.product) or opts.product if opts.product else None
        if product is None:
            matching = sorted({prof.product_id(p) for p in products if prof.matches_product(p)})
            product = matching[0] if len(matching) == 1 else None
        return prof, product
    if opts.product:
        prof = profile_mod.for_product(opts.product)
        return prof, prof.product_id(opts.product) or opts.product
    families = {profile_mod.for_product(p).name for p in products}
    if len(families) == 1:
        prof = profile_mod.builtin(families.pop())
        ids = sorted({prof.product_id(p) or p for p in products})
        return prof, ids[0] if len(ids) == 1 else None
    if target is not None:
        candidates = [p for p in profile_mod.all_builtin() if any(p.matches_product(x) for x in products)]
        found = profile_mod.detect(target, candidates)
        if found is not None:
            return found, None
    return profile_mod.builtin("generic"), None


def _spec(profile: profile_mod.Profile, extra: list[str]) -> PathPatterns | None:
    from auditor.patterns import PathPatterns
    patterns = list(profile.ignore) + list(extra)
    return PathPatterns(patterns) if patterns else None


def verify_baselines(opts: AuditOptions):
    """--require-signed: every file of the baselines directory signed by a trusted key (or an error)."""
    if not opts.require_signed:
        return None
    if not opts.trusted_keys:
        raise AuditorError("--require-signed needs --trusted-keys FILE (the public keys whose signatures count)")
    from auditor.baseline.signed import verify_dir
    from auditor.trust.signing import read_trusted
    return verify_dir(opts.baselines, read_trusted(opts.trusted_keys))


def prepare(opts: AuditOptions, target=None):
    from auditor import profile as profile_mod
    from auditor.baseline import store
    if opts.memo is None:
        return _prepare(opts, target)
    key = (os.path.realpath(opts.baselines), opts.product, opts.profile_file, tuple(opts.ignore),
           opts.require_signed, opts.trusted_keys)
    stats = store.stat_keys(opts.baselines)
    hit = opts.memo.get(key)
    if hit is not None and hit[0] == stats:
        return hit[1]
    prepared = _prepare(opts, target)
    products = {f.product for f in prepared[2].files}
    if opts.profile_file or opts.product or len({profile_mod.for_product(p).name for p in products}) <= 1:
        opts.memo[key] = (stats, prepared)        # not chosen by this target's content: valid for every target
    return prepared


def _prepare(opts: AuditOptions, target=None):
    from auditor.baseline import store
    from auditor.identify import Catalog, select
    verified = verify_baselines(opts)
    # signed baselines: nothing derived from them is taken from a cache (the cache is not signed)
    files = store.discover(opts.baselines, use_cache=verified is None)
    if verified is not None:
        from auditor.baseline.signed import check_unchanged
        check_unchanged(verified, files)
    addon_files = [f for f in files if f.addon]
    files = [f for f in files if not f.addon]
    if not files:
        raise AuditorError(f"{opts.baselines}: holds add-on baselines only; an audit needs the releases of the "
                           f"product they are installed on too")
    profile, product = choose_profile(opts, files, target)
    # one product model: baselines name their product by id, name or alias; the run uses ids
    files = [dataclasses.replace(f, product=profile.product_id(f.product) or f.product) for f in files]
    if product is not None:
        selected = select(files, product, profile)
    elif opts.profile_file or profile.name != "generic":
        selected = [f for f in files if profile.matches_product(f.product)] or files
    else:
        selected = files
    seen: dict[tuple[str, str], store.BaselineFile] = {}
    for f in selected:
        if f.release in seen:
            raise AuditorError(f"{f.path}: release {f.product} {f.version} is also in {seen[f.release].path}")
        seen[f.release] = f
    catalog = Catalog(selected, profile.version_scheme, list(profile.ignore) + list(opts.ignore),
                      use_cache=verified is None, signed_by=verified.key_id if verified is not None else None)
    if addon_files:
        catalog.addons = Catalog(addon_files, profile.version_scheme, catalog.ignore_patterns,
                                 use_cache=catalog.use_cache, signed_by=catalog.signed_by)
    return profile, product, catalog


def load_inputs(opts: AuditOptions) -> AuditInputs:
    """Every input beside the tree and the baselines, read and validated once, before the scan: expected
    hosts, web service exports, advisory feeds, waivers and the date they are judged on."""
    from auditor import feeds
    from auditor.knowledge.endpoints import check_host_pattern, load_allowlist, read_export
    from auditor.risk import waivers
    inputs = AuditInputs(allow_hosts=[check_host_pattern(h, "--allow-host") for h in opts.allow_hosts])
    if opts.allowlist:
        inputs.allow_hosts += load_allowlist(opts.allowlist)
    for export_dir in opts.webservices:
        root = Path(export_dir)
        if not root.is_dir():
            raise AuditorError(f"{export_dir}: --webservices needs a directory of exported web service YAML files")
        for f in sorted(x for x in root.rglob("*") if x.suffix.lower() in (".yml", ".yaml")):
            inputs.webservice_exports.append((str(f), read_export(f)))
    if opts.database:
        from auditor.database import parse_source
        inputs.database = parse_source(opts.database)
    inputs.advisories = feeds.load(opts.advisories)
    inputs.as_of = waivers.as_of(opts.as_of)
    if opts.waivers:
        inputs.waiver_rules, inputs.waiver_file = waivers.load(opts.waivers), str(opts.waivers)
    return inputs


def run(opts: AuditOptions, only_identify: bool = False) -> AuditRun:
    with gc_paused():
        return _run(opts, only_identify)


class _Clock:
    """Stage timings on stderr when AUDITOR_TIMINGS is set (for benchmarks; never in reports)."""

    def __init__(self):
        self.enabled = bool(os.environ.get("AUDITOR_TIMINGS"))
        self.last = time.perf_counter()

    def lap(self, name: str) -> None:
        if self.enabled:
            now = time.perf_counter()
            print(f"timing {name}: {now - self.last:.3f} s", file=sys.stderr)
            self.last = now


def _redact(report: Report) -> None:
    """The last step before any formatter: no secret from the tree reaches a report (auditor.redact)."""
    from auditor import redact
    for f in report.findings:
        f.message = redact.text(f.message)
        f.evidence = redact.scrub(f.evidence)
    report.sections = redact.scrub(report.sections)


def _drift(report: Report, earlier: Report, files: int, trusted: list[str] | None, cache_state: str, scheme: str,
           reused: bool = False) -> None:
    from auditor import redact
    from auditor.sections.drift import section
    report.sections["drift"] = redact.scrub(section(earlier, report, files, trusted, cache_state, scheme, reused))


def _finish(report: Report, opts: AuditOptions, started: float) -> None:
    if opts.timestamps:
        report.stats.seconds = round(time.perf_counter() - started, 3)
        report.generated_at = _dt.datetime.now(_dt.timezone.utc).replace(microsecond=0).isoformat()


def _protected(target):
    """While a directory is audited, no cache is written inside it (it would change the evidence)."""
    if target.kind != "directory":
        return contextlib.nullcontext()
    from auditor.cache import protecting
    return protecting(target.base)


def _run(opts: AuditOptions, only_identify: bool) -> AuditRun:
    from auditor import yamlio
    from auditor.target import open_target
    yamlio.DOC_CACHE.set(not opts.require_signed)    # a signed run takes nothing from a cache
    started = time.perf_counter()
    clock = _Clock()
    ssh = None
    if opts.target.startswith("ssh://"):
        from auditor.target.ssh import SSHOptions
        ssh = SSHOptions(opts.identity, opts.accept_new_host_key)
    registry = None
    if opts.target.startswith("registry://"):
        from auditor.target.registry import RegistryOptions
        registry = RegistryOptions(opts.insecure_registry, opts.registry_user, opts.platform)
    with open_target(opts.target, opts.root, opts.kind, ssh, registry) as target, _protected(target):
        earlier = None
        if opts.since:
            from auditor.model.report import read_report
            earlier = read_report(opts.since, "earlier JSON report (--since)")
            if target.kind == "directory" and not only_identify:
                from auditor.scan import reuse
                hit = reuse.attempt(opts, target)
                if hit is not None:
                    _drift(hit.report, earlier, hit.files, None, "used", hit.scheme, reused=True)
                    clock.lap("result reused (tree and inputs unchanged)")
                    _finish(hit.report, opts, started)
                    return AuditRun(hit.report, None, None, None)
        return _audit(opts, only_identify, target, earlier, started, clock)


def _import_stages(only_identify: bool) -> None:
    """The stages after the scan, imported while the scan's workers still hash (about a third of the start-up
    of an audit: on a real install the main thread has that time, the workers are still hashing)."""
    import auditor.identify  # noqa: F401
    if not only_identify:
        import auditor.checks  # noqa: F401
        import auditor.compare  # noqa: F401
        import auditor.risk  # noqa: F401
        import auditor.sections  # noqa: F401


def _audit(opts: AuditOptions, only_identify: bool, target, earlier, started: float, clock: _Clock) -> AuditRun:
    from auditor.model.baseline import ToolInfo
    from auditor.model.report import Report, Stats, TargetInfo
    from auditor.scan import early as early_mod
    from auditor.scan import reuse, scan, statcache
    # the files are read from here on: a file changed within RACY_NS of this is never trusted by drift mode
    scan_started = time.time_ns()
    if hasattr(target, "racy_after_ns"):
        target.racy_after_ns = statcache.racy_limit(scan_started)
    # hashing starts now, on the core the loading of the inputs leaves idle (not for drift mode, which
    # reads only the files that changed)
    early = (early_mod.prestarted(target) or early_mod.start(target)) if earlier is None else None
    early_mod.discard()     # one begun for this directory before the command line was read (not drift mode)
    inputs = AuditInputs()
    try:
        profile, product, catalog = prepare(opts, target)
        ignore_spec = _spec(profile, opts.ignore)
        trust = None
        cache_state = "none"
        if earlier is not None:
            trust = statcache.load(target)
            from auditor.cache import refused
            cache_state = "used" if trust is not None else ("not-a-directory" if target.kind != "directory"
                                                            else "refused" if refused() else "missing")
        clock.lap("prepare")
        pending = True

        def meanwhile() -> None:
            """What needs no digest, done while the tree is hashed: the other inputs read and checked, the
            stages imported, the release index of several baselines loaded."""
            nonlocal inputs, pending
            if not pending:
                return
            pending = False
            if not only_identify:
                inputs = load_inputs(opts)
            _import_stages(only_identify)
            if len(catalog.files) > 1:
                catalog.index  # noqa: B018  (loaded now, used by identify)

        snapshot = scan(target, ignore_spec, profile.local_spec, progress=opts.progress, trust=trust,
                        meanwhile=meanwhile, early=early)
        meanwhile()         # a no-op when the scan ran it
    finally:
        if early is not None:
            early.close()
    from auditor.checks import Context, run_all
    from auditor.compare import compare
    from auditor.identify import identify
    if hasattr(target, "assert_connected"):
        target.assert_connected()       # a remote tree whose connection dropped: no report at all
    statcache.save(target, snapshot, scan_started, trust)
    trust = None     # the earlier run's record (a table of every file) is not needed past the scan
    seal = reuse.snapshot_seal(target, snapshot) if not only_identify and reuse.recordable(opts, target) else None
    snapshot.sigs = snapshot.other_sigs = {}   # saved for the next drift run; not needed past this point
    clock.lap("scan")
    catalog.share = snapshot.entries
    from auditor import deadline
    from auditor.identify import addons as addons_mod
    deadline.check()
    if catalog.addons is not None:
        catalog.addons.share = snapshot.entries
    addons = addons_mod.identify(snapshot, catalog.addons)
    identity = identify(snapshot, catalog, profile, addons)
    # nothing identified: the diff is still made, against the nearest release, and says so
    baseline = catalog.baseline(identity.release or identity.nearest) if (identity.release or identity.nearest) \
        else None
    if baseline is not None:
        baseline = addons_mod.compose(baseline, addons)
    clock.lap("identify")
    if not only_identify:
        from auditor.config.parsecache import DISK_CACHE
        DISK_CACHE.set(catalog.use_cache)   # a signed run takes nothing from a cache, parsed files included
    comparison = None if only_identify else compare(snapshot, profile, catalog, identity, baseline, ignore_spec, inputs)
    clock.lap("compare")
    ctx = Context(snapshot, profile, catalog, identity, baseline, comparison, opts, inputs)
    findings = [] if only_identify else run_all(ctx)
    clock.lap("checks")
    report = Report(
        tool=ToolInfo.current(),
        target=TargetInfo(opts.target, target.kind, target.root),
        product=identity.release[0] if identity.release else product,
        claimed_version=identity.claimed,
        claimed_product=identity.claimed_product,
        identified_version=identity.release[1] if identity.release else None,
        identification=identity.identification,
        findings=findings,
        stats=Stats(snapshot.files, snapshot.bytes),
        fail_on=opts.fail_on,
        profile=profile.name,
        ignored=snapshot.ignored,
    )
    if not only_identify:
        from auditor import deadline, risk, sections
        deadline.check()
        sections.build(report, ctx)
        deadline.check()
        risk.assess(report, ctx)
        clock.lap("report sections and risk")
    elif baseline is not None:
        from auditor.sections import baseline as baseline_section
        baseline_section.build(report, ctx)
    _redact(report)
    if seal is not None:
        reuse.save(target, opts, seal, report.to_dict(), list(profile.ignore) + list(opts.ignore), catalog.scheme)
    if earlier is not None:
        _drift(report, earlier, report.stats.files, snapshot.trusted, cache_state, catalog.scheme)
    _finish(report, opts, started)
    return AuditRun(report, snapshot, identity, ctx)


def render_options(**kw):
    """The formatters' options of a run, with every check's documentation (SARIF's rules)."""
    from auditor.checks import REGISTRY
    from auditor.report import RenderOptions, RuleDoc
    rules = {cid: RuleDoc(cid, info.name, info.severity, tuple(info.categories), info.summary, info.doc)
             for cid, info in REGISTRY.items()}
    return RenderOptions(rules=rules, **kw)
