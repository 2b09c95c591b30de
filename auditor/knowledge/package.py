"""OTRS / Znuny packages: the ``.sopm`` source manifest and the ``.opm`` package file, read as data.

An add-on (FAQ, Survey, ITSMCore, GeneralCatalog ...) is described by one XML
document, ``<otrs_package version="1.0">``, with its ``Name``, ``Version``,
``Vendor``, ``URL``, one or more ``Framework`` elements (the framework
releases it installs on, e.g. ``7.0.x``) and a ``Filelist`` of ``File``
elements. In the ``.sopm`` (the source repository) each file has a
``Location`` (relative to the installation) and a ``Permission`` (octal, e.g.
``660``); in the built ``.opm`` each ``File`` also carries the file's content,
``Encode="Base64"``. The package manager (``Kernel::System::Package``)
installs exactly the Filelist, with those permissions; nothing else of the
repository reaches an installation.

Everything here is evidence or knowledge read from outside: parsed with
defusedxml (no DTD, no entity expansion, no external reference), bounded in
size and in depth, and every ``Location`` must be a safe relative path (no
absolute path, no ``..``): a Filelist cannot name a file outside the tree.
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass, field

from auditor import paths
from auditor.errors import AuditorError
from auditor.lazyre import lazy

#: largest .sopm read (a real one is 10-60 KB)
SOPM_LIMIT = 4 << 20
#: largest .opm read (ITSM bundles are tens of MB; base64 inflates by a third)
OPM_LIMIT = 512 << 20
#: deepest element nesting accepted (a real package is 4 deep)
MAX_DEPTH = 32
_PERMISSION = lazy(r"[0-7]{3,4}")
_NAME = lazy(r"[A-Za-z0-9][A-Za-z0-9._-]{0,99}")


@dataclass(frozen=True)
class PackageFile:
    location: str
    #: permission bits from the Filelist (None: not given)
    mode: int | None = None
    #: the file's content (an .opm only)
    content: bytes | None = None


@dataclass
class Package:
    name: str
    version: str
    vendor: str = ""
    url: str = ""
    frameworks: list[str] = field(default_factory=list)
    files: list[PackageFile] = field(default_factory=list)

    @property
    def id(self) -> str:
        """The add-on's product id: its name in lower case (``FAQ`` -> ``faq``)."""
        return self.name.lower()


def _depth_ok(root, source: str) -> None:
    stack = [(root, 1)]
    while stack:
        el, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise AuditorError(f"{source}: package XML nested deeper than {MAX_DEPTH} elements")
        stack.extend((child, depth + 1) for child in el)


def _text(root, tag: str) -> str:
    el = root.find(tag)
    return (el.text or "").strip() if el is not None else ""


def parse(data: bytes, source: str, with_content: bool = False) -> Package:
    """The package a ``.sopm`` or ``.opm`` document describes. ``with_content``: decode each file's
    Base64 content (an .opm); a file without content is then an error."""
    from xml.etree.ElementTree import ParseError

    from defusedxml import ElementTree as SafeET
    from defusedxml.common import DefusedXmlException
    limit = OPM_LIMIT if with_content else SOPM_LIMIT
    if len(data) > limit:
        raise AuditorError(f"{source}: package file larger than {limit} bytes")
    try:
        root = SafeET.fromstring(data, forbid_dtd=True)
    except DefusedXmlException as exc:
        raise AuditorError(f"{source}: refused package XML ({type(exc).__name__}: no DTD or entity is read)") \
            from None
    except (ParseError, ValueError) as exc:
        raise AuditorError(f"{source}: not a package ({str(exc)[:120]})") from None
    except RecursionError:
        raise AuditorError(f"{source}: package XML nested too deeply") from None
    if root.tag != "otrs_package":
        raise AuditorError(f"{source}: not an OTRS/Znuny package (root element <{str(root.tag)[:40]}>, "
                           f"expected <otrs_package>)")
    _depth_ok(root, source)
    name, version = _text(root, "Name"), _text(root, "Version")
    if not _NAME.fullmatch(name):
        raise AuditorError(f"{source}: the package has no usable <Name> ({name[:60]!r})")
    if not version or len(version) > 64:
        raise AuditorError(f"{source}: package {name} has no usable <Version>")
    pkg = Package(name, version, _text(root, "Vendor")[:200], _text(root, "URL")[:500],
                  [(el.text or "").strip()[:40] for el in root.findall("Framework") if (el.text or "").strip()])
    filelist = root.find("Filelist")
    files: dict[str, PackageFile] = {}
    for el in (filelist if filelist is not None else []):
        if el.tag != "File":
            continue
        f = _file(el, source, with_content)
        # a file listed twice (real Filelists do) is installed twice: the last one is what stays
        files.pop(f.location, None)
        files[f.location] = f
    pkg.files = list(files.values())
    if not pkg.files:
        raise AuditorError(f"{source}: package {name} {version} lists no file (<Filelist>)")
    return pkg


def _file(el, source: str, with_content: bool) -> PackageFile:
    location = (el.get("Location") or "").strip()
    shown = paths.to_text(location)[:120]
    if not paths.is_safe_relative(location):
        raise AuditorError(f"{source}: Filelist names {shown!r}, which is not a relative path inside the "
                           f"installation (an absolute path or '..' would write outside it)")
    perm = (el.get("Permission") or "").strip()
    if perm and not _PERMISSION.fullmatch(perm):
        raise AuditorError(f"{source}: {shown}: Permission {perm[:20]!r} is not an octal mode")
    mode = int(perm, 8) & 0o7777 if perm else None
    content = None
    if with_content:
        encoding = (el.get("Encode") or "").strip()
        text = el.text or ""
        if encoding.lower() == "base64":
            try:
                content = base64.b64decode("".join(text.split()), validate=True)
            except (binascii.Error, ValueError):
                raise AuditorError(f"{source}: {shown}: its Base64 content does not decode") from None
        elif encoding == "":
            content = text.encode("utf-8")
        else:
            raise AuditorError(f"{source}: {shown}: unknown Encode={encoding[:20]!r}")
    return PackageFile(location, mode, content)
