"""Candidate generation (confusion channel + skeleton index) and Viterbi decoding of a line.

Example: with the Tesseract-eng channel, ``"nghé nghiép"`` decodes to ``"nghề nghiệp"``;
with the stripped channel ``"Ke hoach"`` → ``"Kế hoạch"``.

Speed (all exact: outputs do not depend on them): candidate lists are cached per token string on a
generator kept per shared channel (so across documents in one process); a region's tokens are scored
in one vectorised pass (:meth:`BatchCoster.costs_many`, numpy optional); the Viterbi splits the LM
into a per-context backoff plus the bigrams seen in training (:meth:`Lexicon.lm_row`), so only seen
pairs are looked up. On disk (``$VETPLAN_CACHE``, beside the pickled lexicon, which carries the LM rows
and the skeletons' deletion index): :func:`likely_eng_candidates`, the candidates of the likeliest
Tesseract-eng tokens, so a fresh process starts warm. :func:`clear_caches` drops every cross-document
cache in memory (cold timings).
"""

from __future__ import annotations

import json
import math
import os
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Set
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from heapq import nsmallest
from itertools import chain, compress, islice
from pathlib import Path
from typing import Any

try:  # optional: vectorised channel costs (identical results without it, only slower)
    import numpy as _np
except ImportError:  # pragma: no cover - numpy is not a declared dependency
    _np = None  # type: ignore[assignment]

from .lexicon import (
    ABBR_MARK,
    DERIVED_TABLES,
    PICKLED_TABLES,
    SELF_REPEAT,
    Lexicon,
    cache_dir,
    deletions,
    older_than_newest,
    read_pickle,
    write_pickle,
)
from .syllable import canonical, is_valid_syllable, skeleton, split_tone

DATA_DIR = Path(__file__).resolve().parent / "data"
VOWELS = set("aăâeêioôơuưyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ")
PLAIN_VOWELS = set("aeiouy")
#: letters no Vietnamese word has: in a symbol code they are stand-ins ("tjch" tịch, "Djk" Đắk)
NON_VIETNAMESE_LETTERS = "fjwz"
# one mark above and nothing else (á, à, â, ă): a symbol-substituting engine reads these as the bare
# letter; its stand-ins hide stacked marks, a dot below or a horn at the side (ệ, ấ, ọ, ư)
ONE_MARK_VOWELS = {v for v in VOWELS if len(unicodedata.normalize("NFD", v)) == 2
                   and unicodedata.normalize("NFD", v)[1] not in "\u0323\u031b"}
ONE_MARK_SYMBOL = float(os.environ.get("VETPLAN_ONE_MARK", "1.5"))
BAND = 6.0  # candidates costing more than the best + BAND are dropped
WORDS_PER_SKELETON = int(os.environ.get("VETPLAN_WORDS_PER_SKELETON", "8"))  # most frequent forms per skeleton
SPLIT_TOP = int(os.environ.get("VETPLAN_SPLIT_TOP", "5"))  # cheapest candidates per part of a lost-space split
SPLIT_COMMON = int(os.environ.get("VETPLAN_SPLIT_COMMON", "3"))  # + likeliest (cost − log-frequency) per part
MAX_SPLIT_LEN = 24  # tokens longer than this are not read as two words (noise; the cuts grow with length)
#: a symbol-coded token this long whose second part, this long and read as no one syllable, may be two words: three
#: words that lost both spaces (their THREE_WORD_TOP best two-word readings); seven marks hold three short words
#: ("vaXah9i": và Xã hội, read "và hội" when only tokens of nine were tried)
THREE_WORD_TOKEN, THREE_WORD_PART, THREE_WORD_TOP = 7, 5, 3
SPLIT_COST = 1.5  # nats: a lost space
INNER_CAPITAL_CUT = float(os.environ.get("VETPLAN_INNER_CAPITAL_CUT", "0.5"))  # … before a capital inside an OCR'd
# token (and this much more for a cut after one)
ONE_SYLLABLE_SURE = 2.5  # nats: a token (or a split's part) read as one syllable this cheaply is not split
SPLIT_KEEP = int(os.environ.get("VETPLAN_SPLIT_KEEP", "10"))  # two-word readings kept per token
COMMON_TOKENS = int(os.environ.get("VETPLAN_COMMON_TOKENS", "4000"))  # likely_eng_tokens of this many words
MAX_SKELETONS = int(os.environ.get("VETPLAN_MAX_SKELETONS", "40"))
STRIP_TOP = int(os.environ.get("VETPLAN_STRIP_TOP", "8"))
#: channels whose candidates are the forms of the token's skeleton (no edit-distance costing)
SKELETON_CHANNELS = ("stripped", "ocr_vie")
#: nats per letter whose marks a reading changes in text OCR'd with the Vietnamese model (see ocr_vie_channel)
VIE_MARK_COST = float(os.environ.get("VETPLAN_VIE_MARK_COST", "3.0"))
W_HORN = 1.0  # cost of reading "w" as a u-horn vowel in symbol code (its shape; Tesseract-eng does it too)
STRIP_FLOOR = float(os.environ.get("VETPLAN_STRIP_FLOOR", "9"))
# multi-character stand-ins of a symbol code ("V\\l" vụ, "c<;>c" các, "Phfin" Phấn, "(rng" ứng; a capital Ạ as "';'",
# sample 004's "KEHO';'CH")
SUBST_GROUPS = re.compile(r"\\[lL]'|\\[lL]|l,r|,r|<;>|l\}|(?<=[A-Z])[IT]\)|\\T|fi|\(r|(?<=[A-Z])';'")
#: each group's own stand-in mark for the channel (private-use characters): "\\l" and "<;>" may stand for
#: different letters in one document (ụ and à), so they must not share one mark
GROUP_MARKS = {g: chr(0xE000 + k) for k, g in enumerate(
    ("\\l'", "\\l", "l,r", ",r", "<;>", "l}", "I)", "T)", "\\T", "fi", "(r", "ir", "il", "ii", "';'"))}
# (a group in capitals is the same group: "HUY~N MT\\L'ANG CHA" is Mường Chà, as "Mlwang" and "Th\\l'ic" write its ư
# — sample 004's code on fresh seeds 12834 and 12955 code004, each issuer's place had been read as other words)
GROUP_MARKS |= {"\\L'": GROUP_MARKS["\\l'"], "\\L": GROUP_MARKS["\\l"]}
#: a vowel a symbol code writes as two small letters no Vietnamese syllable has together: "ir" (ứ: "cir" cứ, "chirc"
#: chức), "il" (ù: "phil" phù, "cilng" cùng) — not before a vowel, where the "l" or "r" opens the next word of a lost
#: space ("thira": thì ra), but for an "e" that ends the word, the code's c ("chire" chức); "ii" before a vowel (ủ:
#: "ciia" của; at a word's end it is as often a stand-in "i" beside a real one, "tii" tới, as "Thii" Thủ; after g
#: the i is gi's, "giia" giữa)
LETTER_GROUPS = re.compile(r"i[lr](?![aiouyAIOUY]|[eE]\w)|(?<![gG])ii(?=[aeouyAEOUY])")  # (before a y too: "Thiiy"
# Thủy, "Tiiy" Tủy — fresh seed 3860 code004, the signer read "Thiện")
#: … and before a vowel, where they are as often a lost space's letters ("thira" thì ra, "vira" vừa): a reading beside
#: the letters' (see pipeline._other_readings)
LETTER_GROUP_BEFORE_A_VOWEL = re.compile(r"i[lr](?=[aiouy])")
U_STROKES = frozenset(GROUP_MARKS[g] for g in ("ir", "il", "ii"))  # the marks of those groups: a u-vowel, most likely
U_STROKES_COST = float(os.environ.get("VETPLAN_U_STROKES", "2.0"))  # (1.5: dev −0.02)
MARK_SET = frozenset(GROUP_MARKS.values())
GROUP_POOL = 1.0  # (1, 3 and 10 within 0.03 on the symbol-code dev set)
SYMBOLS = set("~@?\\<>{}^$|§¢&()[];,'!*%#0123456789") | MARK_SET
# skeleton guesses for OCR symbols/digits (a symbol usually hides a vowel)
SYMBOL_SKEL = {
    "6": "o", "0": "o", "9": "o", "§": "o", "¢": "e", "@": "e", "~": "e", "?": "a", "&": "a",
    "1": "l", "|": "l", "4": "a", "$": "s", "5": "s", "3": "e", "€": "e",
} | {m: "o" for m in MARK_SET} | {m: "u" for m in U_STROKES}  # (a u's strokes)


def _strokes_as_i(o: str) -> str | None:
    """A Tesseract-eng token's skeleton guess with an i for each "1" or "|" after its first letter, and for an "l" that
    ends it after another letter — the i's dot joined to its stroke: ``"hd1"`` → "hdi" (hội), ``"HQl"`` → "hqi" (HỘI);
    no syllable has an l but the one it opens with. None where there is none, or the token is all strokes
    ("Ill" III)."""
    if len(o) < 2 or not o[0].isalpha() or set(o) <= set("Il1|i"):
        return None
    base: list[str] = []
    changed = False
    for k, c in enumerate(o):
        if k and (c in "1|" or (c in "lL" and k == len(o) - 1 and o[k - 1] not in "lLI1|")):
            base.append("i")
            changed = True
        elif c.isalpha():
            base.append(skeleton(c))
        elif c in SYMBOL_SKEL:
            base.append(SYMBOL_SKEL[c])
    return "".join(base) if changed else None


@dataclass
class Channel:
    """Weighted edit costs −log P(ocr | truth) for one damage kind (plus a per-document table)."""

    name: str
    sub: dict[tuple[str, str], float] = field(default_factory=dict)
    dele: dict[str, float] = field(default_factory=dict)
    ins: dict[str, float] = field(default_factory=dict)
    diac_cost: float = 1.5  # truth and ocr differ only in diacritics
    sym_vowel: float = 3.0
    sym_other: float = 5.0
    letter: float = 5.5
    vowel: float = 5.5  # one vowel read as another (ơ→a, ư→u+…)
    del_cost: float = 4.0
    ins_sym: float = 3.0
    ins_letter: float = 4.5
    #: per OCR symbol, the least a vowel it was not seen for costs (a document's own code, see
    #: :func:`learn_symbol_floors`)
    floors: dict[str, float] = field(default_factory=dict)

    def c_sub(self, t: str, o: str) -> float:
        if t == o:
            return self.sub.get((t, o), 0.0)
        c = self.sub.get((t, o))
        if o.isupper() and o.lower() == t:
            g = 0.3
        elif (o.isupper() or o in NON_VIETNAMESE_LETTERS) and self.name == "substitution":
            g = self.sym_vowel if t in VOWELS else self.sym_other
            if t in PLAIN_VOWELS:
                g += 1.5
            elif o == "w" and skeleton(t) == "u":
                g = W_HORN  # "w" is the shape of ư (u with its horn): "twang" = tướng
        elif skeleton(t) == skeleton(o) and o.isalpha():
            g = self.diac_cost
        elif o in SYMBOLS or o.isdigit() or not o.isalpha():
            g = self.sym_vowel if t in VOWELS else self.sym_other
            if self.name == "substitution":
                if o in U_STROKES and t in VOWELS and skeleton(t) == "u":
                    g = U_STROKES_COST  # ("cir" cứ, "phil" phù: the strokes of a u, or of ư and its horn)
                elif t in PLAIN_VOWELS:
                    g += 1.5
                elif t in ONE_MARK_VOWELS:
                    g += ONE_MARK_SYMBOL
        elif t in VOWELS and o in VOWELS:
            g = self.vowel
        else:
            g = self.letter
        if self.floors and t in VOWELS and (f := self.floors.get(o)) is not None and f > g:
            g = f
        return g if c is None else min(c, g)

    def c_del(self, t: str) -> float:
        return self.dele.get(t, self.del_cost)

    def c_ins(self, o: str) -> float:
        c = self.ins.get(o)
        g = self.ins_letter if o.isalpha() else self.ins_sym
        return g if c is None else min(c, g)

    def cost(self, truth: str, ocr: str, limit: float = math.inf) -> float:
        """Weighted edit distance ``truth`` → ``ocr`` (both lower case); beyond ``limit`` only a bound."""
        return _wed(self, truth, ocr, limit)

    def align(self, truth: str, ocr: str) -> list[tuple[str, str]]:
        """Best alignment pairs (truth char or '', ocr char or '')."""
        n, m = len(truth), len(ocr)
        # the channel's costs once per character (memoised on the channel, as the edit distance reads them)
        per_o = _ocr_rows(self, ocr)
        _first, ins = per_o[""]
        rows = []  # per truth character: (its deletion cost, its substitution cost by each OCR character)
        for t in truth:
            row = per_o.get(t)
            if row is None:
                row = per_o[t] = _cost_row(self, t, ocr)
            rows.append(row)
        d = [[0.0] * (m + 1) for _ in range(n + 1)]
        for i in range(1, n + 1):
            d[i][0] = d[i - 1][0] + rows[i - 1][0]
        for j in range(1, m + 1):
            d[0][j] = d[0][j - 1] + ins[j - 1]
        for i in range(1, n + 1):
            up, cur = d[i - 1], d[i]
            dl, subs = rows[i - 1]
            for j in range(1, m + 1):
                cur[j] = min(up[j - 1] + subs[j - 1], up[j] + dl, cur[j - 1] + ins[j - 1])
        out: list[tuple[str, str]] = []
        i, j = n, m
        while i > 0 or j > 0:
            if i > 0 and j > 0 and abs(d[i][j] - d[i - 1][j - 1] - rows[i - 1][1][j - 1]) < 1e-9:
                out.append((truth[i - 1], ocr[j - 1]))
                i, j = i - 1, j - 1
            elif i > 0 and abs(d[i][j] - d[i - 1][j] - rows[i - 1][0]) < 1e-9:
                out.append((truth[i - 1], ""))
                i -= 1
            else:
                out.append(("", ocr[j - 1]))
                j -= 1
        return out[::-1]


def _wed(ch: Channel, truth: str, ocr: str, limit: float = math.inf) -> float:
    """Weighted edit distance with memoised per-character costs.

    Above ``limit`` the search stops early and returns a value that is only known to exceed ``limit``
    (every row minimum is a lower bound of the final cost: costs are non-negative).
    """
    per_o = _ocr_rows(ch, ocr)
    first, ins = per_o[""]
    m = len(ocr)
    prev = first
    rng = range(m)
    for t in truth:
        row = per_o.get(t)
        if row is None:
            row = per_o[t] = _cost_row(ch, t, ocr)
        dl, subs = row
        left = prev[0] + dl
        cur = [left]
        lo = left
        for j in rng:
            a = prev[j] + subs[j]
            b = prev[j + 1] + dl
            c = left + ins[j]
            left = a if a < b and a < c else (b if b < c else c)
            cur.append(left)
            if left < lo:
                lo = left
        if lo > limit:
            return lo
        prev = cur
    return prev[m]


def _ocr_rows(ch: Channel, ocr: str) -> dict:
    """Per-OCR-string cost rows of a channel: ``""`` → (first DP row, insertion costs), t → (del, subs)."""
    rows: dict[str, dict[str, tuple[list[float], list[float]]]] = ch.__dict__.setdefault("_rows", {})
    per_o = rows.get(ocr)
    if per_o is None:
        if len(rows) > 50_000:
            rows.clear()
        per_o = rows[ocr] = {}
        first = [0.0] * (len(ocr) + 1)
        ins = [ch.c_ins(o) for o in ocr]
        for j in range(1, len(ocr) + 1):
            first[j] = first[j - 1] + ins[j - 1]
        per_o[""] = (first, ins)
    return per_o


def _cost_row(ch: Channel, t: str, ocr: str) -> tuple[float, list[float]]:
    """(deletion cost of t, substitution cost of t by each OCR char), from a per-channel memo."""
    memo = ch.__dict__.setdefault("_memo", {})
    subs = []
    for o in ocr:
        v = memo.get((t, o))
        if v is None:
            v = memo[(t, o)] = ch.c_sub(t, o)
        subs.append(v)
    dl = memo.get((t, ""))
    if dl is None:
        dl = memo[(t, "")] = ch.c_del(t)
    return dl, subs


def word_cost(ch: Channel, truth: str, ocr: str) -> float:
    """``ch.cost(truth, ocr)``, memoised on the channel (dropped by :func:`clear_caches` with its other memos)."""
    return memo_get(ch.__dict__.setdefault("_word_costs", {}), (truth, ocr), lambda _key: ch.cost(truth, ocr),
                    limit=50_000)


class BatchCoster:
    """Channel costs of many lexicon words against one OCR string at once (numpy, bit-identical to
    :func:`_wed`: the same float64 additions and minima in the same order).

    Words are pre-coded over the lexicon's alphabet; per OCR character a column of substitution
    costs is cached, so a call is a gather plus a (word length × OCR length) loop of vector ops.
    """

    _coded: dict[tuple[str, ...], tuple] = {}  # word list → its coding (shared by all channels)
    _last: tuple = (None, None)  # the word tuple coded last and its coding (the same tuple: no hashing)

    def __init__(self, ch: Channel, words: list[str] | tuple[str, ...]) -> None:
        np = _np
        self.ch = ch
        key = words if isinstance(words, tuple) else tuple(words)
        last, coded = BatchCoster._last
        if last is not key:
            coded = BatchCoster._coded.get(key)
        if coded is None:
            coded = word_coding(key)
            BatchCoster._coded.clear()
            BatchCoster._coded[key] = coded
        BatchCoster._last = (key, coded)
        self.alphabet, self.code, self.word_id, self.codes, self.lens = coded
        self.dels = np.array([ch.c_del(t) for t in self.alphabet])
        self.cols: dict[str, object] = {}
        self.ocr_cols: dict[str, tuple[list, list[float], list[float]]] = {}

    def _col(self, o: str):  # noqa: ANN202 - numpy array
        col = self.cols.get(o)
        if col is None:
            col = self.cols[o] = _np.array([self.ch.c_sub(t, o) for t in self.alphabet])
        return col

    def _ocr_columns(self, ocr: str) -> tuple[list, list[float], list[float]]:
        """An OCR string's cost columns (one per character) with its first DP row and insertion costs."""
        got = self.ocr_cols.get(ocr)
        if got is None:
            if len(self.ocr_cols) > 50_000:
                self.ocr_cols.clear()
            first, ins = _ocr_rows(self.ch, ocr)[""]
            got = self.ocr_cols[ocr] = ([self._col(o) for o in ocr], first, ins)
        return got

    def costs_many(self, jobs: list[tuple[str, list[str]]]) -> list[list[float]]:
        """``[self.costs(words, ocr) for ocr, words in jobs]`` in one pass per OCR length."""
        np = _np
        results: list[list[float] | None] = [None] * len(jobs)
        by_m: dict[int, list[int]] = {}
        if _c_loop("wed_costs") is not None:  # costs() runs the same recurrences in C, one job at a time
            return [self.costs(words, ocr) for ocr, words in jobs]
        word_id = self.word_id
        job_ids: list[list[int] | None] = [None] * len(jobs)
        for q, (ocr, words) in enumerate(jobs):
            try:
                job_ids[q] = list(map(word_id.__getitem__, words))
            except KeyError:
                job_ids[q] = None
            if not ocr or job_ids[q] is None:
                results[q] = self.costs(words, ocr)
            else:
                by_m.setdefault(len(ocr), []).append(q)
        for m, qs in sorted(by_m.items()):
            ocr_chars = sorted({c for q in qs for c in jobs[q][0]})
            ocode = {c: k for k, c in enumerate(ocr_chars)}
            col_tab = np.stack([self._col(c) for c in ocr_chars], axis=1)  # alphabet × ocr chars
            ids: list[int] = []
            tok: list[int] = []
            firsts, inss, ocodes = [], [], []
            for t_i, q in enumerate(qs):
                ocr, words = jobs[q]
                first, ins = _ocr_rows(self.ch, ocr)[""]
                firsts.append(first)
                inss.append(ins)
                ocodes.append([ocode[c] for c in ocr])
                ids.extend(job_ids[q])  # type: ignore[arg-type]
                tok.extend([t_i] * len(words))
            ids_a = np.array(ids, dtype=np.intp)
            tok_a = np.array(tok, dtype=np.intp)
            lens = self.lens[ids_a]
            width = int(lens.max())
            codes = self.codes[ids_a, :width]
            prev = np.array(firsts)[tok_a]  # pairs × (m + 1)
            ins_p = np.array(inss)[tok_a]  # pairs × m
            oc_p = np.array(ocodes, dtype=np.intp)[tok_a]  # pairs × m
            out = np.empty(len(ids))
            for i in range(width):
                ci = codes[:, i]
                dl = self.dels[ci]
                sub = col_tab[ci[:, None], oc_p]
                cur = np.empty_like(prev)
                cur[:, 0] = prev[:, 0] + dl
                for j in range(m):
                    a = prev[:, j] + sub[:, j]
                    b = prev[:, j + 1] + dl
                    np.minimum(a, b, out=a)
                    c = cur[:, j] + ins_p[:, j]
                    np.minimum(a, c, out=cur[:, j + 1])
                done = lens == i + 1
                out[done] = cur[done, m]
                prev = cur
            flat = out.tolist()
            pos = 0
            for q in qs:
                k = len(jobs[q][1])
                results[q] = flat[pos:pos + k]
                pos += k
        return results  # type: ignore[return-value]

    def ranked(self, words: list[str], ocr: str, lps, prior: float, top: int,  # noqa: ANN001
               ids: list[int] | None = None, fast=None) -> list[Cand] | None:  # noqa: ANN001
        """:meth:`Generator._finish_costs` of :meth:`costs` in one C call (``lps``: logp per coded word;
        ``ids``: the words' codes when the caller has them; ``fast``: the C function when the caller looked it
        up), or None when the C loops are not built or a word is not coded (then the caller ranks in Python)."""
        if fast is None:
            fast = _c_loop("wed_rank")
        if fast is None or not ocr:
            return None
        if ids is None:
            try:
                ids = list(map(self.word_id.__getitem__, words))
            except KeyError:
                return None
        cols, first, ins = self._ocr_columns(ocr)
        return fast(self.codes, self.lens, ids, cols, self.dels, first, ins, lps, prior, BAND, top, 10, words)

    def costs(self, words: list[str], ocr: str) -> list[float]:
        np = _np
        try:
            ids = list(map(self.word_id.__getitem__, words))
        except KeyError:  # a word the coster has not coded
            ids = None
        if ids is None or not ocr:
            return [_wed(self.ch, w, ocr) for w in words]
        fast = _c_loop("wed_costs")
        if fast is not None:
            cols, first, ins = self._ocr_columns(ocr)
            return fast(self.codes, self.lens, ids, cols, self.dels, first, ins)
        first, ins = _ocr_rows(self.ch, ocr)[""]
        m = len(ocr)
        ids_a = np.array(ids, dtype=np.intp)
        lens = self.lens[ids_a]
        width = int(lens.max())
        codes = self.codes[ids_a, :width]
        sub_tab = np.stack([self._col(o) for o in ocr], axis=1)  # alphabet × m
        n = len(words)
        out = np.empty(n)
        prev = np.tile(np.array(first), (n, 1))
        for i in range(width):
            ci = codes[:, i]
            dl = self.dels[ci]
            sub = sub_tab[ci]
            cur = np.empty_like(prev)
            cur[:, 0] = prev[:, 0] + dl
            for j in range(m):
                a = prev[:, j] + sub[:, j]
                b = prev[:, j + 1] + dl
                np.minimum(a, b, out=a)
                c = cur[:, j] + ins[j]
                np.minimum(a, c, out=cur[:, j + 1])
            done = lens == i + 1
            out[done] = cur[done, m]
            prev = cur
        return out.tolist()


#: the most a vowel read as another vowel costs in the Tesseract-eng channel (a learned confusion may cost less).
#: The renders it is learned from are sharper than real scans, which turn a vowel into another the renders
#: never showed: the real scan 000 reads "ớ" as "a" ("d6i mai" đổi mới) in 10 of its 126. At 5.5 nats (the
#: default) the LM could not put such a word right; at 4.0 it can. Measured with benchmarks/restore.py
#: (thirteenth session): the renders' rows within ±0.03, the real scan 98.01 → 98.24; 3.5 costs the renders
#: 0.05–0.15, and a cheaper unseen consonant (``letter`` 4.5 / 4.0) costs every row
ENG_VOWEL_COST = 4.0


@lru_cache(maxsize=4)
def load_eng_channel() -> Channel:
    """Channel learned from Tesseract-eng renders (normalize/data/confusions_eng.json)."""
    ch = Channel("ocr_eng", diac_cost=1.2, sym_vowel=3.5, letter=5.0, vowel=ENG_VOWEL_COST)
    p = DATA_DIR / "confusions_eng.json"
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return ch
    total_ins = max(1, int(data.get("chars", 1)))
    sub = data.get("sub", {})
    fam: dict[str, Counter[str]] = defaultdict(Counter)
    for t, row in sub.items():
        f = split_tone(t)[0]
        for o, c in row.items():
            fam[f][o] += c
    beta = 10.0
    for t, row in sub.items():
        family = fam[split_tone(t)[0]]
        fn = sum(family.values()) or 1.0
        n = sum(row.values())
        for o in sorted(set(row) | set(family)):
            p = (row.get(o, 0) + beta * family[o] / fn) / (n + beta)
            if p <= 0:
                continue
            cost = -math.log(p)
            if o == "":
                ch.dele[t] = cost
            else:
                ch.sub[(t, o)] = cost
    for o, c in data.get("ins", {}).items():
        ch.ins[o] = -math.log((c + 0.5) / total_ins) - 1.0
    return ch


@lru_cache(maxsize=1)
def stripped_channel() -> Channel:
    """Stripped text: only diacritics may differ (other edits are very expensive)."""
    return Channel("stripped", diac_cost=0.0, sym_vowel=20, sym_other=20, letter=20, del_cost=20,
                   ins_sym=20, ins_letter=20)


@lru_cache(maxsize=1)
def ocr_vie_channel() -> Channel:
    """Text vetplan itself OCR'd with Tesseract's Vietnamese model: the letters are nearly always right,
    a mark sometimes wrong on a scan ("phố thông" phổ thông, "luông" luồng). Only forms of the same
    skeleton are candidates, each at :data:`VIE_MARK_COST` per letter whose marks differ
    (:func:`mark_changes`), so the LM moves a word only where its context outweighs that."""
    return Channel("ocr_vie", diac_cost=VIE_MARK_COST, sym_vowel=20, sym_other=20, letter=20, del_cost=20,
                   ins_sym=20, ins_letter=20)


def mark_changes(word: str, token: str) -> int:
    """Letters whose marks differ between two forms of one skeleton: ``mark_changes("phổ", "phố")`` → 1."""
    a, b = canonical(word), canonical(token)
    return sum(x != y for x, y in zip(a, b, strict=False)) if len(a) == len(b) else len(a) + len(b)


@lru_cache(maxsize=1)
def default_subst_channel() -> Channel:
    """The symbol-code channel before any document's table is learned: the same for every document,
    so its candidate cache carries over from one coded document to the next (first EM pass)."""
    return subst_channel()


#: what a letter in a code's token that no letter of the reading accounts for costs: a code writes each letter as one
#: letter or stand-in, so a letter too many is rarer than the lost space of two words run together ("nghil,rpt~ thang":
#: nghiệp từ tháng, whose "từ" the reading "nghiệp" had dropped at 4 nats a letter). Symbol-code dev set (000 in ten
#: codes, 004 and two of its codes): 4 nats 98.34%, 5 98.41, 6 98.42, 7 98.43, 9 98.42 (004 itself down 1.3 points)
SUBST_INS_LETTER = 6.0


def subst_channel(table: dict[tuple[str, str], float] | None = None, rates: dict[str, float] | None = None,
                  floors: dict[str, float] | None = None) -> Channel:
    """Symbol-substitution OCR: symbols/digits stand for accented vowels; plain ASCII ≈ stripped.

    ``table`` holds a document's learned symbol costs, ``rates`` its learned generic costs
    (``vowel``: one plain vowel read as another), see :func:`learn_doc_rates`."""
    ch = Channel("substitution", diac_cost=0.2, sym_vowel=2.5, sym_other=4.5, letter=5.0, vowel=3.0, del_cost=4.0,
                 ins_sym=3.0, ins_letter=SUBST_INS_LETTER)
    if table:
        ch.sub.update(table)
    for name, value in (rates or {}).items():
        setattr(ch, name, value)
    if floors:
        ch.floors = dict(floors)
    return ch


# ---------------------------------------------------------------- candidates

Cand = tuple[tuple[str, ...], float]  # (lower-case syllables, channel cost)


def word_coding(words: tuple[str, ...]) -> tuple:
    """The words coded over their alphabet, as :class:`BatchCoster` reads them: (alphabet, letter → code,
    word → id, codes (words × longest, intp), lengths (intp))."""
    np = _np
    alphabet = sorted({c for w in words for c in w})
    code = {c: i for i, c in enumerate(alphabet)}
    width = max((len(w) for w in words), default=1)
    codes = np.zeros((len(words), width), dtype=np.intp)
    for k, w in enumerate(words):
        codes[k, : len(w)] = [code[c] for c in w]
    lens = np.array([len(w) for w in words], dtype=np.intp)
    return alphabet, code, {w: i for i, w in enumerate(words)}, codes, lens


def precompute_tables(lex: Lexicon) -> None:
    """What the decoder builds for a lexicon on first use, made for the pickled lexicon so that a fresh
    process reads it (:meth:`Lexicon.precompute`): the coded words (arrays as bytes: unpickling needs no
    numpy), every word's log-frequency, and each skeleton's commonest forms with their codes."""
    if _np is None:
        return
    words = _coster_words(lex)
    alphabet, code, word_id, codes, lens = word_coding(words)
    lex.__dict__["_coster_coding"] = (words, alphabet, code, word_id, codes.tobytes(), lens.tobytes(),
                                      codes.shape[1])
    _log_frequencies(lex)
    top = {s: tuple(ws[:WORDS_PER_SKELETON]) for s, ws in lex.by_skeleton.items()}
    lex.__dict__["_top_words"] = (WORDS_PER_SKELETON, top)
    lex.__dict__["_top_ids"] = (word_id, {s: tuple(map(word_id.__getitem__, ws)) for s, ws in top.items()})


def _coster(lex: Lexicon, ch: Channel) -> BatchCoster | None:
    """One :class:`BatchCoster` per (lexicon, channel) pair: kept on the channel (built once per process
    for the fixed Tesseract-eng channel). Its word coding comes from the pickled lexicon when it has one."""
    if _np is None:
        return None
    got = ch.__dict__.get("_coster")
    if got is None or got[0] is not lex:
        words = _coster_words(lex)
        pickled = lex.__dict__.get("_coster_coding")
        if pickled is not None and pickled[0] is words and BatchCoster._last[0] is not words and (
                words not in BatchCoster._coded):
            _w, alphabet, code, word_id, codes, lens, width = pickled
            coded = (alphabet, code, word_id, _np.frombuffer(codes, dtype=_np.intp).reshape(len(words), width),
                     _np.frombuffer(lens, dtype=_np.intp))
            BatchCoster._coded.clear()
            BatchCoster._coded[words] = coded
            BatchCoster._last = (words, coded)
        got = ch.__dict__["_coster"] = (lex, BatchCoster(ch, words))
    return got[1]


def _coster_words(lex: Lexicon) -> tuple[str, ...]:
    """The lexicon words a :class:`BatchCoster` codes (no abbreviation tokens), sorted; memoised."""
    got = lex.__dict__.get("_coster_words")
    if got is None:
        got = lex.__dict__["_coster_words"] = tuple(sorted(w for w in lex.uni if w[:1] != ABBR_MARK))
    return got


#: the lexicon's memos keyed by a token or a token's variant, which outlive the document that filled them (one such
#: memo per channel kind), and their entries' size: 0.7–4 KB (a token's candidate words, its near neighbours)
TOKEN_MEMOS_PER_KIND = ("_words_for", "_near_queries")
TOKEN_MEMOS = ("_near_neighbours",)
#: the same, with small entries (0.1–0.3 KB: a skeleton's near skeletons, a candidate's LM numbers, a pair's bigram),
#: many of them met in every plan: "_cand_info_c" has one memo per LM weight
SMALL_MEMOS_PER_KIND = ("_cand_info_c",)
SMALL_MEMOS = ("_near", "_near_heads", "_subst_variants", "_bi_cache", "_tri_rows", "_name_syllables")
#: entries each token memo (the lexicon's, each channel's and generator's) may carry from one document into the
#: next: a memo past it is cut back to the entries it took first when the next document starts (:func:`trim_caches`).
#: A batch worker reads many documents, and plans in symbol codes bring new tokens all the time: one worker over 1,350
#: plans in 450 codes, Tesseract-eng and stripped grew from 206 to 523 MB; 334 MB carrying 2,000 (20,000), 299 MB
#: carrying 1,000 (10,000), no difference in speed beyond this machine's noise. A document fills the memos as far as
#: it needs (one of 5,800 syllables in a symbol code: ~2,000 tokens), so its own repeats are read once.
CARRY_LIMIT = 1_000
CARRY_LIMIT_SMALL = 10_000  # the same for memos of small entries


def _trim(memo: object, keep: int) -> None:
    """``memo`` past ``keep`` entries cut back to the ``keep`` it took first (anything but a dict is left): the tokens a
    batch meets first are mostly those it meets in every plan ("cua", "nghiep"), and these stay."""
    if isinstance(memo, dict) and len(memo) > keep:
        first = dict(islice(memo.items(), max(keep, 0)))
        memo.clear()  # (and its table shrinks)
        memo.update(first)


def trim_caches(lex: Lexicon) -> None:
    """Cut every memo of tokens back to :data:`CARRY_LIMIT` entries (of candidates or word pairs, to
    :data:`CARRY_LIMIT_SMALL`) before a document: what a long batch worker carries from one plan to the next stays
    bounded. Changes no result: each memo is a function of its key alone (the generators' precomputed candidate
    tables and the LM rows stay)."""
    for names, per_kind, keep in ((TOKEN_MEMOS_PER_KIND, True, CARRY_LIMIT), (TOKEN_MEMOS, False, CARRY_LIMIT),
                                  (SMALL_MEMOS_PER_KIND, True, CARRY_LIMIT_SMALL),
                                  (SMALL_MEMOS, False, CARRY_LIMIT_SMALL)):
        for key in names:
            memo = lex.__dict__.get(key)
            for each in (memo or {}).values() if per_kind else (memo,):
                _trim(each, keep)
    made = (load_eng_channel, stripped_channel, default_subst_channel, ocr_vie_channel)
    for ch in [made_channel() for made_channel in made if made_channel.cache_info().currsize]:  # (those made so far)
        _trim(ch.__dict__.get("_rows"), CARRY_LIMIT)
        _trim(ch.__dict__.get("_word_costs"), CARRY_LIMIT_SMALL)
        gen = ch.__dict__.get("_generator")
        if gen is not None:
            _trim(gen.cache, CARRY_LIMIT)
            for memo in gen.memos.values():
                _trim(memo, CARRY_LIMIT)
                _trim(getattr(memo, "ocr_cols", None), CARRY_LIMIT)  # (a BatchCoster's)


def clear_caches(lex: Lexicon | None = None) -> None:
    """Forget every cross-document cache (token candidates, cost rows, LM rows, the memoised syllable
    and detection helpers): what a fresh process starts with, for cold-start timings."""
    from . import detect, syllable

    for fn in (syllable.split_tone, syllable.skeleton, syllable.compose, syllable.parse,
               syllable.is_valid_syllable, syllable.is_valid_skeleton, detect._token_counts, detect._marked_letter,
               _default_alignment, _tone_family):
        fn.cache_clear()
    _likely_memo.clear()  # a fresh process reads the precomputed candidates from disk
    BatchCoster._coded.clear()
    BatchCoster._last = (None, None)
    for ch in (load_eng_channel(), stripped_channel(), default_subst_channel()):
        for key in ("_generator", "_coster", "_rows", "_memo", "_word_costs"):
            ch.__dict__.pop(key, None)
    if lex is not None:
        # what a fresh process builds itself; the pickled tables it loads (LM rows only when complete:
        # otherwise they were filled while decoding)
        kept = PICKLED_TABLES if lex.__dict__.get("_rows_complete") else ("_skel_index", "_skel_of")
        for key in DERIVED_TABLES:
            if key not in kept:
                lex.__dict__.pop(key, None)
        lex._bi_cache.clear()
        lex._logp_cache.clear()


@cache
def fuzzy_matchers():  # noqa: ANN202 - (rapidfuzz.process.extract, Levenshtein.distance), imported on first use
    from rapidfuzz.distance import Levenshtein
    from rapidfuzz.process import extract

    return extract, Levenshtein.distance


@cache
def distance_matrix():  # noqa: ANN202 - rapidfuzz.process.cdist, imported on first use
    from rapidfuzz.process import cdist

    return cdist


def _within(queries: list[tuple[str, int]], choices: list[str]):  # noqa: ANN202 - (distances, mask) arrays
    """Edit distances of every (string, distance) query to every choice in one bit-parallel rapidfuzz call,
    and which of them lie within the query's own distance (queries × choices; needs numpy)."""
    mds = _np.array([md for _v, md in queries], dtype=_np.int32)
    dist = distance_matrix()([v for v, _md in queries], choices, scorer=fuzzy_matchers()[1],
                             score_cutoff=int(mds.max()), dtype=_np.int32, workers=1)
    return dist, dist <= mds[:, None]


def memo_get(memo: dict, key, compute, limit: int = 300_000):  # noqa: ANN001, ANN202 - any key, any value
    """``memo[key]``, computed by ``compute(key)`` on a miss; the memo is emptied past ``limit`` entries."""
    got = memo.get(key)
    if got is None:
        if len(memo) > limit:
            memo.clear()
        got = memo[key] = compute(key)
    return got


def _log_frequencies(lex: Lexicon) -> dict[str, float]:
    """``lex.logp`` of every lexicon word at once (the same floats), computed once per lexicon."""
    got = lex.__dict__.get("_logp_all")
    if got is None:
        log, total = math.log, lex.total
        got = lex.__dict__["_logp_all"] = {w: log(c / total) for w, c in lex.uni.items()}
    return got


def near_skeletons(lex: Lexicon, v: str, md: int) -> tuple[str, ...]:
    """Lexicon skeletons within edit distance ``md`` of ``v``, nearest first and among equally near the
    commonest, at most MAX_SKELETONS: ``near_skeletons(lex, "nghi", 1)`` → ``("nghi", "nghe", ...)``.
    Found through the lexicon's deletion index, memoised on the lexicon (channel-independent)."""
    return memo_get(lex.__dict__.setdefault("_near", {}), (v, md, MAX_SKELETONS),
                    lambda _key: _near_skeletons(lex, v, md))


def near_words(lex: Lexicon, words: Iterable[str] | dict[str, str], limits: list[tuple[str, int]]) -> set[str]:
    """The ``words`` whose skeleton is within edit distance ``md`` of a skeleton ``v`` of ``limits``:
    ``near_words(lex, {"đẩy", "mạnh"}, [("pay", 2)])`` → ``{"đẩy"}``. Each skeleton is tested against all
    the words in one C call (rapidfuzz, bit-parallel; three or more, a symbol code's variants, in one
    ``cdist`` call together): no index, nothing memoised. ``words`` may be a dict of word → skeleton."""
    pool = tuple(words)
    if not pool or not limits:
        return set()
    if isinstance(words, dict):
        skels = list(words.values())
    else:
        skel_of = lex.skeleton_of()
        skels = [skel_of.get(w) or skeleton(w) for w in pool]
    if _np is not None and len(limits) > 2:  # many skeletons (a symbol code's variants): all at once
        return set(compress(pool, _within(limits, skels)[1].any(axis=0).tolist()))
    extract, distance = fuzzy_matchers()
    hit = bytearray(len(pool))
    for v, md in limits:
        for _s, _d, k in extract(v, skels, scorer=distance, score_cutoff=md, limit=None):
            hit[k] = 1
    return set(compress(pool, hit))


def _first(x: tuple) -> Any:
    return x[0]


def _second(x: tuple) -> Any:
    return x[1]


def _longest_skeleton(lex: Lexicon) -> int:
    """The length of the lexicon's longest skeleton (memoised on it: "nghieng" → 7)."""
    got = lex.__dict__.get("_longest_skeleton")
    if got is None:
        got = lex.__dict__["_longest_skeleton"] = max(map(len, lex.by_skeleton), default=0)
    return got


def _near_skeletons(lex: Lexicon, v: str, md: int) -> tuple[str, ...]:
    index, rank = lex.skeleton_index(max(2, md))
    if len(v) - md > _longest_skeleton(lex):
        return ()  # longer than any skeleton by more than md: nothing is near
    pool: set[str] = set()
    for d in deletions(v, md):
        hit = index.get(d)
        if hit:
            pool.update(hit)
    extract, distance = fuzzy_matchers()
    # results come by distance, then pool order: with the pool in rank order, nearest then commonest
    found = extract(v, sorted(pool, key=rank.__getitem__), scorer=distance, score_cutoff=md, limit=None)
    return tuple(s for s, _d, _i in found[:MAX_SKELETONS])


_ANY_VOWEL = ("a", "e", "i", "o", "u", "")  # what a suspicious character of a symbol code may stand for
_VOWEL_GROUPS = ("a", "e", "i", "o", "u", "ie", "uo", "ua")  # a symbol and the character after it, together
PRIME_NEAR_MIN = 8  # new variants worth one batched near-skeleton search (measured: 8 gain, 4 no)


def _batch_near_skeletons(lex: Lexicon, queries: list[tuple[str, int]]) -> list[tuple[str, ...]]:
    """:func:`_near_skeletons` of many (variant, distance) queries at once: every query against every
    skeleton in one rapidfuzz ``cdist`` call; per query those within its distance, nearest first and among
    equally near in rank order (commonest first), at most MAX_SKELETONS."""
    got = lex.__dict__.get("_skels_by_rank")
    if got is None:
        _index, rank = lex.skeleton_index(2)
        got = lex.__dict__["_skels_by_rank"] = sorted(rank, key=rank.__getitem__)
    skels = got
    dist, within = _within(queries, skels)
    rows, cols = _np.nonzero(within)  # (row by row, each in rank order)
    order = _np.lexsort((cols, dist[rows, cols], rows))  # per query: nearest first, then by rank
    bounds = _np.searchsorted(rows[order], _np.arange(len(queries) + 1)).tolist()
    cols_l = cols[order].tolist()
    return [tuple(skels[k] for k in cols_l[a:min(b, a + MAX_SKELETONS)])
            for a, b in zip(bounds, bounds[1:], strict=False)]


def release_channel(ch: Channel) -> None:
    """Drop the generator and cost tables kept on a channel made for one document (a symbol code's
    learned table): they point back at the channel, and the cycle would keep their caches (~90,000
    objects for a 6,000-syllable plan) until the garbage collector's next full pass."""
    ch.__dict__.pop("_generator", None)
    ch.__dict__.pop("_coster", None)


def generator_for(lex: Lexicon, ch: Channel) -> Generator:
    """The :class:`Generator` of a (lexicon, channel) pair, kept on the channel: for the shared
    channels (stripped, Tesseract-eng) its token cache carries over from one document to the next
    (candidates depend only on the token, the lexicon and the channel, so results are unchanged).
    A new Tesseract-eng generator of the base lexicon starts with :func:`likely_eng_candidates`."""
    got = ch.__dict__.get("_generator")
    if got is None or got.lex is not lex:
        got = ch.__dict__["_generator"] = Generator(lex, ch)
        if ch.name == "ocr_eng" and ch is load_eng_channel() and lex.__dict__.get("_fingerprint"):
            got.table = likely_eng_candidates(got)  # a lexicon from the disk cache: base or merged
    elif len(got.cache) > 300_000:
        got.cache.clear()
    return got


def likely_eng_tokens(lex: Lexicon, ch: Channel, n: int, spread: float = 1.0) -> list[str]:
    """What Tesseract-eng most often makes of the ``n`` commonest syllables: their letters without
    marks ("nghiệp" → "nghiep"), each marked letter's likeliest misreading ("với" → "véi") and, one
    letter at a time, its other readings within ``spread`` nats of that ("với" → "v6i", "vdi")."""
    outs = sorted({o for (_t, o) in ch.sub if len(o) == 1})
    memo: dict[str, list[str]] = {}

    def reads(t: str) -> list[str]:
        if t.isascii():
            return [t]
        got = memo.get(t)
        if got is None:
            ranked = sorted((ch.c_sub(t, o), o) for o in outs if o != t)
            got = memo[t] = [o for c, o in ranked if c <= ranked[0][0] + spread][:3] if ranked else [t]
        return got

    words = sorted((w for w in lex.uni if w[:1] != ABBR_MARK), key=lambda w: (-lex.uni[w], w))[:n]
    out: list[str] = []
    for w in words:
        best = [reads(t)[0] for t in w]
        out += [skeleton(w), "".join(best)]
        for i, t in enumerate(w):
            out += ["".join(best[:i]) + o + "".join(best[i + 1:]) for o in reads(t)[1:]]
    return list(dict.fromkeys(out))


def likely_eng_candidates(gen: Generator) -> dict[str, tuple[tuple[str, ...], tuple[float, ...]]]:
    """Candidates of :func:`likely_eng_tokens` (some 2,100 tokens, over half the distinct tokens of a
    Tesseract-eng plan) as (words, costs) per token, computed once and cached on disk beside the
    lexicon, so a fresh process decodes its first document about as fast as its tenth. The cache key
    covers the lexicon, the channel's data, the candidate settings and the decoder's source: any
    change rebuilds it (same candidates either way)."""
    import hashlib

    mem = _likely_memo
    h = hashlib.sha1()
    for part in (gen.lex.__dict__.get("_fingerprint", "-"), repr((BAND, WORDS_PER_SKELETON, MAX_SKELETONS, STRIP_TOP,
                                                      gen.max_dist, gen.top, COMMON_TOKENS))):
        h.update(part.encode())
    for f in (DATA_DIR / "confusions_eng.json", Path(__file__), Path(__file__).with_name("syllable.py")):
        try:
            h.update(f.read_bytes())
        except OSError:
            h.update(b"-")
    key = h.hexdigest()[:16]
    got = mem.get(key)
    if got is not None:
        return got
    path = cache_dir() / f"eng-candidates-{key}.pkl"
    try:
        data = read_pickle(path)
        got = data["candidates"]  # type: ignore[index]
        if not isinstance(got, dict):
            raise ValueError(path)
    except Exception:  # noqa: BLE001 - missing, old or corrupt: rebuild
        got = None
    if got is None:
        tokens = likely_eng_tokens(gen.lex, gen.ch, COMMON_TOKENS)
        gen.prefetch(tokens)
        got = {}
        for o in tokens:
            cands = gen.single(o)
            if all(c[0] is not None and len(c[0]) == 1 for c in cands):  # (always: single syllables)
                got[o] = (tuple(c[0][0] for c in cands), tuple(c[1] for c in cands))
        # kept: this table and the two newest others (installed versions may share the cache folder); the
        # words' coding for the cost loops travels in the lexicon (precompute_tables)
        write_pickle({"candidates": got}, path,
                     stale=older_than_newest(path.parent, "eng-candidates-*.pkl", keep=2))
    mem.clear()
    mem[key] = got
    return got


_likely_memo: dict[str, dict[str, tuple[tuple[str, ...], tuple[float, ...]]]] = {}


class Generator:
    """Per-token candidate lists for one lexicon and channel, cached per token."""

    def __init__(self, lex: Lexicon, channel: Channel, max_dist: int = 2, top: int = 10) -> None:
        self.lex = lex
        self.ch = channel
        self.max_dist = max_dist
        self.top = top
        self.cache: dict[str, list[Cand]] = {}
        # precomputed candidates (words, costs) of likely tokens, read into the cache on first use
        self.table: dict[str, tuple[tuple[str, ...], tuple[float, ...]]] = {}
        # word → logp (shared by the generators of a lexicon; stripped text scores no costs)
        self._lp: dict[str, float] = {} if channel.name in SKELETON_CHANNELS else _log_frequencies(lex)
        self._prior = 0.25 if channel.name == "substitution" else 0.01  # weight of log-frequency in the ranking
        #: this document's look-ups by name (the pipeline's too: "_context_memo", "_viterbi_memo", …), gone with it
        self.memos: dict[str, Any] = {}

    def _coded_lps(self):  # noqa: ANN202 - numpy array
        """logp of each word a :class:`BatchCoster` codes, in its order (float64; shared on the lexicon)."""
        got = self.lex.__dict__.get("_coded_lps")
        words = _coster_words(self.lex)
        if got is None or got[0] is not words:
            lp = self._lp
            got = self.lex.__dict__["_coded_lps"] = (words, _np.array([lp[w] for w in words], dtype=float))
        return got[1]

    @property
    def _coster(self) -> BatchCoster | None:
        """The channel's :class:`BatchCoster` (None for stripped text), made on first use."""
        got = self.memos.get("_batch_coster", False)
        if got is False:
            got = self.memos["_batch_coster"] = None if self.ch.name in SKELETON_CHANNELS else \
                _coster(self.lex, self.ch)
        return got

    def _skel_variants(self, o: str) -> list[str]:
        if self.ch.name == "substitution":
            # memoised on the lexicon: every symbol-code channel (one per document) shares them
            return memo_get(self.lex.__dict__.setdefault("_subst_variants", {}), o, self._subst_variants)
        base = []
        for c in o:
            if c.isalpha():
                base.append(skeleton(c))
            elif c in SYMBOL_SKEL:
                base.append(SYMBOL_SKEL[c])
            else:
                base.append("")
        v = "".join(base)
        out = [v]
        if "w" in v:
            out.append(v.replace("w", "uo"))
            out.append(v.replace("w", "u"))
        if "ir" in v[1:]:  # Tesseract-eng reads ư as "ir" (its horn as an r): "chire" = chức, "tir" = từ
            out.append(v[0] + v[1:].replace("ir", "u"))
        if (as_i := _strokes_as_i(o)) is not None:
            out.append(as_i)
        return out

    def _subst_variants(self, o: str) -> list[str]:
        """Skeletons for a symbol-coded token: each suspicious char → a vowel or nothing."""
        letters = [skeleton(c.lower()) if c.isalpha() else None for c in o]  # None: not a letter
        plain = "".join(SYMBOL_SKEL.get(c, "") if b is None else b for c, b in zip(o, letters, strict=True))
        if sum(b is not None for b in letters) - 2 > _longest_skeleton(self.lex):
            # every variant below keeps all but at most two of the token's letters: none can be a lexicon
            # skeleton (and building them is quadratic in the token's length: a 20,000-letter run took 9 s)
            return [plain]
        # the letters between the (at most two) suspicious characters are fixed: every variant is
        # fixed[0] + a reading of the first + fixed[1] + a reading of the second + fixed[2]
        fixed: list[str] = [""]
        opts: list[tuple[str, ...]] = []
        for k, c in enumerate(o):
            b = letters[k]
            if len(opts) < 2 and (b is None or c in NON_VIETNAMESE_LETTERS
                                  or (c.isupper() and k > 0 and c.lower() in "aeiouybsqfd")):
                opts.append(_ANY_VOWEL if b is None else (*_ANY_VOWEL, b))
                fixed.append("")
            elif b is not None:
                fixed[-1] += b
        if not opts:
            outs = [fixed[0]]
        elif len(opts) == 1:
            outs = [fixed[0] + x + fixed[1] for x in opts[0]]
        else:
            outs = [fixed[0] + x + fixed[1] + y + fixed[2] for x in opts[0] for y in opts[1]]
        bare = [b or "" for b in letters]
        for k, c in enumerate(o[:-1]):
            if letters[k] is None or c in NON_VIETNAMESE_LETTERS or (c.isupper() and k > 0):
                head, tail = "".join(bare[:k]), "".join(bare[k + 2:])
                outs.extend([head + x + tail for x in _VOWEL_GROUPS])
        by_skeleton = self.lex.by_skeleton
        good = [v for v in dict.fromkeys(outs) if v in by_skeleton and v != plain]
        return [plain] + good[:12]

    def own_cost(self, w: str, o: str) -> float:
        """Channel cost of reading the token ``o`` as the syllable ``w`` (memoised)."""
        memo = self.memos.setdefault("_own", {})
        v = memo.get((w, o))
        if v is None:
            v = memo[(w, o)] = self.ch.cost(w, o)
        return v

    def single(self, o: str) -> list[Cand]:
        """Best single-syllable candidates for a lower-case OCR token."""
        got = self.cache.get(o)
        if got is not None:
            return got
        pre = self.table.get(o)
        res: list[Cand] = [((w,), c) for w, c in zip(*pre, strict=True)] if pre is not None else self._single(o)
        self.cache[o] = res
        return res

    def _single(self, o: str) -> list[Cand]:
        lex = self.lex
        if self.ch.name in SKELETON_CHANNELS:
            words = lex.by_skeleton.get(skeleton(o), [])
            if not words:
                return []
            floor = lex.logp(words[0]) - STRIP_FLOOR
            if self.ch.name == "stripped":
                return [((w,), 0.0) for w in words[:STRIP_TOP] if lex.logp(w) >= floor]
            return sorted((((w,), VIE_MARK_COST * mark_changes(w, o)) for w in words[:STRIP_TOP]
                           if lex.logp(w) >= floor), key=_second)
        words, ids = self._word_pool(o)
        if self._coster is not None and len(words) >= 8:
            got = self._coster.ranked(words, o, self._coded_lps(), self._prior, self.top, ids)
            if got is not None:
                return got
            scored = list(zip(self._coster.costs(words, o), words, strict=True))
        else:
            scored = self._scored_python(words, o)
        return self._finish(scored)

    def prefetch(self, tokens: list[str]) -> None:
        """Fill the token cache for many tokens at once: the channel costs of all their candidate words
        are computed in one vectorised pass (same results as :meth:`single` one by one)."""
        if self._coster is None or self.ch.name in SKELETON_CHANNELS:
            return
        todo: list[tuple[str, list[str]]] = []
        coster = self._coster
        fast = _c_loop("wed_rank")
        lps = self._coded_lps() if fast is not None else None
        cache, table, pool, prior, top = self.cache, self.table, self._word_pool, self._prior, self.top
        tokens = [o for o in dict.fromkeys(tokens) if o not in cache and o not in table]
        self._prime_near(tokens)
        for o in tokens:
            words, ids = pool(o)
            if len(words) >= 8 and o:
                got = coster.ranked(words, o, lps, prior, top, ids, fast) if lps is not None else None
                if got is not None:
                    cache[o] = got
                else:
                    todo.append((o, words))
        for (o, words), costs in zip(todo, coster.costs_many(todo), strict=True):
            self.cache[o] = self._finish_costs(costs, words)

    def _words_for(self, o: str) -> list[str]:
        """Lexicon words worth scoring for an OCR token: the most frequent forms of the skeletons near
        its skeleton variants. They depend on the channel's kind only (not its costs), so they are
        shared by every channel of a kind: the per-document substitution channels of one lexicon."""
        return self._word_pool(o)[0]

    def _word_pool(self, o: str) -> tuple[list[str], list[int] | None]:
        """:meth:`_words_for` with the words' codes in the lexicon's :class:`BatchCoster` (None without
        one), memoised together on the lexicon."""
        memo = self.lex.__dict__.setdefault("_words_for", {}).setdefault(
            (self.ch.name, self.max_dist, MAX_SKELETONS, WORDS_PER_SKELETON), {})
        got = memo.get(o)
        if got is None:
            if len(memo) > 300_000:
                memo.clear()
            skels = self._pool_skeletons(o)
            # a word has exactly one skeleton, so the per-skeleton lists never overlap
            words = list(chain.from_iterable(map(self._top_words().__getitem__, skels)))
            top_ids = self._top_ids()
            ids = list(chain.from_iterable(map(top_ids.__getitem__, skels))) if top_ids is not None else None
            got = memo[o] = (words, ids)
        return got

    def _near_queries(self, o: str) -> tuple[list[str], list[tuple[str, int]]]:
        """A token's skeleton variants that are lexicon skeletons, and the (variant, distance) pairs whose
        near skeletons its words come from too (a symbol code's lexicon-checked variants need none);
        memoised on the lexicon per channel kind (asked once to prime the near-skeleton search, once for
        the pool)."""
        memo = self.lex.__dict__.setdefault("_near_queries", {}).setdefault((self.ch.name, self.max_dist), {})
        return memo_get(memo, o, self._variant_queries)

    def _variant_queries(self, o: str) -> tuple[list[str], list[tuple[str, int]]]:
        """:meth:`_near_queries`, computed."""
        lex = self.lex
        exact: list[str] = []
        queries: list[tuple[str, int]] = []
        variants = self._skel_variants(o)
        as_i = _strokes_as_i(o) if self.ch.name != "substitution" else None
        for vi, v in enumerate(variants):
            if not v:
                continue
            if v in lex.by_skeleton:
                exact.append(v)
                if self.ch.name == "substitution" and vi > 0:
                    continue
            # (the i an "l" may be, a near word's own: its skeleton's nearest suffice — farther ones, as many as the
            # skeleton's, had pushed the token's reading out of its pool: "lirol" lượt)
            near = 1 if len(v) <= 3 or v == as_i else self.max_dist
            queries.append((v, near))
        return exact, queries

    def _prime_near(self, tokens: Iterable[str]) -> None:
        """Fill the near-skeleton memo for the word pools of many new tokens in one bit-parallel pass
        (rapidfuzz ``cdist`` of their variants against every skeleton); what :func:`near_skeletons` gives
        one by one."""
        lex = self.lex
        memo = lex.__dict__.setdefault("_near", {})
        pools = lex.__dict__.get("_words_for", {}).get(
            (self.ch.name, self.max_dist, MAX_SKELETONS, WORDS_PER_SKELETON), {})
        need: dict[tuple[str, int, int], None] = {}
        for o in tokens:
            if o not in pools:
                for v, md in self._near_queries(o)[1]:
                    if (v, md, MAX_SKELETONS) not in memo:
                        need[(v, md, MAX_SKELETONS)] = None
        if len(need) < PRIME_NEAR_MIN or _np is None:
            return
        if len(memo) > 300_000:
            memo.clear()
        for key, found in zip(need, _batch_near_skeletons(lex, [(v, md) for v, md, _m in need]), strict=True):
            memo[key] = found

    def _pool_skeletons(self, o: str) -> list[str]:
        """The skeletons whose commonest forms a token's words are: its variants' and those near them, sorted."""
        lex = self.lex
        exact, queries = self._near_queries(o)
        skels: set[str] = set(exact)
        for v, md in queries:
            skels.update(near_skeletons(lex, v, md))
        return sorted(skels)

    def _top_words(self) -> dict[str, tuple[str, ...]]:
        """Skeleton → its most frequent forms (at most WORDS_PER_SKELETON), shared on the lexicon."""
        got = self.lex.__dict__.get("_top_words")
        if got is None or got[0] != WORDS_PER_SKELETON:
            got = self.lex.__dict__["_top_words"] = (
                WORDS_PER_SKELETON, {s: tuple(ws[:WORDS_PER_SKELETON]) for s, ws in self.lex.by_skeleton.items()})
        return got[1]

    def _top_ids(self) -> dict[str, tuple[int, ...]] | None:
        """:meth:`_top_words` as the words' codes in the lexicon's :class:`BatchCoster` (None without one)."""
        coster = self._coster
        if coster is None:
            return None
        got = self.lex.__dict__.get("_top_ids")
        if got is None or got[0] is not coster.word_id:
            word_id = coster.word_id
            got = self.lex.__dict__["_top_ids"] = (word_id, {
                s: tuple(map(word_id.__getitem__, ws)) for s, ws in self._top_words().items()})
        return got[1]

    def _finish_costs(self, costs: list[float], words: list[str]) -> list[Cand]:
        """:meth:`_finish` of ``zip(costs, words)`` with the band and both rankings in numpy (the same
        float64 sums and stable sorts, so the same candidates); a token has ~150 scored words."""
        np = _np
        if np is None or not costs:
            return self._finish(list(zip(costs, words, strict=True)))
        lp = self._lp
        try:
            lps = np.array([lp[w] for w in words])
        except KeyError:  # first sight of some words: their log-frequencies, once
            logp = self.lex.logp
            lps = np.array([lp[w] if w in lp else lp.setdefault(w, logp(w)) for w in words])
        c = np.array(costs)
        band = np.flatnonzero(c <= c.min() + BAND)
        prior = self._prior
        order = band[np.argsort(c[band] - prior * lps[band], kind="stable")]
        top, rest = order[: self.top], order[self.top:]
        out: list[Cand] = [((words[k],), costs[k]) for k in top.tolist()]
        if len(rest):
            more = rest[np.argsort(c[rest] - lps[rest], kind="stable")[:10]]
            out += [((words[k],), costs[k]) for k in more.tolist()]
        return out

    def _finish(self, scored: list[tuple[float, str]]) -> list[Cand]:
        """Candidate list from (cost, word) pairs in word order: the best ``top`` by cost with a small
        frequency prior, then up to 10 more of the band by cost minus log-frequency."""
        if not scored:
            return []
        prior = self._prior
        limit = min(scored)[0] + BAND
        band = [p for p in scored if p[0] <= limit]
        lp = self._lp
        try:
            keys = [c - prior * lp[w] for c, w in band]
        except KeyError:
            for _c, w in band:
                if w not in lp:
                    lp[w] = self.lex.logp(w)
            keys = [c - prior * lp[w] for c, w in band]
        # stable sorts: ties keep word order, as when sorting everything and filtering after
        order = sorted(range(len(band)), key=keys.__getitem__)
        top = self.top
        out: list[Cand] = [((band[k][1],), band[k][0]) for k in order[:top]]
        if len(order) > top:
            rest = [band[k] for k in order[top:]]
            keys = [c - lp[w] for c, w in rest]
            out += [((rest[k][1],), rest[k][0]) for k in sorted(range(len(rest)), key=keys.__getitem__)[:10]]
        return out

    def _scored_python(self, words: list[str], o: str) -> list[tuple[float, str]]:
        """(cost, word) in ``words`` order; costs beyond the best + BAND are only lower bounds."""
        cost = self.ch.cost
        lex = self.lex
        # exact-skeleton words first give a low running best; words costing more than best + BAND
        # are abandoned early (they would fall outside the band anyway, so the result is unchanged)
        known: dict[str, float] = {}
        best = math.inf
        have = set(words)
        for v in self._skel_variants(o):
            for w in lex.by_skeleton.get(v, ())[:WORDS_PER_SKELETON]:
                if w not in known and w in have:
                    c = known[w] = cost(w, o, best + BAND)
                    if c < best:
                        best = c
        scored = []
        for w in words:
            read = known.get(w)
            if read is None:
                c = cost(w, o, best + BAND)
                if c < best:
                    best = c
            else:
                c = read
            scored.append((c, w))
        return scored

    def near_neighbours(self, o: str, neighbours: set[str] | dict[str, str]) -> set[str]:
        """The neighbours whose skeleton is within edit distance 2 (1 for short ones) of a skeleton the token
        may have: what :meth:`context_candidates` costs (it depends on the channel's kind, not its costs)."""
        return near_words(self.lex, neighbours, [(v, 1 if len(v) <= 2 else 2) for v in self._skel_variants(o) if v])

    def context_candidates(self, o: str, neighbours: set[str] | dict[str, str], have: Set[str],
                           before: tuple[str, ...] = (), after: tuple[str, ...] = (),
                           near_only: bool = True, near: set[str] | None = None) -> list[Cand]:
        """Extra candidates suggested by neighbouring words ("Pay manh" → đẩy, seen before "mạnh"): the
        neighbours whose skeleton is within edit distance 2 (1 for short ones) of a skeleton the token
        may have (:meth:`near_neighbours`, or ``near`` when the caller has them; with ``near_only=False``
        every neighbour, for a short list), the six best by channel cost less their link to a neighbour."""
        lex = self.lex
        if near is None:  # (with near_only=False, a few neighbours: all are costed; a far one costs too much)
            near = self.near_neighbours(o, neighbours) if near_only else \
                {w for w in neighbours if w[:1] != ABBR_MARK and w[:1] != "<"}
        words = sorted(near - have)
        if self._coster is not None and len(words) >= 4:
            costs = self._coster.costs(words, o)
        else:
            costs = [self.ch.cost(w, o) for w in words]
        link, table = _c_loop("link_keys"), _lm_table(lex)
        if link is not None and table is not None:  # the same ranking in one C call over the LM table
            info = _link_infos(lex, table)
            ids, ctx, _t = table
            logp = lex.logp
            pos = link(words, [info(w) for w in words], costs, [_row_ref(lex, p, ctx) for p in before],
                       [(n, ids.get(n, -1), logp(n)) for n in after], table[2], 6)
            return [((words[k],), costs[k]) for k in pos]
        logp, lm_row = lex.logp, lex.lm_row
        rows_before = [lm_row(p) for p in before]
        lp_after = [(n, logp(n)) for n in after]
        # keep the six the decoder is likeliest to choose: cheap to read and well linked to a neighbour.
        # A word's link is its best PMI with a neighbour (0 without any); an unseen pair gives the context's
        # backoff (the LM rows split :meth:`Lexicon.bigram` so)
        keyed = []
        for w, c in zip(words, costs, strict=True):
            lp = logp(w)
            gain = None
            for back, seen in rows_before:
                s = seen.get(w)
                x = s - lp if s is not None else back
                if gain is None or x > gain:
                    gain = x
            if lp_after:
                back, seen = lm_row(w)
                for n, lpn in lp_after:
                    s = seen.get(n)
                    x = s - lpn if s is not None else back
                    if gain is None or x > gain:
                        gain = x
            keyed.append((c - (gain if gain is not None else 0.0) - 0.01 * lp, w, c))
        keyed.sort(key=_first)
        return [((w,), c) for _k, w, c in keyed[:6]]

    def split_cuts(self, o: str) -> list[tuple[str, str]] | None:
        """Where a token may have lost a space ("tri@nkhai" → "tri@n" + "khai"); None when it is short,
        long, or read well enough as one syllable (cheaper than :data:`ONE_SYLLABLE_SURE`)."""
        # a symbol code writes a syllable in as few as two marks ("c&s^" cơ sở): its splits start at four
        coded = self.ch.name == "substitution"
        if len(o) < (4 if coded else 5) or len(o) > MAX_SPLIT_LEN:
            return None
        c1 = self.single(o)
        if (c1[0][1] if c1 else 99.0) < ONE_SYLLABLE_SURE:
            return None
        cuts: list[tuple[str, str]] = []
        for k in range(2, len(o) - 1):
            a, b = o[:k], o[k:]
            if not any(ch.isalpha() for ch in b):
                continue
            if not b[0].isalpha():  # in a code, a vowel-initial word's stand-in may open it after a syllable's last
                if not (coded and b[0] in SYMBOLS and a[-1] in "cghmnpt"):  # consonant ("Tinh<;>Y": Tỉnh ủy)
                    continue
                cuts.append((a, b))
                continue
            if coded and not (a[-1] in SYMBOLS or not a[-1].isalpha()):
                if not (b[0].isupper() or b[0].lower() in "bcdđghklmnpqrstvx"):
                    continue
            cuts.append((a, b))
        return cuts

    def _two_words(self, o: str) -> list[Cand]:
        """A symbol-coded part's best readings as two words whose space was lost (:meth:`candidates`' splits), for a
        token that lost two spaces (memoised per part)."""
        memo = self.memos.setdefault("_two_words", {})
        got = memo.get(o)
        if got is None:
            got = memo[o] = [c for c in self.candidates(o, True) if c[0] is not None and len(c[0]) == 2
                             ][:THREE_WORD_TOP]
        return got

    def candidates(self, o: str, allow_split: bool) -> list[Cand]:
        """Candidates for a token, including two-syllable splits for lost spaces ("tri@nkhai"), and in a symbol code
        three for two lost ("tacgi}odl,rc": tác giáo dục)."""
        c1 = self.single(o)
        cuts = self.split_cuts(o) if allow_split else None
        if cuts is None:
            return c1
        splits: list[Cand] = []
        keys: list[float] = []
        coded = self.ch.name == "substitution"
        todo = [p for cut in cuts for p in cut]
        if coded:  # (a glued word's own capital, read small too: see below)
            todo += [b[0].lower() + b[1:] for _a, b in cuts if b[0].isupper()]
        self.prefetch(todo)
        lex = self.lex
        logp, lm_row = lex.logp, lex.lm_row
        parts = self.memos.setdefault("_split_parts", {})

        def part(x: str) -> list[Cand]:
            """A part's cheapest readings and its likeliest (cost − log-frequency): "khang" → also "không"."""
            got = parts.get(x)
            if got is None:
                if len(parts) > 300_000:
                    parts.clear()
                c = self.single(x)
                common = sorted(c, key=lambda y: y[1] - logp(y[0][0]))[:SPLIT_COMMON]
                got = parts[x] = c[:SPLIT_TOP] + [y for y in common if y not in c[:SPLIT_TOP]]
            return got

        # rank the two-word readings as the decoder will score them (channel cost, the pair's bigram,
        # the first word's frequency), so "d@Phong" keeps "để phòng" and "th@nhu" keeps "thể như"
        # (the pair's bigram read off the first word's LM row as :meth:`Lexicon.bigram` reads it: inline, as
        # calling it, which caches each of the ~12,000 pairs of a symbol-coded plan, took 24 → 30 ms)
        for a, b in cuts:
            ca, cb = part(a), part(b)
            pen = SPLIT_COST
            if not coded and b[0].isupper() and not a[-1].isupper() and not b.isupper():
                pen = INNER_CAPITAL_CUT  # a scan's capital inside a token opens the word after a lost space ("S&Ndi"
                # Sở Nội, had been "Nội", its "sản đi" reading cheaper; "SoGiao")
            elif not coded and a[-1].isupper() and not a[-2].isupper() and b[0].islower():
                pen = SPLIT_COST + INNER_CAPITAL_CUT  # (… and ends no word: "S&N" + "di")
            if coded and b[0].isupper():  # a glued word's capital may be its own, no stand-in ("v~Dl,ro": và Đào)
                cb = cb + [y for y in part(b[0].lower() + b[1:]) if y not in cb]
            if coded and len(b) >= THREE_WORD_PART and len(o) >= THREE_WORD_TOKEN and (
                    not cb or cb[0][1] >= ONE_SYLLABLE_SURE):
                cb = cb + self._two_words(b)  # two spaces lost: "tacgi}odl,rc" tác giáo dục, "nghiepvUPhQT" … và phát
            for (wa, sa) in ca:
                first = wa[0]
                back, seen = lm_row(first)
                lp_a = logp(first)
                for (wb, sb) in cb:
                    second = wb[0]
                    cost = sa + sb + pen
                    bg = seen.get(second)
                    if bg is None:
                        bg = back + logp(second) - (SELF_REPEAT if first == second else 0.0)
                    splits.append((wa + wb, cost))
                    keys.append(cost - bg - lp_a)
        best = nsmallest(SPLIT_KEEP, range(len(splits)), key=keys.__getitem__)  # (= a stable sort's first ones)
        allc = sorted(c1 + [splits[k] for k in best], key=lambda x: x[1])
        return allc[: self.top + 4]


# ---------------------------------------------------------------- viterbi

@dataclass(slots=True)
class Slot:
    """One word token of a line: its candidates (None syllables = keep the original)."""

    cands: list[tuple[tuple[str, ...] | None, float]]
    boundary_before: str | None  # context after punctuation ("<s>") or a number ("<num>"); None = adjacent
    key: object = None  # same key ⇒ same cands (lets the decoder reuse per-slot work); None = unique
    soft: bool = False  # adjacent, but a sentence may start here too: each candidate takes the better context
    #: a gazetteer name's reading of this slot and how its syllables are written (True: Capitalised), set where the
    #: slot was read as part of one ("Sở Lao động - Thương binh …": "lao" True, "động" False)
    name_case: tuple[tuple[str, ...], tuple[bool, ...], int] | None = None
    #: the boundary before it is a lone full stop between two words, which a scan's speck may be ("So. Cong Thuong")
    stop_speck: bool = False
    #: a person's name's syllable: whatever it is read as is written Capitalised ("Phan Đức Khánh")
    title: bool = False
    #: a person's given name ("Hằng" in "Nguyễn Anh Hằng"): read by its channel and how many names end so, not the LM
    given: bool = False
    #: a person's family name ("Tô" in "Tô Thị Huyền")
    family: bool = False


@cache
def _compiled(name: str):  # noqa: ANN202 - a C function or None
    try:
        from . import _viterbi
    except ImportError:  # not compiled (no C compiler at install time)
        return None
    return getattr(_viterbi, name, None)


def _c_loop(name: str):  # noqa: ANN202 - the C function or None
    """Function ``name`` of ``normalize/_viterbi.c`` when it was compiled at install time and is not
    switched off (``VETPLAN_PURE_PYTHON=1``); the Python/numpy loops it replaces give identical results.
    The import is tried once per process."""
    if os.environ.get("VETPLAN_PURE_PYTHON") == "1":
        return None
    return _compiled(name)


def viterbi(slots: list[Slot], lex: Lexicon, start: str = "<s>", lm_weight: float = 1.0,
            beam: float = 7.0, memo: dict | None = None) -> tuple[list[int], list[float]]:
    """Best candidate index per slot and a margin (confidence proxy) per slot.

    Transitions use the LM split into a per-context backoff and the bigrams seen in training
    (:meth:`Lexicon.lm_row`): the best unseen transition into a candidate is the best
    ``score + backoff`` of the previous slot plus the candidate's unigram, so only seen bigrams
    are looked up pairwise. An unseen repetition of the previous word's last syllable costs
    ``SELF_REPEAT`` more, as in :meth:`Lexicon.bigram`.
    """
    if not slots:
        return [], []
    unk_pen = math.log(1e-4)
    lw = lm_weight
    logp = lex.logp
    bigram = lex.bigram
    lm_row = lex.lm_row
    no_seen: dict[str, float] = {}
    start_row = (1.0, no_seen)  # after "<s>" / an unknown word: unigram + 1

    lm_rows = lex.__dict__.setdefault("_lm_rows", {})

    def row_of(prev: str) -> tuple[float, dict[str, float]]:
        if prev == "<s>" or prev == "<unk>":
            return start_row
        r = lm_rows.get(prev)
        return r if r is not None else lm_row(prev)

    def trans(prev: str, c: tuple[str, ...] | None) -> float:
        if not c:
            return unk_pen
        back, seen = row_of(prev)
        t = seen.get(c[0])
        return t if t is not None else back + logp(c[0])

    def start_transitions(slot: Slot, p: str) -> list[float]:
        """``lw`` × the transition from a fixed context ``p`` ("<s>", "<num>") into each candidate (memoised)."""
        key = (slot.key, lw, p) if memo is not None and slot.key is not None else None
        got = memo.get(key) if key is not None else None  # type: ignore[union-attr]
        if got is None:
            got = [lw * trans(p, cand) for cand, _c in slot.cands]
            if key is not None:
                memo[key] = got  # type: ignore[index]
        return got

    fast = _c_loop("viterbi_core")
    # (an extension built before pack_slots and the LM table, or a lexicon without the table: Python)
    table = _lm_table(lex) if fast is not None and _c_loop("pack_slots") is not None else None
    if table is not None:
        packed = _pack_slots(slots, lex, lw, start, memo, start_transitions, row_of, start_row, table)
        return fast(packed, lw, lw * unk_pen, beam, SELF_REPEAT, table[2])  # type: ignore[misc]

    # per-slot precomputation: local score, last syllable, its LM row
    locs: list[list[float]] = []
    lasts: list[list[str]] = []
    rows: list[list[tuple[float, dict[str, float]]]] = []
    firsts_of: list[dict[str, list[int]]] = []
    fsets: list[set[str]] = []
    lwlps: list[list[float | None]] = []
    lw_unk = lw * unk_pen
    # per single-syllable candidate: (last, LM row, lw·logp) — cached on the lexicon across lines
    info_of = lex.__dict__.setdefault("_cand_info", {}).setdefault(lw, {})
    for slot in slots:
        if memo is not None and slot.key is not None:
            pre = memo.get((slot.key, lw))
            if pre is not None:
                locs.append(pre[0])
                lasts.append(pre[1])
                rows.append(pre[2])
                firsts_of.append(pre[3])
                fsets.append(pre[4])
                lwlps.append(pre[5])
                continue
        lo: list[float] = []
        la: list[str] = []
        ro: list[tuple[float, dict[str, float]]] = []
        lwlp: list[float | None] = []
        firsts: dict[str, list[int]] = {}
        for k, (cand, chc) in enumerate(slot.cands):
            if not cand:
                lo.append(-chc)
                la.append("<unk>")
                ro.append(start_row)
                lwlp.append(None)
                continue
            info = info_of.get(cand)
            if info is None:
                info = info_of[cand] = (cand[-1], row_of(cand[-1]), lw * logp(cand[0]))
            v = -chc
            if len(cand) > 1:
                for a, b in zip(cand, cand[1:], strict=False):
                    v += lw * bigram(a, b)
            lo.append(v)
            la.append(info[0])
            ro.append(info[1])
            lwlp.append(info[2])
            starting = firsts.get(cand[0])
            if starting is None:
                firsts[cand[0]] = [k]
            else:
                starting.append(k)
        locs.append(lo)
        lasts.append(la)
        rows.append(ro)
        firsts_of.append(firsts)
        fsets.append(set(firsts))
        lwlps.append(lwlp)
        if memo is not None and slot.key is not None:
            memo[(slot.key, lw)] = (lo, la, ro, firsts, fsets[-1], lwlp)

    n = len(slots)
    scores: list[list[float]] = []
    back: list[list[int]] = []
    for i, slot in enumerate(slots):
        loc = locs[i]
        if i == 0 or slot.boundary_before:
            p = slot.boundary_before or start
            if i == 0:
                bestp, bj = 0.0, -1
            else:
                prow = scores[i - 1]
                bestp = max(prow)
                bj = prow.index(bestp)
            row = [bestp + lo + t for lo, t in zip(loc, start_transitions(slot, p), strict=True)]
            brow = [bj] * len(row)
        else:
            prow = scores[i - 1]
            prows = rows[i - 1]
            top = max(prow)
            topj = prow.index(top)
            floor = top - beam
            live = [j for j, ps in enumerate(prow) if ps >= floor]
            via = [prow[j] + lw * prows[j][0] for j in live]
            bb = max(via)
            bbj = live[via.index(bb)]
            # every candidate starts from the best unseen transition, then seen bigrams may beat it
            firsts = firsts_of[i]
            row = [bb + lwlp + lo if lwlp is not None else top + lw_unk + lo
                   for lwlp, lo in zip(lwlps[i], loc, strict=True)]
            brow = [bbj if lwlp is not None else topj for lwlp in lwlps[i]]
            # an unseen repetition of the best previous word's last syllable costs SELF_REPEAT more ("và và"):
            # the candidates starting with that syllable take the better of it and the best other word
            rep = lasts[i - 1][bbj]
            if rep in firsts and rep not in prows[bbj][1]:
                plasts = lasts[i - 1]
                alt, altj = bb - lw * SELF_REPEAT, bbj
                for j, v in zip(live, via, strict=True):
                    if v > alt and plasts[j] != rep:
                        alt, altj = v, j
                lwlp_i = lwlps[i]
                for k in firsts[rep]:
                    row[k] = alt + lwlp_i[k] + loc[k]  # type: ignore[operator]
                    brow[k] = altj
            fset = fsets[i]
            for j in live:
                seen = prows[j][1]
                if not seen:
                    continue
                ps = prow[j]
                for f in fset & seen.keys():
                    sc = ps + lw * seen[f]
                    for k in firsts[f]:
                        v = sc + loc[k]
                        if v > row[k]:
                            row[k] = v
                            brow[k] = j
            if slot.soft:  # or a new sentence: from the best previous score, through "<s>"
                for k, t in enumerate(start_transitions(slot, "<s>")):
                    v = top + loc[k] + t
                    if v > row[k]:
                        row[k] = v
                        brow[k] = topj
        scores.append(row)
        back.append(brow)
    path = [0] * n
    path[-1] = max(range(len(scores[-1])), key=lambda k: scores[-1][k])
    for i in range(n - 1, 0, -1):
        path[i - 1] = max(back[i][path[i]], 0)
    margins = []
    for i, slot in enumerate(slots):
        if len(slot.cands) == 1:
            margins.append(10.0)
            continue
        nxt = slots[i + 1] if i + 1 < n else None
        nxt_c = nxt.cands[path[i + 1]][0] if nxt is not None and not nxt.boundary_before else None
        row = scores[i]
        if nxt_c is None:
            vals = list(row)
        else:
            first = nxt_c[0]
            lp = logp(first)
            # a kept (unknown) candidate's row is (1.0, {}): the same formula gives its "unigram + 1"
            vals = [r + lw * (seen[first] if first in seen else bo + lp - (SELF_REPEAT if la == first else 0.0))
                    for r, (bo, seen), la in zip(row, rows[i], lasts[i], strict=True)]
        pk = path[i]
        best = vals[pk]
        vals[pk] = -math.inf
        margins.append(best - max(vals))
    return path, margins


def _history(slots: list[Slot], path: list[int], j: int) -> tuple[str | None, str | None]:
    """The two syllables before slot ``j`` on the path, (last, the one before), None where a boundary or a
    token kept as written comes first."""
    if j == 0 or slots[j].boundary_before:
        return None, None
    c = slots[j - 1].cands[path[j - 1]][0]
    if not c:
        return None, None
    if len(c) >= 2:
        return c[-1], c[-2]
    if j - 1 == 0 or slots[j - 1].boundary_before:
        return c[-1], None
    c2 = slots[j - 2].cands[path[j - 2]][0]
    return c[-1], (c2[-1] if c2 else None)


def _transition(slots: list[Slot], path: list[int], j: int, lex: Lexicon, start: str) -> float:
    """log P of slot ``j``'s first syllable on the path given what comes before, as :func:`viterbi` scores it
    (fixed context after a boundary, unigram + 1 after a kept token, the "<s>" alternative of a soft slot,
    the self-repetition cost), with the trigram of the two syllables before where their context is counted."""
    slot = slots[j]
    c = slot.cands[path[j]][0]
    if not c:
        return math.log(1e-4)
    w = c[0]
    if j == 0 or slot.boundary_before:
        p = slot.boundary_before or start
        if p in ("<s>", "<unk>"):
            return 1.0 + lex.logp(w)
        back, seen = lex.lm_row(p)
        t = seen.get(w)
        return t if t is not None else back + lex.logp(w)
    last, before = _history(slots, path, j)
    if last is None:
        v = 1.0 + lex.logp(w)
    else:
        v = lex.bigram(last, w)
        row = lex.trigram_row(before, last) if before is not None else None
        if row is not None:
            v = math.log(row[2].get(w, 0.0) * row[1] + row[0] * math.exp(v))
    if slot.soft:
        v = max(v, 1.0 + lex.logp(w))
    return v


def refine_with_trigrams(slots: list[Slot], path: list[int], margins: list[float], lex: Lexicon,
                         lm_weight: float = 1.0, start: str = "<s>", gate: float = 1.0,
                         sweeps: int = 1) -> tuple[list[int], list[float]]:
    """The Viterbi path re-read with syllable trigrams where the counts know the context: "thông tin, công
    nghệ mới" (the bigrams had read "công nghệ mai"), "đảm bảo đúng đối tượng" (not "dụng"). Iterated
    conditional modes: each slot whose
    margin is under ``gate`` takes the candidate with the best score given its neighbours — its channel cost,
    the transition into it and the two after it — among those a counted trigram speaks for (the others score
    as in the Viterbi, which already chose among them). Slots it changes get the gain as their margin."""
    n = len(slots)
    if n < 2 or not lex.tri:
        return path, margins
    path, margins = list(path), list(margins)
    lw = lm_weight
    tri = lex.tri

    def speaking(i: int) -> list[int]:
        """The slot's other candidates a counted trigram has in it: after the two syllables before, or
        before the next one or two."""
        last, before = _history(slots, path, i)
        after_ctx = tri.get((before, last)) if before is not None and last is not None else None
        nxt = after = None
        if i + 1 < n and not slots[i + 1].boundary_before:
            nxt = slots[i + 1].cands[path[i + 1]][0]
            if nxt and len(nxt) == 1 and i + 2 < n and not slots[i + 2].boundary_before:
                after = slots[i + 2].cands[path[i + 2]][0]
        out = []
        cur = path[i]
        get = tri.get
        nxt0 = nxt[0] if nxt else None
        after0 = after[0] if after else None
        for k, (c, _x) in enumerate(slots[i].cands):
            if not c or k == cur:
                continue
            if after_ctx is not None and c[0] in after_ctx:
                out.append(k)
            elif nxt0 is not None:
                w = c[-1]
                prior = c[-2] if len(c) >= 2 else last
                if prior is not None and (cont := get((prior, w))) is not None and nxt0 in cont:
                    out.append(k)
                elif after0 is not None and (cont := get((w, nxt0))) is not None and after0 in cont:
                    out.append(k)
        return out

    for _sweep in range(sweeps):
        changed = False
        for i in range(n):
            slot = slots[i]
            if len(slot.cands) < 2 or margins[i] >= gate:
                continue
            options = speaking(i)
            if options and _take_best(slots, path, margins, i, options, lex, lw, start):
                changed = True
        if not changed:
            break
    return path, margins


def _local_score(slots: list[Slot], path: list[int], i: int, lex: Lexicon, lw: float, start: str) -> float:
    """Slot ``i``'s reading on the path scored given its neighbours: its channel cost, the bigrams inside
    it, the transition into it and the two after it (as :func:`viterbi` and the trigrams score them)."""
    c, cost = slots[i].cands[path[i]]
    v = -cost
    if c and len(c) > 1:
        for a, b in zip(c, c[1:], strict=False):
            v += lw * lex.bigram(a, b)
    for j in range(i, min(i + 3, len(slots))):
        v += lw * _transition(slots, path, j, lex, start)
    return v


def _take_best(slots: list[Slot], path: list[int], margins: list[float], i: int, options: Iterable[int],
               lex: Lexicon, lw: float, start: str, min_gain: float = 0.0) -> bool:
    """One step of iterated conditional modes: slot ``i`` takes the candidate among ``options`` with the
    best :func:`_local_score` when it beats the current one by more than ``min_gain``; its gain becomes
    the slot's margin. Whether the slot changed."""
    cur = path[i]
    base = _local_score(slots, path, i, lex, lw, start)
    best, best_k = base + min_gain, cur
    for k in options:
        path[i] = k
        v = _local_score(slots, path, i, lex, lw, start)
        if v > best:
            best_k, best = k, v
    path[i] = best_k
    if best_k == cur:
        return False
    margins[i] = best - base
    return True


REREAD_GATE = 2.0  # a word the Viterbi chose by this margin or more is not re-read
#: the gate for Tesseract-eng text, whose channel leaves a likely word out of a token's candidates more often: "tru"
#: (trực: "ực" read as "u") had been read "trú" by 2.9 nats though "trú tỉnh" was never seen; on 84 generated plans
#: read by Tesseract-eng, 11 lines read better with a gate of 5, none worse (3: 8 lines; 9: as 5). Above
#: REREAD_GATE only where the LM expects a word strongly (:func:`_strong_context`), from a few (``sure_pool``)
REREAD_GATE_ENG = 5.0
REREAD_SIEVE = 3.0  # a suggestion this far behind by its two bigrams alone is not scored further
REREAD_MIN_GAIN = 0.5  # nats a re-reading must win by


def _pair_fit(a: str | None, first: str, last: str, b: str | None, cost: float, lex: Lexicon, lw: float) -> float:
    """A reading's fit between neighbours ``a`` and ``b`` (None: none): −cost + lw·(its two bigrams)."""
    return -cost + lw * ((lex.bigram(a, first) if a else 0.0) + (lex.bigram(last, b) if b else 0.0))


def reread_unlikely(slots: list[Slot], path: list[int], margins: list[float], lex: Lexicon,
                    suggest: Callable[..., list[Cand]], lm_weight: float = 1.0,
                    start: str = "<s>", gate: float = REREAD_GATE, sure_pool: int | None = None,
                    ) -> tuple[list[int], list[float]]:
    """Re-read the doubtful words the LM finds out of place: a single syllable chosen by a margin under
    ``gate`` (:data:`REREAD_GATE`) whose pair with the word before or the word after (where there is one, and it is
    no abbreviation) was never seen. "trên mai trường số": this scan's font made Tesseract-eng read "ô" as
    "a", a confusion too rare in the channel for "môi" to be proposed. ``suggest(i, before, after)`` gives
    the words the LM has seen beside the neighbours, costed by the channel however far they are; one is
    taken when it wins by :data:`REREAD_MIN_GAIN` on :func:`_local_score` (channel cost, the transition into
    it and the two after it). Its gain becomes the slot's margin."""
    n = len(slots)
    if n < 2:
        return path, margins
    path, margins = list(path), list(margins)
    lw = lm_weight
    lm_row = lex.lm_row
    for i in range(n):
        slot = slots[i]
        if margins[i] >= gate or len(slot.cands) < 2 or slot.title:
            continue  # (a person's name is no word the LM knows the neighbours of: "Đỗ Thu" had become "Để Thu")
        c = slot.cands[path[i]][0]
        if not c or len(c) != 1 or c[0][:1] == ABBR_MARK:
            continue
        w = c[0]
        p = slots[i - 1].cands[path[i - 1]][0] if i > 0 and not slot.boundary_before else None
        q = slots[i + 1].cands[path[i + 1]][0] if i + 1 < n and not slots[i + 1].boundary_before else None
        a = p[-1] if p and p[-1][:1] != ABBR_MARK else None
        b = q[0] if q and q[0][:1] != ABBR_MARK else None
        if (a is None or w in lm_row(a)[1]) and (b is None or b in lm_row(w)[1]):
            continue  # in place (beside a boundary or an abbreviation, whose pairs are thinly counted: one side)
        if margins[i] < REREAD_GATE or sure_pool is None:
            extra = suggest(i, a, b)
        elif _strong_context(lex, a, b):  # a word chosen by REREAD_GATE or more (under a wider ``gate``): where
            extra = suggest(i, a, b, sure_pool)  # the LM expects a word strongly, its likeliest few (``sure_pool``)
        else:
            continue
        # a first sieve by the pairs with the neighbours alone (the trigrams rarely move a word by nats)
        floor = _pair_fit(a, w, w, b, slot.cands[path[i]][1], lex, lw) - REREAD_SIEVE
        extra = [e for e in extra if _pair_fit(a, e[0][0], e[0][-1], b, e[1], lex, lw) > floor]
        if not extra:
            continue
        at = len(slot.cands)
        slot.cands.extend(extra)
        slot.key = None  # its candidates now depend on its neighbours
        _take_best(slots, path, margins, i, range(at, len(slot.cands)), lex, lw, start, REREAD_MIN_GAIN)
    return path, margins


STRONG_AFTER = -2.6  # log P(word | the word before) of a context that expects its next word strongly ("thường" trực)
STRONG_BEFORE = -1.5  # log P(the word after | word) of a word that the next one all but names ("thực" hiện)


def _strong_context(lex: Lexicon, a: str | None, b: str | None) -> bool:
    """Whether the word before (``a``) expects some next word with log-probability :data:`STRONG_AFTER` or more, or
    the word after (``b``) is that likely after some word before it (:data:`STRONG_BEFORE`): "thường" → trực, "nhà"
    → nước, "hiện" ← thực (memoised on the lexicon)."""
    memo = lex.__dict__.setdefault("_strong_context", {})
    for key, word in (("a", a), ("b", b)):
        if word is None:
            continue
        got = memo.get((key, word))
        if got is None:
            if key == "a":
                seen = lex.lm_row(word)[1]
                got = bool(seen) and max(seen.values()) >= STRONG_AFTER
            else:
                got = any(lex.bigram(n, word) >= STRONG_BEFORE for n in lex.prev_words.get(word, ())[:20])
            memo[(key, word)] = got
        if got:
            return True
    return False


def _lm_table(lex: Lexicon) -> tuple[dict[str, int], dict[str, int], object] | None:
    """The lexicon's LM rows for the C loops: (syllable → id, context → its row, the C table over
    :meth:`Lexicon.lm_arrays`, which a precomputed lexicon carries pickled). Rows the lexicon made after
    the arrays are read from their dicts. None when the extension lacks the table (callers check that their
    own C function is on: ``VETPLAN_PURE_PYTHON``)."""
    got = lex.__dict__.get("_c_lm")
    if got is None:
        make = _compiled("lm_table")
        if make is None or _compiled("lm_arrays") is None:
            return None
        made = lex.lm_arrays()
        if made is None:
            return None
        ids, ctx, arrays = made
        got = lex.__dict__["_c_lm"] = (ids, ctx, make(*arrays))
    return got


def _table_row(lex: Lexicon, ctx: dict[str, int], w: str, row: tuple) -> int:
    """The C LM table's row for ``w`` when ``row`` is the lexicon's LM row of ``w`` (``ctx``: context → row),
    else -1 (the Viterbi's start row for "<s>", or a row made after the table: read from its dict)."""
    return ctx.get(w, -1) if lex.__dict__.get("_lm_rows", {}).get(w) is row else -1


def _row_ref(lex: Lexicon, w: str, ctx: dict[str, int]) -> tuple[float, dict[str, float], int]:
    """``lex.lm_row(w)`` with its row in the C LM table (-1: read from the dict)."""
    row = lex.lm_row(w)
    return row[0], row[1], _table_row(lex, ctx, w, row)


def _link_infos(lex: Lexicon, table: tuple) -> Callable[[str], tuple]:
    """word → (its id in the C LM ``table``, its logp, :func:`_row_ref` of it), memoised on the lexicon."""
    memo = lex.__dict__.setdefault("_link_info", {})
    ids, ctx, _t = table
    logp = lex.logp

    def info(w: str) -> tuple:
        got = memo.get(w)
        if got is None:
            got = memo[w] = (ids.get(w, -1), logp(w), _row_ref(lex, w, ctx))
        return got

    return info


def _pack_slots(slots: list[Slot], lex: Lexicon, lw: float, start: str, memo: dict | None,
                start_transitions, row_of, start_row, table: tuple) -> list[tuple]:  # noqa: ANN001 - viterbi's closures
    """Per slot what the C loop reads (see ``normalize/_viterbi.c``): local scores, ``lw``·logp of the
    first syllables (None = kept as written), LM backoffs and seen-bigram rows of the last syllables,
    first syllables, their logp, the transitions from a fixed context at a boundary, and the first
    syllables' ids and the last syllables' rows in the C LM ``table`` (:func:`_lm_table`). Packed by the C
    ``pack_slots`` in one pass over the candidates, memoised per slot key; a candidate's LM numbers are
    made here on first sight and kept on the lexicon (the numbers the Python loop of :func:`viterbi` uses)."""
    logp = lex.logp
    # per candidate: (back, seen, lw·logp(first), logp(first), first's id, row's id) — cached on the lexicon
    ids, ctx, _t = table
    info_of = lex.__dict__.setdefault("_cand_info_c", {}).setdefault(lw, {})

    def make_info(cand: tuple[str, ...]) -> tuple:
        row = row_of(cand[-1])
        lp = logp(cand[0])
        info = info_of[cand] = (row[0], row[1], lw * lp, lp, ids.get(cand[0], -1), _table_row(lex, ctx, cand[-1], row))
        return info

    return _c_loop("pack_slots")(slots, memo, lw, start, info_of,  # type: ignore[misc]
                                 (start_row[0], start_row[1], None, 0.0, -1, -1), make_info, lex.bigram,
                                 start_transitions)


@cache
def _tone_family(ch: str) -> tuple[str, ...]:
    """A vowel with each of the six tones: ``"ớ"`` → ``("ơ", "ờ", "ớ", "ở", "ỡ", "ợ")`` (memoised)."""
    base, _tone = split_tone(ch)
    return (base, *(unicodedata.normalize("NFC", base + m) for m in "\u0300\u0301\u0309\u0303\u0323"))


@lru_cache(maxsize=20_000)
def _default_alignment(truth: str, ocr: str) -> tuple[tuple[str, str], ...]:
    """Alignment of a sure (truth, ocr) pair under the symbol-code channel before learning; shared by
    :func:`learn_doc_table` and :func:`learn_doc_rates`, which read the same pairs."""
    return tuple(default_subst_channel().align(truth, ocr))


def _confusion_cost(count: float, total: float) -> float:
    """−log P(truth | OCR symbol) of a learned confusion, smoothed, never under 0.3."""
    return max(0.3, -math.log((count + 0.2) / (total + 1.0)))


def learn_eng_table(pairs: list[tuple[str, str]], ch: Channel, min_count: int = 2,
                    prior: float = 5.0) -> dict[tuple[str, str], float]:
    """Per-document Tesseract-eng confusions from sure (reading, token) pairs, where cheaper than ``ch``.

    The channel is P(OCR | truth): how often this scan turned a true ``ớ`` into "a" among all its ``ớ``
    ("mới" read "mai", "khởi" read "khai"), with ``ch``'s own P(o | t) as a prior worth ``prior`` letters
    (2, 5 and 20 give the same figures)."""
    cnt: Counter[tuple[str, str]] = Counter()
    tot: Counter[str] = Counter()
    memo: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for pair in pairs:
        al = memo.get(pair)
        if al is None:
            al = memo[pair] = ch.align(*pair)
        for t, o in al:
            if t:
                cnt[(t, o)] += 1
                tot[t] += 1
    table: dict[tuple[str, str], float] = {}
    for (t, o), c in cnt.items():
        if t == o or not o or c < min_count:
            continue
        base = ch.c_sub(t, o)
        cost = -math.log((c + prior * math.exp(-base)) / (tot[t] + prior))
        if cost < base:
            table[(t, o)] = max(0.05, cost)
    return table


def adapted_channel(ch: Channel, table: dict[tuple[str, str], float]) -> Channel:
    """A copy of ``ch`` (without its caches) with the document's cheaper confusions."""
    return replace(ch, sub={**ch.sub, **table}, dele=dict(ch.dele), ins=dict(ch.ins))


def learn_doc_table(pairs: list[tuple[str, str]], weight: float = 1.0) -> dict[tuple[str, str], float]:
    """Per-document symbol→letter costs from aligned (truth, ocr) token pairs (EM M-step).

    ``[("nghiệp", "nghi~p")]`` → cost of ``("ệ", "~")`` becomes small. A plain letter standing for a
    vowel cannot show its tone, so its evidence counts for every tone of that vowel: "huang" for
    "hướng" and "vai" for "với" make "a" cheap for ơ, ờ, ớ, ở, ỡ and ợ alike. (Symbols are kept per
    tone: "?" for ạ/ậ carries the dot below.)
    """
    cnt: defaultdict[tuple[str, str], float] = defaultdict(float)
    tot: defaultdict[str, float] = defaultdict(float)
    for (truth, ocr), k in Counter(pairs).items():  # (each distinct pair aligned once; integer sums are exact)
        wk = weight * k
        for t, o in _default_alignment(truth, ocr):
            if t and o:
                tot[o] += wk
                if t in VOWELS and o.isalpha() and o.lower() in PLAIN_VOWELS:
                    for v in _tone_family(t):
                        cnt[(v, o)] += wk
                else:
                    cnt[(t, o)] += wk
    # a group ("\\l", "<;>", "T)") keeps its own mark, but one seen seldom borrows what the groups of
    # the document stand for together ("T)" twice in headings, "\\l" = ụ thirty times): its own counts
    # plus the pooled ones at weight GROUP_POOL / (its own total + GROUP_POOL)
    pool: defaultdict[str, float] = defaultdict(float)
    for (t, o), c in cnt.items():
        if o in MARK_SET:
            pool[t] += c
    pool_tot = sum(pool.values())
    if pool_tot:
        for o in GROUP_MARKS.values():
            share = GROUP_POOL / (tot[o] + GROUP_POOL)
            for t, c in pool.items():
                cnt[(t, o)] += share * c
            tot[o] += share * pool_tot
    table: dict[tuple[str, str], float] = {}
    for (t, o), c in cnt.items():
        if t == o or c < 1.5:
            continue
        if o.isalpha() and skeleton(t) == skeleton(o):
            continue
        table[(t, o)] = _confusion_cost(c, tot[o])
    if SHAPE_SHARE > 0:
        # a symbol seen for a vowel's shape stands for its other tones too, at the cost of one sighting: "~" read
        # for ệ, ề, ậ, ầ is the circumflex, so "d~y" may be "đẩy" though no sure reading had an ẩ (the floor of a
        # vowel never seen, see learn_symbol_floors, had made it "dậy")
        for (t, o), c in list(cnt.items()):
            if o.isalpha() or c < 1.5 or t not in VOWELS or t in PLAIN_VOWELS:
                continue
            for v in _tone_family(t):  # (not the plain vowel: a stand-in is there for a mark, "qU?n" is quận)
                if (v, o) not in table and v not in PLAIN_VOWELS:
                    table[(v, o)] = _confusion_cost(SHAPE_SHARE, tot[o])
    return table


SHAPE_SHARE = float(os.environ.get("VETPLAN_SHAPE_SHARE", "1.0"))  # see learn_doc_table
SYMBOL_FLOOR_MIN = 10  # sure sightings of a symbol before the vowels it never stood for cost more


def learn_symbol_floors(pairs: list[tuple[str, str]]) -> dict[str, float]:
    """Per symbol the document used at least :data:`SYMBOL_FLOOR_MIN` times in its sure readings, what a
    vowel it never stood for costs: the estimate :func:`learn_doc_table` gives its confusions, at a count
    of nothing (``"~"`` seen 24 times for ệ, ề, ầ… : ự costs 4.8 nats, not the 2.5 of any symbol), so a
    well-attested symbol keeps to its vowels ("D~ an" is "Đề án", not the likelier "Dự án")."""
    tot: Counter[str] = Counter()
    for (truth, ocr), k in Counter(pairs).items():
        for t, o in _default_alignment(truth, ocr):
            if t and o and not o.isalpha():
                tot[o] += k
    return {o: _confusion_cost(0.0, n) for o, n in tot.items() if n >= SYMBOL_FLOOR_MIN}


def learn_doc_rates(pairs: list[tuple[str, str]], table: dict[tuple[str, str], float]) -> dict[str, float]:
    """Per-document generic cost of reading one plain vowel as another (EM M-step for a default).

    A code that writes "huang" for "hướng" swaps vowels often, and the table already explains those
    pairs; a document whose sure tokens show no other swaps makes the unexplained ones dearer, so
    "de an" stays "đề án" instead of becoming the more frequent "dự án". Only ever raised.
    """
    default_vowel = default_subst_channel().vowel
    vowels = swaps = chars = 0.0
    for (truth, ocr), k in Counter(pairs).items():
        for t, o in _default_alignment(truth, ocr):
            if not t:
                continue
            chars += k
            if t in VOWELS:
                vowels += k
                if o.isalpha() and o.lower() in PLAIN_VOWELS and skeleton(t) != o.lower() and (t, o) not in table:
                    swaps += k
    if chars < 200:  # too little evidence: keep the default
        return {}
    return {"vowel": min(6.0, max(default_vowel, -math.log((swaps + 0.5) / (vowels + 1.0)) - 1.0))}


WORDISH = re.compile(r"[^\W\d_]")


def valid(w: str) -> bool:
    """Syllable validity shortcut (lower-case)."""
    return is_valid_syllable(w)
