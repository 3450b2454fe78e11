"""Text files: encoding detection (utf-8/16, cp1258, TCVN3, VNI, VISCII) and NFC output."""

from __future__ import annotations

import hashlib
import unicodedata
from pathlib import Path

import pytest
from builders import ENCODINGS, PLAN_TEXT, encode_text
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vetplan.ingest import IngestError, detect_format, read_document
from vetplan.ingest.legacy import decode_legacy, encode_legacy
from vetplan.ingest.textenc import decode_text

EXPECTED = {"utf-8-sig": "utf-8"}


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_each_encoding_is_detected_and_decoded_exactly(tmp_path: Path, encoding: str) -> None:
    raw = encode_text(PLAN_TEXT, encoding)
    f = tmp_path / f"plan-{encoding}.txt"
    f.write_bytes(raw)
    doc = read_document(f)
    assert doc.format == "txt"
    assert doc.encoding == EXPECTED.get(encoding, encoding)
    assert doc.pages[0].text == PLAN_TEXT
    assert doc.pages[0].method == "text"
    assert doc.sha256 == hashlib.sha256(raw).hexdigest()
    assert f.read_bytes() == raw  # input untouched


def test_cp1258_really_uses_combining_marks() -> None:
    raw = encode_text("Kế hoạch", "cp1258")
    assert "\u0301".encode("cp1258") in raw  # tone as its own byte
    assert unicodedata.is_normalized("NFC", decode_text(raw).text)


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom(encoding: str) -> None:
    d = decode_text(PLAN_TEXT.encode(encoding))
    assert d.encoding == "utf-16" and d.text == PLAN_TEXT


@pytest.mark.parametrize("encoding", ["tcvn3", "vni", "viscii", "cp1258", "utf-8"])
def test_real_sample_in_every_encoding(sample_files: list[Path], encoding: str) -> None:
    text = sample_files[2].read_text(encoding="utf-8")  # 003: clean HCMC plan
    lines = []
    for line in text.split("\n"):
        try:
            encode_text(line, encoding)
        except UnicodeEncodeError:
            continue
        lines.append(line)
    clean = "\n".join(lines)
    d = decode_text(encode_text(clean, encoding))
    assert d.encoding == encoding
    assert d.text == clean


def test_legacy_tables_round_trip_all_letters() -> None:
    letters = "".join(
        unicodedata.normalize("NFC", b + t)
        for b in "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY"
        for t in ("", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323")
    ) + "đĐ"
    assert len(set(letters)) == 146
    for enc in ("tcvn3", "vni", "viscii"):
        assert decode_legacy(encode_legacy(letters, enc), enc) == letters


def test_crlf_and_form_feed_pages(tmp_path: Path) -> None:
    f = tmp_path / "p.txt"
    f.write_bytes("Trang một\r\ndòng hai\fTrang hai\r\n\f".encode())
    doc = read_document(f)
    assert [p.text for p in doc.pages] == ["Trang một\ndòng hai", "Trang hai\n"]
    assert [p.number for p in doc.pages] == [1, 2]
    assert len(read_document(f, max_pages=1).pages) == 1


def test_damaged_ocr_sample_stays_utf8(sample_files: list[Path]) -> None:
    for f in sample_files:
        doc = read_document(f, display_name=f.name)
        assert doc.encoding == "utf-8"
        assert doc.pages[0].text == f.read_text(encoding="utf-8").replace("\r\n", "\n")
        assert doc.path == f.name


def test_binary_is_rejected(tmp_path: Path) -> None:
    f = tmp_path / "junk.txt"
    f.write_bytes(bytes(range(256)) * 4)
    with pytest.raises(IngestError) as e:
        read_document(f)
    assert "junk.txt" in str(e.value) and e.value.reason


def test_undetectable_8bit_is_rejected(tmp_path: Path) -> None:
    f = tmp_path / "noise.txt"
    f.write_bytes(bytes([0x80, 0x81, 0x8D, 0x9D, 0x9F, 0x90, 0x41]) * 50)
    with pytest.raises(IngestError, match="encoding"):
        read_document(f)


def test_unsupported_format(tmp_path: Path) -> None:
    """An OLE file that is no Word document is unsupported, saying so; named .doc, the Word reader says it is
    damaged (Word 97–2003 files are read: tests/test_ingest_doc.py)."""
    f = tmp_path / "plan.xls"
    f.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    assert detect_format(f) is None
    with pytest.raises(IngestError, match="unsupported format"):
        read_document(f)
    doc = tmp_path / "plan.doc"
    doc.write_bytes(f.read_bytes())
    assert detect_format(doc) == "doc"
    with pytest.raises(IngestError, match="damaged Word document"):
        read_document(doc)


_SYLLABLES = PLAN_TEXT.replace("\n", " ").split()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    words=st.lists(st.sampled_from(_SYLLABLES), min_size=6, max_size=40),
    encoding=st.sampled_from(["utf-8", "utf-16", "cp1258", "tcvn3", "vni", "viscii"]),
)
def test_detection_property(words: list[str], encoding: str) -> None:
    text = " ".join(words)
    d = decode_text(encode_text(text, encoding))
    assert d.text == text


def test_one_marked_letter_among_capitals_decodes_to_its_code_page() -> None:
    """Found by the property test: "BAN BAN BAN BAN BAN nghề" in TCVN3 has one non-ASCII byte, and another
    code page read it as "nghỊ" — a word cased as no word is written no longer counts as Vietnamese."""
    text = "BAN BAN BAN BAN BAN nghề"
    assert decode_text(encode_text(text, "tcvn3")).text == text


def test_a_short_8bit_text_whose_utf8_reading_puts_a_sign_inside_a_word() -> None:
    """Found by the property test: VISCII's "người" read as UTF-8 is "ng߶i" (an N'Ko sign between two letters, no
    letter at all): weighed against the 8-bit encodings like UTF-8 without Vietnamese letters; English UTF-8 with a
    curly apostrophe inside a word stays UTF-8."""
    text = "BAN BAN BAN BAN BAN người,"
    assert decode_text(encode_text(text, "viscii")).text == text
    for utf8 in ("Plan’s budget – don’t", "“Kế hoạch” năm 2024"):
        d = decode_text(utf8.encode("utf-8"))
        assert (d.text, d.encoding) == (utf8, "utf-8")


def test_a_short_8bit_text_that_happens_to_be_valid_utf8() -> None:
    """VISCII's "Đẩy" is the bytes D0 A6, which UTF-8 reads as the Cyrillic "Ц": a text whose UTF-8 reading spells no
    Vietnamese letter is weighed against the 8-bit encodings (hypothesis found "BAN BAN BAN BAN BAN Đẩy" read
    "… Цy"); UTF-8 text in another script stays UTF-8."""
    d = decode_text(encode_text("BAN BAN BAN BAN BAN Đẩy", "viscii"))
    assert (d.text, d.encoding) == ("BAN BAN BAN BAN BAN Đẩy", "viscii") and d.warnings
    assert decode_text("Привет мир".encode()).encoding == "utf-8"
