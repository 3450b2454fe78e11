"""``vetplan lexicon learn`` builds a local model from the user's clean plans, and later runs use it."""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

CLEAN = (
    "Trường Cao đẳng nghề Việt Xô số 1 phối hợp với xã Thạch Hòa tổ chức lớp sơ cấp nghề mộc mỹ nghệ.\n"
    "Ủy ban nhân dân xã Thạch Hòa giao Trường Cao đẳng nghề Việt Xô số 1 chủ trì thực hiện.\n"
)
STRIPPED = "Truong Cao dang nghe Viet Xo so 1 phoi hop voi xa Thach Hoa to chuc lop so cap nghe moc my nghe.\n"


def _run(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "vetplan", *args], capture_output=True, text=True, env=env,
                          timeout=300)


def test_learned_lexicon_is_used_by_later_runs(tmp_path: Path) -> None:
    archive = tmp_path / "clean"
    archive.mkdir()
    for i in range(5):
        (archive / f"plan{i}.txt").write_text(CLEAN * 4, encoding="utf-8")
    damaged = tmp_path / "scan.txt"
    damaged.write_text(STRIPPED, encoding="utf-8")
    env = dict(os.environ)
    env["VETPLAN_CACHE"] = env.get("VETPLAN_CACHE") or str(Path.home() / ".cache" / "vetplan")
    env["HOME"] = str(tmp_path / "home")
    env.pop("VETPLAN_LEXICON", None)

    before = _run(["normalize", str(damaged)], env)
    assert before.returncode == 0, before.stderr

    learned = _run(["lexicon", "learn", str(archive)], env)
    assert learned.returncode == 0, learned.stderr
    stats = json.loads(learned.stdout)
    target = tmp_path / "home" / ".local" / "share" / "vetplan" / "lexicon.json"
    assert Path(stats["lexicon"]) == target and target.is_file()
    assert stats["files"] == 5 and stats["bigrams"] > 0

    after = _run(["normalize", str(damaged)], env)
    assert after.returncode == 0, after.stderr
    assert "Việt Xô" in after.stdout and "xã Thạch Hòa" in after.stdout
    assert after.stdout != before.stdout, "the learned lexicon changed nothing"
    assert after.stdout.count("\n") == STRIPPED.count("\n")
    from vetplan.normalize import normalize_text

    used = normalize_text(STRIPPED, lexicon_path=str(target))  # (from Python: a model it can use, no warning)
    assert used.warnings == [] and "Việt Xô" in used.text


def test_lexicon_learn_rejects_a_missing_folder(tmp_path: Path) -> None:
    proc = _run(["lexicon", "learn", str(tmp_path / "nope")], dict(os.environ))
    assert proc.returncode == 2 and "not a folder" in proc.stderr


def test_normalize_reports_changes_and_a_clear_error_for_bad_files(tmp_path: Path) -> None:
    damaged = tmp_path / "scan.txt"
    damaged.write_text("S6: 73/KH-UBND\nKé hoach trién khai\n", encoding="utf-8")
    proc = _run(["normalize", str(damaged), "--changes"], dict(os.environ))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines()[0] == "Số: 73/KH-UBND"
    assert proc.stdout.splitlines()[1] == "Kế hoạch triển khai"
    changes = [json.loads(line) for line in proc.stderr.splitlines() if line.startswith("{")]
    assert any(c["original"] == "S6" and c["replacement"] == "Số" and c["line"] == 1 for c in changes)
    assert any(c["original"] == "trién" and c["replacement"] == "triển" and c["line"] == 2 for c in changes)
    missing = _run(["normalize", str(tmp_path / "missing.txt")], dict(os.environ))
    assert missing.returncode == 1 and "missing.txt" in missing.stderr
    folder = _run(["normalize", str(tmp_path)], dict(os.environ))
    assert folder.returncode == 2 and f"{tmp_path} is a folder" in folder.stderr and "ingest" in folder.stderr


def test_a_learned_lexicon_is_merged_once_then_loaded_from_the_cache(tmp_path: Path, monkeypatch) -> None:
    """The base + local merge is pickled keyed by the local model's bytes: a later process loads the
    same lexicon; a changed model gets its own merge; both decode Tesseract-eng text the same way."""
    from vetplan.normalize import lexicon, normalize_text
    from vetplan.normalize.decode import clear_caches

    monkeypatch.setenv("VETPLAN_CACHE", str(tmp_path / "cache"))
    archive = tmp_path / "clean"
    archive.mkdir()
    (archive / "plan.txt").write_text(CLEAN * 4, encoding="utf-8")
    model = tmp_path / "lexicon.json"
    lexicon.learn_lexicon(str(archive), str(model))
    lexicon.get_lexicon.cache_clear()
    first = lexicon.get_lexicon(str(model))
    text = normalize_text("Truong Cao dang nghé Viét Xo s6 1 phéi hop véi xa Thach Hoa",
                          lexicon_path=str(model)).text
    merged = list((tmp_path / "cache").glob("merged-*.pkl"))
    assert len(merged) == 1 and first.__dict__["_fingerprint"] == merged[0].name
    lexicon.get_lexicon.cache_clear()  # as a new process would
    clear_caches(first)
    again = lexicon.get_lexicon(str(model))
    assert again is not first and again.uni == first.uni and again.bigrams() == first.bigrams()
    damaged = "Truong Cao dang nghé Viét Xo s6 1 phéi hop véi xa Thach Hoa"
    assert normalize_text(damaged, lexicon_path=str(model)).text == text
    assert text == "Trường Cao đẳng nghề Việt Xô số 1 phối hợp với xã Thạch Hòa"
    edited = model.read_text(encoding="utf-8").replace("thạch", "thạnh")
    assert edited != model.read_text(encoding="utf-8")
    model.write_text(edited, encoding="utf-8")
    lexicon.get_lexicon.cache_clear()
    lexicon.get_lexicon(str(model))
    assert len(list((tmp_path / "cache").glob("merged-*.pkl"))) == 2
    lexicon.get_lexicon.cache_clear()


def _clean_plan(place: str) -> str:
    return (CLEAN + f"Ủy ban nhân dân huyện {place} phối hợp tổ chức đào tạo nghề cho lao động nông thôn.\n") * 3


def test_learn_reads_every_clean_format_and_leaves_damaged_text_out(tmp_path: Path, sample_files: list[Path]) -> None:
    """Text in a legacy encoding, a DOCX, a member of an archive are learned from; a stripped text, an OCR-eng
    text, a page image and a scanned PDF are left out, each named with its reason; the model is the one the four
    clean texts make."""
    from builders import OCR_PAGES, encode_text, make_docx, make_image_pdf, make_png, make_zip

    from vetplan.normalize import learn_from_texts
    from vetplan.normalize.synth import strip_diacritics

    archive = tmp_path / "archive"
    (archive / "old").mkdir(parents=True)
    texts = {"a.txt": _clean_plan("Mèo Vạc"), "old/b.txt": _clean_plan("Đồng Văn"),
             "c.docx": _clean_plan("Yên Minh"), "d.zip/d.txt": _clean_plan("Quản Bạ")}
    (archive / "a.txt").write_text(texts["a.txt"], encoding="utf-8")
    (archive / "old" / "b.txt").write_bytes(encode_text(texts["old/b.txt"], "tcvn3"))
    make_docx(archive / "c.docx", texts["c.docx"].splitlines(), [])
    make_zip(archive / "d.zip", {"d.txt": texts["d.zip/d.txt"].encode()})
    (archive / "stripped.txt").write_text(strip_diacritics(_clean_plan("Bắc Mê")), encoding="utf-8")
    eng = next(f for f in sample_files if f.name.startswith("000_"))  # (Tesseract-eng's reading of a scan)
    (archive / "eng.txt").write_text(eng.read_text(encoding="utf-8"), encoding="utf-8")
    make_png(archive / "scan.png", OCR_PAGES[0])
    make_image_pdf(archive / "scan.pdf", [OCR_PAGES[1]])

    model = tmp_path / "model.json"
    proc = _run(["lexicon", "learn", str(archive), "-o", str(model)], dict(os.environ))
    assert proc.returncode == 0, proc.stderr
    stats = json.loads(proc.stdout)
    assert stats["files"] == 4 and stats["partly_clean"] == []
    assert {s["file"] for s in stats["skipped"]} == {"stripped.txt", "eng.txt", "scan.png", "scan.pdf"}
    for name, why in (("stripped.txt", "stripped of its marks"), ("eng.txt", "wrong language model"),
                      ("scan.png", "needs OCR"), ("scan.pdf", "text layer")):
        assert any(ln.startswith(f"vetplan: {name}: ") and why in ln for ln in proc.stderr.splitlines()), name

    expected = tmp_path / "expected.json"
    learn_from_texts(sorted(texts.items()), str(expected))
    got, want = json.loads(model.read_text(encoding="utf-8")), json.loads(expected.read_text(encoding="utf-8"))
    assert got["uni"] == want["uni"] and sorted(got["tri"]) == sorted(want["tri"])
    assert "mèo" in got["uni"] and "quản" in got["uni"] and "bac" not in got["uni"]


def test_learn_into_a_folder_or_an_unwritable_place(tmp_path: Path) -> None:
    archive = tmp_path / "clean"
    archive.mkdir()
    (archive / "plan.txt").write_text(_clean_plan("Mèo Vạc"), encoding="utf-8")
    into = tmp_path / "models"
    into.mkdir()
    proc = _run(["lexicon", "learn", str(archive), "-o", str(into)], dict(os.environ))
    assert proc.returncode == 0 and json.loads(proc.stdout)["lexicon"] == str(into / "lexicon.json")
    assert (into / "lexicon.json").is_file()
    (tmp_path / "file").write_text("x", encoding="utf-8")
    bad = _run(["lexicon", "learn", str(archive), "-o", str(tmp_path / "file" / "m.json")], dict(os.environ))
    assert bad.returncode == 1 and "m.json: cannot be written" in bad.stderr and "Traceback" not in bad.stderr


def test_learn_writes_nothing_when_no_text_is_clean(tmp_path: Path) -> None:
    from vetplan.normalize.synth import strip_diacritics

    archive = tmp_path / "archive"
    archive.mkdir()
    (archive / "stripped.txt").write_text(strip_diacritics(_clean_plan("Bắc Mê")), encoding="utf-8")
    (archive / "broken.pdf").write_bytes(b"%PDF-1.4 not really")
    model = tmp_path / "model.json"
    model.write_text("{}", encoding="utf-8")  # an earlier model stays as it was
    proc = _run(["lexicon", "learn", str(archive), "-o", str(model)], dict(os.environ))
    assert proc.returncode == 1
    assert "no clean plan text to learn from" in proc.stderr and f"{model} not written" in proc.stderr
    assert "stripped.txt: its text is stripped of its marks" in proc.stderr and "broken.pdf: " in proc.stderr
    assert model.read_text(encoding="utf-8") == "{}"
    assert {p.name for p in tmp_path.iterdir()} == {"archive", "model.json"}  # (no temporary file left)


def test_a_lexicon_that_cannot_be_used_is_named_never_silently_ignored(tmp_path: Path) -> None:
    """``--lexicon`` naming a file that is no model is a usage error naming it and why; the default one
    (``$VETPLAN_LEXICON``) broken is a warning and the base lexicon alone repairs; from Python the repair goes on
    with the base (it once failed the whole repair, leaving the text NFC-normalised only)."""
    from vetplan.normalize import normalize_text

    damaged = tmp_path / "scan.txt"
    damaged.write_text(STRIPPED, encoding="utf-8")
    bad = {"notjson.json": ("not json", "not JSON"), "list.json": ("[1]", "not a lexicon"),
           "counts.json": ('{"uni": {"a": "x"}}', "a lexicon with malformed counts")}
    env = {k: v for k, v in os.environ.items() if k != "VETPLAN_LEXICON"}
    env["HOME"] = str(tmp_path / "home")
    plain = _run(["normalize", str(damaged)], env)
    assert plain.returncode == 0 and "Trường Cao đẳng" in plain.stdout
    for name, (content, why) in bad.items():
        (tmp_path / name).write_text(content, encoding="utf-8")
        proc = _run(["normalize", str(damaged), "--lexicon", str(tmp_path / name)], env)
        assert proc.returncode == 2 and f"lexicon {tmp_path / name}: {why}" in proc.stderr, proc.stderr
        res = normalize_text(STRIPPED, lexicon_path=str(tmp_path / name))
        assert res.failure is None and "Trường Cao đẳng" in res.text
        assert len(res.warnings) == 1 and res.warnings[0].startswith(f"local lexicon {tmp_path / name}: {why}")
        assert res.warnings[0].endswith("the base lexicon alone was used")  # (it had gone on silently)
    missing = normalize_text(STRIPPED, lexicon_path=str(tmp_path / "none.json"))
    assert len(missing.warnings) == 1 and "none.json: cannot be read" in missing.warnings[0]
    assert normalize_text(STRIPPED).warnings == []
    warned = _run(["normalize", str(damaged)], {**env, "VETPLAN_LEXICON": str(tmp_path / "list.json")})
    assert warned.returncode == 0 and warned.stdout == plain.stdout
    assert f"warning: lexicon {tmp_path / 'list.json'}: not a lexicon" in warned.stderr


def test_lexicon_show_says_which_model_runs_use_and_what_it_holds(tmp_path: Path) -> None:
    archive = tmp_path / "clean"
    archive.mkdir()
    (archive / "plan.txt").write_text(_clean_plan("Mèo Vạc"), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "VETPLAN_LEXICON"}
    env["HOME"] = str(tmp_path / "home")
    none = _run(["lexicon", "show"], env)
    assert none.returncode == 0, none.stderr
    assert json.loads(none.stdout)["lexicon"] is None and json.loads(none.stdout)["base"]["trigrams"] > 100_000
    learned = json.loads(_run(["lexicon", "learn", str(archive)], env).stdout)
    shown = json.loads(_run(["lexicon", "show"], env).stdout)
    assert shown["lexicon"] == learned["lexicon"] and shown["usable"] and shown["problem"] is None
    assert shown["local"] == {k: learned[k] for k in ("unigrams", "bigrams", "trigrams", "abbreviations")}
    (tmp_path / "list.json").write_text("[1]", encoding="utf-8")
    broken = _run(["lexicon", "show", "--lexicon", str(tmp_path / "list.json")], env)
    assert broken.returncode == 1 and json.loads(broken.stdout)["problem"].startswith("not a lexicon")


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=5),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=5), inner, max_size=4),
    max_leaves=12)


@settings(max_examples=150, deadline=None)
@given(st.dictionaries(st.sampled_from(["uni", "bi", "tri", "abbreviations", "names", "num_after", "x"]), _JSON,
                       max_size=5) | _JSON)
@example({"uni": {}, "num_after": {"": {}}})  # (a pair of counts given as a mapping: KeyError had escaped; CI found it)
def test_any_json_is_a_model_or_a_reason_never_a_crash(data: object) -> None:
    """Whatever JSON a lexicon file holds, reading it gives a lexicon or a ``ValueError`` saying what is wrong."""
    import tempfile

    from vetplan.normalize.lexicon import Lexicon, load_model

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "model.json"
        path.write_text(json.dumps(data), encoding="utf-8")
        try:
            lex = load_model(str(path))
        except ValueError as e:
            assert str(e)
            return
    assert isinstance(lex, Lexicon)
    assert all(0 <= c < math.inf for c in [*lex.uni.values(), *lex.bi.values()])


def test_a_model_with_impossible_counts_is_refused(tmp_path: Path) -> None:
    from vetplan.normalize.lexicon import load_model

    for uni in ('{"kế": -1}', '{"kế": Infinity}', '{"kế": NaN}'):
        (tmp_path / "m.json").write_text(f'{{"uni": {uni}}}', encoding="utf-8")
        with pytest.raises(ValueError, match="negative or infinite"):
            load_model(str(tmp_path / "m.json"))


def test_the_plan_records_the_local_lexicon_and_resume_redoes_plans_made_with_another(tmp_path: Path) -> None:
    """A plan says which local lexicon repaired it (path and hash; null: the base alone), one that cannot be used is
    a warning of the plan, and ``--resume`` takes a plan as current only when it was made with the same lexicon."""
    import hashlib

    from vetplan.pipeline import plan_from_file

    archive = tmp_path / "clean"
    archive.mkdir()
    (archive / "plan.txt").write_text(_clean_plan("Mèo Vạc"), encoding="utf-8")
    model = tmp_path / "model.json"
    env = {k: v for k, v in os.environ.items() if k != "VETPLAN_LEXICON"}
    env["HOME"] = str(tmp_path / "home")
    assert _run(["lexicon", "learn", str(archive), "-o", str(model)], env).returncode == 0
    sha = hashlib.sha256(model.read_bytes()).hexdigest()
    damaged = tmp_path / "in" / "scan.txt"
    damaged.parent.mkdir()
    damaged.write_text(STRIPPED * 3, encoding="utf-8")

    plan = plan_from_file(damaged, lexicon_path=model)
    assert plan.normalization.lexicon is not None and plan.normalization.lexicon.sha256 == sha
    assert plan_from_file(damaged).normalization.lexicon is None
    (tmp_path / "list.json").write_text("[1]", encoding="utf-8")
    broken = plan_from_file(damaged, lexicon_path=tmp_path / "list.json")
    assert broken.normalization.lexicon is None
    assert any("list.json: not a lexicon" in w and "base lexicon alone" in w for w in broken.warnings)

    out = tmp_path / "out"
    first = _run(["ingest", str(damaged.parent), "-o", str(out), "-q", "--lexicon", str(model)], env)
    assert first.returncode == 0, first.stderr
    made = json.loads((out / "scan.json").read_text(encoding="utf-8"))
    assert made["normalization"]["lexicon"] == {"path": str(model), "sha256": sha}

    def statuses(*extra: str) -> list[str]:
        proc = _run(["ingest", str(damaged.parent), "-o", str(out), "-q", "--resume", *extra], env)
        assert proc.returncode == 0, proc.stderr
        return [json.loads(ln)["status"] for ln in (out / "manifest.jsonl").read_text(encoding="utf-8").splitlines()]

    assert statuses("--lexicon", str(model)) == ["skipped"]
    assert statuses() == ["ok"]  # (made with the model, asked without one: redone)
    assert json.loads((out / "scan.json").read_text(encoding="utf-8"))["normalization"]["lexicon"] is None
    assert statuses() == ["skipped"]
    older = json.loads((out / "scan.json").read_text(encoding="utf-8"))
    older["schema_version"] = "1.1.0"  # (a plan written before this schema: not current either)
    del older["normalization"]["lexicon"]
    (out / "scan.json").write_text(json.dumps(older, ensure_ascii=False), encoding="utf-8")
    assert statuses() == ["ok"]


def test_a_batch_merges_a_new_local_lexicon_once_in_a_process_of_its_own(tmp_path: Path, monkeypatch) -> None:
    """Before a batch's workers start, a local lexicon not merged yet is merged (and cached) by one short-lived
    process: merged in each worker, it cost every worker both lexicons' memory (peaks of 308–325 MB). (The base
    lexicon on a fresh machine likewise: it is ready when its pickle and its bigram counts are cached.)"""
    import multiprocessing as mp
    import shutil

    from vetplan.batch import _make_lexicon_once
    from vetplan.normalize import lexicon

    (tmp_path / "cache").mkdir()
    base = [f for f in lexicon.cache_dir().glob("lexicon-v*") if f.stem == lexicon._base_cache_key()[:-4]]
    assert lexicon.lexicon_cached(None) and len(base) == 2
    monkeypatch.setenv("VETPLAN_CACHE", str(tmp_path / "cache"))
    assert not lexicon.lexicon_cached(None)
    for f in sorted(base, key=lambda f: f.suffix != ".pkl"):  # (the base lexicon as cached: not built again)
        shutil.copy(f, tmp_path / "cache" / f.name)
        assert lexicon.lexicon_cached(None) == (f.suffix != ".pkl")  # (its pickle alone is not ready)
    archive = tmp_path / "clean"
    archive.mkdir()
    (archive / "plan.txt").write_text(_clean_plan("Mèo Vạc"), encoding="utf-8")
    model = tmp_path / "model.json"
    lexicon.learn_lexicon(str(archive), str(model))
    assert not lexicon.lexicon_cached(str(model))
    loads = lexicon.get_lexicon.cache_info().misses
    _make_lexicon_once(mp.get_context("spawn"), str(model))
    assert lexicon.lexicon_cached(str(model))
    assert lexicon.get_lexicon.cache_info().misses == loads  # (not merged here)
    assert len(list((tmp_path / "cache").glob("merged-*.pkl"))) == 1
