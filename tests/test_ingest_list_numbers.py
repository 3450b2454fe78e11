"""Automatic list numbers: a word processor keeps "I.", "1.", "2.1.", "a)" and the dashes of its lists out of the text
and draws them from the list's definition; read without them, a plan's tasks were not found (sample 003 so typed: 0
tasks of 31). They are written back before their paragraphs, as the page shows them."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from builders import make_auto_numbered_docx
from test_ingest_doc import convert
from test_ingest_odt import make_odt

from vetplan.ingest import read_document
from vetplan.ingest.html_reader import read_html
from vetplan.ingest.list_numbers import Level, ListCounter, bullet_text, format_number
from vetplan.pipeline import plan_from_file

NUMBERS = [(3, "upperRoman", "III"), (14, "upperRoman", "XIV"), (4, "lowerRoman", "iv"), (2, "lowerLetter", "b"),
           (28, "lowerLetter", "bb"), (1, "upperLetter", "A"), (7, "decimalZero", "07"), (12, "decimal", "12"),
           (5, "ordinalText", "5"), (9, "I", "IX"), (3, "a", "c")]


@pytest.mark.parametrize(("n", "fmt", "text"), NUMBERS)
def test_a_number_in_its_levels_format(n: int, fmt: str, text: str) -> None:
    assert format_number(n, fmt) == text


def test_a_lists_counters_go_on_and_restart_the_levels_below() -> None:
    levels = {0: Level(1, "upperRoman", "%1."), 1: Level(1, "decimal", "%2."), 2: Level(1, "decimal", "%2.%3."),
              3: Level(1, "lowerLetter", "%4)"), 4: Level(1, "bullet", "\uf0b7")}
    counter = ListCounter(levels)
    got = [counter.label(k) for k in (0, 0, 1, 2, 2, 3, 3, 4, 1, 2, 0, 1)]
    assert got == ["I.", "II.", "1.", "1.1.", "1.2.", "a)", "b)", "-", "2.", "2.1.", "III.", "1."]
    legal = ListCounter({0: Level(1, "upperRoman", "%1."), 1: Level(1, "decimal", "%1.%2.", legal=True)})
    assert [legal.label(0), legal.label(1)] == ["I.", "1.1."]  # (a legal list's numbers decimal)
    assert ListCounter({0: Level(3, "decimal", "Bước %1:")}).label(0) == "Bước 3:"
    assert ListCounter({0: Level(1, "none", "")}).label(0) == ""


@pytest.mark.parametrize(("char", "text"), [("\uf02d", "-"), ("\uf0b7", "-"), ("•", "-"), ("o", "-"), ("-", "-"),
                                             ("+", "+"), ("–", "–")])
def test_a_bullet_is_written_as_a_plan_writes_its_dashes(char: str, text: str) -> None:
    assert bullet_text(char) == text


def test_a_docx_lists_numbers_are_read_before_their_paragraphs(tmp_path: Path) -> None:
    """By the paragraph's own list, or by its style's (Word's "List Number", "List Bullet"); the same as ODT and
    .doc."""
    d = docx.Document()
    for text, style in [("MỤC TIÊU", "List Number"), ("NỘI DUNG", "List Number"), ("Tuyên truyền", "List Bullet"),
                        ("Kết quả", None), ("TỔ CHỨC THỰC HIỆN", "List Number")]:
        d.add_paragraph(text, style=style)
    d.save(str(tmp_path / "styles.docx"))
    want = ["1. MỤC TIÊU", "2. NỘI DUNG", "- Tuyên truyền", "Kết quả", "3. TỔ CHỨC THỰC HIỆN"]
    assert read_document(tmp_path / "styles.docx").pages[0].text.split("\n") == want
    for fmt in ("odt", "doc"):  # (the same saved by LibreOffice)
        assert read_document(convert(tmp_path / "styles.docx", fmt)).pages[0].text.split("\n") == want, fmt


def test_a_plan_typed_with_automatic_numbers_gives_the_plan_its_text_gives(tmp_path: Path,
                                                                          sample_files: list[Path]) -> None:
    source = next(f for f in sample_files if f.name.startswith("003_"))
    lines = source.read_text(encoding="utf-8").split("\n")
    path = make_auto_numbered_docx(tmp_path / "003.docx", lines)
    assert read_document(path).pages[0].text.split("\n") == lines
    from_text, from_docx = plan_from_file(source), plan_from_file(path)
    assert [s.kind for s in from_docx.sections] == [s.kind for s in from_text.sections]
    assert len(from_docx.tasks) == len(from_text.tasks) == 31 and len(from_docx.targets) == len(from_text.targets)


def test_an_odts_list_numbers_by_its_list_styles(tmp_path: Path) -> None:
    """A list's number by its style's level (prefix, format, suffix, levels shown); a list continuing another's
    numbering goes on counting, a new one restarts; an item holding only a list below is not numbered; a start value
    resets; a bullet is a dash; a heading numbered by the outline."""
    styles = ('<office:document-styles xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
              'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
              'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"><office:styles>'
              '<text:list-style style:name="Parts"><text:list-level-style-number text:level="1" style:num-format="I" '
              'style:num-suffix="."/><text:list-level-style-number text:level="2" style:num-format="1" '
              'style:num-suffix="." text:display-levels="2"/><text:list-level-style-number text:level="3" '
              'style:num-format="a" style:num-suffix=")"/></text:list-style>'
              '<text:list-style style:name="Dashes"><text:list-level-style-bullet text:level="1" '
              'text:bullet-char="\u2022"/></text:list-style>'
              '<text:outline-style style:name="Outline"><text:outline-level-style text:level="1" style:num-format="A" '
              'style:num-suffix="."/></text:outline-style></office:styles></office:document-styles>')

    def items(*texts: str) -> str:
        return "".join(f"<text:list-item><text:p>{t}</text:p></text:list-item>" for t in texts)

    body = ('<text:h text:outline-level="1">PHỤ LỤC</text:h>'
            f'<text:list text:style-name="Parts" xml:id="a">{items("MỤC TIÊU")}</text:list>'
            f'<text:list text:style-name="Dashes">{items("Tuyên truyền", "Đào tạo")}</text:list>'
            f'<text:list text:style-name="Parts" text:continue-list="a">{items("NỘI DUNG")}'
            f'<text:list-item><text:list>{items("Công tác truyền thông", "Công tác dự báo")}'
            f'<text:list-item><text:list>{items("Thu thập")}</text:list></text:list-item></text:list></text:list-item>'
            '</text:list><text:list text:style-name="Parts" text:continue-numbering="true">'
            f'<text:list-item text:start-value="5"><text:p>KINH PHÍ</text:p></text:list-item></text:list>'
            f'<text:list text:style-name="Parts">{items("Mới")}</text:list>')
    path = make_odt(tmp_path / "lists.odt", body)
    import zipfile

    with zipfile.ZipFile(path, "a") as z:
        z.writestr("styles.xml", styles)
    assert read_document(path).pages[0].text.split("\n") == [
        "A. PHỤ LỤC", "I. MỤC TIÊU", "- Tuyên truyền", "- Đào tạo", "II. NỘI DUNG", "II.1. Công tác truyền thông",
        "II.2. Công tác dự báo", "a) Thu thập", "V. KINH PHÍ", "I. Mới"]


def test_a_plan_with_automatic_numbers_as_odt_and_doc_gives_the_plan_its_text_gives(
        tmp_path: Path, sample_files: list[Path]) -> None:
    """The same plan saved by LibreOffice as ODT, Word 97–2003 .doc and RTF: its lists' numbers come back in each (an
    RTF keeps the number the writer drew, ``{\\listtext I.\\tab}``, a Symbol bullet as a private-use character: "-")."""
    source = next(f for f in sample_files if f.name.startswith("003_"))
    lines = source.read_text(encoding="utf-8").split("\n")
    docx_path = make_auto_numbered_docx(tmp_path / "003.docx", lines)
    from_text = plan_from_file(source)
    for fmt in ("odt", "doc", "rtf"):
        path = convert(docx_path, fmt)
        text = read_document(path).pages[0].text
        if fmt == "rtf":  # (the RTF reader drops a line's trailing spaces and the text's last empty line)
            assert text.split("\n") == [ln.rstrip() for ln in lines][:-1]
        else:
            assert text.split("\n") == lines, fmt
        plan = plan_from_file(path)
        assert len(plan.tasks) == len(from_text.tasks) == 31 and len(plan.targets) == len(from_text.targets), fmt


def test_an_html_lists_numbers_as_a_browser_draws_them() -> None:
    """An ordered list's numbers by its type, start and items' values, a bulleted one's as dashes, none where its
    style says so; an item's number before its first text, in a paragraph of its own or not."""
    page = ('<ol type="I"><li>MỤC TIÊU</li><li><p>NỘI DUNG</p><ol><li><p>Công tác truyền thông</p>'
            '<ul><li>Năm 2024.</li></ul></li><li value="5">Khác</li></ol></li></ol>'
            '<ol start="3" style="list-style-type: lower-alpha"><li>c</li></ol>'
            '<ul style="list-style:none"><li>Nơi nhận</li></ul>')
    assert read_html(page).split("\n") == ["I. MỤC TIÊU", "II. NỘI DUNG", "1. Công tác truyền thông", "- Năm 2024.",
                                            "5. Khác", "c. c", "Nơi nhận"]


def test_a_plan_with_automatic_numbers_saved_as_a_web_page_has_its_tasks(tmp_path: Path,
                                                                        sample_files: list[Path]) -> None:
    """Sample 003 typed with Word's numbering, saved by LibreOffice as HTML (nested <ol>, which writes "2.1." as
    "1."): its parts and tasks are found (none had been: the numbers were lost)."""
    source = next(f for f in sample_files if f.name.startswith("003_"))
    path = convert(make_auto_numbered_docx(tmp_path / "003.docx", source.read_text(encoding="utf-8").split("\n")),
                   "html")
    lines = read_document(path).pages[0].text.split("\n")
    assert {"I. MỤC TIÊU", "II. NỘI DUNG", "1. Công tác truyền thông"} <= set(lines)
    plan = plan_from_file(path)
    assert [s.kind for s in plan.sections] == [s.kind for s in plan_from_file(source).sections]
    assert len(plan.tasks) >= 25 and len(plan.targets) == 7
