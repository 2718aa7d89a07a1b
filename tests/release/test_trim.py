"""What the bundle leaves out (bundle/trim.py), checked on the names PyInstaller collects on
each system: Linux here, and Windows and macOS, whose builds run only on hosted CI."""

from __future__ import annotations

import pytest

from bundle.trim import PLUGINS, QT_LANGS, keep, unreachable

LINUX_QT = "PySide6/Qt/plugins"
WINDOWS_QT = "PySide6/plugins"  # the PySide6 wheel for Windows has no Qt/ level
MAC_QT = "PySide6/Qt/plugins"

KEPT = [
    f"{LINUX_QT}/platforms/libqxcb.so",
    f"{LINUX_QT}/platforms/libqwayland.so",
    f"{LINUX_QT}/platforms/libqoffscreen.so",
    f"{LINUX_QT}/platformthemes/libqxdgdesktopportal.so",
    f"{LINUX_QT}/platforminputcontexts/libcomposeplatforminputcontextplugin.so",
    f"{LINUX_QT}/platforminputcontexts/libibusplatforminputcontextplugin.so",
    f"{LINUX_QT}/imageformats/libqsvg.so",
    f"{LINUX_QT}/iconengines/libqsvgicon.so",
    f"{LINUX_QT}/printsupport/libcupsprintersupport.so",
    f"{LINUX_QT}/wayland-shell-integration/libxdg-shell.so",
    f"{LINUX_QT}/wayland-decoration-client/libbradient.so",
    f"{WINDOWS_QT}/platforms/qwindows.dll",
    f"{WINDOWS_QT}/styles/qmodernwindowsstyle.dll",
    f"{WINDOWS_QT}/imageformats/qsvg.dll",
    f"{WINDOWS_QT}/iconengines/qsvgicon.dll",
    f"{WINDOWS_QT}/printsupport/windowsprintersupport.dll",
    f"{MAC_QT}/printsupport/libcocoaprintersupport.dylib",
    f"{MAC_QT}/platforms/libqcocoa.dylib",
    f"{MAC_QT}/styles/libqmacstyle.dylib",
    "PySide6/Qt/translations/qtbase_es.qm",
    "PySide6/Qt/translations/qt_es.qm",
    "PySide6/Qt/translations/qtbase_en.qm",
    "PySide6/translations/qtbase_es.qm",
    "PySide6/Qt/lib/libQt6Core.so.6",
    "PySide6/Qt/lib/libQt6Gui.so.6",
    "PySide6/Qt/lib/libQt6Widgets.so.6",
    "PySide6/Qt/lib/libQt6Svg.so.6",
    "PySide6/Qt/lib/libQt6PrintSupport.so.6",
    "PySide6/Qt/lib/libQt6DBus.so.6",
    "PySide6/Qt/lib/libQt6XcbQpa.so.6",
    "PySide6/Qt/lib/libQt6WaylandClient.so.6",
    "PySide6/Qt6Core.dll",
    "PySide6/Qt6Svg.dll",
    "PySide6/Qt/lib/QtGui.framework/Versions/A/QtGui",
    "PySide6/QtCore.abi3.so",
    "PySide6/QtWidgets.pyd",
    "privacy_audit/_data/assets/i18n/huella_es.qm",
    "privacy_audit/_data/assets/icons/huella.svg",
    "privacy_audit/_data/assets/fonts/DejaVuSans.ttf",
    "privacy_audit/_data/checks/facebook.toml",
    "privacy_audit/_data/checks/_compiled.jsonl",
    "libpython3.11.so.1.0",
    "libicudata.so.73",
]

DROPPED = [
    f"{LINUX_QT}/platforms/libqeglfs.so",
    f"{LINUX_QT}/platforms/libqvnc.so",
    f"{LINUX_QT}/platforms/libqlinuxfb.so",
    f"{LINUX_QT}/platforms/libqminimal.so",
    f"{LINUX_QT}/platformthemes/libqgtk3.so",  # would carry a private copy of GTK
    f"{LINUX_QT}/platforminputcontexts/libqtvirtualkeyboardplugin.so",
    f"{LINUX_QT}/imageformats/libqjpeg.so",
    f"{LINUX_QT}/imageformats/libqpdf.so",
    f"{LINUX_QT}/imageformats/libqwebp.so",
    f"{LINUX_QT}/tls/libqopensslbackend.so",
    f"{LINUX_QT}/networkinformation/libqnetworkmanager.so",
    f"{LINUX_QT}/sqldrivers/libqsqlite.so",
    f"{LINUX_QT}/egldeviceintegrations/libqeglfs-kms-integration.so",
    f"{LINUX_QT}/xcbglintegrations/libqxcb-glx-integration.so",
    f"{LINUX_QT}/generic/libqevdevmouseplugin.so",
    f"{LINUX_QT}/wayland-graphics-integration-server/libqt-wayland-compositor-xdg-shell.so",
    f"{LINUX_QT}/wayland-shell-integration/libivi-shell.so",
    f"{LINUX_QT}/qmltooling/libqmldbg_debugger.so",
    f"{WINDOWS_QT}/platforms/qminimal.dll",
    f"{WINDOWS_QT}/tls/qschannelbackend.dll",
    f"{WINDOWS_QT}/imageformats/qjpeg.dll",
    f"{MAC_QT}/platforms/libqminimal.dylib",
    "PySide6/Qt/translations/qtbase_de.qm",
    "PySide6/Qt/translations/qt_fr.qm",
    "PySide6/Qt/translations/qt_pt_BR.qm",
    "PySide6/Qt/translations/qtdeclarative_es.qm",
    "PySide6/Qt/translations/qt_help_es.qm",
    "PySide6/Qt/translations/designer_es.qm",
    "PySide6/translations/qtbase_ja.qm",
    "PySide6/Qt/lib/libQt6Network.so.6",
    "PySide6/Qt/lib/libQt6Qml.so.6",
    "PySide6/Qt/lib/libQt6QmlModels.so.6",
    "PySide6/Qt/lib/libQt6Quick.so.6",
    "PySide6/Qt/lib/libQt6QuickControls2Basic.so.6",
    "PySide6/Qt/lib/libQt6Pdf.so.6",
    "PySide6/Qt/lib/libQt6Designer.so.6",
    "PySide6/Qt/lib/libQt6Test.so.6",
    "PySide6/Qt/lib/libQt6OpenGLWidgets.so.6",
    "PySide6/Qt6Network.dll",
    "PySide6/Qt6Qml.dll",
    "PySide6/Qt/lib/QtNetwork.framework/Versions/A/QtNetwork",
    "PySide6/Qt/lib/QtQuick.framework/Resources/Info.plist",
    "PySide6/Qt/qml/QtQuick/Controls/qmldir",
    "privacy_audit/_data/assets/i18n/huella_es.ts",
]


@pytest.mark.parametrize("dest", KEPT)
def test_kept(dest: str) -> None:
    assert keep(dest)
    assert keep(dest.replace("/", "\\"))  # PyInstaller gives Windows paths with backslashes


@pytest.mark.parametrize("dest", DROPPED)
def test_dropped(dest: str) -> None:
    assert not keep(dest)


def test_every_kept_plugin_folder_and_language_is_one_huella_uses() -> None:
    assert set(QT_LANGS) == {"en", "es"}
    # The platforms the tests and people need on Linux are all there.
    assert {"qxcb", "qwayland", "qoffscreen"} <= set(PLUGINS["platforms"] or ())
    assert "qgtk3" not in (PLUGINS["platformthemes"] or ())


def test_unreachable_libraries_are_the_ones_nothing_kept_links_to() -> None:
    # cups was left to the system: what only it needed goes too; what Qt needs stays,
    # however deep; a library reached by two paths is kept once.
    graph = {
        "/src/QtGui.abi3.so": ["libQt6Gui.so.6"],
        "/src/libQt6Gui.so.6": ["libfreetype.so.6", "libglib-2.0.so.0"],
        "/src/libfreetype.so.6": ["libpng16.so.16", "libz.so.1"],
        "/src/libpng16.so.16": ["libz.so.1"],
        "/src/libcupsprintersupport.so": ["libcups.so.2", "libQt6Gui.so.6"],
        "/src/libgnutls.so.30": ["libgmp.so.10"],
        "/src/libkrb5.so.3": [],
        "/src/libgmp.so.10": [],
        "/src/libz.so.1": [],
        "/src/libglib-2.0.so.0": ["libpcre2-8.so.0"],
        "/src/libpcre2-8.so.0": [],
        "/src/libpython3.11.so.1.0": ["libz.so.1"],
    }
    entries = [
        ("PySide6/QtGui.abi3.so", "/src/QtGui.abi3.so", "EXTENSION"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/src/libQt6Gui.so.6", "BINARY"),
        (
            "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
            "/src/libcupsprintersupport.so",
            "BINARY",
        ),
        ("libfreetype.so.6", "/src/libfreetype.so.6", "BINARY"),
        ("libpng16.so.16", "/src/libpng16.so.16", "BINARY"),
        ("libz.so.1", "/src/libz.so.1", "BINARY"),
        ("libglib-2.0.so.0", "/src/libglib-2.0.so.0", "BINARY"),
        ("libpcre2-8.so.0", "/src/libpcre2-8.so.0", "BINARY"),
        ("libgnutls.so.30", "/src/libgnutls.so.30", "BINARY"),
        ("libgmp.so.10", "/src/libgmp.so.10", "BINARY"),
        ("libkrb5.so.3", "/src/libkrb5.so.3", "BINARY"),
        ("libpython3.11.so.1.0", "/src/libpython3.11.so.1.0", "BINARY"),
    ]
    gone = unreachable(entries, lambda src: graph[src])
    assert gone == {"libgnutls.so.30", "libgmp.so.10", "libkrb5.so.3"}
