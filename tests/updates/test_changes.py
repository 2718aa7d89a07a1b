"""What a new pack changes: the platforms and steps a person is told about."""

from __future__ import annotations

from pathlib import Path

from privacy_audit.content import Content
from privacy_audit.updates.changes import compare
from privacy_audit.updates.verify import FolderSource, verify

from .conftest import BUNDLED, PackKeys, make_pack


def test_changed_steps_and_removed_platforms_are_named(
    content: Content, base_pack: Path, pack_keys: PackKeys, tmp_path: Path
) -> None:
    def edit(checks: Path) -> None:
        f = checks / "facebook.toml"
        text = f.read_text(encoding="utf-8")
        start = text.index("[[actions]]")
        title = text.index('title = { en = "', start) + len('title = { en = "')
        f.write_text(text[:title] + "Now: " + text[title:], encoding="utf-8")

    pack = make_pack(base_pack, tmp_path / "p", pack_keys.good, version=BUNDLED + 2, edit=edit)
    new = verify(FolderSource(pack), [pack_keys.good.public]).content
    changes = compare(content, new)
    assert [(p.id, p.kind, p.steps_changed) for p in changes.platforms] == [
        ("facebook", "changed", 1)
    ]
    assert changes.lines("en")[0].startswith("Facebook: 1 step new or changed (checked 20")
    assert changes.lines("es")[0].startswith("Facebook: 1 paso nuevo o cambiado")
    assert compare(content, content).lines("es") == [
        "Sin cambios en las plataformas ni en los pasos."
    ]
    # Seen the other way round: nothing changed but that step.
    assert compare(new, content).steps_changed == 1
