"""Vietnamese orthography checks used to score decodings and text layers."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")

_ONSETS = "ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x"
_RHYMES = """
a ac ach ai am an ang anh ao ap at au ay
ăc ăm ăn ăng ăp ăt
âc âm ân âng âp ât âu ây
e ec em en eng eo ep et
ê êch êm ên ênh êp êt êu
i ia ich im in inh ip it iu iêc iêm iên iêng iêp iêt iêu
o oc oi om on ong op ot oa oac oach oai oam oan oang oanh oao oap oat oay
oăc oăm oăn oăng oăt oe oen oeo oet oong ooc
ô ôc ôi ôm ôn ông ôp ôt
ơ ơi ơm ơn ơp ơt ơu
u ua uc ui um un ung up ut uân uâng uât uây uê uêch uênh uơ
uôc uôi uôm uôn uông uôt uy uya uych uyên uyêt uyn uynh uyp uyt uyu
ư ưa ưc ưi ưm ưn ưng ưt ưu ươc ươi ươm ươn ương ươp ươt ươu
y yêm yên yêng yêt yêu
""".split()
_SYLLABLE = re.compile(
    "^(?:{})?(?:{})$".format(_ONSETS, "|".join(sorted(_RHYMES, key=len, reverse=True)))
)

VIETNAMESE_LETTERS = frozenset(
    "aăâbcdđeêghiklmnoôơpqrstuưvxy"
    "àằầèềìòồờùừỳáắấéếíóốớúứýảẳẩẻểỉỏổởủửỷãẵẫẽễĩõỗỡũữỹạặậẹệịọộợụựỵ"
)
# Non-ASCII symbols that genuinely occur in Vietnamese administrative text.
_ALLOWED_SYMBOLS = frozenset("\u00a0“”‘’–—…•·«»°§±×÷€№‰√≤≥→←↑↓■□●○◦▪▫✓✔❖➢►♦")


@lru_cache(maxsize=65536)
def is_syllable(token: str) -> bool:
    """True if ``token`` (any case) is a well-formed Vietnamese syllable with at most one tone."""
    low = token.lower()
    if low.isascii():
        return bool(_SYLLABLE.match(low))
    decomposed = unicodedata.normalize("NFD", low)
    tones = sum(1 for c in decomposed if c in TONE_MARKS)
    if tones > 1:
        return False
    bare = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in TONE_MARKS))
    return bool(_SYLLABLE.match(bare))


@lru_cache(maxsize=65536)
def syllable_frequency(token: str) -> float:
    """Zipf frequency (0..8) of a lower-case syllable in Vietnamese text (wordfreq), 0 if unavailable."""
    try:
        from wordfreq import zipf_frequency
    except ImportError:  # pragma: no cover - wordfreq is a dependency of vetplan
        return 0.0
    return zipf_frequency(token, "vi")


_TOKEN = re.compile(r"[^\W\d_]+")


@dataclass
class TextScore:
    """How Vietnamese-like a decoded text looks."""

    vn_syllables: int  # tokens with a non-ASCII letter that are valid syllables
    vn_weight: float  # those syllables weighted by their frequency in Vietnamese
    ascii_words: int
    bad_tokens: int  # tokens with non-ASCII letters that are not syllables
    junk_chars: int  # controls, replacement chars, stray symbols and marks
    chars: int
    nonascii_letters: int = 0  # non-ASCII letters in the text
    nonascii_ok: int = 0  # of those, letters inside valid syllables

    @property
    def score(self) -> float:
        """Higher is better; used to rank candidate decodings of the same bytes."""
        return self.vn_weight + 0.05 * self.ascii_words - 1.5 * self.bad_tokens - 2.0 * self.junk_chars

    @property
    def quality(self) -> float:
        """Share of good tokens among all tokens and junk, 0..1."""
        good = self.vn_syllables + self.ascii_words
        total = good + self.bad_tokens + self.junk_chars
        return good / total if total else 0.0


def _is_junk(c: str) -> bool:
    if c in "\t\n\r\f":
        return False
    o = ord(c)
    if o < 0x20 or 0x7F <= o < 0xA0 or c == "\ufffd":
        return True
    if o < 0x80:
        return False
    cat = unicodedata.category(c)
    if cat[0] == "L":
        return False  # judged with its token
    if cat in ("Co", "Cn", "Cs", "Cc", "Mn"):
        return True
    if cat == "Zs":
        return False
    return c not in _ALLOWED_SYMBOLS


def score_text(text: str) -> TextScore:
    """Score ``text`` (NFC) by valid Vietnamese syllables versus junk."""
    vn = ascii_words = bad = na_letters = na_ok = 0
    weight = 0.0
    for tok in _TOKEN.findall(text):
        if tok.isascii():
            ascii_words += 1
            continue
        n = sum(1 for c in tok if not c.isascii())
        na_letters += n
        # (cased as words are written: "nghị", "NGHỊ", "Nghị"; "nghỊ" is a wrong code page's letter)
        if all(c.lower() in VIETNAMESE_LETTERS for c in tok) and is_syllable(tok) and (
                tok.islower() or tok.isupper() or tok.istitle()):
            vn += 1
            na_ok += n
            weight += 0.5 + syllable_frequency(tok.lower()) / 7.0
        else:
            bad += 1
    junk = sum(1 for c in text if _is_junk(c))
    return TextScore(vn, weight, ascii_words, bad, junk, len(text), na_letters, na_ok)
