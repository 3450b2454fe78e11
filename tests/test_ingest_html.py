"""A plan saved from a web page: its text, one line per block, a table row's cells joined by " | " (as a DOCX's)."""

from __future__ import annotations

import html
from pathlib import Path

import pytest
from builders import encode_text

from vetplan.ingest import IngestError, detect_format, read_document
from vetplan.pipeline import plan_from_file

PAGE = """<!DOCTYPE html>
<html><head><meta charset="{charset}"><title>Kế hoạch 72/KH-UBND</title><style>p {{ color: red }}</style>
<script>var x = "<p>not text</p>";</script></head>
<body><div class="nav">Trang chủ &gt; Văn bản</div>
<table><tr><td>ỦY BAN NHÂN DÂN<br/>THÀNH PHỐ HÀ NỘI</td>
<td>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do</td></tr>
<tr><td>Số: 72/KH-UBND</td><td><i>Hà Nội, ngày 04 tháng 3 năm 2022</i></td></tr></table>
<p align="center"><b>KẾ HOẠCH</b><br>Khắc phục hạn chế,&nbsp;khuyết điểm
trong công tác giáo dục nghề nghiệp năm 2021</p>
<h3>I. MỤC ĐÍCH, YÊU CẦU</h3>
<ul><li>Đẩy mạnh đào tạo nghề;</li><li>nâng cao chất lượng &amp; hiệu quả.</li></ul>
<pre>1.  Tuyển sinh   215.000 người</pre>
</body></html>
"""
LINES = [
    "Trang chủ > Văn bản",
    "ỦY BAN NHÂN DÂN",  # (a two-column header whose cells hold several lines: the columns one after the other)
    "THÀNH PHỐ HÀ NỘI",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do",
    "Số: 72/KH-UBND | Hà Nội, ngày 04 tháng 3 năm 2022",
    "KẾ HOẠCH",
    "Khắc phục hạn chế, khuyết điểm trong công tác giáo dục nghề nghiệp năm 2021",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "- Đẩy mạnh đào tạo nghề;",  # (a bulleted list's items as a plan writes them: with a dash)
    "- nâng cao chất lượng & hiệu quả.",
    "1.  Tuyển sinh   215.000 người",
]


@pytest.mark.parametrize(("charset", "encoding"), [("utf-8", "utf-8"), ("windows-1258", "cp1258")])
def test_a_web_page_reads_as_its_text_line_by_block(tmp_path: Path, charset: str, encoding: str) -> None:
    page = tmp_path / "plan.html"
    page.write_bytes(encode_text(PAGE.format(charset=charset), encoding))
    doc = read_document(page)
    assert doc.format == "html" and doc.encoding == encoding and [p.method for p in doc.pages] == ["html"]
    assert doc.pages[0].text.split("\n") == LINES  # (no head, style or script; entities read; <pre> as written)


def test_a_page_without_its_extension_is_known_by_its_start_and_a_broken_one_is_named(tmp_path: Path) -> None:
    bare = tmp_path / "download"
    bare.write_text(PAGE.format(charset="utf-8"), encoding="utf-8")
    assert detect_format(bare) == "html" and read_document(bare).pages[0].text.split("\n") == LINES
    as_doc = tmp_path / "plan.doc"  # (Word's "web page" saved under a .doc name)
    as_doc.write_text(PAGE.format(charset="utf-8"), encoding="utf-8")
    assert detect_format(as_doc) == "html" and read_document(as_doc).pages[0].text.split("\n") == LINES
    broken = tmp_path / "cut.htm"
    broken.write_text("<html><body><table><tr><td>Kế hoạch <b>số 7", encoding="utf-8")  # (a download cut short)
    assert read_document(broken).pages[0].text == "Kế hoạch số 7"
    binary = tmp_path / "x.html"
    binary.write_bytes(b"\x00\x01\x02" * 200)
    with pytest.raises(IngestError) as e:
        read_document(binary)
    assert e.value.path.endswith("x.html")


def test_a_plan_saved_as_a_web_page_gives_the_plan_its_text_gives(tmp_path: Path, sample_files: list[Path]) -> None:
    source = next(f for f in sample_files if f.name.startswith("003_"))
    text = source.read_text(encoding="utf-8")
    body = "".join(f"<p>{'<b>' + html.escape(ln) + '</b>' if ln.isupper() else html.escape(ln)}</p>\n"
                   for ln in text.split("\n") if ln.strip())
    page = tmp_path / "003.html"
    page.write_text(f"<html><head><title>x</title></head><body>\n{body}</body></html>", encoding="utf-8")
    from_text, from_page = plan_from_file(source), plan_from_file(page)
    assert from_page.source.format == "html"
    assert [s.kind for s in from_page.sections] == [s.kind for s in from_text.sections]
    assert len(from_page.tasks) == len(from_text.tasks) and len(from_page.targets) == len(from_text.targets)
    assert from_page.document.issuer == from_text.document.issuer
