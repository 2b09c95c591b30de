"""Version ordering: the dpkg scheme's parsed-once key orders exactly as python-debian does."""

import random

import pytest
from debian.debian_support import NativeVersion

from auditor import versions
from auditor.versions import DpkgKey

ALPHABET = "0123456789.~+-:abzAZ"


def _valid(rnd: random.Random) -> str:
    while True:
        v = str(rnd.randint(0, 3)) + "".join(rnd.choice(ALPHABET) for _ in range(rnd.randint(1, 9)))
        try:
            NativeVersion(v)
        except ValueError:
            continue
        return v


def _sign(x: int) -> int:
    return (x > 0) - (x < 0)


def test_dpkg_key_agrees_with_python_debian_on_random_versions():
    rnd = random.Random(20261123)
    pool = [_valid(rnd) for _ in range(800)]
    for _ in range(8000):
        a, b = rnd.choice(pool), rnd.choice(pool)
        want = _sign(NativeVersion(a)._compare(NativeVersion(b)))
        ka, kb = DpkgKey(a), DpkgKey(b)
        got = -1 if ka < kb else (1 if kb < ka else 0)
        assert got == want, (a, b)
        assert (ka == kb) == (want == 0)


def test_dotted_numbers_order_as_python_debian_orders_them():
    """Versions of numbers and dots only are compared as tuples of numbers (a fast path): among
    themselves and against every other kind of version, the order is python-debian's."""
    rnd = random.Random(20261202)
    dotted = [".".join(str(rnd.choice([0, 1, 2, 9, 10, 11, 100, rnd.randint(0, 99)])).zfill(rnd.choice([1, 1, 2]))
                       for _ in range(rnd.randint(1, 5))) for _ in range(400)]
    pool = dotted + [_valid(rnd) for _ in range(200)]
    assert sum(DpkgKey(v).simple is not None for v in pool) >= 400
    for _ in range(8000):
        a, b = rnd.choice(dotted), rnd.choice(pool)
        want = _sign(NativeVersion(a)._compare(NativeVersion(b)))
        ka, kb = DpkgKey(a), DpkgKey(b)
        assert (-1 if ka < kb else (1 if kb < ka else 0)) == want, (a, b)
        assert (ka == kb) == (want == 0)


@pytest.mark.parametrize("low, high", [
    ("6.0.9", "6.0.10"), ("5.0.3~rc1", "5.0.3"), ("5.0.3", "5.0.3+dfsg-3"), ("1.0", "1:0.1"),
    ("7.0.3", "7.0.30"), ("1.0-1", "1.0-1.1"), ("1.0~~", "1.0~"), ("2.0a", "2.0.1"),
])
def test_dpkg_ordering_of_known_pairs(low, high):
    assert versions.compare(low, high) == -1
    assert versions.compare(high, low) == 1
    assert versions.sort_key(low) < versions.sort_key(high)


def test_dpkg_key_refuses_exactly_what_python_debian_refuses():
    rnd = random.Random(7)
    refused = 0
    for _ in range(3000):
        v = "".join(rnd.choice(ALPHABET) for _ in range(rnd.randint(1, 7)))
        try:
            NativeVersion(v)
            ok = True
        except ValueError:
            ok = False
        try:
            DpkgKey(v)
            assert ok, v
        except ValueError:
            assert not ok, v
            refused += 1
    assert refused > 100     # the sample holds invalid versions ("1:", "a:1.0", ...)
