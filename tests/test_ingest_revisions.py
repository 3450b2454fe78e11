"""Tracked changes left in a DOCX (or the .doc LibreOffice saves of it) read as the page shows them: a deletion and the
old place of a moved passage are no text, an insertion and a move's new place are."""

from __future__ import annotations

from pathlib import Path

import docx
from lxml import etree
from test_ingest_doc import convert
from test_ingest_text_boxes import NS

from vetplan.ingest import read_document


def _run(text: str, tag: str = "t") -> str:
    return f'<w:r><w:{tag} xml:space="preserve">{text}</w:{tag}></w:r>'


def _change(kind: str, k: int, inner: str) -> etree._Element:
    return etree.fromstring(f'<w:{kind} {NS} w:id="{k}" w:author="a">{inner}</w:{kind}>')


def test_a_docxs_tracked_deletions_and_moves_read_as_the_page_shows_them(tmp_path: Path) -> None:
    """Tracked changes left in a DOCX: a deletion and the old place of a moved passage are no text (the moved text
    had been read twice, at its old place and its new one); the same saved as Word 97–2003, whose deletion is a
    character property (sprmCFRMarkDel) over text still in the stream (it had been read)."""
    d = docx.Document()
    p = d.add_paragraph("Kế hoạch ")
    p._p.append(_change("del", 1, _run("cũ ", "delText")))
    p._p.append(_change("moveFrom", 2, _run("năm 2024 ")))
    p._p.append(etree.fromstring(f"<w:r {NS}><w:t xml:space=\"preserve\">đào tạo nghề </w:t></w:r>"))
    p._p.append(_change("moveTo", 3, _run("năm 2024")))
    p._p.append(_change("ins", 4, _run(".")))
    d.save(str(tmp_path / "changes.docx"))
    assert read_document(tmp_path / "changes.docx").pages[0].text == "Kế hoạch đào tạo nghề năm 2024."
    assert read_document(convert(tmp_path / "changes.docx")).pages[0].text == "Kế hoạch đào tạo nghề năm 2024."
