"""Huella's entries in the desktop's list of recently used files, and their removal.

GTK's file chooser (which Qt shows on Cinnamon, XFCE, MATE, Unity and wherever the GTK
platform theme is used) records every file saved through it in
``$XDG_DATA_HOME/recently-used.xbel``; file managers show that list under "Recent". The
desktop app uses Qt's own file dialog in private sessions and workshop mode, so nothing is
recorded there; "Delete everything" removes what earlier sessions left.

An entry is Huella's when the file's name is one Huella suggests (``huella-…``: reports,
worksheets, handouts, the room tally) or when the application that recorded it is Huella
(``huella``, ``privacy-audit``). Other entries are left exactly as they are: the bookmark
elements are cut out of the text, nothing else is rewritten, and the result must still
parse as XML with exactly the other entries, or the file is not touched. The new file is
written beside the old one, synced and renamed over it.
"""

from __future__ import annotations

import contextlib
import html
import os
import re
import secrets
import stat
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

from privacy_audit.files import fsync_dir

XBEL_NAME = "recently-used.xbel"
#: Largest list we edit (GTK keeps it far smaller); bigger files are left alone and reported.
MAX_BYTES = 16 * 1024 * 1024
#: Names of the files Huella offers in its save dialogs (English and Spanish).
_OUR_FILE = re.compile(r"^huella[-_][^/]*\.(pdf|csv|html?|json)$", re.IGNORECASE)
#: Names under which GTK records Huella as the application.
OUR_APPS = frozenset({"huella", "privacy-audit", "privacy_audit", "org.huella.huella"})
_BOOKMARK = re.compile(r"<bookmark(?=[\s/>])[^>]*?(?:/>|>.*?</bookmark\s*>)\s*", re.DOTALL)
_HREF = re.compile(r"""\bhref\s*=\s*(["'])(.*?)\1""", re.DOTALL)
_APP = re.compile(r"""<bookmark:application\b[^>]*?\bname\s*=\s*(["'])(.*?)\1""", re.DOTALL)


@dataclass
class RecentResult:
    path: Path
    removed: int = 0
    #: Why the file could not be cleaned ("" when it was, or had nothing of Huella's).
    problem: str = ""


def recent_files_path() -> Path:
    """``$XDG_DATA_HOME/recently-used.xbel`` (default ``~/.local/share/recently-used.xbel``)."""
    value = os.environ.get("XDG_DATA_HOME", "")
    base = value if os.path.isabs(value) else os.path.expanduser("~/.local/share")
    return Path(base) / XBEL_NAME


def is_huellas(bookmark_xml: str) -> bool:
    """Whether one ``<bookmark>`` element (as text) is an entry Huella left."""
    m = _HREF.search(bookmark_xml)
    if m:
        url = urlsplit(html.unescape(m.group(2)))
        name = unquote(url.path).rsplit("/", 1)[-1]
        if _OUR_FILE.match(name):
            return True
    for app in _APP.finditer(bookmark_xml):
        if html.unescape(app.group(2)).strip().casefold() in OUR_APPS:
            return True
    return False


def _count(root: ET.Element) -> int:
    return sum(1 for el in root if el.tag == "bookmark")


def scrub_recent(path: Path | None = None) -> RecentResult:
    """Remove Huella's entries from the recently-used list at *path* (default: the user's)."""
    path = path if path is not None else recent_files_path()
    result = RecentResult(path)
    try:
        st = os.stat(path, follow_symlinks=False)
    except FileNotFoundError:
        return result
    except OSError as exc:
        result.problem = exc.strerror or str(exc)
        return result
    if not stat.S_ISREG(st.st_mode):
        result.problem = "not a regular file"
        return result
    if st.st_size > MAX_BYTES:
        result.problem = "too large to edit"
        return result
    try:
        raw = path.read_bytes()
        text = raw.decode("utf-8")
        before = _count(ET.fromstring(raw))
    except (OSError, UnicodeDecodeError, ET.ParseError) as exc:
        result.problem = f"could not be read as a list of recent files ({type(exc).__name__})"
        return result
    removed = 0

    def cut(m: re.Match[str]) -> str:
        nonlocal removed
        if is_huellas(m.group(0)):
            removed += 1
            return ""
        return m.group(0)

    new_text = _BOOKMARK.sub(cut, text)
    if not removed:
        return result
    try:
        after = _count(ET.fromstring(new_text.encode("utf-8")))
    except ET.ParseError:
        after = -1
    if after != before - removed:
        result.problem = "its layout was not understood, so it was left unchanged"
        return result
    tmp = path.parent / f".{path.name}.{secrets.token_hex(8)}.tmp"
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, stat.S_IMODE(st.st_mode))
        try:
            data = memoryview(new_text.encode("utf-8"))
            while data:
                data = data[os.write(fd, data) :]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        result.problem = exc.strerror or str(exc)
        return result
    fsync_dir(path.parent)
    result.removed = removed
    return result
