"""Vietnamese syllable grammar: decompose/compose tones, skeletons, validity.

A syllable = onset + rime (medial + nucleus + coda) + tone.  Examples::

    >>> split_tone("nghiệp")
    ('nghiêp', 5)
    >>> compose("nghiêp", 5)
    'nghiệp'
    >>> skeleton("Đẩy")
    'day'
    >>> is_valid_syllable("vera")
    False
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# tone index: 0 ngang, 1 huyền (grave), 2 sắc (acute), 3 hỏi (hook), 4 ngã (tilde), 5 nặng (dot below)
TONE_MARKS = {"\u0300": 1, "\u0301": 2, "\u0309": 3, "\u0303": 4, "\u0323": 5}
TONE_COMBINING = {v: k for k, v in TONE_MARKS.items()}
BASE_VOWELS = "aăâeêioôơuưy"

ONSETS = [
    "ngh", "ch", "gh", "gi", "kh", "ng", "nh", "ph", "qu", "th", "tr",
    "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "",
]

_RIMES_TXT = """
a ac ach ai am an ang anh ao ap at au ay
ăc ăm ăn ăng ăp ăt âc âm ân âng âp ât âu ây
e ec em en eng eo ep et ê êch êm ên ênh êp êt êu
i ia ich im in inh ip it iu iêc iêm iên iêng iêp iêt iêu
o oc oi om on ong op ot oa oac oach oai oam oan oang oanh oao oap oat oay oăc oăm oăn oăng oăt
oe oen oeo oet ooc oong ô ôc ôi ôm ôn ông ôp ôt ơ ơi ơm ơn ơp ơt
u uc ui um un ung up ut ua uân uâng uât uây uê uêch uênh uy uya uych uyên uyêt uynh uyt uyu
uôc uôi uôm uôn uông uôt uơ uê uêu
ư ưc ưi ưm ưn ưng ưt ưu ưa ươc ươi ươm ươn ương ươp ươt ươu
y yêm yên yêt yêu ynh yt ych
"""
RIMES = frozenset(_RIMES_TXT.split())
#: rimes only "qu" takes: its u is the onset's, so "quỳnh", "quýt" are qu + ynh, qu + yt (as huỳnh is h + uynh)
QU_RIMES = frozenset(("ynh", "yt", "ych"))
STOP_CODAS = ("p", "t", "c", "ch")


def nfc(s: str) -> str:
    """NFC-normalise: ``nfc("ho\\u0300a")`` → ``"hòa"``."""
    return unicodedata.normalize("NFC", s)


@lru_cache(maxsize=200_000)
def split_tone(word: str) -> tuple[str, int]:
    """Return (toneless word keeping vowel marks, tone index): ``"Hội"`` → ``("Hôi", 5)``."""
    tone = 0
    out = []
    for ch in unicodedata.normalize("NFD", word):
        t = TONE_MARKS.get(ch)
        if t is not None:
            tone = t
        else:
            out.append(ch)
    return unicodedata.normalize("NFC", "".join(out)), tone


#: a character a decomposed word keeps in its skeleton that is neither ASCII nor a combining diacritic (U+0300–U+036F)
_BEYOND_LATIN_MARKS = re.compile("[^\x00-\x7f\u0300-\u036f]")


@lru_cache(maxsize=200_000)
def skeleton(word: str) -> str:
    """Base ASCII letters, lower case: ``"Nghiệp"`` → ``"nghiep"``, ``"đ"`` → ``"d"``."""
    if word.isascii():
        return word.lower()
    nfd = unicodedata.normalize("NFD", word.lower()).replace("đ", "d")
    if _BEYOND_LATIN_MARKS.search(nfd) is None:  # (Vietnamese: its letters' marks all in U+0300–U+036F, all dropped)
        return nfd.encode("ascii", "ignore").decode("ascii")
    return "".join(ch for ch in nfd if unicodedata.category(ch) != "Mn")


def _tone_position(base: str) -> int:
    """Index of the vowel carrying the tone in a toneless lower-case syllable (old style: hòa, thủy)."""
    low = base
    vpos = [i for i, c in enumerate(low) if c in BASE_VOWELS]
    if not vpos:
        return -1
    # skip onset glide of "qu" and "gi"
    if low.startswith("qu") and len(vpos) > 1 and vpos[0] == 1:
        vpos = vpos[1:]
    elif low.startswith("gi") and len(vpos) > 1 and vpos[0] == 1:
        vpos = vpos[1:]
    for i in vpos:
        if low[i] in "ăâêôơư":
            # ươ → tone on ơ
            if low[i] == "ư" and i + 1 < len(low) and low[i + 1] == "ơ":
                return i + 1
            return i
    if len(vpos) == 1:
        return vpos[0]
    last = vpos[-1]
    has_coda = last + 1 < len(low)
    if has_coda:
        return vpos[-1]
    # open syllable with 2+ vowels: old style → tone on the second-to-last one
    if len(vpos) >= 3:
        return vpos[1]
    return vpos[0]


@lru_cache(maxsize=200_000)
def compose(base: str, tone: int) -> str:
    """Put ``tone`` on a toneless syllable: ``compose("hoa", 1)`` → ``"hòa"`` (old style)."""
    if tone == 0:
        return base
    low = base.lower()
    pos = _tone_position(low)
    if pos < 0:
        return base
    ch = unicodedata.normalize("NFD", base[pos])
    ch = unicodedata.normalize("NFC", ch[0] + ch[1:] + TONE_COMBINING[tone])
    return base[:pos] + ch + base[pos + 1 :]


def canonical(word: str) -> str:
    """Canonical (NFC, old-style tone placement) form: ``"hoà"`` → ``"hòa"``, ``"thuỷ"`` → ``"thủy"``."""
    w = nfc(word)
    if not w or not any(c.isalpha() for c in w):
        return w
    base, tone = split_tone(w)
    if tone == 0 or not is_valid_base(base.lower()):
        return w
    return compose(base, tone)


def new_style(word: str) -> str:
    """New-style tone placement (``"hòa"`` → ``"hoà"``) used to test tone-placement handling."""
    base, tone = split_tone(nfc(word))
    low = base.lower()
    vpos = [i for i, c in enumerate(low) if c in BASE_VOWELS]
    if tone and len(vpos) == 2 and vpos[-1] == len(low) - 1 and low[vpos[0]:vpos[0] + 2] in ("oa", "oe", "uy"):
        i = vpos[1]
        ch = unicodedata.normalize("NFC", base[i] + TONE_COMBINING[tone])
        return base[:i] + ch + base[i + 1 :]
    return canonical(word)


@lru_cache(maxsize=200_000)
def parse(base: str) -> tuple[str, str] | None:
    """Split a toneless lower-case syllable into (onset, rime) or None: ``"nghiêp"`` → ``("ngh", "iêp")``."""
    for on in ONSETS:
        if base.startswith(on):
            rime = base[len(on) :]
            if rime in RIMES:
                if on in ("gh", "ngh", "k") and rime[:1] not in ("i", "e", "ê", "y"):
                    continue
                if on == "qu" and rime[:1] in ("u", "ư"):
                    continue
                if rime in QU_RIMES and on != "qu":
                    continue
                return on, rime
            if on == "gi" and ("i" + rime) in RIMES:
                return on, rime
            if on == "gi" and rime == "":
                return on, "i"
    return None


def is_valid_base(base: str) -> bool:
    """True when a toneless lower-case string is a Vietnamese syllable: ``"nghiêp"`` → True."""
    return parse(base) is not None


@lru_cache(maxsize=300_000)
def is_valid_syllable(word: str) -> bool:
    """True for a well-formed Vietnamese syllable (any case): ``"Quốc"`` → True, ``"node"`` → False."""
    if not word or len(word) > 8:
        return False
    base, tone = split_tone(nfc(word).lower())
    p = parse(base)
    if p is None:
        return False
    rime = p[1]
    if rime.endswith(STOP_CODAS) and tone not in (2, 5):
        return False
    return True


SKELETON_RIMES = frozenset(skeleton(r) for r in RIMES - QU_RIMES)
_QU_SKELETON_RIMES = frozenset(skeleton(r) for r in QU_RIMES)
SKELETON_ONSETS = sorted({skeleton(o) for o in ONSETS}, key=len, reverse=True)
_ONSET_SET = frozenset(SKELETON_ONSETS)
_ONSET_LENGTHS = sorted({len(o) for o in SKELETON_ONSETS}, reverse=True)


@lru_cache(maxsize=200_000)
def is_valid_skeleton(word: str) -> bool:
    """True when some diacritised form of an ASCII word is a syllable: ``"nghiep"`` → True."""
    w = skeleton(word)
    return any(w[:k] in _ONSET_SET and (w[k:] in SKELETON_RIMES or (w[:k] == "qu" and w[k:] in _QU_SKELETON_RIMES))
               for k in _ONSET_LENGTHS if k <= len(w))
