"""The trust chain: where a baseline's digests come from and who vouches for them.

* :mod:`auditor.trust.lists`: vendors' own checksum lists (OTRS/Znuny ``ARCHIVE``, Debian
  ``md5sums``, wheel ``RECORD``, WordPress core checksums, npm ``package-lock.json``) read
  strictly, for ``baseline import`` and for the forged-manifest check;
* :mod:`auditor.trust.signing`: Ed25519 keys and minisign-compatible signatures over baselines,
  content packs and reports.

docs/trust.md explains the trust levels and key handling.
"""
