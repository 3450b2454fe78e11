"""Folders and archives: deterministic expansion and safe extraction."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from builders import (
    PLAN_LINES,
    PLAN_TEXT,
    add_zip_symlink,
    encode_text,
    make_docx,
    make_tar,
    make_zip,
    make_zip_bomb,
    pdf_bytes,
)

from vetplan.ingest import ArchiveLimits, IngestError, InputItem, iter_inputs, read_document


def _members(tmp_path: Path) -> dict[str, bytes]:
    docx = make_docx(tmp_path / "t.docx", PLAN_LINES[:2], [["a", "b"]]).read_bytes()
    return {
        "plans/a.txt": encode_text(PLAN_TEXT, "tcvn3"),
        "plans/b.pdf": pdf_bytes([PLAN_LINES]),
        "c.docx": docx,
        "notes/readme.xyz": b"\x00\x01\x02binary",
    }


def _names(items: list[InputItem]) -> list[str]:
    return [i.display_name for i in items]


def test_zip_and_targz_members_are_named_and_readable(tmp_path: Path) -> None:
    members = _members(tmp_path)
    z = make_zip(tmp_path / "batch.zip", members)
    t = make_tar(tmp_path / "batch.tar.gz", members)
    items = list(iter_inputs([z, t], tmp_path / "work"))
    expected = sorted(members)
    want = [f"{a}/{m}" for a in ("batch.zip", "batch.tar.gz") for m in expected]
    assert sorted(_names(items)) == sorted(want)
    assert all(i.error is None and i.path and i.path.is_file() for i in items)
    by = {i.display_name: i for i in items}
    doc = read_document(by["batch.zip/plans/a.txt"].path, display_name="batch.zip/plans/a.txt")  # type: ignore[arg-type]
    assert doc.encoding == "tcvn3" and doc.pages[0].text == PLAN_TEXT and doc.path == "batch.zip/plans/a.txt"
    assert read_document(by["batch.tar.gz/plans/b.pdf"].path).pages[0].text == PLAN_TEXT  # type: ignore[arg-type]
    assert read_document(by["batch.zip/c.docx"].path).format == "docx"  # type: ignore[arg-type]
    # the same input gives the same listing
    again = list(iter_inputs([z, t], tmp_path / "work2"))
    assert _names(again) == _names(items)


def test_folder_recursive_sorted_and_symlinks_skipped(tmp_path: Path) -> None:
    root = tmp_path / "in"
    (root / "sub").mkdir(parents=True)
    (root / "b.txt").write_text("Kế hoạch", encoding="utf-8")
    (root / "sub" / "plan.txt").write_text("Kế hoạch", encoding="utf-8")
    (root / "a.txt").write_text("Kế hoạch", encoding="utf-8")
    os.symlink("/etc/passwd", root / "link.txt")
    os.symlink(root / "sub", root / "linkdir")
    items = list(iter_inputs([root], tmp_path / "w"))
    assert _names(items) == ["a.txt", "b.txt", "link.txt", "linkdir", "sub/plan.txt"]
    errs = {i.display_name: i.error for i in items if i.error}
    assert errs == {"link.txt": "symbolic link skipped", "linkdir": "symbolic link skipped"}


def test_zip_slip_and_absolute_paths(tmp_path: Path) -> None:
    z = make_zip(tmp_path / "evil.zip", {"../../escape.txt": b"x", "/etc/abs.txt": b"y", "ok.txt": b"ok"})
    work = tmp_path / "work"
    items = list(iter_inputs([z], work))
    errs = {i.display_name: i.error for i in items}
    assert errs["evil.zip/ok.txt"] is None
    bad = [i for i in items if i.error]
    assert len(bad) == 2 and all(i.path is None for i in bad)
    assert any("zip-slip" in (i.error or "") for i in bad) and any("absolute" in (i.error or "") for i in bad)
    assert not (tmp_path / "escape.txt").exists() and not list(tmp_path.parent.glob("escape.txt"))


def test_symlinks_in_tar_and_zip(tmp_path: Path) -> None:
    t = make_tar(tmp_path / "l.tgz", {"ok.txt": b"ok"}, symlinks={"pw.txt": "/etc/passwd"})
    z = add_zip_symlink(make_zip(tmp_path / "l.zip", {"ok.txt": b"ok"}), "pw.txt", "/etc/passwd")
    items = list(iter_inputs([t, z], tmp_path / "w"))
    errs = {i.display_name: i.error for i in items}
    assert errs == {
        "l.tgz/ok.txt": None,
        "l.tgz/pw.txt": "symbolic link skipped",
        "l.zip/ok.txt": None,
        "l.zip/pw.txt": "symbolic link skipped",
    }


def test_zip_bomb_and_limits(tmp_path: Path) -> None:
    z = make_zip_bomb(tmp_path / "bomb.zip")
    items = list(iter_inputs([z], tmp_path / "w"))
    errs = {i.display_name: i.error for i in items}
    assert "bomb" in (errs["bomb.zip/plan.txt"] or "")
    assert errs["bomb.zip/ok.txt"] is None
    many = make_zip(tmp_path / "many.zip", {f"f{i:02d}.txt": b"x" for i in range(5)})
    items = list(iter_inputs([many], tmp_path / "w2", limits=ArchiveLimits(max_members=3)))
    assert [i.error is None for i in items] == [True, True, True, False, False]
    tar_bomb = make_tar(tmp_path / "bomb.tar.gz", {"big.txt": b"\0" * (8 << 20)})
    (item,) = list(iter_inputs([tar_bomb], tmp_path / "w3"))
    assert item.error and "bomb" in item.error


def test_nested_archives_depth(tmp_path: Path) -> None:
    innermost = make_zip(tmp_path / "deepest.zip", {"x.txt": b"x"}).read_bytes()
    inner = make_zip(tmp_path / "inner.zip", {"deep.zip": innermost, "p.txt": b"plan"})
    outer = make_tar(tmp_path / "outer.tar", {"inner.zip": inner.read_bytes()}, gz=False)
    items = list(iter_inputs([outer], tmp_path / "w"))
    errs = {i.display_name: i.error for i in items}
    assert errs["outer.tar/inner.zip/p.txt"] is None
    assert "nested archive" in (errs["outer.tar/inner.zip/deep.zip"] or "")


def test_unsupported_and_missing(tmp_path: Path) -> None:
    f = tmp_path / "x.exe"
    f.write_bytes(b"MZ\x90\x00" + b"\x00\x01" * 100)
    items = list(iter_inputs([f, tmp_path / "missing.pdf"], tmp_path / "w"))
    assert items[0].error is None and items[1].error == "no such file or folder"
    with pytest.raises(IngestError, match="unsupported format"):
        read_document(f)


def test_office_zip_is_not_expanded_and_empty_archive_is_reported(tmp_path: Path) -> None:
    x = make_zip(tmp_path / "sheet.xlsx", {"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"<w/>"})
    e = make_zip(tmp_path / "empty.zip", {})
    items = list(iter_inputs([x, e], tmp_path / "w"))
    assert [(i.display_name, i.error) for i in items] == [
        ("sheet.xlsx", None),
        ("empty.zip", "archive holds no documents"),
    ]
    with pytest.raises(IngestError, match="unsupported format"):
        read_document(x)


def _claim_zip_version(data: bytes, version: int) -> bytes:
    """The zip with every central-directory entry claiming to need ``version`` to extract (108 = "10.8")."""
    out = bytearray(data)
    at = out.find(b"PK\x01\x02")
    while at >= 0:
        out[at + 6:at + 8] = version.to_bytes(2, "little")
        at = out.find(b"PK\x01\x02", at + 4)
    return bytes(out)


def test_zip_needing_an_unknown_version_is_a_clear_error(tmp_path: Path) -> None:
    """Python's zipfile raises NotImplementedError ("zip file version 10.8") for such a central directory:
    a DOCX so damaged is a corrupt DOCX naming the file, an archive a corrupt archive, never a crash."""
    docx = make_docx(tmp_path / "t.docx", PLAN_LINES[:2], [["a", "b"]])
    bad_docx = tmp_path / "bad.docx"
    bad_docx.write_bytes(_claim_zip_version(docx.read_bytes(), 108))
    with pytest.raises(IngestError, match=r"bad\.docx.*corrupt DOCX"):
        read_document(bad_docx)
    bad_zip = tmp_path / "bad.zip"
    bad_zip.write_bytes(_claim_zip_version(make_zip(tmp_path / "ok.zip", {"a.txt": b"Ke hoach"}).read_bytes(), 108))
    items = list(iter_inputs([bad_zip], tmp_path / "w"))
    assert [(i.display_name, i.error) for i in items] == [
        ("bad.zip", "corrupt archive (NotImplementedError: zip file version 10.8)")]


def test_a_member_whose_deflate_stream_is_damaged_is_named_and_the_rest_read(tmp_path: Path) -> None:
    """A zip member whose deflated bytes are damaged (zlib's "invalid stored block lengths", the error the fuzzer found
    in the ODT detection, seed 3438) is an item with its reason; the other members are read."""
    import zipfile

    z = tmp_path / "batch.zip"
    with zipfile.ZipFile(z, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("a.txt", "Kế hoạch số 1 " * 50)
        zf.writestr("b.txt", "Kế hoạch số 2 " * 50)
    data = bytearray(z.read_bytes())
    at = 30 + len("a.txt")  # (a.txt's deflated bytes: a stored block whose lengths disagree)
    data[at:at + 5] = b"\x00\x05\x00\x05\x00"
    z.write_bytes(bytes(data))
    items = {i.display_name: i for i in iter_inputs([z], tmp_path / "work")}
    assert items["batch.zip/a.txt"].error is not None and "cannot extract" in items["batch.zip/a.txt"].error
    assert items["batch.zip/b.txt"].error is None
