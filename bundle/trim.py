"""What the bundle leaves out: the parts of Qt and Python that Huella does not use.

Pure functions over the names PyInstaller collects (the destination path inside the bundle,
with ``/`` separators), so ``tests/bundle/test_trim.py`` can check every rule here, on names
of every system, without building anything. ``bundle/huella.spec`` filters its ``datas`` and
``binaries`` through :func:`keep`.

What Huella uses of Qt: QtCore, QtGui, QtWidgets, QtPrintSupport, and SVG icons (through the
icon engine and image format plugins, which pull in QtSvg). Everything else of PySide6 (QML,
Quick, Network, Designer, the web and multimedia modules) is never imported.
"""

from __future__ import annotations

import re
from collections.abc import Callable

#: Qt plugins kept, by plugin folder; a folder not named here is left out whole.
#: ``None`` keeps every plugin of the folder.
PLUGINS: dict[str, tuple[str, ...] | None] = {
    # The windowing systems: X11 (and XWayland), Wayland, offscreen (PDFs with no display),
    # Windows, macOS.
    "platforms": ("qxcb", "qwayland", "qoffscreen", "qwindows", "qdirect2d", "qcocoa"),
    # Native file dialogs through the desktop portal (GNOME, KDE, Flatpak). Not GTK 3's: it
    # would carry a private copy of GTK and everything under it.
    "platformthemes": ("qxdgdesktopportal",),
    # Dead keys and compose sequences (Spanish accents), and IBus, GNOME's input method.
    "platforminputcontexts": (
        "composeplatforminputcontextplugin",
        "ibusplatforminputcontextplugin",
    ),
    # Huella's icons are SVG and PNG (PNG is built into QtGui); .ico for the Windows icon.
    "imageformats": ("qsvg", "qico"),
    "iconengines": ("qsvgicon",),
    # The system's printers: CUPS on Linux, and each system's own elsewhere.
    "printsupport": ("cupsprintersupport", "windowsprintersupport", "cocoaprintersupport"),
    # A Wayland window needs a shell and a decoration; xdg-shell is what desktops speak.
    "wayland-shell-integration": ("xdg-shell",),
    "wayland-decoration-client": ("bradient",),
    # The native look on Windows and macOS.
    "styles": ("qmodernwindowsstyle", "qwindowsvistastyle", "qmacstyle"),
}

#: Languages of Qt's own translations kept (Huella's languages).
QT_LANGS = ("en", "es")
#: Qt's own catalogues Huella loads (``ui/i18n.py``): ``qt`` and ``qtbase``.
QT_CATALOGS = ("qt", "qtbase")

#: Qt libraries of modules Huella never imports (by module name, as in ``libQt6<Name>.so.6``,
#: ``Qt6<Name>.dll`` and ``Qt<Name>.framework``).
UNUSED_QT = (
    "Qml",
    "Quick",
    "Network",
    "Pdf",
    "Designer",
    "Help",
    "Sql",
    "Test",
    "UiTools",
    "Labs",
    "Lottie",
    "Concurrent",
    "WaylandCompositor",
    "WaylandEgl",
    "WlShell",
    "EglFS",
    "VirtualKeyboard",
    "OpenGLWidgets",
    "Xml",
    "SvgWidgets",
    "ShaderTools",
    "3D",
    "Multimedia",
    "WebEngine",
    "Charts",
    "DataVisualization",
)

#: Python modules only tests, tools or other platforms use: never in the bundle.
EXCLUDED_MODULES = (
    "tkinter",
    "_tkinter",
    "unittest",
    "pydoc",
    "pydoc_data",
    "doctest",
    "lib2to3",
    "distutils",
    "setuptools",
    "pkg_resources",
    "pip",
    "pytest",
    "_pytest",
    "pytestqt",
    "hypothesis",
    "mypy",
    "ruff",
    "textstat",
    "hatchling",
    "IPython",
    "numpy",
    "PySide6.QtNetwork",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtOpenGL",
    "PySide6.QtTest",
    "PySide6.QtSql",
    "PySide6.QtXml",
    "PySide6.QtDBus",
    "PySide6.QtConcurrent",
    "PySide6.QtUiTools",
    "PySide6.QtDesigner",
    "PySide6.QtHelp",
)

#: Libraries the bundle takes from the system instead of carrying (regular expressions on the
#: file name, as PyInstaller's own exclude list). CUPS: the print plugin links to it; every
#: desktop with a printer has it, and it must match the system's print service and its TLS
#: and Kerberos libraries (carrying it would add ~10 MB of those). Without it, Huella still
#: writes PDFs; only the list of system printers is empty.
SYSTEM_LIBS = (r"libcups\.so(\..*)?",)

_PLUGIN = re.compile(r"(?:^|/)plugins/([^/]+)/(?:lib)?([^/.]+)[^/]*$")
_QT_LIB = re.compile(r"(?:^|/)(?:lib)?Qt6?([A-Za-z0-9]+)(?:\.so|\.dll|\.dylib|\.framework|$)")
_TRANSLATION = re.compile(r"(?:^|/)translations/([a-z_]+?)_([a-z]{2}(?:_[A-Z]{2})?)\.qm$")


def _unused_qt_lib(name: str) -> bool:
    m = _QT_LIB.search(name)
    if not m:
        return False
    module = m.group(1)
    return any(module.startswith(u) for u in UNUSED_QT)


def keep(dest: str) -> bool:
    """Whether the file PyInstaller would put at *dest* (relative to the bundle) stays."""
    dest = dest.replace("\\", "/")
    parts = dest.split("/")
    m = _PLUGIN.search(dest)
    if m and "PySide6" in parts:
        folder, plugin = m.group(1), m.group(2)
        if folder not in PLUGINS:
            return False
        wanted = PLUGINS[folder]
        return wanted is None or plugin in wanted
    t = _TRANSLATION.search(dest)
    if t and "PySide6" in parts:
        catalog, lang = t.group(1), t.group(2).split("_")[0]
        return catalog in QT_CATALOGS and lang in QT_LANGS
    if "PySide6" in parts and parts[-1].startswith("qml"):
        return False  # QML modules and type files
    if "PySide6" in parts and "qml" in parts:
        return False
    if any(p.endswith(".framework") for p in parts) or parts[-1].startswith(("libQt", "Qt6", "Qt")):
        for p in parts:
            if _unused_qt_lib(p):
                return False
    # The project's own translation sources: the app reads only the compiled .qm files.
    return not (dest.endswith(".ts") and "/_data/assets/i18n/" in f"/{dest}")


def unreachable(entries: list[tuple[str, str, str]], needs: Callable[[str], list[str]]) -> set[str]:
    """Destinations of shared libraries nothing kept links to.

    PyInstaller reads a library's dependencies with ``ldd``, which lists the whole tree, so a
    library left out (:data:`SYSTEM_LIBS`) still brings everything below it. Here the roots
    are what is kept on purpose (Python extension modules, Python itself, everything under
    ``PySide6/``); *needs(source)* gives the file names a library links to directly (its
    ``DT_NEEDED``); a library at the top of the bundle that no root reaches is unreachable.
    """
    by_name: dict[str, tuple[str, str, str]] = {}
    roots: list[tuple[str, str, str]] = []
    for e in entries:
        dest = e[0].replace("\\", "/")
        name = dest.rsplit("/", 1)[-1]
        if "/" not in dest and e[2] == "BINARY" and not name.startswith("libpython"):
            by_name[name] = e
        else:
            roots.append(e)
    seen: set[str] = set()
    todo = [e[1] for e in roots]
    while todo:
        for name in needs(todo.pop()):
            if name in by_name and name not in seen:
                seen.add(name)
                todo.append(by_name[name][1])
    return {by_name[n][0] for n in by_name if n not in seen}


def filtered(entries: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """PyInstaller TOC entries ``(dest, source, typecode)`` that :func:`keep` keeps."""
    return [e for e in entries if keep(e[0])]
