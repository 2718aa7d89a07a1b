"""Fixtures for the printed report: answer sets, PDFs made once per session, poppler helpers."""

from __future__ import annotations

import json
import re
import subprocess
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from privacy_audit.content import Content
from privacy_audit.scoring.answers import Answers, parse_answers
from privacy_audit.scoring.engine import Scorer

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = sorted((ROOT / "examples").glob("*.json"))


def riskiest_answers(content: Content) -> Answers:
    """The option of every question that scores the most on its own (robust to new content)."""
    s = Scorer(content)
    return Answers(
        {
            qid: max(q.options, key=lambda o: (s.points({qid: o.id}), not o.unsure)).id
            for qid, q in content.questions.items()
        }
    )


def one_platform_answers(content: Content) -> Answers:
    """The riskiest answers for the first platform only: a short, typical report."""
    first = content.platforms[0].platform.id
    full = riskiest_answers(content).answers
    return Answers({q: o for q, o in full.items() if content.question_platform[q] == first})


def answer_sets(content: Content) -> dict[str, Answers]:
    sets = {"riskiest": riskiest_answers(content), "one_platform": one_platform_answers(content)}
    for path in EXAMPLES:
        data = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(data, dict) and data.get("format") == "huella-answers":
            sets[f"example_{path.stem}"] = parse_answers(data, content, where=path.name)
    return sets


def norm(text: str) -> str:
    """Text as compared in tests: NFKC, one space for any run of white space, and no hyphens
    (pdftotext joins "end-to-" + "end" at a line break into "end-toend")."""
    text = unicodedata.normalize("NFKC", text).replace("-", "")
    return re.sub(r"\s+", " ", text).strip()


def pdftotext(path: Path, first: int | None = None, last: int | None = None) -> str:
    cmd = ["pdftotext", "-enc", "UTF-8"]
    if first is not None:
        cmd += ["-f", str(first)]
    if last is not None:
        cmd += ["-l", str(last)]
    out = subprocess.run([*cmd, str(path), "-"], capture_output=True, check=True)
    return out.stdout.decode("utf-8")


_FOOTER = re.compile(r"(Page|Página) \d+ (of|de) \d+( · (Page|Página) \d+ (of|de) \d+)?")


def body_text(path: Path) -> str:
    """The whole text with the page footers taken out, so a paragraph that runs over a page
    break reads as one."""
    return norm(_FOOTER.sub(" ", pdftotext(path).replace("\f", " ")))


def column_text(path: Path, column: int, columns: int = 2) -> str:
    """The text of one column of a side-by-side (bilingual) PDF, footers cut off, so lines of
    the two languages are not interleaved."""
    info = pdfinfo(path)
    width = info.width / columns
    # The footer sits in the bottom 18 mm; 45 pt (~16 mm) keeps it out of the crop.
    crop = ["-r", "72", "-x", str(int(column * width)), "-y", "0"]
    crop += ["-W", str(int(width)), "-H", str(int(info.height - 45))]
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", *crop, str(path), "-"], capture_output=True, check=True
    )
    return norm(out.stdout.decode("utf-8").replace("\f", " "))


@dataclass(frozen=True)
class PdfInfo:
    pages: int
    width: float
    height: float
    title: str


def pdfinfo(path: Path) -> PdfInfo:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, check=True, text=True).stdout
    fields = dict(
        (k.strip(), v.strip()) for k, _, v in (line.partition(":") for line in out.splitlines())
    )
    m = re.match(r"([\d.]+) x ([\d.]+) pts", fields["Page size"])
    assert m, fields["Page size"]
    return PdfInfo(int(fields["Pages"]), float(m[1]), float(m[2]), fields.get("Title", ""))


def page_images(path: Path, out_dir: Path, dpi: int = 24) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        ["pdftoppm", "-r", str(dpi), "-gray", "-png", str(path), str(out_dir / "p")], check=True
    )
    return sorted(out_dir.glob("p-*.png"))


_DARK = bytes(range(200))


def ink_pixels(png: Path, top_fraction: float = 1.0) -> int:
    """Pixels darker than light grey in the top *top_fraction* of a page image (read with Qt)."""
    from PySide6.QtGui import QImage

    img = QImage(str(png)).convertToFormat(QImage.Format.Format_Grayscale8)
    assert not img.isNull(), png
    w, stride = img.width(), img.bytesPerLine()
    rows = int(img.height() * top_fraction)
    data = bytes(img.constBits())
    pixels = b"".join(data[y * stride : y * stride + w] for y in range(rows))
    return len(pixels) - len(pixels.translate(None, _DARK))


@pytest.fixture(scope="session")
def answers_by_name(content: Content) -> dict[str, Answers]:
    return answer_sets(content)


PdfMaker = Callable[..., Path]


@pytest.fixture(scope="session")
def make_pdf(qapp: object, tmp_path_factory: pytest.TempPathFactory) -> Iterator[PdfMaker]:
    """``make_pdf(html, paper)`` -> a PDF path, rendered once per (html, paper)."""
    from ui.report_render import render_pdf

    folder = tmp_path_factory.mktemp("pdfs")
    cache: dict[tuple[str, str], Path] = {}

    def make(html: str, paper: str = "letter") -> Path:
        key = (html, paper)
        if key not in cache:
            path = folder / f"doc{len(cache)}.pdf"
            pages = render_pdf(html, path, paper=paper)
            assert pdfinfo(path).pages == pages
            cache[key] = path
        return cache[key]

    yield make
