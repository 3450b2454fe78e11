"""A document's repair does not depend on the documents the same process repaired before it.

A batch worker reads many files in one process, and the decoder keeps caches across documents (token
candidates, cost rows, the default symbol code's generator): every cached value must be a function of its key
alone, or the same file gives different JSON in different batches."""

from __future__ import annotations

from pathlib import Path

from vetplan.normalize import decode, normalize_text
from vetplan.normalize import pipeline as P
from vetplan.normalize.lexicon import get_lexicon
from vetplan.normalize.synth import strip_diacritics, substitution_code

#: a line of benchmarks/official_plans.py seed 1102 in its symbol code: "Sở Nông nghiệp và Phát triển nông thôn", two
#: of its words glued to the next ("nghi{pv,r", "nongth\\ln")
CODED_AGENCY_LINE = (
    "S(r Lao d@ng -Th|Qng binh va X{ h@i ch{ tru,phCi h(rp v\\li S(r N\\lNg nghi{pv,r Ph<t trien nongth\\ln tfi chuc "
    "c<c lop d@o tao ngh{ cho ngu>i lao d|ng t$ thang 2 den th<ng 3/2024."
)


def _table_learning_pass(earlier: list[str]) -> list[str]:
    """The readings of the code's first (table-learning) pass over the line, in a fresh process that first read the
    tokens ``earlier`` (as an earlier document of the same code would have)."""
    lex = get_lexicon(None)
    decode.clear_caches(lex)
    ch = decode.default_subst_channel()
    if earlier:
        decode.generator_for(lex, ch).prefetch(earlier)
    results, _n, _gen = P._decode_lines([CODED_AGENCY_LINE], [0], "substitution", lex, ch, {}, context=False)
    decode.clear_caches(lex)
    return [reading for _s, _e, _tok, reading, _margin in results[0]]


def test_a_glued_name_is_read_the_same_whatever_was_read_before() -> None:
    """The glued words of an agency's name ("nghi{pv,r Ph<t trien nongth\\ln": nghiệp và … nông thôn) are read from
    their parts' readings, and these parts had been taken only when the generator happened to hold them: an earlier
    document that read "nghi{p" and "v,r" made the first pass read the name, a fresh process not, and the learned
    symbol table — and the plan's title — changed with the batch's order (seed 1102 after 1061–1070: "nông thôn năm
    2024" read, alone "nông thôn 2024")."""
    lex = get_lexicon(None)
    gen = decode.Generator(lex, decode.default_subst_channel())
    toks = P._tokens(CODED_AGENCY_LINE, "substitution", [])
    parts = [part for _s, _e, tok in toks for cut in gen.split_cuts(P._prep(tok, "substitution")) or ()
             for part in cut]
    assert parts
    fresh = _table_learning_pass([])
    assert fresh == _table_learning_pass(parts)
    assert "nông thôn" in fresh and "nghiệp và" in fresh


def test_a_document_reads_the_same_alone_and_after_others(samples_dir: Path) -> None:
    """Whole documents of each damage kind: repaired in a fresh process, and after documents of every kind (the same
    symbol code among them), the text and every recorded change are the same."""
    lex = get_lexicon(None)
    clean = [(samples_dir / name).read_text(encoding="utf-8").split("\n")[:120]
             for name in ("002_3303c71ebc34c61c.txt", "003_6086171514853b72.txt")]
    eng = (samples_dir / "000_663358d11c2db32e.txt").read_text(encoding="utf-8").split("\n")
    docs = {
        "code": substitution_code("\n".join(clean[0]), 7),
        "stripped": strip_diacritics("\n".join(clean[0])),
        "eng": "\n".join(eng[80:160]),
    }
    before = [substitution_code("\n".join(clean[1]), 7), strip_diacritics("\n".join(clean[1])), "\n".join(eng[:80])]
    for name, doc in docs.items():
        decode.clear_caches(lex)
        alone = normalize_text(doc)
        decode.clear_caches(lex)
        for other in (*before, *docs.values()):
            normalize_text(other)
        after = normalize_text(doc)
        assert after.text == alone.text, name
        assert after.changes == alone.changes, name
    decode.clear_caches(lex)


def test_emptying_the_memos_changes_no_result(samples_dir: Path, monkeypatch) -> None:
    """A batch worker's memos of tokens and candidates outlive a document: a generator's are emptied past
    ``GENERATOR_MEMO_LIMIT`` entries before every pass, and every token memo is cut back to ``CARRY_LIMIT`` (or
    ``CARRY_LIMIT_SMALL``) entries before every document (their memory over a long batch). Emptied each time, the
    repair of each damage kind is the same."""
    lex = get_lexicon(None)
    clean = (samples_dir / "002_3303c71ebc34c61c.txt").read_text(encoding="utf-8").split("\n")[:80]
    eng = (samples_dir / "000_663358d11c2db32e.txt").read_text(encoding="utf-8").split("\n")[:80]
    docs = [substitution_code("\n".join(clean), 3), "\n".join(eng), strip_diacritics("\n".join(clean))]
    decode.clear_caches(lex)
    kept = [normalize_text(doc) for doc in docs]
    monkeypatch.setattr(P, "GENERATOR_MEMO_LIMIT", -1)
    monkeypatch.setattr(decode, "CARRY_LIMIT", -1)
    monkeypatch.setattr(decode, "CARRY_LIMIT_SMALL", -1)
    decode.clear_caches(lex)
    emptied = [normalize_text(doc) for doc in docs + docs]
    decode.clear_caches(lex)
    assert [r.text for r in emptied] == [r.text for r in kept + kept]
    assert [r.changes for r in emptied] == [r.changes for r in kept + kept]


def _memo_sizes(lex) -> dict[str, int]:  # noqa: ANN001
    """Entries of every memo :func:`decode.trim_caches` bounds, by name."""
    sizes = {}
    for key in (*decode.TOKEN_MEMOS_PER_KIND, *decode.SMALL_MEMOS_PER_KIND):
        for kind, memo in (lex.__dict__.get(key) or {}).items():
            sizes[f"{key}[{kind}]"] = len(memo)
    for key in (*decode.TOKEN_MEMOS, *decode.SMALL_MEMOS):
        sizes[key] = len(lex.__dict__.get(key) or {})
    for ch in (decode.load_eng_channel(), decode.stripped_channel(), decode.default_subst_channel()):
        sizes[f"{ch.name}._rows"] = len(ch.__dict__.get("_rows") or {})
        sizes[f"{ch.name}._word_costs"] = len(ch.__dict__.get("_word_costs") or {})
        gen = ch.__dict__.get("_generator")
        if gen is not None:
            sizes[f"{ch.name}.cache"] = len(gen.cache)
            for name, memo in gen.memos.items():
                if isinstance(memo, dict):
                    sizes[f"{ch.name}.{name}"] = len(memo)
    return sizes


def test_what_a_document_leaves_to_the_next_is_bounded(samples_dir: Path, monkeypatch) -> None:
    """A long batch worker's memory: the token memos the documents before it filled hold at most ``CARRY_LIMIT``
    entries when a document starts (those of small entries, candidates and word pairs, ``CARRY_LIMIT_SMALL``),
    however many documents of whatever kinds came before. (One worker over 1,350 plans had grown to 523 MB.)"""
    lex = get_lexicon(None)
    clean = (samples_dir / "002_3303c71ebc34c61c.txt").read_text(encoding="utf-8").split("\n")[:120]
    eng = (samples_dir / "000_663358d11c2db32e.txt").read_text(encoding="utf-8")
    decode.clear_caches(lex)
    for doc in (eng, substitution_code("\n".join(clean), 5), strip_diacritics("\n".join(clean))):
        normalize_text(doc)
    monkeypatch.setattr(decode, "CARRY_LIMIT", 40)
    monkeypatch.setattr(decode, "CARRY_LIMIT_SMALL", 400)
    filled = _memo_sizes(lex)
    small = {n for n in filled if n.split("[")[0].split(".")[-1] in (*decode.SMALL_MEMOS, *decode.SMALL_MEMOS_PER_KIND)
             or n.endswith("._word_costs")}
    assert sum(n > 400 for n in filled.values()) >= 5  # (the documents filled them)
    assert any(filled[n] > 400 for n in small) and any(filled[n] > 40 for n in filled if n not in small)
    # a next document, of ten words: what it finds is bounded, and what it adds is its own
    normalize_text("Ke hoach trien khai giao duc nghe nghiep nam 2024", damage="stripped")
    left = _memo_sizes(lex)
    decode.clear_caches(lex)
    assert {n: k for n, k in left.items() if k > (400 if n in small else 40) + 30} == {}
