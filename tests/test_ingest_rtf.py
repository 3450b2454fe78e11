"""RTF, as Word and older office systems save documents: the text in reading order, one line per paragraph, a table
row's cells joined by " | "; characters as ``\\uN``, or ``\\'hh`` bytes of the code page or of a legacy font."""

from __future__ import annotations

from pathlib import Path

import pytest
from builders import PLAN_LINES

from vetplan.ingest import IngestError, detect_format, read_document
from vetplan.ingest.legacy import encode_legacy
from vetplan.pipeline import plan_from_file


def as_unicode_escapes(line: str) -> str:
    """A line as Word writes it in RTF: ASCII as is, every other letter ``\\uN?`` (``?`` for old readers)."""
    out = []
    for c in line:
        if c in "\\{}":
            out.append("\\" + c)
        elif ord(c) < 128:
            out.append(c)
        else:
            out.append(f"\\u{ord(c) if ord(c) < 32768 else ord(c) - 65536}?")
    return "".join(out)


def as_font_bytes(line: str, encoding: str) -> str:
    """A line typed in a legacy font: its bytes, the non-ASCII ones as ``\\'hh``."""
    return "".join(chr(b) if b < 128 and chr(b) not in "\\{}" else f"\\'{b:02x}" for b in encode_legacy(line, encoding))


HEAD = ("{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\froman Times New Roman;}{\\f1\\fswiss .VnTime;}"
        "{\\f2 .VnTimeH;}}{\\colortbl;\\red0\\green0\\blue0;}{\\*\\generator Msftedit 5.41;}"
        "{\\info{\\title Ke hoach}{\\author x}}\\viewkind4\\uc1\\pard\\f0\\fs26 ")


def test_unicode_escapes_tables_and_what_is_no_text(tmp_path: Path) -> None:
    rows = ("\\trowd\\cellx4000\\cellx8000\\intbl " + as_unicode_escapes("ỦY BAN NHÂN DÂN") + "\\cell\\intbl "
            + as_unicode_escapes("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") + "\\cell\\row\\pard ")
    body = rows + "".join(as_unicode_escapes(line) + "\\par\n" for line in PLAN_LINES[1:])
    f = tmp_path / "plan.rtf"
    f.write_text(HEAD + body + "{\\*\\bkmkstart x}{\\footnote not text}}", encoding="ascii")
    doc = read_document(f)
    assert doc.format == "rtf" and [p.method for p in doc.pages] == ["rtf"]
    assert doc.pages[0].text.split("\n") == ["ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", *PLAN_LINES[1:]]


def test_legacy_font_bytes_and_a_capitals_font(tmp_path: Path) -> None:
    body = ("{\\f2 " + as_font_bytes("kế hoạch", "tcvn3") + "}\\par\n{\\f1 "
            + as_font_bytes("Đẩy mạnh đào tạo nghề cho người lao động;", "tcvn3") + "}\\par\n"
            + as_unicode_escapes("nâng cao chất lượng.") + "\\par}")
    f = tmp_path / "old.rtf"
    f.write_text(HEAD + body, encoding="ascii")
    assert read_document(f).pages[0].text.split("\n") == ["KẾ HOẠCH", "Đẩy mạnh đào tạo nghề cho người lao động;",
                                                         "nâng cao chất lượng."]


def test_a_code_page_byte_an_unnamed_file_and_a_broken_one(tmp_path: Path) -> None:
    f = tmp_path / "download"
    f.write_bytes(b"{\\rtf1\\ansi\\ansicpg1258{\\fonttbl{\\f0 Times New Roman;}}\\f0 H\\'e0 N\\'f4\\'f2i\\par}")
    assert detect_format(f) == "rtf" and read_document(f).pages[0].text == "Hà Nội"  # (cp1258: ô + a combining mark)
    odd = tmp_path / "odd.rtf"  # (numbers no RTF writer makes, found by the fuzzer: they had raised)
    odd.write_bytes(b"{\\rtf1 a\\u2257921 b\\u-40000 c\\uc99999999999999 d\\u" + b"9" * 5000 + b"}")
    assert read_document(odd).pages[0].text.startswith("a\ufffd\ufffd")  # (each \\uN's next character its stand-in)
    as_doc = tmp_path / "plan.doc"  # (Word saved many documents as RTF under a .doc name)
    as_doc.write_bytes(f.read_bytes())
    assert detect_format(as_doc) == "rtf" and read_document(as_doc).pages[0].text == "Hà Nội"
    bad = tmp_path / "bad.rtf"
    bad.write_text("not rtf at all", encoding="ascii")
    with pytest.raises(IngestError) as e:
        read_document(bad)
    assert e.value.path.endswith("bad.rtf") and "not an RTF document" in e.value.reason


def test_a_plan_saved_as_rtf_gives_the_plan_its_text_gives(tmp_path: Path, sample_files: list[Path]) -> None:
    source = next(f for f in sample_files if f.name.startswith("003_"))
    body = "".join(as_unicode_escapes(ln) + "\\par\n" for ln in source.read_text(encoding="utf-8").split("\n"))
    f = tmp_path / "003.rtf"
    f.write_text(HEAD + body + "}", encoding="ascii")
    from_text, from_rtf = plan_from_file(source), plan_from_file(f)
    assert from_rtf.source.format == "rtf"
    assert [s.kind for s in from_rtf.sections] == [s.kind for s in from_text.sections]
    assert len(from_rtf.tasks) == len(from_text.tasks) and len(from_rtf.targets) == len(from_text.targets)
    assert from_rtf.document.issuer == from_text.document.issuer


def test_an_rtfs_tracked_deletions_are_no_text() -> None:
    """Text a tracked change deleted (``\\deleted``, until ``\\deleted0``, ``\\plain`` or its group's end) is not the
    page's: it had been read as text."""
    from vetplan.ingest.rtf_reader import read_rtf

    data = (rb"{\rtf1\ansi K\u7871?\'20ho\u7841?ch {\deleted c\u361? }\u273?\u224?o t\u7841?o{\deleted0  ngh\u7873?}"
            rb" {\deleted x\plain n\u259?m} 2024\par}")
    assert read_rtf(data) == "Kế hoạch đào tạo nghề năm 2024"
