"""Tracked changes left in a DOCX read as the page shows them: a deletion and the old place of a moved passage are no
text, an insertion and a move's new place are."""

from __future__ import annotations

from pathlib import Path

import docx
from lxml import etree
from test_ingest_text_boxes import NS

from vetplan.ingest import read_document


def test_a_docxs_tracked_deletions_and_moves_read_as_the_page_shows_them(tmp_path: Path) -> None:
    """Tracked changes left in a DOCX: a deletion and the old place of a moved passage are no text (the moved text
    had been read twice, at its old place and its new one)."""
    d = docx.Document()
    p = d.add_paragraph("Kế hoạch ")
    p._p.append(etree.fromstring(f'<w:del {NS} w:id="1" w:author="a"><w:r><w:delText>cũ </w:delText></w:r></w:del>'))
    p._p.append(etree.fromstring(f'<w:moveFrom {NS} w:id="2" w:author="a"><w:r><w:t>năm 2024 </w:t></w:r>'
                                 "</w:moveFrom>"))
    p._p.append(etree.fromstring(f"<w:r {NS}><w:t>đào tạo nghề </w:t></w:r>"))
    p._p.append(etree.fromstring(f'<w:moveTo {NS} w:id="3" w:author="a"><w:r><w:t>năm 2024</w:t></w:r></w:moveTo>'))
    p._p.append(etree.fromstring(f'<w:ins {NS} w:id="4" w:author="a"><w:r><w:t>.</w:t></w:r></w:ins>'))
    d.save(str(tmp_path / "changes.docx"))
    assert read_document(tmp_path / "changes.docx").pages[0].text == "Kế hoạch đào tạo nghề năm 2024."
