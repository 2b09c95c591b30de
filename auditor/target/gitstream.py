"""Blobs of one release streamed ahead from git, in the order the scan will read them.

A git target is hashed in order (one reader): asked one blob at a time, git inflates each while
auditor waits, and auditor analyses each while git waits. ``Prefetch`` asks one ``git cat-file
--batch`` for every blob the scan is going to read, up front, and a thread takes the answers off
the pipe into a queue bounded in bytes: git inflates the next blobs while the scan hashes this one
(on two cores: a vendor-import repository's 90 releases read in far less time; bench/README.md).

Only what the scan (or a batch read of several files) reads is asked for: each content once, in
order, at most MAX_BLOB bytes; the target falls back to its own reader for anything else (a blob
met twice, a larger one, everything after ``close``) and whenever the stream fails.
"""

from __future__ import annotations

import collections
import subprocess
import threading

#: larger blobs are read by the target itself (streamed, never held whole)
MAX_BLOB = 8 << 20
#: at most this many bytes of blobs read ahead and not yet taken
BUDGET = 32 << 20


class Prefetch:
    def __init__(self, env: dict, oids: list[bytes]):
        #: the blobs to come, in order; ``take`` answers only for the next one
        self.order = collections.deque(oids)
        self.pending = set(oids)
        self.ready: collections.deque = collections.deque()
        self.held = 0
        self.cond = threading.Condition()
        self.failed = False
        self.closed = False
        self.proc = subprocess.Popen(["git", "cat-file", "--batch"], env=env, stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        feed = b"".join(oid.hex().encode() + b"\n" for oid in oids)
        self.writer = threading.Thread(target=self._feed, args=(feed,), name="git-prefetch-feed", daemon=True)
        self.reader = threading.Thread(target=self._read, args=(len(oids),), name="git-prefetch", daemon=True)
        self.writer.start()
        self.reader.start()

    def _feed(self, feed: bytes) -> None:
        try:
            self.proc.stdin.write(feed)
            self.proc.stdin.close()
        except (OSError, ValueError):     # git gone (closed early): the reader sees the end
            pass

    def _read(self, count: int) -> None:
        out = self.proc.stdout
        try:
            for _ in range(count):
                header = out.readline().split()
                # "<oid> blob <size>"; anything else ("<oid> missing", an end of stream) stops the stream
                if len(header) != 3 or header[1] != b"blob" or not header[2].isdigit():
                    break
                size = int(header[2])
                data = out.read(size)
                if len(data) != size or out.read(1) != b"\n":
                    break
                if not self._deliver([(bytes.fromhex(header[0].decode()), data)]):
                    return
        except (OSError, ValueError):
            pass
        with self.cond:
            self.failed = True          # what was not delivered is read by the target itself
            self.cond.notify_all()

    def _deliver(self, got: list) -> bool:
        with self.cond:
            for oid, data in got:
                while self.held + len(data) > BUDGET and self.ready and not self.closed:
                    self.cond.wait()
                if self.closed:
                    return False
                self.ready.append((oid, data))
                self.held += len(data)
                self.cond.notify_all()
        return True

    def take(self, oid: bytes) -> bytes | None:
        """The content of ``oid`` when the stream is to bring it, else None (read it yourself). Blobs the
        stream brings before it that nobody asked for are passed over (a read the caller skipped)."""
        with self.cond:
            if oid not in self.pending:
                return None
            while self.order:
                want = self.order.popleft()
                self.pending.discard(want)
                while not self.ready and not self.failed and not self.closed:
                    self.cond.wait()
                if not self.ready:
                    break
                got, data = self.ready.popleft()
                self.held -= len(data)
                self.cond.notify_all()
                if got != want:         # git answered for another object: trust nothing more of it
                    break
                if want == oid:
                    return data
            self.order.clear()
            self.pending.clear()
            return None

    def close(self) -> None:
        with self.cond:
            self.closed = True
            self.order.clear()
            self.pending.clear()
            self.ready.clear()
            self.cond.notify_all()
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait()
        for stream in (self.proc.stdout, self.proc.stdin):
            try:
                stream.close()
            except (OSError, ValueError):
                pass
        self.reader.join()
        self.writer.join()
