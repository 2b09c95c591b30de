"""Stage 1, target: open what is to be audited (directory, archive, container image)."""

from __future__ import annotations

import os
import stat

from auditor.errors import AuditorError
from auditor.target.base import READ_LIMIT, Member, Target
from auditor.target.directory import DirectoryTarget

__all__ = ["open_target", "Target", "Member", "READ_LIMIT", "DirectoryTarget"]


def open_target(path: str, root: str | None = None, kind: str | None = None, ssh=None, registry=None) -> Target:
    """Open a target; ``kind`` (directory|archive|image) overrides detection. ``ssh://USER@HOST/PATH`` is
    a remote tree read over SFTP (auditor.target.ssh; ``ssh``: its SSHOptions), ``registry://HOST/REPO:TAG``
    an image pulled from a registry (auditor.target.registry; ``registry``: its RegistryOptions)."""
    if path.startswith("registry://"):
        if kind not in (None, "image"):
            raise AuditorError(f"{path}: a registry:// target is an image (--kind {kind} does not apply)")
        from auditor.target.registry import RegistryTarget
        return RegistryTarget(path, root, registry)
    if path.startswith("ssh://"):
        if kind not in (None, "directory"):
            raise AuditorError(f"{path}: an ssh:// target is a remote directory (--kind {kind} does not apply)")
        from auditor.target.ssh import SSHTarget
        return SSHTarget(path, root, ssh)
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise AuditorError(f"{path}: no such file or directory") from None
    except OSError as exc:
        raise AuditorError(f"{path}: cannot open target: {exc.strerror or exc}") from None
    if kind == "directory" or (kind is None and stat.S_ISDIR(st.st_mode)):
        return DirectoryTarget(path, root)
    if stat.S_ISDIR(st.st_mode):
        raise AuditorError(f"{path}: --kind {kind} names a file kind, but this is a directory "
                           f"(leave --kind out, or use --kind directory)")
    if not stat.S_ISREG(st.st_mode):
        raise AuditorError(f"{path}: not a directory, archive or image (it is a special file)")
    # archive and image readers (tarfile, zipfile, lzma ...) are imported for such targets only
    from auditor.safeio import open_regular
    from auditor.target.archive import is_archive_name, sniff_archive
    from auditor.target.image import ImageTarget, looks_like_image
    if kind == "image" or (kind is None and not path.lower().endswith(".deb") and looks_like_image(path)):
        return ImageTarget(path, root)
    if kind == "archive" or is_archive_name(path) or sniff_archive(path):
        with open_regular(path, "archive") as fh:
            is_ar = fh.read(8) == b"!<arch>\n"
        if is_ar and not path.lower().endswith(".deb"):
            from auditor.target.tar import DebTarget
            return DebTarget(path, root)
        return open_archive(path, root)
    raise AuditorError(f"{path}: not a directory, archive (.tar[.gz|.xz|.bz2], .zip, .deb) or image tar")


def open_archive(path: str, root: str | None = None) -> Target:
    """A tar (every compression), zip or Debian package, read in place."""
    import zipfile

    from auditor.paths import is_safe_relative
    from auditor.target.archive import DEB_SUFFIXES, ZIP_SUFFIXES
    if root and not is_safe_relative(root.strip("/")):
        raise AuditorError(f"--root {root!r}: must be a relative path inside the archive (no '..')")
    low = path.lower()
    if low.endswith(DEB_SUFFIXES):
        from auditor.target.tar import DebTarget
        return DebTarget(path, root)
    if low.endswith(ZIP_SUFFIXES) or zipfile.is_zipfile(path):
        from auditor.target.zip import ZipTarget
        return ZipTarget(path, root)
    from auditor.target.tar import TarTarget
    return TarTarget(path, root)
