"""Fuzzing audit names: any text (control and direction characters, look-alikes, lone
surrogates from bytes that were not UTF-8, very long) either saves under a name that reads
as it is stored, or is refused with the documented exit 2. Never an unexpected exit."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from privacy_audit.cli import main
from privacy_audit.storage import AuditStore, data_dir

from .conftest import Dirs, MemoryKeyring

ROOT = Path(__file__).resolve().parents[2]

names = st.one_of(
    st.text(max_size=40),
    st.text(alphabet=st.characters(codec=None), max_size=20),
    st.text(
        alphabet=st.sampled_from("Ro sa\u202e\u2066\u200f\u00ad\u200d\ufeff\udcffＲ\n"), max_size=12
    ),
    st.text(min_size=190, max_size=230),
)


@settings(
    deadline=None,
    max_examples=150,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(name=names)
def test_fuzzed_names_save_cleanly_or_exit_2(
    name: str,
    xdg: Dirs,
    memory_keyring: MemoryKeyring,
    capsys: pytest.CaptureFixture[str],
) -> None:
    code = main(["save", str(ROOT / "examples" / "rosa.json"), f"--name={name}", "--replace"])
    err = capsys.readouterr().err
    assert code in (0, 2), err
    assert "unexpected problem" not in err and "Traceback" not in err, err
    if code == 2:
        assert err.startswith("privacy-audit: ") and len(err.strip().splitlines()) == 1, err
        return
    saved = [i.name for i in AuditStore().list_audits() if not i.damaged]
    stored = unicodedata.normalize("NFC", name).strip()
    assert stored in saved
    for ch in stored:  # what is stored shows as it reads: nothing invisible or reordering
        assert unicodedata.category(ch) not in ("Cc", "Cs", "Zl", "Zp")
        assert unicodedata.bidirectional(ch) not in (
            "RLO",
            "LRO",
            "RLE",
            "LRE",
            "PDF",
            "RLI",
            "LRI",
            "FSI",
            "PDI",
        )
    assert data_dir().exists()
