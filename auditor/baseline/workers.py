"""The workers of a parallel ``baseline from-git`` (docs/baselines.md): forked processes that build the
refs they claim, a group of refs at a time, and send each outcome to the parent, which puts the results
in the order of the refs and writes each content pack once from the workers' spools.

The build itself is auditor.baseline.fromgit's (handed in as ``build``); nothing here reads a release."""

from __future__ import annotations

import os
from pathlib import Path


def timing(what: str, since: float) -> float:
    """A timing line on stderr when AUDITOR_TIMINGS is set (for benchmarks, as the audit's); returns now."""
    import time
    now = time.perf_counter()
    if os.environ.get("AUDITOR_TIMINGS"):
        import resource
        import sys
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss >> 10
        print(f"timing {what}: {now - since:.3f} s (peak {peak} MiB)", file=sys.stderr)
    return now


#: what a ref whose label an earlier ref had costs, against a new one's 1: a release met again is not built
#: again (vendor-import repositories keep many releases on two or three branches)
AGAIN_WEIGHT = 0.1


def split_groups(refs: list[tuple[str, str]], jobs: int) -> tuple[list[list[int]], list[tuple[int, int]]]:
    """The refs as groups (consecutive refs of one label: a release and its copies, built by one worker),
    and ``jobs`` segments of consecutive groups, (first, last) inclusive, of about equal work: a ref whose
    label an earlier one had counts AGAIN_WEIGHT, any other 1. Every segment has a group when there are
    enough."""
    groups: list[list[int]] = []
    weights: list[float] = []
    labels: set[str] = set()
    for i, (_ref, label) in enumerate(refs):
        w = AGAIN_WEIGHT if label in labels else 1.0
        labels.add(label)
        if groups and refs[groups[-1][-1]][1] == label:
            groups[-1].append(i)
            weights[-1] += w
        else:
            groups.append([i])
            weights.append(w)
    total = sum(weights)
    jobs = min(jobs, len(groups))
    segments: list[tuple[int, int]] = []
    start, done = 0, 0.0
    for g, w in enumerate(weights):
        done += w
        left = len(groups) - g - 1
        wanted = jobs - len(segments) - 1          # segments still to start after this one
        # close this segment at its share of the work, or when the groups left are just enough for one each
        if wanted > 0 and left >= wanted and (done >= total * (len(segments) + 1) / jobs or left == wanted):
            segments.append((start, g))
            start = g + 1
    segments.append((start, len(groups) - 1))
    return groups, segments


#: what the workers of a parallel build share, set before they are forked: args (repo, refs, product, root,
#: profile, content_dir), the groups of refs, the claims on them, the spool directory, the parent death arm
_WORK: dict = {}


class SharedSet:
    """Keys claimed by forked workers, in memory they share (an open-addressing table of 128-bit keys under
    one lock, made before the fork): ``claim`` is True for the first worker to claim a key only. The
    workers claim each content they are about to put in a pack, so that a content two workers meet is
    deflated and spooled by one of them (the merge takes a content from whichever spool holds it).
    Bounded: a key that finds no free slot within PROBES is granted (deflated twice, never lost)."""

    PROBES = 64

    def __init__(self, ctx, slots: int = 1 << 18):
        import mmap
        self.mem = mmap.mmap(-1, slots * 16)     # anonymous and shared: the forked workers see one table
        self.mask = slots - 1
        self.lock = ctx.Lock()

    def claim(self, *parts: str) -> bool:
        import hashlib
        key = hashlib.blake2b("\0".join(parts).encode("utf-8", "surrogateescape"), digest_size=16).digest()
        i = int.from_bytes(key[:8], "little") & self.mask
        mem, empty = self.mem, bytes(16)
        with self.lock:
            for _ in range(self.PROBES):
                at = i * 16
                slot = mem[at:at + 16]
                if slot == key:
                    return False
                if slot == empty:
                    mem[at:at + 16] = key
                    return True
                i = (i + 1) & self.mask
        return True


def _claim(claims, me: int) -> int | None:
    """The next group for worker ``me``: the front of its own segment, then (its own done) the back of the
    segment with the most groups left; None when every group is taken. ``claims`` holds each segment's
    (front, back); the caller holds its lock."""
    front, back = claims[2 * me], claims[2 * me + 1]
    if front <= back:
        claims[2 * me] = front + 1
        return front
    jobs = len(claims) // 2
    most = max(range(jobs), key=lambda k: (claims[2 * k + 1] - claims[2 * k], -k))
    front, back = claims[2 * most], claims[2 * most + 1]
    if front > back:
        return None
    claims[2 * most + 1] = back - 1
    return back


def in_parallel(build, jobs: int, spool_dir: Path, args: tuple, warn, later: list):
    """Build the refs by ``jobs`` forked workers. Each starts on a segment of consecutive groups
    (split_groups), walking it forward, and once done takes groups from the back of the segment with most
    left (so each meets most contents again in the next release it builds; the memo is the worker's own).
    A worker sends each outcome as it is built, writes its baseline's text into ``spool_dir`` (the parent
    only copies it unless the pruning of markers changes the baseline), and spools its content pack
    members there (content.session): the parent adds to each pack, in the order of the refs, the contents
    of the releases kept, so the packs hold the same members however the work was shared. Yields the
    outcomes in the order of the refs, with their warnings; the first ref that failed stops the run as it
    would one process. The packs are written by a thread while the caller goes on: ``later`` gets the
    function that waits for it (raising what it raised), to call before the packs' session ends."""
    import multiprocessing
    from multiprocessing.connection import wait
    from auditor.process import parent_death_arm
    groups, segments = split_groups(args[1], jobs)
    jobs = len(segments)
    ctx = multiprocessing.get_context("fork")
    claims = ctx.Array("q", [end for seg in segments for end in seg])
    _WORK.update(build=build, args=args, groups=groups, claims=claims, spool_dir=spool_dir,
                 arm=parent_death_arm(), parent=os.getpid(), contents=SharedSet(ctx))
    workers = []
    try:
        for i in range(jobs):
            receive, send = ctx.Pipe(duplex=False)
            proc = ctx.Process(target=_worker, args=(i, send), name=f"from-git-{i}")
            proc.start()
            send.close()
            workers.append((proc, receive))
        # every pipe read as it fills (a worker never waits for the parent to read another's)
        outcomes: list = []
        ends: list[tuple] = []
        open_pipes = {receive: i for i, (_proc, receive) in enumerate(workers)}
        while open_pipes:
            for conn in wait(list(open_pipes)):
                i = open_pipes[conn]
                try:
                    message = conn.recv()
                except EOFError:
                    proc = workers[i][0]
                    proc.join()
                    from auditor.errors import AuditorError
                    raise AuditorError(f"a worker of the build ended without a result (exit code {proc.exitcode}, "
                                       f"e.g. killed for memory): nothing was written") from None
                if message[0] == "outcome":
                    outcomes.append(message[1])
                else:
                    ends.append(message[1:])
                    del open_pipes[conn]
                    conn.close()
        for proc, _receive in workers:
            proc.join()
        outcomes.sort(key=lambda o: o.index)
        # (an error before a worker's first ref, such as an unreadable repository, counts as the first)
        failures = sorted((-1 if at is None else at, n, error, notes) for n, (_spools, error, at, notes)
                          in enumerate(ends) if error is not None)
        if failures:
            at, _n, failed, trailing = failures[0]
            outcomes = [o for o in outcomes if o.index < at]
        else:
            later.append(_merging(outcomes, [end[0] for end in ends], args[5]))
        for o in outcomes:
            for note in o.notes if warn else ():
                warn(note)
            yield o
        if failures:
            for note in trailing if warn else ():
                warn(note)
            raise failed
    finally:
        for proc, receive in workers:
            receive.close()
            if proc.is_alive():
                proc.kill()
            proc.join()
        _WORK.clear()


def _merging(outcomes: list, spools: list[dict[str, Path]], content_dir):
    """Start _merge_spools in a thread; returns the function that waits for it (and raises its error)."""
    import threading
    import time
    failed: list[BaseException] = []

    def merge() -> None:
        clock = time.perf_counter()
        try:
            _merge_spools(outcomes, spools, content_dir)
        except BaseException as exc:      # raised again in the caller's thread
            failed.append(exc)
        timing("from-git merge pack spools (beside the rest)", clock)

    thread = threading.Thread(target=merge, name="from-git-packs", daemon=True)
    thread.start()

    def wait(raising: bool = True) -> None:
        thread.join()
        if failed and raising:
            raise failed[0]
    return wait


def _merge_spools(outcomes: list, spools: list[dict[str, Path]], content_dir) -> None:
    """Add the workers' pack spools to the packs: for each release kept (the first build of each), in the
    order of the refs, its files' contents in the order of its entries."""
    from auditor.baseline import content as content_mod
    names: dict[str, list[str]] = {}
    first: set[tuple[str, str]] = set()
    for o in outcomes:
        if o.baseline is not None and o.release not in first:
            first.add(o.release)
            if o.baseline.content_pack and content_dir is not None:
                key = os.path.abspath(Path(content_dir(*o.release)) / o.baseline.content_pack)
                names.setdefault(key, []).extend(e.sha256 for e in o.baseline.entries
                                                 if e.type == "file" and e.sha256)
    by_pack: dict[str, list[Path]] = {}
    for worker in spools:
        for key, spool in worker.items():
            by_pack.setdefault(key, []).append(spool)
    for key, files in sorted(by_pack.items()):
        content_mod.merge(Path(key), files, names.get(key, ()))
        for spool in files:
            spool.unlink()


def _worker(i: int, send) -> None:
    _WORK["arm"](_WORK["parent"])
    import time
    clock = time.perf_counter()
    try:
        _run(i, send)
    finally:
        send.close()
        timing(f"from-git worker {i} (cpu {time.process_time():.1f} s)", clock)


def _claimed(i: int):
    """(index, ref, label) of the refs worker ``i`` claims, a group at a time."""
    claims, groups, refs = _WORK["claims"], _WORK["groups"], _WORK["args"][1]
    while True:
        with claims.get_lock():
            g = _claim(claims, i)
        if g is None:
            return
        for index in groups[g]:
            yield index, *refs[index]


def _run(i: int, send) -> None:
    """In a worker: build the refs it claims, sending ("outcome", outcome) for each, then ("end", spools by
    pack, the error that stopped it or None, the index of the ref it stopped at, that ref's warnings)."""
    import pickle
    from auditor.baseline import content as content_mod
    from auditor.baseline.layout import dumps
    repo_path, _refs, product, root, profile, content_dir = _WORK["args"]
    spool_dir: Path = _WORK["spool_dir"]
    notes: list[str] = []
    error, at = None, None
    spools: dict = {}
    current = [None]
    try:
        with content_mod.session(spool_dir, claim=_WORK["contents"].claim) as spools:
            for o in _WORK["build"](repo_path, _claimed(i), product, root, profile, False, notes.append, content_dir,
                                    current):
                o.notes = notes[:]
                notes.clear()
                if o.baseline is not None:
                    o.rendered = spool_dir / f"{o.index}.yaml"
                    with open(o.rendered, "xb") as fh:
                        fh.write(dumps(o.baseline).encode("utf-8"))
                send.send(("outcome", o))
    except Exception as exc:        # raised again by the parent once the warnings before it are printed
        # sent on its own: what it was raised from (a parser's exception) and its traceback stay here, since
        # a library that pickles those too (tblib, which Dask installs) could send what will not unpickle
        error, at = exc, current[0]
        error.__context__ = error.__cause__ = error.__traceback__ = None
        try:
            pickle.loads(pickle.dumps(error))
        except Exception:
            from auditor.errors import AuditorError
            error = AuditorError(str(exc)) if isinstance(exc, AuditorError) else \
                RuntimeError(f"{type(exc).__name__}: {exc}")
    send.send(("end", dict(spools), error, at, notes[:]))
