"""An OpenDocument text (ODT, the ODF format offices also keep their documents in): its text in body order, one
line per paragraph, heading or list item, a table row as its cells joined by " | " (as a DOCX's)."""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

from vetplan.ingest import IngestError, detect_format, read_document
from vetplan.pipeline import plan_from_file

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.2"')


def make_odt(path: Path, body: str, mimetype: str = "application/vnd.oasis.opendocument.text") -> Path:
    """A real ODT (LibreOffice opens it): the mimetype stored first, a manifest, the content."""
    content = f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {NS}><office:body><office:text>' \
              f"{body}</office:text></office:body></office:document-content>"
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
                'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{mimetype}"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                "</manifest:manifest>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo("mimetype"), mimetype, compress_type=zipfile.ZIP_STORED)
        z.writestr("META-INF/manifest.xml", manifest)
        z.writestr("content.xml", content)
    return path


BODY = (
    "<table:table><table:table-row><table:table-cell><text:p>ỦY BAN NHÂN DÂN</text:p><text:p>QUẬN BA ĐÌNH</text:p>"
    "</table:table-cell><table:table-cell><text:p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</text:p></table:table-cell>"
    "</table:table-row><table:table-row><table:table-cell><text:p>Số: 73/KH-UBND</text:p></table:table-cell>"
    "<table:covered-table-cell/></table:table-row></table:table>"
    '<text:h text:outline-level="1">KẾ HOẠCH</text:h>'
    "<text:p>Phát triển <text:span>giáo dục</text:span> nghề nghiệp<text:s text:c=\"2\"/>năm 2024"
    '<text:note><text:note-body><text:p>chú thích</text:p></text:note-body></text:note></text:p>'
    "<text:list><text:list-item><text:p>Đẩy mạnh đào tạo nghề;</text:p></text:list-item>"
    "<text:list-item><text:p>nâng cao chất lượng.</text:p></text:list-item></text:list>"
)
LINES = ["ỦY BAN NHÂN DÂN", "QUẬN BA ĐÌNH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 73/KH-UBND | ", "KẾ HOẠCH",
         "Phát triển giáo dục nghề nghiệp  năm 2024", "Đẩy mạnh đào tạo nghề;", "nâng cao chất lượng."]


def test_an_odt_reads_as_its_text_in_body_order(tmp_path: Path) -> None:
    doc = read_document(make_odt(tmp_path / "plan.odt", BODY))
    assert doc.format == "odt" and [p.method for p in doc.pages] == ["odt"] and doc.warnings == []
    assert doc.pages[0].text.split("\n") == LINES  # (the note left out, "<text:s c=2>" two spaces)
    renamed = make_odt(tmp_path / "plan.zip", BODY)  # (known by its mimetype, not its name)
    assert detect_format(renamed) == "odt"


def test_a_broken_odt_and_another_opendocument_are_named(tmp_path: Path) -> None:
    broken = tmp_path / "cut.odt"
    broken.write_bytes(make_odt(tmp_path / "whole.odt", BODY).read_bytes()[:300])
    with pytest.raises(IngestError) as e:
        read_document(broken)
    assert e.value.path.endswith("cut.odt") and "corrupt ODT" in e.value.reason
    data = bytearray(make_odt(tmp_path / "whole.odt", BODY * 20).read_bytes())
    at = data.index(b"content.xml") + len(b"content.xml") + 40  # (inside its deflated bytes: zlib fails, found by
    data[at:at + 16] = bytes(16)                                 # the fuzzer)
    (tmp_path / "bad.odt").write_bytes(bytes(data))
    with pytest.raises(IngestError, match="corrupt ODT"):
        read_document(tmp_path / "bad.odt")
    sheet = make_odt(tmp_path / "targets.ods", "", mimetype="application/vnd.oasis.opendocument.spreadsheet")
    with pytest.raises(IngestError, match=r"unsupported format \(\.ods; of office files \.docx and \.odt are read\)"):
        read_document(sheet)


def test_a_plan_kept_as_odt_gives_the_plan_its_text_gives(tmp_path: Path, sample_files: list[Path]) -> None:
    source = next(f for f in sample_files if f.name.startswith("003_"))
    body = "".join(f"<text:p>{escape(ln)}</text:p>" for ln in source.read_text(encoding="utf-8").split("\n"))
    from_text, from_odt = plan_from_file(source), plan_from_file(make_odt(tmp_path / "003.odt", body))
    assert from_odt.source.format == "odt"
    assert [s.kind for s in from_odt.sections] == [s.kind for s in from_text.sections]
    assert len(from_odt.tasks) == len(from_text.tasks) and len(from_odt.targets) == len(from_text.targets)
    assert from_odt.document.issuer == from_text.document.issuer


def test_an_odt_whose_mimetype_member_will_not_unpack_is_named(tmp_path: Path) -> None:
    """A zip whose deflated "mimetype" member is damaged (zlib: "invalid stored block lengths", found by the fuzzer,
    seed 3438) reads as an IngestError naming the file, as any damaged ODT does — detection had raised zlib's error."""
    import io
    import zlib

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), b"application/vnd.oasis.opendocument.text" * 3,
                   compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("content.xml", "<x/>")
    data = bytearray(buf.getvalue())
    at = 30 + len("mimetype")  # (its deflated bytes: a stored block whose lengths disagree)
    data[at:at + 5] = b"\x00\x05\x00\x05\x00"
    bad = tmp_path / "bad.odt"
    bad.write_bytes(bytes(data))
    with pytest.raises(zlib.error):
        zipfile.ZipFile(bad).read("mimetype")
    with pytest.raises(IngestError) as e:
        read_document(bad)
    assert e.value.path.endswith("bad.odt") and "ODT" in e.value.reason
