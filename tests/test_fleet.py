"""Fleet audits on Dask: a real dask scheduler and worker (subprocesses on 127.0.0.1), a fleet of
sample installs with two vendors' tampering, a corrupt archive, shards that add up, fingerprints."""

from __future__ import annotations

import io
import json
import os
import shutil
import signal
import tarfile
import time
from pathlib import Path

import jsonschema
import pytest

import servers
from conftest import BASELINES, ROOT, SAMPLES, invoke

pytest.importorskip("distributed")

SAMPLEDESK = BASELINES / "sampledesk"
FLEET_SCHEMA = json.loads((ROOT / "docs" / "fleet.schema.json").read_text())
VENDOR_A = {"added": "Kernel/System/VendorSync.pm", "modified": "Kernel/System/Cache.pm",
            "host": "telemetry.vendor-a.net"}
VENDOR_B = {"modified": "Kernel/System/Auth.pm"}


def _vendor_a(tree: Path) -> None:
    (tree / VENDOR_A["added"]).write_text(
        "package Kernel::System::VendorSync;\nuse strict;\n"
        f"my $Endpoint = 'https://{VENDOR_A['host']}/collect';\n"
        "sub Run { my ($Self, %Param) = @_; return $Self->{UserAgent}->Request(URL => $Endpoint); }\n1;\n")
    cache = tree / VENDOR_A["modified"]
    cache.write_text(cache.read_text() + "\n# vendor A: cache tuning\n")


def _vendor_b(tree: Path) -> None:
    auth = tree / VENDOR_B["modified"]
    auth.write_text(auth.read_text().replace("return", "return 1 if $Param{User} eq 'support';\n    return", 1))


@pytest.fixture(scope="module")
def fleet_dir(tmp_path_factory):
    """12 installs by vendor A, 6 by vendor B, 2 genuine, 1 corrupt archive: 21 targets."""
    base = tmp_path_factory.mktemp("fleet")
    targets, kinds = [], {}
    for i in range(21):
        name = f"site{i:02d}"
        if i == 20:
            good = io.BytesIO()
            with tarfile.open(fileobj=good, mode="w:gz") as tar:
                tar.add(SAMPLES / "sampledesk-7.0.3-genuine", arcname="site")
            raw = good.getvalue()
            path = base / f"{name}.tar.gz"
            path.write_bytes(raw[: len(raw) // 2])          # truncated in the middle of the stream
            kinds[str(path)] = "corrupt"
            targets.append(str(path))
            continue
        tree = base / name
        shutil.copytree(SAMPLES / "sampledesk-7.0.3-genuine", tree, symlinks=True)
        kind = "a" if i < 12 else ("b" if i < 18 else "genuine")
        if kind == "a":
            _vendor_a(tree)
        elif kind == "b":
            _vendor_b(tree)
        kinds[str(tree)] = kind
        targets.append(str(tree))
    listing = base / "targets.txt"
    listing.write_text("# the fleet\n" + "\n".join(targets) + "\n")
    return base, targets, kinds, listing


@pytest.fixture(scope="module")
def dask_cluster(tmp_path_factory):
    """A dask scheduler and one worker as subprocesses, on 127.0.0.1, stopping by themselves."""
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""),
               DASK_DISTRIBUTED__SCHEDULER__WORK_STEALING="False")
    with servers.dask_cluster(tmp_path_factory.mktemp("dask"), env) as address:
        assert address.startswith("tcp://127.0.0.1:")
        yield address


def test_a_fleet_on_a_real_dask_scheduler_and_worker(fleet_dir, dask_cluster, tmp_path):
    base, targets, kinds, listing = fleet_dir
    out = tmp_path / "out"
    run = invoke("fleet", "--from-file", listing, "-b", SAMPLEDESK, "--scheduler", dask_cluster, "-d", out,
                 "-f", "json", "--no-progress")
    assert run.code == 1, run
    merged = json.loads((out / "fleet.json").read_text())
    assert run.json() == merged
    jsonschema.Draft202012Validator(FLEET_SCHEMA).validate(merged)
    s = merged["summary"]
    assert (s["targets"], s["audited"], s["errors"]) == (21, 20, 1)
    by_path = {t["path"]: t for t in merged["targets"]}
    assert [t["path"] for t in merged["targets"]] == targets          # in the order given
    corrupt = [p for p, k in kinds.items() if k == "corrupt"]
    assert [t["path"] for t in merged["targets"] if t["status"] == "error"] == corrupt
    assert "site20.tar.gz" in by_path[corrupt[0]]["error"]
    for p, k in kinds.items():
        if k == "corrupt":
            continue
        t = by_path[p]
        assert (t["identified_version"], t["claimed_version"]) == ("7.0.3", "7.0.3")
        assert (t["result"] == "pass") == (k == "genuine"), (p, t)
        own = json.loads((out / t["reports"]["json"]).read_text())    # each target's own report, linked
        assert own["target"]["path"] == p
        assert (out / t["reports"]["html"]).is_file()
    # the fingerprints: vendor A's three shared changes on exactly its 12 installs, vendor B's on its 6
    fps = {frozenset(i["path"] for i in fp["installs"]): fp for fp in merged["fingerprints"]}
    a_sites = frozenset(p for p, k in kinds.items() if k == "a")
    b_sites = frozenset(p for p, k in kinds.items() if k == "b")
    assert set(fps) == {a_sites, b_sites}
    a = fps[a_sites]
    assert a["install_count"] == 12 and a["hosts"] == [VENDOR_A["host"]]
    assert {(f["kind"], f["path"]) for f in a["files"]} == {("added", VENDOR_A["added"]),
                                                           ("modified", VENDOR_A["modified"])}
    assert "12 installs" in a["summary"] and VENDOR_A["host"] in a["summary"]
    assert {(f["kind"], f["path"]) for f in fps[b_sites]["files"]} == {("modified", VENDOR_B["modified"])}
    assert merged["fingerprints"][0] is not None and merged["fingerprints"][0]["id"] == a["id"]   # strongest first
    html = (out / "fleet.html").read_text()
    assert a["id"] in html and "Content-Security-Policy" in html and html.count("<tr data-index=") == 21


def test_shards_add_up_to_the_whole_fleet(fleet_dir):
    base, targets, kinds, listing = fleet_dir
    seen = []
    totals = {"audited": 0, "errors": 0, "failed": 0}
    for i in (1, 2, 3):
        run = invoke("fleet", "--from-file", listing, "-b", SAMPLEDESK, "--shard", f"{i}/3", "-f", "json",
                     "--no-progress")
        merged = run.json()
        assert merged["shard"] == f"{i}/3"
        seen += [t["index"] for t in merged["targets"]]
        for k in totals:
            totals[k] += merged["summary"][k]
    assert sorted(seen) == list(range(len(targets))) and len(seen) == len(set(seen))
    assert totals == {"audited": 20, "errors": 1, "failed": 18}


def test_local_cluster_default_and_bad_input(fleet_dir, tmp_path):
    base, targets, kinds, listing = fleet_dir
    genuine = [p for p, k in kinds.items() if k == "genuine"]
    run = invoke("fleet", *genuine, str(tmp_path / "missing"), "-b", SAMPLEDESK, "--workers", "2", "-f", "json",
                 "--no-progress")
    merged = run.json()
    assert run.code == 1 and merged["summary"]["passed"] == 2 and merged["summary"]["errors"] == 1
    bad = invoke("fleet", *genuine, "-b", SAMPLEDESK, "-d", genuine[0] + "/reports")
    assert bad.code == 2 and "never writes into the evidence" in bad.stderr
    assert invoke("fleet", *genuine, "-b", SAMPLEDESK, "--shard", "4/3").code == 2


def test_the_same_edit_of_different_releases_clusters_by_its_diff(sampledesk_repo, tmp_path):
    """With content packs, one vendor's edit applied to 6.0.3 and to 7.0.3 installs (different resulting
    files, the same changed lines) is one fingerprint of kind 'diff'."""
    bl = tmp_path / "bl"
    run = invoke("baseline", "from-git", sampledesk_repo, "--product", "sampledesk", "--tags", "v*",
                 "--out-dir", bl, "--content")
    assert run.code == 0, run
    victim = "Kernel/System/Email.pm"                   # differs between 6.0.3 and 7.0.3
    assert (SAMPLES / "sampledesk-6.0.3-genuine" / victim).read_bytes() != \
        (SAMPLES / "sampledesk-7.0.3-genuine" / victim).read_bytes()
    sites = []
    for i, sample in enumerate(["sampledesk-6.0.3-genuine", "sampledesk-7.0.3-genuine"] * 2):
        tree = tmp_path / f"site{i}"
        shutil.copytree(SAMPLES / sample, tree, symlinks=True)
        f = tree / victim
        f.write_text(f.read_text().replace("\n1;\n", "\n# vendor C: forward every mail\n1;\n"))
        sites.append(str(tree))
    run = invoke("fleet", *sites, "-b", bl, "--shard", "1/1", "-f", "json", "--no-progress")
    merged = run.json()
    diff_fps = [fp for fp in merged["fingerprints"] if any(f["kind"] == "diff" for f in fp["files"])]
    assert len(diff_fps) == 1
    assert {i["path"] for i in diff_fps[0]["installs"]} == set(sites)
    assert [(f["kind"], f["path"]) for f in diff_fps[0]["files"]] == [("diff", victim)]
    # the resulting files themselves differ by release: two 'modified' fingerprints of two installs each
    mod = [fp for fp in merged["fingerprints"] if any(f["kind"] == "modified" for f in fp["files"])]
    assert sorted(fp["install_count"] for fp in mod) == [2, 2]


def test_a_worker_killed_mid_task_is_retried(dask_cluster, tmp_path):
    """SIGKILL the worker process while it audits: its nanny starts a new one, Dask runs the task again,
    and the fleet reports every target audited (none lost, none an error)."""
    import threading

    import distributed
    targets = []
    for i in range(2):
        tree = tmp_path / f"slow{i}"
        shutil.copytree(SAMPLES / "sampledesk-7.0.3-genuine", tree, symlinks=True)
        with open(tree / "var" / "big.bin", "wb") as fh:        # a sparse 2 GiB file: a second of hashing its zeros
            fh.truncate(2 << 30)
        targets.append(str(tree))
    client = distributed.Client(dask_cluster, timeout="30s")
    result: dict = {}

    def run_fleet():
        result["run"] = invoke("fleet", *targets, "-b", SAMPLEDESK, "--scheduler", dask_cluster, "-f", "json",
                               "--no-progress")
    t = threading.Thread(target=run_fleet)
    t.start()
    killed = None
    deadline = time.monotonic() + 120
    while killed is None and time.monotonic() < deadline:
        busy = client.processing()
        for addr, tasks in busy.items():
            if tasks:
                pid = client.run(os.getpid, workers=[addr])[addr]
                time.sleep(0.2)                              # inside the task (hashing 2 GiB)
                os.kill(pid, signal.SIGKILL)
                killed = pid
                break
        time.sleep(0.1)
    t.join(timeout=600)
    client.close()
    assert killed is not None, "no task was seen running"
    merged = result["run"].json()
    assert merged["summary"]["audited"] == 2 and merged["summary"]["errors"] == 0, merged["targets"]
    assert [x["identified_version"] for x in merged["targets"]] == ["7.0.3"] * 2


def test_a_big_tree_is_hashed_inside_a_dask_worker(tmp_path):
    """A Dask worker is a daemonic process, which multiprocessing refuses children: a tree big enough
    for hashing processes (PROCESS_MIN_FILES) is hashed by threads there, not turned into an error entry;
    one edited file is still found."""
    from auditor.scan import PROCESS_MIN_FILES
    tree = tmp_path / "big"
    for i in range(PROCESS_MIN_FILES + 300):
        d = tree / f"d{i % 17:02d}"
        d.mkdir(parents=True, exist_ok=True)
        (d / f"f{i:05d}.txt").write_text(f"file {i}\n" * (i % 7 + 1))
    base = tmp_path / "bl" / "big" / "1.0.yaml"
    assert invoke("baseline", "build", tree, "--product", "big", "--version", "1.0", "-o", base).code == 0
    (tree / "d03" / "f00003.txt").write_text("changed\n")
    out = tmp_path / "out"
    run = invoke("fleet", tree, "-b", tmp_path / "bl", "--workers", "1", "-f", "json", "--no-progress",
                 "-d", out)
    merged = run.json()
    entry = merged["targets"][0]
    assert entry["status"] == "ok", entry.get("error")
    assert merged["summary"]["audited"] == 1 and entry["identified_version"] == "1.0"
    assert entry["files"] == PROCESS_MIN_FILES + 300 and entry["findings"] == 1
    report = json.loads((out / entry["reports"]["json"]).read_text())
    assert [(f["category"], f["path"]) for f in report["findings"]] == [("modified-file", "d03/f00003.txt")]


def test_relative_targets_on_a_scheduler_started_elsewhere(dask_cluster, tmp_path):
    """The worker runs in another working directory: relative target paths are made absolute before they
    are submitted, so the fleet audits them instead of failing every one with 'no such file'."""
    here = os.getcwd()
    os.chdir(ROOT)
    try:
        run = invoke("fleet", "sample_installs/sampledesk-7.0.3-genuine", "-b", "baselines/sampledesk",
                     "--scheduler", dask_cluster, "-f", "json", "--no-progress")
    finally:
        os.chdir(here)
    merged = run.json()
    assert run.code == 0, run
    assert [(t["path"], t["status"], t["identified_version"]) for t in merged["targets"]] == [
        (str(SAMPLES / "sampledesk-7.0.3-genuine"), "ok", "7.0.3")]
