"""Small pure fixers. Each returns edits ``(start, end, replacement, confidence)`` on one line.

Examples::

    >>> fix_roman_numerals("I11. NHIEM VU")
    [(0, 3, 'III', 0.9)]
    >>> fix_document_numbers("Số: 73 IKH-UBND")
    [(6, 8, '/', 0.85)]
"""

from __future__ import annotations

import bisect
import itertools
import re
import unicodedata
from collections.abc import Callable, Sequence, Set
from functools import cache, lru_cache

import regex

from .syllable import BASE_VOWELS, canonical, is_valid_skeleton, is_valid_syllable, skeleton, split_tone

#: regex's own cache of compiled patterns (500 at the most, shrunk at random when full) is for the patterns a repair
#: builds as it reads (a number's item pattern, a place's name): this module's hundreds of patterns are held by their
#: names, and kept out of it while they are compiled — put there, they had filled it to 473 entries, and every repair
#: then compiled its own patterns again and again as the cache shrank (restored at the module's end)
_CACHE_ALL_BEFORE = regex.cache_all(None)
regex.cache_all(False)

Edit = tuple[int, int, str, float]

#: the part numbers of a plan, in order
ROMANS_IN_ORDER = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
ROMANS = set(ROMANS_IN_ORDER)
#: a heading's part number at line start, after an optional speck the scan left before it ("_ v. TO CHUC",
#: "- Vi. CHE DO BAO CAO")
_ROMAN_RE = re.compile(r"^(\s*(?:[_~'‘’`•·«»\".–-]\s*)?)([|Il1IVXvix\[\]H!ÍÌ]{1,4})(?=\.|,[ ]\S)")  # (a stop's
# speck before it, a stroke read "!" or with a mark, the stop after it a comma: ".I!, CHỈ TIÊU", "lIÍ. NHIỆM VỤ",
# vetplan's OCR of fresh seed 4236's scan, both parts lost)
#: the strokes OCR reads for the "I" of a Roman numeral: "|", "l", "1", "!", "[", "]", "Í", "Ì"
_STROKE_AS_I = str.maketrans("|l1![]LÍÌ", "IIIIIIIII")


def _as_roman(tok: str) -> str:
    """A part number as OCR left it, read as the numeral: strokes as "I", two close strokes read "H" as "II",
    a capital read in lower case (the same shape, smaller): ``"IH"`` → ``"III"``, ``"vi"`` → ``"VI"``."""
    return tok.translate(_STROKE_AS_I).replace("H", "II").upper()

#: the slash of a document number read as "I", or as a bracket or bar with a speck after it ("73), KH-UBND"), or a
#: comma ("1956, QD-TTg")
_DOC_CODES = r"(?:KH|QĐ|QD|CT|TB|BC|NQ|TTr|HD|HĐ|SGDĐT|SGDDT|UBND|NĐ|ND|TT|TTLT)"
#: the type codes of the documents a plan cites (their Đ maybe read D), and with the plan's own, before a hyphen
_CITED_TYPES = r"(?:QĐ|QD|CT|NĐ|ND|TT)"
_CITED_OR_PLAN_TYPES = r"(?:QĐ|QD|CT|NĐ|ND|TT|KH)"
#: a space a scan put between a cited number's digits, after "số" and before its slash ("số 52 2/QĐ-TTg")
#: (its label's ố read as a letter, two spaces: "sd 223  9/QP-TTg")
_DOCNUM_SPACED = regex.compile(r"(?<=(?<![\p{L}\d])[Ss](?:[ốỐoô6bdeéO]{1,2}[:.]?|:)[ ](?:[a-z]|[‘’'`][ ])?\d{1,3}"
                               r"(?:[‘’'`]?[ ]{1,2}\d{1,2})?)[‘’'`]?[ ]{1,3}"
                               r"(?=\d{1,3}(?:[‘’'`]?[ ]{1,2}\d{1,2})?(?:/[\p{L}\d]|[1I](?:Q[ĐDPB]|KH|N[ĐD]|TT|CT)-"
                               r"|1[QN][ĐDPBb](?:TTg|CP)(?![\p{L}\d])))")  # (its hyphen lost too: "sé 52‘ 21QPTTg",
# sample 000's engine on fresh seed 13479 eng000, the citation lost)
# (two such, "sd 2‘ 23  9/QP-TTg": sample 000's engine on fresh seed 5479 eng000, the basis lost; three spaces: "So: 3
# 13/KH-UBND", 17195 eng000, the number lost)
# (a speck before the space: "Sé: 22‘ 2/KH-UBND", the plan's number had been lost; the label's vowel lost too, "S: 3
# 45/KH-UBND", fresh seed 1368 eng000; a speck after it, "Séb: 3  12/KH-UBND", fresh seed 2236 eng000; a speck's small
# letter before the number, fix_number_label's: "S6: b3  00/KH", 4989 eng000; its slash read 1, "sé 52‘ 21QP-TTg",
# 11584 eng000, read "52‘ 2/QĐ-TTg", the citation lost; its label in capitals: "Quyét dinh SO 52‘ 2/QD-TTg", 12407
# eng000; the slash read I: "S6o: 6 1IKH-UBND", 12613 eng000, the plan's number lost; a quote before the number too:
# "Sé: ‘ 2‘ 29/KH-UBND", 15466 eng000, the number lost)
#: … or between the number and the slash before its year ("43  /2016/TT-BLĐTBXH")
_DOCNUM_SPACED_BEFORE_YEAR = regex.compile(r"(?<=(?<![\w/.,])\d{1,5})[ ]{1,2}(?=/(?:19|20)\d\d/[A-ZĐ])")
#: a period's year after its slash parted by a hyphen or a space a scan read inside it ("Quý II/20-19": 2019, a date's
#: "28/9/20 15"; a stroke after the slash is another fixer's, "Quý III/I20 17")
_PERIOD_SLASH = (r"(?<![\w/])(?:[\dIVXHLl|\[\]]{1,4}|\d{1,2}/\d{1,2}|\d{2}1[01]?\d)/"
                 r"(?:[Il|]|[‘’'`][ ]?)?")  # (a speck after the slash:
# "đến tháng 9/‘ 202 1.", sample 000's engine on fresh seed 8195 eng000, the task's time lost; a date's first slash read
# 1, "trước ngay 22112/20 19.", 12081 eng000, the deadline lost)
_YEAR_WORD_BEFORE = r"(?:(?<![\p{L}\d])|(?<=\p{Ll}{3}))(?i:n[^\s\d]{1,2}m)[‘’'`]?[ ]+"  # "năm" however read ("nim",
# "ndm"; a speck after it: "nim‘ 202‘ 2", sample 000's engine on fresh seed 8390 eng000, the title lost)
# and its space, maybe glued after a word ("nong thonnam 20 17", sample 000's engine on fresh seed 3098 eng000, a title)
# (each alternative's first character looked for before its look-behind: the line's other places cost one test)
_YEAR_PARTED_BY_A_DASH = regex.compile(rf"(?=[- ‘’'`])(?:(?<={_PERIOD_SLASH}(?:19|20))[‘’'`]?[- ](?=\d\d(?![\w/]))"
                                       # (after the year's word: "năm 20 16", a title's year had kept it; a speck
                                       # too: "nam 20‘ 22", the header's date had been lost)
                                       rf"|(?<={_YEAR_WORD_BEFORE}(?:199|20[0-3]))[‘’'`]?[ ](?=\d(?:[ .,;:)]|$))"
                                       rf"|(?<={_YEAR_WORD_BEFORE}(?:19|20))[‘’'`]?[ ](?=\d\d(?:[ .,;:)]|$))"
                                       rf"|(?<={_PERIOD_SLASH}(?:19|20)\d)[‘’'`]?[- ](?=\d(?![\w/])))")
# ("Quý IV/202 1"; "Quý I/202‘ 2": a speck before the space too, after the year's word as well: a title's "ndm 202‘ 2",
# sample 000's engine on fresh seed 2891 eng000, the title lost)
#: a stroke a scan read after a date's slash, before its month or its year ("14/I5/2018", "30/12/I2021": sample 000's
#: engine wrote one of its 49 slashes so)
_STROKE_AFTER_DATE_SLASH = regex.compile(r"(?<![\w/.,])(?P<d>\d{1,2})/(?:(?P<s1>[Il|][ ]?)(?P<m>\d{1,2})/(?:19|20)\d\d"
                                         r"|(?P<sp>[ ])?(?P<m2>\d{1,2})/(?P<s2>[Il|])(?:19|20)[ ]?\d\d)"
                                         r"(?![\w/])")  # (its year
# parted too: "28/12/I20 16", fresh seed 1050 eng000; the space is _YEAR_PARTED_BY_A_DASH's; a space after the stroke,
# "ngay 12/I 12/2023", sample 000's engine on fresh seed 3875 eng000, the report's deadline lost; a space after the
# first slash too, "ngay ‘ 27/ 11/I2009", 11781 eng000, the citation lost)
#: a cited number's slash before its type and issuer read as a space, after "số": "số 1956 QD-TTg" (1956/QD-TTg), or
#: after the label "Số:" ("So: 37 KH-UBND": real Tesseract-eng on fresh seed 971, the plan's number lost)
_DOCNUM_SLASH_AS_SPACE = regex.compile(rf"(?<=(?<![\w/])\d{{1,5}}/(?:19|20)\d\d)[ ](?={_CITED_OR_PLAN_TYPES}-[A-ZĐ])"
                                       r"|(?<=(?<![\w/.,])(?:[58][6o0]|[Ss][6o0]{2})[ ]+\d{1,5})[ ]"
                                       rf"(?={_CITED_TYPES}-[A-ZĐ])"  # (after "số" read as digits: "50 1956")
                                       r"|(?<=(?:(?<![\p{L}\d])(?i:[s$][ốoô6ö]r?)[:;.]?(?:[ ]+|['‘’`])|^[ ]*)\d{1,5}"
                                       r"(?:[ ](?:19|20)\d\d)?)[ ]"
                                       rf"(?=(?:(?:199|20\d)\d[ /])?{_CITED_OR_PLAN_TYPES}-[A-ZĐ])")
# (or after its year: "46/2015 QD-TTg"; its label misread, "Sor 350 KH-UBND"; both its slashes, after its label or
# opening a line: "so 46 2015 QD-TTg" — real Tesseract-eng on fresh seed 1572, the plan's number and a citation lost;
# after another word, no label, neither: "có 1956 QĐ-TTg", "56.15 2019 NĐ-CP" is "số 15/2019"; a year of the numbered
# citations only, since 1990: "80 1956/QD-TTg" opening a line is "số 1956/QĐ-TTg", real Tesseract-eng on fresh seed
# 2204, read "80/1956")
#: … and its year's slash lost too, the year glued to the number after "số" ("dinh so 462015 QD-TTg ngay 28/9/2015":
#: real Tesseract-eng on fresh seed 4205, the citation lost): groups 1 the number, 2 the year
_DOCNUM_YEAR_GLUED_SLASH_AS_SPACE = regex.compile(r"(?<=(?:(?<![\p{L}\d])(?i:s[ốoô6ö]r?)[:;.]?[ ]+|^[ ]*))(\d{1,3})"
                                                  rf"((?:19|20)\d\d)[ ](?={_CITED_TYPES}-[A-ZĐ])")
#: the Government's decree code with its Đ misread, its hyphen lost and a space inside "CP" ("15/2019/NPC P": sample
#: 000's engine on fresh seed 1804 eng000, read "NPC Ở", the citation lost)
_DECREE_CODE_PARTED = regex.compile(r"(?<=\d/[Il|]?(?:19|20)\d\d/)N[DĐPBb]-?(?:C[ ]P|GP)(?![\p{L}\d])")
# (or its C read as a G: "15/2019/ND-GP", real Tesseract-eng on fresh seed 1870, the citation lost — the Government's is
# the one decree code; a stroke before the year, _DOCNUM_STROKE_AFTER_SLASH's: "15/I2019/NDC P", sample 000's engine
# on fresh seed 4485 eng000)
#: the plan's own number after its label, its slash read as a space and its type code misread ("Sö;: 91 RH-UBND":
#: vetplan's OCR of fresh seed 833's scan, the number lost, the place read "RH-UBND Thạnh Phú"): group "type"
_LABELLED_NUMBER_TYPE = regex.compile(r"(?<=(?<![\p{L}\d])(?i:s[ốoô6ödgé])(?:[:;.]{0,2}|r)[ ]+\d{1,5})"
                                      r"(?P<sep>[ ])(?P<type>[A-Z]{2}|K[A-ZÉÈ]H)(?=-[A-ZĐ]{2,}(?![\p{L}\d]))")
# (a speck's capital inside the plan's KH too: "So: 257 KEH-UBND", real Tesseract-eng on fresh seed 2589, the number
# lost; its label's ố read G: "SG: 288 KH-UBND", 11474, the number lost)
#: spaces a scan put between a document's number and its slash ("Số: 173  /KH-SLPTBXH": the number had been lost)
_SPACE_BEFORE_DOCNUM_SLASH = regex.compile(r"(?<=(?<![\w/.,])\d{1,5})[ ]{1,2}(?=/(?:(?:19|20)[ ]?\d\d/)?[A-ZĐ]{2})")
# (a space inside its year too, _DOCNUM_YEAR_SPACED's: "Thong tu sd 43  /20 16/TT-BLPTBXH", sample 000's engine on fresh
# seed 4196 eng000, the citation lost)
#: a hyphen a scan put between a cited number's issuer code and the date word after it ("46/2015/QĐ-TTg-ngày")
_HYPHEN_BEFORE_DATE_WORD = regex.compile(r"(?<=\d[/ ](?:\d{4}[/ ])?[A-ZĐ]{2,6}-[A-ZĐ][A-Za-zĐ]{1,8})-"
                                         r"(?=(?i:ng\S{1,3}y)[ ]+\d)")
#: … or inside its year: "46/20 15/QD-TTg" (2015)
_DOCNUM_YEAR_SPACED = re.compile(r"(?<![\d/])\d{1,5}/(?:[‘’'`][ ]?|[Il|](?=(?:19|20)[ ]))?(\d{1,3})([ ])(\d{1,3})"
                                 r"(/|1(?=[QNCT][DĐPB]?-))"
                                 r"(?=[A-ZĐ])")  # (its slash after it read "1": "46/20 151QD-TTg", fresh seed 1807)
# (a speck after the slash too, fix_date_slashes': "43/‘ 20 16/TT-BLDTBXH", sample 000's engine on fresh seed 1663)
_DOCNUM_RE = re.compile(rf"(?<=\d)(?:\s*I(?={_DOC_CODES}\b)|J(?={_DOC_CODES}-)"
                        rf"|\s*(?:[)\]|!]\s*,?|,)\s*(?={_DOC_CODES}-|Q[BbP]-TTg(?!\w))"
                        rf"|:[ ]?(?=KH-[A-ZĐ])|//(?=KH-[A-ZĐ])"
                        rf"|['‘’](?={_CITED_TYPES}-[A-ZĐ]))")
# (a J for it: "Chỉ thị số 24JCT-TTg", vetplan's OCR of fresh seed 1353's scan, the citation lost; a colon before the
# plan's type: "Sö:.120:KH-SI.ĐTBXH", 4485's, the number lost; a space after it, "So: 126: KH-UBND", real Tesseract-eng
# on fresh seed 8127; its slash doubled, "S6: 81//KH-UBND", 8255, the number lost; a quote for it before a cited
# type: "Quyét dinh s6 2239'QD-TTg", 11474, the citation lost; a comma before the Prime Minister's code, its Đ read B:
# "Quyet dinh so 522,QB-TTg", 12085, the citation lost)
#: a stroke beside a document number's slash, read as an I after it: "305/IKH-UBND" (a slash read as "I", sample 000's
#: "73  IKH-UBND", here read twice: as the slash and as the stroke; no type code opens with an I)
#: (a Đ read as P: "1956/IQP-TTg"; before the year: "43/I2016/TT-BLĐTBXH")
_DOCNUM_STROKE_AFTER_SLASH = re.compile(rf"(?<=\d/)[Il|7](?=(?:{_DOC_CODES}|QP|NP)(?:,[ ]?)?-|[QN][DĐPbB]-?(?:TTg|CP)\b"
                                        rf"|(?:19|20)[ ]?\d\d/[A-ZĐ])")  # (a space inside the year too, the year's
# fixer's: "46/I20 15/QĐ-TTg", sample 000's engine on fresh seed 5007 eng000, the citation lost)
# (… before the Government's code, its Đ and hyphen misread: "15/2019/INPCP"; before a year and any code: "46/I2015/QB";
# read as a 7, "46/2015/7QĐ-TT9": vetplan's OCR of fresh seed 833's scan, the citation lost; a speck's comma before the
# code's hyphen, _CODE_DASH_SPECK's: "24/ICT, -TTg", sample 000's engine on fresh seed 4463 eng000)
#: spaces before a cited number's first slash, a stroke after it maybe, its year and code after ("Thông tư số 43
#: /I2016/TT-BLĐTBXH": sample 000's engine on fresh seed 15010 eng000, the citation lost)
_DOCNUM_SPACES_BEFORE_A_SLASH = regex.compile(r"(?<=(?<![\p{L}\d/])\d{1,4})[ ]{1,2}/[Il|]?(?=(?:19|20)\d\d/[A-ZĐ])")
_NATIONAL_TYPE_CODE = regex.compile(r"(?<=\d/(?:(?:19|20)\d\d/)?[Il|]?|(?<![\w.,/])\d{4}1|\d/[Il|]?(?:19|20)\d\d1"
                                    r"|(?<![\w.,/])\d{3}1(?=[QN][DĐPbB](?:TTg|CP)(?![\p{L}\d])))([QN])"
                                    r"[DĐPbB_)](-?)(TT[g98]|CP)(?![\p{L}\d])")  # (its slash a "1" after four figures:
# "19561QPTTg", a scan's; or after the year: "15/20191NB-CP", fresh seed 546 eng000; its g read 9 besides: "522/QPTT9",
# sample 000's engine on fresh seed 5204 eng000, the citation lost; its Đ an underscore: "522/Q_-TTg", real
# Tesseract-eng on fresh seed 6600, the citation lost; a bracket, its g an 8: "46/2015/Q)-TT8", vetplan's OCR of fresh
# seed 5012's scan, the citation lost; a stroke before the year besides, "15/I20191NPCP", sample 000's engine on fresh
# seed 12666 eng000, the citation lost)
#: the plan's own number's type code "KH" with its K read E after a space for the slash, or small after it ("SỐ; 86
#: EH-UBND", "Số: 191/kH-UBND": vetplan's OCR of fresh seeds 5553's and 5537's scans, the numbers lost)
_PLANS_SLASH_AND_K_MISREAD = regex.compile(r"(?<=(?<![\p{L}\d])(?:[Ss]ố|SỐ|S[6oö])[ ]*[:;.]?[ ]*\d{1,5})(?:[ ]E|/k)H"
                                           r"(?=[ ]?-[ ]?[A-ZĐ]{2})")
#: a cited number's slash before its year read as a 1 and a quote speck ("Quyét dinh so 461‘ 2015/QP-TTg": sample 000's
#: engine on fresh seed 12926 eng000, the citation lost) — the speck's quote says the 1 is the slash's stroke
_SLASH_READ_AS_ONE_AND_A_QUOTE = regex.compile(r"(?<=(?<![\p{L}\d/])\d{1,4})1[‘’'][ ]?"
                                               r"(?=(?:19|20)\d\d[/I1](?:[QN][DĐPbB_)]|TT|CT)-?[A-ZĐ])")
#: a document number's leading 1 read as a capital I, a small l or a bar after its label: "Số: I2/KH-UBND" (12)
_DOCNUM_LETTER_FOR_1 = regex.compile(r"(?<=(?<![\p{L}\d])(?:(?:[Ss]ố|S[6o0ố]|SỐ)[ ]*[:;.]?[ ]*|s[o6][ ]+))"
                                     r"(?:[Il|]|[L\[](?=\d)|[IlL|]{2}(?=\d)|[IlL|][Oo](?=\d))"  # ("LO2/KH-UBND":
                                     # its 0 read O besides, real Tesseract-eng on fresh seed 4646, the number lost)
                                     r"(?=\d{0,4}(?:/(?:\d{4}/)?[A-ZĐ]|I(?=[A-ZĐ]{2}[ ]?-[A-ZĐ])"
                                     r"|\.(?=[A-ZĐ]{2}[ ]?-[A-ZĐ])))")  # (its slash
# read as a stop too: "Số: I08.KH-LUBND", vetplan's OCR of fresh seed 1173's scan, the number lost; two, a figure after
# them, "S6: LL9/KH-UBND", real Tesseract-eng on fresh seed 2427, had been read "Lao"; one L before figures, "Quyet.dinh
# so L956/QB-TTg", 3266, the citation lost — "so" in small letters only before a space: a code's "s6l43/2016" is "số"
# and its l the space, 4918 code004)
#: the committee's code after a document's type, its D read as brackets ("Số: 117/KH-UBN]) Gia Lai": vetplan's OCR of
#: fresh seed 1746's scan, the number and place lost)
_COMMITTEE_CODES_D_AS_BRACKETS = regex.compile(r"(?<=\d/(?:(?:19|20)\d\d/)?[A-ZĐ]{2}-UBN)[\])}|]{1,2}(?![\p{L}\d])")
#: a document number's 4 read as a plus sign: "SO: +6/KH-UBND" (46)
_DOCNUM_PLUS_FOR_4 = regex.compile(r"(?<![\w+])\+(?=\d{0,4}/(?:\d{4}/)?[A-ZĐ])")
#: a bracket or bar a scan or code read between "số" and a cited number glued to it ("s6)522IQD-TTg": the citation had
#: been lost): the space it stands in
#: the word "số" whose ố was read as a bracket before a cited number ("Quyét dinh S) 2239/QD-TTg": sample 000's engine
#: on fresh seed 4206 eng000, the citation lost)
#: a speck's stop or quote between the word "số" and a cited number ("Quyết định số .1956/QĐ-TTg": vetplan's OCR of
#: fresh seed 2054's scan, the citation lost)
_SPECK_BEFORE_A_CITED_NUMBER = regex.compile(r"(?<=(?<![\p{L}\d])(?i:số)[ ])[.,'‘’`](?=\d{1,5}/)")
#: … or glued to "số", the space lost ("Thông tư số._43/2016/TT-BLĐTBXH": real Tesseract-eng on fresh seed 4443, the
#: citation lost)
_SPECK_GLUED_BEFORE_A_CITED_NUMBER = regex.compile(r"(?<=(?<![\p{L}\d])(?i:s[ốo6]))[.,'‘’`_]{1,2}(?=\d{1,5}/)")
_NUMBER_WORD_O_AS_BRACKET = regex.compile(r"(?<![\p{L}\d])[Ss58][)\]}]"
                                          r"(?=[ ]{1,2}\d{1,5}/(?:(?:19|20)[ ]?\d\d/)?[A-ZĐ])")
# (two spaces after it: "Quyét dinh S)  1956/QP-TTg", sample 000's engine on fresh seed 10408 eng000, the citation lost)
# (its S read as an 8 too, the year spaced: "Thong tu 8) 43/20 16/TT-BLDTBXH", sample 000's engine on fresh seed 4551
# eng000, the citation lost)
_SPECK_AFTER_NUMBER_WORD = regex.compile(r"(?<=(?<![\p{L}\d])[Ss][6oôố9db])(?:[)\]}!|‘’'`]|(?<=s[6oôố])[:;][-–])"
                                         r"(?=\d{1,5}[/Il|]|\d{2,5}1[A-ZĐ]|\d{1,5}[1Il|](?:19|20)\d\d[/Il|1][A-ZĐ])")
# (or a colon and a hyphen after a small s: "Quyét dinh s6:-522/QD-TTg", real Tesseract-eng on fresh seed 4330, the
# citation lost — the header's label "Số:" has a capital)
# (its year's slash too: "Thdng tu so'4312016/TT-BLPTBXH", sample 000's engine on another plan, fresh seed 850 eng000:
# the citation had been lost, and "Thông tư" read "Tháng tư")
# (or a quote, its ố read d or b: "Quyét dinh sd'46/2015/QD-TTg", sample 000's engine on another plan; the number's
# slash read "1": "s6)19561QD-TTg", sample 004's code on another plan, fresh seed 496)
#: "số" glued to the word before it and to the cited number after it ("Quy~t dinhs6522/QD-TTg", a code's lost spaces:
#: fresh seed 646 code004, the citation had been lost; no word of Vietnamese ends in an s)
_NUMBER_WORD_GLUED = regex.compile(r"(?<=\p{Ll}{2})[s][6oôố9](?=[)l]?\d{1,5}(?:/[\p{L}\d]|I[A-ZĐ]|I[a-z][A-ZĐ]-"
                                   r"|[I1](?:19|20)\d\d(?:[I/]|1[A-ZĐ])"
                                   rf"|(?<=\d)1{_CITED_TYPES}-[A-ZĐ]))")  # (the slash before a code a 1, no year:
# "QuySt djnhs619561QD-TTg", fresh seed 13743 code004, read "định619561QĐ-TTg", the citation lost)
# (its year's slash a 1: "dinhs646I20151QD-TTg", fresh seed 11907 code004, read "định646/2015/QĐ-TTg", the citation
# lost; the slash before the year a 1, "dinhs61512019/NĐ-CP", fresh seed 13245 code004, read "định615/2019"; its type
# code's first capital a code's small letter, "Chi this624IcT-TTg", 12913 code004, read "Chỉ thị624IcT-TTg")
# (the number's slash read as a stroke before its year: "Nghjdinhs615I2019IND-CP", fresh seed 4811 code004, the
# citation lost)
# (its slash read as a stroke too, fix_document_numbers' own: "dinhs61956IQD-TTg", fresh seed 1687 code004, read
# "định61956/QĐ-TTg"; a code's bracket for the space after it, "djnhs6)522IQD-TTg", 1766, or an l,
# "QUyStdinhs6l46I2015IQD-TTg", 15541 code004, left whole, the citation lost)
#: the stroke read for a cited number's slash before a type code whose first capital a code wrote small ("24IcT-TTg")
_SMALL_CODE_AFTER_A_STROKE = regex.compile(rf"\)?\d{{1,5}}(I)(?=[a-z][A-ZĐ]{{1,2}}-[A-ZĐ])"
                                           rf"|\)?\d{{1,4}}(1)(?={_CITED_TYPES}-[A-ZĐ])")  # (or a 1 before a code)
#: … or to the number only, after a type's word, its slash maybe read "1" ("Quy~t dinh s65221QD-TTg", sample 004's code
#: on fresh seed 1437 code004: the citation lost; "s6522/QD-TTg" likewise): group 1 the one read for the slash
_NUMBER_WORD_GLUED_TO_NUMBER = regex.compile(r"(?<=(?:\p{Ll}{2}|[dD]\S{1,3}h|[tT]\S{1,2})[ ])[s][6oôố9](?:l(?=\d))?"
                                             rf"(?=\d{{1,5}}/[\p{{L}}\d]|\d{{1,4}}(1){_DOC_CODES}[ ]?-[A-ZĐ]"
                                             rf"|\d{{1,5}}[Il|](?i:{_DOC_CODES})[ ]?-[A-ZĐ])")  # (its slash a stroke:
# "Quy~t dinh s61956IQD -TTg", fresh seed 3640 code004, read "số 61956/QĐ-TTg", the citation lost; its type code with a
# code's small letter, "Chi thj s624IcT -TTg", fresh seed 5696 code004, the citation lost; the code's l for the space
# after it, "QUySt dinh s6l5221QD-TTg", 12008 code004, read "số5221QĐ-TTg")
#: a document number's slash read as a stop, or lost, between the number and its type code: "45.KH-SLDTBXH",
#: "181KH-UBND"
_DOCNUM_SLASH_LOST = regex.compile(rf"(?<=(?:(?<![\w.,/])|(?<=(?<![\p{{L}}\d])(?:[Ss]ố|S[6o0ố]|SỐ)[ ]*[:;.]?[ ]*[Il|]))"
                                   rf"\d{{1,5}})\.?(?=(?:{_DOC_CODES}|(?<=\.)EH)[ ]?-[A-ZĐ])")  # (after a 1 read as a
# letter too; a stop before a plan's type code whose K was read E: "Sö: 298.EH-SLĐTBXH", vetplan's OCR of fresh seed
# 2088's scan, the number lost — fix_document_codes reads the code)
#: a cited number's slash after its year lost before its type code ("Quyết định số 46/2015QĐ-T T6 ngày": vetplan's OCR
#: of fresh seed 7681's scan, the citation lost)
_CITED_YEARS_SLASH_LOST = regex.compile(rf"(?<=(?<![\p{{L}}\d/])\d{{1,4}}/(?:19|20)\d\d)(?={_CITED_TYPES}-[ ]?[A-ZĐ])")
#: the slash of the plan's own number read as an ampersand after its label, the K after it maybe as an š ("Số:
#: 52&šH-UBND": vetplan's OCR of fresh seed 3942's scan, the number lost)
_DOCNUM_SLASH_AS_AMPERSAND = regex.compile(r"(?<=(?<![\p{L}\d])(?:[Ss]ố|SỐ)[ ]*[:;.]?[ ]*\d{1,5})&(?:[šŠ](?=H-[A-ZĐ])"
                                           r"|(?=KH-[A-ZĐ]))")
#: the plan's own type code "KH" after its number's slash read as a K and another letter, spaced from the slash and the
#: issuer's code ("Số: 88/ Ka -SLĐTBXH": sample 004's code on fresh seed 10059 code004, read "LÀ", the number lost)
_PLANS_TYPE_CODE_MISREAD = regex.compile(r"(?<=(?<![\p{L}\d])(?:[Ss]ố|SỐ|S6|So)[ ]*[:;.]{0,2}[ ]*\d{1,5}/)[ ]?"
                                         r"(K[a-z]|[A-HJ-Z]KH[Il|]?|KH[Il|]|K[Il][ ]?[|Il1])[ ]?"
                                         r"(?=-[A-ZĐ]{3,}(?![\p{L}\d]))")  # (a capital's speck before it and a stroke
# after: "SỐ: 342/RKHI-SLDTBXNH", vetplan's OCR of fresh seed 5085's scan, the number lost; its H read as two strokes,
# a space maybe between: "So:.219/KI |-SLDTBXH", real Tesseract-eng on fresh seed 11976, the number lost)
#: a plan's number opened by a 7 read as a T, its bar and stem being one ("T5/KH-UBND Phong Tho, ngay 23", real
#: Tesseract-eng on fresh seed 11988, its label lost too: the number and the place lost) — no word opens so
_SEVEN_READ_AS_T = regex.compile(r"(?<![\p{L}\d/])T(?=\d{1,4}/KH-[A-ZĐ]{2})")
#: the labour department's code after a plan's type misread in its last letters ("332/KH-SLDTBNHI", "293/KH-SLDTBNI]":
#: real Tesseract-eng on fresh seeds 8640 and 8653, the numbers lost) — only that department's code opens "SLĐTB";
#: so the ministry's after a circular's type ("Thong tu so 43/2016/TT-BLDTBXF.", 12110, the citation lost)
_LABOUR_DEPARTMENTS_CODE_END_MISREAD = regex.compile(r"(?<=\d/KH-S|\d/TT-B)L[DĐ]TB(?!XH(?![\p{L}\d]))[A-Z\]|\\]{1,4}"
                                                     r"(?![\p{L}\d])")
#: the S of the labour department's code read twice, a figure 5 or a dollar between ("Số: 111KH-S5SLDTBXH Bình Dương":
#: vetplan's OCR of fresh seed 6836's scan, the number lost)
_LABOUR_DEPARTMENTS_S_DOUBLED = regex.compile(r"(?<=KH-S)[5$]S?(?=L[DĐ]TBXH(?![\p{L}\d]))")
#: the N of the Government's code read twice, once with a speck for a tilde ("Nghị định số 15/2019/NÑĐ-CP": vetplan's
#: OCR of fresh seed 4043's scan, the citation lost)
_N_WITH_A_TILDE_SPECK = regex.compile(r"(?<=\d/(?:(?:19|20)\d\d/)?N)Ñ(?=[ĐD]-CP(?![\p{L}\d]))")
#: the L of the labour department's code read as a stroke and its foot as a stop ("SỐ: 33/KH-SI.ĐTBXH": vetplan's OCR
#: of fresh seed 3961's scan, the number lost and the place read "KH-SI.ĐTBXH Nghệ An")
_DEPARTMENTS_L_AS_A_STROKE_AND_STOP = regex.compile(r"(?<=\d/(?:\d{4}/)?[A-ZĐ]{2}-[SB])I\.(?=[ĐD]TBXH(?![\p{L}\d]))")
# (the ministry's too: "Thông tư số 43/2016/TT-BI.ĐTBXH", vetplan's OCR of fresh seed 5534's scan, the citation lost)
#: a stroke a scan read after a document number's type code, before its hyphen ("43/2016/TTI-BLĐTBXH")
_DOCNUM_STROKE_AFTER_TYPE = regex.compile(rf"(?<=(?<![\w/])\d{{1,5}}/(?:\d{{4}}/)?{_DOC_CODES})[Il|](?=-[A-ZĐ])")
#: … in a symbol code, the "1" before its type code is the slash: "5221QD-TTg" (522/QĐ-TTg), "241CT-TTg"
_DOCNUM_ONE_FOR_SLASH = regex.compile(rf"(?<=(?<![\w.,/])\d{{1,4}})(?:[ ]{{2}})?1(?=(?:{_DOC_CODES}|QP|NP|QB|NB|Qb|Nb)"
                                      r"(?:[,.;:'‘’][ ]?|[ ])?-[ ]?(?:[A-ZĐ]|[a-z][A-Z]))")  # (two spaces before it, a
# space after the hyphen: "So: 283  1KH-UBND", "So: 3001KH- SLDTBXH", sample 000's engine on fresh seeds 10966 and
# 10976 eng000, the number lost — one space may part a number's figures, "số 52 2/QĐ-TTg")
# (a speck and a space before its hyphen: "So: 3071KH, -SLDTBXH", sample 000's engine on fresh seeds 10522 and 10681
# eng000, the number lost)
# (its Đ read P or B: "5221QP-TTg", sample 000's engine on fresh seed 3398 eng000, the citation lost; the issuer's first
# capital a code's small letter: "S6: 1131KH -uBND", fresh seed 3581 code004, the plan's number lost)
# (a space before its hyphen too, _CODE_DASH_AFTER_SPECK's: "S6: 3471KH -UBND", fresh seed 799 code004: the plan's
# number had been lost, "SỐ: 3471 KỲ-UBND")
#: … and, in a scan, after a number of four figures, where a number of five is rare ("19561QP-TTg": 1956/QĐ-TTg; a
#: scan's "1811KH" is left, 1811/KH and 181/KH being alike; its Đ read B too, "19561QB-TTg", fresh seed 1163 eng000)
_DOCNUM_FIFTH_ONE_FOR_SLASH = regex.compile(rf"(?<=(?<![\w.,/])\d{{4}})1(?=(?:{_DOC_CODES}|QP|NP|QB|NB|Qb|Nb)-[A-ZĐ]"
                                            r"|[QN][DĐPbB](?:TTg|CP)(?![\p{L}\d]))"  # (its hyphen lost: "19561QPTTg")
                                            r"|(?<=(?<![\w.,/])\d{3})1(?=[QN][DĐPbB](?:TTg|CP)(?![\p{L}\d]))")  # (… or
# a number of three figures, the hyphen lost too: "Quyét dinh sd 5221QPTTg ngay", sample 000's engine on fresh seed 5003
# eng000, read "5221 QPTTg", the citation lost)
#: a document number with its year, its slashes read as a "1" or a stroke: "46/20151QD-TTg", "4312016ITT-BLDTBXH",
#: "46I2015/QD-TTg" (the year, 19xx or 20xx, tells where the number ends; sample 004's engine: "01112/2020")
# (glued to "số" too: a code's "s64612015IQD-TTg"; a stroke after its first slash, "46/I20151QP-TTg": sample 000's
# engine on fresh seeds 11878 and 12091 eng000, the citation lost)
_DOCNUM_YEAR_ONE_FOR_SLASH = regex.compile(rf"(?:(?<![\w/])|(?<=(?<![\p{{L}}\d])[sS](?:[6o]|6l))"
                                            rf"|(?<=\p{{Ll}}{{2}}s[6oôố9][)l]?))(\d{{1,5}})"  # ("số" glued to the
                                            # word before it too: "Nghjdinhs615I2019IND-CP", fresh seed 4811 code004;
                                            # an l after it, "dinhs6l46I2015IQD-TTg", 15541 code004)
                                            rf"([ ]{{0,2}}[/Il|1]|/[Il|](?=(?:19|20)\d\d1))"
                                            rf"((?:19|20)(?:\d\d|[ ]\d\d|\d[ ]\d))([/Il|1])"
                                            rf"(?={_DOC_CODES}[:;.,'‘’]?[ ]?-|[QN][DĐPbB]-?(?:TTg|CP)(?![\p{{L}}\d]))")


#: combining marks left over after NFC beside a Latin letter that already carries its marks ("ệ\u0301"):
#: no Vietnamese letter has them, and a repair of the letter would make them compose with the new one
STRAY_MARKS = re.compile(r"(?<=[A-Za-z\u00c0-\u024f\u1e00-\u1eff])[\u0300-\u036f]+")
TOKEN = re.compile(r"\S+")


_D_LOOKALIKES = re.compile("[\u00d0\u00f0\u0189\u0256]")
#: characters that show nothing: soft hyphen, zero-width space and joiners, word joiner, byte-order mark (a web
#: page's &shy;, a word processor's optional hyphen)
INVISIBLE = re.compile("[\u00ad\u200b-\u200d\u2060\ufeff]")
_AS_D = str.maketrans("\u00d0\u00f0\u0189\u0256", "\u0110\u0111\u0110\u0111")


def fix_unicode(line: str) -> list[Edit]:
    """NFC-normalise each whitespace token that is not NFC: ``"ho\\u0300a"`` → ``"hòa"``; drop stray marks
    that cannot compose: ``"tuyệ\\u0301n"`` → ``"tuyện"``; the look-alikes of Đ that no Vietnamese text writes, the
    Icelandic Ð ð and the African Ɖ ɖ, are Đ đ (``"15/2019/NÐ-CP"``: a scan's or a keyboard's, the cited number's code
    had been no code); characters that show nothing go (``"d\u00aduc"`` → ``"dục"``'s letters: a soft hyphen inside a
    word had made it two, "giáo ở\u00addục")."""
    if line.isascii():
        return []
    nfc = unicodedata.is_normalized("NFC", line)
    if nfc and not STRAY_MARKS.search(line) and not _D_LOOKALIKES.search(line) and not INVISIBLE.search(line):
        return []
    out: list[Edit] = []
    for m in TOKEN.finditer(line):
        tok = m.group(0)
        n = tok if nfc else unicodedata.normalize("NFC", tok)
        n = STRAY_MARKS.sub("", INVISIBLE.sub("", n)).translate(_AS_D)
        if n != tok:
            out.append((m.start(), m.end(), n, 1.0))
    return out


def _mostly_upper(s: str) -> bool:
    letters = [c for c in s if c.isalpha()]
    if len(letters) < 3:
        return not letters
    return sum(c.isupper() for c in letters) / len(letters) >= 0.7


def fix_roman_numerals(line: str) -> list[Edit]:
    """Damaged Roman part numbers at line start: ``"|."``→``"I."``, ``"Il."``→``"II."``, ``"1V."``→``"IV."``;
    Tesseract-eng also reads a scanned "I" as a bracket (``"[."``), two close strokes as "H" (``"IH."``
    → ``"III."``), a V or X in lower case (``"vi."`` → ``"VI."``), and a speck may come first (``"_ v."``).

    Only when the heading after it is upper case; ``"1. Mục đích"`` is left alone, and a lone stroke
    before a heading in sentence case is the digit: ``"|. Mue dich"`` → ``"1."``.
    """
    m = _ROMAN_RE.match(line)
    if not m:
        return []
    tok = m.group(2)
    if tok.isdigit() or tok in ROMANS:
        return []
    if not _mostly_upper(line[m.end() + 1 :]):
        # a part in capitals is numbered I., II.; under it, "1. Mục đích" in sentence case: a lone stroke
        # before such a heading is the digit ("|. Mue dich" → "1. Mục đích")
        return [(m.start(2), m.end(2), "1", 0.8)] if tok in ("|", "l") and line[m.end() + 1:].strip() else []
    if any(c in "vix" for c in tok) and sum(c.isalpha() for c in line[m.end() + 1:]) < 3:
        return []  # "vi." alone on a line is the end of "đơn vị.", not a part without a heading
    fixed = _as_roman(tok)  # "v." "vi." "x.": a capital read in lower case
    if fixed not in ROMANS:
        return []
    return [(m.start(2), m.end(2) + (line[m.end()] == ","), fixed + "." * (line[m.end()] == ","), 0.9)]


#: a full stop or colon between two words with no space after it ("giao.duc", "céng:tac", "vi_cht"): a speck the scan
#: left where the space was, read as punctuation; words in small letters on both sides
SPECK_JOIN = regex.compile(r"(?<=\p{Ll}{2})[.:*_](?=\p{Ll}{2})|(?<=\p{Lu}{2}):(?=\p{Lu}{2})"  # (or "ỦY:BAN", "qua*đào")
                           r"|(?<=(?<!\p{L})(?:ngày|tháng|năm))\.(?=\d)")  # (a date's word and its number: "tháng.8")
#: a full stop before a space and a word in small letters ("các đoàn. thể"): no sentence starts so
SPECK_BEFORE_SMALL = regex.compile(r"(?<=\p{Ll}{2})\.(?= \p{Ll}{2})")
#: a hyphen or full stop after a function word ("các-huyện", "Thương binh và-Xã hội", "và.Xã"): nothing joins one
#: to the next word so, and no sentence ends with one (loanwords take hyphens, "băng-rôn", "mô-đun"; names too:
#: "Lao động-Thương binh", "Bà Rịa-Vũng Tàu")
SPECK_HYPHEN = regex.compile(r"(?<=(?<![\p{L}\d\-])(?:và|các|của|cho|với|những|trong|tại|theo|để|từ|đến|về))[-.]"
                             r"(?=\p{L}\p{Ll})")
#: a hyphen before a function word and its space ("Thương binh-và Xã hội", "tháng 5-đến"): a speck where the space was
SPECK_HYPHEN_BEFORE = regex.compile(r"(?<=\p{Ll}{2}|(?<![\d/\-])\d{1,2})"  # (or a month's number: "tháng 5-đến")
                                    r"-(?=(?:và|các|của|cho|với|những|trong|tại|theo|để|từ|đến|về)\s)")
#: a quotation mark that opens no quotation, before a word ("các PCT 'UBND tỉnh", "500 lao ‘động": none closes it)
SPECK_QUOTE = regex.compile(r"(?<=\s)['‘`´](?=\p{L})(?![^\n]*\p{L}['’`´](?!\p{L}))")  # (no word after it closes a
# quotation: another speck opening a word is none, "'p 'p 'b" — each had waited for the next to go, one a pass, and
# a repair repaired again changed: the fuzzer's " 'p 'p 'b 'b 'b 'ừ", seed 3436)
#: … and one between "số" (however read: "so", "sd") and the document number it cites ("Chi thi so ‘ 24/CT-TTg", sample
#: 000's engine on other plans, fresh seeds 802 and 817 eng000: the citation had been lost); its space goes with it
SPECK_QUOTE_BEFORE_NUMBER = regex.compile(r"(?<=(?<![\p{L}\d])[sS]\S{0,2}[ ])['‘`´][ ]?(?=\d{1,5}/)")
#: … or glued between them, for the space ("Quyết định sé'2239/QĐ-TTg", its s maybe read as an 8: "8b'1956/QĐ-TTg";
#: sample 000's engine on fresh seeds 1911 and 1887 eng000, the citation lost)
SPECK_QUOTE_GLUED_BEFORE_NUMBER = regex.compile(r"(?<=(?<![\p{L}\d])[sS8][^\s\d'‘’`´]{1,2})['‘’`´](?=\d{1,5}/)"
                                             r"|(?<=(?<![\p{L}\d])Qu[yý])['‘’`´](?=[1Il|IVX]{1,4}/(?:19|20)\d\d)"
                                             r"|(?<=(?<![\p{L}\d])[sS][6oôốö])[°º](?=\d{1,5}/)")
# (or a degree sign, its figure 6 for the ố: "Quyét dinh s6°522/QD-TTg", real Tesseract-eng on fresh seed 10962, the
# citation lost)
# (… or a quarter's word and its number: "Quy'1V/2022", sample 000's engine on fresh seed 2859 eng000, left as it was)
#: specks for the space between a citation's "số" and its number ("Quyét dinh s6:.1956/QD-TTg": real Tesseract-eng on
#: fresh seed 1889, the citation lost); the label "Số:" of a plan's own number, Capitalised, keeps its colon
SPECK_AFTER_THE_NUMBER_WORD = regex.compile(r"(?<=(?<![\p{L}\d])số)(?:[:;.]{1,2}|\)|-)(?=\d{1,5}/)")  # (or a
# code's bracket for the space: "Chi this6)241CT-TTg", sample 004's code on fresh seed 6661 code004, the basis lost; a
# hyphen: "Quyết định sõ-46/2015/1Đ-T'Tg", vetplan's OCR of fresh seed 7221's scan, the citation lost)
#: a quote a speck made after a word, before a comma ("- UBND các huyện’, thành phố;": real Tesseract-eng on fresh seed
#: 1953, the recipient lost)
QUOTE_BEFORE_A_COMMA = regex.compile(r"(?<=\p{Ll})[’‘'`](?=,[ ])")
#: the council's or committee's abbreviation glued to the word after it ("Thường trực HĐNDtỉnh": real Tesseract-eng on
#: fresh seed 1959, the recipient lost)
ABBREVIATION_GLUED_TO_A_WORD = regex.compile(r"(?<=(?<![\p{L}\d])(?:HĐND|UBND))(?=\p{Ll}{2,})")
#: a fraction slash a scan made of a slash, or beside one ("Quý I/⁄2020")
FRACTION_SLASH = regex.compile(r"/?⁄/?")
#: … or made of a number's 7, its slash after it ("Số: 5⁄/KEH-UBND": vetplan's OCR of fresh seed 2750's scan, read
#: "5/KH", the number lost) — no number writes two slashes together
SEVEN_AS_FRACTION_SLASH = regex.compile(r"(?<=(?<![\p{L}\d])(?i:số)[ ]*:?[ ]*\d{1,4})⁄(?=/[A-ZĐ])")
#: a full stop right after a spaced dash ("Lao động -. Thương binh", "-.Thương"): a speck beside the dash
SPECK_AFTER_DASH = regex.compile(r"(?<=\s[-–])\.(?=\s?\p{L})")
#: a full stop after an abbreviation and before a word in small letters ("UBND.các"): no sentence starts so
SPECK_AFTER_CAPITALS = regex.compile(r"(?<=(?<![\p{L}.])\p{Lu}{2,})\.(?=\p{Ll}{2})")
#: the endings of web domains and of file names: their full stops are their own ("hanoi.gov.vn", "bao_cao.docx")
WEB_ENDINGS = r"vn|com|org|net|edu|gov|int|info"
FILE_ENDINGS = r"docx?|xlsx?|pdf|pptx?|zip|rar"
#: what an address, a file name or a code holds
_ADDRESS_HINT = re.compile(rf"@|/|www|\.(?:{WEB_ENDINGS}|{FILE_ENDINGS})\b", re.IGNORECASE)
#: a date's or a number's slashes, which are no address's ("đến.tháng.8/2016.")
_NUMBER_SLASHES = re.compile(r"\d+(?:/\d+)+")


#: a comma between two words with no space after it (a symbol code's "r" after it is its ",r" stand-in's)
_COMMA_JOIN = regex.compile(r"(?<=\p{L})(?:,(?=(?!r)\p{L})|;(?=\p{Ll}|\p{Lu}\p{Ll}))")  # (";NĐ": an abbreviation's)


#: a department's head word "Sở", its ở read as a sign, glued after the word before it ("phdi hop véiS¢ Nong nghiép":
#: sample 000's engine on fresh seed 2845 eng000, the partner lost)
_AGENCY_HEAD_GLUED = regex.compile(r"(?<=\p{Ll}{2}|(?<![\p{L}\d])v[&@]i)(?=S[ ]?[@&¢6§O0][ ]+\p{Lu})")  # (its ở
# apart: "phdi hop véiS 6
# Nong nghiép", sample 000's engine on fresh seed 6823 eng000, read "với 6 Nông nghiệp", the partner lost; its ở an O:
# "phéi hop vaiSO Tai chinh", 10423 eng000, read "với Tài chính", the partner's head lost; the ơ of "với" an ampersand:
# "phoi hop v&iS& Ké hoach", 16741 eng000, read "với Kế hoạch", the partner's head lost)


#: … or, in a symbol code, "Sở" glued between "với" and the agency's name ("phối hợp voiSaKS ho?ch": sample 004's code
#: on fresh seed 6659 code004, read "với Kế hoạch", the head and the partner lost)
_AGENCY_HEAD_GLUED_BOTH_SIDES = regex.compile(r"(?<=(?<![\p{L}\d])v\S{1,2}i)S[^\s\p{Lu}\d.,;:]?(?=\p{Lu}\S)")


#: … or glued to "với" only ("phUi hl,rp vfiS(r Thong tin": a synthetic code on fresh seed 10547 code, read "với
#: Thông tin", the partner's head lost)
_AGENCY_HEAD_GLUED_AFTER_WITH = regex.compile(r"(?<=(?<![\p{L}\d])v\S{1,2}i)(?=S[^\s\p{Lu}\d.,;:]{1,2}[ ]\p{Lu}"
                                              r"(?:\p{Ll}|\p{Lu}\p{Ll}|\p{Lu}[ ]\p{Ll}))")  # (the name's vowel
# a code's capital: "ph(ri h~p v6iS^ CAng Thu{Ng", fresh seed 14449 code, read "với Công Thương", the partner's head
# lost; its word of two letters both capitals: "ph6i hgp vaiSa KS hoach", 16547 code004, read "với là Kế hoạch")


def split_agency_head_glued(line: str, coded: bool = False) -> list[tuple[int, float]]:
    """``"phối hợp véiS¢ Nong nghiép"`` → a space before the S (where it goes, and the confidence); in a symbol code
    (``coded``) only ``"voiSaKS ho?ch"`` → one before and one after "Sa", and ``"vfiS(r Thong tin"`` → one before."""
    if coded:  # (a code's stand-ins are no OCR's signs: only the head between "với" and a capital)
        return [(at, 0.75) for m in _AGENCY_HEAD_GLUED_BOTH_SIDES.finditer(line) for at in (m.start(), m.end())] + [
            (m.start(), 0.75) for m in _AGENCY_HEAD_GLUED_AFTER_WITH.finditer(line)]
    return [(m.start(), 0.75) for m in _AGENCY_HEAD_GLUED.finditer(line)]


def space_after_comma(line: str) -> list[Edit]:
    """The space a comma or semicolon between two repaired words lost: ``"chủ trì,phối hợp"`` → ``[(8, 8, " ",
    0.8)]``, ``"Công Thương;Đơn vị"`` too."""
    return [(m.end(), m.end(), " ", 0.8) for m in _COMMA_JOIN.finditer(line)]


#: a hyphen between two words in small letters (the first maybe Capitalised), no space beside it
_HYPHEN_BETWEEN_WORDS = regex.compile(r"(?<![\p{L}\d\-])(\p{L}\p{Ll}*)-(\p{Ll}+)(?![\p{L}\d\-])")


def fix_hyphen_inside_a_word(line: str, words: Set[str]) -> list[Edit]:
    """A scan's speck read as a hyphen between the two syllables of one word (``words``: the two-syllable words, small
    letters): ``"Triển khai công tác giáo-dục nghề nghiệp"`` → "giáo dục" (real Tesseract-eng on fresh seed 1066: the
    plan's title had kept it), ``"1.450 lao-động"``. A hyphen between two words' syllables stays ("kinh tế-xã hội",
    "giáo dục-đào tạo"), as does one of a word written with it."""
    out: list[Edit] = []
    for m in _HYPHEN_BETWEEN_WORDS.finditer(line):
        one, two = canonical(m.group(1).lower()), canonical(m.group(2).lower())  # (the list's marks: "hoà" as "hòa")
        if f"{one} {two}" in words and f"{one}-{two}" not in words:
            out.append((m.end(1), m.start(2), " ", 0.8))
    return out


def fix_speck_after_the_number_word(line: str) -> list[Edit]:
    """``"Quyết định số:.1956/QĐ-TTg"`` → "số 1956/QĐ-TTg", a code's ``"Chỉ thị số)24/CT-TTg"`` → "số 24/CT-TTg" (read
    after the decoder; part of :func:`split_speck_joined_words` in OCR'd text)."""
    return [(m.start(), m.end(), " ", 0.7) for m in SPECK_AFTER_THE_NUMBER_WORD.finditer(line)]


def split_speck_joined_words(line: str) -> list[Edit]:
    """A speck read as "." or ":" between two words of a scan: ``"trong giao.duc pho thong"`` → a space
    (``"giáo dục"``, not ``"giáo.dục"``), as is a "-" after a function word (``"các-huyện"``, ``"và-Xã hội"``)
    and a "." between an abbreviation and a small word (``"UBND.các"``); a "." before a space and a small word
    goes (``"các đoàn. thể"``), as does one beside a spaced dash (``"Lao động -.Thương"``), a quotation mark that
    opens none (``"các PCT 'UBND"``, ``"lao ‘động"``) and a fraction slash beside a slash (``"Quý I/⁄2020"``; a
    number's 7 before its slash: ``"Số: 5⁄/KH"`` → "57/KH"); a "." between a date's word and its number is a space
    (``"đến.tháng.8/2016"``); a hyphen before a
    function word is a space (``"Thương binh-và Xã hội"``);
    "v.v." and initials (one letter), "TP.HCM" and "TP. Hà Nội" (capitals after), web and e-mail
    addresses and file names are left."""
    out: list[Edit] = []
    joins = [*SPECK_JOIN.finditer(line)]
    if "-" in line or "." in line:
        joins += SPECK_HYPHEN.finditer(line)
    if "." in line:  # (not after a part's number: "II.ân")
        joins += [m for m in SPECK_AFTER_CAPITALS.finditer(line)
                  if not regex.fullmatch(r"[IVX]+", line[line.rfind(" ", 0, m.start()) + 1:m.start()])]
    seen: set[int] = set()
    for m in joins:
        if m.start() in seen:  # ("các.huyện": both a speck between small words and after a function word)
            continue
        seen.add(m.start())
        a = line.rfind(" ", 0, m.start()) + 1
        b = line.find(" ", m.end())
        if not _ADDRESS_HINT.search(_NUMBER_SLASHES.sub("", line[a:b if b >= 0 else len(line)])):
            out.append((m.start(), m.end(), " ", 0.7))
    # (but the comma of "các sở, ban, ngành" read as a stop is its comma: "- Cac so. ban, neanh:", real Tesseract-eng
    # on fresh seed 2592, the recipient read "Các sở ban, ngành")
    out += [(m.start(), m.end(), "," if line[:m.start()].lower().endswith(("sở", "so")) and
             line[m.end():m.end() + 5].lower() == " ban," else "", 0.7) for m in SPECK_BEFORE_SMALL.finditer(line)]
    if "-" in line:
        out += [(m.start(), m.end(), " ", 0.7) for m in SPECK_HYPHEN_BEFORE.finditer(line)]
    if "'" in line or "‘" in line or "`" in line or "´" in line or "’" in line or "°" in line or "º" in line:
        out += [(m.start(), m.end(), "", 0.7) for m in SPECK_QUOTE.finditer(line)]
        out += [(m.start(), m.end(), "", 0.7) for m in SPECK_QUOTE_BEFORE_NUMBER.finditer(line)]
        out += [(m.start(), m.end(), " ", 0.7) for m in SPECK_QUOTE_GLUED_BEFORE_NUMBER.finditer(line)]
    if "⁄" in line:  # (a plan's number's 7 that a scan read as one, before its own slash: a 7, not a slash)
        sevens = [(m.start(), m.end(), "7", 0.7) for m in SEVEN_AS_FRACTION_SLASH.finditer(line)]
        out += sevens + [(m.start(), m.end(), "/", 0.7) for m in FRACTION_SLASH.finditer(line)
                         if not any(e[0] < m.end() and m.start() < e[1] for e in sevens)]
    if "số" in line:  # ("Quyết định số:.1956/QĐ-TTg")
        out += fix_speck_after_the_number_word(line)
    if "’," in line or "',"in line or "‘," in line:  # ("UBND các huyện’, thành phố": no quotation opened before)
        out += [(m.start(), m.end(), "", 0.7) for m in QUOTE_BEFORE_A_COMMA.finditer(line)
                if not any(q in line[:m.start()] for q in "‘'“\"")]
    if "ND" in line:  # ("Thường trực HĐNDtỉnh")
        out += [(m.start(), m.end(), " ", 0.7) for m in ABBREVIATION_GLUED_TO_A_WORD.finditer(line)]
    if "-." in line or "–." in line:
        out += [(m.start(), m.end(), "" if line[m.end():m.end() + 1] == " " else " ", 0.7)
                for m in SPECK_AFTER_DASH.finditer(line)]
    return sorted(out)


#: a part heading's number at line start, as OCR may leave it: strokes, "1", a comma for its stop
# ("-_ II."; a stroke read as a capital L: "IL. CHỈ TIÊU"; a serif's bar as a T or strokes merged as a W: "TIT." III,
# "HW." II; its stop read as a colon: "HT: NHIỆM VỤ" III)
_HEADING_NUMBER = re.compile(r"^(\s*(?:[-–—_~'‘’`•·]+\s*)?)([|Il1IVXvix\[\]HLTW][|Il1IVXvix\[\]HLtTWEf]{0,3}|[iIl|1]n)"
                             r"([.,:;]|(?<=[|Il1]{2}|[iIl|1]n)(?=\s+[A-ZĐ]{2})"
                             r"|(?<=[\s_~\-]H[|Il1])(?=\s+[A-ZĐ]{2})"
                             # (a semicolon for the stop, "Ill;", or none after strokes: "Il CHI TIEU" — III read
                             # "in", two strokes joined at the top and the stop lost: "in NHIEM VU", real Tesseract-eng
                             # on fresh seed 1709, the tasks lost — or after a "1" alone before the targets' heading: "1
                             # CHL TIEU", fresh seed 633 eng; or "HI", two strokes joined, after a speck: "-_ HI NHIỆM
                             # VỤ", vetplan's OCR of fresh seed 2527's scan, the tasks lost)
                             r"|(?<=[1l|])(?<![|Il1IVXvix\[\]HLtTW][1l|])(?=[ ]+C[Hh]\S{0,2}[ ]*T\S{0,3}[UuƯư]\s*$)"
                             r"|(?<=^\[HH)(?=[ ]+[A-ZĐ]{2}))"  # (a bracket and two H for its strokes, the stop
                             # lost: "[HH NHIỆM VỤ VÀ GIẢI PHÁP", vetplan's OCR of fresh seed 3849's scan, the tasks
                             # lost)
                             r"(?=\s*\S)")
_ROMAN_VALUE = {r: k for k, r in enumerate(ROMANS_IN_ORDER, start=1)}
#: the committee a signature is made on behalf of, standing alone after its mark: no part's heading
_SIGNING_COMMITTEE = regex.compile(r"\s*[UỦ][YỶ]\s+BAN\s+NH[AÂ]N\s+D[AÂ]N\s*$")


def fix_heading_numbers(lines: list[str]) -> dict[int, Edit]:
    """Part numbers of a plan's headings in capitals, set by the numbering they belong to where OCR lost
    or merged a stroke: read "1.", "I.", "II.", "IV.", "V." the parts are I to V ("I." was II, "II." III);
    a comma, colon or semicolon read for the full stop goes too, and one lost after strokes ("Il CHI TIEU"). A
    numbering is trusted when at least half its headings, and two, already read right, or two from I. on and every
    other lower than its place; one that starts again at "I." (an appendix's parts) is a numbering of its own.
    Lost strokes make a number smaller: one higher than its place ("VI." after "IV.") says a heading before
    it was not found, and is left.

    Returns line index → edit: ``fix_heading_numbers(["1. MUC DICH", "x", "II. CHI TIEU", "III. KINH PHI"])``
    → ``{0: (0, 2, "I.", 0.8)}``."""
    found: list[tuple[int, int, int, int, str]] = []  # (line, start, end, value or 0, the number as read)
    for i, line in enumerate(lines):
        m = _HEADING_NUMBER.match(line)
        if not m or not _mostly_upper(line[m.end():]) or sum(c.isalpha() for c in line[m.end():]) < 3 or (
                _SIGNING_COMMITTEE.match(line, m.end())) or line[m.end()].islower():
            continue  # ("TI. UY BAN NHAN DAN": a signature's TM., no part; "Tl,rNH": a coded word's inside)
        tok = m.group(2)
        if "L" in tok and (tok == "L" or m.group(3) == ","):  # (a stroke read L beside another and a stop: "IL.")
            continue
        value = 1 if tok == "1" else 0 if tok.isdigit() else \
            _ROMAN_VALUE.get(_as_roman(("I" + tok[1:] if tok[0] == "T" else tok).replace("t", "I").replace("f", "I")
                                       .replace("n", "H")),
                             0)  # (a stroke read "t": "Itt." III; "in": III; its first stroke with a serif read T:
        # "T. MUC DICH", "TH. NHIEM VU", real Tesseract-eng on fresh seed 3835, the tasks' part lost; a last stroke read
        # "f": "Hf. NHIEM VU", 6416, the tasks lost)
        found.append((i, m.start(2), m.end(3), value, m.group(2) + m.group(3)))
    runs: list[list[tuple[int, int, int, int, str]]] = []
    for k, h in enumerate(found):  # a numbering starts again at "I." followed by "II." (after three or more)
        again = h[3] == 1 and k + 1 < len(found) and found[k + 1][3] == 2 and runs and len(runs[-1]) >= 3
        if not runs or again:
            runs.append([])
        runs[-1].append(h)
    out: dict[int, Edit] = {}
    for run in runs:
        def agreeing(first: int, run: list = run) -> int:
            """How many headings of the run read right if its first heading is number ``first``."""
            return sum(h[3] == first + k for k, h in enumerate(run))

        read_as = [h for h in run if h[3]]
        values = [h[3] for h in run]
        if len(read_as) >= 2 and run[0][3] == 1 and all(a[3] < b[3] for a, b in itertools.pairwise(read_as)) and all(
                _room_for(values, k) for k, v in enumerate(values) if not v):
            # read rising from I. already: a gap is a heading not found ("I.", "III.", "IV.": II coded out of
            # capitals; "I.", "Hl.", "IV.", "Vv.": II read "UH."); each number stays what it reads, in its written
            # form ("[.", "H," before a gap: I., II.), and one that reads as none, where there is room for it ("I.",
            # "HW.", "II." leave none: that II is III), is set below
            out.update({i: (a, b, ROMANS_IN_ORDER[value - 1] + ".", 0.8) for i, a, b, value, read in read_as
                        if read != ROMANS_IN_ORDER[value - 1] + "."})
            out.update(_filling_their_room(run))
            continue
        if (places := _numbering_places(values)) is None:
            continue
        agree = sum(v == n for v, n in zip(values, places, strict=True))
        # (fewer than half agree: still trusted from I. on when every other reads lower than its place, as lost
        # strokes make it: "I.", "i.", "1.", "IV.", "Vv." are I to V)
        lower = places[0] == 1 and all(v <= n for v, n in zip(values, places, strict=True))
        if agree < 2 or (2 * agree < len(run) and not lower):
            continue
        # (every part found, from I. to the last read right: none is missing before one that reads too high, which a
        # stroke more made so — "1.", "Hl.", "I.", "IV.", "V." are I to V, real Tesseract-eng on fresh seed 1816)
        whole = places == list(range(1, len(run) + 1)) and values[-1] == len(run)
        for (i, a, b, value, read), n in zip(run, places, strict=True):
            if (want := ROMANS_IN_ORDER[n - 1] + ".") != read and (value <= n or whole):  # (one too high: a heading
                out[i] = (a, b, want, 0.8)  # not found before it, or a speck's stroke)
    # a number that reads as none ("HH." for "III.") between two that do, with room between them (a heading
    # OCR lost: "II.", "HH.", "V." → "III."), or after the last, is the one after the number before it
    values = [_ROMAN_VALUE.get(_as_roman(out[h[0]][2][:-1]), 0) if h[0] in out else h[3] for h in found]
    for k, (i, a, b, value, _read) in enumerate(found):
        if value or i in out:
            continue
        before, after = _read_around(values, k)
        if before and sum(v > 0 for v in values) >= 2 and before + 1 < after:
            out[i] = (a, b, ROMANS_IN_ORDER[before] + ".", 0.7)
            values[k] = before + 1
    return out


def _numbering_places(values: list[int]) -> list[int] | None:
    """The parts (1 for I.) a numbering's headings are, from the numbers read (``values``, 0 for none): rising, as many
    read right as can be, then as few parts skipped as can be (a heading OCR garbled past finding), then from the
    lowest: ``[1, 1, 4, 5]`` ("I.", "1.", "IV.", "V.": the III between them not found) → ``[1, 2, 4, 5]`` (II to V had
    taken the "I." read right for II), ``[1, 1, 3, 4]`` → ``[1, 2, 3, 4]``. A heading whose number reads higher than
    its place keeps it (a heading before it not found, or a speck's stroke: see :func:`fix_heading_numbers`). None for
    more headings than parts."""
    top = len(ROMANS_IN_ORDER)
    if len(values) > top:
        return None
    # best[n]: (read right, −parts skipped, −numbers read higher than their places, −first part) of the headings so
    # far, the last being part n; and the places (a stroke is lost more often than one is added: ".", "I|", "II.",
    # "IV.", "V." are I to V, the first's number lost — sample 000's engine on fresh seed 13607 eng000, whose "I|" had
    # been kept for I and the targets lost — not I, II, IV, V with III not found)
    best = {n: ((int(values[0] == n), -(n - 1), -int(values[0] > n), -n), [n]) for n in range(1, top + 1)}
    for v in values[1:]:
        step: dict[int, tuple[tuple[int, int, int, int], list[int]]] = {}
        for n in range(min(best) + 1, top + 1):  # (each way here weighed with its step's skips)
            step[n] = max((((k[0] + (v == n), k[1] - (n - m - 1), k[2] - (v > n), k[3]), [*p, n])
                           for m, (k, p) in best.items() if m < n), key=lambda o: o[0])
        best = step
    return max(best.values(), key=lambda o: o[0])[1]


def _filling_their_room(run: list[tuple[int, int, int, int, str]]) -> dict[int, Edit]:
    """The headings of a numbering that read as none where they are as many as the numbers between those read before
    and after them (each then the one its place gives: "I.", "HW.", "TIT.", "IV." are I to IV)."""
    out: dict[int, Edit] = {}
    values = [h[3] for h in run]
    k = 0
    while k < len(run):
        if values[k]:
            k += 1
            continue
        end = next((j for j in range(k, len(run)) if values[j]), len(run))
        before, after = _read_around(values, k)
        if before and after - before - 1 == end - k:
            out.update({run[j][0]: (run[j][1], run[j][2], ROMANS_IN_ORDER[before + j - k] + ".", 0.8)
                        for j in range(k, end)})
        k = end
    return out


def _room_for(values: list[int], k: int) -> bool:
    """Whether a number lies between the numbers read before and after heading ``k`` of a numbering (``values``: each
    heading's number as read, 0 for none; none after: V.)."""
    before, after = _read_around(values, k)
    return before + 1 < after


def _read_around(values: list[int], k: int) -> tuple[int, int]:
    """The numbers read nearest before and after heading ``k`` (``values``: each heading's, 0 for none): 0 for none
    before, one past the last Roman number for none after."""
    before = next((v for v in reversed(values[:k]) if v), 0)
    after = next((v for v in values[k + 1:] if v), len(ROMANS_IN_ORDER) + 1)
    return before, after


#: a party body's document code, its slash read as "I": "181-KHITU" (KH/TU, Thành ủy), "21-CTITW" (CT/TW)
_PARTY_CODE_RE = re.compile(r"(?<=\d-)(?:KH|CT|NQ|QĐ|QD|KL|HD|HĐ|TB|BC)(I)(?:TU|TW|HU|QU|ĐU)(?![^\W\d_])")
#: a date whose slashes a scan turned into strokes: "28I5I2020", "04/12I2018", "19/02!2019"; after the day word (see
#: _DAY_WORD_BEFORE) one of them a "1" too ("2815I2020", "01112/2020", "21/612021") and the date glued to the day word
#: or to the word after it, as a code loses spaces ("ngay28/12I2016", "27I11/2009cua"). A date only where day and
#: month can be one; elsewhere no "1" is a slash ("140112021" cannot be told from a number) and no letter touches it
_STROKED_DATE = re.compile(r"(?<![\d/])(\d{1,2})([/Il|!1])(\d{1,2})([/Il|!1])((?:19|20)\d[ ]?\d)(?!\d)")  # (its year
# parted too, mended by fix_date_slashes' second round: "ngay 08112/202 1.")
#: the day word just before a date, however a scan or a code wrote it ("ngày", "ngay", "ngdy", "ng,ry"), its space
#: maybe lost
_DAY_WORD_BEFORE = regex.compile(r"(?i:[nmu]g\S{1,3}y)\s*\Z")  # (its n read m: "QD-TTgmgay 1415I2018", sample 004's
# code on fresh seed 3324 code004, the citation's date lost; or u: "24ICT-TTgugay 28I512020", 6011 code004)
#: a month and year, its slash read as a stroke: "7I2019" (a month's date: "đến tháng" / "7I2019.")
_STROKED_MONTH_YEAR = regex.compile(r"(?=\d)(?:(?<![\w/|!])|(?<=(?i:th)\S{1,3}(?i:ng)))(1[0-2]|0?[1-9])([Il|!])"
                                    r"((?:19|20)\d\d)(?![^\W_])")  # (glued to its word too: "thang7I2016")


#: the hyphen between a document's type code and its issuer's read as a quote or a tilde: "24/CT“TTg", "73/KH~UBND"
_CODE_DASH_SPECK = regex.compile(rf"(?<=\d/(?:\d{{4}}/)?{_DOC_CODES})(?:[“”\"'‘’~_=:]|\+[«»]?)"
                                 rf"([A-ZĐ][A-Za-zĐ]{{1,8}})\b")
# (or a plus and a guillemet: "93/KH+«UBND", real Tesseract-eng on fresh seed 11326, the number and place lost)
#: … doubled by a speck, "522/QD- -TTg" (the issuer's code in the match: the edit keeps it from the decoder, "Từ")
_CODE_DASH_DOUBLED = regex.compile(r"(?<=\d/(?:\d{4}/)?[A-ZĐ\d]{2,6})-(?:[ ]+-?|[“”\"'‘’`]+)"
                                   r"([A-ZĐ]{2}[A-Za-zĐ]{0,7})\b")
# (or a quote after it: "24/CT-“TTg", vetplan's OCR of fresh seed 1205's scan, the citation lost)
#: a cited number's slash before its type read as a hyphen ("Chi thi so 24-CT-TTg": real Tesseract-eng on fresh seed
#: 1563, the citation lost): no number is written with two hyphens so
_DOCNUM_SLASH_AS_HYPHEN = regex.compile(r"(?<=(?<![\w/.,-])\d{1,5}(?:/(?:19|20)\d\d)?)-"
                                        rf"(?={_CITED_OR_PLAN_TYPES}-[A-ZĐ])")
#: the plan type's code "KH" with its H misread after a number's slash, a space maybe between ("S6: 160/ Ka-UBND":
#: sample 004's code on fresh seeds 2759 and 2838 code004, read "VÀ-UBND", the plan's number lost) — no other type
#: opens with K
_PLAN_TYPE_H_MISREAD = regex.compile(r"(?<=(?<![\w/])\d{1,5}/)[ ]?(?:K(?!H)(?:[a-zA-Z]|\p{Lu}H)|EH)(?=-[A-ZĐ]{2,})"
                                     r"|(?<=(?<![\w/])\d{1,5}\.)EH(?=-[A-ZĐ]{2,})")  # (its slash read a stop too:
# _DOCNUM_SLASH_LOST's)
# (or a speck read as a capital before its H: "Số: 47/KÉH-UBND", vetplan's OCR of fresh seed 1414's scan, the number
# lost; its K read E, "Số: 9/EH-SLĐTBXH", 1563's, read "ĐH" — no document's type is EH)
#: a type code's Q read as a bracket ("46/2015/(Đ-T'Tg": vetplan's OCR of fresh seed 1196's scan, the citation lost)
_TYPE_Q_AS_BRACKET = regex.compile(r"(?<=\d/(?:(?:19|20)\d\d/)?)[(\[{](?=[ĐD]-[A-Z])")
#: … or a speck before it, a space between ("43/2016/TT: -BLĐTBXH": both OCR models so read one scan)
_CODE_DASH_AFTER_SPECK = regex.compile(r"(?<=\d[/Il|1](?:\d{4}[/Il|1])?[A-ZĐ\d]{2,6})(?:[:;.,'‘’][ ]*|[ ])-[ ]*"
                                        r"(?:([A-ZĐ]{2}[A-Za-zĐ]{0,7}?|S(?:\p{Ll}|[&¢'‘’])[A-ZĐ]{4,8})"
                                        r"(?:\b|(?=ng\S{1,3}y[ ]+\d))|(?=cP\b))")
#: the date's word glued after a cited number's issuer code ("43/2016ITT -BLDTBXHngay 28I12I2016": sample 004's code on
#: fresh seed 2680 code004, the citation lost)
_DATE_WORD_GLUED_AFTER_A_CODE = regex.compile(r"(?<=\d[/Il|1](?:\d{4}[/Il|1])?[A-ZĐ]{2,6}[ ]?-[ ]?"
                                              r"(?:[A-ZĐ]{3,9}|TTg|[cC]P))"
                                              r"(?=ng\S{1,3}y[ ]+\d|ng\S{1,2}Y[ ]*\d)")
# (the Prime Minister's "TTg" too: "522IQD -TTgngay 1415I2018", sample 004's engine on fresh seeds 3381 and 3398
# code004, the citation lost; the Government's, its C small: "15/2019IND-cPngay 01I02/2019", 3570 code004; a code's
# capital Y, the date glued to it: "46/2015/QP-TTgngQY28/9/2015", fresh seed 5267 code)
#: … a code's l for the space between them, the date's n lost, its date glued after it ("24/CT-TTglgay28/5/2020": fresh
#: seed 4250 code004, the citation lost)
_DATE_WORD_AFTER_A_CODES_L = regex.compile(r"(?<=\d[/Il|1](?:\d{4}[/Il|1])?[A-ZĐ]{2,6}[ ]?-[ ]?"
                                           r"(?:[A-ZĐ]{3,9}|TTg|[cC]P))l(?:n?g[a-z]{1,2}y)(?=[ ]?\d{1,2}[/Il|1]\d)")
# (a department's S with a speck after it, fix_document_codes' to read: "88/KH, -SéLĐTBXH", fresh seed 1258 eng000)
# (the issuer's code in the match, as _CODE_DASH_DOUBLED's: "24/CT, -TTg" had become "CT-Từ", fresh seed 506 eng000)
# (or a space alone, its slashes maybe strokes: "15/20191ND -CP", sample 004's code on another plan)
#: a code's small letter of a capital's shape inside a cited number's type code, its slash maybe read as a stroke
#: ("24IcT-TTg": CT; "15/2019/ND-cP": CP; sample 004's code writes a capital C small as often as a small c large)
_CODE_SMALL_C = regex.compile(r"(?<=(?:(?<![\w/])|(?<=(?:(?<![\p{L}\d])|(?<=\p{Ll})l)s[6oôố9]))\d{1,5}"
                              r"(?:[/Il|1](?:19|20)\d\d)?)"
                              r"([/Il|1])(c)(T)(?=[ ]?-[A-ZĐ])"  # ("số" glued before it: "s624IcT -TTg", 5696 code004;
                              # after a code's l for the space: "chi thjls624/cT -TTg", 6079 code004)
                              r"|(?<=\d[/Il|1](?:\d{4}[/Il|1])?N[DĐ][ ]?-)(c)([Pp])(?=(?![\p{L}\d])|ng\S{1,3}y[ ]*\d)")
# (the date's word glued after it: "15/2019IND-cPngay 01I02/2019", fresh seed 3570 code004, the citation lost — its
# space is split_date_glued_after_a_code's)
#: "số" before a document's whole number read as digits ("Nghị định" / "56 15/2019/ND-CP": no count stands there; its
#: S kept and a speck read after the ố: "S60 46/2015/QD-TTg")
_NUMBER_WORD_AS_DIGITS = regex.compile(r"(?<![\w/.,])(?:[358][6o0öô]|[Ss][6o0]{2})"  # (its ố an ö: "Thông tư 5ö
                                       # 43/2016/TT", vetplan's OCR of fresh seed 1498's scan, the citation lost)
                                       r"(?:[ ]+[-–](?=\d)|(?=[ ]+\d))"  # (a speck's dash glued before the
                                       # number: "Quyet dinh 56 -46/2015/QD-TTg", real Tesseract-eng on fresh seed
                                       # 11605, the basis lost)
                                       rf"(?=[ ]*\d{{1,5}}(?:/(?:19|20)\d\d/[A-ZĐ]{{2}}|[ /]{_CITED_TYPES}-[A-ZĐ]))")
# (or before a number of no year: "Quyet dinh" / "80 1956/QD-TTg", real Tesseract-eng on fresh seed 2204; its S read
# as a 3: "Chi thi 36 24/CT-TTg", 2864, the citation lost)
# (its s read as an 8: "Théng tu 86 43/2016/TT-BLDTBXH", fresh seed 1488 eng000, the citation lost; before a number
# whose slash was read as a space: "Quyet dinh 50 1956 QD-TTe", real Tesseract-eng on fresh seed 1572)


_TYPE_CODE_THEN_A_SPACE = regex.compile(rf"{_DOC_CODES}(?=[ ]-)|{_DOC_CODES}[,.;:'‘’][ ]?-"
                                         rf"|{_DOC_CODES}-[ ](?=[A-ZĐ])")  # (or a speck and a space before the
# hyphen, taken with it: "So: 3071KH, -SLDTBXH", sample 000's engine on fresh seeds 10522 and 10681 eng000; or a space
# after it: "So: 3001KH- SLDTBXH", fresh seed 10976 eng000)


def _with_the_type_code(line: str, a: int, b: int, conf: float) -> Edit:
    """The edit that writes a number's lost slash (``line[a:b]``, a stop, a "1" or nothing), with the type code after
    it when a space parts that from its hyphen ("3471KH -UBND"): the number is then no token the decoder leaves whole,
    and a code's decoder had read its "KH" as "KỲ"."""
    m = _TYPE_CODE_THEN_A_SPACE.match(line, b)
    if m is None:
        return a, b, "/", conf
    code = m.group(0)  # (its speck, space and hyphen read as the hyphen: "KH, -" → "KH-")
    return a, m.end(), "/" + (code.rstrip("-,.;:'‘’ ") + "-" if "-" in code else code), conf  # ("KH- " → "KH-")


#: a space a code put before the hyphen between a cited number's type and issuer ("43/2016/TT -BLDTBXHngay", fresh seed
#: 1523 code004: the citation lost)
_SPACE_BEFORE_ISSUER_HYPHEN = regex.compile(r"(?<=\d/[ ]?(?:\d{4}/)?(?:TT|QĐ|QD|NĐ|ND|[Cc]T|KH|NQ))[ ]"
                                             r"(?=-(?:[a-zđ]?[A-ZĐ]{2,}|(?<=N[DĐ][ ]-)c[pP](?![\p{L}\d])))"
                                             r"|(?<=\d/)[ ](?=(?:TT|QĐ|QD|NĐ|ND|CT|KH|NQ)[ ]?-[a-zđ]?[A-ZĐ]{2,})")
# (and after its slash: "S6: 205/ KH -SLDTBXH", sample 004's code on fresh seeds 4077 and 4094, read "KỲ", the number
# lost; a directive's C small, "chi thjls624/cT -TTg", 6079 code004, read "cT -Từ", the basis lost;
# the Government's code in small letters, _CODE_SMALL_C's: "15/2019/ND -cp", 4618 code004, read "NĐ -có"; the
# issuer's first capital a code's small one too, "S6: 27/ KH -uBND", 4929 code004, read "KỲ")


#: the date's word after a cited number's code, left as a code wrote it ("43/2016/TT-BLĐTBXH ng@y 28/12/2016": a code's
#: "BLPTBXHng@y" on fresh seed 3281 code, the word glued to the code and kept from the decoder with it — the citation
#: lost)
_DATE_WORD_AFTER_A_CODE_LEFT = regex.compile(r"(?<=\d/(?:\d{4}/)?[A-ZĐ]{2,6}-[A-ZĐ][A-Za-zĐ]{1,8}[ ])(?!ngày)"
                                             r"ng[^\s\d]{1,2}[yY](?=[ ]\d{1,2}/)")  # (its y a code's capital too:
# "46/2015/QP-TTgngQY28/9/2015", fresh seed 5267 code, parted from the code and the date but left "ngQY")


def fix_date_word_after_a_code(line: str) -> list[Edit]:
    """``"43/2016/TT-BLĐTBXH ng@y 28/12/2016"`` → "ngày" (read after the decoder)."""
    return [(m.start(), m.end(), "ngày", 0.8) for m in _DATE_WORD_AFTER_A_CODE_LEFT.finditer(line)]


def fix_space_before_issuer_hyphen(line: str) -> list[Edit]:
    """``"43/2016/TT -BLDTBXHngay"`` → "43/2016/TT-BLDTBXHngay" (a line rewrite before the fixers that read the
    code)."""
    return [(m.start(), m.end(), "", 0.8) for m in _SPACE_BEFORE_ISSUER_HYPHEN.finditer(line)]


#: the plan's own number's hyphen read as a colon, the committee's code spaced ("So: 273/KH:U BND. Van Quan": real
#: Tesseract-eng on fresh seed 3149, the number and the place lost)
_PLAN_CODE_COLON_AND_SPACED_UBND = regex.compile(r"(?<=\d/KH)[:;](?=[ ]?U[ ]?BND(?![\p{L}\d]))"
                                                  r"|(?<=\d/KH[-:;][ ]?U)[ ](?=BND(?![\p{L}\d]))")  # (a speck's
# underscore after it: "Số:227/KH:UBND_ - : Lâm Đồng", vetplan's OCR of fresh seed 7221's scan, the number lost)
#: the plan's type's hyphen read as an E before the committee ("So: 30/KHEUBND": real Tesseract-eng on fresh seed 8894,
#: the number lost)
_PLAN_CODES_HYPHEN_READ_E = regex.compile(r"(?<=\d/KH)E(?=UBND(?![\p{L}\d]))")
#: … or Z, its slash read as a space ("Sé: 58 KHZUBND": real Tesseract-eng on fresh seed 9863, the number and place
#: lost)
_PLAN_CODE_SLASH_SPACED_HYPHEN_READ_Z = regex.compile(r"(?<=(?<![\p{L}\d/])\d{1,5})[ ]KH[EZ](?=UBND(?![\p{L}\d]))")
#: a space inside the plan's code "KH" ("S6:.33/K H-UBND": real Tesseract-eng on fresh seed 9862, read "33/K Ở-UBND",
#: the number and place lost)
_SPACE_INSIDE_THE_PLAN_CODE = regex.compile(r"(?<=(?<![\p{L}\d/])\d{1,5}/)K[ ]H(?=-UBND(?![\p{L}\d]))")
#: … its slash read as an I too ("So: 44 IKH-U BND": real Tesseract-eng on fresh seed 8270, read "KH-Ở BND", the number
#: and the place lost): the whole code in one edit
_PLAN_CODE_SLASH_AS_I_AND_SPACED_UBND = regex.compile(r"(?<=\d)[ ]?IKH-U[ ]BND(?![\p{L}\d])")
#: the Prime Minister's code "TTg" after a cited number's type, its first T read as a stroke and a speck
#: ("2239/OD-l’Tg": real Tesseract-eng on fresh seed 829, the legal basis lost) — no other issuer's code ends "Tg"
_PRIME_MINISTER_T_AS_STROKE = regex.compile(r"(?<=\d[/Il|1]\p{Lu}{2}-)[Il1|][’'‘`]?(?=Tg(?![\p{L}\d]))")
#: … or a speck read as a small letter before its g ("1956/QD-TTeg": real Tesseract-eng on fresh seed 863, read "TT em")
_PRIME_MINISTER_SPECK = regex.compile(r"(?<=\d[/Il|1]\p{Lu}{2}-)TT[a-fh-z’'‘`]g(?![\p{L}\d])")


#: the Prime Minister's code whose g a scan read as another small letter ("46/2015/QD-TTs", "1956 QD-TTe": real
#: Tesseract-eng on fresh seeds 1541 and 1572, the citation lost): no other code after QĐ- or CT- opens with TT
_PRIME_MINISTER_G_MISREAD = regex.compile(r"(?<=\d[/ ](?:QĐ|QD|CT)-TT)[a-fh-zđð2](?![\p{L}\d])")  # ("QĐ-TTð":
# vetplan's OCR of fresh seed 2152's scan, the citation lost)
#: … or read as a 2 ("2239 QD-TT2": real Tesseract-eng on fresh seed 4608, read "QĐ-Từ", the citation lost), or its
#: second T read as a P or an F ("1956/QB-TPg": real Tesseract-eng on fresh seed 4646, the citation lost)
_PRIME_MINISTER_SECOND_T_MISREAD = regex.compile(r"(?<=\d[/ ](?:QĐ|QD|OD|QP|QB|CT)-T)(?:[PF]|['‘’`]V)"
                                                 r"(?=g(?![\p{L}\d]))"
                                                 r"|(?<=\d[/ ,\-](?:QĐ|QD|QP|QB|Qb|CT)-)[PF](?=Tg(?![\p{L}\d]))")
# (or its first: "522,Qb-PTg", real Tesseract-eng on fresh seed 4684, read "QĐ-Từ", the citation lost; the second a
# quote and a V: "so:522/OD-T'Vg", 11988, the citation lost)
#: … or its first letters read as a bracket and small letters before "Tg" ("46/2015/QD-(tjTg": sample 000's engine on
#: fresh seed 2836 eng000, read "QĐ-(tốt", the citation lost): no other code ends with "Tg"
_PRIME_MINISTER_TT_MISREAD = regex.compile(r"(?<=\d/[Il|]?(?:QĐ|QD|QP|QB|Qb|CT)-)(?!TTg)[(\[{|!lIiTtjL]{1,3}Tg"
                                            r"(?![\p{L}\d])")
# (its Đ misread too: "522/QP-(tjTg", sample 000's engine on fresh seed 2909 eng000, the citation lost; a small b,
# "1956/Qb-(tjTg", 15079 eng000; a stroke before
# its type, _DOCNUM_STROKE_AFTER_SLASH's: "46/2015/IQD-(tjTg", 4243 eng000)
#: … or its two Ts read as one, a speck after its g maybe ("24/CT-Tgø": vetplan's OCR of fresh seed 1811's scan, the
#: citation lost)
_PRIME_MINISTER_ONE_T = regex.compile(r"(?<=\d/(?:QĐ|QD|QP|QB|CT)-)Tg[øØ°]?(?![\p{L}\d])")
#: the Prime Minister's decision code "QĐ-TTg" with its Đ or its g misread, or a space beside its hyphen
#: ("46/2015/Qp- TTe", "522/QB-TTy": real Tesseract-eng on fresh seeds 1709 and 1756, the citations lost), after the
#: number's slash or, a label "số" before the number, where a space stands for that slash ("s6 522 QDb- TTg"; group
#: "sep"): no other code opens with a Q before "TT"
_PRIME_MINISTER_DECISION_MISREAD = regex.compile(
    r"(?:(?<=\d/(?:(?:19|20)\d\d/)?)|(?<=(?<![\p{L}\d])(?i:s[ốoô6ö])[:;.]?[ ]+\d{1,5}(?:/(?:19|20)\d\d)?)(?P<sep>[ ]))"
    r"(?!Q[DĐ]-TT)[QO]O?[DĐPpBb][bBH]?(?:[ ]?-[ ]?(?:T[Tt][a-z]|[\]\[|(Il1!j][ ]?Tg|T['‘’`][lI1|T]['‘’`]g)"
    r"|[(\[{][a-z]{1,2}Tg|-[ ]-[ ]?(?!TTg)\S{2,3}g|[:;][ ]?TTg)"  # (its hyphen a colon: "2239/QD: TTg.ngay",
    # real Tesseract-eng on fresh seed 10841, read "QĐ: Từ", the citation lost)
    r"(?![\p{L}\d])")  # ("QD-TTs": _PRIME_MINISTER_G_MISREAD's); its Q read O, its Đ's stroke a B after it, its first
# T a bracket before a space ("1956/Op-] Tg", "46/2015/QbB-TTg": real Tesseract-eng on fresh seeds 3199 and 3205, the
# citations lost); a speck read O after its Q, quotes about its second T read l ("2239/QOD-T'l'g", 3252); its stroke
# an H ("46/2015/QBH-TTg", 3266); its hyphen lost before a bracket and small letters for TT ("46/2015/QP(tjTg": sample
# 000's engine on fresh seed 4746 eng000, read "QĐ(tốt"); its hyphen doubled and its TT misread ("46/2015/QĐ- -LƑFg",
# vetplan's OCR of fresh seed 5179's scan, the citation lost: no other decision's code ends in a g)


#: the Prime Minister's directive or decision code with its hyphen read as a Z (or a 2) and a speck's capital after it
#: ("SỐ 24/CTZTTgE ngày", vetplan's OCR of fresh seed 2285's scan, the citation lost)
_PRIME_MINISTER_HYPHEN_AS_Z = regex.compile(r"(?<=\d/(?:(?:19|20)\d\d/)?)(CT|Q[DĐ])(?:[Z2F]TTg[A-Z]?|'?FTg)"
                                           r"(?![\p{L}\d])")
# (or F: "Chỉ thị số 24/CTFTTg", vetplan's OCR of fresh seed 4402's scan, the citation lost; an F for the hyphen and the
# first T, a speck's quote before it maybe: "24/CT'FTg", 6464's, the citation lost)


#: the Q of the Prime Minister's decision code read as a 1 ("46/2015/1Đ-T'Tg": vetplan's OCR of fresh seed 7221's scan,
#: the citation lost) — no code opens with a figure
_PRIME_MINISTERS_Q_AS_ONE = regex.compile(r"(?<=\d/)1(?=Đ-T\S{1,2}g(?![\p{L}\d]))")
#: the Prime Minister's code "QĐ-TTg" or "CT-TTg" with its end misread into signs before the date's word ("2239/Q-T'Fø
#: ngày", "24/CT-TTF8 ngày": vetplan's OCR of fresh seeds 7366's and 7371's scans, the citations lost) — a sign among
#: the letters after "-T": no code's own (group 1 the type)
_PRIME_MINISTERS_CODE_END_AS_SIGNS = regex.compile(r"(?<=(?<![\p{L}\d])\d{1,5}/(?:(?:19|20)\d\d/)?)(CT|Q[ĐD]?)-[ ]?T"
                                                   r"(?:(?!Tg[ ,;.])(?=[^\s,;.]{0,2}[^\p{L}\s,;.])[^\s,;.]{1,3}|T[øØ])"
                                                   r"(?=[,;.]?[ ]ngày(?![\p{L}\d]))")  # (a comma after it its own:
# "24/CT-TEg, ngày" is another fixer's; its g read as a slashed o after a space: "46/2015/QĐ- TTø ñgØày", vetplan's OCR
# of fresh seed 7632's scan, the citation lost)
#: the T and hyphen of a directive's "CT-" read as one E before the Prime Minister's code ("Chi thi sé 24/CETTg ngay":
#: real Tesseract-eng on fresh seed 12649, the citation lost)
_DIRECTIVES_T_AND_HYPHEN_AS_E = regex.compile(r"(?<=(?<![\p{L}\d])\d{1,5}/)CE(?=TTg(?![\p{L}\d]))")
#: … or its C read G ("24/GT-TTg ngày 28/5/2020": vetplan's OCR of fresh seed 7812's scan, the citation lost) — no type
#: code "GT" stands before the Prime Minister's
_DIRECTIVES_C_READ_G = regex.compile(r"(?<=(?<![\p{L}\d])\d{1,5}/)G(?=T-TTg(?![\p{L}\d]))")
#: a circular's number's second slash read as a 7 and its "TT" as "TI" ("43/20167TI-BLĐTBXH": vetplan's OCR of fresh
#: seed 7470's scan, the citation lost)
_CIRCULARS_SLASH_AS_SEVEN = regex.compile(r"(?<=(?<![\p{L}\d])\d{1,4}/(?:19|20)\d\d)7T[TIl1](?=-BL[ĐD]TBXH)")
#: a cited number's slashes read as a hyphen and a space after its label ("so 46-2015 QD-TTg ngay": real
#: Tesseract-eng on fresh seed 12085, the citation lost)
_CITED_NUMBERS_SLASHES_AS_HYPHEN_AND_SPACE = regex.compile(r"(?<=(?<![\p{L}\d])s[ốoô6é][ ]+\d{1,5})-((?:19|20)\d\d)[ ]"
                                                           r"(?=(?:QĐ|QD|QP|QB|NĐ|ND|TT|CT)-[A-Z])")
#: a cited number's year a scan broke with a space, its last figure misread, before the document's date of the same
#: decade ("Quyét dinh s6 46/201 9/QD-TTg ngay 28/9/2015": real Tesseract-eng on fresh seed 12043, the citation
#: lost) — a national document is numbered within its year, so the date's year is the number's (group 3 its figure)
_CITED_YEAR_BROKEN_BEFORE_ITS_DATE = regex.compile(r"(?<=(?<![\p{L}\d])\d{1,5}/)((?:19|20)\d)[ ](\d)"
                                                   r"(?=/[A-ZĐ]\S{1,12}[ ]+\S{2,5}[ ]+\d{1,2}/\d{1,2}/\1(\d)(?!\d))")
#: two figures with something else between them (a time span's two months, "đến" between)
_FIGURES_APART = regex.compile(r"\d\D+\d")
#: a word between spaces (compiled once: the module's own look-up of a pattern given as text costs more than the search
#: on a short line)
WORD_BETWEEN_SPACES = regex.compile(r"\S+")
#: a word between spaces and stops (fix_fixed_phrase_misread's)
_A_PHRASE_WORD = regex.compile(r"[^\s,.;:()]+")
#: a speck's quote or a space inside a date's figures (fix_date_slashes')
_DATE_SPECKS_AND_SPACES = regex.compile(r"[‘’'`\s]")
#: a capital, a speck maybe before it (fix_agency_name_misread's)
_CAPITAL_AFTER_A_SPECK = regex.compile(r"[^\p{L}\d\s]?\p{Lu}")
#: a figure anywhere in a line: the gate of the fixers whose every pattern reads one (a line without any is left at
#: the cost of one search, as 372 of sample 000's 583 lines are)
_A_FIGURE = regex.compile(r"\d")


def fix_document_numbers(line: str, coded: bool = False, one_for_slash: bool = False) -> list[Edit]:
    """Slash read as ``I`` in document numbers: ``"219IKH-UBND"`` → ``"219/KH-UBND"``, ``"60/2021INĐ-CP"``
    → ``"60/2021/NĐ-CP"``, ``"181-KHITU"`` → ``"181-KH/TU"``; or as a bracket, bar or comma: ``"73), KH-UBND"``
    → ``"73/KH-UBND"``, ``"1956, QD-TTg"`` → "1956/QD-TTg"; the hyphen read as a quote or tilde: ``"24/CT“TTg"`` →
    ``"24/CT-TTg"``, or doubled by a speck (``"522/QD- -TTg"``) or a space after it (``"522/QĐ- TTg"``: the decoder had
    read "Từ"); the slash read as a stop or lost: ``"45.KH-SLDTBXH"``, ``"181KH-UBND"``; a 4 read as a plus sign:
    ``"+6/KH-UBND"``, a 1 as a capital I after its label: ``"Số: I2/KH-UBND"``; "số" read as digits before a whole
    number: ``"56 15/2019/ND-CP"`` → "số"; a space a scan put between its digits goes: ``"số 52 2/QĐ-TTg"`` →
    "522/QĐ-TTg", ``"46/20 15/QD-TTg"`` → "46/2015/QD-TTg"; the slash before the type read as a space: ``"số 1956
    QD-TTg"`` → "1956/QD-TTg". In a symbol code (``coded``) a "1" before the type code, no slash in the number, is its
    slash: ``"5221QD-TTg"`` → "522/QD-TTg" (sample 004's engine wrote one of its nine slashes as a "1" and lost none;
    a rough scan loses one now and then, and there "181KH-UBND" is 181/KH), and so in Tesseract-eng's text
    (``one_for_slash``: sample 000's engine wrote 123 of 6,597 slashes of fresh plans 1-2199 as a "1" and lost none,
    "3151KH-UBND" is 315/KH; real Tesseract-eng on 957 lost none either); "số" glued to the words around it is parted
    from them: ``"Quy~t dinhs6522/QD-TTg"`` → "dinh số 522/QD-TTg"."""
    if not _A_FIGURE.search(line):  # (a line without figures: every pattern below reads some but two, a 4 read as a
        # plus sign and a 1 as a stroke after the label, before a number's slash alone — "Số: I/KH-UBND"; the same
        # edits, in the same order, as the whole list gives)
        return (_plus_read_for_4(line) if "+" in line else []) + _stroke_read_for_1(line)
    out = [(m.start(), m.end(), m[1] + m[3], 0.75) for m in _CITED_YEAR_BROKEN_BEFORE_ITS_DATE.finditer(line)
           if m[2] != m[3]]  # ("46/201 9/QD-TTg ngay 28/9/2015": first, before the space's own edit)
    if "-T" in line or "- T" in line:  # ("2239/Q-T'Fø ngày", "24/CT-TTF8 ngày", "QĐ- TTø ngày")
        out += [(m.start(1), m.end(), ("CT" if m[1] == "CT" else "QĐ") + "-TTg", 0.75)
                for m in _PRIME_MINISTERS_CODE_END_AS_SIGNS.finditer(line)]
    if "/CE" in line:  # ("24/CETTg")
        out += [(m.start(), m.end(), "CT-", 0.75) for m in _DIRECTIVES_T_AND_HYPHEN_AS_E.finditer(line)]
    if "/GT" in line:  # ("24/GT-TTg")
        out += [(m.start(), m.end(), "C", 0.75) for m in _DIRECTIVES_C_READ_G.finditer(line)]
    if "7T" in line:  # ("43/20167TI-BLĐTBXH")
        out += [(m.start(), m.end(), "/TT", 0.75) for m in _CIRCULARS_SLASH_AS_SEVEN.finditer(line)]
    if "1Đ-" in line:  # ("46/2015/1Đ-TTg")
        out += [(m.start(), m.end(), "Q", 0.75) for m in _PRIME_MINISTERS_Q_AS_ONE.finditer(line)]
    if "-" in line:  # ("so 46-2015 QD-TTg")
        out += [(m.start(), m.end(), f"/{m[1]}/", 0.75)
                for m in _CITED_NUMBERS_SLASHES_AS_HYPHEN_AND_SPACE.finditer(line)]
    out += [(m.start(), m.end(), "/", 0.85) for m in _DOCNUM_RE.finditer(line)]
    ones = [_with_the_type_code(line, m.start(), m.end(), 0.75) for m in _DOCNUM_ONE_FOR_SLASH.finditer(line)] \
        if coded or one_for_slash else []
    if not coded:  # (and in Tesseract-eng's text the fifth figure's before a code whose hyphen was lost: "19561QDTTg",
        # sample 000's engine on fresh seed 3591 eng000)
        ones += [(m.start(), m.end(), "/", 0.7) for m in _DOCNUM_FIFTH_ONE_FOR_SLASH.finditer(line)
                 if not any(e[0] == m.start() for e in ones)]
    # (a number of five figures, its last a 1, before a type code: the 1 is the slash, "19561QP-TTg"; no slash lost
    # after it as well — "19561QD-TTg" had been "1956//QĐ-TTg", fresh seeds 599 and 600 eng000)
    out += ones
    out += [_with_the_type_code(line, m.start(), m.end(), 0.8) for m in _DOCNUM_SLASH_LOST.finditer(line)
            if not any(e[0] < m.start() <= e[1] for e in ones)]  # (the "1" read for it already, with its type code:
    # "3071KH -SLDTBXH", both had been edits, "307/KHH")
    out += [(m.start(), m.end(), "", 0.8) for m in _DOCNUM_STROKE_AFTER_SLASH.finditer(line)]  # ("305/IKH-UBND")
    out += [(m.start(), m.end(), "/", 0.8) for m in _CITED_YEARS_SLASH_LOST.finditer(line)]  # ("46/2015QĐ-TTg")
    out += [(m.start(), m.end(), "/", 0.8) for m in _DOCNUM_SPACES_BEFORE_A_SLASH.finditer(line)]  # ("43  /I2016/TT")
    if "K" in line:  # ("Số: 88/ Ka -SLĐTBXH")
        out += [(m.start(1), m.end(1), "KH", 0.8) for m in _PLANS_TYPE_CODE_MISREAD.finditer(line)]
        out += [(m.start(), m.end(), "7", 0.75) for m in _SEVEN_READ_AS_T.finditer(line)]  # ("T5/KH-UBND")
    if "-SL" in line or "-BL" in line:  # ("332/KH-SLDTBNHI", "43/2016/TT-BLDTBXF")
        out += [(m.start(), m.end(), "LĐTBXH", 0.8) for m in _LABOUR_DEPARTMENTS_CODE_END_MISREAD.finditer(line)]
    if "KH-S5" in line or "KH-S$" in line:  # ("111KH-S5SLDTBXH")
        out += [(m.start(), m.end(), "", 0.75) for m in _LABOUR_DEPARTMENTS_S_DOUBLED.finditer(line)]
    if "Ñ" in line:  # ("15/2019/NÑĐ-CP")
        out += [(m.start(), m.end(), "", 0.8) for m in _N_WITH_A_TILDE_SPECK.finditer(line)]
    if "SI." in line or "BI." in line:  # ("33/KH-SI.ĐTBXH", "43/2016/TT-BI.ĐTBXH")
        out += [(m.start(), m.end(), "L", 0.8) for m in _DEPARTMENTS_L_AS_A_STROKE_AND_STOP.finditer(line)]
    if "1‘" in line or "1'" in line or "1’" in line:  # ("461‘ 2015/QP-TTg")
        out += [(m.start(), m.end(), "/", 0.75) for m in _SLASH_READ_AS_ONE_AND_A_QUOTE.finditer(line)]
    if "H-" in line:  # ("SỐ; 86 EH-UBND", "Số: 191/kH-UBND")
        out += [(m.start(), m.end(), "/KH", 0.75) for m in _PLANS_SLASH_AND_K_MISREAD.finditer(line)]
    if "&" in line:  # ("Số: 52&šH-UBND")
        out += [(m.start(), m.end(), "/K" if m.end() - m.start() > 1 else "/", 0.8)
                for m in _DOCNUM_SLASH_AS_AMPERSAND.finditer(line)]
    # the Government's and the Prime Minister's codes, their Đ read D, P or b, the hyphen lost ("15/2019/NPCP",
    # "2239/QbTTg", "522/IQD-TTg": the stroke goes above, the type here, read as one word the fixers after see whole)
    out += [(m.start(1), m.end(), m[1] + "Đ-" + ("TTg" if m[3][0] == "T" else m[3]), 0.8)
            for m in _NATIONAL_TYPE_CODE.finditer(line)
            if not m[2] or m[0][1] in "PbB_)" or m[3][-1] == "8" or line[m.start() - 1] in "Il|"]  # (else
    # fix_abbreviations': "ND-CP")
    out += [(m.start(), m.end(), "", 0.8) for m in _DOCNUM_STROKE_AFTER_TYPE.finditer(line)]  # ("43/2016/TTI-BLĐTBXH")
    if "-TT" in line:  # ("QD-TTs")
        out += [(m.start(), m.end(), "g", 0.8) for m in _PRIME_MINISTER_G_MISREAD.finditer(line)]
    if "-T" in line or "Tg" in line:  # ("QB-TPg", "Qb-PTg")
        out += [(m.start(), m.end(), "T", 0.8) for m in _PRIME_MINISTER_SECOND_T_MISREAD.finditer(line)]
    if "Tg" in line:  # ("QD-(tjTg")
        out += [(m.start(), m.end(), ("CT" if m[1] == "CT" else "QĐ") + "-TTg", 0.8)
                for m in _PRIME_MINISTER_HYPHEN_AS_Z.finditer(line)]  # ("24/CTZTTgE")
        out += [(m.start(), m.end(), "TTg", 0.8) for m in _PRIME_MINISTER_TT_MISREAD.finditer(line)]
        out += [(m.start(), m.end(), "TTg", 0.8) for m in _PRIME_MINISTER_ONE_T.finditer(line)]  # ("CT-Tgø")
    if "g" in line:  # ("QD-l’Tg", "QD-TTeg")
        out += [(m.start(), m.end() + 2, "TTg", 0.8) for m in _PRIME_MINISTER_T_AS_STROKE.finditer(line)]  # (the
        # whole code in the edit, kept from the decoder: "1956/QD-1Tg" had become "QĐ-T Từ", real Tesseract-eng on
        # fresh seed 2427, the citation lost)
        out += [(m.start(), m.end(), "TTg", 0.8) for m in _PRIME_MINISTER_SPECK.finditer(line)]
    for m in _DOCNUM_YEAR_ONE_FOR_SLASH.finditer(line):  # (the stroke before the type is _DOCNUM_RE's)
        if m[4] == "1":  # "46/20151QD-TTg"
            out.append((m.start(4), m.end(4), "/", 0.8))
        # the number's own slash: a stroke ("46I2015") or a "1" ("4312016ITT", "1512019/ND-CP": a "1" for a slash is
        # likelier than a slash lost, which no engine of the samples did, where "2101" and "210" are alike)
        # (a space before it too: "43  12016/TT", sample 000's engine on another plan, fresh seed 480 eng000)
        if m[2] != "/":
            out.append((m.start(2), m.end(2), "/", 0.8 if m[2][-1] != "1" else 0.7))
        if " " in m[3] and m[2] != "/":  # (a space inside the year too, its slash misread: "Thong tu sé 43120
            # 16/TT-BLDTBXH", sample 000's engine on fresh seed 4740 eng000, the citation lost)
            out.append((m.start(3), m.end(3), m[3].replace(" ", ""), 0.7))
    if "+" in line:
        out += _plus_read_for_4(line)
    if "BND" in line and "/KH" in line:  # ("273/KH:U BND")
        out += [(m.start(), m.end(), "-" if m.group() in ":;" else "", 0.8)
                for m in _PLAN_CODE_COLON_AND_SPACED_UBND.finditer(line)]
    if "UBN" in line:  # ("117/KH-UBN])": its D read as brackets)
        out += [(m.start(), m.end(), "D", 0.8) for m in _COMMITTEE_CODES_D_AS_BRACKETS.finditer(line)]
    out += _stroke_read_for_1(line)  # ("Số: I2/KH")
    out += [(m.start(), m.end(), "", 0.75) for m in _DOCNUM_SPACED.finditer(line)]
    out += [(m.start(), m.end(), "", 0.75) for m in _DOCNUM_SPACED_BEFORE_YEAR.finditer(line)]
    out += [(m.start(), m.end(), "/", 0.75) for m in _DOCNUM_SLASH_AS_SPACE.finditer(line)]  # "số 1956 QD-TTg"
    out += [(m.start(), m.end(), f"{m[1]}/{m[2]}/", 0.7)
            for m in _DOCNUM_YEAR_GLUED_SLASH_AS_SPACE.finditer(line)]  # "so 462015 QD-TTg"
    out += [(m.start(), m.end(), "NĐ-CP", 0.75) for m in _DECREE_CODE_PARTED.finditer(line)]  # "15/2019/NPC P"
    for m in _LABELLED_NUMBER_TYPE.finditer(line) if not out else ():  # ("Sö;: 91 RH-UBND": 91/KH-UBND)
        code = m["type"][::2] if len(m["type"]) == 3 else m["type"]  # ("KEH": the speck's capital between K and H)
        known = {_TYPE_CODES[k] for r in _code_readings(code) if (k := abbreviation_key(r)) in _TYPE_CODES}
        if len(known) == 1:
            out.append((m.start("sep"), m.end("type"), "/" + known.pop(), 0.75))
    out += [(m.start(), m.end(), " ", 0.8) for m in _HYPHEN_BEFORE_DATE_WORD.finditer(line)]  # "QĐ-TTg-ngày"
    for m in _DOCNUM_YEAR_SPACED.finditer(line):  # "46/20 15/QD-TTg"
        if len(y := m.group(1) + m.group(3)) != 4 or y[:2] not in ("19", "20"):
            continue
        if m.group(4) == "1":  # ("46/20 151QD-TTg": its "1" the slash, no slash lost after it)
            out = [e for e in out if e[:3] != (m.end(4), m.end(4), "/")] + [(m.start(4), m.end(4), "/", 0.75)]
        out.append((m.start(2), m.end(2), "", 0.75))
    if "I" in line:
        out += [(m.start(1), m.end(1), "/", 0.85) for m in _PARTY_CODE_RE.finditer(line)]
    # "24/CT“TTg" (the issuer's code in the edit, kept from the decoder: "24/CT:TTg" had become "CT-Từ")
    out += [(m.start(), m.end(), "-" + m.group(1), 0.85) for m in _CODE_DASH_SPECK.finditer(line)]
    out += [(m.start(), m.end(), "-" + m.group(1), 0.85) for m in _CODE_DASH_DOUBLED.finditer(line)]
    out += [(m.start(), m.end(), "/", 0.75) for m in _DOCNUM_SLASH_AS_HYPHEN.finditer(line)]  # ("24-CT-TTg")
    if "K" in line or "/EH" in line or ".EH" in line:  # ("160/ Ka-UBND", "9/EH-SLĐTBXH")
        out += [(m.start(), m.end(), "KH", 0.8) for m in _PLAN_TYPE_H_MISREAD.finditer(line)]
    if "/(" in line or "/[" in line or "/{" in line:  # ("46/2015/(Đ-TTg")
        out += [(m.start(), m.end(), "Q", 0.8) for m in _TYPE_Q_AS_BRACKET.finditer(line)]
    out += [(m.start(), m.end(), "-" + (m[1] or ""), 0.85) for m in _CODE_DASH_AFTER_SPECK.finditer(line)  # "TT: -"
            if not any(e[0] < m.end() and m.start() < e[1] for e in out)]  # (the number's "1KH, -" edit holds it)
    out += [(m.start(), m.end(), " ", 0.8) for m in _DATE_WORD_GLUED_AFTER_A_CODE.finditer(line)]  # ("BLDTBXHngay")
    if coded and "gay" in line:  # ("TTglgay28/5/2020")
        out += [(m.start(), m.end(), " ngày" + ("" if line[m.end():m.end() + 1] == " " else " "), 0.75)
                for m in _DATE_WORD_AFTER_A_CODES_L.finditer(line)]
    if coded and "c" in line:  # "24IcT-TTg", "ND-cP"
        out += [(m.start(1), m.end(3), "/CT", 0.8) if m[1] else (m.start(4), m.end(5), "CP", 0.8)
                for m in _CODE_SMALL_C.finditer(line)]
    out += [(m.start(), m.end(), "số " if m.group()[-1] in "-–" else "số", 0.8)
            for m in _NUMBER_WORD_AS_DIGITS.finditer(line)]  # "56 15/2019/ND-CP"
    out += [(m.start(), m.end(), " ", 0.8) for m in _SPECK_AFTER_NUMBER_WORD.finditer(line)]  # "s6)522IQD-TTg"
    out += [(m.start(), m.end(), "số", 0.8) for m in _NUMBER_WORD_O_AS_BRACKET.finditer(line)]  # "S) 2239/QD-TTg"
    out += [(m.start(), m.end(), "", 0.8) for m in _SPECK_BEFORE_A_CITED_NUMBER.finditer(line)]  # "số .1956/QĐ-TTg"
    out += [(m.start(), m.end(), " ", 0.8) for m in _SPECK_GLUED_BEFORE_A_CITED_NUMBER.finditer(line)]  # "số._43/"
    for m in _NUMBER_WORD_GLUED_TO_NUMBER.finditer(line) if coded else ():  # "dinh s65221QD-TTg": "số 522/QD-TTg"
        out += [(m.start(), m.end(), "số", 0.8), (m.end(), m.end(), " ", 0.8)]
        if m.group(1) and _clear(m.start(1), m.end(1), out):
            out.append((m.start(1), m.end(1), "/", 0.75))
    for m in _NUMBER_WORD_GLUED.finditer(line):  # "dinhs6522/QD-TTg": "dinh số 522/QD-TTg"
        out += [(m.start(), m.start(), " ", 0.8), (m.start(), m.end(), "số", 0.8),
                (m.end(), m.end() + 1, " ", 0.8) if line[m.end()] in ")l" else (m.end(), m.end(), " ", 0.8)]  # (a
        # code's bracket for the space after it: "djnhs6)522IQD-TTg", fresh seed 1766 code004)
        if (k := _SMALL_CODE_AFTER_A_STROKE.match(line, m.end())) and _clear(
                (a := k.start(k.lastindex or 1)), (b := k.end(k.lastindex or 1)), out):
            out.append((a, b, "/", 0.75))  # ("this624IcT-TTg": the slash a stroke, the code's C
            # small; "djnhs619561QD-TTg": a 1)
    # the Prime Minister's decision code misread whole ("46/2015/Qp- TTe"), its slash too: over the edits above
    whole = [(m.start(), m.end(), ("/" if m["sep"] else "") + "QĐ-TTg", 0.8)
             for m in _PRIME_MINISTER_DECISION_MISREAD.finditer(line)] if "Q" in line else []
    if "KHE" in line:  # ("30/KHEUBND")
        out += [(m.start(), m.end(), "-", 0.8) for m in _PLAN_CODES_HYPHEN_READ_E.finditer(line)]
    if "UBND" in line:  # ("58 KHZUBND", "33/K H-UBND")
        whole += [(m.start(), m.end(), "/KH-", 0.8) for m in _PLAN_CODE_SLASH_SPACED_HYPHEN_READ_Z.finditer(line)]
        whole += [(m.start(), m.end(), "KH", 0.8) for m in _SPACE_INSIDE_THE_PLAN_CODE.finditer(line)]
    if "IKH-U " in line:  # ("44 IKH-U BND": 44/KH-UBND)
        whole += [(m.start(), m.end(), "/KH-UBND", 0.8) for m in _PLAN_CODE_SLASH_AS_I_AND_SPACED_UBND.finditer(line)]
    return whole + [e for e in out if _clear(e[0], e[1], whole)] if whole else out


def _plus_read_for_4(line: str) -> list[Edit]:
    """A document number's 4 read as a plus sign: ``"+6/KH-UBND"`` → "4" (fix_document_numbers', with or without
    figures on the line)."""
    return [(m.start(), m.end(), "4", 0.8) for m in _DOCNUM_PLUS_FOR_4.finditer(line)]


#: … or its 1s after its first figure ("So: 3LI/KH-UBND": real Tesseract-eng on fresh seed 5012, read "3 LI/KH", the
#: number and the place lost)
_DOCNUM_LETTERS_FOR_1_AFTER_A_FIGURE = regex.compile(r"(?<=(?<![\p{L}\d])(?:[Ss]ố|S[6o0ố]|SỐ|So)[ ]*[:;.]?[ ]*\d{1,3})"
                                                     r"[IlL|]{1,2}(?=/(?:\d{4}/)?[A-ZĐ]{2})")


def _stroke_read_for_1(line: str) -> list[Edit]:
    """A document number's leading 1s read as strokes after its label: ``"Số: I2/KH-UBND"`` → "1", a 0 after one as
    an O (``"Số: LO2/KH-UBND"`` → "102"; fix_document_numbers', with or without figures on the line)."""
    return [(m.start(), m.end(), "".join("0" if c in "Oo" else "1" for c in m[0]), 0.8)
            for m in _DOCNUM_LETTER_FOR_1.finditer(line)] + [
        (m.start(), m.end(), "1" * len(m[0]), 0.8) for m in _DOCNUM_LETTERS_FOR_1_AFTER_A_FIGURE.finditer(line)]


def _clear(start: int, end: int, edits: list[Edit]) -> bool:
    """Whether the span ``start``–``end`` overlaps none of ``edits`` (an insertion overlaps a span it falls inside)."""
    return not any(e[0] < end and start < e[1] for e in edits)


#: a date after "ngày" whose two slashes a scan lost ("Quyết định số 522/QĐ-TTg ngày 1452018 của": vetplan's OCR of
#: fresh seed 2152's scan, the citation lost): its figures split one way only into a day, a month and a year of 19xx or
#: 20xx (group 1); where two splits fit ("1112018": 1/11/2018 or 11/1/2018) it is left
_DATE_SLASHES_LOST = regex.compile(r"(?<=(?<![\p{L}\d])(?i:ng\S{1,3}y)[ ]+)(\d{6,8})(?![\d/])")
#: a date after "ngày" with a speck's quote and a space, or a space alone, inside its month or its year ("trudc ngay
#: 07/1‘ 2/20 19.": sample 000's engine on fresh seed 4928 eng000, read "07/1‘ 2/2019", the deadline 2019-01-07)
_DATE_WITH_SPECKS_INSIDE = regex.compile(r"(?<=(?<![\p{L}\d])(?i:ng\S{1,3}y)[ ]+)(?P<d>\d{1,2})/"
                                         r"(?P<m>\d(?:[‘’'`]?[ ]?\d)?)/(?P<y>\d{2}[ ]?\d{2})(?![\d/])")
#: a speck's slash inside a date's year after "năm" ("ngày 28 tháng 08 năm 201/7": vetplan's OCR of fresh seed 2170's
#: scan, the plan's date lost)
_SLASH_INSIDE_A_YEAR = regex.compile(r"(?<=(?<![\p{L}\d])(?i:n\S{1,2}m)[ ]+(?:19|20)\d)/(?=\d(?![\d/]))")


#: a date after "ngày" with a space inside its day and its second slash read as a 1 ("ngay 3  0/1212021": sample 000's
#: engine on fresh seed 5091 eng000, the citation's date lost)
_DATE_SPACED_DAY_SLASH_AS_ONE = regex.compile(r"(?<=(?<![\p{L}\d])(?i:ng\S{1,3}y)[ ]+)"
                                              r"(?P<d>\d)(?P<sd>[ ]{1,2})(?P<d2>\d)/"
                                              r"(?P<m>\d{1,2})(?P<s>1)(?=(?:19|20)\d\d(?![\w/]))")


def _slashed_o_read_for_8(line: str) -> list[Edit]:
    """A span's month 8 read as a slashed O: ``"từ tháng Ø đến"`` → "8" (fix_date_slashes', with or without figures on
    the line)."""
    return [(m.start(), m.end(), "8", 0.75) for m in _SPAN_MONTH_EIGHT_AS_SLASHED_O.finditer(line)]


def _one_date_of(figures: str) -> bool:
    """Whether a run of figures whose two slashes were both read "1" splits one way only into a day, a month and a
    year of 19xx or 20xx: "2511212023" is 25/12/2023 and nothing else; where two splits are dates, none is taken."""
    reads = {(figures[:a], figures[a + 1:b]) for a in (1, 2) for b in (a + 2, a + 3)
             if len(figures) == b + 5 and figures[a] == figures[b] == "1" and figures[b + 1:b + 3] in ("19", "20")}
    return sum(_day_and_month(d, m) for d, m in reads) == 1


def _day_and_month(day: str, month: str) -> bool:
    """Whether two numbers as written can be a date's day and month ("27", "11"; not "27", "13"; a stroke a scan read
    before one is none of it: "I12")."""
    day, month = day.lstrip("Il|"), month.lstrip("Il|")
    return day.isdigit() and month.isdigit() and 1 <= int(day) <= 31 and 1 <= int(month) <= 12


def _in_words_valid(line: str, m: regex.Match[str]) -> bool:
    """Whether the figures a space parted (``m``: the space) make a day after "ngày" or a month after "tháng"."""
    figures = int(line[m.start() - 1] + line[m.end()])
    return 1 <= figures <= (31 if line[:m.start() - 1].rstrip().lower().endswith("y") else 12)


#: a cited date's first slash read as a stop ("1956/QĐ-TTg ngày 27.11/2009": real Tesseract-eng on fresh seed 10934,
#: the citation lost)
_DATE_FIRST_SLASH_AS_A_STOP = regex.compile(r"(?<=(?<![\p{L}\d])ngày[ ](?P<d>\d{1,2}))\.(?=(?P<m>\d{1,2})/(?:19|20)\d\d"
                                            r"(?!\d))")
#: a whole date's first slash read as a 7, after "ngày" or opening a line ("trước ngày" / "11712/2020.": vetplan's OCR
#: of fresh seed 6665's scan, the deadline lost) — only where the figures around it are a day (two figures) and a month
_DATES_FIRST_SLASH_READ_SEVEN = regex.compile(r"(?<=(?:(?<![\p{L}\d])ngày[ ]|^[ ]*)(?P<d>[0-3]\d))7"
                                              r"(?=(?P<m>[01]?\d)/(?:19|20)\d\d(?![\d/]))")
#: a whole date's day of two figures whose first 1 was read as an I, l or bar ("I1/12/72016.": real Tesseract-eng on
#: fresh seed 11162, the deadline's date on a line of its own, lost)
_DATES_DAY_ONE_READ_I = regex.compile(r"(?<![\p{L}\d/])[Il|](?=(?P<d>\d)/(?P<m>\d{1,2})/\d?(?:19|20)\d\d(?!\d))")
#: … and a stroke read as a 7 before its year (the same date's "/72016"): no year has five figures
_STROKE_BEFORE_A_DATES_YEAR = regex.compile(r"(?<=(?<![\p{L}\d/])(?P<d>[Il|1-3]?\d)/(?P<m>\d{1,2})/)[17]"
                                            r"(?=(?:19|20)\d\d(?!\d))")
#: a speck's quote after "ngày" before a whole date ("24/CT-TTg ngày' 28/5/2020": real Tesseract-eng on fresh seed
#: 10841, the citation lost)
_QUOTE_AFTER_A_DATES_WORD = regex.compile(r"(?<=(?<![\p{L}\d])ngày)['‘’`](?=[ ]?\d{1,2}/\d{1,2}/(?:19|20)\d\d(?!\d))")


#: a date's day of two figures whose 1 a scan read as a T after "ngày" ("trước ngày T2/12/2017": vetplan's OCR of fresh
#: seed 7166's scan, the report's deadline lost) — no day opens with a 7
_DAYS_ONE_READ_AS_A_LETTER = regex.compile(r"(?<=(?<![\p{L}\d])ng\S{1,2}y:?[ ]{1,2})[TL]"
                                           r"(?=\d/\d{1,2}/(?:19|20)\d\d(?!\d))")
# (or an L, a speck's colon after the day's word: "trước ngày: L7/12/2016", 7443's, the deadline lost)


def fix_date_slashes(line: str) -> list[Edit]:
    """:func:`_date_slashes_once`, and again on what it wrote where it wrote anything: a date with two damages, each
    pattern reading one where the other is mended (``"truéc ngay 08112/202 1."``: its first slash read "1" and its year
    parted, sample 000's engine on fresh seed 6145 eng000, the report's deadline lost) → "08/12/2021"."""
    out = _date_slashes_once(line)
    if not out:
        return out
    once = apply_edits(line, out)
    more = _date_slashes_once(once)
    if not more:
        return out
    import difflib

    twice = apply_edits(once, more)
    return [(a, b, twice[c:d], 0.75) for tag, a, b, c, d in difflib.SequenceMatcher(None, line, twice, autojunk=False)
            .get_opcodes() if tag != "equal"]


#: a month's 5 read as an S before its year's slash, opening a line ("… đến tháng" / "S/2017.": vetplan's OCR of fresh
#: seed 7572's scan, the task's time lost) — no word stands so
_MONTH_FIVE_READ_S_OPENING_A_LINE = regex.compile(r"^[ ]*\KS(?=/(?:19|20)\d\d(?![\d/]))")


def _date_slashes_once(line: str) -> list[Edit]:
    """A date's slashes read as strokes: ``"ngay 28I5I2020"`` → ``"28/5/2020"``, ``"04/12I2018"`` →
    ``"04/12/2018"`` (day 1–31, month 1–12, a year of 19xx or 20xx; what is no date is left); a year after a
    slash whose last digits a scan read as letters: ``"Quý III/20L7"`` → "2017"; a month or quarter glued to its year,
    the slash lost: ``"tháng 72016"`` → "7/2016", ``"Quý 12016"`` → "1/2016"; a date's year of 2100–2999, its 0 read
    as another digit: ``"20/12/2924"`` → "2024", ``"tháng 04 năm 2920"`` → "2020", or of 3000–3099, its 2 read as a
    3: ``"tháng 02 năm 3021"`` → "2021"; its second slash read as a space after "ngày": ``"ngay 01/02 2019"`` →
    "01/02/2019"."""
    if not _A_FIGURE.search(line):  # (every pattern below reads a figure but a span's 8 read as a slashed O)
        return _slashed_o_read_for_8(line) if "Ø" in line or "ø" in line else []
    out: list[Edit] = []
    if "T" in line or "L" in line:  # ("trước ngày T2/12/2017")
        out += [(m.start(), m.end(), "1", 0.75) for m in _DAYS_ONE_READ_AS_A_LETTER.finditer(line)]
    if "/" in line:
        out += [(m.start(), m.end(), m.group(0)[:2] + m.group(0)[2:].translate(_DIGIT_LOOKALIKES), 0.8)
                for m in _YEAR_WITH_LETTERS.finditer(line)]
        out += [(m.start(), m.end(), "0", 0.8) for m in _YEAR_ZERO_AS_A_LETTER.finditer(line)]  # ("I/2Q19")
        # a date's year whose 0 was read as another digit ("20/12/2924": no plan dates from 2900)
        out += [(m.start("c"), m.end("c"), "0", 0.8) for m in _YEAR_OF_NO_PLAN.finditer(line)
                if _day_and_month(m.group("d"), m.group("m"))]
        for m in _DATE_SPACED.finditer(line):  # a space inside a date's day or month ("27/1 1/2009")
            day, month = (m["d"] + m["d2"], m["m"]) if m["d"] else (m["d3"], m["m1"] + m["m2"])
            if _day_and_month(day, month):
                gap = "sd" if m["d"] else "sm"
                out.append((m.start(gap), m.end(gap), "", 0.8))
                for extra in ("sl", "ms"):
                    if m[extra]:
                        out.append((m.start(extra), m.end(extra), "", 0.8))
                if m["st"]:
                    out.append((m.start("st"), m.end("st"), "", 0.8))
        out += [(m.start(), m.end(), "/", 0.8) for m in _DATE_SLASH_AS_SPACE.finditer(line)
                if _day_and_month(m["d"], m["m"])]  # ("ngay 01/02 2019")
        if "S/" in line:  # ("… từ tháng 4 đến tháng" / "S/2017.")
            out += [(m.start(), m.end(), "5", 0.75) for m in _MONTH_FIVE_READ_S_OPENING_A_LINE.finditer(line)]
        out += [e for m in _DATE_SPACED_DAY_SLASH_AS_ONE.finditer(line) if _day_and_month(m["d"] + m["d2"], m["m"])
                for e in ((*m.span("sd"), "", 0.75), (*m.span("s"), "/", 0.75))]  # ("ngay 3  0/1212021")
        out += [(m.start(), m.end(), "/", 0.75) for m in _DATE_FIRST_SLASH_AS_BRACKET.finditer(line)
                if _day_and_month(m["d"], m["m"])]  # ("ngay 28) 9/2015")
        out += [(m.start(), m.end(), "/", 0.75) for m in _DATE_FIRST_SLASH_AS_ONE_SPACED.finditer(line)
                if _day_and_month(m["d"], m["m"])]  # ("ngay 271 11/2009")
        out += [(m.start(), m.end(), f"{m['d']}/{m['m']}/", 0.75)
                for m in _DATE_SLASHES_AS_ONE_AND_STROKE.finditer(line)
                if _day_and_month(m["d"], m["m"])]  # ("ngay 27111/I2009")
        out += [e for m in _DATE_STROKE_AND_SLASH_AS_ONE.finditer(line) if _day_and_month(m["d"], m["m"])
                for e in ((*m.span("s"), "", 0.75), (*m.span("one"), "/", 0.75))]  # ("ngay 14/I512018")
    out += [(m.start(), m.end(), "1", 0.8) for m in _DAY_ONE_AS_BRACKET.finditer(line)]  # ("ngày [4 tháng 12")
    if ",:" in line or ",;" in line or ",," in line:  # ("Chí Linh,:ngày 26"; "Pién Bién,, ngay 22")
        out += [(m.start(), m.end(), "" if line[m.end():m.end() + 1] == " " else " ", 0.8)
                for m in _SPECK_AFTER_THE_PLACES_COMMA.finditer(line)]
    if "-" in line:  # ("Thach -That, ngay 09")
        out += [(m.start(), m.end(), " ", 0.8) for m in _HYPHEN_INSIDE_THE_PLACE_BEFORE_THE_DATE.finditer(line)]
    if "." in line:  # ("năm 20.16", "tháng 04 năm 2.020")
        out += [(m.start(), m.end(), " ", 0.8) for m in _STOP_INSIDE_THE_PLACE_BEFORE_THE_DATE.finditer(line)]
        out += [(m.start(), m.end(), "", 0.8) for m in _QUARTER_YEAR_WITH_A_STOP.finditer(line)]  # ("Quý III/20.16")
        out += [(*m.span("stop"), "", 0.8) for m in _YEAR_WITH_A_STOP.finditer(line)
                if m.start("stop") - m.start() != 1 or m["month"] or m["end"] is not None]
    out += [(m.start(), m.end(), "11", 0.75) for m in _DAY_ELEVEN_AS_LETTERS.finditer(line)]  # ("ngày TT tháng 05")
    if "F" in line:  # ("thang OF nam 2018")
        out += [(m.start(), m.end(), "01", 0.75) for m in _MONTH_ONE_READ_F.finditer(line)]
    if "ng " in line:  # ("thang Tl nam 2022": 11)
        out += [(m.start(), m.end(), month, 0.75) for m in _MONTH_FIGURES_AS_LETTERS.finditer(line)
                if (month := m.group().translate(_MONTH_LOOKALIKES)).isdigit() and 1 <= int(month) <= 12]
    if ": " in line or "; " in line:  # ("đến tháng 9: 2016.": a span's slash read as a colon and a space)
        out += [(m.start(), m.end(), "/", 0.75) for m in _SPAN_YEAR_SLASH_AS_COLON.finditer(line)]
    if "Ø" in line or "ø" in line:  # ("từ tháng Ø đến")
        out += _slashed_o_read_for_8(line)
    if _LETTER_BEFORE_A_FIGURE.search(line):  # ("thdng P7 dén"; "thang O01 nam 2019": only where a letter touches
        # a figure, as each needs, are their patterns, which try every column, tried)
        out += [(m.start(), m.end(), "", 0.75) for m in _LETTER_GLUED_BEFORE_A_MONTH.finditer(line)]
        out += [(m.start(), m.end(), "" if m["extra"] else "0", 0.8) for m in _MONTH_WITH_AN_O.finditer(line)]
        out += [(m.start(), m.end(), f"1{m[1]} ", 0.75) for m in _MONTH_ONE_AS_L_AND_A_QUOTE.finditer(line)]
    if "ng " in line and _SMALL_LETTER_BEFORE_A_MONTH_AND_YEAR.search(line):  # ("đến théng b9/2023")
        out += [(m.start(), m.end(), "", 0.75) for m in _SPECK_BEFORE_A_SPANS_LAST_MONTH.finditer(line)]
    if "/30" in line:  # ("tháng 7/3021": 2021)
        out += [(m.start(), m.end(), "2", 0.7) for m in _YEARS_TWO_READ_THREE.finditer(line)]
    if "ng " in line:  # ("đến tháng I1 2016": 11/2016)
        out += [(m.start(), m.end(), m["m"].translate(_LETTER_FIGURES) + "/", 0.75)
                for m in _SPANS_LAST_MONTH_SLASH_AS_SPACE.finditer(line)]
    if "-" in line:  # ("ngay 28-9 2015")
        out += [e for m in _DATE_HYPHEN_AND_SPACE.finditer(line) if _day_and_month(m["d"], m["m"])
                for e in ((*m.span("a"), "/", 0.75), (*m.span("b"), "/", 0.75))]
        out += [(m.start(), m.end(), "", 0.75) for m in _SPECK_INSIDE_A_MONTH.finditer(line)]  # ("thang 0-4 nam")
    out += [(m.start(), m.end(), "", 0.75) for m in _DATE_WORD_NUMBER_SPACED.finditer(line)
            if _in_words_valid(line, m)]  # ("thang 1 1 nam 2018")
    if "/" in line:  # a speck after a slash ("46/‘ 2015") or before a day ("ngay r14/5/2018")
        out += [(m.start(), m.end(), "/", 0.75) for m in _DATE_FIRST_SLASH_AS_A_STOP.finditer(line)
                if _day_and_month(m["d"], m["m"])]  # ("ngày 27.11/2009")
        out += [(m.start(), m.end(), "", 0.75) for m in _QUOTE_AFTER_A_DATES_WORD.finditer(line)]  # ("ngày' 28/5")
        out += [(m.start(), m.end(), "/", 0.75) for m in _DATES_FIRST_SLASH_READ_SEVEN.finditer(line)
                if _day_and_month(m["d"], m["m"])]  # ("11712/2020")
        out += [(m.start(), m.end(), "1", 0.75) for m in _DATES_DAY_ONE_READ_I.finditer(line)
                if _day_and_month("1" + m["d"], m["m"])]  # ("I1/12/72016")
        out += [(m.start(), m.end(), "", 0.75) for m in _STROKE_BEFORE_A_DATES_YEAR.finditer(line)
                if _day_and_month(m["d"], m["m"])]  # ("11/12/72016")
        out += [(m.start(), m.end(), "", 0.8) for m in _SPECK_AFTER_SLASH.finditer(line)]
        out += [(m.start(), m.end(), "", 0.75) for m in _SPECK_INSIDE_A_DATES_MONTH.finditer(line)]  # ("30/1‘ 212021")
        out += [(m.start(), m.end(), "", 0.75) for m in _LETTER_BEFORE_DAY.finditer(line)
                if _day_and_month(*line[m.end():].split("/")[:2])]
        out += [(m.start(), m.end(), "", 0.8) for m in _SPECK_BEFORE_DATE.finditer(line)]  # ("ngay ‘ 28/12/2016")
        out += [e for m in _DATE_SPACED_AFTER_SLASH.finditer(line) if _day_and_month(m["d"], m["m"])
                for e in ([(m.start("q"), m.end("q"), "", 0.8)] if m["q"] else []) + [
                    (*m.span("s" if m["s"] else "s0"), "", 0.8)]]
        out += [(m.start(), m.end(), "/" + (m["y"] or "").replace(" ", ""), 0.75)  # ("27/111‘ 2009", "28/9120 15")
                for m in _SLASH_AS_ONE_WITH_SPECK.finditer(line) if _day_and_month(m["d"], m["m"])]
    if " 1" in line:  # ("ngay 1 1112/I2024": 11/12/2024)
        out += [(m.start(), m.end(), "", 0.75) for m in _DAY_PARTED_ITS_SLASH_ONE.finditer(line)]
    if "1 1" in line:  # ("tháng 1 112019": 11/2019)
        out += [(m.start(), m.end(), f"1{m[1]}/", 0.75) for m in _MONTH_PARTED_ITS_SLASH_ONE.finditer(line)]
    if "-" in line or " " in line:  # ("Quý II/20-19": 2019, "28/9/20 15")
        out += [(m.start(), m.end(), "", 0.8) for m in _YEAR_PARTED_BY_A_DASH.finditer(line)]
    if "/I" in line or "/l" in line or "/|" in line:  # ("14/I5/2018")
        for m in _STROKE_AFTER_DATE_SLASH.finditer(line):
            gap = "s1" if m["s1"] else "s2"
            if _day_and_month(m["d"], m["m"] or m["m2"]) and _clear(m.start(gap), m.end(gap), out):  # (once: "ngay 0
                # 1/02/I2019" had its stroke taken out with the day's space, and then again, with the year's 2 — sample
                # 000's engine on fresh seed 2938 eng000, "01/02/019", the citation lost)
                out.append((m.start(gap), m.end(gap), "", 0.8))
                if m["sp"] and _clear(m.start("sp"), m.end("sp"), out):
                    out.append((m.start("sp"), m.end("sp"), "", 0.8))
    if "20" in line or "19" in line:  # a month or quarter glued to its year ("tháng 72016")
        out += [(m.end(), m.end(), "/", 0.8) for m in _GLUED_PERIOD_YEAR.finditer(line)]
        out += [(m.start(), m.end(), "/", 0.8) for m in _MONTH_SLASH_AS_ONE.finditer(line)]  # ("tháng 1112017")
        out += [(m.start(), m.end(), "/", 0.8) for m in _QUARTER_SLASH_AS_ONE.finditer(line)]  # ("Quy 112018")
        out += [(m.start(), m.end(), "/", 0.8) for m in _QUARTER_SLASH_AS_SPACE.finditer(line)]  # ("Quy 1 2016")
        out += [(m.start(), m.end(), "/", 0.8) for m in _PERIOD_STOP_YEAR.finditer(line)]  # ("Quý 1.2016")
        for m in (*_MONTH_YEAR_WITH_SPECKS.finditer(line),  # ("tháng 8120‘ 21": 8/2021)
                  *_QUARTER_YEAR_WITH_SPECKS.finditer(line)):  # ("Quy I|I120‘ 20": III/2020)
            if _clear(m.start(), m.end(), out):
                out += [(*m.span("y"), "".join(c for c in m["y"] if c.isdigit()), 0.75)] + (
                    [(*m.span("s"), "/", 0.75)] if m["s"] != "/" else [])
    if "2" in line and ("ng" in line or "NG" in line):  # … or written in words ("tháng 04 năm 2920")
        out += [(m.start("c"), m.end("c"), "0", 0.8) for m in _WORDS_YEAR_OF_NO_PLAN.finditer(line)
                if 1 <= int(m.group("m")) <= 12]
    if "30" in line:  # (a year's 2 read as a 3: "tháng 02 năm 3021")
        out += [(m.start("c"), m.end("c"), "2", 0.8) for m in _YEAR_TWO_AS_THREE.finditer(line)
                if (_day_and_month(m["d2"], m["m2"]) if m["d2"] else 1 <= int(m["m"]) <= 12)]
    stroked: list[Edit] = []  # (after the day word's dates, as they are recorded)
    for m in _STROKED_DATE.finditer(line):
        seps = (m[2], m[4])
        if seps == ("1", "1") and _day_and_month(m[1], m[3]) and _DAY_WORD_BEFORE.search(line, 0, m.start()) and \
                _one_date_of(m.group(0)):
            out += [(m.start(2), m.end(2), "/", 0.75), (m.start(4), m.end(4), "/", 0.75)]  # "ngay 2511212023"
            continue
        if seps in (("/", "/"), ("1", "1")) or not _day_and_month(m[1], m[3]):
            continue
        if line[m.end():m.end() + 1] != "/" and _DAY_WORD_BEFORE.search(line, 0, m.start()):  # "ngay 2815I2020"
            out += [(m.start(k), m.end(k), "/", 0.8) for k in (2, 4) if m[k] != "/"]
        elif "1" not in seps and not (m.start() and (line[m.start() - 1].isalnum() or line[m.start() - 1] == "_")) \
                and not line[m.end():m.end() + 1].isalnum():  # "19/02!2019"
            stroked += [(m.start(k), m.end(k), "/", 0.85) for k in (2, 4) if m[k] != "/"]
    out += stroked
    if "ng" in line or "NG" in line:  # ("ngày 1452018": both slashes lost)
        for m in _DATE_SLASHES_LOST.finditer(line):
            reads = [(a, b) for a in (1, 2) for b in (a + 1, a + 2)
                     if len(m[1]) == b + 4 and m[1][b:b + 2] in ("19", "20") and _day_and_month(m[1][:a], m[1][a:b])]
            if len(reads) == 1 and _clear(m.start(1), m.end(1), out):
                a, b = reads[0]
                out.append((m.start(1), m.end(1), f"{m[1][:a]}/{m[1][a:b]}/{m[1][b:]}", 0.7))
    if "/" in line and ("ng" in line or "NG" in line):  # ("ngày 07/1‘ 2/20 19.": specks and spaces inside a date)
        for m in _DATE_WITH_SPECKS_INSIDE.finditer(line):
            d, mo, y = (_DATE_SPECKS_AND_SPACES.sub("", x) for x in (m["d"], m["m"], m["y"]))
            if m.group() != f"{d}/{mo}/{y}" and len(y) == 4 and y[:2] in ("19", "20") and _day_and_month(d, mo):
                out = [e for e in out if not (e[0] < m.end() and m.start() < e[1])]  # (the year's space alone is
                out.append((m.start(), m.end(), f"{d}/{mo}/{y}", 0.75))  # an edit of its own: this one holds it)
    if "/" in line and ("n" in line or "N" in line):  # ("năm 201/7": a speck's slash inside the year)
        out += [(m.start(), m.end(), "", 0.75) for m in _SLASH_INSIDE_A_YEAR.finditer(line)]
    if any(q in line for q in "‘’'`"):  # a quote speck between "năm" and its year ("nam ‘ 2020", "nam‘ 2023")
        out += [(m.start(), m.end(), ("" if line[m.start() - 1] == " " else " ") + (m["y"] or "").replace(" ", ""),
                 0.8) for m in _SPECK_BEFORE_YEAR.finditer(line)]
    if "/" in line and any(c in line for c in "‘’'` Il|"):  # the rest: a date after "ngày" with specks in its month
        # and year ("ngay 28/I12/‘ 2016", "ngay 28/5/I20‘ 20")
        for m in _DATE_WITH_SPECKS.finditer(line):
            month, year = "".join(c for c in m["m"] if c.isdigit()), "".join(c for c in m["y"] if c.isdigit())
            mine = [(m.start(k), m.end(k), v, 0.75) for k, v in (("m", month), ("s", "/"), ("y", year)) if m[k] != v]
            # (the stroke for the slash may be the stroked dates' edit already: the same edit, no other)
            if year[:2] in ("19", "20") and _day_and_month(m["d"], month) and not any(
                    a < m.end() and m.start() < b and not any(e[:3] == (a, b, r) for e in mine)
                    for a, b, r, *_c in out):
                out += [e for e in mine if not any(x[:3] == e[:3] for x in out)]
    if "7 " in line:  # ("ngày 01/027 2019": the second slash read as a 7 before a space)
        out += [(m.start(), m.end(), "/", 0.75) for m in _DATE_SECOND_SLASH_AS_SEVEN.finditer(line)
                if _clear(m.start(), m.end(), out)]
    if "/" in line:  # (where no edit above reads the same figures: "ngay 01112/2020" is one already)
        out += [(m.start(), m.end(), "/", 0.75) for m in _DATE_FIRST_SLASH_AS_ONE.finditer(line)
                if _day_and_month(m["d"], m["m"]) and _clear(m.start(), m.end(), out)]  # ("ngay 25112/2023")
        out += [e for m in _DATE_FIRST_SLASH_AS_ONE_AFTER_A_SPECK.finditer(line)  # ("ngay ‘ 2819/2015")
                if (m["q"] or m["s"] or m["stroke"]) and _day_and_month(m["d"], "".join(filter(str.isdigit, m["m"])))
                and _clear(m.start(), m.end(), out)
                for e in ([(*m.span("q"), "", 0.75)] if m["q"] else []) + [(*m.span("one"), "/", 0.75)] + (
                    [(*m.span("s"), "", 0.75)] if m["s"] else []) + (
                    [(*m.span("stroke"), "", 0.75)] if m["stroke"] else [])]
        out += [(m.start(), m.end(), "", 0.8) for m in _STROKE_AFTER_MONTH_SLASH.finditer(line)  # ("tháng 6/I2016")
                if _clear(m.start(), m.end(), out)]
    if not any(c in line for c in "Il|!"):
        return out
    out += [(m.start(2), m.end(2), "/", 0.85) for m in _STROKED_MONTH_YEAR.finditer(line)  # ("tháng" / "7I2019")
            if _clear(m.start(2), m.end(2), out)]
    return out


#: a month or a quarter glued to its year, the slash lost: "tháng 72016" (7/2016), "Quý 12016" (1/2016)
#: a month and its year, the slash between them read as a "1": "tháng 1112017" (11/2017), "thang 712017" (7/2017) —
#: not where the month and that "1" make a month too ("tháng 112017": 11/2017, the slash lost, _GLUED_PERIOD_YEAR's)
_MONTH_SLASH_AS_ONE = regex.compile(r"(?<=(?<![\p{L}\d])(?i:th\S{1,3}[nq]g)[ .:]*(?:1[0-2]|0?[2-9]|01))1"
                                    r"(?=(?:19|20)\d\d(?![\d/]))"
                                    r"|(?<=(?<![\p{L}\d])(?i:th\S{1,3}ng)[ .:]*(?:1[0-2]|0?[1-9]))7"
                                    r"(?=(?:19|20)\d\d(?![\d/]))")  # (or a "7", its stroke with a bar: "đến tháng
# 672018", vetplan's OCR of fresh seed 1829's scan, the task's time lost — no month is 17 or more)
#: a month and its year with a speck or a space inside the year, the slash maybe read as a "1" or a stroke ("đến tháng
#: 8120‘ 21", sample 000's engine on another plan, fresh seed 646 eng000: the task's time had been lost)
_MONTH_YEAR_WITH_SPECKS = regex.compile(r"(?<=(?<![\p{L}\d])(?i:th\S{1,3}ng)[ ]+(?:1[0-2]|0?[1-9]))(?P<s>[/1Il|])"
                                        r"(?P<y>(?:19|20)(?:(?:[‘’'`][ ]?|[ ])\d\d|\d(?:[‘’'`][ ]?|[ ])\d))(?![\d/])")
# (its n read q: "đến thaqg 612020", sample 000's engine on fresh seed 6709 eng000, the task's time lost)
#: a quarter's Roman number and its year with a speck and a space inside the year, the slash read as a "1" ("Quy
#: I|I120‘ 20": sample 000's engine on fresh seed 6690 eng000, the task's time lost)
_QUARTER_YEAR_WITH_SPECKS = regex.compile(r"(?<=(?<![\p{L}\d])(?i:qu\S{1,2})[ ]+(?:I{1,3}|IV|[Il|]{1,3}))(?P<s>[/1])"
                                          r"(?P<y>(?:19|20)(?:(?:[‘’'`][ ]?|[ ])\d\d|\d(?:[‘’'`][ ]?|[ ])\d))"
                                          r"(?![\d/])")  # (or after its third figure: "Quy IV1202‘ 2", sample 000's
# engine on fresh seed 13577 eng000, the task's time lost)
#: a quarter's figure and its year, the slash read as a "1" ("Quy 112018": sample 000's engine on fresh seed 1450
#: eng000, its I read as a 1 too; the task's time had been lost) — no quarter is 11 or more
_QUARTER_SLASH_AS_ONE = regex.compile(r"(?<=(?<![\p{L}\d])(?i:qu\S{1,2})[ .:]*(?:[1-4]|11|(?<=[ ])V))1"
                                      r"(?=(?:19|20)\d\d(?![\d/]))")  # (a V alone, its I lost: "Quy V12020", sample
# 000's engine on fresh seed 6935 eng000, the task's time lost — IV)
# (two strokes read 1s before it: "Quy 1112020", sample 000's engine on fresh seed 6881 eng000, the task's time lost —
# a slash read as a 1 rather than one lost, as everywhere: II/2020)
#: … or a space ("Quy 1 2016.": real Tesseract-eng on fresh seed 866, the task's time lost)
_QUARTER_SLASH_AS_SPACE = regex.compile(r"(?<=(?<![\p{L}\d])(?i:qu\S{1,2})[ ]+[1-4])[ ](?=(?:19|20)\d\d(?![\d/]))")
_GLUED_PERIOD_YEAR = regex.compile(r"(?<![\p{L}\d])(?:(?i:th\S{1,3}ng)[ .:]*(?:1[0-2]|0?[1-9])"
                                   r"|(?i:qu)[^\sIl|\d]{1,2}[ .:]*[1-4])(?=(?:19|20)\d\d(?![\d/]))")  # (not
# a Roman quarter's stroke glued to its word, its slash read "1": "QuyI12019", fix_quarter_slash's — it had been given
# a second slash, "Quý I//2019", sample 004's code on fresh seed 2011 code004)
#: a month's or quarter's stop or comma a scan read for its slash before the year ("Quý 1.2016", "tháng 8,2020"; no
#: count is written so: "1.550 người" has three digits after its stop)
_PERIOD_STOP_YEAR = regex.compile(r"(?<=(?<![\p{L}\d])(?:(?i:th\S{1,3}ng)[ ]+(?:1[0-2]|0?[1-9])"
                                  r"|(?i:qu\S{1,2})[ ]+(?:[1-4]|I{1,3}|IV)))[.,](?=(?:19|20)\d\d(?!\d|[/.,]\d))")
#: a space a scan put inside a date's day or month ("ngày 27/1 1/2009", "ngày 2 7/11/2009", two: "ngay 3  0/12/2021")
#: (a stroke before the year too, group st: "ngay 3  0/12/I2021", sample 000's engine on another plan, fresh seed 829
#: eng000: the citation's date had been lost, each damage keeping the other's fixer from the date)
_DATE_SPACED = regex.compile(r"(?<![\w/.,])(?:(?P<d>\d)(?P<sd>[ ]{1,2})(?P<d2>\d)/(?P<ms>[Il|]?)(?P<m>\d{1,2})"
                             r"|(?P<d3>\d{1,2})/(?P<sl>[ ]?)(?P<m1>\d)(?P<sm>[ ]{1,2})(?P<m2>\d))/(?P<st>[Il|]?)"
                             r"(?:[‘’'`][ ]?)?(?:19|20)\d\d(?![\w/])")  # (a quote speck before its year,
# _SPECK_AFTER_SLASH's: "ngay 0 1/02/‘ 2019", sample 000's engine on fresh seed 4208 eng000, the citation lost; a space
# after the first slash too: "ngay 27/ 1 1/2009", sample 000's engine on fresh seed 17117 eng000, the citation lost; a
# stroke after it: "ngay 3  0/I12/2021", 17446 eng000)
#: a date's first slash read as a space, after "ngày" on its line or opening a line after one that ends with it
#: ("… trước ngay" / "20 12/2019,": real Tesseract-eng on fresh seed 3793, the report's deadline lost)
_DATE_FIRST_SLASH_AS_SPACE = regex.compile(r"(?<=(?<![\p{L}\d])(?i:ng\S{1,2}y)[ ]+(?:[12]\d|3[01]|0?[1-9]))[ ]"
                                           r"(?=(?:1[0-2]|0?[1-9])/(?:19|20)\d\d(?![\d/]))")
_DATE_WORD_ENDING_A_LINE = regex.compile(r"(?i:ng\S{1,2}y)\s*$")
_DATE_FIRST_SLASH_AS_SPACE_OPENING = regex.compile(r"(?<=^[ ]*(?:[12]\d|3[01]|0?[1-9]))[ ]"
                                                   r"(?=(?:1[0-2]|0?[1-9])/(?:19|20)\d\d(?![\d/]))")


#: … or both, the date ending its sentence and line ("ngay 22 12 2023.": real Tesseract-eng on fresh seed 5424, the
#: report's deadline lost)
_DATE_SLASHES_AS_SPACES = regex.compile(r"(?<=(?<![\p{L}\d])(?i:ng\S{1,2}y)[ ]+(?:[12]\d|3[01]|0?[1-9]))([ ])"
                                        r"(?:1[0-2]|0?[1-9])([ ])(?=(?:19|20)\d\d[.;,]?\s*$)")


def fix_date_slash_as_space(line: str, before: str = "") -> list[Edit]:
    """``"trước ngay 20 12/2019"`` → "20/12/2019"; opening a line, only after a line ending with "ngày" (``before``);
    both slashes, the date ending the line: ``"ngay 22 12 2023."`` → "22/12/2023."."""
    found = list(_DATE_FIRST_SLASH_AS_SPACE.finditer(line))
    if _DATE_WORD_ENDING_A_LINE.search(before):
        found += _DATE_FIRST_SLASH_AS_SPACE_OPENING.finditer(line)
    return [(m.start(), m.end(), "/", 0.75) for m in found] + [
        (m.start(k), m.end(k), "/", 0.7) for m in _DATE_SLASHES_AS_SPACES.finditer(line) for k in (1, 2)]


#: a date in words whose day or month a scan parted with a space ("ngay 24 thang 1 1 nam 2018", sample 000's engine on
#: another plan, fresh seed 855 eng000: the header's place and date had been lost); no date word is followed by two
#: numbers (a speck before the space: "ngay 0‘ 2 thang 06", sample 000's engine on fresh seed 2959 eng000, the place
#: and date lost)
_DATE_WORD_NUMBER_SPACED = regex.compile(r"(?<=(?<![\p{L}\d])(?i:ng\S{1,3}y|th\S{1,3}ng)[ ]+\d)[‘’'`]?[ ]{1,2}"
                                         r"(?=\d[ ]+(?i:th\S{1,3}ng|n\S{1,2}m)[ ])"
                                         r"|(?<=(?<![\p{L}\d])(?i:th\S{1,3}ng)[ ]+1)[ ]"
                                         r"(?=[0-2](?:/[Il|]?|[Il|])(?:19|20)\d\d(?!\d))")  # (a stroke after the
# slash too: "dén thdng 1 1/I2019", real Tesseract-eng on fresh seed 15642 eng000, the task's time lost)
# (or a month of 10–12 before its year: "den thang 1 1I2021", sample 000's engine on fresh seed 2932 eng000, the task's
# time lost)
#: a date's second slash read as a space after "ngày" ("ngay 01/02 2019": the citation's date had been lost)
#: a date after "ngày" whose first slash a scan read as a hyphen and its second as a space ("ngay 28-9 2015": real
#: Tesseract-eng on fresh seed 1572, the citation's date lost); a date written with hyphens throughout stays
_DATE_HYPHEN_AND_SPACE = regex.compile(r"(?<=(?<![\p{L}\d])(?i:ng\S{1,3}y)[ .]+)(?P<d>\d{1,2})(?P<a>-)(?P<m>\d{1,2})"
                                       r"(?P<b>[ ])"
                                       r"(?=(?:19|20)\d\d(?![\w/-]))")
_DATE_SLASH_AS_SPACE = regex.compile(r"(?<=(?<![\p{L}\d])(?i:ng\S{1,3}y|ne\S{1,2}y)[ .]+"
                                     r"(?P<d>\d{1,2})/(?P<m>\d{1,2}))[ ]"
                                     r"(?=(?:19|20)\d\d(?![\w/]))")  # (the word's g read e: "Nghi dinh so 15 2019
# ND-CP neay 01/02 2019", real Tesseract-eng on fresh seed 7035, the citation lost)
#: a month in words with an O a scan read before its figures, or for its 0 ("ngay 26 thang O01 nam 2019": real
#: Tesseract-eng on fresh seed 1794, the place and date lost; "thang O1 nam"): group "extra" an O more, "zero" the 0's
#: a span's last month's slash read as a colon or semicolon and a space ("… nghề nghiệp tw thang 5 den thang 9: 2016.":
#: real Tesseract-eng on fresh seed 3438, the task's time lost)
_SPAN_YEAR_SLASH_AS_COLON = regex.compile(r"(?<=(?<![\p{L}\d])(?i:d\S{1,3}n|đến)[ ]+(?i:th\S{1,3}ng)[ ]+\d{1,2})"
                                          r"[:;][ ]?(?=(?:19|20)\d\d(?!\d))")
#: … or as a space, the month's 1 maybe as a stroke ("từ tháng 8 đến tháng I1 2016.": vetplan's OCR of fresh seed
#: 4817's scan, read "tháng là 2016", the task's time lost)
_SPANS_LAST_MONTH_SLASH_AS_SPACE = regex.compile(r"(?<=(?<![\p{L}\d])[dđĐD]\S{1,3}n[ ]+(?i:th\S{1,3}ng)[ ])"
                                                 r"(?P<m>[Il|1][0-2]|1[Il|]|[1-9])[ ](?=(?:19|20)\d\d(?![\d/]))")
#: a span's first month alone, its 8 read as a slashed O ("… đại chúng từ tháng Ø đến" / "tháng 9/2020": vetplan's
#: OCR of fresh seed 2285's scan, the task's time lost): no month is 0, and the O's slash is the 8's waist
_SPAN_MONTH_EIGHT_AS_SLASHED_O = regex.compile(r"(?<=(?<![\p{L}\d])từ[ ]+(?i:th\S{1,3}ng)[ ]+)[Øø](?=[ ]+(?:đến|tới))")
_MONTH_WITH_AN_O = regex.compile(r"(?<=(?<![\p{L}\d])(?i:th\S{1,3}ng)[ ]+)(?:(?P<extra>[Oo])(?=(?:0[1-9]|1[0-2])[ ])"
                                 r"|(?P<zero>[OoÖöØøÔô])(?=[1-9][ ]))"
                                 r"(?=\d{1,2}[ ]+(?:(?i:[nh]\S{1,2}m)|\p{Ll}{2,5})[,.]?[ ]+(?:19|20)\d\d)"
                                 r"|(?<=(?<![\p{L}\d])(?i:ng\S{1,3}y)[ ]+)(?P<extra>[Oo])(?=(?:0[1-9]|[12]\d|3[01])[ ]+"
                                 r"(?i:th\S{1,3}ng)[ ]+[Oo]?\d)")
# (the day's too: "ngay O01 thang O09 nam 2021", real Tesseract-eng on fresh seed 1985, the place and date lost; the
# month's 0 an O with a mark: "tháng Ö7 năm 2017", vetplan's OCR of fresh seed 2007's scan, the date lost; a speck's
# comma after the year's word: "ngay 24 thang O07 nam, 2020", real Tesseract-eng on fresh seed 7035, the date lost; the
# year's word's n read h: "ngay LO thang O07 ham 2016", 11945; or another word: "thang O1 many 2022", 12107)
#: a speck's hyphen or stop between a month's two figures in words ("ngay be thang 0-4 nama 2020": real Tesseract-eng on
#: fresh seed 2204, the place and date lost); after a 0 only: "tháng 1-2 năm 2020" is two months
_SPECK_INSIDE_A_MONTH = regex.compile(r"(?<=(?<![\p{L}\d])(?i:th\S{1,3}ng)[ ]+0(?=[-.,][1-9]))[-.,]"
                                      r"(?=\d[ ]+(?i:n\S{1,2}m)\S?[ ]+(?:19|20)\d\d)"
                                      r"|(?<=\p{L},[ ]*(?i:ng\S{1,3}y)[ ]+[0-3](?=-\d[ ]))-"
                                      r"(?=\d[ ]+(?i:th\S{1,3}ng)[ ]+\S{1,2}[ ]+(?i:n\S{1,2}m))")
# (or the place-date line's day: "Vinh Phuc, ngay 1-2 thang 1O nam 2016", real Tesseract-eng on fresh seed 2611, the
# plan's date lost; in a sentence "ngày 1-2 tháng 10" is two days)
#: a capital or an O right before a figure: what :data:`_LETTER_GLUED_BEFORE_A_MONTH` and :data:`_MONTH_WITH_AN_O` both
#: need in a line
_LETTER_BEFORE_A_FIGURE = re.compile(r"[A-ZOoÖöØøÔô]\d")
#: a month 10–12 whose 1 was read as an L, a quote for the space after it ("ngay 04 thang L0‘nam 2023": real
#: Tesseract-eng on fresh seed 2681, the plan's date lost)
_MONTH_ONE_AS_L_AND_A_QUOTE = regex.compile(r"(?<=(?<![\p{L}\d])(?i:th\S{1,3}ng)[ ]+)[LlI|]([0-2])[‘’'`]"
                                            r"(?=(?i:n\S{1,2}m)[ ]*(?:19|20)\d\d(?!\d))")
#: the month "01" of a date in words read as an O and an F ("ngay 16 thang OF nam 2018": real Tesseract-eng on fresh
#: seeds 2487 and 2490, the plan's date lost)
_MONTH_ONE_READ_F = regex.compile(r"(?<=(?<![\p{L}\d])(?i:th\S{1,3}ng)[ ]+)[O0o]F"
                                  r"(?=[ ]+(?i:n\S{1,2}m)[ ]+(?:19|20)\d\d)")
#: both figures of a date's month in words read as letters of their shapes, 0 as O, Q or D and 1 as T, I, l, L or a
#: stroke ("ngay OL thang Tl nam 2022": real Tesseract-eng on fresh seed 8187, the plan's date lost) — only where the
#: two make a month (not a P: "thang Pl" was 11 on 8115, which an O's shape would have made 01)
_MONTH_FIGURES_AS_LETTERS = regex.compile(r"(?<=(?<![\p{L}\d])(?i:th\S{1,3}ng)[ ]+)(?=[\d]?[OoQDTIlL|])"
                                          r"[OoQDTIlL|\d][OoQDIlL|\d](?=[ ]+(?i:n\S{1,2}m)[,.:]?[ ]+(?:19|20)\d\d)")
_MONTH_LOOKALIKES = str.maketrans("OoQDTIlL|", "000011111")
#: a capital a speck was read as, glued before a span's first month ("tir thdng P7 dén thang 10/2024": sample 000's
#: engine on fresh seed 3333 eng000, read "từ tháng Có đến", the task's time lost)
_LETTER_GLUED_BEFORE_A_MONTH = regex.compile(r"(?<=(?<![\p{L}\d])(?i:th\S{1,3}ng)[ ])[A-Z]"
                                             r"(?=\d{1,2}[ ]+[dđ]\S{1,3}n[ ])")
#: a small letter a speck was read as, glued before a span's last month and its year ("tur thdng 4 dén théng b9/2023":
#: sample 000's engine on fresh seed 11139 eng000, read "thống 9/2023", the task's time lost) — no word stands there
_SPECK_BEFORE_A_SPANS_LAST_MONTH = regex.compile(r"(?<=(?<![\p{L}\d])[dđĐD]\S{1,3}n[ ]+(?i:th\S{1,3}ng)[ ])[a-z]"
                                                 r"(?=\d{1,2}/(?:19|20)\d\d(?!\d))")
#: … what it needs in a line
_SMALL_LETTER_BEFORE_A_MONTH_AND_YEAR = re.compile(r"[a-z]\d{1,2}/(?:19|20)\d\d")
#: a date's first slash read as a bracket and a space after "ngày" ("ngay 28) 9/2015": real Tesseract-eng on fresh seed
#: 1709, the citation's date lost)
_DATE_FIRST_SLASH_AS_BRACKET = regex.compile(r"(?<=(?<![\p{L}\d])(?i:ng\S{1,3}y)[ .]+(?P<d>\d{1,2}))[)\]}|][ ]?"
                                             r"(?=(?P<m>\d{1,2})/(?:19|20)\d\d(?![\w/]))")
#: a date's first slash read as a "1" and a space after "ngày" ("ngay 271 11/2009": 27/11/2009, sample 000's engine on
#: another plan, fresh seed 842 eng000: the citation's date had been lost); no day has three figures
#: a date's slashes read as a "1" and a stroke after "ngày" ("ngay 27111/I2009": 27/11/2009, sample 000's engine on
#: fresh seed 1989 eng000, the citation's date lost): day, "1", month, "/", a stroke, the year
_DATE_SLASHES_AS_ONE_AND_STROKE = regex.compile(r"(?<=(?<![\p{L}\d])(?i:ng\S{1,3}y)[ ]+)(?P<d>\d{2})1(?P<m>\d{1,2})/"
                                                r"[Il|](?=(?:19|20)\d\d(?![\w/]))")
#: … a stroke after its first slash and its second read as a "1" ("ngay 14/I512018": sample 000's engine on fresh seeds
#: 11867 and 11957 eng000, the citation lost): the month the figures before the last 1 before the year
_DATE_STROKE_AND_SLASH_AS_ONE = regex.compile(r"(?<![\w/.,])(?P<d>\d{1,2})/(?P<s>[Il|])(?P<m>\d{1,2}?)(?P<one>1)"
                                              r"(?=(?:19|20)\d\d(?![\w/]))")
#: … its first slash read as a "1", the second kept, a speck after it maybe ("trước ngày 25112/‘ 2023": sample 000's
#: engine on fresh seed 2637 eng000, the report's deadline lost); a day of two figures
#: a date's second slash read as a 7 with a space after it, after a month of two figures ("ngày 01/027 2019": vetplan's
#: OCR of fresh seed 5499's scan, the citation's date lost) — no month has three figures
_DATE_SECOND_SLASH_AS_SEVEN = regex.compile(r"(?<=(?<![\p{L}\d])(?i:ng\S{1,3}y)[ ]+\d{1,2}/(?:0[1-9]|1[0-2]))7[ ]"
                                            r"(?=(?:19|20)\d\d(?![\w/]))")
_DATE_FIRST_SLASH_AS_ONE = regex.compile(r"(?<=(?<![\p{L}\d])(?i:ng\S{1,3}y)[ ]+(?P<d>\d{2}))1"
                                         r"(?=(?P<m>\d{1,2})/[‘’'`]?[ ]?(?:19|20)\d\d(?![\w/]))")
#: a stroke a scan read after a month's slash, before its year ("đến tháng 6/I20 16": sample 000's engine on fresh seed
#: 2607 eng000, the span's year lost)
_STROKE_AFTER_MONTH_SLASH = regex.compile(r"(?<=(?<![\p{L}\d])(?i:th\S{1,3}ng)[ ]\d{1,2}/)[Il|]"
                                          r"(?=(?:19|20)[ ]?\d\d(?![\w/]))")
#: … a speck's quote before the day ("ngay ‘ 2819/2015": sample 000's engine on fresh seed 7109 eng000, the citation
#: lost), or a space inside the month after it ("ngay 2711 1/2009", 7137 eng000): group q the speck, s the space
_DATE_FIRST_SLASH_AS_ONE_AFTER_A_SPECK = regex.compile(r"(?<=(?<![\p{L}\d])(?i:ng\S{1,3}y)[ ]+)(?P<q>[‘’'`][ ]?)?"
                                                       r"(?P<d>\d{2})(?P<one>1)(?P<m>\d(?P<s>[‘’'`]?[ ])?\d?)/"
                                                       r"(?P<stroke>[Il|])?(?=(?:19|20)\d\d(?![\w/]))")  # (a stroke
# after the second slash besides: "trước ngày ‘ 22112/I2022", sample 000's engine on fresh seed 7290 eng000; a quote
# speck before the space inside the month: "trudc ngay 0511‘ 2/2024", 10919 eng000, the report's deadline lost)
_DATE_FIRST_SLASH_AS_ONE_SPACED = regex.compile(r"(?<=(?<![\p{L}\d])(?i:ng\S{1,3}y)[ ]+(?P<d>\d{2}))1[ ]"
                                                r"(?=(?P<m>\d{1,2})/(?:19|20)\d\d(?![\w/]))")
#: a date after "ngày" with a space after its first slash, a quote speck before it maybe ("ngay ‘ 28/ 12/2016", sample
#: 000's engine on fresh seed 2012 eng000: the citation's date lost)
_DATE_SPACED_AFTER_SLASH = regex.compile(r"(?<=(?<![\p{L}\d])(?i:ng\S{1,3}y)[ ]+)(?P<q>[‘’'`][ ]?)?(?P<d>\d{1,2})"
                                         r"(?:/(?P<s>[ ]+)|(?P<s0>[ ]{1,2})/)(?P<m>\d{1,2})/(?=(?:19|20)\d\d(?![\w/]))")
# (or before it: "truéc ngay ‘ 23  /12/2021.", sample 000's engine on fresh seed 14560 eng000, the deadline lost)
#: a speck a scan read as a quote after the slash before a year, a space after it maybe ("46/‘ 2015/QĐ-TTg", "Quý
#: IV/‘ 2020": the citation and the task's time had been lost; sample 000's engine read specks so, "‘Thương")
_SPECK_AFTER_SLASH = regex.compile(r"(?<=(?<![\w/])(?:\d{1,5}|[Il1|]{1,3}|[Il1|]?V|\d{1,2}/\d{1,2})/)[Il|]?[‘’'`][ ]?"
                                   r"(?=(?:19|20)[ ]?\d\d(?:(?!\d)|1(?=[A-ZĐ])))")  # (a stroke before the quote:
# "46/I‘ 2015/QP-TTg", fresh seed 645 eng000; the year's slash after it read "1": "46/‘ 20151QPTTg", fresh seed 841;
# a quarter's strokes as read before it: "Quy 1II/‘ 2017", fresh seeds 1188 and 1196 eng000)
#: … or inside a date's month, its second slash read "1" ("ngay 30/1‘ 212021": sample 000's engine on fresh seed
#: 13933 eng000, the citation lost): taken out, the slash is the next pass's ("30/1212021")
_SPECK_INSIDE_A_DATES_MONTH = regex.compile(r"(?<=(?<![\p{L}\d])(?i:ng\S{1,3}y)[ ]+[a-z]?"  # (a letter's speck
                                            # before the day too: "ngay b23/1‘ 2/2017", 14125 eng000)
                                            r"(?:0?[1-9]|[12]\d|3[01])/[ ]?1)"
                                            r"[‘’'`][ ]?(?=[0-2][1/](?:19|20)\d\d(?!\d))")  # (a space after the
# slash too, the next slash right: "trước ngay 18/ 1‘ 2/2020", 13891 eng000, the deadline read "18/01/2020")
#: a day 10–39 after "ngày" parted after its first figure, its slash read "1" ("trudc ngay 1 1112/I2024.": sample 000's
#: engine on fresh seed 14294 eng000, the deadline lost): the space, the slashes the next pass's
_DAY_PARTED_ITS_SLASH_ONE = regex.compile(r"(?<=(?<![\p{L}\d])(?i:ng\S{1,3}y)[ ]+[1-3])[ ]"
                                          r"(?=\d1[01]?\d/[Il|]?(?:19|20)\d\d(?![\d/]))")
#: a month 10–12 after "tháng" parted after its 1, the slash before its year read "1" ("từ thdng 8 dén théng 1 112019.":
#: sample 000's engine on fresh seed 14095 eng000, read "tháng 1", the task's time lost): group 1 its second figure
_MONTH_PARTED_ITS_SLASH_ONE = regex.compile(r"(?<=(?<![\p{L}\d])(?i:th\S{1,3}ng)[ ])1[ ]([0-2])1"
                                            r"(?=(?:19|20)\d\d(?![\d/]))")
_AFTER_THE_DAY_WORD = r"(?<=(?<![\p{L}\d])(?i:ng\S{1,3}y)[ ]+)"  # ("ngày " however read: "ngay ", "ngdy ")
# (a stroke after a slash too: "ngay ‘ 28/I12/2016", fresh seed 939 eng000, its quote had kept the date's fixers off)
_BEFORE_A_DATE = r"(?=\d{1,2}/[Il|]?\d{1,2}/[Il|]?(?:19|20)\d\d(?![\w/]))"
#: a quote speck between "năm" and its year ("… nghề nghiệp nam ‘ 2020": the title had kept it)
_SPECK_BEFORE_YEAR = regex.compile(r"(?<=(?<![\p{L}\d])(?i:n[^\s‘’'`]{1,2}m)[ ]?)[‘’'`][ ]?"
                                   r"(?:(?=(?:19|20)\d\d(?![\d/]))|(?P<y>(?:19|20)[ ]\d\d)(?![\d/]))")
# (a space inside the year too, taken with it: "nim ‘ 20 18", sample 000's engine on fresh seed 12755 eng000, the
# title had kept both)
#: a date after "ngày" with a stroke before its month or year and quote specks or spaces among its year's figures
#: ("ngay 28/I12/‘ 2016", "ngay 28/5/I20‘ 20": sample 000's engine on other plans, each citation's date had been lost)
_DATE_WITH_SPECKS = regex.compile(r"(?<=(?<![\p{L}\d])(?i:ng\S{1,3}y)[ ]*)(?P<d>\d{1,2})/"
                                  r"(?P<m>[Il|]?\d(?:[‘’'`][ ]?\d|\d)?)(?P<s>[/Il|]|(?<=\d\d)1)"  # (after a month of
                                  # two figures, a "1": "ngay 28/I1212016", sample 000's engine on fresh seed 1675)
                                  r"(?P<y>[Il|]?(?:[‘’'`]?[ ]?\d){4})(?![\w/])")  # (… or among its month's:
# "ngay 28/1‘ 2/2016"; the day glued to its word, "ngay19/1‘ 2/I2020", fresh seed 597 eng000: the deadline had been
# lost; the slash before the year read as a stroke, "ngay 19/1‘ 2I2018", fresh seed 645 eng000)
#: a speck read as a small letter glued before a date's day after "ngày" ("ngay r14/5/2018": the citation's date had
#: been lost); a stroke there is a 1 (_DAY_ONE_AS_BRACKET's, "ngày l4 tháng")
_LETTER_BEFORE_DAY = regex.compile("(?=[a-km-zACDEFHJKMNPQRUVWXY])" + _AFTER_THE_DAY_WORD + "[a-km-zACDEFHJKMNPQRUVWXY]"
                                   + _BEFORE_A_DATE)  # (or a capital like no figure: "ngay P28/9/2015", sample 000's
# engine on fresh seed 1893 eng000, the citation lost)
#: a quote speck between "ngày" and its date ("ngay ‘ 28/12/2016": the citation's date had been lost)
_SPECK_BEFORE_DATE = regex.compile(_AFTER_THE_DAY_WORD + "(?:[‘’'`][ ]?|[.,](?=\\d))"
                                   + r"(?=\d{1,2}/[Il|]?\d{1,2}(?:/[Il|]?|1)(?:19|20)\d\d(?![\w/]))")  # (its year's
# slash read 1 too, the next pass's: "ngay ‘ 28/912015", sample 000's engine on fresh seed 14072 eng000; a stop
# glued before it: "tước ngay .17/12/2022.", vetplan's OCR of fresh seed 2036's scan, the deadline lost)
#: … or with a "1" read for the year's slash ("27/111‘ 2009": 27/11/2009)
_SLASH_AS_ONE_WITH_SPECK = regex.compile(r"(?<=(?<![\w/.,])(?P<d>\d{1,2})/(?P<m>\d{1,2}))1[‘’'`][ ]?"
                                         r"(?=(?:19|20)\d\d(?![\w/]))"
                                         r"|(?<=(?<![\w/.,])(?P<d>\d{1,2})/(?P<m>\d{1,2}))1(?P<y>(?:19|20)[ ]\d\d)"
                                         r"(?![\w/])")
# (or before a year a space parted, "ngay 28/9120 15": sample 000's engine on fresh seed 1840 eng000, the citation lost)
#: a day's 1 read as a bracket or bar in a date in words ("ngày [4 tháng 12 năm 2024": the header's date had been lost)
_DAY_ONE_AS_BRACKET = regex.compile(r"(?<=(?<![\p{L}\d])(?i:ng\S{1,3}y)[ ]+)[\[\]|!Il]"
                                    r"(?=[0-9][ ]+(?i:th\S{1,3}ng)[ ]+\d)"
                                    r"|(?<=(?<![\p{L}\d])(?i:th\S{1,3}ng)[ ]+)[\[\]|!]"
                                    r"(?=[0-2][ ]+\S{3,4}[ ]+(?:19|20)\d\d(?!\d))")  # (… or a month's: "ngay 20
# thang [0 fam 2020", real Tesseract-eng on fresh seed 2841, the plan's date lost)
#: the day 11 of a header's date read as two capitals of a stroke's shape ("ngày TT tháng 05", "ngày TÍ tháng 08":
#: vetplan's OCR of fresh seeds 1563 and 1578's scans, read "Từ", the plan's date lost)
_DAY_ELEVEN_AS_LETTERS = regex.compile(r"(?<=(?<![\p{L}\d])(?i:ng\S{1,3}y)[ ]+)[TIlÍÌ|]{2}"
                                       r"(?=[ ]+(?i:th\S{1,3}ng)[ ]+\d{1,2}[ ]+(?i:n\S{1,2}m)[ ]+(?:19|20)\d\d)")
#: the place-date line's comma with no space after it, "ngày" glued to the place ("Pa Lat,ngay 23 thdng 09": sample
#: 000's engine on fresh seed 4818 eng000, "ngay" left as read, the date lost)
_PLACES_COMMA_GLUED_TO_THE_DATE = regex.compile(r"(?<=\p{L})(?:,|[.:;]{1,2},?)ng[aàáạ]y"
                                                r"(?=[ ]*\d{1,2}[ ]+(?i:th\S{1,3}ng))")  # (specks for it too: "Ninh
# Bình.:ngày 04 tháng 08", vetplan's OCR of fresh seed 2408's scan, the place lost) (the
# word as a scan reads it, in a scan's text only: a code's "T{&ng Duong,ngeY 09 thong", "Ha N|I,ngay 08 thong", its own
# letters, are the decoder's to read in their context — as a fixer's edit "ngày" had left "thong" read "thông", fresh
# seed 2101 and dev seed 382 code, the date lost)
def fix_places_comma_glued_to_the_date(line: str) -> list[Edit]:
    """``"Pa Lat,ngay 23 thdng 09"`` → "Pa Lat, ngày 23" (in a scan's text, before the decoder; a code's own letters
    there, "N|I,ngay 08 thong", are the decoder's to read with the words after them)."""
    return [(m.start(), m.end(), ", ngày", 0.8) for m in _PLACES_COMMA_GLUED_TO_THE_DATE.finditer(line)]


#: a cited number's first slash a stroke after "số", as a symbol code wrote it glued to the words before it, so that
#: the fixers before the decoder did not see a number there ("Thong tu6s643I2016/TT-BLDTBXH", read "Thông tư số
#: 43I2016/TT-BLĐTBXH": sample 004's code on fresh seed 16028 code004, the citation lost)
_CITED_NUMBERS_SLASH_AS_A_STROKE = regex.compile(r"(?<=(?<![\p{L}\d])số[ ]\d{1,5})[Il|](?=(?:19|20)\d\d/[A-ZĐ]{1,4}-)")


def fix_cited_numbers_slash(line: str) -> list[Edit]:
    """``"Thông tư số 43I2016/TT-BLĐTBXH"`` → "43/2016/TT-BLĐTBXH" (read after the decoder)."""
    return [(m.start(), m.end(), "/", 0.8) for m in _CITED_NUMBERS_SLASH_AS_A_STROKE.finditer(line)]


#: the place-date line's comma glued to the day's word after it, as a symbol code writes it, the word's letters maybe
#: other ("H?lLong,rgay 06 thang 10 nam 2021": sample 004's code on fresh seed 15979 code004, the place and date lost)
_PLACES_COMMA_GLUED_IN_A_CODE = regex.compile(r"(?<=\S),(?=[^\s\d,.]{3,5}[ ]*\d{1,2}[ ]+\S{3,6}[ ]+\d{1,2}[ ]+"
                                              r"\S{2,4}[ ]+(?:19|20)\d\d(?!\d))")


def space_after_the_places_comma(line: str) -> list[Edit]:
    """``"H?lLong,rgay 06 thang 10 nam 2021"`` → "H?lLong, rgay …" (a code's, before the decoder, which then reads the
    words apart: "Hạ Long, ngày"); a comma with its space is left."""
    return [(m.start(), m.end(), ", ", 0.8) for m in _PLACES_COMMA_GLUED_IN_A_CODE.finditer(line)]


#: a speck's colon after the place-date line's comma, before the day ("Chí Linh,:ngày 26 tháng 02": vetplan's OCR of
#: fresh seed 2032's scan, the place lost)
_SPECK_AFTER_THE_PLACES_COMMA = regex.compile(r"(?<=\p{L},)[:;,](?=[ ]?(?i:ng\S{1,3}y)[ ]+\d{1,2}[ ]+(?i:th\S{1,3}ng))")
# (or a second comma: "Pién Bién,, ngay 22 thdng 04", sample 000's engine on fresh seed 8305 eng000, the place and the
# issuer lost)
#: a speck's stop for the space between the words of the place-date line's place ("292/KH-UBND H6.Chi Minh, ngay 08":
#: real Tesseract-eng on fresh seed 3177, read "Hồ.Chí Minh", the place lost): two Capitalised words glued by it, a
#: third maybe after, then the comma and the day
#: … or a hyphen's speck, its place's last word alone after it ("45/KH-UBND Thach -That, ngay 09": real Tesseract-eng on
#: fresh seed 11749, read "Thành - Thật", the place lost; a name of a dash, "Bà Rịa - Vũng Tàu", has two words after it)
_HYPHEN_INSIDE_THE_PLACE_BEFORE_THE_DATE = regex.compile(r"(?<=(?<![\p{L}\d])\p{Lu}\p{Ll}{1,5})[ ]?-[ ]?"
                                                         r"(?=\p{Lu}\p{Ll}{1,5},[ .]?(?i:ng\S{1,3}y)[ ]+\d)")
_STOP_INSIDE_THE_PLACE_BEFORE_THE_DATE = regex.compile(r"(?<=(?<![\p{L}\d])\p{Lu}\S{0,5})\.(?=\p{Lu}\p{Ll}{0,5}"
                                                       r"(?:[ ]\p{Lu}\p{Ll}{0,5})?,[ ]?(?i:ng\S{1,3}y)[ ]+\d)")
#: a year after the word "năm" with a speck's stop inside it ("nghề nghiệp năm 20.16", the place-date line's "tháng 04
#: năm 2.020": real Tesseract-eng on fresh seeds 2748 and 2759, the title and the date lost): group "stop". No count is
#: written "20.16"; one written "2.020" is a year only where a month's "tháng" stands before "năm" or nothing after it
_YEAR_WITH_A_STOP = regex.compile(r"(?<=(?<![\p{L}\d])(?P<month>(?i:th\S{1,3}ng)[ ]+\d{1,2}[ ]+)?"
                                  r"(?i:năm|nam|ndm|nim)[ ]+)(?=(?:1\.?9|2\.?0)\.?\d\.?\d(?![.,]?\d))\d"
                                  r"(?:\d\d(?P<stop>\.)\d|\d(?P<stop>\.)\d\d"
                                  r"|(?P<stop>\.)\d{3}(?P<end>[ ]*[.,;:]?[ ]*$)?)")
#: … or a quarter's year after its slash ("Quy III/20.16.": real Tesseract-eng on fresh seed 3266, the task's time lost)
_QUARTER_YEAR_WITH_A_STOP = regex.compile(r"(?<=(?<![\p{L}\d])(?i:qu\S{1,2})[ ]+[IVXl1|]{1,4}/(?:19|20))\."
                                          r"(?=\d\d(?![\d,]|\.\d))")
#: a year after a slash with one of its last two digits read as a letter ("III/20L7", "5/2O21")
_YEAR_WITH_LETTERS = re.compile(r"(?<=/)(?:19|20)(?=[\dlIL|Oo]{2}(?![\w])|\d[T](?![\w]))(?!\d\d)[\dlIL|OoT]{2}")  # (its
# last 1 a serif's T: "Quý [H/202T.", vetplan's OCR of fresh seed 5247's scan, the task's time lost)
_DIGIT_LOOKALIKES = str.maketrans("lIL|OoT", "1111001")
#: … or its 0 read as a letter of the shape ("Quý I/2Q19": real Tesseract-eng on fresh seed 2844, the task's time lost)
_YEAR_ZERO_AS_A_LETTER = regex.compile(r"(?<=/2)[OoQD](?=[0-3]\d(?![\w/]))")
#: a whole date d/m/yyyy whose year is 2100–2999, its second digit (group 1) a 0 read as another
_YEAR_OF_NO_PLAN = re.compile(r"(?<![\w/])(?P<d>\d{1,2})/(?P<m>\d{1,2})/2(?P<c>[1-9])\d\d(?![\w/])")
#: a date in words whose year is 2100–2999 ("ngày 26 tháng 04 năm 2920")
#: a month in words and the year's word after it ("tháng 04 năm "): what opens a date's year in words
_MONTH_THEN_YEAR_WORD = r"(?i:th\S{1,3}ng)[\s.,:]*(?P<m>\d{1,2})[\s.,:]*(?i:n\S{1,2}m)[\s.,:]*"
_WORDS_YEAR_OF_NO_PLAN = re.compile(_MONTH_THEN_YEAR_WORD + r"2(?P<c>[1-9])\d\d(?![\w/])")
#: … or 3000–3099, its 2 read as a 3 ("tháng 02 năm 3021", "22/02/3021")
_YEAR_TWO_AS_THREE = re.compile(rf"(?:{_MONTH_THEN_YEAR_WORD}|(?<![\w/])(?P<d2>\d{{1,2}})/(?P<m2>\d{{1,2}})/)"
                                r"(?P<c>3)0\d\d(?![\w/])")
#: … or after a span's month's or a quarter's slash ("từ tháng 4 đến tháng 7/3021": vetplan's OCR of fresh seed
#: 4943's scan, the task's time lost) — no plan speaks of the thirty-first century (a whole date's year, "ngày
#: 22/02/3021", and one after "năm" are the pattern above's, where the day and month are read too)
_YEARS_TWO_READ_THREE = regex.compile(r"(?:(?<=(?<![\p{L}\d])(?i:th\S{1,3}ng)[ ](?:1[0-2]|0?[1-9])/)"
                                      r"|(?<=(?<![\p{L}\d])(?i:qu\S{1,2})[ ](?:I{1,3}|IV)/))3(?=0[0-3]\d(?!\d))")


#: a list item's number 1 as a scan may read its stroke: "l", "I", "|", "!", "lL", "1l", a bracket "[", an "L" (its
#: foot read as a serif), then a stop or comma
_ITEM_ONE = regex.compile(r"^(\s*)((?:[\-_~'‘’`](?=[lI|!1L\[\]]))?(?=[lI|!1L]{0,2}[l|!1\[\]L])[lI|!1L\[\]]{1,2})"
                          r"([.,\-;:]|\.\.)(?=\s*[‘’'`]?\p{Lu}\p{Ll})")  # (not "I."; its stop doubled, no space after:
# "L..Đẩy mạnh"; a speck glued before it goes with it: "-L. Tuyên truyền", real Tesseract-eng on fresh seed 1572; read
# as a colon, "|: Đẩy mạnh chuyển đổi số", vetplan's OCR of fresh seed 1578's scan, the tasks each read as the next's;
# a speck's quote before the title: "L. ‘Tuyen truyen", real Tesseract-eng on fresh seed 3252, read "Là.")
#: an item's number whose stop was lost ("1 Kiểm tra, giám sát"): its number, a space and a Capitalised word
_ITEM_STOP_LOST = regex.compile(r"^(\s*)(?:[‘’'`_~][ ]?)?([1-9])(?=[ ]{1,3}(?:\p{Lu}[‘’'`]?\d?\p{Ll}|b[aeiouy]))")  # (a
# figure for its vowel: "1 P6i méi cong tdc", sample 000's engine on fresh seed 4007 eng000; a speck before it, which
# goes: "‘ 2 Gan két véi doanh nghiép", 7754 eng000, the tasks run together)
#: an item's number 2 to 9 whose stop was read as a hyphen ("2- Đổi mới"; the item 1.'s: _ITEM_ONE)
_ITEM_STOP_AS_HYPHEN = regex.compile(r"^(\s*)([2-9])(-)(?=[ ]{0,3}\p{Lu}\p{Ll})")
# (spaces where the stop was: "3   Kiém tra, gidm sdt", sample 000's engine on fresh seed 2011 eng000, the task lost; a
# capital Đ read as a small b: "2 bao tao nghé", Đào tạo, fresh seed 637 eng000: the task had been run into the one
# before it; a speck after its capital, "2 G‘an két", fresh seed 1098 eng000)
_ITEM_TWO = regex.compile(r"^\s*2[.,:][.\-]?\s*\p{Lu}")  # (its stop read as a colon: "2: Kiểm tra"; "2.Gắn kết"; a
# speck after it, "2.-Đổi mới", "2..Đổi mới")
#: the item "3." (the "2." between a scan may have misread too)
_ITEM_THREE = regex.compile(r"^\s*3[.,:;]\s+\p{L}")  # (a semicolon for its stop: "3; Phát triển"; its title's
# capital read small, "3. kiem tra, øiám sát", vetplan's OCR of fresh seed 2299's scan, where the "+." above it is the
# item 2.)
#: an item's "2." whose figure a scan read as a plus, a Z or a question mark ("+. Gắn kết với doanh nghiệp"): a mark no
#: list puts before a stop; or lost, its stop left (". Đổi mới công tác tuyển sinh")
#: … or its stop read as a second figure ("22 Gắn kết với doanh nghiệp" between the items "1." and "3.": real
#: Tesseract-eng on fresh seed 1578, the task run into the one before it)
_ITEM_TWO_STOP_AS_A_TWO = regex.compile(r"^\s*(22)(?=[ ]{1,3}\p{Lu}\p{Ll})")
_ITEM_TWO_MISREAD = regex.compile(r"^(\s*)([+Zz?)]?)([.,])(?=\s+\p{Lu}\p{Ll})")  # (a bracket: "), Kiếm tra",
# vetplan's OCR of fresh seed 1572's scan)
#: a dash before an item's number 2 to 9 and its stop or colon ("- 3: Phát triển đội ngũ nhà giáo")
_DASH_BEFORE_ITEM = regex.compile(r"^(\s*)([-–][ ]?)([2-9])([.:])(?=\s+\p{Lu}\p{Ll})")
#: an item's number 2 to 9 with a semicolon for its stop ("3; Phát triển")
_ITEM_SEMICOLON = regex.compile(r"^(\s*)([2-9])([;:])(?=\s+\p{Lu}\p{Ll})")  # (or a colon: "2: Đào tạo nghề cho lao
# động nông thôn", "3: Đổi mới", vetplan's OCR of fresh seed 3269's scan, the tasks run together)
#: the item "1." as written
_ITEM_ONE_READ = regex.compile(r"^\s*1[.,]\s+\p{Lu}\p{Ll}")
#: "I." opening an item in mixed case (a heading's "I." or the item "1." as a scan read it)
_ITEM_ONE_AS_I = regex.compile(r"^(\s*)(I)(\.\.|[.,]|[.,:]?['‘’`]+)(?=\s*\p{Lu}\p{Ll})")  # (a speck's colon and
# quote for its stop: "I:'Phát triển đội ngũ", below "1H. NHIỆM VỤ", fresh seed 1168 scan; its stop doubled, "I..Gắn
# kết" below "IIL. NHIEM VU", real Tesseract-eng on fresh seed 2427, the tasks each read as the next's)
#: the line right below a part's heading opening with one glyph a scan made of the stroke of "1", specks before it, and
#: a stop ("_f. Dao tao nghé", below "Ill. NHIEM VU VA GIAI PHAP"; the decoder had read "_ở.", and the list's tasks
#: were lost); a part's list opens with its item 1.
_ITEM_ONE_BELOW_A_HEADING = regex.compile(r"^(\s*)([_~'‘’`]{0,2}(?:[fFtTjJiL\]\[{}()†]|l[Vv]))([.,]-?)"
                                          r"(?=\s*[‘’'`]?\p{Lu}\p{Ll})")
# (a dagger: "_†. Đào tạo nghề", vetplan's OCR of the same plan's scan; a small l and a V, a speck before the title:
# "lV, ‘Fuyen truyen", real Tesseract-eng on fresh seed 1164, the tasks shifted by one)
# (a small i, its dot the stroke's top: "i. Dao tao nghé cho lao dong", real Tesseract-eng on fresh seed 3798, the
# tasks shifted by one)
# (a capital T, a serif's head on the stroke: "T. Gắn kết với doanh nghiệp", vetplan's OCR of fresh seed 2427's scan,
# the tasks shifted by one)
# (or an L, a dash glued after its stop: "L.-Kaiem tra, ‘gant sat", real Tesseract-eng on fresh seed 4205, the tasks
# shifted by one)
#: … or its stroke and stop read as small letters glued to the title ("iePhat trien doi ngu nha giao" below "Ill. NHIEM
#: VU VA.GIAI PHAP": real Tesseract-eng on fresh seed 4472, the tasks shifted by one)
_ITEM_ONE_GLUED_BELOW_A_HEADING = regex.compile(r"^(\s*)([iIl|][a-z]?)()(?=\p{Lu}\p{Ll}{2,}[ ]\p{Ll})")
#: an item's number with a stroke between it and its stop ("1/.Kiem tra, giam sat": real Tesseract-eng on fresh seed
#: 1173, the tasks shifted by one) — no number is written so
_ITEM_STROKE_BEFORE_STOP = regex.compile(r"^(\s*)([1-9])([/|])(?=\.\s*\p{Lu}\p{Ll})")
#: a part's Roman heading in capitals, its strokes as a scan may read them ("Ill. NHIEM VU", "IV. KINH PHÍ")
_PART_HEADING = regex.compile(r"^\s*(?:[IVlL|1]{1,4}|[IlL|1][VH])[.,]\s*\p{Lu}{2,}")
#: a later part's Roman heading ("II.", "III. NHIỆM VỤ"): an "I." below it is no part's
_LATER_PART = regex.compile(r"^\s*(?:(?:II|III|IV|V|VI|VII)[.,]\s+\p{Lu}"
                            r"|(?!\d+[.,])(?:[IlL|1]{2,3}|[IlL|1][VH])[.,]\s+\p{Lu}{2})")  # (its strokes misread, a
# heading in capitals: "Ill. NHIEM VU VA GIAI PHAP" / "I. Phat trien doi ngu": the task 1. had become a part)


#: a speck before a numbered item's figure opening its line (".2. Phát triển đội ngũ nhà giáo", fresh seed 87 scan), or
#: two, a colon's among them (":_1, Phát triển đội ngũ nhà giáo", vetplan's OCR of fresh seed 1784's scan: the tasks had
#: each been read as the next's)
_SPECK_BEFORE_ITEM = regex.compile(r"^(\s*)([.,:'‘’`_~+]{1,3}[ ]?)(?=[1-9][.,]\s+\p{Lu}\p{Ll})")  # (or a plus sign:
# "+3. Phát triển đội ngũ nhà giáo", real Tesseract-eng on fresh seed 4278, the task lost; a space after it: ". 1. Pdi
# moi Cdng tac", 4791; three: "._.1. Đẩy mạnh chuyển đổi số", vetplan's OCR of fresh seed 7434's scan, the tasks each
# read as the next's)


def fix_item_numbers(lines: list[str]) -> dict[int, Edit]:
    """A numbered item's "1." whose stroke a scan read as letters ("lL, Đẩy mạnh chuyển đổi số", "l. Gắn kết"), or its
    stop as a hyphen ("1- Gắn kết với doanh nghiệp"), where an item "2." follows within 30 lines: line index → the
    edit to "1." (the item had been read "là, Đẩy mạnh", and the task lost); an "I." below a later part's heading too
    ("III. NHIỆM VỤ …" / "I. Kiểm tra, giám sát": the task had become a part)."""
    out: dict[int, Edit] = {}
    later_part = False  # (a Roman heading after "I." seen above: "I. Kiểm tra" below "III. NHIỆM VỤ" is the item 1.)
    for i, line in enumerate(lines):
        m = _ITEM_ONE.match(line)
        hyphen = m is not None and m.group(2) + m.group(3) in ("1-", "1;", "1:")  # (its stop read as a hyphen: "1- Gắn
        # kết", or a semicolon: "1; Tuyên truyền", fresh seed 1196 eng)
        if m is None and later_part:
            m = _ITEM_ONE_AS_I.match(line)
        above = next((x for x in reversed(lines[max(0, i - 3):i]) if x.strip()), "")  # (blank lines between maybe)
        if m is None and _PART_HEADING.match(above):
            m = _ITEM_ONE_BELOW_A_HEADING.match(line) or _ITEM_ONE_GLUED_BELOW_A_HEADING.match(line)
        later_part = later_part or bool(_LATER_PART.match(line))
        if m and (not m.group(2).isdigit() or hyphen) and any(
                _ITEM_TWO.match(x) or _ITEM_THREE.match(x) for x in lines[i + 1:i + 31]):
            out[i] = (m.start(2), m.end(3), "1." if line[m.end(3):m.end(3) + 1].isspace() else "1. ", 0.8)
    # "+. Gắn kết" between the item 1. and the item 3., no "2." between them: the item 2. (the task had been lost)
    ones = [i for i, line in enumerate(lines) if i in out or _ITEM_ONE_READ.match(line)]
    for one in ones:
        three = next((j for j in range(one + 1, min(len(lines), one + 61)) if _ITEM_THREE.match(lines[j])), None)
        if three is None or any(_ITEM_TWO.match(x) for x in lines[one + 1:three]):
            continue
        twos = [j for j in range(one + 1, three) if _ITEM_TWO_MISREAD.match(lines[j])]
        if len(twos) == 1 and (m := _ITEM_TWO_MISREAD.match(lines[twos[0]])):
            out[twos[0]] = (m.start(2), m.end(3), "2.", 0.8)
        doubled = [j for j in range(one + 1, three) if _ITEM_TWO_STOP_AS_A_TWO.match(lines[j])]
        if not twos and len(doubled) == 1 and (m := _ITEM_TWO_STOP_AS_A_TWO.match(lines[doubled[0]])):
            out[doubled[0]] = (m.start(1), m.end(1), "2.", 0.75)  # ("22 Gắn kết với doanh nghiệp")
    for i, line in enumerate(lines):
        if i not in out and (m := _SPECK_BEFORE_ITEM.match(line)):  # ".2. Phát triển": the task had been run into
            out[i] = (m.start(2), m.end(2), "", 0.8)  # the one before it
        elif i not in out and (m := _ITEM_STOP_SPACED.match(line)):  # "3  . Đổi mới công tác tuyển sinh" (sample
            # 000's engine on fresh seed 7925 eng000, the tasks run together)
            out[i] = (*m.span(2), "", 0.8)
    # "1 Kiểm tra, giám sát": an item's stop lost, the item after it below within 30 lines (and for a later item, the
    # one before it above within 60); the task had been read into the part's text
    for i, line in enumerate(lines):
        if i in out or (m := _ITEM_STOP_LOST.match(line) or _ITEM_STOP_AS_HYPHEN.match(line)) is None:
            continue
        n = int(m.group(2))
        # (its stop read as a hyphen: "2- Đổi mới công tác tuyển sinh" between "1." and "3.", vetplan's OCR of fresh
        # seed 1574's scan, the task run into the one before it; the hyphen goes)
        stop = ((m.end(2), m.end(2), ".", 0.75) if m.start(2) == m.end(1) else (m.end(1), m.end(2), f"{n}.", 0.75)) \
            if m.re is _ITEM_STOP_LOST else (
            m.end(2), m.end(3), "." if line[m.end(3):m.end(3) + 1] == " " else ". ", 0.75)
        after = regex.compile(rf"\s*{n + 1}[ ]*[.,:;]\s*\p{{L}}")  # (its capital read small maybe: "1 Pay manh" above
        # "2.
        # gan két", sample 000's engine on fresh seed 7226 eng000, the first task lost)
        before = regex.compile(rf"\s*{n - 1}[.,;:]\s*(?:\p{{Lu}}|b[aeiouy])")  # (its Đ read as a small b: "1. bay
        # manh" above "2 Gan két", sample 000's engine on fresh seed 4010 eng000, the tasks each read as the next's)
        # (or the item after it lost its stop too, the one after that has it: "1 Gắn kết" / "2 Tuyên truyền" / "3.
        # Kiểm tra", fresh seed 2363 eng000: two tasks had been lost)
        after_lost = regex.compile(rf"\s*{n + 1}[ ]{{1,3}}\p{{Lu}}")
        third = regex.compile(rf"\s*{n + 2}[ ]*[.,:;]\s*\p{{Lu}}")
        mended = [apply_edits(lines[k], [out[k]]) if k in out else lines[k] for k in range(max(0, i - 60), i)]
        below = lines[i + 1:i + 31]
        if (any(after.match(x) for x in below) or (any(after_lost.match(x) for x in below) and any(
                third.match(x) for x in lines[i + 1:i + 61]))) and (n == 1 or any(before.match(x) for x in mended)):
            out[i] = stop
        elif n >= 3 and _last_item_of_a_list(mended, n):  # the list's last item: the two before it above ("3 Gan két
            # với doanh nghiép" after "1." and "2.", fresh seed 1457 eng000: the last task had been lost)
            out[i] = stop
    for i, line in enumerate(lines):  # "1/.Kiem tra": the stroke goes
        if i not in out and (m := _ITEM_STROKE_BEFORE_STOP.match(line)):
            out[i] = (m.start(3), m.end(3), "", 0.8)
    # "- 3: Phát triển đội ngũ": a dash a speck put before an item's number, the item before it above (fresh seed 1062,
    # both OCRs: the task had been run into the one before it)
    for i, line in enumerate(lines):
        if i not in out and (m := _DASH_BEFORE_ITEM.match(line)) and \
                _item_above(lines, out, i, int(m.group(3)) - 1, r"[.,;:]+[\s\-]*"):
            out[i] = (m.start(2), m.end(4), f"{m.group(3)}.", 0.75)
    # "3; Phát triển đội ngũ": an item's stop read as a semicolon, the item before it above (it had been run into it)
    for i, line in enumerate(lines):
        if i not in out and (m := _ITEM_SEMICOLON.match(line)) and \
                _item_above(lines, out, i, int(m.group(2)) - 1, r"[.,;:]\s*"):
            out[i] = (m.start(3), m.end(3), ".", 0.8)
    # "ở. Tăng cường cơ sở vật chất" after the items 1. and 2., no item 3. below: its figure read as a letter no
    # lettered list opens with (vetplan's OCR of fresh seed 1583's scan, the list's last task lost)
    for i, line in enumerate(lines):
        if i in out or (m := _ITEM_FIGURE_READ_AS_A_LETTER.match(line) or _ITEM_THREE_READ_AS_B.match(line)) is None:
            continue
        mended = [apply_edits(lines[k], [out[k]]) if k in out else lines[k] for k in range(max(0, i - 60), i)]
        last = next(((k, x) for k in reversed(range(len(mended))) if (x := _ITEM_WITH_STOP.match(mended[k]))), None)
        if last is None or any(_PART_HEADING.match(ln) for ln in mended[last[0]:]):
            continue
        n = int(last[1].group(1)) + 1
        if m.re is _ITEM_THREE_READ_AS_B and (n not in (3, 8) or any(_LETTERED_A.match(x) for x in mended)):
            continue  # (a B is a 3's or an 8's shape; after an "A." it is the lettered list's: "B. Tổ chức thực hiện")
        if _last_item_of_a_list(mended, n) and not any(regex.match(rf"\s*{n}[.,:;]", x) for x in lines[i + 1:i + 31]):
            out[i] = (m.start(2), m.end(3), f"{n}.", 0.75)
    return out


#: an item's number and its stop with spaces between (group 2)
_ITEM_STOP_SPACED = regex.compile(r"^(\s*[1-9])([ ]+)(?=[.,][ ]+\p{Lu}\p{Ll})")


#: a line opened by one character that is no figure, Roman stroke, bullet or letter a lettered list uses, and a stop,
#: before a Capitalised word: an item's figure a scan read as a marked letter ("ở. Tăng cường")
_ITEM_FIGURE_READ_AS_A_LETTER = regex.compile(r"^(\s*)([^\s\da-zA-ZđĐ|!\[\]\-–+*•.,;:()\"'‘’“”`~_])([.,])"
                                              r"(?=\s+\p{Lu}\p{Ll})")


#: … or a 3 read as a B, its stop maybe an s ("Bs Tuyén truyén, tw van hoc nghé" after the items 1. and 2.: real
#: Tesseract-eng on fresh seed 12258, read "Bị Tuyên truyền", the list's last task lost)
_ITEM_THREE_READ_AS_B = regex.compile(r"^(\s*)(B)([.,s])(?=[ ]+\p{Lu}\p{Ll})")
_LETTERED_A = regex.compile(r"^\s*A[.,)]\s")


def _item_above(lines: list[str], out: dict[int, Edit], i: int, n: int, after_number: str) -> bool:
    """Whether the item ``n`` opens one of the 60 lines above line ``i``, as read (its number, ``after_number`` and a
    capital) or as mended (``out``: "n.")."""
    read = regex.compile(rf"\s*{n}{after_number}\p{{Lu}}")
    return any(read.match(lines[k]) or (k in out and out[k][2] == f"{n}.") for k in range(max(0, i - 60), i))


def _last_item_of_a_list(above: list[str], n: int) -> bool:
    """Whether the lines ``above`` an item ``n`` whose stop was lost hold the items n−2 and n−1 in order, written with
    their stops, and no item ``n`` of their own after them (the list's item n is then this one)."""
    items = [int(m.group(1)) for x in above if (m := _ITEM_WITH_STOP.match(x))]
    return len(items) >= 2 and items[-2:] == [n - 2, n - 1]


#: a numbered item with its stop, as a list writes it ("2. Đẩy mạnh chuyển đổi số"; its Đ read as a small b: "2. bay
#: manh", sample 000's engine on fresh seed 16161 eng000, where the last item "3   Gắn kết" after it had lost its task)
_ITEM_WITH_STOP = regex.compile(r"\s*([1-9])[.]\s*(?:\p{Lu}|b[aeiouy])")


def abbreviation_key(tok: str) -> str:
    """A word as the lexicon's abbreviation table is keyed: in capitals, Đ as D (``"QĐ"``, ``"Qd"`` → ``"QD"``)."""
    return tok.upper().replace("Đ", "D")


#: a word that may be an abbreviation: a capital and more letters ("GDDT", "QD", "Qb" in "522/Qb-TTg")
ABBR_WORD = re.compile(r"(?<![^\W\d_])[A-ZĐ][A-Za-zĐ]+(?![^\W\d_])")
TWO_CAPITALS = re.compile(r"[A-ZĐ]{2}")
#: three capitals or more glued to a small letter before them, ending a word ("trucHDND")
GLUED_CAPITALS = re.compile(r"(?<=[a-zà-ỹđ])[A-ZĐ]{3,}(?![^\W\d_])")
#: three capitals or more opening a word, glued to small letters after them ("HDNDtinh")
CAPITALS_BEFORE_SMALL = re.compile(r"(?<![^\W\d_])(?<![-/])[A-ZĐ]{3,}(?=[a-zà-ỹđ])")  # (a code's: split_glued_codes)


#: what OCR makes of a scan's speck inside a word of capitals: a quote mark, a cent sign, a degree sign, a dot
SPECKS = "’‘'`¢°·"
#: capitals with one speck inside: "G‘DNN" (GDNN), "21-CT/T'W" (TW), and a code's small letters after it in a
#: document number: "2239/QD-TT¢g" (TTg)
SPECKED_CAPITALS = re.compile(rf"(?<![^\W\d_])[A-ZĐ]+[{SPECKS}][A-ZĐa-z]+(?![^\W\d_])")


def fix_abbreviations(line: str, table: dict[str, str]) -> list[Edit]:
    """Restore Đ in known abbreviations: ``"GDDT"`` → ``"GDĐT"``, ``"46/2015/QD-TTg"`` → ``QĐ`` (also after a slash
    read as I: ``"522IQD-TTg"``); and a known
    abbreviation with a scan's speck inside: ``"G‘DNN"`` → ``"GDNN"``, ``"2239/QD-TT¢g"`` → ``"TTg"``; and a
    known code after the issuer's letter in a document number: ``"45/KH-SLDTBXH"`` → ``"SLĐTBXH"``; one glued to
    the word before or after it: ``"trucHDND"``, ``"HDNDtinh"`` → ``"HĐND"`` (:func:`split_glued_abbreviations` parts
    them), or a document code's glued to the word after it: ``"TT-BLDTBXHngay"`` → ``"BLĐTBXH"``
    (:func:`split_glued_codes` parts them)."""
    out: list[Edit] = []
    if "/" not in line and "-" not in line and not TWO_CAPITALS.search(line):
        return out  # neither a word in capitals nor a document number: nothing to restore (most lines)
    if any(c in line for c in SPECKS):
        for m in SPECKED_CAPITALS.finditer(line):
            joined = re.sub(f"[{SPECKS}]", "", m.group(0))
            form = table.get(abbreviation_key(joined))
            if form and (form.isupper() and joined.isupper() or (
                    joined == form and line[m.start() - 1:m.start()] in ("-", "/") and m.start() > 0)):
                out.append((m.start(), m.end(), form, 0.8))
    for m in ABBR_WORD.finditer(line):
        tok = m.group(0)
        key = abbreviation_key(tok)
        form = table.get(key)
        if form is None and tok[:1] == "I" and m.start() and line[m.start() - 1].isdigit() and tok[1:].isupper():
            # the number's slash read as I before the type ("522IQD-TTg": fix_document_numbers makes the slash; the
            # code's Đ is restored here, where the line is read once — a clean pass later would not look again)
            code = tok[1:]
            if (known := table.get(abbreviation_key(code))) and known != code and known.isupper():
                out.append((m.start() + 1, m.end(), known, 0.9))
            continue
        if form and form != tok and form.upper() == form and tok.isupper():
            out.append((m.start(), m.end(), form, 0.9))
        elif _docnum_part(line, m.start(), m.end()) and tok.count("b") == 1 and tok[0] != "b" and \
                tok.replace("b", "D").isupper():
            # Tesseract-eng reads Đ as "b" in document numbers: "522/Qb-TTg" → "522/QĐ-TTg"
            form = table.get(tok.replace("b", "D"))
            if form and "Đ" in form:
                out.append((m.start(), m.end(), form, 0.8))
        elif form is None and tok.isupper() and line[m.start() - 1:m.start()] in ("-", "/") and m.start() > 0:
            # a known code after the issuer's letter or two: "KH-SLDTBXH" (Sở LĐTBXH) → "SLĐTBXH"
            for cut in (1, 2):
                known = table.get(abbreviation_key(tok[cut:])) if len(tok) - cut >= 4 else None
                if known and "Đ" in known and known.isupper():
                    out.append((m.start(), m.end(), tok[:cut] + known, 0.8))
                    break
    # glued to the word before it, "trucHDND", or after it, "HDNDtinh" (split_glued_abbreviations parts them; its Đ
    # read as another capital too: a code's "HPNDtinh")
    for m in (*GLUED_CAPITALS.finditer(line), *CAPITALS_BEFORE_SMALL.finditer(line)):
        form = _known_or_d_misread(m.group(0), table, line, m.end())
        if form and "Đ" in form and form != m.group(0) and form.isupper():
            out.append((m.start(), m.end(), form, 0.8))
    for at, _at, _sp, _c in split_glued_codes(line, table):  # a code's last part glued to the next word
        start = max(line.rfind("/", 0, at), line.rfind("-", 0, at)) + 1  # "43/2016/TT-BLDTBXHngay": BLĐTBXH
        form = table.get(abbreviation_key(line[start:at]))
        if 0 < start < at and form and "Đ" in form and form != line[start:at] and form.isupper():
            out.append((start, at, form, 0.8))
    # (an issuer's letters before a known code written right, "SILĐTBXH", is no edit: it would overlap another fixer's)
    return [e for e in out if line[e[0]:e[1]] != e[2]]


#: the label "Số" before a header's document number, its ố read as digits or other letters ("S6:", "S50:",
#: "Sô:", "S§:" before "73/KH-UBND"; the slash may be read as "I": "S6:73  IKH-UBND"; its S as a dollar or section
#: sign: "$6: 305/KH-UBND", or a figure before a colon: "50: 207/KH-UBND"; before a colon a symbol code's stand-in, no
#: word: "SS: 247/KH-UBND", "Su: 234/KH-UBND")
_NUMBER_LABEL = re.compile(r"^(\s*[.,_“‘]?\s*)([S$§s][\doOóòôốồổỗộơớờởỡợeéèđ§@°^~]{1,2}"
                           r"|S(?![a-zà-ỹ]{2,}\s*:)\S{1,3}?(?=\s*:)|[58][0oOóô6ö](?=\s*:)|-[ ]?6(?=:)"
                           r"|S[éèeêoô6][dđ](?=\s*:)|S(?=:[ ]*\d{1,5}/))"  # (its ố read "éd": "Séd: r141/KH-UBND",
                           # sample 000's engine on fresh seed 7902 eng000, the number lost; its vowel lost: "S:
                           # 158/KH-UBND", 8278 eng000, read "Sở:")
                           rf"(?=\s*[:;?]{{0,2}}[\s.]*(?:[‘’'`°º]|[a-z\[-](?=\d))?\s*\+?(?:[Il|](?=\d)|L(?=\d{{1,4}}/?KH-))?\d+"
                           rf"(?:[‘’'`]?[ ]{{1,2}}\d+)?"  # (its first figure an I: "Số; I60 KH-SLĐTBXH", fresh scan
                           # 3617)
                           rf"(?:[\w.]*\s*[/I|]\s*[A-ZĐ]|\.?{_DOC_CODES}(?:[,.;:'‘’][ ]?)?-|[ ]{_DOC_CODES}-[A-ZĐ]))")
# (a speck and a space before the code's hyphen: "So: 3071KH, -SLDTBXH", 10681 eng000; its slash read as a space:
# "$6:'325 KH-SLDTBXH Binh Phurdc", real Tesseract-eng on fresh seed 5519, the number lost)
# ("181KH-", "+6/"; a quote speck before the number: "Sd: ‘ 286/KH-SLbTBXH", fresh seed 701 eng000, the number had
# been lost; or stops, "$6:..245/KH-UBND", fresh seed 656 eng; its colon read as a semicolon: "S06; 50/KH-UBND", real
# Tesseract-eng on fresh seed 2748, the number lost; its S read as a dash: "- 6: 315/KH-SLDTBXH", real Tesseract-eng on
# fresh seed 3070, the number lost; its colon read twice: "50::205/KH-UBND", real Tesseract-eng on fresh seed 3252, the
# number lost; its S read 8: "86: 150/KH-SLDTBXH", 3801, the number lost; its colon read as a question mark: "SO?
# 282/KH-SLDTBXH", real Tesseract-eng on fresh seed 10764, the number lost)


#: the number's first figure 1 read as an I, l or bar after its label ("Số; I60 KH-SLĐTBXH Cao Bằng": vetplan's OCR of
#: fresh seed 3617's scan, the number lost); an L too, before the plan's type code, its slash lost ("So: L7KH-UBND Tay
#: Ninh": real Tesseract-eng on fresh seed 12522, the number and the place lost)
_NUMBERS_ONE_READ_AS_I = regex.compile(r"(?<=^\s*S\S{0,2}\s*[:;]{1,2}\s*)(?:[Il|](?=\d{1,4}(?:[ ]{1,2}|/)[A-ZĐ]{2})"
                                       r"|L(?=(?P<digits>\d{1,4})(?P<slash>/?)KH-[A-ZĐ]{2}))")  # (group slash
# empty: the slash lost, put back after the digits)


#: a number of ones, some read as letters, after its label ("So: L1I/KH-SLDTBXH": real Tesseract-eng on fresh seed
#: 6836, 111, read "Lại", the number lost) — a figure 1 among them, so no word
_NUMBERS_ONES_READ_AS_LETTERS = regex.compile(r"(?<=^\s*S\S{0,2}\s*[:;]{1,2}\s*)(?=[IlL|]{0,3}1)(?=1*[IlL|])"
                                              r"[IlL|1]{2,4}"
                                              r"(?=/[A-ZĐ]{2})"
                                              # (or its 0s read O, its 1s letters all: "So: LLO/IKH-UBND", "So:
                                              # 1O6/KH-SLDTUBXH", real Tesseract-eng on fresh seeds 10558 and 10233,
                                              # the number lost)
                                              r"|(?<=^\s*S\S{0,2}\s*[:;]{1,2}\s*)(?=[\dIlL|Oo]{0,3}[Oo]|[IlL|]{3,4}/)"
                                              r"(?=[\dIlL|Oo]{2,4}/I?KH-)[\dIlL|Oo]{2,4}(?P<stroke>/I(?=KH-))?")
#: a number's slash read as a stop and a space before the plan's code ("So: 56. KH-SLDTBNE": real Tesseract-eng on
#: fresh seed 10403, the number and place lost)
_SLASH_READ_AS_A_STOP = regex.compile(r"(?<=^\s*S\S{0,2}\s*[:;]{1,2}\s*\d{1,4})\.[ ]?(?=KH-[A-ZĐ])")


def _numbers_ones_read_as_letters(line: str) -> list[Edit]:
    return [(*m.span(), m[0].removesuffix(m["stroke"] or "").translate(_DIGIT_LOOKALIKES)
             + ("/" if m["stroke"] else ""), 0.8)  # (a stroke after its slash with it: "/IKH")
            for m in _NUMBERS_ONES_READ_AS_LETTERS.finditer(line)
            ] + [(*m.span(), "/", 0.8) for m in _SLASH_READ_AS_A_STOP.finditer(line)] if line[:1] == "S" else []


def fix_number_label(line: str) -> list[Edit]:
    """The "Số:" label of a document number, however OCR read its vowel: ``"S50: 73/KH-UBND"`` → ``"Số: …"``; a speck
    before it goes (``".Sð:181KH-UBND"``); its colon read as a semicolon is one (``"S06; 50/KH-UBND"`` → "Số: 50");
    a number of ones read partly as letters is read (``"So: L1I/KH-SLDTBXH"`` → "111")."""
    m = _NUMBER_LABEL.match(line) if line.lstrip(" .,_“‘")[:1] in ("S", "$", "§", "5", "8", "-", "s") else None  # (a
    # quote's speck before it: "“S06: 71/KH-SLDTBXH", real Tesseract-eng on fresh seed 10270, the number lost)
    if m is None or (m.group(2)[:1] == "s" and line[m.end(2):].lstrip()[:1] != ":"):  # (its S small too, before its
        # colon: "so: 290/KH-SLĐTBXH Hue, ngày", vetplan's OCR of fresh seed 2496's scan, the number lost — a
        # citation's "số 1956/QĐ-TTg" opening a line stays)
        return _numbers_ones_read_as_letters(line)
    at = m.start(2) - len(m.group(1).lstrip())  # (the speck's)
    quote = _QUOTE_BEFORE_THE_NUMBER.match(line, m.end(2))  # ("Sd: ‘ 286/KH": the quote goes)
    colon = m.end(2) + len(line[m.end(2):]) - len(line[m.end(2):].lstrip())  # ("S06; 50/KH": its colon read ";")
    doubled = line[colon:colon + 2] in ("::", ":;", ";:", ";;")  # ("50::205/KH": one colon)
    one = _NUMBERS_ONE_READ_AS_I.search(line)  # ("Số; I60 KH-": 160)
    return ([] if line[at:m.end(2)] == "Số" else [(at, m.end(2), "Số", 0.9)]) + \
        ([(*one.span(), "1", 0.85)] + ([(one.end("digits"), one.end("digits"), "/", 0.85)]
                                        if one["digits"] and not one["slash"] else [])
         if one else _numbers_ones_read_as_letters(line)) + \
        ([(colon, colon + 1 + doubled, ":", 0.85)] if line[colon:colon + 1] in (";", "?") or doubled else []) + \
        ([(*quote.span(1), " " if line[quote.start(1) - 1] in ":;" else "", 0.85)] if quote else [])


#: a quote speck between the number's label and the number (group 1, the quote and the space after it)
_QUOTE_BEFORE_THE_NUMBER = re.compile(r"\s*[:;]?\s*([‘’'`°º]\s*|\.+|[a-z-](?=\d))(?=\+?[\d\[])")  # (or specks as
# stops: "$6:..245/KH", fresh seed 656 eng: the number had been lost; a speck's small letter: "S6: b3  00/KH-SLPTBXH",
# sample 000's engine on fresh seed 4989 eng000, read "bị 00", the number lost; a hyphen: "S0:-176/KH-UBND", real
# Tesseract-eng on fresh seed 5203, the number lost; a degree sign: "S6:°342/KH-UBND", 12090, the number lost)


#: the file copy that closes the recipients ("- Lưu: VT, KGVX."), its word however damaged: "L}U:VT", "Latu: VT", a
#: code's group in it: "Ll,ru: VT" (Vietnamese OCR: "bưu", or its L lost: "ưu"; group 2 the label, group 3 the "VT"
#: the decoder must leave, its T as OCR may read it: "V7", "VI", "VL", "Vie")
FILE_COPY = re.compile(r"^(\s*[-–—+•*~_=‘'.:;)\"“”]*\s*(?:\[(?=[Ll]))?)([LlbIf]\S{0,4}?|[uư]u|\[[uư]u|[1|l][ ]?[uư]u"
                       r"|[EF][Il|][uư][uư]"  # (its L read as two capitals: "- EIuu: VV", vetplan's OCR of fresh seed
                       # 5115's scan, taken for a recipient)
                       r"|EU(?=:[ ]V[TE](?![^\W\d_]))"  # (its "Lư" read E, its u a capital, its T an E: "- EU: VE",
                       # vetplan's OCR of fresh seed 7744's scan, taken for a recipient)
                       r"|ho?u(?=[ ]V[T0](?![^\W\d_]))|h[au]?u(?=:[ ]V[TEI](?![^\W\d_]))|huu(?=r[ ]V[TEI](?![^\W\d_]))"
                       r"|(?<=^-[ ])hare(?=[ ]VE[ ][A-ZĐ])"
                       r"|(?<=^-)\[tu(?=sV[T1](?![^\W\d_]))"  # (its L a bracket and a t, its colon an s, glued:
                       # "-[tusV1 Phạm Văn Tuần", vetplan's OCR of fresh seed 7413's scan, a recipient)
                       r"|T[uư]ra(?=:[ ]V[T0](?![^\W\d_]))"
                       r"|\[[a-zư]{1,2}u(?=:[ ]V[TI](?![^\W\d_]))"  # (its L a bracket, its ư two letters: "- [atu: VI",
                       # vetplan's OCR of fresh seed 7000's scan, read "[từ: VI", a recipient)
                       r"|t[uư](?=:[ ]V(?:T(?![^\W\d_])|\s*$)))"  # ("- tu: V": vetplan's OCR of fresh seed
                       # 6818's scan, its L read t and its ư lost, its T lost, a recipient)
                       # (its L read T and ư "ur": "- Tura: V0. Ha Duc An",
                       # real Tesseract-eng on fresh seed 10092, read "Tra", a recipient; its L read h, the colon
                       # lost: "- hu VT. Dinh Xuan Linh", "- hou V0. Nguyen Hong Linh", real Tesseract-eng on fresh
                       # seeds 4687 and 4688, read "họ", a recipient; its "Lư" read "ha" and its T an E: "- hau: VE .
                       # Pham Hong Cuong", 5104, read "Hậu: Về", a recipient; "uu": "-huu: VE. Mai Thu Hang", 11508)
                       r"(\s*[:;.],?\s*(?:[a-z](?=VT(?![^\W\d_])))?|[zsx](?=VT)|(?<=\[tu)s(?=V1)"
                       r"|(?<=[Ll][uư][uUv])[zsx]?[ ]+"
                       r"|(?<=^-[ ]hare)[ ](?=VE[ ][A-ZĐ])"  # (its L read h and "ưu:" "are", its T an E: "- hare VE
                       # Dinh Thi Huong", real Tesseract-eng on fresh seed 12008, read "hại Về", a recipient; its second
                       # u read v: "= Luvs V1", 12088, read "Lực và", a recipient)
                       r"|(?<=[Ll][uư]e)[ ]+(?=V[TL](?![^\W\d_]))"  # (its second u read e, its T an L: "- Lue VL",
                       # real Tesseract-eng on fresh seed 5818, read "Lực Và", a recipient)
                       r"|(?:(?<=[bL][uư])|(?<=hu)|(?<=hou))[ ]+(?=V[T0](?![^\W\d_]))"  # (its L read b, one u, the
                       # colon lost: "- bu VT Ngo
                       # Thanh Linh", real Tesseract-eng on fresh seed 3885, read "bị VT", a recipient)
                       r"|(?<=[uưU])[zsx][ ]+(?=(?:VT|W[TIl1])(?![^\W\d_]))"  # (its V read W too: "- Ltrus WT.",
                       # real Tesseract-eng on fresh seed 6951, read "truy Tố", a recipient)
                       r"|(?<=huu)r[ ]+(?=V[TEI](?![^\W\d_])))"  # (its L read h, its colon r: "-huur VE. Cao Kim
                       # Lan", real Tesseract-eng on fresh seed 10984, read "hữu Về", a recipient; "- hu: VI. Vo Thu
                       # Yen", 10777, read "họ: VI")
                       r"(VT|V[7Il1LEVÌÍỈĨỊ40]|Vie|[v\\]T|V['‘’`][TE]|W[TIl1]|(?<=[:;.][ ])V(?=\s*$)"
                       r"|VTE(?=[.,;]?\s*$)|VTF(?=[.,;]?\s*$|[ ][A-ZĐ])"  # (a speck after it read E: "- Ltru:
                       # VTE.", real Tesseract-eng on fresh seed 4387, read "trụ: VTE", a recipient; or F, before the
                       # signer's name: "- bưu: VTF Hoàng Ngọc Trang", vetplan's OCR of fresh seed 7629's scan, a
                       # recipient)
                       r"|(?<=[:;][ ])V[iìíỉĩị](?=[.,;:]|[ ][A-ZĐ][a-zà-ỹđ])|(?:(?<=[:;],[ ])|(?<=[:;][ ]))VF(?=\s*$)"
                       r"|(?<=[:;][ ])Vt(?=[ ][A-ZĐ]|[.,;]?\s*$))"  # (its T small: "- Luu: Vt Nguyén Kim Hang",
                       # real Tesseract-eng on fresh seed 7237, read "Vũ", a recipient)
                       r"(?![^\W\d_])")  # (its T a small i with a mark before the signer's name: "- Lưu: Vĩ Ngõ
                       # Hồng An", its T an F after a comma's speck: "- Lưu:, VF", vetplan's OCR of fresh seeds 3680
                       # and 3649's scans, each read as a recipient; no comma: "- bưu: VF", 4197's)
                       # (its T a small i with a mark: "- Lưu: Vĩ.
# Nguyễn Văn Lộc", vetplan's OCR of fresh seed 2249's scan, a recipient "Lưu" and the signer lost)
# (an em dash before it and its L read f: "—furu: V1 Neuyen Xuan Tu", real Tesseract-eng on fresh seed 977, whose
# signer had been "Vũ Nguyên Xuân Tú"; a quote: "\"Lau: VT. =.", fresh seed 2447, read "Lâu" and the line taken for
# the last recipient's, the signer's name before it lost; its L read as a figure one and a space: "-1 ưu; VT",
# vetplan's OCR of fresh seed 1665's scan, taken for a recipient)
# (a speck's small letter glued before "VT": "Luu: rVT", which had been read "rất";
# its colon read as a letter: "LưuzVT", "LuUsVT"; lost: "Luu VI", or read as a letter before a space: "Luus VI"; its T
# as E or V: "VE", or an I with a mark, Vietnamese OCR's: "-Lựu: VÌ Lâm Hữu Việt", whose Lâm the decoder had made "Làm")
# (a symbol code's V small or its stand-in backslash, the code of sample 004: "- Luu: vT.", "- Luu: \T." — read "và",
# "ở", and the recipients had taken the file copy for one of theirs)
# (its L read as a bracket, its T lost at the line's end: "-[ưu: V", vetplan's OCR of fresh seed 1368's scan, the file
# copy taken for a recipient)
# (its T read 4, its colon lost: "-Luu V4", real Tesseract-eng on fresh seed 3817, read "Lưu và", a recipient)
# (its colon read as a letter after another word of its letters: "btrus VT Tran Thi Nam", real Tesseract-eng on fresh
# seed 1910, read "trực VT", a recipient)
# (a speck's quote between its V and T, the T read E: "Lưu: V'E", vetplan's OCR of fresh seed 1771's scan, read as a
# person's name "Lưu V'E", its colon dropped as a speck's, and taken for a recipient; its V read W: "- Luru: WI. Mai Van
# Ha", real Tesseract-eng on fresh seed 2752, read "Bị" and taken for a recipient; a bracket before it: "[L.uu: VI",
# vetplan's OCR of fresh seed 1941's scan)


def fix_file_copy_label(line: str) -> list[Edit]:
    """The "Lưu" of the recipients' last item, "Lưu: VT" (the office's file copy, Nghị định 30/2020/NĐ-CP), however
    OCR or a symbol code wrote it: ``"- L}U:VT."`` → "Lưu" (it had been read "LUẬT", "Lâu", "Lại"), and its "VT"
    with the T misread: ``"- Luu: V7"`` → "VT"; its colon lost: ``"~ Luu VI Bui Kim Hung"`` → "Lưu: VT"."""
    m = FILE_COPY.match(line)
    if m is None:
        return []
    word = m.group(2)
    out: list[Edit] = [] if word in ("Lưu", "LƯU") else [  # (its L read small too: "- lưu: VT Võ Thu Phong",
        # vetplan's OCR of fresh seed 1850's scan, the signer's name after it lost)
        (m.start(2), m.end(2), "LƯU" if word.isalpha() and word.isupper() and word != "EU" else "Lưu", 0.9)]
    if not any(c in ":;." for c in m.group(3)) or m.group(3)[-1:].islower():  # its colon read as a letter or lost:
        # "LưuzVT", "Luu VI", "Luus VI"; a speck after it, "Luu: rVT"
        out.append((m.start(3), m.end(3), ": ", 0.8))
    if m.group(4) != "VT":  # its T misread: "- Luu: V7" (a signer's name merged after it had taken "Vie" for Vũ)
        out.append((m.start(4), m.end(4), "VT", 0.8))
    return out


def fix_speck_glued_in_a_name_after_the_file_copy(line: str) -> list[Edit]:
    """The signer's name the signature column merged after the file copy, a speck glued between two of its words: ``"-
    Luu: VT Do:Anh Viet"`` → "Do Anh Viet" (real Tesseract-eng on fresh seed 1341: the name, "Anh Viết" after the
    colon, had been lost); a code after the file copy keeps its stop ("- Lưu: VT, KGVX.")."""
    m = FILE_COPY.match(line)
    return [] if m is None else [(k.start(), k.end(), " ", 0.8) for k in _SPECK_GLUED_IN_A_NAME.finditer(line, m.end())]


#: a speck glued between two Capitalised words ("Do:Anh")
_SPECK_GLUED_IN_A_NAME = regex.compile(r"(?<=(?<!\S)\p{Lu}\p{Ll}{0,6})[:;.,](?=\p{Lu}\p{Ll})")


#: "Thường trực" (the standing body) before the body it heads — HĐND, UBND, Tỉnh ủy, Thành ủy, Huyện ủy, Đảng ủy —
#: however OCR or a symbol code wrote its letters: "Thudng tre", "Thwng tre", "Thuong .truc", "ThuGng try", "Th6}ng
#: trucT^nhuy" (a code's lost space), "Thuong tnre" (its r read as an n or m), "Phuong truc" (its T read P), "Thurorig
#: true" (its n read as "ri", fresh seed 379 eng), "Thuangtr\\l'ie HDND" (a code's group for ự, fresh seed 657 code004).
#: Its first word is Th…ng (or Ph…ng), its second tr (or tn, tm) and up to five more (never "trường", "trình"); the
#: body's Capital after them
_STANDING_BODY = regex.compile(r"(?:(?<![\p{L}\d])|(?<=^\s*[-–]l))((?:[TP]|\[(?=h))[hH]\S{1,4}?(?:[nNlm]|ri)?[gG])"
                               r"([\s.]*|[ ]*[,;:][ ]*|-[‹›«»]?)"  # (its T read as a bracket: "[hương trực Tình ủy",
                               # vetplan's OCR of fresh seed 1941's scan, the recipient lost; a colon's speck after
                               # it, "Thuong: truc.Tinh uy", real Tesseract-eng on fresh seed 3241, read "Thương:")
                               r"(t[rRnm]\S{0,6}?"
                               # (its n lost: "Thug tru Tinh uy", real Tesseract-eng on fresh seed 979; specks for
                               # the space, "Thường-‹trực Tỉnh ủy", vetplan's OCR of fresh seed 840's scan)
                               # (its r lost too, before an abbreviated body or a party committee: "Thuong te Tinh uy",
                               # "Thuéng tye Tinh dy", fresh seeds 1255 and 1303 eng)
                               r"|,r\S{1,2}?(?=[\s.]+[TL]\S{1,3}(?i:nh))"  # (its t lost, its ự a code's group: "ThmOng
                               # ,rc Tinh uy", fresh seed 1814 code004, read "Thường có")
                               r"|r\S{1,2}?(?=[ ]+T\S{1,3}(?i:nh)[ ]*\S{0,2}[yYv](?![\p{L}\d]))"  # (no comma:
                               # "ThuOng rve Tinh uy", fresh seed 2315 code004, read "Thường về"; the committee's words
                               # glued: "Thmang rvC Tinhuy", 7524 code004, read "Thang rực Tin huy")
                               r"|r\S{1,3}?(?=[\s.]*[HU][A-ZĐ]{3}(?:(?![\p{L}\d])|(?=t)))"  # (its t lost: "Thuong ruc
                               # HDND", fresh seed 887 code004; glued to the body too, "Thuong rvCHDND tinh", 1701
                               # code004; the body glued to "tỉnh", "Thuong rvc HDNDtinh", fresh seed 2462 code004)
                               r"|t\S{0,4}?(?=[\s.]*(?:[HU][A-ZĐ]{3}(?:(?![\p{L}\d])|(?=t))"  # (a code's group for
                               # its ự, its c written e, the body glued to "tỉnh": "ThuOng t\\l'e HDNDtinh", fresh seed
                               # 1609 code004, read "Thường tế")
                               r"|[TLP]\S{1,3}(?i:nh)\.?\s*\S{0,2}[yYv](?![\p{L}\d]))))"  # (a speck: "Tinh. ty"; its T
                               # read P, "Phuong tue Pinh uy", real Tesseract-eng on fresh seed 5057, the item lost)
                               r"(?=[\s.]*(?:[a-z](?=T))?(?:[HU][A-ZĐ]{3}|H[ĐDBP][ ]ND|Tỉnh|Tinh|Thành|Thanh|Huyện"
                               r"|Huyen|Đảng|Dang"
                               r"|[TLP]\S{1,3}(?i:nh)"
                               # (its n lost too, "trvc Tihuy", fresh seed 1834 code004)
                               r"|T[^\sh]{1,2}rh(?:[ ]|[uU][yY])|T[^\sh]{1,2}M(?:[ ]|l?[uU][yY])|T[^\sh]h[uU][yY]"
                               # (an l for the space after a code's M: "Thuong trvc TimMluy;", fresh seed 7804
                               # code004, the recipient lost)
                               # (a code's nh written M: "ThuOng trve TiuM
                               r"|T[^\sh]{1,2}[mn]\}[ ]"  # uy", fresh seed 1106 code004, read "Thưởng trần"; or its h a
                               r"|T[^\sh]{1,2}[ml]h[ ]"  # brace, "Tim} uy", fresh seed 1219 eng000; its n an m (or an
                               # l: "tr\\l'ielTilh ủy", fresh seed 4652 code004), "Thmang
                               r"|Hội đồng))")  # tr\l'ic Timh uy", "Thuamgtrvc HDND", fresh seed 1266 code004; glued
# to its "ủy": "tr\l'ic Tirhuy", "trvc TimMuy", fresh seeds 1700 and 1724 code004, read "Thủy", "Tìm Mua")


#: a capital consonant standing alone before a word that opens with a vowel: a syllable a scan parted after its first
#: letter ("Sở N Ong nghiệp", "Sở N ông nghiệp": Nông)
_PARTED_AFTER_CAPITAL = regex.compile(r"(?<![\p{L}\d.,])[BCDĐGHKLMNPQRSTV]([ ])(\p{L}+)(?![\p{L}\d])")


#: the onsets of two letters whose second a scan may part from the capital first ("T hanh": Thanh)
_ONSET_PAIRS = frozenset(("th", "ch", "nh", "ph", "kh", "tr", "gh", "ng"))
#: … or before its last letter, the h or g of its "ch", "nh", "ng" ("KE HOAC H", "ke hoac h": hoạch) — no word is that
#: letter alone, where a lone "n", "c" or "t" may be a word whose vowel a scan lost ("Dé n" Đề án)
_PARTED_BEFORE_LAST_LETTER = regex.compile(r"(?<![\p{L}\d])(\p{L}{2,})([ ])([hgHGpP])(?=[ ]|$)")  # (or a final p:
# "HUYEN PINH LA P", Đình Lập, fresh seed 1050 eng000: it had been "ĐÌNH LẬP Ở")


def parted_syllables(line: str) -> list[tuple[int, int]]:
    """Where a scan parted a syllable after its capital first letter, the two spelling a syllable: ``"Sở N Ong
    nghiệp"`` → ``[(4, 5)]``, the space between "N" and "Ong" (read as one word, Nông; it had become "Số Ơn Ông"), or
    before its last letter: ``"KE HOAC H"`` → ``[(7, 8)]`` (it had been "KẾ HOẠCH HỌ"), where the letter opens no
    syllable with the word after it. A letter with a stop or bracket after it (an initial, a list's letter) is left, and
    so is a word that opens with no vowel, but for the second letter of an onset of two in small letters: ``"tỉnh T
    hanh Hoa"`` → "Thanh" (real Tesseract-eng on fresh seed 3835, read "Từ hành", the title lost)."""
    out: list[tuple[int, int]] = []
    for m in _PARTED_AFTER_CAPITAL.finditer(line):
        word = m.group(2)
        onset = (line[m.start()] + word[:1]).lower()
        if (skeleton(word[0].lower()) in "aeiouy" or (onset in _ONSET_PAIRS and word.islower() and len(word) >= 3)) \
                and is_valid_skeleton(skeleton((line[m.start()] + word).lower())):
            out.append((m.start(1), m.end(1)))
    for m in _PARTED_BEFORE_LAST_LETTER.finditer(line) if " " in line else ():
        word, letter = m.group(1), m.group(3)
        after = regex.match(r"[ ](\p{L}+)", line[m.end():])
        if (word.isupper() == letter.isupper() and is_valid_skeleton(skeleton((word + letter).lower()))
                and not (after and is_valid_skeleton(skeleton((letter + after.group(1)).lower())))):
            out.append((m.start(2), m.end(2)))
    return sorted(out)


#: the party committee a standing body heads, written after it: "Tỉnh ủy", "Thành ủy", "Huyện ủy", "Đảng ủy" ("Tinh
#: tiy", "Tinh iy", a code's "T^nhuy", "ToNhuy" (its N capitalised after a stand-in), "Tinh By", "Tl,rnh Cy", "Tinh$Y";
#: Vietnamese OCR's "Linh ủy", "Tỉnh ủv"): the
#: body word by its outline, then "ủy" as a y (or v) after at most two characters
# (its n read r: "Tirh iiy", fresh seed 908 code004, read "Từ nay"; a speck after it, "Tinhé tiy", fresh seed 2037
# eng000, read "Tinh túy")
_PARTY_COMMITTEE = regex.compile(r"[\s.]*(?P<speck>[a-z](?=T))?(?:(?P<tinh>[TLP][^\sh]{1,3}(?i:nh)[éè‘’'`]?"
                                 r"|T[^\sh]{1,2}rh|T[^\sh]h(?=[uU][yY])"
                                 r"|T[^\sh]{1,2}M"
                                 r"|T[^\sh]{1,2}[mn]\}|T[^\sh]{1,2}[ml]h)"  # (its h a brace: "Tim} uy", fresh seed 1219
                                 # eng000; its n an m, "Timh uy", 1266 code004; an l, "tr\\l'ielTilh uy", 4652)
                                 r"|(?P<thanh>Th\S{1,2}nh)"
                                 r"|(?P<huyen>H\S{1,3}n)|(?P<dang>[ĐD]\S{1,2}ng))(?P<gap>\.?\s*)(?P<uy>[^\s;,.]{0,2}[yYv])"
                                 r"(?![\p{L}\d])")
_PARTY_BODIES = {"tinh": "Tỉnh", "thanh": "Thành", "huyen": "Huyện", "dang": "Đảng"}
#: the people's council after "Thường trực", its Đ read D or B, and the province's "tỉnh" after it ending the item, a
#: letter of it misread ("tilh", "tioh")
# (a code's nh written "M", "tiM", "tiuM", or its t lost, "inh": fresh seeds 876, 935 and 881 code004, read "tìm",
# "sinh"; its "ỉn" read as one m, "tmh": real Tesseract-eng on fresh seed 688 eng, left so)
_COUNCIL_AFTER_STANDING = regex.compile(r"[\s.]*(?P<council>H[ĐDBP][ ]?ND)(?:(?![\p{L}\d])|(?=t))"  # (or glued to it:
                                        # "HDNDtirh", fresh seed 1206 code004, read "từ"; its Đ a code's P, its
                                        # "tỉnh" a group's: "truc HPNDt\lNh", fresh seed 1476 code, read "Hành tỉnh")
                                        r"(?:[ ]*(?P<tinh>t(?:i[^\s;,.]h|[^\s;,.]nh|in[^\s;,.]|[^\s;,.]{1,2}M|[mn]h"
                                        r"|[^\s;,.]inh"  # (a stand-in before its i: "HPNDtfinh", fresh seed 1763)
                                        r"|[^\s;,.\p{L}][^\s;,.]?(?i:nh))"
                                        r"|inh)(?=[ ]*[;,.]?[ ]*$))?")


#: a speck's hyphen between "Thường trực" and the body it heads ("- Thường trực -Tỉnh ủy", vetplan's OCR of fresh seed
#: 974's scan: the recipient had kept it) — no plan writes a dash there
_DASH_AFTER_STANDING = regex.compile(r"(?<=(?<!\p{L})(?i:th\S{2,4}ng)[.,]?[ ]+(?i:tr\S{1,3}[ce]))[ ]*[-–][ ]*"
                                     r"(?=(?:(?i:t[ỉi]nh|huy[ệe]n|th[àa]nh)[ ]+[uủ]y|H[ĐDPB]ND|UBND)(?![\p{L}\d]))")
# (the council's Đ read P, "trực"'s c an e: "Thuong true -HPND tinh", real Tesseract-eng on fresh seed 2576, the
# recipient kept the dash; a speck's stop after its first word: "- Thureng. truce -HDND tinh:", 3427)


#: the council after "Thường trực" whose letters a scan misread past the abbreviations' fixer, its Đ an eth after a
#: stroke and a B before its D ("- Thường trực HIðNBD tỉnh;": vetplan's OCR of fresh seed 1080's scan, the recipient
#: lost; a hyphen before its D, "Thuong trire HDN-D tinh", real Tesseract-eng on fresh seed 1182), before "tỉnh" or
#: "huyện" or ending the item
_COUNCIL_MISREAD_AFTER_STANDING = regex.compile(r"(?<=(?<!\p{L})(?i:th\S{2,4}ng)[ ]+(?i:tr\S{1,4})[ ]+)"
                                                r"H[^\s;,.\p{Ll}]?[ðđĐDBP][^\s;,.]{0,2}N[^\s;,.]{0,2}D"
                                                r"(?=[ ]+(?i:t\S{1,3}nh|huy\S{1,2}n)|[ ]*[;,.]?[ ]*$)")


def fix_dash_after_standing_committee(line: str) -> list[Edit]:
    """``"- Thường trực -Tỉnh ủy"`` → "Thường trực Tỉnh ủy"; an item's own dash before it stays. The council after it
    misread: ``"Thường trực HIðNBD tỉnh"`` → "HĐND"."""
    return [(m.start(), m.end(), " ", 0.8) for m in _DASH_AFTER_STANDING.finditer(line)] + [
        (m.start(), m.end(), "HĐND", 0.8) for m in _COUNCIL_MISREAD_AFTER_STANDING.finditer(line)
        if len(m.group()) > 4]  # (four letters, "HDND", "HPND": the abbreviations' fixers')


#: "Thường trực" as an item before the people's council, both words misread past _STANDING_BODY's shapes ("- Thudhe
#: trurc HDND tinh;": real Tesseract-eng on fresh seed 3301, read "Thuế trước HĐND", the recipient lost): no other item
#: is two words of Th… and tr… before the council
_STANDING_BEFORE_THE_COUNCIL_MISREAD = regex.compile(r"(?<=^\s*[-–•~]\s*)(?!Thường trực)Th\p{L}{2,5}[ ]tr\p{L}{1,3}"
                                                     r"(?=[ ]+H[DĐP]ND(?![\p{L}\d]))")


def fix_standing_committee(line: str) -> list[Edit]:
    """"Thường trực" before the body it heads, read from its letters' outline: ``"- Thudng tre HDND tinh;"`` →
    "Thường trực" (the LM had read "Thường trẻ", "Thông tre", "Thống trị", "Thượng thư"); a space after it when a
    symbol code lost it ("trucT^nhuy"); a party committee after it, "Tinh tiy" → "Tỉnh ủy". Written right, or in
    capitals ("THƯỜNG TRỰC"), it is left."""
    if "h" not in line and "H" not in line:
        return []
    out: list[Edit] = []
    found = list(_STANDING_BODY.finditer(line))
    if not found:  # ("- Thudhe trurc HDND": both words past the pattern's shapes)
        out += [(m.start(), m.end(), "Thường trực", 0.8) for m in _STANDING_BEFORE_THE_COUNCIL_MISREAD.finditer(line)]
    for m in found:
        first, gap, second = m.group(1), m.group(2), m.group(3)
        if line[m.start() - 1:m.start()] == "l":  # a code's speck glued after the item's dash: "-lThuOng tr\\l'ieTinh"
            out.append((m.start() - 1, m.start(), "", 0.85))  # (fresh seed 2359 code004, read "thường triển")
        if first != "Thường" or second != "trực":  # (written right: the body after it may still be misread)
            space = "" if line[m.end():m.end() + 1] in (" ", ".") else " "
            out.append((m.start(1), m.end(1), "Thường", 0.85))
            if gap.strip() or not gap:  # a speck between the words: "Thuong .truc"; or none, "Thuangtruc"
                out.append((m.end(1), m.start(3), " ", 0.85))
            out.append((m.start(3), m.end(3), "trực", 0.85))
            if space:  # (an insertion of its own: it parts the glued token for the decoder)
                out.append((m.end(3), m.end(3), " ", 0.85))
        elif gap.strip() or not gap:  # (the words right, a speck between them: "Thường, trực HĐND", "Thường; trực")
            out.append((m.end(1), m.start(3), " ", 0.85))
        body = _COUNCIL_AFTER_STANDING.match(line, m.end(3))  # (the council's Đ lost where the code glued it to
        if body is not None and " " in body.group("council"):  # (a space inside it: "Thuong truce HB ND tinh:", real
            out.append((*body.span("council"), "HĐND", 0.8))  # Tesseract-eng on fresh seed 3486, read "Họ NĐ")
        if body is not None:  # "trực", "trvCHDND tinh", fresh seed 645 code004; its "tỉnh" a letter off, "tilh":
            # the abbreviations' fixer and the decoder read the rest)
            coded_tinh = body.group("council") == "HPND" and line[body.end("council"):body.end("council") + 1] == \
                "t" and (not (t := body.group("tinh") or "").isalpha() or t[1:2] not in "iìỉ")  # (a code's, glued to
            # its "tỉnh" written with a stand-in or a letter for one, "HPNDtfinh", fresh seed 1763 code: no fixer parts
            # it; "HPNDtinh" is fix_abbreviations'; glued to "trực" too, "trucHPNDt?nh", fresh seed 1667 code)
            if coded_tinh:
                out.append((*body.span("council"), "HĐND ", 0.8))
                if body.group("tinh") and body.group("tinh") != "tỉnh":
                    out.append((*body.span("tinh"), "tỉnh", 0.75))
            elif body.group("council") != "HĐND" and body.start("council") == m.end(3):  # (glued on both sides, its
                # space after it too: "trucHDNDtinh", fresh seed 1871 code, read "HĐNDtinh")
                glued = line[body.end("council"):body.end("council") + 1].isalpha()
                out.append((*body.span("council"), "HĐND " if glued else "HĐND", 0.8))
                if glued and body.group("tinh") and body.start("tinh") == body.end("council") and \
                        (skeleton(body.group("tinh")) == "tinh" or not body.group("tinh").isalpha()) and \
                        body.group("tinh") != "tỉnh":
                    out.append((*body.span("tinh"), "tỉnh", 0.75))  # (the decoder leaves a word a fixer parted; a
                    # code's stand-in in it too: "trucHDNDt<nh", fresh seed 8766 code, read "HĐND t<nh")
            if (tinh := body.group("tinh")) and tinh.isalpha() and (tinh.islower() or tinh[-1] == "M") and \
                    skeleton(tinh) != "tinh" and not coded_tinh:  # (glued, its space is split_glued_abbreviations')
                out.append((*body.span("tinh"), "tỉnh", 0.75))
        party = _PARTY_COMMITTEE.match(line, m.end(3))
        if party is not None:  # "… Tinh tiy": Tỉnh ủy (the decoder had read "Tinh túy", "Tỉnh tây", "Thủy")
            name = next(k for k in _PARTY_BODIES if party.group(k))
            body = _PARTY_BODIES[name]
            if line[party.start(name):party.end(name)] != body:
                out.append((party.start(name), party.end(name), body, 0.8))
            if party.group("speck"):  # (a speck read as a small letter glued before it: "Thuong truc rTinh uy", sample
                # 000's engine on fresh seed 1772 eng000, read "tỉnh ủy", the recipient lost)
                out.append((*party.span("speck"), "", 0.8))
            if "." in party.group("gap"):  # (a speck's stop: "Tinh. ty")
                out.append((party.start("gap"), party.end("gap"), " ", 0.8))
            again = None if party.group("gap") else _PARTY_WORD_AFTER.match(line, party.end())
            if again is not None:  # (a speck glued as its y, the word itself after it: "Tinhy uy", fresh seed 1478
                # eng000, had been "Tỉnh ủy ủy")
                out.append((party.start("uy"), again.end(), " ủy", 0.8))
            elif party.group("uy") != "ủy":
                out.append((party.start("uy"), party.end("uy"), ("" if party.group("gap") else " ") + "ủy", 0.8))
    return out


#: the party committee's word "ủy" after a space, however read ("uy", "ty", "iy")
_PARTY_WORD_AFTER = regex.compile(r"[ ]+[^\s;,.]{0,2}[yYv](?![\p{L}\d])")


#: "Chủ tịch" (the chairman) before the deputies or the body ("Chủ tịch, các PCT UBND tỉnh", "Phó Chủ tịch UBND"),
#: its vowels however OCR read them: "Chi tich", "Chi: tich", "Cht tich", the space lost "Chitich" (the LM had read
#: "Chỉ tích")
# (a code's small c for its capital: "- chii tjch, cac PCT")
_CHAIRMAN = regex.compile(r"(?:(?<![\p{L}\d])|(?<=^\s*[-–+•]l))(?:(P[hH]\S{0,2})\s+)?([cC][hHM](?![iI][aA])\S{1,2}?)"
                          r"((?:[:.'‘’]|[:.][-–])?\s*)"  # (a colon and a hyphen: "- Chi:-tich, cAc PCT", real
                          # Tesseract-eng on fresh seed 8146, the recipient lost)
                          r"(t\S{1,3}?[cC]h|t\S{1,2}[ceC][}nMh]|(?<=\s)[iíị][ce]h|j\S{0,2}?[cC][hM])"
                          # (a quote for the space: "Chiv'tich", real Tesseract-eng on fresh seed 682 eng, read "Chỉ
                          # tích"; its ch read "e}", then a brace's n: "Chii tie}, cac PCT", fresh seed 567 eng000, had
                          # been "Chi tiền"; or "eM", sample 004's h read M: "Chu tieM,cae PCT", fresh seed 655 code004;
                          # its t lost after a space, "Chii ich, caC PCT", fresh seed 1079 code004, had been "Chỉ ích";
                          # sample 004's h read M in "chủ", its t read j in "tịch": "cMii tich", "Chu jCM, cac PCT",
                          # fresh seeds 1831 and 1816 code004; its t lost and its c written e, "Chii ieh, cae PCT",
                          # fresh seeds 2210 and 2233 code004)
                          r"(?=\s*[,;]?\s*(?:[cCe]\S{0,2}[ceC][)'‘’`l]?\s*)?"  # (its "các" read "cae", a code's "Cac"
                          # or "caC", fresh seed 831 code004; glued to the deputies, "cacPCTUBND", fresh seed 757
                          # code004; a code's l for the space after it, "caelpcT", 10503 code004; its c written e
                          # too, "Chu tieM,eac PCT", fresh seed 2631 code004, read "Chủ tiềm"; a quote
                          # after it, "Chir'tich, cae’ PCT", real Tesseract-eng on fresh seed 3062, the recipient lost)
                          r"(?:(?:P[CcO0]T|Ph\S{1,2}\s+[Cc]h|UBND|HĐND|HDND|HBND|Ủy ban|Uy ban)\b|P[Cc]T(?=[uU]BND)"
                          r"|p[Cc]T(?=[ ]+UBND)))")
# (the deputies' C read O: "Cho tich, eac POT UBND tinh", real Tesseract-eng on fresh seed 4761, the recipient lost;
# their P small after a code's bracket: "Chii tieh, caC)pCT UBND", fresh seed 9953 code004, read "Chi tiết, các Cơ")


#: a speck read as a small letter alone between a recipient's last word and the chairman's position in the signature
#: column ("Thuong true HPND tinh i CHU TICH": real Tesseract-eng on fresh seed 7200, read "tỉnh vị", the recipient
#: kept it)
_SPECK_BEFORE_THE_CHAIRMAN = regex.compile(r"(?<=\p{Ll}[ ]+)[a-z](?=[ ]+(?:PH[OÓ][ ]+)?CH[UỦ][ ]+T[IỊ]CH(?![\p{L}\d]))")


#: "CHỦ TỊCH" in capitals, its T misread as another capital ("PHÓ CHỦ LỊCH": no phrase but the title has these
#: letters) or specks before it ("PHÓ CHỦ -FICH", "CHỦ - TỊCH", "CHU. .TICH", "CHU.-TICH": real Tesseract-eng on
#: fresh seed 5128, the signer's position lost)
_CHAIRMAN_CAPITALS = regex.compile(r"(?<![\p{L}\d])(PH[ÓO]\s+)?C(?:H|II)[ỦU]"
                                   r"(?:[.,]?\s+(?:[-–.,]\s*)+|[.,]?[-–]\s*|\s+(?!T))"
                                   r"[A-ZĐ][ỊIÍ]CH"
                                   r"(?![\p{L}\d])"
                                   r"|(?<![\p{L}\d])(PH[ÓO]\s+)?[¢©][ ]?H[ỦU]\s+T[ỊI]CH(?![\p{L}\d])"  # (its C a cent
                                   # sign apart: "PHO ¢ HU TICH", real Tesseract-eng on fresh seed 5955, read "PHỐ về")
                                   r"|(?<![\p{L}\d])(PH[ÓO]\s+)?CH[ỦU]\s+T[ỊI](?:C[A-GI-Z]|[GQ])H(?![\p{L}\d])")  # (a
# speck read as a capital inside it: "PHO CHU TICGH", real Tesseract-eng on fresh seed 5140, the signer's position lost;
# its C read G: "- Chai tich,-cac PCT UBND tinh; PHO CHU TIGH", 8061, the position lost)
# (its H read as two strokes: "Các sở, ban, ngành CIIU LỊCH", vetplan's OCR of fresh seed 4295's scan, the position
# lost)


#: the deputies' abbreviation after "các" before the committee ("Chủ tịch, các PCT UBND tỉnh"), its C read as another
#: letter or two ("các PET UBND", "các PŒGT UBND": the decoder had read "các ĐỂ"), or lost ("các PT UBND"); "các" with
#: its c read e ("cae PET UBND", fresh seed 485 eng)
_DEPUTIES_MISREAD = regex.compile(r"(?<=(?<![\p{L}\d])[cCe]\S{0,2}[ce](?:\s{1,2}|\)|-))P(?!CT(?!T))"
                                  r"(?:(?:[^\s\p{Ll}\d]{0,2}|c)T"
                                  r"|C(?:Œ|[ ])?[FE]|CTT)"  # (its T read as an F or E: "cac PCF UBND", real
                                  # Tesseract-eng on
                                  # fresh seed 1298; a speck before it: "các PCŒE BND", fresh seed 3696 scan; apart:
                                  # "các PC F UBND", 3916 scan; its T twice: "các PCTT UBND", 3879 scan)
                                  r"(?=\s+(?:UBND|HĐND|HDND|HBND)(?![\p{L}\d]))")


#: the copyright sign a scan read for the capital C of "Chủ tịch" ("- © hủ tịch, cạc-PCF UBND trnh:": vetplan's OCR of
#: fresh seed 1211's scan, the recipient lost), and a speck's hyphen between "các" and the deputies
_COPYRIGHT_FOR_C = regex.compile(r"©[ ]?[cC]?(?=h\S{1,2}[ ]t\S{1,3}ch(?![\p{L}\d]))")
_HYPHEN_BEFORE_DEPUTIES = regex.compile(r"(?<=(?<![\p{L}\d])[cC]\S{0,2}[ce])-"
                                        r"(?=P\S{1,3}\s+(?:UBND|HĐND|HDND)(?![\p{L}\d]))")
#: specks for the comma between "Chủ tịch" and "các" before the deputies ("- Chu tich;.cac PCT UBND tinh;": real
#: Tesseract-eng on fresh seed 3093, the recipient kept them; a semicolon alone: "- Cht tich; cac PCT UBND tinh;", 5901,
#: the item parted in two)
_SPECKS_BEFORE_THE_DEPUTIES_WORD = regex.compile(r"(?<=(?<![\p{L}\d])(?i:ch\S{1,2}[ ]t\S{1,3}ch))(?:[;.:]{2}|[;?])[ ]?"
                                                 r"(?=[cC]\S{1,2}[ ]PCT[ ])")
#: … or a quote glued after "các" ("Chủ tịch, cae’ PCT UBND tinh": real Tesseract-eng on fresh seed 3062, the recipient
#: kept it)
# (a question mark for the comma: "Chu tịch? cac PCT UBND", vetplan's OCR of fresh seed 3993's scan, the recipient kept
# it)
_QUOTE_BEFORE_DEPUTIES = regex.compile(r"(?<=(?<![\p{L}\d])[cC]\S{0,2}[ce])['‘’`](?=[ ]?P\S{1,3}\s+(?:UBND|HĐND|HDND)"
                                       r"(?![\p{L}\d]))")


def fix_chairman_title(line: str) -> list[Edit]:
    """"Chủ tịch" before the deputies or the body it chairs, from its letters' outline: ``"- Chi tich, cac PCT UBND
    tinh;"`` → "Chủ tịch" (it had been read "Chỉ tích"); in capitals, "CHỦ LỊCH" → "CHỦ TỊCH" (a signer's position
    merged after a recipients item: "- Thường trực Tỉnh ủy; PHÓ CHỦ LỊCH"); written right it is left. The deputies after
    it, their abbreviation misread: ``"- Chủ tịch; các PET UBND tỉnh;"`` → "PCT", or the word before it read as a speck:
    ``"Chu tich, « PCT UBND"`` → "các", or as two letters (``"Chi tich, ec PCT UBND"``); the committee after them, its
    U lost: ``"các PCT BND tỉnh"`` → "UBND"."""
    out: list[Edit] = [(m.start(), m.end(), ("PHÓ " if any(m.groups()) else "") + "CHỦ TỊCH", 0.85)
                       for m in _CHAIRMAN_CAPITALS.finditer(line)]  # (its Phó too: the decoder had read "PHỐ")
    for m in _CHAIRMAN.finditer(line):
        deputy = m.group(1) is not None  # (its "Phó" before it too: the decoder, without the title, read "Phố")
        caps = m.group(2).isupper() and m.group(4).isupper()
        title = ("Phó " if deputy else "") + ("CHỦ TỊCH" if caps else "Chủ tịch")
        if m.start() and line[m.start() - 1] == "l":  # (a code's l for the space after the item's dash: "-lChultjch,
            # cac PCT UBND tinh;", sample 004's code on dev seed 363 code004, the recipient lost)
            out.append((m.start() - 1, m.start(), " ", 0.85))
        if line[m.start():m.end()] != title:
            out.append((m.start(), m.end(), title, 0.85))
    out += [(m.start(), m.end(), "PCT", 0.8) for m in _DEPUTIES_MISREAD.finditer(line)]
    out += [(m.start() - 1, m.end(), "", 0.8) for m in _SPECK_BEFORE_THE_CHAIRMAN.finditer(line)]  # ("tinh i CHU")
    if "©" in line:  # ("- © hủ tịch")
        out += [(m.start(), m.end(), "C", 0.8) for m in _COPYRIGHT_FOR_C.finditer(line)]
    if "-P" in line:  # ("các-PCF UBND")
        out += [(m.start(), m.end(), " ", 0.8) for m in _HYPHEN_BEFORE_DEPUTIES.finditer(line)]
    if " P" in line or "'P" in line or "’P" in line:  # ("cae’ PCT UBND", "các'PCT")
        out += [(m.start(), m.end(), "" if line[m.end():m.end() + 1] == " " else " ", 0.8)
                for m in _QUOTE_BEFORE_DEPUTIES.finditer(line)]  # (glued: "các'PCT", fresh seed 3845 scan)
    if " PCT " in line:  # ("Chu tich;.cac PCT")
        out += [(m.start(), m.end(), ", ", 0.8) for m in _SPECKS_BEFORE_THE_DEPUTIES_WORD.finditer(line)]
    out += [(m.start(), m.end(), "các", 0.8) for m in _DEPUTIES_WORD_MISREAD.finditer(line) if m.group() != "các"]
    out += [(m.start(), m.end(), "UBND", 0.8) for m in _COMMITTEE_AFTER_DEPUTIES.finditer(line)]
    out += [(m.start(), m.end(), "" if m[0] not in ",-" and len(m[0]) == 1 or line[m.end():m.end() + 1] == " " else " ",
             0.8) for m in _SPECK_AFTER_DEPUTIES.finditer(line)]  # (a hyphen for the space too: "PCT-UBND tinh", real
    # Tesseract-eng on fresh seed 7744, the recipient kept it)
    out += [(m.start(), m.end(), "các ", 0.8) for m in _DEPUTIES_WORD_BRACKET.finditer(line)]
    out += [(m.start(), m.end(), "PCT", 0.8) for m in _DEPUTIES_P_SMALL.finditer(line)]
    out += [(m.start(), m.end(), "các PCT" + ("" if line[m.end():m.end() + 1] == " " else " "), 0.8)
            for m in _DEPUTIES_GLUED.finditer(line)]
    return out


#: … or glued to the deputies, their P small ("- Chu tiCh, cacpcT UBND tinh;": fresh seed 1565 code004, read "các cơ
#: UBND", the recipient lost)
_DEPUTIES_GLUED = regex.compile(r"(?<=\p{L}[,;][ ]?)[cC]\S{0,2}?[ceC]l?[pP][cC]T(?=[ ]*UBND(?!\p{L}))")  # (the
# committee glued to them too: "-Chu tich, c@CPCTUBND tinh;", fresh seed 6629 code, the recipient lost; a code's l for
# the space between: "- chu tich, caelpcT UBND tinh;", 10503 code004)


#: … or glued to the deputies by a code's bracket for the space ("- ChutiCh,cae)PcT UBND tinh;", fresh seed 1471
#: code004: it had been "cae)PCT", the recipient lost)
_DEPUTIES_WORD_BRACKET = regex.compile(r"(?<=\p{L}[,;][ ]?)[cC]\S{0,2}?[ceC]\)(?=[Pp][Cc]T[ ]+UBND(?!\p{L}))")
#: … the deputies' P small there ("Chii tieh, caC)pCT UBND tinh": sample 004's code on fresh seed 9953 code004, read
#: "các Cơ UBND", the recipient lost)
_DEPUTIES_P_SMALL = regex.compile(r"(?<=\p{L}[,;][ ]?[cC]\S{0,2}?[ceC]\))p[cC]T(?=[ ]+UBND(?!\p{L}))")


#: the "các" of "Chủ tịch, các PCT UBND" read as a speck of no letter ("Chu tich, « PCT UBND tnh": real Tesseract-eng
#: on fresh seed 820, the recipient lost; where it has letters, the decoder reads them: "cdc", a code's "cl,rC")
_DEPUTIES_WORD_MISREAD = regex.compile(r"(?:(?<=\p{L}[,;][ ]*)[^\s\p{L}\d]{1,2}"
                                       r"|(?<=\p{L}[,;][ ]+)(?![vV][aà][ ])\p{Ll}{1,2})"  # (not a code's group after
                                       r"(?=[ ]+PCT[ ]+U?BND(?!\p{L}))")  # "các": "c,rc PCT", fresh seed 1699 code)
# (or as two letters, its "c" lost: "Chi tich, ec PCT UBND tinh", real Tesseract-eng on fresh seed 993, read "úc"; the
# committee's U lost too, "cac PCT BND tinh?", fresh seed 977)
#: the province's word ending a recipients' item after the committee or the council ("các PCT UBND tỉnh", "Thường trực
#: HĐND tỉnh"), letters of it lost or misread ("PCTuBND tilh", "HDND ih", "HPNDtfinh": sample 004's code and a symbol
#: code on fresh seeds 1754, 1789 code004 and 1763 code, each recipient lost)
_PROVINCE_AFTER_A_COUNCIL = regex.compile(r"(?<=(?:(?<![\p{L}\d])|(?<=PCT))(?:[uU]BND|HĐND|HDND|HPND|HBND)[ ]?)"
                                          r"(?P<w>[^\s;,.:]{2,5}|[^\s;,.:\p{L}]?\p{Ll}?['‘’`]t[iỉ]nh)"  # (or a speck
                                          r"(?=[ ]*[;.:]?[ ]*$)")  # before it: "HĐNDr'tỉnh", vetplan's OCR, seed 861)
# (the item's semicolon read as a colon: "- Phung tute HDND tah:", real Tesseract-eng on fresh seed 6549, read "tại")


#: a speck read as a small letter glued before the committee opening a recipients' item ("- bUBND cdc huy¢n, thanh
#: pho;": sample 000's engine on fresh seed 1792 eng000, read "ĐUBND", the recipient lost)
_SPECK_BEFORE_COMMITTEE = regex.compile(r"(?<=^[ ]*[-+–•][ ]*|(?<![\p{L}\d])PCT[ ]+)[a-zP](?=UBND(?![\p{L}\d]))"
                                        r"|(?<=(?i:tr\S{1,3}c)[ ]+)b(?=H[ĐDPB]ND(?![\p{L}\d]))")  # (or before the
# council after "Thường trực": "- Thuong truc bHPND tinh;", sample 000's engine on fresh seed 1998 eng000, read "ĐHĐND";
# a P after the deputies, "cac PCT PUBND tinh", fresh seed 2221 eng000)


#: … or after it, glued, before the province's word ("- Chu tich, cac PCT UBNDi tinh;": real Tesseract-eng on fresh
#: seed 6967, read "UBND i tỉnh", the recipient kept the speck)
_SPECK_AFTER_COMMITTEE = regex.compile(r"(?<=(?<![\p{L}\d])UBND)[a-z](?=[ ]+t\S{1,3}h[ ]*[;.:]?[ ]*$)")


#: the standing body's "trực" run into the council, its H lost or written a small letter ("- ThuOng trvcaĐND tinh;",
#: "- Thuang trvcaDND tirh;": sample 004's code on dev seeds 343 and 435 code004, read "trvcaĐND", "từ", the
#: recipient lost)
_STANDING_BODY_GLUED_TO_THE_COUNCIL = regex.compile(r"(?<=^[ ]*[-+–•][ ]*Th\S{2,4}ng[ ]+)tr\S{1,2}c[a-z]?"
                                                    r"(?=(?:[ĐD]|Hb)ND[ ]+t)")  # (or its H kept, its Đ read b:
# "- Thuong trycHbND tinh;", sample 000's engine on fresh seed 10913 eng000, the recipient lost)


#: the council's last D read as a stroke, glued to the province's word after "Thường trực" ("- Thường trực
#: HDNItinh:": vetplan's OCR of fresh seed 4430's scan, the recipient lost)
_COUNCIL_GLUED_TO_THE_PROVINCE = regex.compile(r"(?<=(?i:tr\S{1,3}c)[ ]+)H[ĐD]N[I1l|]?(?=t[iỉ]nh(?![\p{L}\d]))")  # (the
# council whole, "HDNDtinh", is split_glued_abbreviations')


def fix_speck_before_committee(line: str) -> list[Edit]:
    """``"- bUBND các huyện"`` → "- UBND các huyện", ``"Thuong truc bHPND"`` → "Thuong truc HĐND" (the council written
    whole with it: the speck's edit is the glued word's); "- UBND" stays; a speck glued after it goes (``"các PCT
    UBNDi tinh;"`` → "UBND tinh"); "trực" run into the council is parted from it (``"- ThuOng trvcaĐND tinh;"`` →
    "trực HĐND tinh"), and the council glued to the province's word from it (``"Thường trực HDNItinh:"`` → "HĐND
    tinh")."""
    return [(m.start(), m.end(), "", 0.8) if line[m.end()] == "U" else (m.start(), m.end() + 4, "HĐND", 0.8)
            for m in _SPECK_BEFORE_COMMITTEE.finditer(line)] + [
        (m.start(), m.end(), "", 0.8) for m in _SPECK_AFTER_COMMITTEE.finditer(line)] + [
        (m.start(), m.end() + (4 if line[m.end()] == "H" else 3), "trực HĐND", 0.8)
        for m in _STANDING_BODY_GLUED_TO_THE_COUNCIL.finditer(line)] + [
        (m.start(), m.end(), "HĐND ", 0.8) for m in _COUNCIL_GLUED_TO_THE_PROVINCE.finditer(line)]


def fix_province_after_a_council(line: str) -> list[Edit]:
    """``"- Chu tich, cac PCTuBND tilh;"`` → "tỉnh" (a space before it where the code lost it), ``"- Thuang trvc HDND
    ih;"`` → "tỉnh": a word two letters or fewer from it, no other word of a committee's item ("huyện", "xã" stay)."""
    from rapidfuzz.distance import Levenshtein

    if line.lstrip()[:1] not in "-+–•":
        return []
    out: list[Edit] = []
    for m in _PROVINCE_AFTER_A_COUNCIL.finditer(line):
        w = m.group("w")
        if w[-4:] in ("tinh", "tỉnh") and len(w) > 4:  # (a speck glued before it; the space before the speck's small
            # letter is split_glued_abbreviations')
            out.append((m.start(), m.end(), "tỉnh", 0.75))
            continue
        if not line[m.end():].strip():  # (the item's end unmarked: the word may go on on the next line, "UBND Thành")
            continue
        letters = "".join(c for c in w.lower() if c.isalpha())
        if w == "tỉnh" or skeleton(letters) == "tinh" or letters[:1] not in ("t", "i") or (
                w.isalpha() and is_valid_skeleton(skeleton(letters)) and letters != "inh") or \
                Levenshtein.distance(skeleton(w.lower()), "tinh", score_cutoff=2) > 2:  # (a word written whole is
            # the decoder's: "UBND Thành" / "phố" goes on; but "inh", its t lost, which no committee's item ends
            # with: "- Chu tiCh, cac PCTuBND inh;", sample 004's code on fresh seed 10923 code004, read "sinh")
            continue
        out.append((m.start(), m.end(), "tỉnh" if line[m.start() - 1] == " " else " tỉnh", 0.75))
    return out


#: a speck after the deputies before the committee ("các PCT: UBND tỉnh": vetplan's OCR of fresh seed 839's scan)
_SPECK_AFTER_DEPUTIES = regex.compile(r"(?<=(?<![\p{L}\d])PCT)[:;.,'‘’](?=[ ]+UBND(?![\p{L}\d]))"
                                      r"|(?<=(?<![\p{L}\d])PCT[ ])[:;.,'‘’](?=UBND(?![\p{L}\d]))"  # (or glued
                                      # before the committee: "các PCT .UBND tỉnh", vetplan's OCR of fresh seed 2805's
                                      # scan, the recipient kept it)
                                      r"|(?<=(?<![\p{L}\d])PCT)[,-](?=UBND(?![\p{L}\d]))"
                                      r"|(?<=(?<![\p{L}\d])PCT)[:;.,][‘’'`](?=UBND(?![\p{L}\d]))")  # (two specks for
# the space: "- Chủ tịch, các PCT:'UBND tỉnh;", vetplan's OCR of fresh seed 4747's scan, the recipient kept them)
# (a comma for the space: "- Chu tich,.cac PCT,UBND tinh;", real Tesseract-eng on fresh seed 6849, the recipient kept
# it)
#: the committee's abbreviation after the deputies, its U lost ("các PCT BND tỉnh")
_COMMITTEE_AFTER_DEPUTIES = regex.compile(r"(?<=(?<![\p{L}\d])PCT[ ]+)BND(?=[ ]+\p{Ll})")


#: a run of Capitalised words, one space apart (a place's name as the text writes it)
_CAPITALISED_RUN = regex.compile(r"(?<![\p{L}\d])\p{Lu}\p{L}*(?:[ ]\p{Lu}\p{L}*){0,3}(?![\p{L}\d])")


def in_capitals(text: str) -> bool:
    """Whether a place's words are written in capitals, but for one letter a scan read small ("KIÊN gIANG", fresh seed
    714 eng000, whose issuer had become "Kiên Giang" and been lost): four letters or more, all but one capitals."""
    caps = [c.isupper() for c in text if c.isalpha()]
    return text.isupper() or (len(caps) >= 4 and sum(caps) >= len(caps) - 1)


#: the one-word types of place that issue plans, by their letters
_ONE_WORD_TYPES = {"tinh": "tỉnh", "huyen": "huyện", "quan": "quận"}
#: a token with a character no word has, before a Capitalised word (a place's type word misread before its name)
_DAMAGED_TOKEN_BEFORE_A_NAME = regex.compile(r"(?<![^\s])(?=\S*[^\s\p{L}\d.,;:])(\S{3,6})[ ]+(?=\p{Lu})")


def place_type_before_a_header_place(line: str, places: set[str]) -> list[Edit]:
    """A place's type word a scan damaged past the decoder (a character no word has in it) before a place the header
    names (``places``), read as the type word its letters are two off at most: ``"trên địa bàn tìm} An Giang"`` →
    "tỉnh" (sample 000's engine on another plan, fresh seed 803 eng000: the title had kept it); a word is left."""
    from rapidfuzz.distance import Levenshtein

    out: list[Edit] = []
    for m in _DAMAGED_TOKEN_BEFORE_A_NAME.finditer(line):
        if not any(line.startswith(p, m.end()) or line.startswith(p.upper(), m.end()) for p in places):
            continue
        read = skeleton(m.group(1).lower())
        near = [w for k, w in _ONE_WORD_TYPES.items()
                if read[:1] == k[0] and Levenshtein.distance(read, k, score_cutoff=2) <= 2]
        if len(near) == 1:
            caps = [c.isupper() for c in m.group(1) if c.isalpha()]
            word = near[0].upper() if len(caps) >= 2 and all(caps) else \
                near[0].capitalize() if m.group(1)[0].isupper() else near[0]
            out.append((m.start(1), m.end(1), word, 0.75))
    return out


#: the issuer's one-word type and its place (a name in capitals, or a district's number) ending a header line
_ISSUERS_ONE_WORD_TYPE_AND_PLACE = regex.compile(r"(?<![\p{L}\d])(TỈNH|HUYỆN|QUẬN)[ ]+(\p{Lu}[\p{Lu}'’]*(?:[ ]\p{Lu}"
                                                 r"[\p{Lu}'’]*){0,3}|\d{1,2})(?![\p{L}\d])")
#: a word after a title's "địa bàn" (group 1), and its words after it up to the year's "năm" or the line's end (group 2)
_WORD_AFTER_THE_AREA = regex.compile(r"(?<=(?<![\p{L}\d])địa bàn[ ]+)(\p{L}{2,5})[ ]+(\S+(?:[ ]\S+){0,3}?)"
                                     r"(?=[ ]+năm[ ]|[ ]*[.,;]?[ ]*$)")


def title_type_word_as_the_issuer(line: str, issuer_line: str) -> list[Edit]:
    """A title's place type word after "địa bàn" that damage read as another short word, before the place the issuer
    names (its letters a letter off at most, a number as it is), written as the issuer's type word: ``"… trên địa bàn
    quý 12 năm 2018"`` under "QUẬN 12" → "quận" (a code's "qu~ 12", fresh seed 16253 code004), ``"… địa bàn tìm lao
    Cái năm 2017"`` under "TỈNH LÀO CAI" → "tỉnh" (a code's "timMLaO Cai", 16400 code004; the place is then read as
    the issuer names it) — the word's letters two off the type's at most, its first letter the type's; a type word
    is left."""
    from rapidfuzz.distance import Levenshtein

    issuer = _ISSUERS_ONE_WORD_TYPE_AND_PLACE.search(issuer_line)
    if issuer is None:
        return []
    typ, place = issuer[1].lower(), issuer[2]
    typ_letters, want = skeleton(typ), plain_letters(place) or place
    out: list[Edit] = []
    for m in _WORD_AFTER_THE_AREA.finditer(line):
        word = skeleton(m[1].lower())
        if m[1].lower() in (*_ONE_WORD_TYPES.values(), "xã", "phường") or word[:1] != typ_letters[:1] or \
                Levenshtein.distance(word, typ_letters) > 2:
            continue
        read = plain_letters(m[2]) if not place.isdigit() else m[2]
        if read == want or (not place.isdigit() and Levenshtein.distance(read, want) <= 1):
            out.append((*m.span(1), typ, 0.75))
    return out


def place_as_the_header_writes_it(line: str, places: set[str],
                                  is_place: Callable[[str], bool] | None = None, original: str = "") -> list[Edit]:
    """A place the header names (``places``: its place-date line's, read as a gazetteer name), written as the header
    writes it wherever the text spells it with other marks: ``"Thành Hoa năm 2019"`` → "Thanh Hóa" (a title's place at
    a line's start, no type word before it to read it as a name by); in capitals where the text has capitals. A place
    of one word only after its type word ("thị xã Chu" → Chũ; "Chủ tịch" stays). After its type word, a place of two
    words or more misread by a letter or two too, each word's first letter and length kept, unless what the text has
    is a place itself (``is_place``: the gazetteer's): ``"huyện Với Quảng năm 2024"`` → "Vũ Quang" (Tesseract's "Vii
    Quang"); read in the line as written (``original``), word for word, where the decoder read a word of the place as
    one a small letter opens: "huyén Xuyén Mde nam 2017", decoded "huyện Xuyên để" → "Xuyên Mộc"."""
    out: list[Edit] = []
    if not places:
        return out
    by_letters = {skeleton(p.lower()): p for p in places}
    letters = skeleton(line.lower())
    if not any(k in letters for k in by_letters):  # (most lines name none)
        if is_place is not None and any(" " in p for p in places) and _TYPE_WORD_AFTER.search(letters):
            return _place_misread_after_type_word(line, places, is_place) or (
                _place_misread_as_written(line, original, places, is_place) if original else [])
        return out
    for m in _CAPITALISED_RUN.finditer(line):
        words = m.group().split(" ")
        # the longest of the run's words that spell a place ("Tỉnh Thành Hoa": its last two); letters the same, spaces
        # the same: as many words as the place has
        found = next(((k, text, by_letters[sk]) for n in range(len(words), 0, -1) for k in range(len(words) - n + 1)
                      if (sk := skeleton((text := " ".join(words[k:k + n])).lower())) in by_letters), None)
        if found is None:
            continue
        k, text, place = found
        a = m.start() + len(" ".join(words[:k])) + (1 if k else 0)
        if " " not in place and not _TYPE_WORD_BEFORE.search(skeleton(line[:a].lower())):
            continue  # (a one-word place only after its type word: "thị xã Chũ", not "Chủ tịch", "KT. CHỦ TỊCH")
        want = place.upper() if in_capitals(text) else place
        if text != want:
            out.append((a, a + len(text), want, 0.8))
    return out


@lru_cache(maxsize=256)
def _glued_place_pattern(place: str) -> regex.Pattern[str] | None:
    """:func:`split_glued_place`'s pattern of a place of two words or more: each word's plain letters, Capitalised, a
    space between them or none ("Long An" → ``(L)ong[ ]?(A)n``); of one word, glued after a place's type word; None
    for a shorter place."""
    words = skeleton(place.lower()).split()
    if not words or not all(w.isalpha() for w in words) or (len(words) == 1 and len(words[0]) < 4):
        return None
    # (one word of four letters or more only right after a place's type word: "thành phoPleiku", a code's, fresh seed
    # 12297 code, the title lost)
    after_a_type = r"(?<=(?<![\p{L}\d])(?:ph\S{1,2}|t\S{1,3}nh|huy\S{1,3}n|qu\S{1,3}n|x\S{1,2}))" \
        if len(words) == 1 else ""
    # (a Đ read as a P or B, as Tesseract-eng and the codes read it: "tinh LamPong nam 2020", Lâm Đồng — sample 000's
    # engine on fresh seed 4512 eng000, the title lost)
    # (a code's stand-ins for its vowels, its letters' case at will: "tinhH<;>T^Nh nam 2018", Hà Tĩnh — fresh seed
    # 11106 code, read "tình Hình", the title lost)
    # (an ending "ng" written "mg", a code's m for its n — no syllable ends so: "tinh D~kNomg nam 2019", Đắk Nông,
    # sample 004's code on fresh seed 14996 code004, read "Để không", the title lost)
    return regex.compile(after_a_type + "(?:[ ]|l)?".join(f"({'[DPB]' if w[0] == 'd' else w[0].upper()})" + "".join(
        f"(?:{c}|\\d|[^\\w\\s]\\S{{0,2}}?)" if c in "aeiouy" else "(?i:[nm])" if w[j + 1:j + 3] == "ng" else
        f"(?i:{c})" for j, c in enumerate(w[1:])) for w in words)
                         + r"(?:(?![\p{L}\d])|(?=n\S{1,3}m(?:[ ]|$)))")  # (or "năm" glued after it: "tinh H|ngYenn\\lm
    # 2017", a code's on fresh seed 14568 code, the title lost)


#: a hyphen between two names with a space on one side only ("thành phố Phan Rang- Tháp Chàm", "Bộ Lao động-
#: Thương binh": a code's, fresh seeds 1538 and 1523 code004, the title lost); names joined so are written " - "
_HYPHEN_SPACED_ON_ONE_SIDE = regex.compile(r"(?<=\p{Ll})(?:-[ ]|[ ]-)(?=\p{Lu}\p{Ll})"
                                           r"|(?<=(?<![\p{L}\d])\p{Lu}\p{Ll}*)(?:-[ ]|[ ]-)(?=\p{Ll}+[ ]\p{Lu}\p{Ll})")
# (or between Capitalised words, the one after it in small letters, a code's lost capital: "tỉnh Bà Rịa- vũng Tàu năm
# 2021", fresh seed 14992 code004, the title lost — the place then as the issuer names it)


def fix_hyphen_spacing(line: str) -> list[Edit]:
    """``"Phan Rang- Tháp Chàm"`` → "Phan Rang - Tháp Chàm" (read after the decoder); "KH-UBND", "- Các sở" stay."""
    return [(m.start(), m.end(), " - ", 0.8) for m in _HYPHEN_SPACED_ON_ONE_SIDE.finditer(line)]


#: a speck's hyphen glued between a word and the year's word after it, or between that word and its year ("nông
#: thôn-năm 2020", "năm-2024": real Tesseract-eng on fresh seeds 1572 and 1551, the plan's title lost)
_HYPHEN_AROUND_YEAR_WORD = regex.compile(r"(?<=\p{Ll})-(?=năm[ ]+(?:19|20)\d\d(?!\d))"
                                         r"|(?<=(?<![\p{L}\d])năm)-(?=(?:19|20)\d\d(?![\d/-]))"
                                         r"|(?<=\p{L})(?P<end>-)(?=[ ]năm(?:[ ]|$))")  # (or glued after the word
# before, a space after it: "quận Ninh Kiều- năm", real Tesseract-eng on fresh seed 1651, the title lost)
#: a speck's hyphen glued between two words in small letters ("Phát triển-giáo dục nghề nghiệp", "nhu cầu-nhân lực":
#: real Tesseract-eng on fresh seeds 3266 and 3199, the title lost in the first): both Vietnamese syllables, one with a
#: mark at least (no loan word's "e-mail"; a hyphen spaced or before a capital stays: "Bà Rịa-Vũng Tàu")
_HYPHEN_BETWEEN_SYLLABLES = regex.compile(r"(?<![\p{L}\d-])(\p{L}\p{Ll}{1,6})-(\p{Ll}{2,7})(?![\p{L}\d-])")


def fix_hyphen_between_syllables(line: str) -> list[Edit]:
    """``"Phát triển-giáo dục"`` → "Phát triển giáo dục" (read after the decoder, in a scan's text); "e-mail",
    "Covid-19", "Bà Rịa-Vũng Tàu" stay."""
    return [(m.end(1), m.start(2), " ", 0.75) for m in _HYPHEN_BETWEEN_SYLLABLES.finditer(line)
            if not (m[1] + m[2]).isascii() and is_valid_skeleton(skeleton(m[1].lower()))
            and is_valid_skeleton(skeleton(m[2]))]


#: an underscore a scan read glued before a word in small letters ("giáo dục _nghề nghiệp": real Tesseract-eng on fresh
#: seed 1684, the title lost): no word of a plan's text opens with one
_UNDERSCORE_BEFORE_A_WORD = regex.compile(r"(?:(?<=\p{L}[ ])|(?<=^[ ]*))_(?=\p{Ll})"
                                           r"|(?<=(?<![\p{L}\d])\p{Lu}\p{Ll}{1,6})_{1,2}(?=[ ]+\p{Lu})")
# (opening a line: "_tuyên truyền về giáo dục", real Tesseract-eng on fresh seed 3769, whose task's partner had run on
# into it; glued after a Capitalised word before another: "phối hợp với Sở_ Công. Thương", 3729)
#: a speck's colon, semicolon or quote inside the plans' subject, "giáo dục nghề nghiệp" ("Phát triển giáo dục: nghề
#: nghiệp trên địa bàn", real Tesseract-eng on fresh seed 2974, the title lost); a comma stays (a list may part them)
_SPECK_INSIDE_THE_SUBJECT = regex.compile(r"(?<=(?<![\p{L}\d])(?i:giáo dục))[:;'‘’`_]+"
                                           r"(?=[ ](?i:nghề nghiệp)(?![\p{L}\d]))"
                                           r"|(?<=(?<![\p{L}\d])(?i:phát triển))[,:;'‘’`_]+"
                                           r"(?=[ ](?i:giáo dục nghề nghiệp)(?![\p{L}\d]))")  # (or before it, after
# the title's "Phát triển": "Phat trién, giao duc nghe nghiép", sample 000's engine on fresh seed 4523 eng000)


#: a space a scan put inside a rate's figures after "đạt" ("đạt 6 1,9%": sample 000's engine on fresh seed 2599 eng000,
#: the target lost): no rate is two numbers
_RATE_PARTED = regex.compile(r"(?<=(?<![\p{L}\d])đạt[ ]\d)[ ](?=\d{1,2}(?:[,.]\d{1,2})?[ ]?%)")


#: … or its decimal comma lost, a rate of three figures over a hundred ("Tỷ lệ lao động qua đào tạo đạt 783%": real
#: Tesseract-eng on fresh seeds 1552 and 1572, "783°", the target lost): no share of workers is over 100%
_RATE_COMMA_LOST = regex.compile(r"(?<=(?i:tỷ lệ)[^%\n]{0,80}(?<![\p{L}\d])đạt[ ](?:trên[ ])?[1-9]\d)(?=\d[ ]?%)")


def fix_rate_parted(line: str) -> list[Edit]:
    """``"Tỷ lệ lao động qua đào tạo đạt 6 1,9%."`` → "61,9%" (read after the decoder); "đạt 61,9%" stays; a rate of
    three figures over a hundred had its decimal comma lost: ``"đạt 783%"`` → "78,3%" ("đạt 100%" stays)."""
    return [(m.start(), m.end(), "", 0.75) for m in _RATE_PARTED.finditer(line)] + [
        (m.start(), m.end(), ",", 0.7) for m in _RATE_COMMA_LOST.finditer(line)
        if line[m.start() - 2:m.start() + 1] != "100"]


#: "địa bàn" and the place's type run together, left unread ("trên diabantinh Tiền Giang", "nghề nghiệp rendiabantinh
#: Nam Định": sample 004's code on fresh seeds 2635 and 2598 code004, its spaces lost, "trên"'s t too; the title
#: lost), before the place's Capital
_AREA_PHRASE_RUN_TOGETHER = regex.compile(r"(?<![\p{L}\d])(?P<on>t?ren)?(?:d[ij]a[ ]?ba[nlm]|(?P<read>địa[ ]ba[rl]))"
                                          r"[ ]?(?P<type>tinh|huyen|quan|thanh[ ]?ph[oố]|thi[ ]?xa)(?=[ ]\p{Lu})")
# (a j for its i, an m for its n, the type's "phố" read apart: "trendjabamthanh phố Hải Phòng", sample 004's code on
# fresh seed 15157 code004, the title lost)
# (its "bàn" glued to the type word, a code's r for its n, "địa" read: "trên dia barhuyen Cam Lam", sample 004's code on
# fresh seed 6918 code004, read "địa barhuyen", the title lost; an l for it: "dia baltinh Lam Dong", 7331 code004)
#: … or "trên địa bàn" run together, a code's l for a space, the type word apart and read ("nghề nghiệp treldjaban huyện
#: Lạng Giang": sample 004's code on fresh seed 7801 code004, the title lost)
_AREA_PHRASE_BEFORE_ITS_TYPE = regex.compile(r"(?<![\p{L}\d])t?re[nl]?d[ij]a[l]?ban"
                                             r"(?=[ ](?:tỉnh|huyện|quận|thành phố|thị xã)[ ]\p{Lu})")
_AREA_TYPES = {"tinh": "tỉnh", "huyen": "huyện", "quan": "quận", "thanhpho": "thành phố", "thixa": "thị xã"}


def fix_area_phrase_run_together(line: str) -> list[Edit]:
    """``"nghề nghiệp rendiabantinh Nam Định"`` → "trên địa bàn tỉnh", ``"trên diabantinh Tiền Giang"`` → "địa bàn
    tỉnh" (read after the decoder, which left the run-together letters as they were); "địa bàn tỉnh" stays."""
    out: list[Edit] = [(m.start(), m.end(), "trên địa bàn", 0.75) for m in _AREA_PHRASE_BEFORE_ITS_TYPE.finditer(line)]
    for m in _AREA_PHRASE_RUN_TOGETHER.finditer(line):
        if " " in m.group() and m["on"] is None and m["read"] is None:
            continue  # (its words apart already: the decoder's to read)
        want = ("trên " if m["on"] else "") + "địa bàn " + _AREA_TYPES[m["type"].replace(" ", "").replace("ố", "o")]
        out.append((m.start(), m.end(), want, 0.75))
    return out


#: a year of five figures after "năm" (a scan's speck read as a figure inside it: "Triển khai … năm 20253", vetplan's
#: OCR of fresh seed 1241's scan, the title lost): no year has five
_YEAR_OF_FIVE_FIGURES = regex.compile(r"(?<=(?<![\p{L}\d])năm[ ]|(?<![\w/])(?:[IV]{1,3}|\d{1,2})/)\d{5}(?![\d/])")
# (or after a quarter's or month's slash: "Quý III/20119", vetplan's OCR of fresh seed 1379's scan, the task's time
# lost)


def one_figure_off(read: str, year: str) -> bool:
    """Whether ``read`` is ``year`` with one figure misread, as many figures each: ``("2818", "2018")`` → True."""
    return len(read) == len(year) and sum(a != b for a, b in zip(read, year, strict=True)) == 1


def fix_year_with_a_figure_more(line: str, year: str) -> list[Edit]:
    """A year of five figures that is the plan's ``year`` (its date line's) with one figure more: ``"giáo dục nghề
    nghiệp năm 20253"`` and "2023" → "năm 2023", or of six ending a line, that year and two figures after it ("năm
    202353"), or a period's with a letter among its figures ("Quy IV/202T1"); a number one figure can make no such year
    stays."""
    return [(m.start(), m.end(), year, 0.75) for m in _YEAR_OF_FIVE_FIGURES.finditer(line)
            if any(m.group()[:k] + m.group()[k + 1:] == year for k in range(5))] + [
        (m.start(), m.end(), year, 0.7) for m in _YEAR_AND_TWO_FIGURES_ENDING_A_TITLE.finditer(line)
        if m.group()[:4] == year] + [
        (m.start(), m.end(), year, 0.7) for m in _PERIODS_YEAR_WITH_A_LETTER_MORE.finditer(line)
        if regex.sub(r"\D", "", m.group()) == year] + [
        (m.start(), m.end(), year, 0.75) for m in _YEAR_NO_PLAN_IS_OF.finditer(line)
        if one_figure_off(m.group(), year)]  # (or of four, one misread, that names no
    # year a plan is of: "năm 2818", vetplan's OCR of fresh seed 1443's scan, the title lost)


#: a period's year: a quarter's after its number's slash (group 1), a deadline's ("trước ngày 25/12/2018" in a plan of
#: 2016, vetplan's OCR of fresh seed 3617's scan: group 2) or a span's end month's (group 3)
_PERIODS_YEAR = regex.compile(r"(?<=(?<![\p{L}\d])(?i:qu\S{1,2})[ ]+(?:I{1,3}|IV|[1-4])/)((?:19|20)\d\d)(?![\d/])"
                              r"|(?<=(?<![\p{L}\d])trước[ ]ngày[ ]\d{1,2}/\d{1,2}/)((?:19|20)\d\d)(?![\d/])"
                              r"|(?<=(?<![\p{L}\d])(?:đến|tới)[ ]tháng[ ]\d{1,2}/)((?:19|20)\d\d)(?![\d/])")


def fix_period_year_off_the_plans(line: str, year: str, before: str = "") -> list[Edit]:
    """A quarter's year one figure off the plan's ``year`` (a plan of one year: its title's and its date line's) and two
    years or more away from it, read as it: ``"thời gian thực hiện: Quý IV/2028."`` in a plan of 2023 → "Quý IV/2023"
    (a scan's 3 read 8: vetplan's OCR of fresh seeds 3460 and 3465's scans, the tasks' times lost), and a deadline's
    ("trước ngày 25/12/2018" in a plan of 2016; or its date opening the line after ``before``'s "trước ngày");
    "Quý IV/2024" stays."""
    spans = [m.span(k) for m in _PERIODS_YEAR.finditer(line) for k in (1, 2, 3) if m.group(k)]
    if before.rstrip().endswith("trước ngày") and (m := _DATE_OPENING_A_LINE.match(line)) is not None:
        spans.append(m.span(1))
    if before.rstrip().endswith(("đến tháng", "tới tháng")) and (m := _MONTH_OPENING_A_LINE.match(line)) is not None:
        spans.append(m.span(1))  # (a span's end month and year opening the line: "… đến tháng" / "11/2028.",
        # vetplan's OCR of fresh seed 3849's scan, in a plan of 2023)
    if before.rstrip().endswith(("đến", "tới")) and (m := _SPAN_END_OPENING_A_LINE.match(line)) is not None:
        spans.append(m.span(1))  # (… with its word: "… từ tháng 8 đến" / "tháng 9/2028.", vetplan's OCR of fresh
        # seeds 7702's and 7623's scans, in plans of 2023)
    return [(a, b, year, 0.7) for a, b in spans
            if one_figure_off(line[a:b], year) and abs(int(line[a:b]) - int(year)) >= 2]


#: a month and its year opening a line (group 1 the year)
_MONTH_OPENING_A_LINE = regex.compile(r"^\s*(?:0?[1-9]|1[0-2])/((?:19|20)\d\d)(?![\d/])")
#: … after its word "tháng" (group 1 the year)
_SPAN_END_OPENING_A_LINE = regex.compile(r"^\s*(?i:th\S{1,3}ng)[ ]+(?:0?[1-9]|1[0-2])/((?:19|20)\d\d)(?![\d/])")
#: a whole date opening a line (group 1 its year)
_DATE_OPENING_A_LINE = regex.compile(r"^\s*\d{1,2}/\d{1,2}/((?:19|20)\d\d)(?![\d/])")


#: a period's year after its slash with a letter among its figures ("Quy TV/202T1": vetplan's OCR of fresh seed 3535's
#: scan, the task's time lost)
_PERIODS_YEAR_WITH_A_LETTER_MORE = regex.compile(r"(?<=(?<![\w/])(?:[IVT]{1,3}|\d{1,2})/)(?=\d*[TIl|]\d*(?![\w/]))"
                                                 r"[\dTIl|]{5}(?![\w/])")
#: a year of six figures after "năm" ending a line: the plan's year, specks after it read as two figures ("giáo dục nghề
#: nghiệp năm 202353": vetplan's OCR of fresh seed 3472's scan, the title lost)
_YEAR_AND_TWO_FIGURES_ENDING_A_TITLE = regex.compile(r"(?<=(?<![\p{L}\d])năm[ ])(?:19|20)\d{4}(?=[ ]*$)")
#: a year after "năm", or after a quarter's slash, that no plan is of (before 1945 or after 2099; "Quy 1/2924":
#: vetplan's OCR of fresh seed 1491's scan, the task's time lost)
_YEAR_NO_PLAN_IS_OF = regex.compile(r"(?:(?<=(?<![\p{L}\d])năm[ ])"
                                    r"|(?<=(?<![\p{L}\d])(?i:qu\S{1,2})[ ]+(?:[IV]{1,3}|[1-4])/))"
                                    r"(?!19[4-9]\d|20\d\d)\d{4}(?![\d/])")


#: the issuer's place in capitals after its type word, ending a header line ("HUYỆN CHÂU THÀNH"), or before the motto
#: a two-column header's line ran into it ("HUYỆN VĂN BÀN Độc lập - Tự do - Hạnh phúc": real Tesseract-eng on fresh seed
#: 1805, whose date line's "Van .Ban" had then been left)
_ISSUERS_PLACE_IN_CAPITALS = regex.compile(r"(?<![\p{L}\d])(?:TỈNH|HUYỆN|QUẬN|THÀNH PHỐ|THỊ XÃ)[ ]+"
                                           r"(?P<place>\p{Lu}[\p{Lu}'’]*"
                                           r"(?:(?:[ ](?:-[ ])?|-[ ])\p{Lu}[\p{Lu}'’]*){0,3})"
                                           r"[ ]*(?:[_—–=|.,'‘’`]{1,3}[ ]*)?"  # (specks before the motto: "TỈNH LONG AN
                                           # __ Độc lập", vetplan's OCR of fresh seed 2869's scan)
                                           r"(?:$|(?=Độc[ ]lập[ ]-)|(?=CỘNG[ ]HÒA[ ]XÃ[ ]))")  # (the national
# name's column after it: "UBND TỈNH THÁI BÌNH CỘNG HÒA XÃ HỘI …", vetplan's OCR of fresh seed 2487's scan, whose date
# line's "[hái Bình" had been read "Hải Bình")


def place_hyphen_spaced(place: str) -> str:
    """A place of two names with its hyphen spaced as the gazetteer writes it: ``"BÀ RỊA- VŨNG TÀU"`` → "BÀ RỊA - VŨNG
    TÀU"."""
    return regex.sub(r"[ ]?-[ ]?", " - ", place)


def issuers_place(line: str) -> str | None:
    """The issuer's place in capitals after its type word ending a header line: ``"HUYỆN CHÂU THÀNH"`` → "CHÂU THÀNH";
    None for a line that ends with none."""
    m = _ISSUERS_PLACE_IN_CAPITALS.search(line)
    return m["place"] if m else None


def date_place_cased_as_the_issuer(line: str, issuer_line: str, is_place: Callable[[str], bool] | None = None,
                                   named: str | None = None, before: str = "", dated: bool = False,
                                   title_names_it: bool = False, of_type: Callable[[str, str], bool] | None = None,
                                   raw: str = "") -> list[Edit]:
    """The place-date line's place (the words before ", ngày"), or a title's after "địa bàn" and the issuer's type word,
    written as the issuer's line names it where damage misread it: a word in small letters where a code lost a capital
    ("ChfiUTh|nh, ng|y 28" read "Châu thành, ngày" under "HUYỆN CHÂU THÀNH", fresh seed 2678 code), or each word two
    letters off at most, its first letter kept or a Đ read as a D, P or B ("Pik Lik, ngay" read "Địa Lí", "tinh Pik Lak"
    read "tỉnh Đi Là" under "TINH ĐAK LRFK" read right, sample 000's engine on fresh seed 2769 eng000: the place and the
    title lost) — never where the words are a place's name themselves (``is_place``). Written as the gazetteer writes
    the issuer's place (``named``: "KBang", whose B is a capital), or each word Capitalised: ``("Châu thành, ngày 28",
    "HUYỆN CHÂU THÀNH")`` → "Châu Thành". A title's place may open its line, "địa bàn" and the type word ending the
    line ``before`` ("… trên địa bàn huyện" / "Thanh Tri nim 2018" read "Thành Trị năm" under "HUYỆN THANH TRÌ": real
    Tesseract-eng on fresh seed 3216, the title lost). ``dated``: the place-date line names the issuer's place;
    ``title_names_it``: a title names it after "địa bàn" (each a second line's vote for a reading that is a place
    itself); ``raw``: the place-date line as the OCR wrote it, whose words, a figure read as the letter it looks like,
    may be nearer the place than the decoder's reading ("bik Mi1, ngay" read "bị Mới" under "HUYỆN ĐẮK MIL", "P18n Bién
    Phti" read "P18n Biến Phức" under "THÀNH PHỐ ĐIỆN BIÊN PHỦ": sample 000's engine on fresh seeds 16577 and 16738
    eng000, the places lost);
    ``of_type(text, type)``: whether a place of the issuer's type has that name — a place-date line's reading that names
    a place of another type only ("Húc", a commune, under "THÀNH PHỐ HUẾ") is no vote for itself."""
    from rapidfuzz.distance import Levenshtein


    m = _ISSUERS_PLACE_IN_CAPITALS.search(issuer_line)
    if m is None:
        return []
    written = place_hyphen_spaced(m["place"])  # ("BÀ RỊA- VŨNG TÀU": its hyphen's space lost)
    place = named if named and named.upper() == written else " ".join(
        w[:1] + w[1:].lower() for w in written.split(" "))
    want = place.split(" ")
    spans: list[tuple[int, int]] = []
    if ", ngày" in line:
        at = line.index(", ngày")
        words = line[:at].split(" ")
        if raw and (edit := _dated_place_as_raw_words_spell(line, at, raw, place)) is not None and (
                is_place is None or not is_place(line[edit[0]:edit[1]])):  # (a place read is left to the checks below:
            # twin names, "Phù Ninh" under "HUYỆN PHÚ NINH", where the issuer's line may be the misread one)
            return [edit]
        if len(words) >= len(want):
            spans.append((at - len(" ".join(words[-len(want):])), at))
        if len(want) > 2 and len(words) >= len(want) - 1 and (text := " ".join(words[-len(want) + 1:])) != place and \
                skeleton(text.replace(" ", "").lower()) == skeleton(place.replace(" ", "").lower()):  # (one space of
            # its lost: "Krong ANa, ngay" under "HUYỆN KRÔNG A NA", real Tesseract-eng on fresh seed 3723, read "Krông
            # Ana": the place lost)
            return [(at - len(text), at, place, 0.8)]
        if 0 < len(words) < len(want) and not line[:at - len(" ".join(words))].strip() and words[0] and all(
                skeleton(w.lower()) == skeleton(x.lower())
                for w, x in zip(words, want[-len(words):], strict=True)) and (
                is_place is None or not is_place(line[:at].strip()) or (of_type is not None and not of_type(
                    line[:at].strip(), m.group()[:m.start("place") - m.start()].strip().lower()))):  # (its first word
            # lost, the rest read: a code's glued "H9Ch\\l Minh, ngay" read "chí Minh" under "THÀNH PHỐ HỒ CHÍ MINH",
            # fresh seed 15032 code, the place lost — Chí Minh a commune's name only)
            return [(at - len(" ".join(words)), at, place, 0.75)]
        glued = words[-1].lstrip(".,:;'‘’`")
        if len(want) > 1 and glued[:1].isupper() and len(letters := plain_letters(place)) >= 5 and \
                skeleton(glued[:1].lower()) == letters[:1] and glued.isalpha() and \
                len(plain_letters(glued)) >= len(letters) - 1 and Levenshtein.distance(plain_letters(glued), letters) \
                <= 2 and (is_place is None or not is_place(glued)):
            # (its words run together, a letter or two misread: "ALuwdi, ngay" under "HUYỆN A LƯỚI", real
            # Tesseract-eng on fresh seed 4122, the place lost)
            return [(at - len(glued), at, place, 0.75)]
        if len(want) > 1 and "-" not in place and words[-1].count("-") == len(want) - 1:  # (a speck's hyphen for the
            # space: "Dien-Khanh,ngay" under "HUYỆN DIÊN KHÁNH", real Tesseract-eng on fresh seed 1924, the place lost)
            spans.append((at - len(words[-1]), at))
    typ = m.group()[:m.start("place") - m.start()].strip().lower()
    after_type = rf"(?<=địa bàn {regex.escape(typ)} )\S+(?: \S+){{{len(want) - 1}}}(?=(?: năm)?[ ]|$)"
    titled = [t.span() for t in regex.finditer(after_type, line)]
    spans += titled
    out: list[Edit] = []
    if " " not in typ and (t := regex.search(rf"(?<=(?<![\p{{L}}\d])địa[ ]([bđ]\p{{Ll}}{{1,3}})[ ])"
                                             rf"(?!{regex.escape(typ)} )(\p{{Ll}}{{1,5}})"
                                             rf"(?= {regex.escape(place)}(?: năm|[ ,.;]|$))", line)) \
            is not None and t[1] != "bàn" and t[2][:1] == typ[:1] and t[2] not in _ONE_WORD_TYPES.values():  # (its
        # "bàn" misread too: "dia bam tilh Binh Phuac" read "địa bẩm thụ Bình Phước" under "TỈNH BÌNH PHƯỚC", sample
        # 004's code on fresh seed 5457 code004, the title lost; its b read đ: "tren dja bau tirM L?ng Son" read "địa
        # đầu tư Lạng Sơn" under "TỈNH LẠNG SƠN", 8780 code004)
        out.append((*t.span(1), "bàn", 0.75))
        out.append((*t.span(2), typ, 0.75))
    elif " " not in typ and (t := regex.search(rf"(?<=địa bàn )(?!{regex.escape(typ)} )(\p{{Ll}}{{1,5}})(?= "
                                               rf"{regex.escape(place)}(?: năm|[ ,.;]|$))", line)) is not None and \
            (t[1][:1] == typ[:1] or len(t[1]) <= 2 or (len(t[1]) == len(typ) and Levenshtein.distance(
                skeleton(t[1]), skeleton(typ)) == 1)) and t[1] not in _ONE_WORD_TYPES.values() and t[1] != "toàn":
        # the title's type
        # word misread before the place read right: "trên địa bàn tính Bắc Giang", "từ Thái Bình" under "TỈNH …"
        # (sample 004's code on fresh seeds 4948 and 4976 code004: "tih B~e Giang", "tilM Thai Binh", the title lost;
        # "toàn", the whole, is a word there), or a short word of another letter, its t lost ("irh B~e Ninh" read "ở
        # Bắc Ninh", 5007 code004), or its first letter only misread ("địa bàn sinh Bình Phước", a code's "inhBinh",
        # its t lost, fresh seed 7633 code004)
        out.append((*t.span(1), typ, 0.75))
    type_misread: Edit | None = None
    if " " in typ and (t := regex.search(rf"(?<=(?<![\p{{L}}\d])địa bàn )(?!{regex.escape(typ)} )"
                                         rf"(\p{{L}}\p{{Ll}}* \p{{Ll}}+) "
                                         rf"(\S+(?: \S+){{{len(want) - 1}}})(?=(?: năm)?[ ,.;]|$)", line)) is not None:
        # (a type of two words, its first misread: "trên địa bàn hệ xã Quá về năm 2021" under "THỊ XÃ QUẾ VÕ", sample
        # 004's code "hj xa QuS \9" on fresh seed 6679 code004, the title lost — the place's words then as any title's)
        read, typed = t[1].split(" "), typ.split(" ")
        if skeleton(read[1]) == skeleton(typed[1]) and read[0] != typed[0] and \
                Levenshtein.distance(skeleton(read[0].lower()), skeleton(typed[0]), score_cutoff=2) <= 2:  # (its
            # first word's capital a code's: "trên địa bàn Mi xã Kinh Môn", "Mi xaKinh", fresh seed 7868 code004)
            type_misread = (*t.span(1), typ, 0.75)  # (written where its place is: below)
            spans.append(t.span(2))
            titled.append(t.span(2))
    if before.rstrip().endswith(f"địa bàn {typ}") and (
            t := regex.match(rf"\S+(?: \S+){{{len(want) - 1}}}(?=(?: năm)?[ ]|$)", line)) is not None:
        spans.append(t.span())
    for a, b in spans:
        text = line[a:b]
        if is_place is not None and (more := regex.match(r"[ ](\p{Lu}\p{Ll}*)(?![\p{L}\d])", line[b:])) is not None \
                and is_place(f"{text} {more[1]}"):
            continue  # (the words are a longer place's first: "huyện Krông A Na năm 2024" under "HUYỆN KRÔNG ANA", a
            # header that lost a space, real Tesseract-eng on fresh seed 5941 — had become "Krông Ana Na")
        if text == place or (a and line[a - 1].isalnum()):
            if text == place and type_misread is not None and type_misread[1] + 1 == a:
                out.append(type_misread)  # (the place read right after it: "trên địa bàn Mi xã Kinh Môn")
            continue
        words = [w.lstrip(".,:;'‘’`") or w for w in text.replace("-", " ").split(" ")] if "-" not in place else [
            w.lstrip(".,:;'‘’`") or w for w in text.split(" ")]  # (a speck glued before a word: "Van .Ban, ngay"
        # under "HUYEN VAN BAN", real Tesseract-eng on fresh seed 1805, read "vẫn .Ban", the place lost)
        if len(words) != len(want):
            continue  # (a hyphen inside the span made a word more: "Tuy Phước-" read from a code's, fresh seed 9645
            # code004, whose reading here had failed and left the whole plan unrepaired)
        cap = 3 if ", ngày" in line and len(words) > 1 and Levenshtein.distance(
            skeleton("".join(words).lower()), skeleton(place.replace(" ", "").lower())) <= len(
            plain_letters(place)) // 3 else 2  # (the place-date line's word three letters off, the name a third of its
        # letters at most: a code's "nh" written "rM", "BirM Duorg, ngay" read "Bấm Đường" under "TỈNH BÌNH DƯƠNG",
        # fresh seed 8959 code004, the place lost)
        near = all((skeleton(w[:1].lower()) == skeleton(x[:1].lower()) or (x[:1] == "Đ" and w[:1] in "DdPpBbĐđ1®")
                    or (x[:1] == "T" and w[:1] in "[(")  # (a T read as a bracket: "[hải Bình, ngày" under "TỈNH THÁI
                    # BÌNH", vetplan's OCR of fresh seed 2487's scan, the place lost)
                    or (len(x) == 1 and len(w) == 1 and not w.isalpha())  # (a word of one vowel a code's stand-in or
                    # a figure: "< Môn, ngày", "quan 0 Mon" under "QUẬN Ô MÔN", fresh seed 6331 code and eng000)
                    # (or a figure 1 or a registered sign: "huyén 16 Luong", "®6 Luong" under "HUYỆN ĐÔ LƯƠNG", real
                    # Tesseract-eng on fresh seed 4107, the title lost)
                    or (w[:1] == "Đ" and x[:1] in "BP")  # (the decoder's Đ for a B it took for a misread one: "Bt
                    # Ping, ngay" read "Đủ Đúng" under "HUYỆN BÙ ĐĂNG", sample 000's engine on fresh seed 4761 eng000,
                    # the place lost)
                    or (title_names_it and ", ngày" in line and skeleton(w[:1].lower()) in "aeiouy"
                        and skeleton(x[:1].lower()) in "aeiouy")  # (a vowel for a vowel where the title names the
                    # place: a code's "Tr| An, ngày" for Trà Ôn, fresh seed 6708 code)
                    or (dated and (a, b) in titled and len(x) > 2
                        and Levenshtein.distance(skeleton(w.lower()), skeleton(x.lower())) <= 1)  # (a title's word
                    # a letter off, its first, where the place-date line names the issuer's place: "tỉnh Bằng Pháp"
                    # under "TỈNH ĐỒNG THÁP" above "Đồng Tháp, ngày", sample 000's engine on fresh seed 7151 eng000)
                    or (", ngày" in line and len(w) == 1 and len(x) == 2 and len(want) > 1)  # (a word of two
                    # letters a code wrote as one stand-in, read as a word of one: "ở Xuyên, ngày" under "HUYỆN VỊ
                    # XUYÊN", a code's "\\j Xuyen", fresh seed 7602 code004, the place lost)
                    or (w[:1] + x[:1] in ("TL", "LT"))  # (a scan's T for an L: "Mê Tỉnh, ngày" under "HUYỆN MÊ LINH",
                    # vetplan's OCR of fresh seed 3416's scan, the place lost)
                    or (w[:1].lower() + x[:1].lower() in ("ck", "kc"))  # (one sound: "tỉnh còn Túm" for Kon Tum, a
                    # code's, fresh seed 3262 code004, the title lost)
                    or (x[:1] == "Đ" and skeleton(w.lower()) == skeleton(x[1:].lower())))  # (its Đ dropped: "huyén
                   # P6ng Hai" read "huyện Ông Hai" under "HUYỆN ĐÔNG HẢI", sample 000's engine on 3072 eng000)
                   and Levenshtein.distance(skeleton(w.lower()), skeleton(x.lower())) <= cap
                   for w, x in zip(words, want, strict=True)) or (
            ", ngày" in line and (a, b) not in titled and len(want) > 1 and Levenshtein.distance(
                skeleton("".join(words).lower()), skeleton(place.replace(" ", "").lower())) <= len(
                plain_letters(place)) // 4)  # (the place-date line's words a quarter of the name's letters off at
        # most, first letters too: a code's "Ml,r<;>ng \\lng, ngfy" read "Đường ống" under "HUYỆN MƯỜNG ẢNG", fresh
        # seed 14904 code, the place lost)
        cased = " ".join(words).lower() == place.lower() and (named is None or any(w[:1].islower() for w in words) or (
            text.isupper() and not line[:a].isupper()))  # (or in capitals in a line of small letters: a code's random
        # capitals, "tren dia ban t~nh B&C K^N n&m 2017" read "tỉnh BẮC KẠN", fresh seed 3088 code, the title lost)
        # (another place's name of the issuer's letters, its marks other: "Kim Thanh, ngày" under "HUYỆN KIM THÀNH",
        # a ward's name for the district, a code on fresh seed 2955 — a plan is dated where its issuer sits, and a
        # title after the issuer's type word names its own place)
        one_off = skeleton(text.lower()) == skeleton(place.lower())  # (its marks only: a letter off, the issuer's line
        # may be the misread one — "HUYỆN TÂN HỒNG" above a date line's "Tân Hưng" read right, a code on fresh seed
        # 2859 — and the place-date line's reading is left)
        # (a title's place after the issuer's type word, another real place, where the place-date line names the
        # issuer's place too, ``dated``: "huyện Thanh Hà" of a code's "Thaeh Ha" under "HUYỆN THẠCH HÀ" and above
        # "Thạch Hà, ngày", fresh seed 6073 code004, the title lost — two lines against one)
        voted = dated and (a, b) in titled or (title_names_it and (a, b) not in titled and ", ngày" in line)  # (and
        # the place-date line's place, another real place, where the title names the issuer's place: "Tuy An, ngày"
        # read from a code's "Tr| An" under "HUYỆN TRÀ ÔN" and above "trên địa bàn huyện Trà Ôn", fresh seed 6708
        # code, the place lost)
        other_type = of_type is not None and ", ngày" in line and (a, b) not in titled and not of_type(text, typ)
        # (a plan is dated where its issuer sits: "Húc, ngày" of a code's "Hu$, ng\ly" under "THÀNH PHỐ HUẾ", fresh
        # seed 6815 code, Húc a commune's name only — the place lost, and extract had then written the issuer "HÚC")
        if cased or (text.lower() != place.lower() and near and (is_place is None or not is_place(text) or one_off
                                                                 or voted or other_type)):
            out.append((a, b, place, 0.8))  # (in another case only where a word lost its capital: "KBang" stays)
            if type_misread is not None and type_misread[1] + 1 == a:
                out.append(type_misread)
    return out


#: figures an English-model OCR reads for the letters of a place's word ("Mi1": Mil, "P18n": Điện)
_FIGURES_AS_LETTERS = str.maketrans({"1": "i", "0": "o", "8": "e", "6": "o"})


def _dated_place_as_raw_words_spell(line: str, at: int, raw: str, place: str) -> Edit | None:
    """The place-date line's place (the decoded ``line``'s words before ``at``, ", ngày") written as the issuer's
    ``place`` where the raw line's words before its first comma, as many as the place's and as the decoded line's,
    spell it but for two letters a word, a figure read as the letter it looks like, the first letter kept (a Đ read as
    D, P or B): ``("bị Mới, ngày 07", 7, "bik Mi1, ngay 07", "Đắk Mil")`` → (0, 6, "Đắk Mil", 0.75); else None."""
    from rapidfuzz.distance import Levenshtein

    want = place.split(" ")
    got = line[:at].split(" ")
    comma = raw.find(",")
    had = raw[:comma].split(" ") if comma > 0 else []
    if len(got) != len(had) or len(had) < len(want) or " ".join(got[-len(want):]) == place:
        return None
    for w, x in zip(had[-len(want):], want, strict=True):
        w = w[:1] + w[1:].translate(_FIGURES_AS_LETTERS)
        first = skeleton(w[:1].lower()) == skeleton(x[:1].lower()) or (x[:1] == "Đ" and w[:1] in "DdPpBb")
        if not w.isalpha() or not first or Levenshtein.distance(skeleton(w[1:].lower()), skeleton(x[1:].lower())) > 2:
            return None
    a = at - len(" ".join(got[-len(want):]))
    return (a, at, place, 0.75)


def fix_hyphen_around_year_word(line: str) -> list[Edit]:
    """``"lao động nông thôn-năm 2020"`` → "nông thôn năm 2020", ``"năm-2024"`` → "năm 2024", ``"Ninh Kiều- năm"`` →
    "Ninh Kiều năm" (read after the decoder); "giai đoạn 2021-2025", "năm 2021-2025" stay."""
    return [(m.start(), m.end(), "" if m["end"] else " ", 0.8) for m in _HYPHEN_AROUND_YEAR_WORD.finditer(line)]


#: a speck read as a small letter glued before a target's count of people ("- Tuyển sinh b800 người.": sample 000's
#: engine on fresh seed 14825 eng000, the target lost; a capital, "P800", 15200) — no word ends in a count
_LETTER_GLUED_BEFORE_A_COUNT = regex.compile(r"(?<=(?<![\p{L}\d])(?:sinh|cho|tạo|đạt|mới|nghề)[ ])\p{L}"
                                             r"(?=[1-9]\d{0,2}(?:[.,]\d{3})*[ ](?:người|lao[ ]động|học[ ]viên)"
                                             r"(?![\p{L}\d]))")


def fix_letter_glued_before_a_count(line: str) -> list[Edit]:
    """``"- Tuyển sinh b800 người."`` → "Tuyển sinh 800 người" (read after the decoder); "800 người" stays."""
    return [(m.start(), m.end(), "", 0.75) for m in _LETTER_GLUED_BEFORE_A_COUNT.finditer(line)]


def fix_underscore_speck(line: str) -> list[Edit]:
    """``"giáo dục _nghề nghiệp"`` → "giáo dục nghề nghiệp" (read after the decoder); ``"giáo dục: nghề nghiệp"``
    too; ``"_tuyên truyền"`` opening a line, ``"Sở_ Công Thương"``; a stop glued before a word of marked letters, ``"cho
    1.050 lao .động"`` (real Tesseract-eng on fresh seed 4206, the target lost), a lone sign ending a line (``"thời
    ©"``). A rule of underscores stays (``"Số:
    ____"``), as does a stop opening a file's ending (``"tệp .pdf"``)."""
    return [(m.start(), m.end(), "", 0.8) for m in (*_UNDERSCORE_BEFORE_A_WORD.finditer(line),
                                                   *_SPECK_INSIDE_THE_SUBJECT.finditer(line),
                                                   *_STOP_GLUED_BEFORE_A_MARKED_WORD.finditer(line),
                                                   *_LONE_SIGN_ENDING_A_LINE.finditer(line))]


#: a lone sign a scan read for a speck, ending a line after a word ("… đơn vị phối hợp: Sở Nội vụ; thời ©" / "gian thực
#: hiện: Quý I/2023.": real Tesseract-eng on fresh seed 4516, the time label parted by it and lost)
_LONE_SIGN_ENDING_A_LINE = regex.compile(r"(?<=\p{L}|\d[.;,])[ ]+[©®°¤•](?=\s*$)")  # (or after a clause's stop:
# "thời gian thực hiện: Quý I/2016. °", real Tesseract-eng on fresh seed 4736, the task's time kept it)


#: a stop glued before a word in small letters after a word and a space, the word marked (no file's ending)
_STOP_GLUED_BEFORE_A_MARKED_WORD = regex.compile(r"(?<=(?<![\p{L}\d])\p{Ll}{2,}[ ])\.(?=\p{Ll}*[^\x00-\x7f]\p{Ll}*"
                                                 r"(?![\p{L}\d.]))")


def split_glued_place(line: str, places: set[str]) -> list[Edit]:
    """A place the header names (``places``), of two words or more, written with its plain letters but glued to the word
    before it or its words run together: a space goes back at each glue point (``"tinhLongAn nam 2017"`` → "tinh Long
    An"; a code's three words in one token, whose reading had dropped "An"). Insertions ``(at, at, " ", 0.8)``."""
    out: list[Edit] = []
    for place in places:
        rx = _glued_place_pattern(place)
        if rx is None:
            continue
        for m in rx.finditer(line):
            gaps = [m.start(k) for k in range(1, rx.groups + 1) if m.start(k) > 0 and (
                line[m.start(k) - 1].isalpha() or k > 1 and not line[m.start(k) - 1].isspace())]  # (inside the run,
            # after a code's stand-in too: "H<;>T^Nh")
            # (a code's l for the space between its words, no syllable's end: "tinh NghelAn nam 2017", fresh seed 12489
            # code004, read "Nghệ lan", the title lost)
            for k in range(1, rx.groups + 1):
                if (at := m.start(k)) in gaps:
                    out.append((at - 1, at, " ", 0.8) if k > 1 and line[at - 1] == "l" else (at, at, " ", 0.8))
            if gaps and line[m.end():m.end() + 1].isalpha():  # ("H|ngYenn\\lm": "H|ng Yen n\\lm")
                out.append((m.end(), m.end(), " ", 0.8))
    return out


#: a header's place-type word in capitals glued to the place's name after it ("TINHHWNG YEN", "TINHDAK L~K",
#: "HUYENKRONG A NA"): no syllable goes on after "NH", nor after "N" but with G or H ("QUANG NAM" is one word); the
#: type word's vowel may be a code's stand-in ("T>NH")
_PLACE_TYPE_GLUED = regex.compile(r"(?:(?<![\p{L}\d])|(?<=(?<![\p{L}\d])UBND))"
                                  r"(?:T\S?NH(?=[A-ZĐ]|[cosuvwxz]\p{Lu})|(?:HUY\S?N|QU\S?N)(?=[A-FI-ZĐ])"
                                  r"|(?:HUY|QU)[^\w\s]N(?=[GH]\p{Lu})"
                                  r"|(?<=TH\S{1,3}[ ])PH[^\sAEIOUY\p{Ll}](?=\p{Lu}{3}|[PĐD]\p{Lu}[ ]\p{Lu})"  # (or a
                                  # first word of two letters, its Đ a P: "TH>NH PH@PA N?NG", fresh seed 14239 code,
                                  # read "THÀNH PHỐ NĂNG", the issuer lost)
                                  r"|TH\S(?=X\S(?:[ ]|$)))")  # (a town's two words glued: "THIXA vI~TYEN", fresh
# seed 994 code004, read "THIẾU VIỆT YÊN"; before a G or H only with a code's stand-in inside the type, no "HUYNH" then:
# "HUY~NHIRANG HOA", fresh seed 10022 code004, the issuer lost; a code's small letter of its capital's shape after
# "TỈNH": "TINHvINHPH}C", fresh seed 10263 code004; a city's "PHỐ", its Ố a stand-in, glued to its place: "THANH
# PHBTHUY NGUYEN", fresh seed 10093 code004)


#: "quận" glued to its district's number, as a code or scan may run them ("dja ban qU?n4 nam 2023": sample 004's code on
#: fresh seed 6366 code004, the 4 read as a stand-in and the title's district lost) — the word ends with its n
_DISTRICT_WORD_GLUED_TO_ITS_NUMBER = regex.compile(r"(?<![\p{L}\d])[qQ][uU][^\s\d]{1,3}[nN](?=\d{1,2}(?![\p{L}\d]))")


def split_district_number_glued(line: str) -> list[tuple[int, float]]:
    """Where a space goes between "quận" and its number: ``"qU?n4 nam 2023"`` → ``[(5, 0.8)]`` (before the decoder)."""
    return [(m.end(), 0.8) for m in _DISTRICT_WORD_GLUED_TO_ITS_NUMBER.finditer(line)]


def split_glued_place_type(line: str) -> list[tuple[int, float]]:
    """Where a space goes after a place's type word glued to its name on a header's line of capitals: ``"TINHHWNG
    YEN"`` → ``[(4, 0.8)]`` (a code's TỈNH HƯNG YÊN: the issuer had been "TINHHWNG YÊN"), and between a town's two
    type words (``"THIXA"``); ``"QUANG NAM"`` none."""
    if sum(c.islower() for c in line) > 1 or not any(c.isupper() for c in line):  # (a code's small letter of its
        return []  # capital's shape among them: "THIXA vI~TYEN")
    return [(m.end(), 0.8) for m in _PLACE_TYPE_GLUED.finditer(line)]


def _place_across_a_break(ending: list[str], opening: list[str], places: set[str]
                          ) -> tuple[list[str], list[str]] | None:
    """A header's place parted by a line break: its first words (those the words ``ending`` a line end with) and the
    rest (those the next line's words ``opening`` it begin with), by their letters; None when no place is so parted."""
    if not ending or not opening:
        return None
    # (each test below needs the line's last word to open as the place's word before the break, and the next line's
    # first word to be the place's word after it: most lines are no place's break, found so at once)
    last, first = _place_word_letters(ending[-1])[:1], skeleton(opening[0].lower())
    for place in places:
        words = place.split(" ")
        for k in range(1, len(words)):
            head, tail = words[:k], words[k:]
            if _place_word_letters(head[-1])[:1] != last or skeleton(tail[0].lower())[:1] != first[:1]:
                continue
            if len(ending) < k:
                continue
            got_head, want_head = [_place_word_letters(w) for w in ending[-k:]], [_place_word_letters(w) for w in head]
            got_tail = [skeleton(w.lower()) for w in opening[:len(tail)]]
            want_tail = [skeleton(w.lower()) for w in tail]
            if (got_tail == want_tail and _place_words_fit(got_head, want_head)) or (
                    got_head == want_head and len(tail) >= 2 and got_tail[1:] == want_tail[1:]
                    and _place_words_fit(got_tail[:1], want_tail[:1])):  # (or the rest's first word a letter off, the
                # others and the first words right: "… trên địa bàn huyện Mỏ" / "Chy Bac nam 2022", real Tesseract-eng
                # on fresh seed 12495, read "Cho Bác", the title lost)
                return head, tail
    return None


def _place_words_fit(got: list[str], want: list[str]) -> bool:
    """Whether the letters of a line's last words ``got`` are the place's first words' ``want``, the last of them maybe
    one letter off but its first (a vowel misread: "… trên địa bàn tỉnh Pha" / "Tho năm 2024" for Phú Thọ, real
    Tesseract-eng on fresh seed 3170, read "Phá" / "Thứ năm", the title lost): the rest of the place, opening the next
    line, must be read right."""
    from rapidfuzz.distance import Levenshtein

    return got == want or (got[:-1] == want[:-1] and len(want[-1]) >= 3 and got[-1][:1] == want[-1][:1]
                           and len(got[-1]) == len(want[-1]) and Levenshtein.distance(got[-1], want[-1]) == 1)


@lru_cache(maxsize=4096)
def _place_word_letters(word: str) -> str:
    """A place's word by its letters, an opening l as an I (an English-model OCR reads a highland name's capital I as
    an l: "… trên địa bàn huyện La" / "Grai năm 2022", real Tesseract-eng on fresh seed 3199, read "Là Giải", the
    title lost): "Ia" → "ia", "La" → "ia"."""
    letters = skeleton(word.lower())
    return "i" + letters[1:] if letters[:1] == "l" else letters


#: a place's type word in small letters glued to the place's Capital after it ("tinhB~C")
_TYPE_WORD_GLUED_TO_A_CAPITAL = regex.compile(r"(?<=^(?:t\S{1,2}nh|huy\S{1,2}n|qu\S{1,2}n))(?=\p{Lu})")
#: a coded word of a place glued to "năm" after it (group 1 the place's word, group 2 "năm" as coded)
_PLACE_GLUED_TO_THE_YEAR_WORD = regex.compile(r"^(\p{Lu}\S{1,6}?)(n(?:a|\S{1,2})m)$")


def _parted_from_the_year_word(word: str, after: list[str]) -> tuple[str, ...]:
    """A coded word of a place parted from "năm" glued after it, before a year (``after``: the next word, if any):
    ``"ThQnam"`` before "2021" → ("ThQ", "nam"); any other word alone."""
    m = _PLACE_GLUED_TO_THE_YEAR_WORD.match(word) if after and after[0][:4].isdigit() else None
    return (m[1], m[2]) if m else (word,)


def place_the_code_spells(original: str, line: str, places: set[str], eng: bool = False,
                          after_type: bool = False, spells_a_place: Callable[[str], bool] | None = None) -> list[Edit]:
    """A header's place that a symbol-coded line spells letter for letter, written as the header's place-date line
    has it where the decoder read another name of the same length: ``"HUY9N MO DUC"`` decoded "HUYỆN MỸ ĐỨC", its
    date line's "Mo D>c" read Mộ Đức → "MỘ ĐỨC" (the code's plain letters fit both; the issuer had named another
    district). Only where the decoded line has as many words as the coded one, so the words stand at the same places,
    and the coded words are letters only. In Tesseract-eng's text (``eng``) a word's Đ may be read B or P, or a small b:
    "HUYEN BUC LINH" decoded "HUYỆN BẮC BÌNH" beside the date line's Đức Linh (fresh seed 988) → "ĐỨC LINH" (or a
    small p: "tinh pang Nai", real Tesseract-eng on fresh seed 11402, read "hàng Năm", → "Đồng Nai"); "trên
    địa bàn tinh bak Lak" decoded "tỉnh ban Là" (fresh seed 1246 eng000) → "Đắk Lắk". ``after_type``: only right
    after the place's type word in the decoded line (a line below the header). Right after its type word the coded
    words may be one letter off a place of two words (:func:`_one_letter_off`: "huyen MTang Yang" read "Mường Ảng"
    beside a header's Mang Yang), where their plain letters spell no place of their own (``spells_a_place``: the
    gazetteer's plain letters; "HUYEN MY DUC" stays Mỹ Đức beside a Mộ Đức)."""
    coded = [p for w in original.split() for p in _TYPE_WORD_GLUED_TO_A_CAPITAL.split(w, maxsplit=1)]  # (its
    # type word glued before it: "tinhB~C K?n nam 2021", a code's, fresh seed 15385 code004, read "tỉnh Bố Đến")
    if "nam" in original or "n$" in original or "n?" in original:  # (the place glued to "năm" before the year:
        # "tanh Ph6 ThQnam 2021", a code's, fresh seed 15509 code, the title's Phú Thọ read "Phố Thứ": parted here as
        # the decoder parts it)
        coded = [p for j, w in enumerate(coded) for p in _parted_from_the_year_word(w, coded[j + 1:j + 2])]
    spans = [(m.start(), m.end()) for m in WORD_BETWEEN_SPACES.finditer(line)]
    shifted = bool(places) and 0 < len(spans) - len(coded) <= 4  # (words the code ran together before the place,
    # which the decoder parted: the words after them stand at the same places counted from the line's end, the place
    # right after its type word — "tren dia banthanh ph6 HU~ nam 2017", fresh seed 4594 code004, the title's Huế read
    # "Hồ")
    if shifted:  # (or from its start, where the words run together are after the place: "tinh B~e K?n nam2020",
        # fresh seed 14823 code004, the title's place read "Bé Đến")
        return _place_the_code_spells_at(coded, line, spans[len(spans) - len(coded):], places, eng, after_type,
                                         spells_a_place, True) or _place_the_code_spells_at(
            coded, line, spans[:len(coded)], places, eng, after_type, spells_a_place, True)
    if not places or len(coded) != len(spans):
        return []
    return _place_the_code_spells_at(coded, line, spans, places, eng, after_type, spells_a_place, False) or (
        _glued_place_the_scan_spells(coded, line, spans, places, spells_a_place) if eng else [])


#: a capital after a small letter inside a word, where a space was lost ("PicHué")
_CAPITAL_INSIDE_A_WORD = regex.compile(r"(?<=\p{Ll})(?=\p{Lu})")


def _glued_place_the_scan_spells(coded: list[str], line: str, spans: list[tuple[int, int]], places: set[str],
                                 spells_a_place: Callable[[str], bool] | None) -> list[Edit]:
    """A header's place of two words that Tesseract-eng glued into one after its type word, a Capital opening the
    second, read as one word: ``"huyén PicHué nam"`` decoded "huyện Đích năm" beside a date line's Đức Huệ (fresh seed
    15380 eng000, the title lost) → "Đức Huệ" — its Đ maybe read B or P, a letter off at most, its letters no place's
    of their own."""
    out: list[Edit] = []
    for j, word in enumerate(coded):
        parts = _CAPITAL_INSIDE_A_WORD.split(word) if j and word[:1].isupper() and word.isalpha() else []
        if len(parts) != 2 or not _TYPE_WORD_BEFORE.search(skeleton(line[:spans[j][0]].lower())):
            continue
        read = skeleton(" ".join(parts).lower())
        for place in places:
            want = skeleton(place.lower())
            if len(place.split()) != 2:
                continue
            got = "d" + read[1:] if read[:1] in "bp" and want[:1] == "d" else read  # (for this place alone: the
            # next is weighed against the letters as read)
            if got == want or (_one_letter_off(got, want) and (spells_a_place is None or not spells_a_place(got))):
                out.append((*spans[j], place, 0.75))
    return out[:1] if len(out) == 1 else []


def _place_the_code_spells_at(coded: list[str], line: str, spans: list[tuple[int, int]], places: set[str], eng: bool,
                              after_type: bool, spells_a_place: Callable[[str], bool] | None, shifted: bool
                              ) -> list[Edit]:
    """:func:`place_the_code_spells` with the coded words standing at ``spans`` of the decoded line."""
    out: list[Edit] = []
    firsts = [w[:1] for w in coded]
    letters = [skeleton(f.lower()) for f in firsts]  # (each word's first letter, once for every place)
    for place in places:
        n = len(place.split())
        want = skeleton(place.lower())
        for k in range(len(coded) - n + 1):
            # (no place's words but those that open with its letter: most windows, cheaply — a B, P or b in
            # Tesseract-eng's text for its Đ, and in a code a stand-in for its first vowel)
            if letters[k] != want[:1] and not (eng and firsts[k] in "BPbp") and not (
                    not eng and want[:1] in "aeiouy" and not firsts[k].isalnum()):
                continue
            words = coded[k:k + n]
            if eng:  # (its Đ read as a B or P: "BUC LINH", or a small b: "bak Lak"; its ô a 6 inside a word: "huyén Chu
                # Pr6éng", real Tesseract-eng on fresh seed 11327, read "Phú riềng", the title lost)
                words = [(w if w[:1] not in "BPbp" or want.split()[j][:1] != "d" else "D" + w[1:])[:1]
                         + w[1:].replace("6", "o") for j, w in enumerate(words)]
            if not all(w.isalpha() for w in words):
                # (a code's stand-ins for its vowels, right after its type word: "t6Nh H6a Binh" read "tỉnh Hà Tĩnh"
                # beside a header's Hòa Bình, fresh seed 1489 code)
                if eng or not _fits_with_stand_ins(words, want.split()):
                    continue
                loose = True
            # (one letter off only right after the place's type word: "huyen MTang Yang")
            elif (loose := (got := skeleton(" ".join(words).lower())) != want) and (
                    spells_a_place is None or not _one_letter_off(got, want) or spells_a_place(got)):
                continue
            a, b = spans[k][0], spans[k + n - 1][1]
            if shifted and any(coded[k + j][:1].isalnum() and skeleton(line[spans[k + j][0]].lower())
                               != skeleton(coded[k + j][:1].lower()) for j in range(1 if loose else n)) and not (
                    _same_word_after(coded, line, spans, k + n)
                    and (loose or skeleton(line[spans[k][0]].lower()) == skeleton(coded[k][:1].lower()))):
                # (a word of the place read with a letter the code may stand in for, where the word after the place
                # stands at its place too, the type word before it (tested below): "huyen Krong Pa nam 2020" read
                # "huyện Krong đã năm 2020", "huy~n Ea H'1eo nam 2020" read "huyện xã theo năm", fresh seeds 11159 and
                # 10901 code004, the title lost)
                continue  # (the words the decoder parted after the place: "Qu<n B(r, ng~y02" read "Quản Bạ, ngày 02",
                # whose "Bạ, ngày" had been taken for the place — fresh seed 6012 code, the place and date lost; the
                # first word's letter tells, the others' the decoder may have read as another: "tih B~c K?n nam 2024"
                # after "nghenghieP" parted, read "Bắc Đến", fresh seed 10034 code004, the title lost)
            b -= len(line[a:b]) - len(line[a:b].rstrip(".,;:"))  # (a stop after the place is none of it: "Hà Nội.")
            typ = None
            if (after_type or loose or shifted) and not _TYPE_WORD_BEFORE.search(skeleton(line[:a].lower())):
                # (the type word before it read as another word, its coded letters a province's type word but for a
                # stand-in or a letter: "tanh Ph6 ThQ", a code's, read "thành Phố Thứ", fresh seed 15509 code)
                typ = _coded_province_word(coded[k - 1]) if k and not eng and not shifted and n > 1 else None
                if typ is None:
                    continue
            form = place.upper() if in_capitals(line[a:b]) else place  # (the decoded words' case: a code's
            # stand-ins are small letters in a word of capitals, "QUaNG TRACH")
            if line[a:b] != form and len(line[a:b].split()) == n:
                out.append((a, b, form, 0.8))
                if typ is not None:
                    out.append((*spans[k - 1], typ, 0.75))
    return out


def _same_word_after(coded: list[str], line: str, spans: list[tuple[int, int]], k: int) -> bool:
    """Whether the ``k``-th coded word and the decoded word at that place are one word by their plain letters, letters
    only ("nam" / "năm"): the words before it stand where the coded words do."""
    if k >= len(coded):
        return False
    read = skeleton(line[spans[k][0]:spans[k][1]].lower())
    if not coded[k].isalpha():  # (a stand-in in it: "n$M" for năm, a code's, fresh seed 15575 code, whose title's
        # "huyen KaNg Chro" had been read "Đang cho")
        return read.isalpha() and read.isascii() and _stand_in_word(read).fullmatch(coded[k]) is not None
    return skeleton(coded[k].lower()) == read


def _coded_province_word(word: str) -> str | None:
    """"tỉnh" where a code's word spells it but for one letter or with a stand-in for its vowel ("tanh", "t^nh"), else
    None."""
    from rapidfuzz.distance import Levenshtein

    return "tỉnh" if word[:1] in "tT" and (_stand_in_word("tinh").fullmatch(word) is not None or (
        word.isalpha() and len(word) == 4 and Levenshtein.distance(word.lower(), "tinh") == 1)) else None


def _fits_with_stand_ins(words: list[str], want: list[str]) -> bool:
    """Whether a code's words spell a place's words (``want``: their plain letters) letter for letter, each figure or
    sign among them standing for a vowel, one at least (``["H6a", "Binh"]``, ``["hoa", "binh"]``: yes); a c may be
    written e, as sample 004's code writes it (``["B~e", "K?n"]``, Bắc Kạn: fresh seed 1913 code004, the title's place
    had been read "Bé Đến"); a stand-in of a sign and up to two more characters ("(r", "<;>") for one vowel, a word
    of one vowel a stand-in alone (``["<", "Y(rN"]``, Ý Yên: fresh seed 3393 code, the issuer read "HUYỆN < YÊN")."""
    return any(not c.isalpha() for w in words for c in w) and all(
        _stand_in_word(x).fullmatch(w) is not None for w, x in zip(words, want, strict=True))


@cache
def _stand_in_word(letters: str) -> regex.Pattern[str]:
    """A pattern for a place's word (plain letters, "yen") as a symbol code may write it: each vowel itself, a figure,
    or a sign with up to two characters after it; a c maybe an e; capitals or small letters."""
    parts = [f"(?:{c}|\\d|[^\\w\\s]\\S{{0,2}}?|(?-i:[B-DF-HJ-NP-TV-Z]))" if c in "aeiouy" and i else
             f"(?:{c}|\\d|[^\\w\\s]\\S{{0,2}}?)" if c in "aeiouy" else "[ce]" if c == "c" else "[l1]" if c == "l"
             else regex.escape(c) for i, c in enumerate(letters)]  # (an l read as a 1: "Ea H'1eo", fresh seed 10901
    # code004; a capital consonant for a vowel inside a word: "ThQ", Thọ, fresh seed 15509 code)
    return regex.compile("".join(parts), regex.IGNORECASE)


#: an issuer's line of the header: a place's type word in capitals (a code's stand-in maybe for its vowel) and the rest
_CODED_ISSUER_LINE = regex.compile(r"^\s*(?:UBND[ ]+)?(?P<type>TH\S{1,3}[ ]PH\S{1,2}|TH\S[ ]X\S|T\S{1,2}NH|HUY\S{1,2}N"
                                   r"|QU\S{1,2}N)[ ]+(?P<place>\S.*?)\s*$")  # (a city's two words first: "THANH PHQ")


def place_glued_in_the_issuer(original: str, line: str, places: set[str],
                              spells_a_place: Callable[[str], bool]) -> list[Edit]:
    """A header's issuer line whose place a code wrote with its words glued or a speck read as a letter, the place
    that the place-date line names (``places``), written in capitals as the header has it: ``"HUY~N MTAIcHAU"`` (its
    decoding left as it was) → "HUYỆN MAI CHÂU", ``"HUY~N HAMl THUAN B~C"`` (read "HNol THUẬN BẮC") → "HÀM THUẬN BẮC"
    (fresh seeds 1504 and 1508 code004: the issuer lost). The coded words' letters run together are the place's but for
    one letter added or lost, and one more for each of the code's stand-ins; what spells a place of its own is left."""
    m, d = _CODED_ISSUER_LINE.match(original), _CODED_ISSUER_LINE.match(line)
    if m is None or d is None or skeleton(m["type"].lower())[:1] != skeleton(d["type"].lower())[:1]:
        return []
    got = m["place"]
    if any(d["place"] == place.upper() for place in places) or (
            " - " in d["place"] and any(part.title() in places for part in d["place"].split(" - "))):
        return []  # (the place as decoded is one the place-date line names, or a province's two places one of which it
        # names: "TBNH B<;> RIA - VUNG T<;>U" decoded "TỈNH BÀ RỊA - VŨNG TÀU" beside a place-date line read "Vũng
        # Tàu", fresh seed 11259 code, had been cut to "VŨNG TÀU" — the code's stand-ins allow the letters of "BÀ RỊA")
    out: list[Edit] = []
    for place in places:
        want = skeleton(place.lower())
        if " " not in want or d["place"] == place.upper() or spells_a_place(skeleton(got.lower())):
            continue
        # (letters added or lost only, no letter read as another: "DAK NONG" is no Đà Nẵng)
        if _coded_place_fits(got, place):
            out.append((d.start("place"), d.end("place"), place.upper(), 0.75))
    return out if len(out) == 1 else []


#: a header's issuer line whose code lost both spaces after "UBND": "UBNDTJNHTUYEN QUANG" (sample 004's engine)
_ISSUER_LINE_GLUED = regex.compile(r"^(\s*)UBND(?P<type>TH\S{1,2}NH[ ]?PH\S{1,2}?(?=[ ]?\p{Lu})|T\S{1,2}NH|HUY\S{1,2}N"
                                   r"|QU\S{1,2}N)[ ]?(?P<place>\p{Lu}\S*(?:[ ]\S+){0,3})\s*$")  # (a city's type
# first: "UBNDTHANHPH9 HAI PHONG", a code's, fresh seed 15776 code004, had been read "UBND TỈNH HẢI PHÒNG")


def issuer_line_glued(line: str, places: set[str]) -> list[Edit]:
    """A header's issuer line that a code wrote with the spaces after "UBND" and after the place's type word lost,
    the place one the place-date line names (``places``), written apart: ``"UBNDTJNHTUYEN QUANG"`` → "UBND TỈNH TUYÊN
    QUANG" (fresh seed 3382 code004, the issuer lost). The place's letters must be one of ``places``' but for one letter
    added or lost, and one more for each of the code's stand-ins."""
    m = _ISSUER_LINE_GLUED.match(line)
    issuer = _issuer_type_and_place(m, places) if m is not None else None
    return [(m.end(1), m.end("place"), f"UBND {issuer}", 0.75)] if m is not None and issuer is not None else []


def _issuer_type_and_place(m: regex.Match[str], places: set[str]) -> str | None:
    """An issuer's type word and place as the header's place names it, from a match of a type word's letters (group
    "type": T…NH, HUY…N, QU…N) and the place's (group "place", one of ``places`` but for what
    :func:`_coded_place_fits` allows): "HUYỆN MƯỜNG LA"; None where no one place fits."""
    fits = [p for p in places if " - " not in p and _coded_place_fits(m["place"], p)]
    if len(fits) != 1:
        return None
    if " " in m["type"] or "PH" in m["type"][4:]:  # (a type of two words: "THÀNH PHỐĐÀNĂNG"; its space lost too, a
        # code's "THANHPH6HANOI", fresh seed 14524 code004, the issuer lost)
        typ = "THÀNH PHỐ" if "PH" in m["type"] else "THỊ XÃ"
    else:
        typ = next(t for k, t in _ISSUER_TYPES.items() if k[0] == skeleton(m["type"][0].lower()))
    return f"{typ} {fits[0].upper()}"


#: a header's issuer line opening with the place's type word and its name in capitals, no space among them, the motto's
#: column maybe after ("HUYENMUONGLA . Doc lap - Tu do": real Tesseract-eng on fresh seed 3221, the issuer lost)
ISSUER_TYPE_AND_PLACE_GLUED = regex.compile(r"^(\s*(?:UBND[ ]+)?)(?P<type>T\S{1,2}NH|HUY\S{1,2}N|QU\S{1,2}N"
                                            r"|TH\S{1,2}NH[ ]?PH\S{1,2}?|TH\S{1,2}[ ]X\S{1,2})(?P<place>\p{Lu}{3,})"
                                            r"(?![\p{L}\d])")  # (after the committee's abbreviation, a city's:
# "UBND THÀNH PHỐĐÀNĂNG - CỘNG HÒA", vetplan's OCR of fresh seed 3700's scan, the issuer lost)
#: … in a symbol code, alone on its line, the place's stand-ins any signs or small letters among three capitals or more
_CODED_ISSUER_TYPE_AND_PLACE_GLUED = regex.compile(r"^(\s*(?:UBND[ ]+)?)(?P<type>T\S{1,2}NH|HUY\S{1,2}N|QU\S{1,2}N)"
                                                   r"(?P<place>(?=(?:\S*?\p{Lu}){3})\p{Lu}\S{2,})[ ]*$")


def issuer_type_and_place_glued(line: str, places: set[str], coded: bool = False) -> list[Edit]:
    """A header's issuer line whose type word and place a scan or a code ran together, the place one the place-date line
    names (``places``), written apart: ``"HUYENMUONGLA . Độc lập"`` → "HUYỆN MƯỜNG LA . Độc lập" (the place's letters
    as :func:`issuer_line_glued` weighs them); in a symbol code (``coded``) the line that holds them alone, a small
    letter among the capitals a stand-in: ``"T^NHLAICHfiU"`` → "TỈNH LAI CHÂU" (fresh seed 15515 code, the issuer
    lost)."""
    m = ISSUER_TYPE_AND_PLACE_GLUED.match(line) or (_CODED_ISSUER_TYPE_AND_PLACE_GLUED.match(line) if coded else None)
    issuer = _issuer_type_and_place(m, places) if m is not None else None
    return [(m.start("type"), m.end("place"), issuer, 0.75)] if m is not None and issuer is not None else []


def _coded_place_fits(got: str, place: str) -> bool:
    """Whether a code's words ``got`` spell ``place``'s plain letters but for one letter added or lost, and one more for
    each of the code's stand-ins, four letters at least: ``("MTAIcHAU", "Mai Châu")`` → True; a spaced hyphen, a
    province's own between its two places, is no stand-in ("TeNH B{ R?A - V(rNG TAU" had been cut to "VŨNG TÀU", fresh
    seed 3384 code)."""
    from rapidfuzz.distance import Indel

    letters = skeleton("".join(c for c in got.lower() if c.isalpha()))  # (marked too: a scan's "ĐÀNĂNG")
    stand_ins = sum(1 for c in got.replace(" - ", "  ") if not c.isalpha() and not c.isspace()) + (
        sum(map(str.islower, got)) if sum(map(str.isupper, got)) >= 3 else 0)  # (a code's small letters among
    # capitals: "LAICHfiU", Lai Châu)
    return len(letters) >= 4 and Indel.distance(letters, skeleton(place.lower()).replace(" ", "")) <= 1 + stand_ins


def _one_letter_off(got: str, want: str) -> bool:
    """Whether a coded place's plain letters ``got`` are a place's of two words or more ``want`` but for one letter
    added, lost or changed inside a word, each word's first letter kept ("mtang yang": Mang Yang, a speck read as a
    capital T, fresh seed 1440 code004: the decoder had read "Mường Ảng", another district)."""
    from rapidfuzz.distance import Levenshtein

    if abs(len(got) - len(want)) > 1:
        return False
    a, b = got.split(), want.split()
    return len(b) >= 2 and len(a) == len(b) and all(x[:1] == y[:1] for x, y in zip(a, b, strict=True)) \
        and Levenshtein.distance(got, want) == 1


def place_going_on_from_the_line_before(line: str, before: str, places: set[str], original: str = "") -> list[Edit]:
    """The rest of a header's place that a line opens, the place's first words ending the line before, written as the
    header writes it: ``"… trên địa bàn huyện Điện Biên"`` / ``"Động năm 2022"`` → "Đông" (each line read alone
    had left it); the letters must be the place's, in both lines — in the line as read (``original``) where the
    decoder read other letters: "… thị xã Việt" / "Yén nam 2022", decoded "Đến năm 2022" → "Yên"."""
    at = _SPECKS_OPENING_A_LINE.match(line).end()  # (specks before the rest: "… tỉnh Nghệ" / "| An nam 2020", real
    # Tesseract-eng on fresh seed 4517, read "| Ăn", the title lost — the specks are the title's fixers' to take out)
    opening = line[at:].split(" ")
    parted = _place_across_a_break(before.split(), opening, places)
    if parted is None and original and (read := original[_SPECKS_OPENING_A_LINE.match(original).end():].split(" "))[0] \
            != opening[0] and len(read) == len(opening):
        parted = _place_across_a_break(before.split(), read, places)  # (the decoder read another word there)
    if parted is None:
        return []
    tail = parted[1]
    written = " ".join(opening[:len(tail)])
    want = " ".join(tail).upper() if written.isupper() else " ".join(tail)
    # (in small letters too where the place's type word stands before its first words: "… trên địa bàn tỉnh Phu" /
    # "yen nam 2022", real Tesseract-eng on fresh seed 3663, the title's Yên read small)
    typed = _ends_with_a_type_word(before.split()[:-len(parted[0])])
    return [(at, at + len(written), want, 0.8)] if written != want and (written[:1].isupper() or typed) else []


def _ends_with_a_type_word(words: list[str]) -> bool:
    """Whether ``words`` (those before a place parted at a line's break) end with a place's type word: ``["trên",
    "địa", "bàn", "tỉnh"]`` → True."""
    return _TYPE_WORD_BEFORE.search(skeleton(" ".join(words).lower()) + " ") is not None


#: specks and the space after them opening a line
_SPECKS_OPENING_A_LINE = regex.compile(r"^(?:[ ]*[|_.,:;'‘’`~]+[ ]+)?")
#: … before a word in small letters (no sentence or item opens so)
_SPECKS_OPENING_A_LINE_GOING_ON = regex.compile(r"^[ ]*[|_.,'‘’`~]{1,3}[ ]+(?=\p{Ll})")


def fix_specks_opening_a_line_going_on(line: str, before: str) -> list[Edit]:
    """Specks opening a line that goes on with the sentence of the line ``before`` (which ends with a word): ``"._ nông
    thôn tổ chức Hội thi"`` under "… phối hợp với Sở Nông nghiệp và Phát triển" → "nông thôn tổ chức" (vetplan's OCR
    of fresh seed 7874's scan: the partner had been cut at them)."""
    if not before.rstrip()[-1:].isalpha():
        return []
    return [(m.start(), m.end(), "", 0.8) for m in _SPECKS_OPENING_A_LINE_GOING_ON.finditer(line)]


def place_going_on_to_the_next_line(line: str, after: str, places: set[str], original: str = "") -> list[Edit]:
    """The first words of a header's place that end a line, its rest opening the ``after`` line, written as the header
    writes it: ``"… trên địa bàn tỉnh Thành"`` / ``"Hóa năm 2018"`` → "Thanh" (the line read alone had made it the
    city's word); the letters must be the place's, in both lines — in the line as read (``original``) where the
    decoder read other letters: "… trên địa bàn huyện la" / "Pa năm 2020", decoded "huyện sa" → "Ia"."""
    whole = line.rstrip()
    body = whole.rstrip(":;")  # (a speck after it: "… huyện Phú:" / "Lọc năm 2017", real Tesseract-eng's "Phi:" on
    # fresh seed 11604, the title lost)
    ending = body.split(" ")
    opening = after.split()
    if not opening or skeleton(opening[0].lower()) not in {
            skeleton(w.lower()) for p in places for w in p.split(" ")[1:]}:  # (most lines: the next opens no place)
        return []
    parted = _place_across_a_break(ending[1:], opening, places)  # (a word before the place's on the line)
    if parted is None and original and (read := original.rstrip().split(" "))[-1] != ending[-1] \
            and len(read) == len(ending):
        parted = _place_across_a_break(read[1:], opening, places)  # (the decoder read another word there: vetplan's
        # OCR of fresh seed 4563's scan, "huyện la" read "huyện sa", the title lost)
    if parted is None:
        return []
    head = parted[0]
    written = " ".join(ending[-len(head):])
    want = " ".join(head).upper() if written.isupper() else " ".join(head)
    typed = _ends_with_a_type_word(ending[:-len(head)])
    return [(len(body) - len(written), len(whole), want, 0.8)] if (written != want or whole != body) and (
        written[:1].isupper() or typed) else []


#: a place's type words by their letters
_TYPE_WORD_LETTERS = r"(?:^|[^a-z])(?:tinh|thanh pho|huyen|quan|thi xa|thi tran|phuong|xa)[ ]+"
#: a place's type word right before it, in a line's letters ("… ủy ban nhân dân thị xã ")
_TYPE_WORD_BEFORE = regex.compile(_TYPE_WORD_LETTERS + "$")
#: a type word with a word after it, in a line's letters (where a place after its type word may be misread)
_TYPE_WORD_AFTER = regex.compile(_TYPE_WORD_LETTERS + "[a-z]")
#: a type word and the Capitalised run after it (group 1), in a line as written — but "xã hội" (society: "CỘNG HÒA XÃ
#: HỘI CHỦ NGHĨA" had become "XÃ HẢI CHÂU" under "QUẬN HẢI CHÂU", real Tesseract-eng on fresh seed 1736, the issuer
#: lost)
_PLACE_AFTER_TYPE_WORD = regex.compile(r"(?<![\p{L}\d])(?!(?i:xã[ ]+hội)(?![\p{L}\d]))"
                                       r"(?i:tỉnh|thành phố|huyện|quận|thị xã|thị trấn|phường|xã)[ ]+"
                                       r"(\p{Lu}\p{L}*(?:(?:[ ]|[ ]-[ ])\p{Lu}\p{L}*){1,3})(?![\p{L}\d])")
# (a province named by two places: "TỈNH BÀ RỊA - VŨNG TDU", sample 000's engine on fresh seed 3535 eng000, the issuer
# lost)
PLACE_MISREAD_LETTERS = 2  # letters of a place after its type word that may be misread


def _place_misread_as_written(line: str, original: str, places: set[str], is_place: Callable[[str], bool]
                              ) -> list[Edit]:
    """:func:`_place_misread_after_type_word` read in the decoded ``line`` with each word the decoder wrote small where
    the line as written (``original``) has it Capitalised put back as written — where both have as many words (sample
    000's engine's "huyén Xuyén Mde nam 2017", decoded "huyện Xuyên để năm", fresh seed 11263 eng000, the title
    lost)."""
    got, had = list(WORD_BETWEEN_SPACES.finditer(line)), list(WORD_BETWEEN_SPACES.finditer(original))
    if len(got) != len(had):
        return []
    words = [h.group() if h.group()[:1].isupper() and g.group()[:1].islower() else g.group()
             for g, h in zip(got, had, strict=True)]
    if all(w == g.group() for w, g in zip(words, got, strict=True)):
        return []
    starts = list(itertools.accumulate((len(w) + 1 for w in words[:-1]), initial=0))
    out: list[Edit] = []
    for a, b, rep, conf in _place_misread_after_type_word(" ".join(words), places, is_place):
        k, n = bisect.bisect_left(starts, a), len(rep.split(" "))
        if k + n > len(words) or starts[k] != a or starts[k + n - 1] + len(words[k + n - 1]) != b:
            continue
        da, db = got[k].start(), got[k + n - 1].end()
        if line[da:db] != rep:
            out.append((da, db, rep, conf))
    return out


def _place_misread_after_type_word(line: str, places: set[str], is_place: Callable[[str], bool]) -> list[Edit]:
    """:func:`place_as_the_header_writes_it`'s places of two words or more after their type word, misread."""
    from rapidfuzz.distance import Levenshtein

    out: list[Edit] = []
    for m in _PLACE_AFTER_TYPE_WORD.finditer(line):
        run = m.group(1).split(" ")
        # (or the second of a province's two places, the date line naming only it: "TỈNH BÀ RỊA - VŨNG TDU" beside
        # "Vũng Tàu, ngày", sample 000's engine on fresh seed 3535 eng000, the issuer lost)
        for at in (0, *(k + 1 for k, w in enumerate(run) if w == "-")):
            words = run[at:]
            for place in places:
                want = place.split(" ")
                text = " ".join(words[:len(want)])
                if len(words) < len(want) or any(
                        (skeleton(a[0].lower()) != skeleton(b[0].lower()) and not (a[0] in "BP" and b[0] == "Đ"))
                        or abs(len(a) - len(b)) > 1 for a, b in zip(words, want, strict=False)) or is_place(text):
                    # (a capital Đ read as B or P: "huyện Bong Pha" under "HUYỆN ĐỒNG PHÚ", fresh seed 799 eng000)
                    continue
                if Levenshtein.distance(skeleton(text.lower()), skeleton(place.lower())) <= PLACE_MISREAD_LETTERS:
                    a = m.start(1) + len(" ".join(run[:at])) + (1 if at else 0)
                    # (in capitals as written, or as its type word is: "UBND TỈNH Đăk NaNG", a code's stand-ins read
                    # small, fresh seed 4508 code — the issuer's line written "Đắk Nông" was taken for no capitals)
                    upper = text.isupper() or line[m.start():m.start(1)].isupper()
                    out.append((a, a + len(text), place.upper() if upper else place, 0.7))
                    break
    return out


#: the label "thời gian thực hiện" (a task's time) with a space lost between its words, however its vowels were
#: written: "thoigianthuc hien", a code's "th&igiantH}c hi@n"
_TIME_LABEL_GLUED = regex.compile(r"(?<![\p{L}\d])([tT][hH][^\s\d]{1,3}?[iI])(\s*)([gG][iI][^\s\d]{1,2}?[nN])(\s*)"
                                  r"([tT][hH][^\s\d]{1,4}?[cCe])(\s*)([hHM][iI][^\s\d]{1,3}?[nNm])(?![\p{L}\d])")
# (a code's M for the h of "hiện": "thoigianth\l'icMi~n:", sample 004's on fresh seed 5897 code004, the time lost; its
# c of "thực" written e: "thOigianth\l'ie hien:", fresh seed 9951 code004, the partner run on into it; its n an m:
# "thOigianth\l'icMiem:", 15073 code004, the time lost)


#: a task's labelled field "Đơn vị chủ trì:" at its line's start, however its letters and spaces came out: "DoVi chu
#: tri:", "Don vichuti:", "Dan vichii tri:" (its Đ a D or P, each word's vowels any one to three characters)
_LEAD_LABEL = regex.compile(r"(?<=^\s*[-–•+]?\s*)[DĐPB]\S{0,2}\s*[vV]\S{0,2}?\s*(?:(?:[cC]|(?<=\S)e(?=h))"
                            r"(?:[hHM}]|[^\s:]\})|eM|(?<=\s)\}(?=u))\S{0,3}?\s*"
                            r"(?:[tT][^\s:]{0,3}|(?<=\s)[rn][iìíỉ])(?=\s*:)")
# (its h read as a brace: "Pon vi C}u tri:", fresh seed 435 eng000; a speck before it, "Don vi cé}u tri:", fresh seed
# 505 eng000; a code's c written e, glued: "Don Viehutri:", fresh seed 1480 code004, the lead lost; its h written M
# too, "Don vi)eMu tri:", "DonvieMu tri:", fresh seeds 1897 and 1900 code004; its t lost, its r maybe read n, "Don vi
# chu ni:", sample 004's code on plan 2109; its h written M after a capital C, "Don vi CMu)tri:", fresh seed 3892
# code004; its c lost, "Pon vi }u tri:", sample 000's engine on fresh seed 11982 eng000, the lead lost; its Đ read B,
# its ủ a ligature's fi: "Bon vi ci}ﬁ tri:", 13738 eng000, the lead lost)


#: the lead's verb before "phối hợp" however damaged ("chii ri, ph6i hgpvai", "chutni,ph6i hgp": a code's; "chu tri,
#: phoi hop"): "ch" and up to two characters, then "tr" (its t maybe lost, its r read n) and up to three, before a
#: comma or semicolon and "ph… h…" (a lead's sentence: "Sở A chủ trì, phối hợp với Sở B …")
_LEAD_VERB = regex.compile(r"(?<![\p{L}\d])(?P<verb>((?:[cC]|¢[ ]?)(?:h|(?<=C)M|[^\s,;]?\})(?:[^\s,;]|l?,r|<;>){0,2}?)"
                           r"(?:[ ]|(?<=\S)l)?t?[rn](?:[^\s,;]|<;>){0,3}?"  # (a code's l for the space: "chiiltni",
                           # sample 004's on fresh seed 3037 code004, the lead lost)
                           # (the ủ a group with a semicolon in it: "Xa hoi ch<;>tr{, phfii hop", fresh seed 6002 code,
                           # read "chất", the lead lost; or a comma: "So Noi vB ch,rtrf, ph}i h&p", 6263 code, read "cho
                           # trẻ")
                           r"|[cC](?:h|(?<=C)M)[^\s,;]{1,2}?(?:[ ]?t|[ ])[iìí])"  # (its r lost, glued: "chuti, ph6i
                           # hgp voiSa", fresh seed 1536 code004, read "chi", the lead lost; a code's M for its h: "Sa
                           # cong Thuang CMu ti, ph6i hgP", 8261 code004, read "Cầu vị"; its t too: "Xa hQi chii i,
                           # ph6i hgp vai", 11589 code004, read "chơi vị")
                           r"[ ]?[,;][ ]?"  # (its h read as a brace, as in the label: "cé}u tri, phéi hop", fresh seed
                           # 1103 eng000, the lead had been lost)
                           r"(?P<speck>[1lI|][ ])?"  # (a speck's stroke before it: "chii tri, 1 pho hop vai", real
                           # Tesseract-eng on fresh seed 1062, the lead lost)
                           r"(?P<with>[pP]h(?![uùủ][ ]|át[ ]huy[ ])[^\s]{1,4}[ ]*(?:h|(?<=\S)M|(?<=[^\s}])\})"
                           r"(?:[^\sv]{1,3}|<;>p))"  # (a brace for the space and h: "chu tri, phoi}gp vdi S Ké
                           # hoach", sample 000's engine on fresh seed 11088 eng000, the partner lost)
                           r"(?=[ ]*[vV])")
# (a code's M for the h of "hợp", glued: "chu ti, ph6iMgp Vai Sa", sample 004's code on fresh seed 5516 code004, read
# "chủ từ", the lead lost)
# (a code's group "<;>" for ì and ợ: "ch>tr<;>, ph|I h<;>p v&i", fresh seed 4016 code, read "cho trở", the lead lost)
# (its ợ a stand-in of two characters: "chutr@, phfI h\\lp v9I", fresh seed 3496 code, the lead lost)
# (a code's ủ written "l,r", its comma no field's: "Xfi hoi chl,rtr~, phoi h&p voi", fresh seed 2588 code, read "chỉ
# trị", the lead lost)
# (its words glued: "chii ri,ph6ihgp vai", fresh seed 1432 code004, the lead lost; not "phát huy vai trò"; its c read
# as a cent sign, a space after it: "Xa hot ¢ hd tri, phoi hop vai", real Tesseract-eng on fresh seed 1066, the lead
# lost)
# (not "phù hợp": "chỉ rõ, phù hợp với"; "với" as a code may write it, "Vai": fresh seed 1216 code004, the lead lost)
#: … glued to the lead's last word, its c written e (its h maybe M), as sample 004's engine writes them: "Truyen
#: thongehu tri, ph6i hgp" (thông chủ trì), "Dau tueMu tri, phl6i hgP" (tư chủ trì; fresh seeds 939 and 805 code004: the
#: lead had been lost)
_LEAD_VERB_GLUED = regex.compile(r"(?<=\p{Ll}[\p{Ll}M]|[\p{Ll}M]\d\p{Ll}|(?<![\p{L}\d])\p{Ll}\p{Lu}\p{Ll}"
                                 r"|(?<![\p{L}\d])[vV](?:[IT]\)|\\l))"
                                 # (a digit its vowel: "h9ieMutri", hội chủ trì, fresh seed 1234 code004; the code's M
                                 # for nh: "Tai chiuMchultri", 4278 code004; for h: "XaM9ichutri", 6125 code004; a
                                 # code's capital for a vowel: "Xa hQieMu ti, ph6i hgp", 10929 code004, the lead lost;
                                 # after a code's "vụ", "VI)chu tri", 10966 code004)
                                 r"(?P<verb>e[hM][^\s,;]{0,2}?[ ]?t?[rn][^\s,;]{0,3}?|e[hM][^\s,;]{1,2}?[ ]?t[iìí]"
                                 # (its r lost: "Tai chinhehu ti, ph6i hgp", fresh seed 1609 code004, the lead lost)
                                 r"|ch[^\s,;l]{1,2}lt[rn][^\s,;]{0,3}?"
                                 r"|(?<=[nu])ch[^\s,;]{1,2}?[ ]t[rn][^\s,;]{0,3}?"
                                 r"|(?<=\d[iI])ch[^\s,;]{1,2}?[ ]?t[rn][^\s,;]{0,3}?"  # (after a coded "hội", its words
                                 # glued: "Xa h9ichutri, ph6i hgp" — as on fresh seed 5797 code004, whose "Xa)M9ichutri"
                                 # stays: its bracket may close a group, "Ml)C" MỤC)
                                 r"|(?<=[nuh])C[hM][^\s,;]{0,2}?[ ]?t[rn][^\s,;]{0,3}?"  # (a code's capital C and M
                                 # for h: "Sa N9i vuCMutri, ph6i hgp", fresh seed 4978 code004, read "Cầu trị", the lead
                                 # lost; its ủ "ii", a space before "trì": "Sa Tai chinhChii tri,ph6i hgp", 13734
                                 # code004, read "chính Chơi chủ trì", the lead's name lengthened)
                                 r"|(?<=(?<![\p{L}\d])[vV](?:[IT]\)|\\l))[cC][hM][^\s,;]{0,2}?[ ]?t[rn][^\s,;]{0,3}?"
                                 # (after a code's "vụ": "Sa N9i VI)chu tri, ph6i hgp", fresh seed 10966 code004, the
                                 # lead lost; "Sa NQi V\lCMu tri", 16739 code004, read "Nội vụ Cầu chủ trì")
                                 r"|(?<=(?<![\p{L}\d])X[ai]h[^\s\d]{1,2}i)ch[^\s,;\d]{1,2}[ ]t[rn][^\s,;]{0,3}?"
                                 # (after "Xã hội" glued whole: "Thuong binh va Xahoichii tri, ph6i hgp", fresh seed
                                 # 16777 code004, the lead's name lengthened; its ã a code's i: "ve Xihaichi tri, phAi
                                 # hop", 17435 code)
                                 r"|(?<=(?<![\p{L}\d])h[^\s\d]{1,2}i)ch\d[ ]?tr[^\s,;]{1,2}?"  # (after a plain
                                 # "hoi", its ủ a figure: "Xa hoich9tr~, ph&i h\\lpv(ri", fresh seed 7250 code)
                                 r"|(?<=\d[iI])[cC][hM][^\s,;]{1,2}?[ ]t[iìí])"  # (its r lost, after a coded "hội":
                                 # "Xa h9iChii ti, ph6i hgp V'i", fresh seed 6189 code004, read "Chỉ vị", the lead lost)
                                 r"[ ]?[,;][ ]?"  # (its c a c, glued, a space
                                 # written l inside: "Dao taochultri, ph6i hgp V'i", fresh seed 1559 code004, the lead
                                 # lost; not "sách tri,")
                                 r"(?P<with>[pP]h(?![uùủ][ ])[^\s]{1,4}[ ]*[hM][^\sv]{1,3})(?=[ ]*[vV])")
# (its h a code's M, "với" glued: "Xa hoieMu tri, ph6iMgpvai Sa Thong", fresh seed 6226 code004, the lead lost)
# (its words glued too: "Truyen thongeMu tri, ph6ihgp voi", fresh seed 1644 code004, the lead lost; its c a c, glued
# after a name's last n: "Phat tri~n nomgthonchu tri, ph6i hgp", fresh seed 3484 code004, the lead lost; or u: "D~u
# tuchii tri, ph6i hgp", 4269 code004)


def fix_lead_verb(line: str) -> list[Edit]:
    """"chủ trì, phối hợp với" in a lead's sentence: ``"Sa Lao d9ng … chii ri, ph6i hgpvai"`` → "chủ trì", "phối hợp"
    (it had been read "chỉ vị", "chutni": the lead lost; the verb mended alone, "phi hop" was read "phù hợp"); written
    so, or Capitalised, they are left."""
    out: list[Edit] = []
    for m in _LEAD_VERB.finditer(line):
        if m.start() and line[m.start() - 1] in _GLUE_BEFORE and line[:m.start()].rstrip(_GLUE_BEFORE)[-1:].isalpha():
            out.append((m.start(), m.start(), " ", 0.75))  # glued to a word a code's stand-in ends ("Dau t<;>ch^ tri":
            # tư chủ trì, fresh seed 1584 code; the space parts the word, which the decoder then reads alone)
        if m["verb"].lower() != "chủ trì":
            opens = m["verb"][0] == "C" and not line[:m.start()].rstrip()[-1:].isalpha()  # (a code's random capital
            # after the lead's name is none: "Đào tạo CMutri", fresh seed 2934 code004)
            out.append((*m.span("verb"), "Chủ trì" if opens else "chủ trì", 0.8))
        if m.start() > 1 and line[m.start() - 1] in "’'‘`" and line[m.start() - 2].isalpha():  # (a quote for the
            # space before it: "nong thon’chii tri", real Tesseract-eng on fresh seed 1062)
            out.append((m.start() - 1, m.start(), " ", 0.8))
        if m["speck"]:
            out.append((*m.span("speck"), "", 0.8))
        if m["with"].lower() != "phối hợp":
            out.append((*m.span("with"), "Phối hợp" if m["with"][0] == "P" else "phối hợp", 0.8))
        if line[m.end("with"):m.end("with") + 1].isalpha():  # ("hgpvai": its space put back)
            out.append((m.end("with"), m.end("with"), " ", 0.8))
    for m in _LEAD_VERB_GLUED.finditer(line) if "e" in line or "ch" in line or "C" in line else ():  # ("thongehu
        # tri,": parted,
        # "thong chủ trì")
        # (the space an insertion of its own: it parts the glued token, whose first word the decoder then reads)
        out += [(m.start("verb"), m.start("verb"), " ", 0.75), (*m.span("verb"), "chủ trì", 0.75)]
        if m["with"].lower() != "phối hợp":
            out.append((*m.span("with"), "phối hợp", 0.8))
        if line[m.end("with"):m.end("with") + 1].isalpha():  # ("hgpvai", as above)
            out.append((m.end("with"), m.end("with"), " ", 0.8))
    return out


#: the word after "phối hợp" before a partner's Capitalised name, a v and up to three characters ("phối hợp v61 Sở",
#: "phối hợp vài Sở", fresh seeds 547 and 549 eng000: the partner had been lost)
_WITH_AFTER_PARTNERING = regex.compile(r"(?<=(?<![\p{L}\d])[pP]hối hợp[ ]+)(?:[vV][^\s,;.]{1,3}[.,:]?(?=[ ]+\p{Lu})"
                                       r"|c[ơó](?=[ ]+(?:Sở|Bộ|UBND)[ ])"
                                       r"|\p{Ll}{1,2}[.,:](?=[ ]+(?:Sở|Bộ|UBND)[ ]))")  # (a short word and a speck:
# "phdi hop yi. So Cong Thuong", real Tesseract-eng on fresh seed 4292, read "phối hợp lý.", the partner lost)
# (its v read as a c: "phoi hop vo So Cong Thuong" read "phối hợp cơ Sở", real Tesseract-eng on fresh seed 2206, the
# partner lost)
# (a code's random capital: "ph6i hgp V'i SalKS ho?ch", sample 004's code on fresh seed 2948 code004, read "Vì Sao")
# (a speck's stop after it: "phối hợp vai. Sở Công Thương", real Tesseract-eng on fresh seed 1066, the partner lost)


#: a hyphen a speck put between the words of the label "phối hợp:" ("©. Dan vi phdi-hgp: Sd Cong Thong.": real
#: Tesseract-eng on fresh seed 848, the partner lost)
_PARTNER_LABEL_HYPHEN = regex.compile(r"(?<=(?<![\p{L}\d])ph\S{1,3})-(?=h\S{1,3}p[ ]?:)")


#: … or specks between "vị" and "phối hợp:" ("đơn Vị ¡| phối hợp:.Sở Giáo dục", vetplan's OCR of fresh seed 1062's
#: scan: the partner lost)
_SPECKS_IN_PARTNER_LABEL = regex.compile(r"(?<=(?<![\p{L}\d])(?i:v)\S{1,2})[ ]+[¡|!'‘’`.,:;_~]{1,3}"
                                         r"(?=[ ]+ph\S{1,3}[ ]h\S{1,3}p[ ]?:)")


#: a capital letter alone (a speck) between a task's field label's colon and the agency's head word ("phdi hgp: P So
#: Gido duc": sample 000's engine on fresh seed 2195 eng000, read "Ở Sở Giáo dục", the partner lost)
#: a speck's colon glued before "phối hợp" after the lead's comma ("Xa héi-chu tri, :phdi hop voi S& Ké hoach": real
#: Tesseract-eng on fresh seed 7287, the partner lost)
_COLON_BEFORE_WITH = regex.compile(r"(?<=,[ ]?):(?=ph\S{1,3}[ ]h\S{1,3}p[ ]v)")
_LETTER_SPECK_AFTER_LABEL = regex.compile(r"(?<=(?:tri|trì|hgp|hop|hợp)[ ]?:[ ]{1,2})(?:[A-ZĐ][ ]|[a-z](?=S[ ]))"
                                          r"(?=S\S{0,2}[ ]\p{Lu}\p{Ll})")  # (or a small one glued before the head
# read S alone: "Pon vi phoi hop: rS Ndi vu.", sample 000's engine on fresh seed 10527 eng000, read "rõ", the partner
# lost)


#: a speck's hyphen glued before "vị" in the label "đơn vị phối hợp" ("don -vi phéi hop: Sd Noi vu": real Tesseract-eng
#: on fresh seed 3525, the partner read into the lead), or a speck's colon between "chủ" and "trì" of the lead's label,
#: its own colon after them ("Don vi cht: tri: Sé Ké hoach", the same scan)
_SPECK_AMONG_A_LABELS_WORDS = regex.compile(r"(?<=(?<![\p{L}\d])(?i:[dđ]\S{1,2}n)[ ]+)-"
                                            r"(?=(?i:v)\S{0,2}[ ]+(?i:ph)\S{1,3}[ ]h)"
                                            r"|(?<=(?<![\p{L}\d])(?i:v)\S{0,2}[ ]+(?i:ch)\S{1,2}):"
                                            r"(?=[ ]+(?i:tr)\S{1,2}:)")


def fix_partner_label_hyphen(line: str) -> list[Edit]:
    """``"Dan vi phdi-hgp: Sd Cong Thong."`` → "phdi hgp:"; ``"đơn Vị ¡| phối hợp:"`` → "đơn Vị phối hợp:"; a letter
    alone after its colon, before the agency: ``"phdi hgp: P So Gido"`` → "phdi hgp: So Gido"; a speck inside the
    labels: ``"don -vi phéi hop:"`` → "don vi", ``"Don vi cht: tri:"`` → "cht tri:"."""
    return [(m.start(), m.end(), " ", 0.8) for m in _PARTNER_LABEL_HYPHEN.finditer(line)] + [
        (m.start(), m.end(), "", 0.8) for m in _SPECKS_IN_PARTNER_LABEL.finditer(line)] + [
        (m.start(), m.end(), "", 0.75) for m in _LETTER_SPECK_AFTER_LABEL.finditer(line)] + [
        (m.start(), m.end(), "", 0.75) for m in _COLON_BEFORE_WITH.finditer(line)] + [
        (m.start(), m.end(), "", 0.75) for m in _SPECK_AMONG_A_LABELS_WORDS.finditer(line)]


#: "với" glued to the partner's head word "Sở" after "phối hợp" ("ph6i hgpVoiSa Tai chinh", "ph6i hgp vaiSa Nong
#: nghiep": sample 004's code on fresh seeds 2171 and 2155, read "Với Sa" and "với và", the partner lost)
_WITH_GLUED_TO_THE_HEAD = regex.compile(r"(?<=(?<![\p{L}\d])[pP]h\S{1,3}[ ]?)(?P<hop>[hM]\S{1,2}[pP])(?P<gap>[ ]?)"
                                        r"(?P<with>[vV]\S{1,2})(?P<head>S\S{0,2}?)"
                                        r"(?:(?=[ ]\p{Lu}\p{Ll})|(?P<close>\))(?=\p{Lu}\p{Ll}))")  # (glued to the name
# too after the code's bracket for the ở's hook: "ph6i hgp vaiSa)Nong nghisp", fresh seed 10999 code004, the partner
# lost)


def fix_with_glued_to_the_head(line: str) -> list[Edit]:
    """``"ph6i hgpVoiSa Tai chinh"`` → "ph6i hgp Voi Sa Tai chinh": the spaces put back (before the decoder, which
    reads the words parted, in their context: written as words here, "với Sở" had cut the name after it from the
    LM's context, "Sở Cổng Thông", dev seed 362 code004); written apart, it is left."""
    out: list[Edit] = []
    for m in _WITH_GLUED_TO_THE_HEAD.finditer(line):
        if not m["gap"]:  # ("hgpVoiSa": "với" glued to "hợp" too)
            out.append((m.start("with"), m.start("with"), " ", 0.8))
        out.append((m.start("head"), m.start("head"), " ", 0.8))
        if m["close"]:
            out.append((*m.span("close"), " ", 0.8))  # (the bracket for the space: "Sa" alone is the code's Sở)
    return out


#: a speck's comma or stop between "phối hợp" and its "với" ("chủ trì, phối hợp, với Sở Thông tin": real Tesseract-eng
#: on fresh seed 1578, the partner lost)
_SPECK_BEFORE_WITH = regex.compile(r"(?<=(?<![\p{L}\d])[pP]hối hợp)[,.](?=[ ]+v\S{1,3}[ ]+\p{Lu})"
                                   r"|(?<=(?<![\p{L}\d])[pP]hối hợp[ ]+)[“”\"'‘’`.,]+(?=với[ ]+\p{Lu})"
                                   r"|(?<=(?<![\p{L}\d])[pP]hối hợp[ ]+)[\\|][ ]+(?=với[ ]+\p{Lu})"  # (a bar with a
                                   # space after it: "phối hợp \ với Sở Nông nghiệp", vetplan's OCR of fresh seed
                                   # 4912's scan, the partner lost)
                                   r"|(?<=(?<![\p{L}\d])[pP]hối hợp[ ]+[“”\"'‘’`]?với[ ])[ ]+(?=\p{Lu})")
# (a quote glued before it, two spaces after it: "phối hợp “với  Sở Kế hoạch", sample 000's engine's "ph6i hop “véi  S'"
# on fresh seed 2978 eng000, the partner lost; or a stop: "phối hợp .với Sở Nội vụ", real Tesseract-eng on fresh seed
# 3457, the partner lost)


def fix_partners_with(line: str) -> list[Edit]:
    """The "với" between "phối hợp" and the partner's name, in a repaired line: ``"phối hợp v61 Sở Thông tin"`` →
    "với", a speck's stop after it gone: ``"phối hợp vài. Sở"``, or before it: ``"phối hợp, với Sở"`` (read after the
    decoder, whose context it stays: a word the fixers put before decoding is none, and "với S6 Céng" had then been read
    "Số Công")."""
    out = [(m.start(), m.end(), "với", 0.8) for m in _WITH_AFTER_PARTNERING.finditer(line) if m.group() != "với"]
    return out + [(m.start(), m.end(), "", 0.8) for m in _SPECK_BEFORE_WITH.finditer(line)]


#: a speck between the lead's verb and "phối hợp": a colon for its comma, dashes after it ("chủ trì: phối hợp với",
#: "chủ trì, -—phối hợp": real Tesseract-eng on fresh seeds 1862 and 1865, the partners lost)
_SPECK_AFTER_THE_LEAD_VERB = regex.compile(r"(?<=(?<![\p{L}\d])chủ trì)(?::|,[ ]?[-—–.]+)(?=[ ]?phối hợp)")


def fix_speck_after_the_lead_verb(line: str) -> list[Edit]:
    """``"Sở Giáo dục và Đào tạo chủ trì: phối hợp với"`` → "chủ trì, phối hợp", ``"chủ trì, -—phối hợp"`` → "chủ trì,
    phối hợp" (read after the decoder)."""
    return [(m.start(), m.end(), ", " if line[m.end()] != " " else ",", 0.8)
            for m in _SPECK_AFTER_THE_LEAD_VERB.finditer(line)]


#: specks inside a time span: after its first month's word ("từ tháng. 2"), a hyphen between its month and "đến"
#: ("2-đến"), after "đến" ("đến, tháng 10/2023"): real Tesseract-eng on fresh seed 1578, the task's time lost
_SPECKS_IN_A_TIME_SPAN = regex.compile(r"(?<=(?<![\p{L}\d])(?:từ|đến)[ ]tháng)(?P<a>[ ]?[.,:;'’‘`]+|[ ][A-Z](?=[ ])"
                                       r"|[ ][+*](?=\d))"  # (a plus sign: "từ tháng +4 đến tháng 5/2022", vetplan's
                                       # OCR of fresh seed 2830's scan, the task's time lost)
                                       r"(?=[ ]?\d{1,2}(?!\d))"  # (or a capital a speck was read as: "từ tháng G 6
                                       # đến", vetplan's OCR of fresh seed 1349's scan, the task's time lost)
                                       r"|(?<=(?<![\p{L}\d])tháng[.,:;'’‘`]*[ ]?\d{1,2})(?P<b>-)(?=đến[ ,.])"
                                       r"|(?<=(?<![\p{L}\d])tháng[ ]?\d{1,2}[ ])(?P<d>[-.,:;'’‘`]+)(?=đến[ ])"  # (glued
                                       # before "đến": "từ tháng 4 .đến tháng 7/2018", real Tesseract-eng on fresh
                                       # seed 2278, the task's time lost; a hyphen, "từ tháng 3 -đến tháng 7/2023",
                                       # vetplan's OCR of fresh seed 2351's scan)
                                       r"|(?<=tháng[.,:;'’‘`]*[ ]?\d{1,2}[ -]đến)(?P<c>[.,:;'’‘`]+)(?=[ ]tháng[ ]\d)"
                                       r"|(?<=(?<![\p{L}\d])tháng[ ]?\d{1,2})(?P<b2>[.,:;]+-?)(?=đến[ ])")  # (glued
# before "đến" with no space: "từ tháng 3:-đến tháng 8/2016", real Tesseract-eng on fresh seed 4899)
# (a speck after the month word's space: "từ tháng .7 đến tháng 9/2020", real Tesseract-eng on fresh seed 11943, the
# task's time lost)


#: a span's last month and its year with a space for the slash between them ("từ tháng 3 đến tháng 9 2024.": real
#: Tesseract-eng on fresh seed 3610, the task's time lost)
_SPAN_ENDS_YEAR_SLASH_AS_SPACE = regex.compile(r"(?<=(?<![\p{L}\d])đến[ ]tháng[ ](?:1[0-2]|0?[1-9]))[ -]"
                                               r"(?=(?:19|20)\d\d(?![\d/]))")
# (or as a hyphen: "đến thang 10-2019.", real Tesseract-eng on fresh seed 3793, the task's year lost)
#: … or a space after the slash, or inside the year, or the slash lost ("đến tháng 9/ 2021", "đến tháng 6/2 023", "đến
#: tháng 42018": real Tesseract-eng on fresh seeds 8962, 9730 and 9490, each task's time lost): group "m" the month,
#: "s" what stands for the slash, "y" the year's figures with the space among them
_SPAN_ENDS_YEAR_SPACED = regex.compile(r"(?<=(?<![\p{L}\d])đến[ ]tháng(?:[ ]|[.,:;'’‘`]+[ ]?))"
                                       r"(?P<m>1[0-2]|0?[1-9])(?P<s>/[ ]|/|)"
                                       r"(?P<y>(?:19|20)\d\d|\d[ ]\d{3}|\d\d[ ]\d\d|\d{3}[ ]\d)(?![\d/])")
#: a span's first month, a 5 read S (then "Số": "từ tháng Số đến tháng 6/2020", real Tesseract-eng on fresh seed 9081,
#: the task's time lost)
_SPAN_FIRST_MONTH_FIVE_READ_S = regex.compile(r"(?<=(?<![\p{L}\d])từ[ ]tháng[ ])S(?:ố)?(?=[ ]đến[ ]tháng[ ]\d)")


def fix_specks_in_a_time_span(line: str) -> list[Edit]:
    """``"từ tháng. 2-đến, tháng 10/2023"`` → "từ tháng 2 đến tháng 10/2023" (read after the decoder); a span written
    right stays; its year's slash read as a space: ``"đến tháng 9 2024"`` → "9/2024", a space after it or inside the
    year, or the slash lost: ``"đến tháng 6/2 023"``, ``"đến tháng 42018"`` → "6/2023", "4/2018"; its first month a 5
    read S: ``"từ tháng Số đến tháng 6/2020"`` → "5"."""
    out: list[Edit] = []
    for m in _SPECKS_IN_A_TIME_SPAN.finditer(line):
        space = m["b"] is not None or m["b2"] is not None or (m["a"] is not None and line[m.end():m.end() + 1] != " ")
        out.append((m.start(), m.end(), " " if space else "", 0.8))
    out += [(m.start(), m.end(), "/", 0.75) for m in _SPAN_ENDS_YEAR_SLASH_AS_SPACE.finditer(line)]
    for m in _SPAN_ENDS_YEAR_SPACED.finditer(line):
        year = m["y"].replace(" ", "")
        if year[:2] in ("19", "20") and (m["s"] != "/" or " " in m["y"]) and _clear(m.start("s"), m.end("y"), out):
            out.append((m.start("s"), m.end("y"), "/" + year, 0.75))
    return out + [(m.start(), m.end(), "5", 0.75) for m in _SPAN_FIRST_MONTH_FIVE_READ_S.finditer(line)]


#: the first word of a task's time label read as another short word, in a repaired line: "; hai gian thực hiện: Quý
#: IV/2022", "; Mới gian thực hiện:" (a code that loses letters, fresh seeds 606 and 613 code004: the time had run on
#: into the partner); after a field's semicolon or an item's dash, before the label's colon
_TIME_LABEL_FIRST_WORD = regex.compile(r"(?:(?<=[;,][ ]{0,2})|(?<=^[ ]*[-–+•][ ]{0,2}))(?P<w>\p{L}{1,4})"
                                       r"(?= gian (?P<x>\p{L}{2,4}) hiện[ ]?:)")
# (its "thực" read as another short word too: "; Mai gian học hiện: Quý II/2021", fresh seed 938 code004)
#: … or specks inside its "gian", which a reading of the marks may have made a second word's ("thời g@1ian thực hiện:",
#: read "thời g@1gian": vetplan's OCR of fresh seed 6956's scan, the partner run on into the task's time)
_TIME_LABELS_GIAN_SPECKED = regex.compile(r"(?<=(?<![\p{L}\d])(?i:thời)[ ])g[^\s\p{L}]{1,3}g?ian"
                                          r"(?=[ ]thực[ ]hiện[ ]?:)")
#: … its "thực hiện" glued and left unread ("; Mới gian hvchisn: Quý II/2016": sample 004's code on fresh seed 14439
#: code004, the time run into the partner)
_TIME_LABEL_WORDS_GLUED = regex.compile(r"(?:(?<=[;,][ ]{0,2})|(?<=^[ ]*[-–+•][ ]{0,2}))(?P<w>\p{L}{1,4})"
                                        r" gian (?P<x>(?!thực)\p{Ll}"
                                        r"(?:\p{Ll}|(?<=\p{Ll})[\\'’~@^]|\p{Lu}(?=\p{Ll})){4,11})(?=[ ]?:)")
# (a code's stand-ins and capital inside: "; Mới gian th\l'ieMien:", sample 004's code on fresh seed 16257 code004, the
# time run into the partner)


def fix_time_label_word(line: str) -> list[Edit]:
    """The time label's "thời" however a code left it, read after the decoder: ``"…; hai gian thực hiện: Quý IV/2022"``
    → "thời" (in the word's case: "Mới gian" → "Thời"); no other word stands before "gian thực hiện:" as a field's
    label; its "thực" read as another short word too (``"; Mai gian học hiện:"``)."""
    out: list[Edit] = []
    for m in _TIME_LABEL_FIRST_WORD.finditer(line):
        if m["w"].lower() != "thời":
            out.append((m.start(), m.end(), "Thời" if m["w"][0].isupper() else "thời", 0.8))
        if m["x"] != "thực" and (m["w"].lower() != "thời" or m["x"][:1] in "th"):  # (a word, "học", read for "thực")
            out.append((*m.span("x"), "thực", 0.8))
    for m in _TIME_LABEL_WORDS_GLUED.finditer(line) if not out else ():  # ("Mới gian hvchisn:")
        if m["w"].lower() != "thời":
            out.append((m.start(), m.end("w"), "Thời" if m["w"][0].isupper() else "thời", 0.8))
        out.append((*m.span("x"), "thực hiện", 0.8))
    return out + [(m.start(), m.end(), "gian", 0.8) for m in _TIME_LABELS_GIAN_SPECKED.finditer(line)]


#: the time label broken between "thực" and "hiện" where its line ends, a scan's speck's stop on either side of the
#: break ("…; thời gian thực." / ". hiện: Quý 1/2024.": real Tesseract-eng on fresh seed 11640, the task's time lost)
_STOP_ENDING_THE_TIME_LABELS_LINE = regex.compile(r"(?<=(?<![\p{L}\d])(?i:thời)[ ]gian[ ]thực)[ ]?[.,]+(?=[ ]*$)")
_SPECKS_OPENING_THE_TIME_LABELS_LINE = regex.compile(r"^[ ]*[.,‘’'`]+[ ]*(?=hiện[ ]?:)")
_TIME_LABEL_GOING_ON = regex.compile(r"^[ ]*[.,‘’'`]*[ ]*hi\S{1,3}n[ ]?:")
_TIME_LABEL_BROKEN_AFTER = regex.compile(r"(?<![\p{L}\d])(?i:thời)[ ]gian[ ]thực[ ]?[.,]*[ ]*$")


def fix_stop_inside_a_broken_time_label(line: str, before: str, after: str) -> list[Edit]:
    """``"…; thời gian thực."`` / ``". hiện: Quý 1/2024."``: the speck's stops around the line's break go, on each line
    (``before`` and ``after`` the lines around it, ``after`` as read before the decoder: "hien:"); a label whole on
    its line, or a sentence that ends so, is left."""
    out: list[Edit] = []
    if _TIME_LABEL_GOING_ON.match(after):
        out += [(m.start(), m.end(), "", 0.8) for m in _STOP_ENDING_THE_TIME_LABELS_LINE.finditer(line)]
    if _TIME_LABEL_BROKEN_AFTER.search(before):
        out += [(m.start(), m.end(), "", 0.8) for m in _SPECKS_OPENING_THE_TIME_LABELS_LINE.finditer(line)]
    return out


#: the word between a span's two months read as another short đ-word, in a repaired line: "từ tháng 2 đã tháng 11/2018"
#: (a code that loses letters wrote đến "dS": fresh seed 623 code004, the task's time had been lost)
_SPAN_TO_WORD = regex.compile(r"(?<=(?<![\p{L}\d])[tT]ừ tháng \d{1,2}[ ])(?!đến[ ])[đdĐD]\p{L}{0,3}"
                              r"(?=[ ]tháng \d{1,2}(?:/(?:19|20)\d\d)?(?![\d/]))")


#: "thôn" after "nông" in a repaired line, read as another word where a code wrote its th as an M or lost its t ("nong
#: Mon", "nong hon": fresh seeds 1145, 1120 and 1140 code004, read "nông Môn", "nông hơn" — the title had been lost);
#: no other word follows "nông" so spelled
_RURAL_WORD = regex.compile(r"(?<=(?<![\p{L}\d])[nN]ông[ ])(?:[hH]ơn|[mM]ôn|[hH]ôn)(?![\p{L}\d])")


def fix_rural_word(line: str) -> list[Edit]:
    """``"lao động nông hơn năm 2017"`` → "nông thôn" (a code's; read after the decoder)."""
    return [(m.start(), m.end(), "THÔN" if m.group().isupper() else "thôn", 0.75) for m in _RURAL_WORD.finditer(line)]


#: a cited document's type name before its number, in a repaired line, read as other words where a code glued it to
#: "số" ("ThSng t{s{ 43/2016/TT-BLDTBXH" read "Tháng tám 43/2016/TT", "Thomgtus6 43I2016/TT" read "Thông từ": fresh
#: seeds 1193 code and 1200 code004, the legal basis lost): the type code after the number names it (TT: Thông tư, QĐ:
#: Quyết định, CT: Chỉ thị, NĐ: Nghị định), the two words before it one letter from it each by their first letters
_CITED_TYPE_WORDS = regex.compile(r"(?<![\p{L}\d])(?P<words>\p{Lu}\p{Ll}+[ ]\p{Ll}+)"
                                  r"(?P<so>[ ](?i:số)|[ ][\p{Ll}\d]{2})?[ ]+"
                                  r"(?=\d{1,5}/(?:(?:19|20)\d\d/)?(?P<code>TT|QĐ|CT|NĐ)-)")
# (a number without its year too: "Chỉ thời 24/CT-TTg", a code's "Chi thos@ 24/CT-TTg", fresh seed 13540 code, the
# citation lost)
# (its "số" read as another short word: "Thdng tu 8d 43/2016/TT", sample 000's engine on fresh seed 3395 eng000, read
# "Tháng tự do")
_TYPE_NAMES = {"TT": "Thông tư", "QĐ": "Quyết định", "CT": "Chỉ thị", "NĐ": "Nghị định"}
#: … or its two words and "số" glued whole, read as no word ("Tholgtus6 43/2016/TT-BLĐTBXH", "NghjdjrMs6 15/2019/NĐ-CP":
#: sample 004's code on fresh seeds 12807 and 13277 code004, the citations lost): the type's name opens with the
#: token's first letters
_CITED_TYPE_WORDS_GLUED = regex.compile(r"(?<![\p{L}\d])(?:Th|Ngh|Qu|Ch)\S{2,9}?s[6oốô0]"
                                        r"(?=[ ]\d{1,4}/(?:(?:19|20)\d\d/)?(?P<code>TT|QĐ|CT|NĐ)-)")
_TYPE_NAMES_OPEN = {"TT": "Th", "QĐ": "Qu", "CT": "Ch", "NĐ": "Ngh"}


def fix_cited_type_words(line: str) -> list[Edit]:
    """``"… Chính phủ; Tháng tám 43/2016/TT-BLĐTBXH"`` → "Thông tư số 43/2016/…" (read after the decoder); the words
    must open with the type name's first letters ("Th… t…"), and a type written right stays; glued whole with "số":
    ``"NghjdjrMs6 15/2019/NĐ-CP"`` → "Nghị định số"."""
    out: list[Edit] = []
    for m in _CITED_TYPE_WORDS.finditer(line):
        name = _TYPE_NAMES[m["code"]]
        words = m["words"]
        first, second = (skeleton(w.lower()) for w in words.split())
        want1, want2 = (skeleton(w.lower()) for w in name.split())
        so_read = not m["so"] or m["so"][1:].lower() == "số"
        if (words == name and so_read) or not (first[:2] == want1[:2] and second[:1] == want2[:1]):
            continue
        out.append((m.start("words"), m.end("so") if m["so"] else m.end("words"), name + " số", 0.7))
    if "s6" in line or "so" in line or "số" in line:
        out += [(m.start(), m.end(), _TYPE_NAMES[m["code"]] + " số", 0.7)
                for m in _CITED_TYPE_WORDS_GLUED.finditer(line)
                if m.group().startswith(_TYPE_NAMES_OPEN[m["code"]]) and _clear(m.start(), m.end(), out)]
    return out


#: the span's second month word read as another word: "từ tháng 4 đến hàng 10/2019" (a code's "hang", its t lost: fresh
#: seed 916 code004, the task's time had been lost)
_SPAN_SECOND_MONTH_WORD = regex.compile(r"(?<=(?<![\p{L}\d])[tT]ừ tháng \d{1,2} đến[ ])(?!tháng[ ])\p{L}{2,5}"
                                        r"(?=[ ]\d{1,2}/(?:19|20)\d\d(?![\d/]))")  # (two letters: "đến em 4/2018",
# real Tesseract-eng's "dén es 4/2018" on fresh seed 9064, the task's time lost)


def fix_span_to_word(line: str) -> list[Edit]:
    """``"từ tháng 2 đã tháng 11/2018"`` → "đến" (read after the decoder: no other word joins two months after "từ"),
    and the second month's word: ``"từ tháng 4 đến hàng 10/2019"`` → "tháng"."""
    return [(m.start(), m.end(), "đến", 0.8) for m in _SPAN_TO_WORD.finditer(line)] + \
        [(m.start(), m.end(), "tháng", 0.8) for m in _SPAN_SECOND_MONTH_WORD.finditer(line)]


#: the word that opens a span of months read as another short t-word or as a code's stand-in standing alone, in a
#: repaired line: "đại chúng tôi tháng 2 đến tháng 10/2021" (a code's "t\\l'i", fresh seed 822 code004), "lao động (
#: tháng 2 đến tháng 6/2017" (its t lost, ừ written "(": 828) — no other word stands there; a bracket that a ")"
#: closes on the line is left
_SPAN_FROM_WORD = regex.compile(r"(?<![^\s])(?:(?![tT]ừ[ ])[tT]\p{Ll}{1,2}|[(\[{<|\\~@^?]{1,2})"
                                r"(?=[ ]tháng \d{1,2} đến tháng \d{1,2}(?:/(?:19|20)\d\d)?(?![\d/]))")


def fix_span_from_word(line: str) -> list[Edit]:
    """``"… đại chúng tôi tháng 2 đến tháng 10/2021"`` → "từ", ``"lao động ( tháng 2 đến tháng 6/2017"`` → "từ" (read
    after the decoder: a span of months opens with "từ"; the task's time had been lost); "(tháng 2 đến tháng 6)"
    is left."""
    return [(m.start(), m.end(), "Từ" if m.group(0)[0] == "T" else "từ", 0.75) for m in _SPAN_FROM_WORD.finditer(line)
            if not any(o in m.group(0) and c in line[m.end():] for o, c in ("()", "[]", "{}", "<>"))]


def fix_lead_label(line: str) -> list[Edit]:
    """The label of a task's lead, "Đơn vị chủ trì:", at its line's start however a code or a scan wrote it: ``"- DoVi
    chu tri: Sở …"`` → "Đơn vị chủ trì" (it had been read "Đó Vị chủ trì" and the lead lost), ``"- Don vichuti:"``
    (read "chủ tỉ"); written right, or anything else before a colon, it is left."""
    return [(m.start(), m.end(), "Đơn vị chủ trì", 0.85) for m in _LEAD_LABEL.finditer(line)
            if m.group(0) != "Đơn vị chủ trì"]


#: the partners' label "đơn vị phối hợp:" after a field's semicolon or opening its line, however a code wrote it, its h
#: maybe M ("Truy~n thong;danvi ph6iMgp: Sa KS hoach": fresh seed 1996 code004, read "dân vị phối mập", the partner
#: lost)
_PARTNER_LABEL = regex.compile(r"(?:(?<=^\s*[-–•+~]?\s*)|(?<=[;,]\s*(?:[/\\|!¡][ ]?\p{Lu}?[ ])?))[dDđĐP]\S{0,2}\s*"
                               r"[vV]\S{0,2}?\s*[pP][hM]\S{1,3}?\s*"  # (its h a code's M, a capital P and an l for
                               # the space: "don vjlPM6ihgp:", sample 004's code on fresh seed 12306 code004)
                               r"[hHM]\S{1,2}[pP](?=\s*:)")  # (its p a capital: "Dan vjph6iMgP:", fresh seed 2178;
# its dash a tilde: "~ Den viphot hop: So Tai chinh,", real Tesseract-eng on fresh seed 12107, the partner lost)
#: a speck's slash and a capital between the lead's field and the partners' label ("Sở Nội vụ; / N don vi ph6ihop:":
#: sample 000's engine on fresh seed 11858 eng000, read "/ Ở đơn vị", the partner lost)
_SPECKS_BEFORE_THE_PARTNER_LABEL = regex.compile(r"(?<=;[ ])[/\\|!¡][ ]?\p{Lu}?[ ](?=[dDđĐP]\S{0,2}\s*[vV]\S{0,2}?\s*"
                                                 r"[pP]h\S{1,3}?\s*[hHM]\S{1,2}[pP]\s*:)")


def fix_partner_label(line: str, cased: bool = True) -> list[Edit]:
    """``"…;danvi ph6iMgp: Sở Kế hoạch"`` → "đơn vị phối hợp:" (Capitalised opening its line); written right, it is
    left, and so, where its case may be the writer's (not ``cased``: a scan's), in any case."""
    out: list[Edit] = [(m.start(), m.end(), "", 0.75) for m in _SPECKS_BEFORE_THE_PARTNER_LABEL.finditer(line)]
    for m in _PARTNER_LABEL.finditer(line):
        want = ("Đ" if not line[:m.start()].strip(" -–•+") and (cased or not m.group()[0].islower()) else "đ") + \
            "ơn vị phối hợp"  # (a scan's small d opening a line: the label goes on from the line before)
        if m.group() != want and (cased or m.group().lower() != want.lower()):
            out.append((m.start(), m.end(), want, 0.8))
    return out


#: a speck read inside a task's label, between its words: "Đơn vị, phối hợp:", "Don vi. chu tri:" (real Tesseract-eng on
#: fresh seed 1371: the partner had been lost), "thdi, gian thyc hién:" (fresh seed 1393: the partner had run on into
#: the time's label)
_SPECK_INSIDE_A_TASK_LABEL = regex.compile(
    r"(?<=(?<![\p{L}\d])[dDđĐP]\S{0,2}n[ ]+v\S{0,2}?)[,.;]"
    r"(?=[ ]*(?:ph\S{1,3}[ ]+h\S{1,2}p|ch\S{1,2}[ ]+tr\S{1,2})[ ]*:)"
    r"|(?<=(?<![\p{L}\d])[tT]h\S{1,3}?i)[,.;](?=[ ]*gi\S{1,2}n[ ]+th\S{1,3}c[ ]+hi\S{1,3}n\b)"
    r"|(?<=(?<![\p{L}\d])[dDđĐP]\S{0,2}n)[,.;]"
    r"(?=[ ]+v\S{0,2}[ ]+(?:ph\S{1,3}[ ]+h\S{1,2}p|[cC][h}]\S{1,2}[ ]+tr\S{1,2})[ ]*:)"
    r"|(?<=(?<![\p{L}\d])gi\S{1,2}n[ ]+th\S{1,3}c):-(?=[ ]hi\S{1,3}n[ ]?:)")  # (a colon and a hyphen after
# "thực": "thoi gian thurc:- hien: Quy III/2016.", real Tesseract-eng on fresh seed 8279, the task's time lost)
# (or between its first two: "- Pon, vi C}u tri: S& Lao dong", sample 000's engine on fresh seed 6069 eng000, the lead
# lost)


def fix_speck_inside_a_task_label(line: str) -> list[Edit]:
    """A scan's speck read between a task label's words: ``"- Don vi, phoi hop: So Tai chinh."`` → "Don vi phoi hop",
    ``"; thdi, gian thyc hién: Quy 11/2020"`` → "thdi gian"."""
    return [(m.start(), m.end(), "" if line[m.end():m.end() + 1] == " " else " ", 0.8)  # (glued: "Don vi.cht tri")
            for m in _SPECK_INSIDE_A_TASK_LABEL.finditer(line)]


def fix_time_label(line: str) -> list[Edit]:
    """The label "thời gian thực hiện" whose words lost a space between them: ``"; thoigianthuc hien: Quý III"`` →
    "thời gian thực hiện" (three words run together are no token the decoder reads: the task's time had been lost);
    written with its spaces it is left to the decoder."""
    out: list[Edit] = []
    for m in _TIME_LABEL_GLUED.finditer(line):
        if all(m.group(k) for k in (2, 4, 6)):
            continue  # (every space there)
        out.append((m.start(), m.end(), ("T" if m.group(1)[0] == "T" else "t") + "hời gian thực hiện", 0.85))
    return out


#: a document number: digits, then parts after "/" or "-" ("73/KH-UBND", "46/2015/QĐ-TTg")
DOC_CODE = re.compile(r"(?<![^\W\d_])\d[\w.]*(?:[/\-][\wĐđ.]+)+")
#: a number glued to a word (two letters), or a year glued to a symbol-coded one (a letter, then a code's stand-in:
#: "27/11/2009c|a" của)
# (not a year before its slash read as a stroke and the type code: "46/2015IQD -TTg", fix_document_numbers' slash,
# which the space had been put before, fresh seed 841 code004)
_DIGITS_THEN_WORD = re.compile(rf"\d+(?![Il|](?:{_DOC_CODES}|QP|NP))(?=[^\W\d_]{{2}})"
                               r"|(?:19|20)\d\d(?=[^\W\d_][^\w\s/.,;:()\-])")


#: "ngày" and its date glued after a document's code, and the word after the date glued to its year (a symbol code's
#: lost spaces: "46/2015/QD-TTgngay28/9I2015cua Thu", fresh seed 656 code004, whose citation had been lost)
_DATE_GLUED_AFTER_A_CODE = regex.compile(r"(?<=[-/][A-ZĐ][A-Za-zĐ]{1,8})(?P<word>ng\S{1,3}?[yY])(?P<space>[ ]?)"
                                         r"(?P<date>\d{1,2}[/Il|1]\d{1,2}[/Il|1](?:19|20)\d\d)(?P<after>[^\W\d_]{2})?")
# (its y a capital, a space before the date: "TT-BLPTBXHng<;>Y 28/12/2016", a code's on fresh seed 14657 code, the
# citation lost)
# (a slash read "1": "BLDTBXHngay28/1212016", sample 004's engine on fresh seed 3467 code004, the citation lost)


def split_date_glued_after_a_code(line: str) -> list[Edit]:
    """Spaces around "ngày" glued between a document's code and its date, and after the date's year glued to the next
    word: ``"QD-TTgngay28/9I2015cua"`` → "QD-TTg ngay 28/9I2015 cua" (its stroke is the date fixers')."""
    out: list[Edit] = []
    for m in _DATE_GLUED_AFTER_A_CODE.finditer(line):
        out += [(m.start("word"), m.start("word"), " ", 0.8)] + ([] if m["space"] else [
            (m.end("word"), m.end("word"), " ", 0.8)])
        if m.group("after"):
            out.append((m.end("date"), m.end("date"), " ", 0.8))
    return out


#: "ngày" as a scan writes it glued after a document's code, with or without its marks
_DATE_WORDS = frozenset(("ngay", "ngày", "ngdy", "ngáy"))


def split_glued_codes(line: str, table: dict[str, str]) -> list[Edit]:
    """A document number glued to the next word, as when two header columns lose the space between them:
    a space goes where its last part ends — after a known abbreviation (``"73/KH-UBNDHà Nội"`` → ``"73/KH-UBND
    Hà Nội"``; written as the table writes it: ``"1956/QĐ-TTgngày"``, not "TT gngày") or after the year
    (``"28/5/2020của"``). Insertions ``(at, at, " ", 0.8)``."""
    out: list[Edit] = []
    if "/" not in line and "-" not in line:
        return out
    for m in DOC_CODE.finditer(line):
        cut = max(m.group(0).rfind("/"), m.group(0).rfind("-"))
        start = m.start() + cut + 1
        seg = line[start:m.end()]
        d = _DIGITS_THEN_WORD.match(line, start)  # (on the line: the stand-in after the match is the code's)
        if d and d.end() < m.end():
            out.append((d.end(), d.end(), " ", 0.8))
            continue
        key = abbreviation_key(unicodedata.normalize("NFC", seg))
        if key in table:
            continue
        if seg[-4:] in _DATE_WORDS and _type_and_issuer(seg[:-4], table):  # "522/QPTTgngay": QĐ-TTg | ngày (not
            out.append((m.end() - 4, m.end() - 4, " ", 0.8))  # "QDT" | "Tgngay", a known code's letters first)
            continue
        for n in range(min(len(seg) - 2, 8), 1, -1):
            rest = seg[n:]
            if key[:n] in table and (seg[:n].isupper() or table[key[:n]] == seg[:n]) and (rest[1:2].islower() or (
                    rest.isupper() and abbreviation_key(rest) in table)):
                out.append((start + n, start + n, " ", 0.8))
                break
        else:  # a code the table lacks (or a scan misread) before a Capitalised word: "95/KH-SILĐTBXHHải Phòng"
            g = _CODE_THEN_WORD.match(seg)
            if g:
                out.append((start + g.end(1), start + g.end(1), " ", 0.8))
    return out


#: capitals, then a Capitalised word of small letters that no code has: a Vietnamese mark in them, or three or more
#: ("UBNDHà", "SLĐTBXHHải", "UBNDLong"; a code's own small letters are one or two, unmarked: "TTg", "CTr")
_CODE_THEN_WORD = regex.compile(r"(\p{Lu}{2,})\p{Lu}(?:[a-z]*[^\x00-\x7F](?<=\p{Ll})|[a-z]{3})\p{Ll}*$")


#: what a scan makes of a letter in a document number's code, and the letters it may have been ("C1" CT,
#: "ITg" TTg, "Q0" QĐ, "OD" QĐ; Tesseract-eng reads a capital Đ as B, P or E: "522/QB-TTg", or with its stroke as
#: a B after it: "QDB")
_CODE_MISREADS = {"1": "TIL", "I": "TL", "l": "IT", "0": "OĐDQ", "5": "S", "8": "Bg", "6": "GĐ", "B": "Đ", "P": "Đ",
                  "E": "Đg", "O": "Q", "F": "T", "Ƒ": "T", "e": "g", "ø": "g", "L": "T", "9": "g", "R": "K", "W": "KU",
                  "V": "U", "G": "Q"}  # (a U read V: "146/RH-VBND", vetplan's OCR of fresh seed 3320's scan, the number
# lost;
# or W, its two strokes: "261 KEH-WBND", real Tesseract-eng on fresh seed 6416, the number lost)
# (a T's stem read short: "2239/QD-Flg" TTg, "43/2016/ƑT-BLĐTBXH"; "QD-TTe", "24/CT-TTE"; Vietnamese OCR's
# "24/CT-TTø"; its bar read as an L's foot: "43/2016/TL-BLDTBXH", fresh seed 599 eng, the legal basis had been lost; a
# g read as a 9, "522/QP-TT9", sample 000's engine on fresh seed 1670 eng000, read "TT", the citation lost; a K read as
# an R, its diagonal's foot the R's: "91/RH-UBND", vetplan's OCR of fresh seed 833's scan; a g as an 8, "QĐ-TT8", 866;
# a K as a W, its strokes doubled: "Sor 27 WH-UBND", real Tesseract-eng on fresh seed 2668, the number lost; a Q as a
# G, its tail short: "2239/GĐ-TTg", vetplan's OCR of fresh seed 4241's scan, the citation lost)


def _code_readings(seg: str) -> set[str]:
    """Every reading of a document code's letters as a scan may have misread them (:data:`_CODE_MISREADS`), the
    letters as read among them: ``"RH"`` → {"RH", "KH"}, ``"QD"`` → {"QD", "QĐ", …}."""
    readings = {""}
    for c in seg:
        readings = {r + x for r in readings for x in (c, *_CODE_MISREADS.get(c, ""))}
    return readings


#: two words in capitals a hyphen joins ("NHAN-DAN", "THỊ-XÃ")
_HYPHENED_CAPITALS = regex.compile(r"(?<![\p{L}\d\-])\p{Lu}{2,6}(?:-\p{Lu}{2,6})+(?![\p{L}\d\-])")
#: the header's terms' words that stand together (as letters without marks), which no hyphen joins ("ỦY BAN NHÂN DÂN")
_HEADER_TERMS = frozenset({("uy", "ban"), ("ban", "nhan"), ("nhan", "dan"), ("thi", "xa"), ("thi", "tran"),
                           ("thanh", "pho")})


#: a header's issuer line in capitals whose place type word opens it (after "UBND" maybe), its letters a type's
_ISSUER_TYPE_WORD = regex.compile(r"^([ ]*(?:UBND[ ]+)?)(HUY\p{Lu}{0,2}N|T\p{Lu}{1,2}NH|QU\p{Lu}{1,2}N)"
                                   r"(?=[ ]+(?:\p{L}|(?P<number>\d{1,2})\s*$))")
# (a district of a number, "QUDN 12": its Ậ read D, sample 000's engine on fresh seed 5465 eng000, the issuer lost)
# (its Ệ lost: "HUYN KIM SƠN", vetplan's OCR of fresh seed 2141's scan, the issuer lost)
#: … a code's two letters for its marked vowel ("QUFIN HOANG MlAI": sample 004's "fi" for Â, fresh seed 3201 code004,
#: the issuer lost): the type its other letters spell
_ISSUER_TYPE_BY_ITS_ENDS = {("HUY", "N"): "HUYỆN", ("T", "NH"): "TỈNH", ("QU", "N"): "QUẬN"}
_ISSUER_TYPES = {"huyen": "HUYỆN", "tinh": "TỈNH", "quan": "QUẬN"}


#: a city's type word "THÀNH" opening a header's issuer line, misread as other capitals of its length or a letter or two
#: more, before "PHỐ" and the city's name in capitals ("THLANTE PHO HA NOI": real Tesseract-eng on fresh seed 3252, the
#: issuer lost); only "THÀNH PHỐ" ends with "PHỐ", and no issuer's line opens otherwise with a word of TH and capitals
#: before it
_CITY_TYPE_WORD_MISREAD = regex.compile(r"^([ ]*(?:UBND[ ]+)?)(?!THÀNH[ ])(TH\p{Lu}{2,5})(?=[ ]+PHỐ[ ]+\p{Lu}{2})")


#: a town's type words "THỊ XÃ" opening a header's issuer line, read with other marks before the town's name in
#: capitals ("THÌ XE AYUN PA": sample 000's engine's "THI XÉ" on fresh seed 11952 eng000, the issuer lost) — no issuer's
#: line opens otherwise with two such words (nor "THỂ XÃ VĨNH CHÂU": real Tesseract-eng's "THE XA" on fresh seed 8265)
_TOWN_TYPE_WORDS_MISREAD = regex.compile(r"^([ ]*(?:UBND[ ]+)?)(?!THỊ[ ]XÃ[ ])"
                                         r"(TH[IÌÍỊỈĨEÈÉẸẺẼÊỀẾỆỂỄ][ ]X[AÀÁẠẢÃEÈÉẸẺẼ])"
                                         r"(?=[ ]+\p{Lu}{2})")


#: specks opening a title's last line, its place and year after a line that ends with the place's type word ("… trên
#: địa bàn huyện" / "—_ Hương Sơn năm 2024": vetplan's OCR of fresh seed 5094's scan, the title cut at the break)
_SPECKS_OPENING_A_TITLES_PLACE = regex.compile(r"^[ ]*[—_~\-–.,·|]{1,3}[ ]*"
                                               r"(?=\p{Lu}[\p{L}']*(?:[ ]\p{Lu}[\p{L}']*){0,3}[ ]năm[ ]"
                                               r"(?:19|20)\d\d\s*$)")
_PLACE_TYPE_ENDING_A_LINE = regex.compile(r"(?<![\p{L}\d])(?:tỉnh|huyện|quận|thị xã|thành phố)\s*$")
#: a speck's opening quote before a title's place after its type word, the year after the place ("… trên địa bàn tỉnh
#: “Hà Tĩnh năm 2024": sample 000's engine on fresh seed 15122 eng000, the title kept it) — no quote closes after it
_QUOTE_OPENING_A_TITLES_PLACE = regex.compile(r"(?<=(?<![\p{L}\d])địa bàn (?:tỉnh|huyện|quận|thị xã|thành phố)[ ])"
                                              r"[“\"‘'`](?=\p{Lu}[\p{L}']*(?:[ ]\p{Lu}[\p{L}']*){0,3}[ ]năm[ ]"
                                              r"(?:19|20)\d\d\s*$)")


def fix_quote_opening_a_titles_place(line: str) -> list[Edit]:
    """``"… trên địa bàn tỉnh “Hà Tĩnh năm 2024"`` → "tỉnh Hà Tĩnh năm 2024" (read after the decoder)."""
    return [(m.start(), m.end(), "", 0.75) for m in _QUOTE_OPENING_A_TITLES_PLACE.finditer(line)]


def fix_specks_opening_a_titles_place(line: str, before: str) -> list[Edit]:
    """``"—_ Hương Sơn năm 2024"`` under ``"… trên địa bàn huyện"`` → "Hương Sơn năm 2024" (read after the decoder); a
    line under any other stays."""
    if not _PLACE_TYPE_ENDING_A_LINE.search(before):
        return []
    return [(m.start(), m.end(), "", 0.75) for m in _SPECKS_OPENING_A_TITLES_PLACE.finditer(line)]


#: a word in capitals whose last letter came out small, no hyphen or slash beside it (not a code's "TTg")
_SMALL_WORD = regex.compile(r"(?<![\p{L}\d])\p{Ll}")
_CAPITAL_WORD_ENDING_SMALL = regex.compile(r"(?<![\p{L}\d\-/])\p{Lu}{2,}(\p{Ll})(?![\p{L}\d\-/])")


def fix_small_letter_ending_a_capital_word(line: str) -> list[Edit]:
    """In a header line written in capitals, a word's last letter read small: ``"THÀNH PHỐ PHAN RANg - THÁP CHÀM"``
    → "RANG" (sample 000's engine on fresh seed 13795 eng000, the issuer lost); a line with a word in small letters is
    no line in capitals, and is left."""
    if _SMALL_WORD.search(line):
        return []
    found = list(_CAPITAL_WORD_ENDING_SMALL.finditer(line))
    if not found or sum(1 for w in line.split() if len(w) > 1 and w.isupper()) < 2:
        return []
    return [(*m.span(1), m[1].upper(), 0.8) for m in found]


def fix_issuer_type_word(line: str) -> list[Edit]:
    """The place type word opening a header's issuer line in capitals with another mark than its own, read after the
    decoder: ``"HUYỀN VỊ XUYÊN"`` → "HUYỆN" (sample 004's code's "HUY~N vI XUYEN", fresh seed 1949 code004: the issuer
    had kept it; "huyền" is a word, so the LM had no say). Only a type's letters are so written, before words in
    capitals (a code's small letter among them: "HUYỀN vỊ XUYÊN"; the motto's column after them: "TÌNH PHÚ THỌ Độc
    lập")."""
    if (city := _CITY_TYPE_WORD_MISREAD.match(line)) is not None:  # "THLANTE PHỐ HÀ NỘI": THÀNH
        return [(city.start(2), city.end(2), "THÀNH", 0.8)]
    if (town := _TOWN_TYPE_WORDS_MISREAD.match(line)) is not None:  # "THÌ XE AYUN PA": THỊ XÃ
        return [(town.start(2), town.end(2), "THỊ XÃ", 0.8)]
    m = _ISSUER_TYPE_WORD.match(line)
    if m is None:
        return []
    words = list(itertools.takewhile(lambda w: sum(c.islower() for c in w) < 2, line[m.end():].split()))
    if not words:  # (the place's words in capitals, maybe one small letter each; the motto may follow: "TÌNH PHÚ THỌ
        # Độc lập - Tự do", real Tesseract-eng on fresh seed 1141)
        return []
    want = _ISSUER_TYPES.get(skeleton(m[2].lower()))
    if want is None and m["number"] and m[2].startswith("QU") and len(m[2]) == 4:  # (only a quận is numbered)
        want = "QUẬN"
    if want is None and not is_valid_skeleton(skeleton(m[2].lower())):  # ("QUFIN", "HUYFIN": a vowel written as two
        # letters; "THÀNH", a word, is no "TỈNH")
        want = next((t for (a, b), t in _ISSUER_TYPE_BY_ITS_ENDS.items()
                     if m[2].startswith(a) and m[2].endswith(b) and len(m[2]) in (len(t) + 1, len(t) - 1)), None)
    if want is None or m[2] == want:
        return []
    return [(m.start(2), m.end(2), want, 0.8)]


def fix_hyphen_inside_a_header_term(line: str, place_pairs: Set[tuple[str, str]] = frozenset()) -> list[Edit]:
    """A hyphen a scan read between the words of a committee's or a place type's name in capitals — the rule drawn under
    the issuer's name, read into its line: ``"THỊ-XÃ KỲ ANH"``, ``"UY BAN NHAN-DAN"`` → a space (fresh seed 1310, both
    OCRs: the issuer had kept it, Tesseract-eng's words their lost marks); a place's own hyphen stays ("BÀ RỊA-VŨNG
    TÀU"); several in a row too: ``"UY-BAN-NHAN DAN"`` (real Tesseract-eng on fresh seed 1066: the issuer had kept
    them). So is one between two syllables of a place's name (``place_pairs``: its words' letters two by two, none
    across the name's own hyphen), after its type: ``"UBND TINH SOC-TRANG"`` → "SOC TRANG" (Sóc Trăng; real
    Tesseract-eng on fresh seed 1349: the issuer had kept it)."""
    out: list[Edit] = []
    for m in _HYPHENED_CAPITALS.finditer(line):
        words = m.group().split("-")
        at = m.start()
        after_type = place_pairs and _PLACE_TYPE_BEFORE.search(line, 0, m.start()) is not None
        for a, b in itertools.pairwise(words):
            at += len(a)
            pair = (skeleton(a), skeleton(b))
            if pair in _HEADER_TERMS or (after_type and pair in place_pairs):
                out.append((at, at + 1, " ", 0.8))
            at += 1
    # (between the committee's abbreviation and a type word, or a type word and its place: "UBND- TINH CAO BANG",
    # "UBND TINH-DAK LAK": real Tesseract-eng on fresh seeds 1826 and 1838, the issuers lost)
    out += [(m.start(), m.end(), " ", 0.8) for m in _HYPHEN_BESIDE_A_TYPE_WORD.finditer(line)
            if _clear(m.start(), m.end(), out)]
    return out


#: a hyphen a scan read after "UBND" before a place's type word, or after a type word before its place's capitals
_HYPHEN_BESIDE_A_TYPE_WORD = regex.compile(r"(?<=(?<![\p{L}\d])UBND)-[ ]?(?=(?:T\p{Lu}NH|HUY\p{Lu}N|QU\p{Lu}N)[ ])"
                                           r"|(?<=(?<![\p{L}\d])(?:T\p{Lu}NH|HUY\p{Lu}N|QU\p{Lu}N))-(?=\p{Lu}{2,})")


#: a place's type word in capitals, marks or none, just before a name ("UBND TINH ", "HUYỆN ")
_PLACE_TYPE_BEFORE = regex.compile(r"\b(?:T\p{Lu}NH|HUY\p{Lu}N|QU\p{Lu}N|TH\p{Lu}NH PH\p{Lu}|TH\p{Lu} X\p{Lu})[ ]+$")


#: a stop between a document number's type and its issuer's code ("43/2016/TT.BLĐTBXH", "73/KH.UBND")
_STOP_IN_A_CODE = regex.compile(r"(?<=(?<![\w/])\d{1,5}/(?:\d{4}/)?)([A-ZĐ][A-Za-zĐ]{0,5})\.([A-ZĐ][A-Za-zĐ]{1,9})"
                                r"(?![\w.])")


#: … or inside the issuer's code ("43/2016/TT-BLDT.BXH")
_STOP_IN_AN_ISSUER = regex.compile(r"(?<=(?<![\w/])\d{1,5}/(?:\d{4}/)?[A-ZĐ][A-Za-zĐ]{0,5}-)"
                                   r"([A-ZĐ]{1,8})\.([A-ZĐ][A-Za-zĐ]{0,8})(?![\w.])")


def fix_stop_inside_a_document_code(line: str, table: dict[str, str]) -> list[Edit]:
    """A scan's speck read as a stop for the hyphen between a document number's type and its issuer, both known
    abbreviations: ``"Thông tư số 43/2016/TT.BLĐTBXH"`` → "TT-BLĐTBXH" (fresh seed 1261 scan: the legal basis had been
    lost), ``"46/2015/QĐ.TTg"`` → "QĐ-TTg"; or inside the issuer's code, a known one without it:
    ``"43/2016/TT-BLDT.BXH"`` → "BLĐTBXH"."""
    out = [(m.end(1), m.start(2), "-", 0.8) for m in _STOP_IN_A_CODE.finditer(line)
           if abbreviation_key(m.group(1)) in table and abbreviation_key(m.group(2)) in table]
    for m in _STOP_IN_AN_ISSUER.finditer(line):
        if (key := abbreviation_key(m.group(1) + m.group(2))) in table:
            out.append((m.start(1), m.end(2), table[key], 0.8))
        elif m.group(1)[:1] == "S" and len(m.group(1)) >= 2:  # (a department's, a stroke's speck before the stop too:
            # "194/KH-SIL.ĐTBXH", vetplan's OCR of fresh seed 2519's scan, the number and place lost)
            rest = m.group(1)[1:] + m.group(2)
            found = {k for j in range(len(m.group(1)) - 1) if (k := abbreviation_key(rest[:j] + rest[j + 1:])) in table
                     and table[k][:1] not in "BUH"}
            if len(found) == 1:
                out.append((m.start(1), m.end(2), "S" + table[found.pop()], 0.75))
    return out


#: a department's own code ("S" for Sở before a known one) with a speck read as a small letter or a sign after its S,
#: which parts the code as the tokens go ("162/KH-SéLDTBXH": it had become "KH-Sé LĐTBXH", fresh seed 481 eng000)
_DEPARTMENT_CODE_SPECK = regex.compile(r"(?<=\d[/Il|1](?:\d{4}[/Il|1])?[A-ZĐ]{2,4}-)S(?:\p{Ll}|[&¢'‘’6])"
                                       r"([A-ZĐ](?:[A-ZĐ]|b(?=[A-Z])){3,7})(?![\p{L}\d])")
# (its ở read as a 6 and its Đ as a small b: "76/KH-S6LbTBXH", fresh seed 1464 eng000, the number lost)


def fix_department_code_speck(line: str, table: dict[str, str]) -> list[Edit]:
    """``"162/KH-SéLDTBXH"`` → "KH-SLĐTBXH" (:data:`_DEPARTMENT_CODE_SPECK`; part of :func:`fix_document_codes`, asked
    for first where another fixer would read the code's second part alone: "76/KH-S6LbTBXH")."""
    return [(m.start(), m.end(), "S" + table[k], 0.8) for m in _DEPARTMENT_CODE_SPECK.finditer(line)
            if (k := _key_or_d_read_p(m[1], table)) in table and table[k][:1] not in "BUH"]  # (a sector's: no
    # ministry's, no council's; its Đ maybe read P too, "52/KH-SéLPTBXH", fresh seed 1139 eng000)


#: a speck read as a small letter inside a document's type code of two capitals, before its issuer's hyphen
#: ("Số: 43/KšH-UBND": vetplan's OCR of fresh seed 2346's scan, the plan's number lost)
#: the plan's type code "KH" with its H read as two strokes ("SỐ: 324/KII-SLĐTBXH": vetplan's OCR of fresh seed 2611's
#: scan, the number lost) — no type code is "KII"
_PLAN_CODE_H_AS_STROKES = regex.compile(r"(?<=\d/(?:\d{4}/)?K)(?:II|Il|lI|ll|\|\|)(?=-[A-ZĐ])")
_SPECK_INSIDE_A_TYPE_CODE = regex.compile(r"(?<=(?<![\w/])\d{1,5}/(?:\d{4}/)?(?P<a>[A-ZĐ]))\p{Ll}"
                                          r"(?=(?P<b>[A-ZĐ])-\p{Lu})")
_TWO_CAPITAL_TYPE_CODES = frozenset(("KH", "QĐ", "QD", "CT", "TT", "NĐ", "ND", "NQ", "TB", "BC", "HD", "HĐ", "CV"))


#: a bracket or a bar a scan read inside the committee's code after a number's type ("SỐ: 280/KH-UBN]D": vetplan's OCR
#: of fresh seed 2751's scan, the number and the place lost)
_SPECK_INSIDE_THE_COMMITTEES_CODE = regex.compile(r"(?<=\d/(?:\d{4}/)?[A-ZĐ]{2}-)U[\]\[|]?B[\]\[|]?N[\]\[|]?D"
                                                  r"(?![\p{L}\d])")


def fix_speck_inside_a_type_code(line: str) -> list[Edit]:
    """``"Số: 43/KšH-UBND"`` → "43/KH-UBND" (before the decoder): the two capitals a type's code; ``"324/KII-"`` →
    "KH-"; a bracket inside the committee's code: ``"280/KH-UBN]D"`` → "KH-UBND"."""
    return [(m.start(), m.end(), "", 0.8) for m in _SPECK_INSIDE_A_TYPE_CODE.finditer(line)
            if m["a"] + m["b"] in _TWO_CAPITAL_TYPE_CODES] + [
        (m.start(), m.end(), "H", 0.75) for m in _PLAN_CODE_H_AS_STROKES.finditer(line)] + [
        (m.start(), m.end(), "UBND", 0.8) for m in _SPECK_INSIDE_THE_COMMITTEES_CODE.finditer(line)
        if len(m[0]) > 4]


#: a circular's type code "TT" misread, after "Thông tư" and its number and year ("Thong tu so 43/2016/1E-BLDTBNH":
#: real Tesseract-eng on fresh seed 3909, the basis lost)
_CIRCULARS_CODE_MISREAD = regex.compile(r"(?<=(?<![\p{L}\d])(?i:th\S{1,3}ng[ ]+t\S{1,2})[ ]+(?:\S{1,3}[ ]+)?\d{1,5}/"
                                        r"(?:19|20)\d\d/)(?!TT-)(?:[^\s/\-]{2}|T[^\s/\-]{2})(?=-[A-ZĐ])")  # (or
# three: "43/2016/TI1-BLĐTBXH", vetplan's OCR of fresh seed 5995's scan)


#: … or its code and hyphen read as two capitals glued to the ministry's ("Thong‘tu so 43/2016/TEBLDTBXH": real
#: Tesseract-eng on fresh seed 4912, the citation lost)
_CIRCULARS_CODE_GLUED = regex.compile(r"(?<=(?<![\p{L}\d])(?i:th\S{1,3}ng[ ‘’'`]*t\S{1,2})[ ]+(?:\S{1,3}[ ]+)?\d{1,5}/"
                                      r"(?:19|20)\d\d/)(?!TT-)[A-Z1I]{2}(?=BL[DĐ]TBXH(?![\p{L}\d]))")


#: … the year's slash read as a space too, the number after a break ("Thông tư số" / "43/2016 TEBLDTBXH ngay": real
#: Tesseract-eng on fresh seed 9863, the citation lost): a T first, as a circular's code opens (no decision's "QĐ-")
_CIRCULARS_CODE_GLUED_SLASH_SPACED = regex.compile(r"(?<=(?<![\w/])\d{1,5}/(?:19|20)\d\d)[ ]?T[A-Z1I]"
                                                   r"(?=BL[DĐ]TBXH(?![\p{L}\d]))")


def fix_circulars_code(line: str) -> list[Edit]:
    """``"Thông tư số 43/2016/1E-BLĐTBXH"`` → "43/2016/TT-BLĐTBXH", ``"43/2016/TEBLDTBXH"`` → "TT-BLDTBXH" (before
    the decoder; a circular's code is TT)."""
    return [(m.start(), m.end(), "TT", 0.75) for m in _CIRCULARS_CODE_MISREAD.finditer(line)] + [
        (m.start(), m.end(), "TT-", 0.75) for m in _CIRCULARS_CODE_GLUED.finditer(line)] + [
        (m.start(), m.end(), "/TT-", 0.75) for m in _CIRCULARS_CODE_GLUED_SLASH_SPACED.finditer(line)]


#: a decision's or a directive's code whose issuer "TTg" lost its g to a scan ("46/2015/QĐ-TT ngày 28/9/2015 của Thủ
#: tướng"): the number's end
_PRIME_MINISTERS_CODE_SHORT = regex.compile(r"(?<=(?<![\w/])\d{1,5}/(?:\d{4}/)?(?:QĐ|QD|CT)-TT)(?P<x>[^\Wg\d_A-Z])?"
                                             r"(?=[\s,;.:)]|$)")
# (or its g read as another small letter: "46/2015/QĐ-TTủ ngày", vetplan's OCR of fresh seed 2351's scan, the basis
# lost)
# (not before a speck and the g: "QD-TT¢g", real Tesseract-eng on fresh seed 1051, the speck fixers' to mend)
#: "Thủ tướng" as its letters without marks may be read ("Thu tuong", "Thi twong", "Thủ tưởng")
_PRIME_MINISTER_WORDS = regex.compile(r"(?i)\bth[uiy]\s+t[uw]\S{0,2}ng\b")


def _names_the_prime_minister(text: str) -> bool:
    """Whether ``text`` (the words after a code) names the Prime Minister, its marks read or not ("cua Thu tuong")."""
    return _PRIME_MINISTER_WORDS.search(skeleton(text)) is not None


#: … or its second T read P and its g another small letter ("46/2015/QD-TPs ngay 28/9/2015 cua Thu tuong": real
#: Tesseract-eng on fresh seed 3793, the basis lost)
_PRIME_MINISTERS_CODE_MISREAD = regex.compile(r"(?<=(?<![\w/])\d{1,5}/(?:\d{4}/)?(?:QĐ|QD|CT)-)"
                                              r"(?:T[PF][a-z]|[PF]Tg|[1lI|]TTg)(?=[\s,;.:)]|$)")
# (or its first T: "522/QD-PTg ngay 14/5/2018 cua Thu tuong", real Tesseract-eng on fresh seed 4127, the basis lost;
# or a stroke's speck before it, "46/2015/QD-1TTg ngay", 4116)


#: a speck's hyphen for the space between the Prime Minister's code and the date's word ("Chi thi s6 24/CT-TTg-ngay.
#: 28/5/2020": real Tesseract-eng on fresh seed 4236, read "24/CT-Từ-ngày", the basis lost)
_HYPHEN_AFTER_THE_PRIME_MINISTERS_CODE = regex.compile(r"(?<=\d/(?:\d{4}/)?(?:QĐ|QD|CT)-TTg)[-–]"
                                                       r"(?=(?i:ng)\S{1,3}(?i:y))")


#: … or a speck's small letter glued after it ("1956/QD-TTgq ngay 27/11/2009": real Tesseract-eng on fresh seed 4458,
#: read "TT gì", the citation lost)
_LETTER_AFTER_THE_PRIME_MINISTERS_CODE = regex.compile(r"(?<=\d/(?:\d{4}/)?(?:QĐ|QD|QB|CT)-TTg)[a-z]"
                                                       r"(?=[ ]*(?i:ng)\S{1,3}(?i:y))")
# (glued to "ngày" too, the type's Đ read B: "46/2015/QB-TTgingay 28/9/2015", real Tesseract-eng on fresh seed 6734,
# read "QĐ-TT gì ngày", the citation lost)


#: … or its hyphen and letters garbled between the type and its g, before "ngày", the Prime Minister named after it
#: ("1956/QĐ“T'EFg ngày 27/11/2009 của Thủ tướng": vetplan's OCR of fresh seed 2611's scan, the citation lost)
_PRIME_MINISTERS_CODE_GARBLED = regex.compile(r"(?<=\d/(?:\d{4}/)?(?:QĐ|QD|CT))(?!-TTg[ ])[-“\"'‘’]{1,2}T[^\s/]{1,4}g"
                                              r"(?=[ ]+(?i:ng)\S{1,3}(?i:y))")


def fix_hyphen_after_the_prime_ministers_code(line: str) -> list[Edit]:
    """``"24/CT-TTg-ngay. 28/5/2020"`` → "24/CT-TTg ngay." (a line rewrite before the code is read), ``"QD-TTgq
    ngay"`` → "QD-TTg ngay", ``"1956/QĐ“T'EFg ngày 27/11/2009 của Thủ tướng"`` → "QĐ-TTg"."""
    return [(m.start(), m.end(), " ", 0.8) for m in _HYPHEN_AFTER_THE_PRIME_MINISTERS_CODE.finditer(line)] + [
        (m.start(), m.end(), "" if line[m.end():m.end() + 1] == " " else " ", 0.8)
        for m in _LETTER_AFTER_THE_PRIME_MINISTERS_CODE.finditer(line)] + [
        (m.start(), m.end(), "-TTg", 0.75) for m in _PRIME_MINISTERS_CODE_GARBLED.finditer(line)
        if _names_the_prime_minister(line[m.end():m.end() + 60].lower())]


def fix_prime_ministers_code(line: str, after: str = "") -> list[Edit]:
    """The issuer "TTg" of a cited decision or directive whose g a scan lost, where the citation names the Prime
    Minister ("Thủ tướng") within the next 80 characters (on its line or the next, ``after``): ``"Quyết định số
    46/2015/QĐ-TT ngày 28/9/2015 của Thủ tướng Chính phủ"`` → "QĐ-TTg" (vetplan's OCR of fresh seed 971's scan: the
    legal basis had been lost). No code "QĐ-TT" cites another issuer there."""
    def names_the_prime_minister(end: int) -> bool:  # (within 80 characters after the code, the next line's too)
        return _names_the_prime_minister((line[end:] + " " + after)[:80])

    return [(m.start(), m.end(), "g", 0.8) for m in _PRIME_MINISTERS_CODE_SHORT.finditer(line)
            if names_the_prime_minister(m.end())] + [
        (m.start(), m.end(), "TTg", 0.75) for m in _PRIME_MINISTERS_CODE_MISREAD.finditer(line)  # ("QD-TPs": TTg)
        if m[0].endswith("TTg") or names_the_prime_minister(m.end())]  # (a speck before "TTg" whole: no other code)


#: a cited decision's or directive's code with spaces or specks among its letters, before "ngày" ("522/OD-T Ig ngay",
#: real Tesseract-eng on fresh seed 1235, read "QĐ-T là", the citation lost)
_SPACED_NATIONAL_CODE = regex.compile(r"(?<=(?<![\w/])\d{1,5}/(?:\d{4}/)?)([A-ZĐ0][ ]?[A-ZĐ0][ ]?-[ ]?"
                                      r"[A-Z][ '‘’`]?[A-Za-z][ ]?g)(?=[ ]+(?i:ng)\S{1,2}y)")


def fix_spaced_national_code(line: str) -> list[Edit]:
    """``"522/OD-T Ig ngay"`` → "522/QĐ-TTg ngay": a code whose letters, the spaces and specks among them taken out,
    read (:func:`_code_readings`) as the Prime Minister's decision's or directive's ("QĐ-TTg", "CT-TTg"); other codes
    with a space inside are left."""
    out: list[Edit] = []
    for m in _SPACED_NATIONAL_CODE.finditer(line):
        compact = regex.sub(r"[ '‘’`]", "", m.group(1))
        if compact == m.group(1):
            continue  # (no space inside: fix_document_codes')
        readings = {r.replace("Đ", "D") for r in _code_readings(compact)}  # (a D is the Đ as read)
        want = next((c for c in ("QĐ-TTg", "CT-TTg") if c.replace("Đ", "D") in readings), None)
        if want is not None:
            out.append((m.start(1), m.end(1), want, 0.75))
    return out


#: the letters an office's code opens with before its ministry's or council's ("SLĐTBXH": Sở, "BLĐTBXH": Bộ, "PLĐTBXH":
#: Phòng, "VPUBND": Văn phòng, "HĐND", "TU" …): no speck's
_OFFICE_CODE_HEADS = frozenset("SBPVHTC")


#: the Prime Minister's code "TTg" after a decision's type, its T's read as strokes and a quote's speck between them
#: ("Quyết định số 1956/QD-l'lg ngay 27/11/2009": real Tesseract-eng on fresh seed 11945, the citation lost)
_PRIME_MINISTERS_CODE_SPECKED = regex.compile(r"(?<=\d/(?:\d{4}/)?Q[ĐD]-)[lI|1T][‘’'`][lI|1T]g(?![\p{L}\d])")


def fix_document_codes(line: str, table: dict[str, str]) -> list[Edit]:
    """A part of a document number that is no known code but is one with a letter a scan misread in it:
    ``"24/C1-TTg"`` → ``"24/CT-TTg"``, ``"761/QĐ-ITg"`` → ``"QĐ-TTg"``, ``"162/KH-SéLDTBXH"`` → "KH-SLĐTBXH" (a speck
    after a department's S) (``table``: the lexicon's abbreviations; only where exactly one reading is a known code,
    and never the number's digits before its first slash)."""
    out: list[Edit] = []
    if "/" not in line and "-" not in line:
        return out
    out += fix_department_code_speck(line, table)
    if "g" in line:  # ("1956/QD-l'lg": TTg)
        out += [(m.start(), m.end(), "TTg", 0.8) for m in _PRIME_MINISTERS_CODE_SPECKED.finditer(line)]
    for m in DOC_CODE.finditer(line):
        code = m.group(0)
        at = m.start()
        for part in re.finditer(r"[^/\-]+", code):
            seg = part.group(0)
            if part.start() and (got := _type_and_issuer(seg, table)):  # "164/KHISLĐTBXH": KH-SLĐTBXH
                out.append((at + part.start(), at + part.end(), got, 0.8))
                continue
            if part.start() and seg[-4:] in _DATE_WORDS and (got := _type_and_issuer(seg[:-4], table)):
                # … with "ngày" glued after it ("522/QPTTgngay 14/5/2018", fresh seed 1062 eng000; its space is
                # split_glued_codes')
                out.append((at + part.start(), at + part.end() - 4, got, 0.8))
                continue
            if part.start() and seg.isalpha() and not seg.isupper() and (k := abbreviation_key(seg)) in table and \
                    table[k] != seg and table[k].lower() == seg.lower() and code[part.start() - 1] == "-" and \
                    "/" in code[:part.start()]:
                # an issuer's code in small letters, as a symbol code writes a capital it sizes at will: "15/2019/NĐ-cp"
                # (CP; fresh seeds 1582, 1648 and 1655 code004 lost the citation so)
                out.append((at + part.start(), at + part.end(), table[k], 0.8))
                continue
            type_code = len(seg) == 2 and line[at + part.end():at + part.end() + 1] == "-"  # ("522/00-TTg": QĐ)
            if len(seg) == 3 and seg[1] in "AEIOUYLJ" and line[at + part.end():at + part.end() + 1] == "-" and \
                    abbreviation_key(seg) not in table and (k := abbreviation_key(seg[0] + seg[2])) in _TYPE_CODES:
                # a speck read as a vowel or a stroke inside a type code: "19/KEH-UBND" (KH; the number had been lost)
                out.append((at + part.start(), at + part.end(), _TYPE_CODES[k], 0.8))
                continue
            if part.start() and code[part.start() - 1] == "-" and 4 <= len(seg) <= 8 and seg.isupper() and \
                    seg[0] not in _OFFICE_CODE_HEADS and abbreviation_key(seg) not in table and \
                    (k := abbreviation_key(seg[1:])) in table and len(k) >= 4 and table[k] == seg[1:]:
                # a speck read as a capital before an issuer's code: "297/KH-JUBND" (vetplan's OCR of fresh seed 1943's
                # scan, the number lost); not an office's own head letter: "SLĐTBXH" (Sở), "BLĐTBXH" (Bộ)
                out.append((at + part.start(), at + part.start() + 1, "", 0.8))
                continue
            doubled = {seg[:k] + seg[k + 1:] for k in range(1, len(seg)) if seg[k] == seg[k - 1] and seg[k].isalpha()}
            if part.start() == 0 or (not any(c.isalpha() for c in seg) and not type_code) or len(seg) > 8 or \
                    abbreviation_key(seg) in table or not (
                        len(seg) >= 6 or doubled or any(c in _CODE_MISREADS or c.isdigit() for c in seg)):
                continue
            # (a letter read twice too: "46/2015/QĐĐ-TTg", a scan's Đ and its look-alike Ð)
            readings = _code_readings(seg) | doubled
            if "B" in seg[1:]:  # Đ read as two letters, its stroke as a B: "QDB-TTg", "HPBND", or before it: "NBD-CP"
                readings |= {seg[:k - 1] + "Đ" + seg[k + 1:] for k in range(1, len(seg)) if seg[k] == "B"
                             and seg[k - 1] in "DPĐ"}
                readings |= {seg[:k] + "Đ" + seg[k + 2:] for k in range(1, len(seg) - 1) if seg[k] == "B"
                             and seg[k + 1] in "DPĐ"}
            known = {table[k] for r in readings if (k := abbreviation_key(r)) in table and
                     table[k].upper().replace("Đ", "D") == r.upper().replace("Đ", "D")}  # ("OD": QD, then QĐ)
            if not known:  # a department's own code, "S" (Sở) before a known one: "KH-SLPTBXH" is SLĐTBXH (no
                # ministry's, "S6LDTBXH" is no "SBLĐTBXH": its 6 a speck, fresh seeds 452 and 455 eng000)
                known = {"S" + table[k] for r in readings if r[:1] == "S" and (k := abbreviation_key(r[1:])) in table
                         and len(k) >= 3 and table[k].upper() == r[1:].upper() and table[k][:1] != "B"}
            if not known and sum(c.isdigit() for c in seg) == 1 and seg[0].isalpha():  # a speck read as a figure
                known = {table[k] for j, c in enumerate(seg) if c.isdigit()  # inside it: "43/2016/TT1-BLĐTBXH" (TT)
                         and (k := abbreviation_key(seg[:j] + seg[j + 1:])) in table}
            if not known and len(seg) >= 6:  # a speck read as a letter inside a long code: "KH-SLĐTBXSH" (SLĐTBXH),
                # or a Đ read as two letters ("SLEDTBXH", Tesseract-eng on a bold heading)
                known = {f"{head}{table[k]}" for j in range(1, len(seg)) for head in ("", "S")
                         if seg[:len(head)] == head and len(r := seg[len(head):j] + seg[j + 1:]) >= 5
                         and (k := abbreviation_key(r)) in table and (table[k].upper() == r.upper() or (
                             ("D" in seg[j - 1:j + 2:2] or seg[j].isdigit() or len(r) >= 6)
                             and abbreviation_key(table[k]) == r.upper()))}
                # (a figure's speck and a Đ read D: "KH-S6LDTBXH", fresh seeds 452 and 455 eng000; or a letter's
                # anywhere in a code of six after it: "KH-SLDTBXEH", real Tesseract-eng on fresh seed 4306, the plan's
                # number lost)
            if not known and 4 <= len(seg) <= 5 and code[part.start() - 1:part.start()] == "-":  # a speck read as a
                # capital inside a short issuer's code, written as the table writes it: "1956/QD-TTPg" (TTg, fresh seed
                # 633 eng: read "TT Đã", the legal basis lost)
                known = {table[k] for j in range(1, len(seg) - 1) if seg[j].isupper()
                         and (k := abbreviation_key(r := seg[:j] + seg[j + 1:])) in table and len(k) >= 3
                         and table[k] == r}
            if not known and len(seg) >= 6:  # one letter of a long code misread as another: "KH-SLDTBAH" (SLĐTBXH)
                off = {head + table[k]: _letters_off(seg, head + k) for k in table for head in ("", "S") if len(k) >= 5
                       and not (head and table[k][:1] == "B")}  # (no "S" before a ministry's code)
                known = {f for f, n in off.items() if n == 1} if 0 not in off.values() else set()
            if code[part.start() - 1] == "/" and line[at + part.end():at + part.end() + 1] == "-" and len(seg) == 3 \
                    and known and known <= _ISSUERS_ONLY:
                # (a type's place, before the issuer's hyphen, holds no issuer's code: "43/2016/TIE-BLDTBXH" had been
                # "TTg-BLĐTBXH" — real Tesseract-eng on fresh seed 12470, the citation lost; a speck read as a letter
                # in the type code, the type the one reading of its letters but one)
                known = {_TYPE_CODES[k] for j in range(len(seg)) for r in _code_readings(seg[:j] + seg[j + 1:])
                         if (k := abbreviation_key(r)) in _TYPE_CODES}
            if len(known) == 1 and (form := known.pop()) != seg:
                out.append((at + part.start(), at + part.end(), form, 0.8))
        last = re.search(r"[^/\-]+$", code)
        if (t := _TTG_PARTED.match(line, m.end())) is not None:  # "QĐ-T Tg": a space parted TTg
            out.append((m.end() - 1, t.end(), "TTg", 0.8))
        elif last and last.start() and code[last.start() - 1] == "-" and \
                (t := _ISSUER_PARTED.match(line, m.end())) is not None and \
                abbreviation_key(last.group(0)) not in table and \
                (k := abbreviation_key(last.group(0) + t.group(1))) in table:  # "NĐ-C P": a space parted CP
            out.append((at + last.start(), t.end(), table[k], 0.8))
        if last and line[m.end():m.end() + 1] == "¢" and not line[m.end() + 1:m.end() + 2].isalpha() and (
                k := abbreviation_key(last.group(0) + "g")) in table:
            out = [e for e in out if e[0] != at + last.start()]  # "QĐ-TT¢": the g of TTg read as a cent sign
            out.append((at + last.start(), m.end() + 1, table[k], 0.8))
    return out


#: the rest of "TTg" after a code's last "T" that a space parted from it ("QĐ-T Tg")
_TTG_PARTED = re.compile(r"(?<=[/\-]T) Tg(?![^\W\d_])")  # (a speck in it: fix_abbreviations')
#: the rest of an issuer's code a space parted from its first letters ("15/2019/NĐ-C P": CP; the citation had been lost)
_ISSUER_PARTED = re.compile(r" ([A-ZĐ][A-Za-zĐ]{0,3})(?![^\W\d_])")


#: a word of four to nine capitals (an abbreviation as OCR read it)
#: the committee's UBND whose U a scan lost ("BND"), a word by itself
_COMMITTEE_U_LOST = regex.compile(r"(?<![^\W\d_])BND(?![^\W\d_])")
_CAPITALS_WORD = regex.compile(r"(?<![^\W\d_])\p{Lu}{4,9}(?![^\W\d_])")  # (a mark Vietnamese OCR gave: "ƯBND")


#: the codes of a document's type that stand before the hyphen and its issuer's code ("KH-UBND", "TT-BLĐTBXH")
_TYPE_CODES = {abbreviation_key(c): c for c in ("KH", "QĐ", "CT", "TB", "BC", "NQ", "TTr", "HĐ", "NĐ", "TT", "TTLT")}
#: the codes of an issuer that are never a document's type (the Prime Minister's, the Government's)
_ISSUERS_ONLY = frozenset({"TTg", "CP"})


def _key_or_d_read_p(code: str, table: dict[str, str]) -> str:
    """A code's :func:`abbreviation_key`, or, where the table lacks it, the key with one P, B (or small b) read for a
    Đ that the table has (``"LPTBXH"``, ``"LbTBXH"`` → the key of LĐTBXH; ``"LBTBXH"``: sample 000's engine on fresh
    seed 6156 eng000, "343/KH-SéLBTBXH", the number lost)."""
    key = abbreviation_key(code)
    if key in table or ("P" not in code and "b" not in code and "B" not in code):
        return key
    found = {k for j, c in enumerate(code) if c in "PbB" and (k := abbreviation_key(code[:j] + "Đ" + code[j + 1:]))
             in table}
    return found.pop() if len(found) == 1 else key


def _type_and_issuer(seg: str, table: dict[str, str]) -> str | None:
    """A document number's type and issuer codes run together, the hyphen between them lost or read as a stroke, as
    written: ``"KHISLĐTBXH"`` → "KH-SLĐTBXH", ``"TTBLĐTBXH"`` → "TT-BLĐTBXH", and with a letter of the type's code
    misread too (:data:`_CODE_MISREADS`): ``"TIBLĐTBXH"`` → "TT-BLĐTBXH", or a speck read as a letter inside a long
    issuer's: ``"TTBLDTEBXH"`` → "TT-BLĐTBXH" (fresh seed 1048 eng). Only where exactly one reading has a known
    type's code and a known issuer's code of three letters or more (a department's "S" before a known one too)."""
    if len(seg) < 5 or abbreviation_key(seg) in table:
        return None
    found = set()
    for k in (2, 3, 4):
        left, rest = seg[:k], seg[k:]
        types = {_TYPE_CODES[key] for r in _misread_once(left) if (key := abbreviation_key(r)) in _TYPE_CODES}
        if not types:
            continue
        # (the issuer as read, or after a stroke read for the hyphen, a known code of three letters or more; or, a long
        # one, with a speck read as a letter inside it, of six or more: "TTBLDTEBXH" is TT-BLĐTBXH)
        readings = [(rest, 3), *([(rest[1:], 3)] if rest[:1] in "Il1|" else []),
                    *((rest[:j] + rest[j + 1:], 6) for j in range(1, len(rest) - 1) if len(rest) >= 7)]
        for issuer, shortest in readings:
            key = abbreviation_key(issuer)
            form = table.get(key) if len(key) >= shortest else None
            if form is None and key[:1] == "S" and len(key) >= 4 and key[1:] in table:
                form = "S" + table[key[1:]]
            found |= {f"{t}-{form}" for t in types} if form else set()
    return found.pop() if len(found) == 1 else None


def _misread_once(code: str) -> set[str]:
    """A code as read, and with one of its letters read as another (:data:`_CODE_MISREADS`): "TI" → TI, TT, TL."""
    return {code} | {code[:j] + x + code[j + 1:] for j, c in enumerate(code) for x in _CODE_MISREADS.get(c, "")}


def _letters_off(read: str, key: str) -> int:
    """How many letters of ``read`` differ from the abbreviation keyed ``key`` (:func:`abbreviation_key`), one for one
    (-1 for another length): ``("SLDTBAH", "SLDTBXH")`` → 1 (its X read as A)."""
    read = abbreviation_key(read)
    return sum(a != b for a, b in zip(read, key, strict=True)) if len(read) == len(key) else -1


def _one_letter_more(read: str, known: str) -> bool:
    """Whether ``read`` is ``known`` with one letter added: ``("UEBND", "UBND")`` → True."""
    return len(read) == len(known) + 1 and any(read[:k] + read[k + 1:] == known for k in range(len(read)))


def _known_or_d_misread(read: str, table: dict[str, str], line: str = "", end: int = 0) -> str | None:
    """A known abbreviation as written for capitals that are it, or, before a place's type (``line[end:]``), that are
    it but for its Đ read as another capital (one such abbreviation only: a code's "HPNDtinh" is HĐND tỉnh; elsewhere
    "GDPT" is an abbreviation of its own); None for any other."""
    if (form := table.get(abbreviation_key(read))) is not None:
        return form
    if not any(c in "BEPO" for c in read) or not _PLACE_TYPE_NEXT.match(line, end):
        return None
    found = {form for form in table.values() if form.isupper() and _d_misread(read, form)}
    return found.pop() if len(found) == 1 else None


def _d_misread(read: str, form: str) -> bool:
    """Whether ``read`` is the abbreviation ``form`` with its Đ read as another capital, as Tesseract-eng reads it
    ("HBND", "HEND" for HĐND): the same letters but where ``form`` has Đ."""
    if len(read) != len(form) or "Đ" not in form or read == form.replace("Đ", "D"):
        return False
    return all(r == f or (f == "Đ" and r in "BEPO") for r, f in zip(read, form, strict=True))


_D_STROKE_AS_B = re.compile(r"(?<=.)[DPĐ]B")


#: a capital H read as a bracket or a bar and a stroke ("[IĐND", "I-IĐND", "|-|ĐND"), or as two strokes ("IIĐND"),
#: opening an abbreviation
_H_AS_STROKES = regex.compile(r"(?<![\p{L}\d\[|])(\[I|I-I|\|-\||\[-\]|II)([A-ZĐ]{2,})(?![\p{L}\d])")


#: a word of capitals with one small b inside ("HbND", "GbĐT"): an abbreviation whose Đ a scan read so
_SMALL_B_IN_CAPITALS = regex.compile(r"(?<![^\W\d_])\p{Lu}{1,5}b\p{Lu}{1,5}(?![^\W\d_])")


#: a small b opening a word of capitals: Tesseract-eng's reading of its capital Đ ("UBND TINH bAK NÉNG": ĐẮK NÔNG, the
#: issuer had been "BAN NÔNG"; sample 000's engine read a capital Đ as "b" twice, a small đ never)
_SMALL_B_OPENING_CAPITALS = regex.compile(r"(?<![\p{L}\d])b(?!(?:UBND|H[ĐDPB]ND)(?![\p{L}\d]))"
                                          r"(?=\p{Lu}{2,}(?![\p{L}\d]))")
# (not before the committee or the council, whose letters are whole: "- bUBND cdc huy¢n", a speck's, fresh seed 1792;
# "Thuong truc bHPND tinh", its Đ read P, 1998 eng000: the recipient had been "ĐHĐND")


#: … or a numbered item's title, which opens with a capital ("1. bay manh chuyén doi s6": Đẩy mạnh, sample 000's engine
#: on fresh seed 1930 eng000; the decoder had kept "bay")
_SMALL_B_OPENING_AN_ITEM = regex.compile(r"(?<=^[ ]*\d{1,2}\.[ ]+)b(?=[aăâeêioôơuưy]\p{Ll}{0,5}(?![\p{L}\d]))")


def fix_small_b_opening_capitals(line: str) -> list[Edit]:
    """``"UBND TINH bAK NÉNG"`` → "ĐAK NÉNG" (then ĐẮK NÔNG); ``"1. bay manh"`` → "Đay manh" where "đ" spells a
    syllable there."""
    return [(m.start(), m.end(), "Đ", 0.8) for m in _SMALL_B_OPENING_CAPITALS.finditer(line)] + [
        (m.start(), m.end(), "Đ", 0.75) for m in _SMALL_B_OPENING_AN_ITEM.finditer(line)
        if _spells_a_syllable_with(line, m.start(), m.end(), "đ")]


#: a small letter opening a word of capitals that is no b (a capital Đ's misreading, above): a capital read small
#: ("THANH PHO BAC gIANG", sample 000's engine on fresh seed 5916 eng000, the issuer "BẮC gIANG" lost)
_SMALL_LETTER_OPENING_CAPITALS = regex.compile(r"(?<![\p{L}\d])[ac-z](?=\p{Lu}{3,}(?![\p{L}\d]))")


def fix_small_letter_opening_capitals(line: str) -> list[Edit]:
    """``"THANH PHO BAC gIANG"`` → "BAC GIANG" (read before the decoder) in a line of capitals: every other word of
    letters is in capitals, two at least, and the word so read spells a syllable (``"SO LAO rDQNG"``: a speck); in a
    line with a word in small letters it stays ("mRNA")."""
    found = list(_SMALL_LETTER_OPENING_CAPITALS.finditer(line))
    if not found:
        return []
    words = [w for w in regex.findall(r"\p{L}+", line)]
    if sum(w.isupper() for w in words) < 2 or sum(not w.isupper() for w in words) > len(found):
        return []
    # (only where the word so read spells a syllable: "SO LAO rDQNG" is a speck before ĐỘNG, dev plan 418 eng000)
    return [(m.start(), m.end(), m[0].upper(), 0.8) for m in found
            if is_valid_skeleton(skeleton(regex.match(r"\p{L}+", line[m.start():])[0].lower()))]


#: a word of capitals with small letters of the capitals' shapes among them (a code's: "PCTuBND" parted, "uBND")
_CAPITALS_WITH_SIZE_ONLY_SMALL = regex.compile(r"(?<![\p{L}\d])(?=[A-ZĐcosuvwxz]*[cosuvwxz])(?=(?:[^\s]*\p{Lu}){2})"
                                               r"[A-ZĐcosuvwxz]{3,8}(?:(?![\p{L}\d])|(?<=\p{Lu})(?=\p{Ll}{3}))")
# (a word glued after it: "- Chu tich, cac PCTuBNDtinh;", fresh seed 5000 code004, read "PCT uống tỉnh")


#: the unit words a body's abbreviation stands before ("UBND tỉnh", "HĐND huyện"), by their letters
_UNIT_WORDS = {"tinh": "tỉnh", "huyen": "huyện", "xa": "xã", "quan": "quận"}


def _unit_word(letters: str) -> str | None:
    """A unit word by its letters, "tỉnh" a letter off too, its n a code's u or l ("tiuh", "tilh": fresh seed 5078
    code004's "PcTUBNDtiuh"): "tinh" → "tỉnh", "tiuh" → "tỉnh", "tin" → None."""
    if letters in _UNIT_WORDS:
        return _UNIT_WORDS[letters]
    return "tỉnh" if len(letters) == 4 and letters[:2] == "ti" and letters[3] == "h" else None


def fix_abbreviation_small_letters(line: str, table: dict[str, str]) -> list[Edit]:
    """A known abbreviation a symbol code wrote with a small letter of its capital's shape: ``"PCT uBND tinh"`` → "UBND"
    (``table``: the lexicon's abbreviations; sample 004's engine writes such letters in either size); two glued, the
    space lost: ``"PCTuBND"`` → "PCT UBND"."""
    out: list[Edit] = []
    for m in _CAPITALS_WITH_SIZE_ONLY_SMALL.finditer(line):
        edit = _small_letters_abbreviation(line, m, table)
        if edit is not None and (word := regex.match(r"\p{L}+", line[m.end():])) is not None:  # (a word glued after
            # it: "PCTuBNDtinh" → "PCT UBND tỉnh", the unit's word written whole: the decoder leaves a token a fixer's
            # edit cut into)
            unit = _unit_word(skeleton(word.group().lower()))
            a, b, rep, c = edit
            edit = (a, m.end() + len(word.group()) if unit else b, rep + " " + (unit or ""), c)
        if edit is not None:
            out.append(edit)
    return out


def _small_letters_abbreviation(line: str, m: regex.Match[str], table: dict[str, str]) -> Edit | None:
    """:func:`fix_abbreviation_small_letters`' edit for one run of capitals and small letters of their shapes ``m``,
    or None."""
    key = abbreviation_key(m.group(0))
    if key in table:
        return (m.start(), m.end(), table[key], 0.8)
    if m.start() and not line[m.start() - 1].isspace() and m.group(0)[0] in _SIZE_ONLY_CAPITALS.lower():
        # the small letter ends the word the abbreviation is glued to: "c}cPCT" (các PCT, its a a code's "}";
        # fresh seed 828 code, it had been parted "CP CT"; the space is split_glued_abbreviations'), or two
        # abbreviations glued to each other too ("c}cPCTuBND")
        rest = abbreviation_key(m.group(0)[1:])
        if rest in table and len(rest) >= 3:
            return (m.start() + 1, m.end(), table[rest], 0.75) if table[rest] != m.group(0)[1:] else None
        if len(cuts := _two_known(rest, table)) == 1:
            return (m.start() + 1, m.end(), " ".join(cuts[0]), 0.75)
    if len(cuts := _two_known(key, table)) == 1:
        return (m.start(), m.end(), " ".join(cuts[0]), 0.75)
    return None


def _two_known(key: str, table: dict[str, str]) -> list[tuple[str, str]]:
    """The ways an abbreviation's key parts into two known abbreviations of two letters or more, each as written:
    ``"PCTUBND"`` → ``[("PCT", "UBND")]``."""
    return [(table[key[:n]], table[key[n:]]) for n in range(2, len(key) - 1) if key[:n] in table and key[n:] in table]


#: "Thường trực" right before an abbreviation (the standing body of the council it heads)
_STANDING_BEFORE = regex.compile(r"(?i:thường[ ]+trực)[ ]+$")


def fix_misread_abbreviations(line: str, table: dict[str, str]) -> list[Edit]:
    """A known abbreviation of four letters or more that a scan gave a letter too many, its first and last letters
    right ("UEBND", "UTBND" → UBND), whose U it read as "LI" ("LIBND") or "I" ("IBND") or gave a mark ("ƯBND"), or
    whose Đ it read as B, E, P or O ("HBND", "HEND" → HĐND) or a small b ("HbND"), or as two letters ("HPBND"), or its
    H as a bracket and a stroke ("[IĐND"), its last D as a stroke and a bracket ("HDNI)") or as a P ("UBNP"): written as
    known. Only where one abbreviation is so near; a letter changed is another abbreviation as often ("KTTH", a
    department, is no "KTXH"), and an issuer's letter before a known code is no misreading ("SLĐTBXH"); but before a
    place's type only the committee stands: "UBRD TỈNH HẬU GIANG" → UBND."""
    out: list[Edit] = []
    if not TWO_CAPITALS.search(line):
        return out
    if "b" in line:  # its Đ read as a small b, the stroke lost ("Thường trực HbND tỉnh": it had been "Hùng")
        out += [(m.start(), m.end(), table[key], 0.8) for m in _SMALL_B_IN_CAPITALS.finditer(line)
                if (key := abbreviation_key(m.group(0).replace("b", "Đ"))) in table and "Đ" in table[key]]
    if "I" in line or "|" in line:  # an H read as a bracket and a stroke: "[IĐND" HĐND
        out += [(m.start(), m.end(), table[key], 0.8) for m in _H_AS_STROKES.finditer(line)
                if (key := abbreviation_key("H" + m.group(2))) in table]
    if "BND" in line:  # its U lost before the places it names ("- BND các huyện, thành phố;", vetplan's OCR of fresh
        # seed 977's scan: the recipient lost)
        out += [(m.start(), m.end(), "UBND", 0.8) for m in _COMMITTEE_U_LOST.finditer(line)
                if _PLACE_TYPES_AFTER.match(line, m.end())]
    for m in _CAPITALS_WORD.finditer(line):
        tok = m.group(0)
        if abbreviation_key(tok) in table or is_valid_skeleton(tok.lower()):
            continue  # (a word in capitals: "THẠCH THAT" is no "THPT")
        found = set()
        reads = {abbreviation_key(tok), abbreviation_key(tok.replace("LI", "U")), skeleton(tok.lower()).upper()}
        if "RI" in tok:  # an N read as an R and a stroke ("Thường trực HĐRID tỉnh": vetplan's OCR of fresh seed 1206's
            reads.add(abbreviation_key(tok.replace("RI", "N")))  # scan, the recipient lost)
        if tok[0] in "IL":  # its opening U read as an I, the stroke that closes it lost ("- IBND các huyện", fresh seed
            reads.add(abbreviation_key("U" + tok[1:]))  # 1236 scan: the recipient had kept it), or as an L ("các PCT
            # LBND tính", vetplan's OCR of fresh seed 1431's scan)
        if "B" in tok[1:]:  # Đ read as two letters, its stroke a B after it: "HPBND", "HDBND"
            reads.add(abbreviation_key(_D_STROKE_AS_B.sub("Đ", tok)))
        # a last D read as its stem and its bowl apart, "I)": "HDNI) tỉnh" (HĐND; then the bracket goes with it)
        end = m.end() + 1 if tok[-1] == "I" and line[m.end():m.end() + 1] == ")" and "(" not in line[:m.start()] \
            else m.end()
        if end > m.end():
            reads.add(abbreviation_key(tok[:-1] + "D"))
        if tok[-1] in "PB" and len(tok) >= 4 and (key := abbreviation_key(tok[:-1] + "D")) in table:
            found.add(table[key])  # its last D read as a P ("UBNP TỈNH BẾN TRE", Tesseract-eng on a bold heading) or a
            # B ("- UBNB các huyện", real Tesseract-eng on fresh seed 2277, the recipient lost)
        for read in reads:
            found |= {form for key, form in table.items() if len(key) >= 4 and form.isupper() and key[0] == read[0]
                      and key[-1] == read[-1] and (key == read or _one_letter_more(read, key)
                                                   or _d_misread(read, form))}
        if tok[0] in "LI" and len(tok) >= 5 and (key := abbreviation_key(tok[1:])) in table and table[key].isupper():
            found.add(table[key])  # a speck's stroke glued before it ("108.KH-LUBND", vetplan's OCR of fresh seed 1173)
        if not found and len(tok) == 4 and _letters_off(tok, "HDND") == 1 and \
                _STANDING_BEFORE.search(line, 0, m.start()):
            found.add("HĐND")  # one letter misread after "Thường trực", where only a council stands ("Thường trực TDND
            # tỉnh", vetplan's OCR of fresh seed 1182's scan: the recipient lost)
        if not found and len(tok) == 4 and _letters_off(tok, "UBND") == 1 and _PLACE_TYPE_AFTER.match(line, m.end()):
            found.add("UBND")  # one letter misread before a place's type, where only the committee stands ("UBRD TỈNH")
        if len(found) == 1:
            out.append((m.start(), end, found.pop(), 0.8))
    return out


#: a place's type word, with or without its marks ({gap}: what may stand between a two-word type's words)
_PLACE_TYPE_WORD = r"(?i:t[ỉi]nh|huy[ệe]n|th[àa]nh{gap}ph[ốo]|qu[ậa]n|th[ịi]{gap}x[ãa])(?![\p{{L}}\d])"
#: a place's type word after an abbreviation, glued to it or not ("HPNDtinh", "UBND tỉnh")
_PLACE_TYPE_NEXT = regex.compile("[ ]?" + _PLACE_TYPE_WORD.format(gap="[ ]?"))
#: a place's type word after an abbreviation, as the issuer's line writes it ("UBND TỈNH HẬU GIANG", "UBND huyện")
_PLACE_TYPE_AFTER = regex.compile("[ ]+" + _PLACE_TYPE_WORD.format(gap="[ ]"))
#: … or several places of a type ("UBND các huyện, thành phố")
_PLACE_TYPES_AFTER = regex.compile("[ ]+(?i:c[áa]c[ ]+)?" + _PLACE_TYPE_WORD.format(gap="[ ]"))


#: a run of three or more capitals: a candidate abbreviation glued to the word before or after it
_CAPITAL_RUN = re.compile(r"[A-ZĐ]{3,}")
#: capitals whose small letters have their shape: a symbol code writes either size for them ("caC" các)
_SIZE_ONLY_CAPITALS = "COSUVWXZ"
#: what a word glued to an abbreviation may end with: a lower-case letter or a symbol code's stand-in
_GLUE_BEFORE = "~@?\\<>{}^$&;§¢"


def _two_abbreviations(run: str, table: dict[str, str]) -> int | None:
    """Where a run of capitals parts into two known abbreviations of two letters or more: ``"PCTUBND"`` → 3 (PCT,
    UBND); the longest second one first; None when it parts into none."""
    key = abbreviation_key(run)
    return next((k for k in range(2, len(key) - 1) if key[:k] in table and key[k:] in table), None)


#: a position's abbreviation run into its body's ("PCTUBND": PCT UBND), which no abbreviation of its own spells
_POSITION_THEN_BODY = re.compile(r"P?CT(?:UBND|HĐND|HDND)")


_BULLETS = ("-", "–", "+", "•", "*")


def split_glued_abbreviations(line: str, table: dict[str, str]) -> list[Edit]:
    """A known abbreviation of three or more capitals that lost the space to the word before or after it:
    ``"Chủ tịchUBND quận"`` → ``"Chủ tịch UBND quận"``, ``"UBNDcác quận"`` → ``"UBND các quận"``, also in a
    symbol code (``"tr9UNgTHCS"``). The whole run of capitals must be the abbreviation, or two glued to a word too
    ("các PCTUBNDtỉnh" → "các PCT UBND tỉnh"; not "TTGDNN" standing alone, nor a document code's "73/KHUBNDx"), and a
    word after it must start in lower case (a document number's "KH-UBNDHà Nội" is :func:`split_glued_codes`'s).
    Insertions ``(at, at, " ", 0.8)``."""
    out: list[Edit] = []
    for m in _CAPITAL_RUN.finditer(line):
        known = _known_or_d_misread(m.group(0), table, line, m.end())
        if (len(m.group(0)) >= 4 and m.group(0)[0] in _SIZE_ONLY_CAPITALS and m.start()
                and (line[m.start() - 1].islower() or line[m.start() - 1] in _GLUE_BEFORE) and known is None
                and _known_or_d_misread(m.group(0)[1:], table, line, m.end()) is not None):
            out.append((m.start() + 1, m.start() + 1, " ", 0.8))  # a code's capital for the word's last letter, the
            # abbreviation after it known: "caCPCT" (các PCT, fresh seed 821 code004; it had been parted "CP CT")
            if line[m.end():m.end() + 1].islower():
                out.append((m.end(), m.end(), " ", 0.8))
            continue
        if (known is None and len(m.group(0)) >= 4 and m.group(0)[-1] in _SIZE_ONLY_CAPITALS
                and line[m.end():m.end() + 1].islower() and (not m.start() or not line[m.start() - 1].isalnum())
                and _known_or_d_misread(m.group(0)[:-1], table) is not None):
            out.append((m.end() - 1, m.end() - 1, " ", 0.8))  # … or the next word's first letter, a code's capital:
            continue  # "UBNDCae huyen" (UBND các, fresh seed 1059 code004; it had been kept, the recipient lost)
        if known is None:
            glued = line[m.end():m.end() + 1].islower() or line[m.start() - 1:m.start()].islower() or bool(
                _POSITION_THEN_BODY.fullmatch(m.group(0)))  # (a deputy's title glued to its body: "các PCTUBND")
            if not glued or line[m.start() - 1:m.start()] in ("/", "-") or (
                    k := _two_abbreviations(m.group(0), table)) is None:
                continue  # (a run standing alone may be an abbreviation of its own: "TTGDNN", "73/KHUBND")
            out.append((m.start() + k, m.start() + k, " ", 0.8))  # "các PCTUBND tỉnh": PCT UBND
        a, b = m.start(), m.end()
        before = line[a - 1] if a else ""
        after = line[b] if b < len(line) else ""
        if before and (before.islower() or before in _GLUE_BEFORE) and not (after.isalpha() or after.isdigit()) and \
                not (before.isalpha() and line[:a - 1].strip() in _BULLETS):  # (one small letter after a list's dash
            # is a speck's, fix_speck_before_committee's: "- bUBND cdc huy¢n")
            out.append((a, a, " ", 0.8))
        elif after.islower() and (not before or before.isspace() or before in "(\"“‘'" or line[:a].strip() in _BULLETS):
            out.append((b, b, " ", 0.8))  # (a list item's dash glued before it: "-UBNDc6c huyen", a code's)
        elif after in "’'‘`" and line[b + 1:b + 2].islower() and (not before or before.isspace() or before in "(\"“"):
            out.append((b, b, " ", 0.8))  # a scan's speck for the space: "- UBND’cac huyen" (it had become "Bộ các")
    return out


_V = r"[^\sbcdfghklmnpqrstvxBCDFGHKLMNPQRSTVX]{1,4}"  # a vowel however written: "ụ", "u", "^", "@", "6"
#: a word with the consonants of a numbered part of a document, whatever its vowels show (OCR, a symbol code):
#: mục, (phụ) lục, phần, chương, khoản, (giai) đoạn, điều — "Muc", "L^C", "Ph@n", "Di~u" (a symbol code's
#: groups, "Chu(rng", are replaced by a vowel before the match)
PART_WORD = re.compile(rf"[mMlL]{_V}[cC]|[pP][hH]{_V}[nN]|[cC][hH]{_V}[nN][gG]|[kK][hH]{_V}[nN]|[dDđĐ]{_V}[nN]|"
                       rf"[dDđĐ][iI]{_V}")


#: "quý" (a quarter of the year) however its marks came out, a symbol code's stand-in for its y too ("Qu@", read
#: "Qua" once its group is replaced): a Roman numeral after it numbers the quarter ("Quy I/2017": the numeral is
#: no word "i", and the number after "quy" makes it "quý"); a code's stand-in may be a digit or a capital after
#: the small u ("Qu6 I/2017", "QuS I/2017"), which no word of Vietnamese spells
QUARTER_WORD = re.compile(r"[qQ][uU](?:[yYýÝỳỲỷỶỹỸỵỴ]|[^\w\s]{1,2}|[aA](?=$)|\d)|[qQ]u[A-Z]")
#: a quarter's Roman number as OCR left it: strokes read as digits or bars, two as "H" ("Quý 11/2023", "Quý HI"), one
#: small ("Quý IiI", "IIi", "iII": vetplan's OCR of fresh seed 1767's scan, the task's time lost), a speck inside
#: ("I'V") or before it ("TIV"), or read as a stroke of its own ("I1V"), a bracket or "!" for its stroke ("Quy [V",
#: "['V", "!II", "[I", "I[V"), its first stroke a J ("JII")
_QUARTER_NUMBER_READ = r"[Il1|H!\[\]]{2,4}|I[Il|]?i[Il|]?|i[Il|]{1,2}|T[Il1|][VX]|T[Il1|H]{1,3}|I[Il|]?t" \
                       r"|[tJ]H|H[LT]|LH|tV|1['’‘]V" \
                       r"|[Il1|!T\[\]L]?[Il1|\[\]!]?[VX]|[Il1|]T[VX]" \
                       r"|[I\[]['’]V|[Il1|]{0,3}H[Il1|L]?|[Il1|][TL][Il1|L]?|[Il1|]{2}[TLf]|L[Il1|]|J[Il1|]{1,2}" \
                       r"|[Il1|T]J[Il1|]|\\V|T[Il1|]L|[1l|]i|[Il1|]TH|[ïíìî][VIl1|]|[Il1|][ÌÍÏÎìíïî][Il1|]?|\[(?=/)" \
                       r"|(?=[IlL1|HF]{3}(?![\w]))[IlL1|F]{0,2}H[IlL1|]{0,2}"  # ("Quy IJI/2022": real Tesseract-eng
                       # on fresh seed 5024; three strokes' letters with an H, "Quy FHI/2024", "Quy ILH/2017", real
                       # Tesseract-eng on fresh seeds 8115 and 8345, the tasks' times lost; "Quy
                       # IIL/2016", "IIT/2023": real Tesseract-eng on fresh seeds 4872 and 4949; "Quy ILL/2016":
# real Tesseract-eng on fresh seed 3438, the task's time lost; its I read L before the V: "Quy LV/2023", 4646, "Là";
# III's last stroke read L or f, "Quy HL/2016", "Quy" / "IIf/2023", IV's I a backslash, "Quy \V/2021": real
# Tesseract-eng on fresh seeds 7486, 7475 and 7497, read "Hồ", kept, "\và"; III's first stroke read T and its last L,
# "Quy TIL/2023", and II's first a 1 and its second small, "Quy 1i/2018": real Tesseract-eng on fresh seeds 9645 and
# 9437, the tasks' times lost; a T between I and H, "Quy ITH/2019", real Tesseract-eng on fresh seed 11372; a mark
# over its I, "Quý ïV/2016", vetplan's OCR of fresh seed 6686's scan: the tasks' times lost; over its middle stroke,
# "Quy IÌI/2018", 7144's; a lone I a bracket, a speck's stop before it: "Quy.[/2023", 7093's)
_QUARTER_STROKES = re.compile(rf"(?<![^\W\d_])({QUARTER_WORD.pattern})(?:[ ]+|[ ]*[.:,][ ]*)({_QUARTER_NUMBER_READ})"
                              r"(?=[/\s,.;)]|$)")  # (a speck after the word: "Quý:I1/2023")


#: a quarter's slash read as a 7 before its year ("Quý IV72017", fresh seed 1214 scan: the task's time had kept it)
_QUARTER_SLASH_AS_SEVEN = re.compile(rf"(?<![^\W\d_])(?:{QUARTER_WORD.pattern})[ ]+(I{{1,3}}|IV|[1Il|]{{2,3}}|TV)(7)"
                                     r"(?=(?:19|20)\d\d\b)")  # (its strokes read as figures too: "Quy 1172020", real
# Tesseract-eng on fresh seed 5475, II/2020, the task's time lost; its I's serif a T's bar: "Quý TV72017", vetplan's OCR
# of fresh seed 5012's scan, the task's time lost)


def fix_quarter_numerals(line: str) -> list[Edit]:
    """A quarter's Roman number that OCR read as strokes: ``"Quý 11/2023"`` → ``"II"`` (there is no 11th quarter),
    ``"Quý HI"`` → ``"III"``; its slash read as a 7 (``"Quý IV72017"`` → "IV/2017"); "Quý 1/2024" (Arabic) and a
    number that reads as no quarter are left."""
    out: list[Edit] = [(m.start(2), m.end(2), "/", 0.8) if m[1] == roman else (m.start(1), m.end(2), f"{roman}/", 0.75)
                       for m in _QUARTER_SLASH_AS_SEVEN.finditer(line) if (roman := _quarter_roman(m[1])) is not None]
    for m in _QUARTER_STROKES.finditer(line):
        tok = m.group(2)
        roman = _quarter_roman(tok)
        if roman is not None and roman != tok:
            out.append((m.start(2), m.end(2), roman, 0.8))
    return out


#: a quarter's number run into its year, the slash between them read as a stroke or a digit, or lost: "Quy II2017",
#: "Quý III12017", "Quy IVI2024" (sample 004's engine writes a slash as "I" or "1")
_QUARTER_RUN_INTO_YEAR = re.compile(rf"(?<![^\W\d_])(?:{QUARTER_WORD.pattern})(?P<speck>[)\]'‘’]?|l(?=[IV]))"
                                    r"(?:[ ]+|(?=[IV]))"  # (its space lost, or a speck read for it: "Quy)III12021",
                                    # fresh seed 1055 code004, the task's time had been lost; or a code's space written
                                    # l, "QuylI\/2018", fresh seed 1228 code004, read "Quy là/2018")
                                    r"(?P<run>(?=1{0,3}[IVl|\\])[IVl1|\\]{1,5}|I{1,3}v[Il1|]?)(?P<slash>/?)"
                                    r"(?P<year_speck>[‘’'`][ ]?)?"  # (a quote's speck and a space before the year: "Quy
                                    # I1‘ 2019", sample 000's engine on fresh seed 10777 eng000, the task's time lost)
                                    r"(?=(?:19|20)(?:(?P<gap>[‘’'`]?[ ]?)\d\d|\d(?P<late_gap>[ ])\d)\b)")  # (its
# year maybe parted: "Quy 111I20 19", sample 000's engine on fresh seed 2042 eng000, the task's time lost: the space
# goes with it; or after its third figure: "Quy 1II1202 1", 10346 eng000; a quote speck there: "Quy 1I20‘ 23", 10562)
# (strokes: an Arabic "Quý 12016" is fix_date_slashes'; a code's small v: "Quy IvI2019"; two strokes read as 1s
# before the rest, "Quy 11lI2023", fresh seed 622 eng000: III/2023 had been "Quý 11 lI2023")


#: a quarter's V alone, its I lost ("Quý V/2024": no quarter V), or a stroke between its slash and its year ("Quý
#: III/I2021"): Tesseract-eng's, sample 000's engine (it read a lone I as "|", "1" or nothing)
_QUARTER_V_ALONE = re.compile(rf"(?:(?<=[\s:])(?P<speck>[a-z])|(?<![^\W\d_]))(?P<word>{QUARTER_WORD.pattern})[ ]+(V)"
                              r"(?=/(?:19|20)\d\d\b)")  # (a speck read as a small letter glued before the word: "hiện:
# bQuy V/2021", sample 000's engine on fresh seed 1673 eng000, read "quý và/2021", the task's time lost)
#: a quarter's slash read twice, a space between ("Quy IV/ /2017": real Tesseract-eng on fresh seed 848, the task's
#: time lost): group 1 the second slash and the space before it
_QUARTER_SLASH_DOUBLED = re.compile(rf"(?<![^\W\d_])(?:{QUARTER_WORD.pattern})[ ]+(?:I{{1,3}}|IV)/([ ]+/)"
                                    r"(?=(?:19|20)\d\d\b)")
_QUARTER_STROKE_BEFORE_YEAR = re.compile(rf"(?<![^\W\d_])(?:{QUARTER_WORD.pattern})[ ]+(?:I{{1,3}}|IV"
                                         rf"|{_QUARTER_NUMBER_READ}|[1-4])/([Il|1])"  # (an Arabic number before it:
                                         # "Quy 1/I2019", sample 000's engine on fresh seed 7297 eng000)
                                         r"(?=(?:19|20)[ -]?\d\d\b)")  # (its year maybe parted: "III/I20 17"; its
# number's strokes as read, another fixer's: "Quy I11/I20 17")


#: a quarter's one stroke and its slash read together as a P before the year ("thoi gian thue hien: Quy P2021.": real
#: Tesseract-eng on fresh seeds 8145 and 8590, I/2021 and I/2024, the tasks' times lost) — a P's bowl is the slash's
#: top beside the stroke
_QUARTER_STROKE_AND_SLASH_AS_P = re.compile(rf"(?<![^\W\d_])({QUARTER_WORD.pattern})[ ]+(P)(?=(?:19|20)\d\d(?![\d/]))")
#: a quarter's last stroke read as a slash before its own ("Quy I//2019": real Tesseract-eng on fresh seed 1617, II):
#: no date doubles its slash
_QUARTER_STROKE_AS_SLASH = regex.compile(r"(?<=(?<![^\W\d_])(?:[qQ][uU]\S{1,2}|QUÝ)[ ]+I{1,2})/"
                                         r"(?=/(?:19|20)\d\d(?!\d))")


def fix_quarter_slash(line: str) -> list[Edit]:
    """A quarter's number run into its year (its V maybe a code's backslash, "I\\I2023"): its slash read as a stroke
    or a "1" (``"Quy II2017"`` → "I/2017", ``"Quý III12017"`` → "III/2017", ``"Quy IVI2024"`` → "IV/2024"), or
    lost where no stroke is left over to be it (``"Quý IV2017"`` → "IV/2017"); a V alone is IV, its I lost (``"Quý
    V/2024"``), and a stroke after the slash is none (``"Quý III/I2021"``); a slash read before the number goes after
    it (``"Quy /I‘ 2020"`` → "I/2020"). A stroke is taken for the slash wherever
    the strokes before it are a quarter: OCR reads a slash as a stroke far more often than it loses one (sample 004's
    engine: "I" for four in eight, "1" for one)."""
    out: list[Edit] = []
    if "//" in line:  # ("Quy I//2019")
        out += [(m.start(), m.end(), "I", 0.75) for m in _QUARTER_STROKE_AS_SLASH.finditer(line)]
    for m in _QUARTER_RUN_INTO_YEAR.finditer(line):
        before = len(out)
        run = m.group("run").replace("\\", "V")  # (a code's V written as its first stroke, a backslash: "I\\/2024"
        # is IV)
        if m.group("slash"):  # the slash there: only the number to read ("Quý I\\/2024"; a code's small v,
            # "Quy)Iv/2021", fresh seed 2240 code004, read "Quyền/2021")
            if (run != m.group("run") or "v" in run) and _as_roman(run.replace("v", "V")) in ("I", "II", "III", "IV"):
                out.append((m.start("run"), m.end("run"), _as_roman(run.replace("v", "V")), 0.8))
        # (the number in the edit with its slash, as read or not: the decoder would read "IV" of "Quy IV12022" as a
        # word, "In")
        elif run[-1] in "Il1|" and _as_roman(run[:-1]) in ("I", "II", "III", "IV"):  # (a code's small v: "IvI2019")
            out.append((m.start("run"), m.end("run"), _as_roman(run[:-1]) + "/", 0.8))
        elif _as_roman(run) in ("I", "II", "III", "IV"):
            out.append((m.start("run"), m.end("run"), _as_roman(run) + "/", 0.75))
        elif run == "V":  # a stroke and its slash read as one V before the year ("Quy V2017": real Tesseract-eng on
            # fresh seed 5083, I/2017, the task's time lost) — one misread, where IV would be two things lost
            out.append((m.start("run"), m.end("run"), "I/", 0.55))
        if len(out) > before and m.group("speck"):  # (the word with its speck, which keeps it from the decoder:
            # "Quy)III12021", "Quy) III12021")
            word = "Quý" if line[m.start()] == "Q" else "quý"
            out.insert(before, (m.start(), m.end("speck"), word + (" " if line[m.start("run") - 1] != " " else ""),
                                0.8))
        elif len(out) > before and line[m.start("run") - 1] == " " and \
                (word := line[m.start():m.start("speck")]).lower() != "quý":  # (the word too: beside the edited
            # number the decoder left "Quy", "Quy l2024" read "Quy I/2024", real Tesseract-eng on fresh seed 863)
            out.insert(before, (m.start(), m.start("speck"), _quarter_word_as(word), 0.8))
        elif len(out) > before and line[m.start("run") - 1] != " ":  # its space lost too: "QuyIIII2021" (the word
            # written too, which the decoder leaves beside the edit: "QuyIvI2023" had been "Quy IV/2023", fresh seed
            # 1817 code004, the task's time lost)
            word = line[m.start():m.start("run")]
            out.insert(before, (m.start(), m.start("run"), _quarter_word_as(word) + " ", 0.8))
        if len(out) > before and m.group("gap"):  # ("III/20 19")
            out.append((m.start("gap"), m.end("gap"), "", 0.8))
        if len(out) > before and m.group("late_gap"):  # ("III/202 1")
            out.append((m.start("late_gap"), m.end("late_gap"), "", 0.8))
        if len(out) > before and m.group("year_speck"):  # ("I1‘ 2019")
            out.append((m.start("year_speck"), m.end("year_speck"), "", 0.8))
    if " P" in line:  # ("Quy P2021": I/2021)
        out += [(m.start(1), m.end(2), f"{_quarter_word_as(m[1])} I/", 0.7)
                for m in _QUARTER_STROKE_AND_SLASH_AS_P.finditer(line)]
    if "V/" in line:
        for m in _QUARTER_V_ALONE.finditer(line):
            out += [(m.start(3), m.end(3), "IV", 0.7)] + (
                [(m.start("speck"), m.end("word"), _quarter_word_as(m.group("word")), 0.7)] if m.group("speck") else [])
    out += [(m.start(1), m.end(1), "", 0.8) for m in _QUARTER_STROKE_BEFORE_YEAR.finditer(line)]
    if "/ " in line:  # ("Quy IV/ /2017")
        out += [(m.start(1), m.end(1), "", 0.8) for m in _QUARTER_SLASH_DOUBLED.finditer(line)]
    if " /" in line:  # ("Quy /I‘ 2020", "Quý III /2024")
        out += [(m.start(1), m.end(), m[2] + "/", 0.75) for m in _QUARTER_SLASH_BEFORE_ITS_NUMBER.finditer(line)]
        out += [(m.start(1), m.end(1), "", 0.75) for m in _QUARTER_SPACE_BEFORE_ITS_SLASH.finditer(line)]
    if "L" in line:  # ("Quý IIL2020")
        out += [(m.start(), m.end(), m[0][:-1] + "I/", 0.75) for m in _QUARTER_STROKE_AND_SLASH_AS_L.finditer(line)]
    return out


#: a quarter's last stroke and its slash read as one L before the year ("… thời gian thực hiện: Quý" / "IIL2020.":
#: vetplan's OCR of fresh seeds 7610's and 7716's scans, II/2020 and III/2020, the tasks' times lost)
_QUARTER_STROKE_AND_SLASH_AS_L = regex.compile(r"(?<=(?<![\p{L}\d])(?i:qu\S{1,2})[ ]+)I{0,2}L"
                                               r"(?=(?:19|20)\d\d(?![\d/]))")
#: … opening a line after the line that ends with "Quý", a stroke at least before it
_QUARTER_STROKE_AND_SLASH_AS_L_OPENING_A_LINE = regex.compile(r"^[ ]*\KI{1,2}L(?=(?:19|20)\d\d(?![\d/]))")


def fix_quarter_opening_a_line(line: str, before: str) -> list[Edit]:
    """A quarter's number opening a line after the line ``before`` that ends with its word, its last stroke and slash
    read as one L: ``"IIL2020."`` after "… thời gian thực hiện: Quý" → "III/2020."."""
    if before.rstrip()[-3:].lower() not in ("quý", "quy"):
        return []
    return [(m.start(), m.end(), m[0][:-1] + "I/", 0.75)
            for m in _QUARTER_STROKE_AND_SLASH_AS_L_OPENING_A_LINE.finditer(line)]


#: a quarter's slash read before its number, a speck and a space where it stood ("Quy /I‘ 2020": sample 000's engine
#: on fresh seed 6657 eng000, the task's time lost) — no quarter's number follows its slash
_QUARTER_SLASH_BEFORE_ITS_NUMBER = re.compile(rf"(?<![^\W\d_])(?:{QUARTER_WORD.pattern})[ ]+(/)(I{{1,3}}|IV)"
                                              r"[‘’'`]?[ ]?(?=(?:19|20)\d\d(?![\d/]))")


#: … or a space before it ("Quý III /2024": vetplan's OCR of fresh seed 2869's scan, the task's time lost)
_QUARTER_SPACE_BEFORE_ITS_SLASH = re.compile(rf"(?<![^\W\d_])(?:{QUARTER_WORD.pattern})[ ]+(?:I{{1,3}}|IV)([ ])"
                                             r"(?=/(?:19|20)\d\d(?!\d))")


_STROKE_WITH_A_MARK = str.maketrans("ïíìîÏÍÌÎ(\\ft", "IIIIIIIIIIII", "†")  # (and a round bracket for one: "(11": III; a
# backslash, an f or a small t: "Quy \V/2021", "IIf/2023", "Quy It/2016", real Tesseract-eng on fresh seeds 7497, 7475
# and 7712; a dagger's speck before it dropped: "Quý †1V/2019", vetplan's OCR of fresh seed 3367's scan, the task's time
# lost)


def _quarter_roman(tok: str) -> str | None:
    """A quarter's number from its strokes as OCR read them: ``"HI"`` → "III", ``"11"`` → "II", ``"TV"`` → "IV" (a serif
    I's top read as a T's bar, Tesseract's Vietnamese model), ``"TIV"`` → "IV" (a speck before it: no quarter "IIV"),
    ``"Iv"`` → "IV"; None for no quarter."""
    tok = tok.translate(_STROKE_WITH_A_MARK)  # (a speck over a stroke: "Quý ïI/2019", vetplan's OCR of fresh seed
    # 1723's scan, the task's time lost)
    if len(tok) == 3 and "H" in tok and all(c in "IlL1|HF" for c in tok):  # (three letters of strokes, an H's two
        return "III"  # among them: "FHI", "ILH" — more strokes than III, and no V)
    if tok[-1:] == "v":  # (a code's random case: "Quy Iv/2022" is IV)
        tok = tok[:-1] + "V"
    if tok[:1] == "M" and len(tok) <= 2:  # (two strokes their serifs joined, read M: "Quy M1/2016", real Tesseract-eng
        tok = "II" + tok[1:]  # on fresh seed 1587, III)
    if tok in ("HV", "KV", "FV", "EV", "PV"):  # (its I with a bar beside it: "Quy HV/2021", fresh seed 29 eng; or its
        # serifs read as a K's arms, "Quy KV/2021", fresh seed 689 eng; its top serif an F's arm, "Quy FV/2021", 1563
        # eng; both serifs an E's, "Quy EV/2023", 1817 eng; a P's bowl, "Quy PV/2020", 2152 eng)
        return "IV"
    if len(tok) > 3 and tok[-1] == "V":  # (a speck inside and a stroke before: "Quy 1I'V/2020", real Tesseract-eng on
        tok = tok.replace("'", "").replace("’", "")  # fresh seed 2161: the task's time lost)
    if len(tok) == 3 and tok[1] == "J" and tok[0] in "Il1|T" and tok[2] in "Il1|":  # ("IJI", "TJ1": III)
        return "III"
    if tok[:1] == "J":  # (a first stroke's foot read as a J's hook: "Quy JII/2023"; alone: "Quý" / "J/2023.", vetplan's
        # OCR of fresh seed 2792's scan, the task's time lost)
        tok = "I" + tok[1:]
    if tok[:1] == "T" and len(tok) > 1:
        tok = "I" + tok[1:] if _as_roman("I" + tok[1:]) in ("I", "II", "III", "IV") or len(tok) < 3 else tok[1:]
    if len(tok) == 3 and tok[1:] == "TV" and tok[0] in "Il1|":  # (a speck read T between its strokes: "Quý ITV/2017",
        return "IV"  # vetplan's OCR of fresh seed 2952's scan)
    if len(tok) == 3 and tok[2] == "V" and all(c in "Il1|[]!(L" for c in tok[:2]):  # a speck beside its stroke read
        return "IV"  # as one more ("I1V", "I[V": no quarter "IIV")
    if len(tok) > 2 and tok[1] in "'’":  # a speck between its strokes: "I'V"
        tok = tok[0] + tok[2:]
    if "T" in tok or "L" in tok:  # two strokes a serif's bar joined ("IT", "L1": III), or one where two make no
        # quarter ("ITI": III); Tesseract-eng on 116 rendered plans: IT twice, L1 and ITI once, each III
        two = _as_roman(tok.replace("T", "II").replace("L", "II"))
        tok = two if two in ("II", "III", "IV") else tok.replace("T", "I").replace("L", "I")
    roman = _as_roman(tok)
    if roman not in ("I", "II", "III", "IV"):  # "IIH": its H one stroke with a speck, not two ("III")
        roman = _as_roman(tok.replace("H", "I"))
    return roman if roman in ("I", "II", "III", "IV") else _quarter_by_strokes(tok)


#: the strokes each character of a quarter's misread number may stand for: an H two joined, a T, t or L one or two (a
#: serif's bar joining two), the rest one
_STROKES_OF = {"H": (2,), "T": (1, 2), "t": (1, 2), "L": (1, 2)} | {c: (1,) for c in "Il1|iJ!["}


def _quarter_by_strokes(tok: str) -> str | None:
    """A quarter's number from its characters' strokes where one count fits them only: ``"tH"``, ``"JH"``, ``"HL"`` →
    "III" (two and one), ``"tV"``, ``"1'V"`` → "IV" (one stroke before the V): real Tesseract-eng on fresh seeds 10107,
    10666, 9931 and 10197, each task's time lost; "L" alone (one stroke or two) stays."""
    tok = tok.replace("'", "").replace("’", "").replace("‘", "")
    if not tok or len(tok) > 3 or any(c not in _STROKES_OF for c in tok.rstrip("V")) or tok.count("V") > 1 or (
            "V" in tok and not tok.endswith("V")):
        return None
    counts = {0}
    for c in tok.rstrip("V"):
        counts = {n + k for n in counts for k in _STROKES_OF[c]}
    if tok.endswith("V"):
        return "IV" if counts == {1} else None
    fits = [n for n in counts if 1 <= n <= 3]  # (one count a quarter's, of two readings at most: "TTT", three to six
    # strokes, says too little)
    return ("I", "II", "III")[fits[0] - 1] if len(fits) == 1 and len(counts) <= 2 else None


#: "quý" however damaged before a quarter's number and its year ("Qu> III/2022", "Quo II/2022", "Qu<;> IV năm 2023"):
#: "qu" and a letter or one stand-in of up to three characters (a scan's Q read as an O: "Ouxv")
_QUARTER_BEFORE_YEAR = re.compile(r"(?<![^\W\d_])([qQO][uU](?:\S{1,3}?))(?:(?:[ ]+[-–~]?|[-–~])"
                                  r"(I{1,3}|IV|\(?[Il1|H!\[\]ïíìî]{1,4}"  # (its first stroke a bracket: "Quy
                                  # (11/2022", real Tesseract-eng on fresh seed 5103, the task's time lost)
                                  r"|i(?=/)|[\[(†]?[Il1|!\[\]HJL]?V|[Il1|]v|I[Il|]?i[Il|]?|[Il1|]?[I\[!|]['‘’]V|[KFEP]V"
                                  r"|[Il1|][TL][Il1|]?"  # (a bracket before "LV": "Quy [LV 2021", real Tesseract-eng on
                                  # fresh seed 5417, IV)
                                  r"|L[Il1|]"
                                  r"|J[Il1|]{0,2}|M[Il1|]?"  # ("Quy !'V/2022", "Quy KV/2021": IV, real Tesseract-eng
                                  # on fresh seeds 671 and 689 eng, read "và", "Kế"; a small i: "Quy i/2021", real
                                  # Tesseract-eng on fresh seed 1924, left; a lone I's foot read as a J's hook: "Quy
                                  # J/2021.", vetplan's OCR of fresh seed 3043's scan, the task's time lost)
                                  r"|T(?:[Il1|H]{1,3}|[Il1|]?V))|"
                                  r"(I{1,3}|IV)(?=/))(?=/[Il|]?(?:['‘’`][ ]?)?(?:19|20)"
                                  r"(?:(?:[- ]|['‘’`][ ]?)?[\dlIL|Oo]{2}|[\dlIL|Oo][ ]\d)\b"
                                  r"|[ ]+[nN]\S{1,2}[mM]\b|[).,:]?[ ](?:19|20)\d\d(?![\d/]))")
# (a speck before the year or inside it: "Quy lI/‘ 2021", "Quy |lI/20‘ 20", fresh seeds 1483 and 1497 eng000, whose
# "Quy" had been left, the task's time lost; a hyphen for the space: "Quy-I1/2020", real Tesseract-eng on fresh seeds
# 2809 and 2841, read "Quy-là/2020")
# ("Qu\lI/"; a hyphen or a space inside the year: "Quy H/20-19", "Quy l11/20 18", fresh seed 481 eng000; a stroke
# before the year, fix_quarter_slash's: "Quy l1/I2023", fresh seed 1239 eng000, whose "Quy" had been left)
#: the words after which "qua" is the word itself ("thông qua", "vượt qua", "đi qua"), however marked
_QUA_AFTER = re.compile(r"(?:th\S{0,2}ng|v\S{1,3}t|\S[iI])\s+$", re.IGNORECASE)


_UNMARKED_QUARTER_WORD = re.compile(r"(?<![^\W\d_])[qQ][uU][yY](?= (?:[1-4]/|(?:I{1,3}|IV|Iv"
                                    rf"|{_QUARTER_NUMBER_READ})[/Il1|]?)(?:19|20)\d\d(?!\d))")
# (or a Roman one run into its year, or its strokes as read: "Quy IvI2019", a code's; "Quy |V12022", Tesseract-eng's;
# in any case, a code's random capital: "QUy IvI2018")
#: the quarter's Roman number glued to its word, a speck's stroke between them maybe ("QuyIv/2017", "QuylIv/2017", a
#: code's: they had been read "Quyền/2017")
_QUARTER_NUMBER_GLUED = re.compile(r"(?<![^\W\d_])([qQ][uU][yYýÝ])([Il1|]?(?:I{1,3}|I[vV]|V))(?=/(?:19|20)\d\d(?!\d))")
#: a speck read as a small letter glued before the quarter's word ("bQuy IV/2024": it had been read "quy")
_SPECK_BEFORE_QUARTER_WORD = re.compile(r"(?<![^\W\d_])[a-z](Qu[yý])(?= (?:I{1,3}|IV)/(?:19|20)\d\d(?!\d))")


#: a quarter's word before its slash and year, the number between them lost: "Quy /2021" (sample 000's engine reads a
#: lone I as "|", "1" or nothing; fresh seeds 593 and 620 eng000: the task's time had been "Quy /2021")
_QUARTER_NUMBER_LOST = re.compile(rf"(?<![^\W\d_])({QUARTER_WORD.pattern})[ ]+(?=/[‘’'`]?[ ]?(?:19|20)\d\d(?!\d))")
# (a speck after the slash: "Quy /‘ 2022", sample 000's engine on fresh seed 2669 eng000)


#: a year after a space, where a quarter's slash stands ("Quy Hl 2018", fresh seed 497 eng: the task's time had been
#: "Quy III 2018")
_YEAR_AFTER_A_SPACE = re.compile(r"[).,:]?[ ](?=(?:19|20)\d\d(?![\d/]))")  # (or a bracket or a stop and a space:
# "Quy III) 2023", "Quy IV. 2023", real Tesseract-eng on fresh seed 1578, the tasks' times lost; a colon: "Quý TH:
# 2019", vetplan's OCR of fresh seed 1414's scan)


def fix_quarter_word(line: str, next_line: str = "") -> list[Edit]:
    """The word before a quarter's number and year is "quý" whatever its vowel came out as: ``"Thoi gian: Qu>
    III/2022"`` → "Quý" (a symbol code's stand-in had been read "Quá", "Quo II" "Quá Ít"), the number and year
    opening the ``next_line`` too ("… thời gian thực hiện: Quy" / "III/2022."), its slash read as a space (``"Quy Hl
    2018"`` → "Quý III/2018"), its number lost (``"Quy /2021"`` → "Quý I/2021", flagged); no other word stands there
    ("thông qua" is followed by no quarter's year)."""
    out: list[Edit] = []
    for m in _QUARTER_BEFORE_YEAR.finditer(line):
        tok = m.group(1)
        num = 2 if m.group(2) is not None else 3  # (glued to the word: its space goes back)
        roman = _quarter_roman(m.group(num))  # (its strokes as read: "Quy HI/2022")
        if roman is None or not _is_quarters_word(tok, m.group(num), roman, line[:m.start()]):
            continue
        want = _quarter_word_as(tok)
        sep = _YEAR_AFTER_A_SPACE.match(line, m.end(num))  # (its slash read as a space)
        slash = len(sep.group()) if sep is not None else 0
        speck = line[m.start(num) - 1:m.start(num)] in ("-", "–", "~")  # ("Quý -II/2018": vetplan's OCR of fresh
        # seed 1612's scan, the task's time lost)
        if (tok != want and tok.lower() != "quý") or roman != m.group(num) or num == 3 or slash or speck:
            # (the numeral in the edit: no word "Ai", "Ít" is read of it)
            gap = line[m.end(1):m.start(num)].rstrip("-–~") or " "
            out.append((m.start(1), m.end(num) + slash, want + gap + roman + "/" * bool(slash), 0.9))
    # (unmarked before an Arabic number: "Quy 1/2019", as Vietnamese OCR, whose marks the decoder takes as they are,
    # may leave it; "quy" is a word)
    if "uy" in line or "UY" in line or "Uy" in line or "uY" in line:
        out += [(m.start(), m.end(), _quarter_word_as(m.group()), 0.9) for m in _UNMARKED_QUARTER_WORD.finditer(line)
                if not any(e[0] <= m.start() < e[1] for e in out)]
        out += [(m.start(), m.end(), f"{_quarter_word_as(m.group(1))} {roman}", 0.85)
                for m in _QUARTER_NUMBER_GLUED.finditer(line) if (roman := _quarter_roman(m.group(2))) is not None
                and _clear(m.start(), m.end(), out)]
    if "Qu" in line:
        out += [(m.start(), m.end(), "Quý", 0.85) for m in _SPECK_BEFORE_QUARTER_WORD.finditer(line)
                if _clear(m.start(), m.end(), out)]
    if " /" in line:  # the number lost whole: one stroke, I — a numeral of more strokes losing them all is far rarer
        # (no quarter "Quý /2021" is right; the reading is flagged, its confidence low)
        out += [(m.start(), m.end(), f"{_quarter_word_as(m.group(1))} I", 0.55)
                for m in _QUARTER_NUMBER_LOST.finditer(line)
                if _is_quarters_word(m.group(1), "I", "I", line[:m.start()])
                and _clear(m.start(), m.end(), out)]
    last = line.rstrip()
    at = last.rfind(" ") + 1
    if next_line.strip() and last[at:at + 2].lower() == "qu" and (
            b := _QUARTER_BEFORE_YEAR.match(last + " " + next_line.lstrip(), at)) and b.group(2) is not None:
        tok, number = b.group(1), b.group(2)
        if b.end(1) == len(last) and tok.lower() != "quý" and _is_quarters_word(
                tok, number, _quarter_roman(number), line[:at]):
            out.append((at, b.end(1), _quarter_word_as(tok), 0.9))
    return out


#: … an Arabic quarter glued to its year, the slash lost ("Quý" / "12024.": vetplan's OCR of fresh seed 2395's scan,
#: the task's time lost)
_QUARTER_ARABIC_GLUED_OPENING = re.compile(r"^\s*([1-4])(?=(?:19|20)\d\d(?!\d))")
#: a quarter's number and year opening a line ("11/2017.", "IIi/2018")
_QUARTER_NUMBER_OPENING = re.compile(rf"^(\s*)({_QUARTER_NUMBER_READ}|I{{1,3}}|IV|[Il1|]v|JV|J)"
                                     r"(?=/(?:19|20)\d\d|7(?:19|20)\d\d(?!\d))")  # (its slash read 7: "JV72019.",
# vetplan's OCR of fresh seed 4873's scan, the task's time lost; a lone stroke read J under the word "Quý": "J/2023.",
# vetplan's OCR of fresh seed 2792's scan, the task's time lost; on the word's own line a J alone stays, "Quy J/2020"; a
# small v: "Iv/2019.", real Tesseract-eng on fresh seed 1289, read "là/2019")


#: a speck read as a small letter glued before the quarter's word after the time label's colon ("thoi gian thuc hién:
#: bQuy I1/2022.": sample 000's engine on fresh seed 5784 eng000, read "quy là", the task's time lost), or a capital
#: ("PQuy IllI2017", fresh seed 7491 eng000)
_LETTER_GLUED_BEFORE_THE_QUARTER_WORD = re.compile(r"(?<=[:;][ ])[a-zA-Z](?=Quy[ ]+[IVl1|])")
#: … or its Q read as a pair of brackets ("()uý IV/2018.": vetplan's OCR of fresh seed 3313's scan, the task's time
#: lost)
_QUARTER_WORD_Q_AS_BRACKETS = re.compile(r"(?<![^\W\d_])\(\)?(?=u[yý][ ]+(?:I{1,3}|IV|[1-4])/(?:19|20)\d\d)")  # (or one
# bracket: "thời gian thực hiện: (uy 1/2021.", vetplan's OCR of fresh seed 4810's scan, the task's time lost)


#: … or a quote glued between the word and its number's strokes, for the space ("thoi gian thuc hién: Quy'l1/2021.":
#: sample 000's engine on fresh seed 7757 eng000, read "Quy/2021", the decoder taking the strokes into the word)
_QUOTE_GLUED_AFTER_THE_QUARTER_WORD = regex.compile(r"(?<=(?<![\p{L}\d])Quy)['‘’`´](?=[1Il|IV]{1,4}/(?:19|20)\d\d)")


def fix_letter_glued_before_the_quarter_word(line: str) -> list[Edit]:
    """``"thoi gian thuc hién: bQuy I1/2022."`` → "Quy I1/2022", ``"Quy'l1/2021"`` → "Quy l1/2021" (before the
    decoder)."""
    return [(m.start(), m.end(), "", 0.8) for m in _LETTER_GLUED_BEFORE_THE_QUARTER_WORD.finditer(line)] + [
        (m.start(), m.end(), "Q", 0.8) for m in _QUARTER_WORD_Q_AS_BRACKETS.finditer(line)] + [
        (m.start(), m.end(), " ", 0.8) for m in _QUOTE_GLUED_AFTER_THE_QUARTER_WORD.finditer(line)]


#: "HĐND" or "UBND" glued to the place's type after it ("- Thường trực HĐNDtỉnh;": sample 004's code on fresh seed
#: 5780 code004, "trvcHĐNDtilM", the recipient lost)
_COUNCIL_GLUED_TO_ITS_PLACE = regex.compile(r"(?<=(?<![\p{L}\d])(?:HĐND|UBND))(?=(?:tỉnh|huyện|quận|thành phố|thị xã)"
                                            r"(?![\p{L}\d]))")


def split_council_glued_to_its_place(line: str) -> list[Edit]:
    """``"- Thường trực HĐNDtỉnh;"`` → "HĐND tỉnh" (read after the decoder)."""
    return [(m.start(), m.start(), " ", 0.8) for m in _COUNCIL_GLUED_TO_ITS_PLACE.finditer(line)]


def fix_quarter_number_after_break(line: str, prev_line: str) -> list[Edit]:
    """A quarter's number that opens a line after the word "quý" ended the line before: ``"… thời gian thực hiện:
    Quy"`` / ``"11/2017."`` → "II" (the word's own line is :func:`fix_quarter_word`'s); an Arabic "1" is left, but
    glued to its year its slash goes back: ``"12024."`` → "1/2024"."""
    words = prev_line.split()
    last = words[-1].rstrip(".,:;'‘’`") if words else ""  # (a speck after the word: "… thực hiện: Quy." / "1V/2022.",
    # real Tesseract-eng on fresh seed 2974, the task's time lost)
    m = _QUARTER_NUMBER_OPENING.match(line) if last and QUARTER_WORD.fullmatch(last) else None
    if m is None:
        glued = _QUARTER_ARABIC_GLUED_OPENING.match(line) if last and QUARTER_WORD.fullmatch(last) else None
        return [(glued.end(1), glued.end(1), "/", 0.8)] if glued else []
    roman = _quarter_roman(m.group(2))
    before = prev_line[:prev_line.rstrip().rfind(words[-1])]  # ("thông qua" / "11/2017": no quarter)
    seven = line[m.end(2)] == "7"
    if not _is_quarters_word(last, m.group(2), roman, before) or roman == m.group(2) and not seven:
        return []
    return [(m.start(2), m.end(2) + seven, f"{roman}{'/' * seven}", 0.85)]


def _is_quarters_word(tok: str, number: str, roman: str | None, before: str) -> bool:
    """Whether ``tok`` before a number and a year is "quý": the number reads as a quarter's Roman number (``roman``:
    :func:`_quarter_roman`), no Arabic one ("Quý 1/2022" is left), and no "thông qua", "vượt qua" (``before``: the
    line before the token); nor a word ending in n before figures, "quận" (a district of a number: "trên địa bàn quan
    11 nam 2019" is quận 11 năm 2019, fresh seed 10780 in three damage kinds, read "quý II", the title lost)."""
    return roman is not None and not (number.isdigit() and len(number) == 1) and not (
        tok.lower() in ("qua", "quá") and _QUA_AFTER.search(before)) and not (
        tok[-1:] in ("n", "N") and number[:1].isdigit())


def _quarter_word_as(tok: str) -> str:
    """"quý" in the case of the token read for it: ``"QU>"`` → "QUÝ", ``"Quy"`` → "Quý" (and a scan's O for the Q:
    ``"Ouxv"`` → "Quý"); a small letter after its capitals is a code's random capital's: ``"QUy"`` → "Quý"."""
    if tok[:2] in ("QU", "OU") and not any(c.islower() for c in tok):
        return "QUÝ"
    return "Quý" if tok[0] in "QO" else "quý"


#: a Roman number up to XXXIX, as written in capitals: "I", "IV", "XII"
ROMAN = r"X{0,2}(?:IX|IV|VI{0,3}|I{1,3})|X{1,3}"
_GLUED_NUMERAL = re.compile(rf"(?<![^\W\d_])(\S+?)({ROMAN})(?![^\W\d_])")


#: a token of strokes that OCR made of a Roman numeral: "1l", "|", "Il", "l1" (pure digits are Arabic: "Mục 1")
_STROKES = re.compile(r"(?<!\S)([Il1|!\[\]]{1,3}|[Il1|]?[VX][Il1|]{0,3})(?=[\s,.;:)]|$)")


def fix_part_numerals(line: str) -> list[Edit]:
    """A Roman part number after mục, phụ lục, phần, chương, … that OCR read as strokes: ``"phu luc 1l dinh
    kem"`` → ``"II"``, ``"Phu luc | dinh kem"`` → ``"I"``. A number of digits only is left: "Mục 1" is Arabic."""
    out: list[Edit] = []
    for m in _STROKES.finditer(line):
        tok = m.group(1)
        if tok.isdigit() or tok in ROMANS:
            continue
        words = line[:m.start()].split()
        if not words or not PART_WORD.fullmatch(words[-1]):
            continue
        fixed = tok.translate(_STROKE_AS_I)
        if fixed in ROMANS:
            out.append((m.start(1), m.end(1), fixed, 0.85))
    return out


def split_glued_numerals(line: str) -> list[tuple[int, int, float]]:
    """A heading's part number glued to its part word by OCR: ``"PHU LUCI"`` (PHỤ LỤC I), ``"L^CI"``,
    ``"CHUONGII"``. Returns (where the space goes, where the numeral ends, confidence); only words in
    capitals, whose part before the numeral ends in a consonant (no syllable goes on after one)."""
    out: list[tuple[int, int, float]] = []
    for m in _GLUED_NUMERAL.finditer(line):
        word = m.group(1)
        letters = [c for c in word if c.isalpha()]
        if len(letters) >= 2 and all(c.isupper() for c in letters) and word[-1] in "CGN" and PART_WORD.fullmatch(word):
            out.append((m.start(2), m.end(2), 0.8))
    return out


#: a token of a symbol code too long for the decoder's splits (four words or more whose spaces were lost)
_LONG_CODED_TOKEN = regex.compile(r"(?<!\S)\S{12,}")
#: inside it, a syllable's last p (after its vowel or a stand-in) before a consonant no syllable's p is followed by in
#: one word: a lost space ("ngh~nghi~ptrendia": nghề nghiệp | trên địa; no "ph", which a syllable opens with)
_P_BEFORE_AN_ONSET = regex.compile(r"(?<=[aăâeêioôơuưy~@^&?\d\\)\]}]p)(?=tr|th|ng|nh|[bcdđkmnqsvx])")


def split_coded_p_coda(line: str) -> list[tuple[int, float]]:
    """Where a symbol-coded token of four words or more lost a space after a syllable's last p: ``"ngh~nghi~ptrendia
    ban"`` → a space after "nghi~p" (sample 004's code on fresh seed 13757 code004: the token had been left whole, the
    title lost); shorter tokens are the decoder's, which reads up to three words in one."""
    return [(k.start(), 0.75) for m in _LONG_CODED_TOKEN.finditer(line) if "p" in m.group()
            for k in _P_BEFORE_AN_ONSET.finditer(line, m.start(), m.end())]


def _docnum_part(line: str, a: int, b: int) -> bool:
    """The span is a part of a document number: "/" before it, or "-"/"/" after it ("522/QĐ-TTg")."""
    return line[a - 1:a] == "/" or line[b:b + 1] in ("-", "/")


def apply_edits(line: str, edits: list[Edit]) -> str:
    """Apply non-overlapping edits (any order) to ``line``; an insertion (start == end) goes before an edit
    that starts at the same place: ``apply_edits("Ke hoach", [(0, 2, "Kế", 0.9), (3, 8, "hoạch", 0.9)])`` → "Kế hoạch".
    Built left to right in one join; edits that overlap or pass the line's end are applied one by one from the line's
    end, as they always were (each on what the later ones left)."""
    if len(edits) < 2:
        if not edits:
            return line
        s, e, rep, _c = edits[0]
        return line[:s] + rep + line[e:]
    ordered = sorted(edits, key=_from_the_end)
    ordered.reverse()  # (left to right; edits at the same place in the order the right-to-left splicing stacks them)
    parts: list[str] = []
    at, end = 0, len(line)
    for s, e, rep, _c in ordered:
        if s < at or e < s or e > end:
            for s, e, rep, _c in sorted(edits, key=_from_the_end):
                line = line[:s] + rep + line[e:]
            return line
        parts += (line[at:s], rep)
        at = e
    parts.append(line[at:])
    return "".join(parts)


def _from_the_end(edit: Edit) -> tuple[int, int]:
    """An edit's place, the line's end first (:func:`apply_edits`)."""
    return -edit[0], -edit[1]


def _capitalised_after_a_stand_in(original: str, k: int) -> bool:
    """Whether ``original[k]`` is a capital a symbol code made of the small letter after a stand-in ("v&IS>": với Sở,
    its I the code's, its S the name's own)."""
    return k >= 1 and original[k].isupper() and not original[k - 1].isalnum() and original[k - 1] not in " -"


def _glued_by_a_comma(original: str, k: int) -> bool:
    """Whether ``original[k]`` is a capital after a comma a scan glued between two words in small letters ("va,Xa":
    và, Xã; a code's comma stands before its "r": "l,r")."""
    return 2 <= k < len(original) - 1 and original[k - 1] == "," and original[k - 2].islower() and \
        original[k + 1].islower()


_PLAIN_CONSONANTS = frozenset("bcdghkmnpqrstvx")  # small consonants no symbol code writes for a vowel (but "l": "l,r")


def match_case(original: str, syllables: tuple[str, ...], upper: bool) -> str:
    """Give restored syllables the case of the original: ``("kế","hoạch")`` + ``"Ke"`` → ``"Kế hoạch"``."""
    letters = [c for c in original if c.isalpha()]
    if upper or (len(letters) >= 3 and all(c.isupper() for c in letters)):
        # a capitals heading, or a word written in capitals ("NHAN" in "UY BAN NHAN DAN" → "NHÂN")
        return " ".join(s.upper() for s in syllables)
    first = letters[0] if letters else ""
    parts = list(syllables)
    # (a capital a speck made, the reading dropping it: "ban, Pnganh;" is "ngành", not "Ngành" — sample 000's engine on
    # fresh seeds 3866 and 3868 eng000, the recipient lost)
    speck = first.isupper() and len(letters) > 2 and letters[1].islower() and bool(parts) and (
        head := skeleton(parts[0][:1].lower())) \
        != first.lower() and head == letters[1] and not (first in "PB" and parts[0][:1] in "đĐ") \
        and not is_valid_skeleton(skeleton("".join(letters).lower()))  # (the P a Đ's: "Pdo" is Đào, its à read d;
    # and a word its capital opens as read, "Can" — a misreading's "ăn" keeps the capital, "Ăn cứt Thông tư số" still
    # opening the preamble: real Tesseract-eng on fresh seed 2388)
    if first.isupper() and parts and not speck:
        parts[0] = parts[0][:1].upper() + parts[0][1:]
    at = 1
    for k in range(1, len(parts)):  # a glued token's inner capital opens its syllable too: "TienGiang", "ChauTh}Nh"
        spelt = skeleton(parts[k].lower())
        head = spelt[:1]
        # The capital: two characters at least after the syllable before's start ("tCoch>" is "tạo chủ", its C a code's
        # stand-in); after a small letter (a code capitalises the letter after a stand-in), or after a capital the code
        # made so ("v&IS>": với Sở); a consonant after it the syllable's own next letter ("dfNgnong" is "động nông", its
        # N the ng's; a vowel there may be a stand-in, "deSi" để Sở, and so may a letter Vietnamese never writes).
        j = next((x for x in range(at + 1, len(original)) if original[x].isupper() and original[x].lower() == head
                  and (original[x - 1].islower() or _capitalised_after_a_stand_in(original, x - 1)
                       or _glued_by_a_comma(original, x)
                       or (original[x - 1] == ")" and original[x - 2].islower()))  # (a code's bracket for the space:
                  # "Ha)Tinh, ngay", fresh seed 1654 code004, read "Hà tĩnh", the place lost)
                  and not (len(spelt) > 1 and x + 1 < len(original) and original[x + 1] in _PLAIN_CONSONANTS
                           and original[x + 1] != spelt[1])), None)
        if j is not None:
            parts[k] = parts[k][:1].upper() + parts[k][1:]
            at = j + 1
    return " ".join(parts)


#: the two lines every official document opens its right column with (Nghị định 30/2020/NĐ-CP), written so
NATIONAL_HEADER = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc")
#: how alike (rapidfuzz partial ratio of the letters, marks and case dropped) a span must be to one of them
NATIONAL_HEADER_MIN_SCORE = 80.0


def _letters_with_columns(line: str) -> tuple[str, list[int]]:
    """The line's letters without marks, lower-cased, and their columns: ``"Đó là"`` → ``("dola", [0, 1, 3, 4])``."""
    out: list[str] = []
    cols: list[int] = []
    for k, c in enumerate(line):
        if c.isalpha():
            s = skeleton(c.lower())
            if len(s) == 1:
                out.append(s)
                cols.append(k)
    return "".join(out), cols


def _two_for_u(letters: str, cols: list[int]) -> tuple[str, list[int]]:
    """``letters`` with each "ii" one "u", at the first's column: ``("phiic", [0, 1, 2, 3, 4])`` → ``("phuc", [0, 1,
    2, 4])``."""
    out: list[str] = []
    at: list[int] = []
    k = 0
    while k < len(letters):
        if letters[k:k + 2] == "ii":
            out.append("u")
            at.append(cols[k])
            k += 2
        else:
            out.append(letters[k])
            at.append(cols[k])
            k += 1
    return "".join(out), at


def _national_header_matches(line: str) -> list[Edit]:
    """Each span of the line whose letters are the national name's or the motto's (see
    :func:`restore_national_header`), with the phrase and the match's score, written right or not."""
    from rapidfuzz import fuzz

    letters, cols = _letters_with_columns(line)
    if "ii" in letters:  # (a u Tesseract-eng read "ii", as no Vietnamese word has: "Doc gp - Ty do - Hanh phiic", real
        # Tesseract-eng on fresh seed 4180, under 80 — read "Được áp", and the issuer's column run into the motto)
        letters, cols = _two_for_u(letters, cols)
    out: list[Edit] = []
    for phrase in NATIONAL_HEADER:
        want, _c = _letters_with_columns(phrase)
        if len(letters) < len(want) * 0.7:
            continue
        got = fuzz.partial_ratio_alignment(want, letters, score_cutoff=NATIONAL_HEADER_MIN_SCORE)
        if got is None or got.dest_end - got.dest_start < len(want) * 0.7:
            continue
        a, b = cols[got.dest_start], cols[got.dest_end - 1] + 1
        while a > 0 and not line[a - 1].isspace():  # to the words' edges
            a -= 1
        while b < len(line) and not line[b].isspace():
            b += 1
        a = _phrase_opening(line, a, b, phrase)
        if not (len(phrase.split()) - 2 <= len(line[a:b].split()) <= len(phrase.split()) + 2):
            continue
        if not any(x[0] < b and a < x[1] for x in out):
            out.append((a, b, phrase, round(got.score / 100, 3)))
    return sorted(out)


def _phrase_opening(line: str, a: int, b: int, phrase: str) -> int:
    """Where a header phrase's span ``line[a:b]`` opens: past a word of the other column the match took in when the
    next word is likelier the phrase's first ("… THUONG BINH Doc lap - Tw do": "Doc", not "BINH", which was lost)."""
    from rapidfuzz import fuzz

    first = skeleton(phrase.split()[0].lower())
    words = list(regex.finditer(r"\S+", line[a:b]))
    if len(words) < len(phrase.split()):  # (as many: two of the phrase's run together, "TINH THANIL HOA Doc lap - Tudo
        return a  # - Hanh phuc", whose "HOA" had gone into the motto)
    like = [fuzz.ratio(first, skeleton(w.group().lower())) for w in words[:2]]
    return a + words[1].start() if like[1] > like[0] else a


def read_national_header(line: str) -> tuple[list[Edit], list[tuple[int, int]]]:
    """The national name and motto of a header's line: the edits that mend them (:func:`restore_national_header`)
    and the spans of those written right already, which the decoder leaves as it leaves a mended one, so that a
    second pass over repaired text reads the words beside them as the first did."""
    edits: list[Edit] = []
    written: list[tuple[int, int]] = []
    for a, b, phrase, score in _national_header_matches(line):
        if _as_written(line[a:b]) != _as_written(phrase):
            edits.append((a, b, phrase, score))
        else:
            written.append((a, b))
    return edits, written


def restore_national_header(line: str) -> list[Edit]:
    """The national name and motto of a document's header, however OCR damaged them, written as they are:
    ``"HUYEN KBANG Doe lap - Tudo - Hanh phuc"`` → "Độc lập - Tự do - Hạnh phúc" (the decoder had read "Đó là - Do",
    and the extract stage, which parts a merged header at the motto, kept the issuer's column and the motto as one).
    A span counts when its letters match the phrase's (rapidfuzz partial ratio ≥ NATIONAL_HEADER_MIN_SCORE) and it
    holds about as many words; it runs from the first to the last word the match touches. For the header's lines."""
    return read_national_header(line)[0]


def _as_written(s: str) -> str:
    """What a header phrase says, its dashes, spaces, case and tone placement aside ("CỘNG HOÀ" is "CỘNG HÒA",
    "Độc lập – Tự do" with en dashes the motto as written)."""
    s = unicodedata.normalize("NFC", s).casefold().replace("hoà", "hòa")
    return re.sub(r"\s+", "", re.sub(r"[–—−]", "-", s))


#: a date's word glued to its number, as OCR lost the space: "nam2021", "ngay05", "thang12", its vowel maybe a
#: symbol code's stand-in ("n|m2020", "ng&y28/12/2016", a capital: "ngCy07/12/2017", only a capital: "Nguy9n" is a
#: code's Nguyễn, no "ngày 9"; nor a day's number a letter follows: "NGUY9N"); and "số" glued to a document's number
#: ("so2239/QĐ-TTg")
_GLUED_DATE_WORD = re.compile(r"(?<![^\W\d_])(?:ug[aàáạảã]y(?=\d{1,2}th\S{1,3}?ng(?!\w))"  # (its n read u:
                              # "Giang,ugay18thang 12", fresh seed 549 code004, the day had been lost)
                              r"|ng(?:[aàáạảãéè]|[^\s\w]{1,3}|(?-i:[A-Z])|l,r|\\l)y"  # ("ngéy28/12/2016", sample
                              # 000's engine on fresh seed 5754 eng000, the citation lost)
                              r"(?=\d{1,2}(?!\w)|\d{1,2}th\S{1,3}?[nr]g(?:(?!\w)|\d{1,2}[ ])"
                              r"|\d{1,2}[Il|]\d{1,2}[/Il|](?:19|20)\d\d(?!\d))"  # (the month's word glued to its
                              # number too: "ng\\ly07th9Ng11 n,rM 2016", fresh seed 12451 code, the day lost)
                              # (its n read r: "ngay10tharg 09", fresh seed 6037 code004, the day lost)
                              # (a slash read as a stroke: "ngay22I12/2019", the report's deadline had been lost)
                              # (the day glued to both its words, a
                              # code's "ng<;>y01thang 05": the decoder had read "ngày tháng", the day lost, fresh seed
                              # 1310)
                              r"|th[aáàạảã]ng(?=\d{1,2}(?!\d))|th\S{1,3}?ng(?=\d{1,2}/(?:19|20)\d\d)"  # ("thSng5/2018")
                              # (a span's first month before "đến": "ti th&ng4 den thang6/2019", its 4 had been lost)
                              r"|th\S{1,3}?ng(?=\d{1,2}[ ]+[dđpP]\S{1,3}?n(?!\w))"
                              # (a header's month between its words, both glued: "thong02n$M 2024", its 02 had been
                              # lost)
                              r"|th\S{1,3}?ng(?=\d{1,2}[ ]*n\S{1,3}?m[ ]*(?:19|20)\d\d(?!\d))"
                              r"|n(?:[aăắằẳẵặid]|[^\s\w]{1,3}|(?-i:[A-Z]))m(?=(?:19|20)\d\d(?!\d))"  # ("nUm2017";
                              # its ă read i or d, Tesseract-eng's: "Ha Nam nim2020", fresh seed 1393 eng000, the title
                              # lost)
                              # "số" before a document's number: "Quyết định so2239/QĐ-TTg", a code's "sa46/2015",
                              # "sl,r1956/QD-TTg" (a group for its vowel)
                              # (its ố a code's "6l": "s6l46I2015/QD-TTg", fresh seed 807 code004, the citation lost)
                              r"|s(?:[oóòỏõọôốồổỗộơ]|6l?|[^\s\w]{1,3}|a|l,r|\\l)(?=\d{1,5}/"
                              # (its slashes read as strokes or a "1": a code's "s624ICT-TTg", "s64612015IQD-TTg")
                              rf"|\d{{1,5}}[Il|](?:{_DOC_CODES}|QP|NP)-|\d{{1,5}}[Il1|](?:19|20)\d\d[/Il1|]))",
                              re.IGNORECASE)


#: a symbol code's word opening a span of months ("t9 th,rng 5 den thang 6/2023"): a t and one stand-in, where only
#: "từ" stands (the LM had liked "chúng ta tháng 5" better, and the task's time was lost)
_CODED_SPAN_OPENING = regex.compile(r"(?<![^\s,;:])[tT](?:,r|<;>|\\l|[^\s\w]|\d|[A-Z])"
                                    r"(?=[ ]+[tT][hH]\S{1,5}[ ]+\d{1,2}[ ]+[dđĐDP]\S{1,4}[ ]+[tT][hH]\S{1,5}[ ]+\d)")


#: … or glued to the words on both sides, its ừ the code's group ("nghi~pt\\l'ithang 7 dSn thang 8I2017", "tv
#: hamt\\l'ithang 3": sample 004's code on fresh seeds 7603 and 7874 code004, the tasks' times lost)
_CODED_SPAN_OPENING_GLUED = regex.compile(r"(?<=\p{L})t(?:\\l'i?|,ri?)"
                                          r"(?=th\S{1,4}[ ]+\d{1,2}[ ]+[dđĐDP]\S{1,4}[ ]+[tT][hH]\S{1,5}[ ]*\d)")


#: … and the span's first "tháng" a code wrote with an M for its "th", glued to its month ("nghi~Ptu Mang5 dSn thang
#: 812021": sample 004's code on fresh seed 8092 code004, read "từ Mang đến", the month and the task's time lost)
_CODED_MONTH_WORD_GLUED = regex.compile(r"(?<=t\S{0,3}[ ])M[a-z]{2,3}"  # ("từ" maybe glued to the word before it)
                                        r"(?=\d{1,2}[ ]+[dđĐDP]\S{1,4}[ ]+[tT][hH]\S{1,5}[ ]*\d)")


#: … or "từ" its group alone (its t lost) and "tháng" its t lost, glued to its month maybe ("chung \\l' hang3 d~n thang
#: 11/2022": sample 004's code on fresh seed 13975 code004, read "ở' hàng đến", the month and the task's time lost)
_CODED_SPAN_OPENING_T_LOST = regex.compile(r"(?<![^\s,;:])(?:\\l'|,r)i?[ ]t?h[a-z]{2,3}[ ]?"
                                           r"(?=\d{1,2}[ ]+[dđĐDP]\S{1,4}[ ]+(?:[tT][hH]|M)\S{1,5}[ ]*\d)")  # (a
# stroke after the group, the end's "tháng" an M's: "ngh~ nghiep \\l'i thang 10 dSn Mang 11I2020", fresh seed 14299
# code004, read "bị tháng 10 đến Mang", the task's time lost)
#: … and that end's "tháng", its th an M, before its month ("dSn Mang 11I2020")
_CODED_END_MONTH_WORD_M = regex.compile(r"(?<=(?<![\p{L}\d])[dđĐDP]\S{1,3}n[ ]+)M"
                                        r"(?=[a-z]{2,3}[ ]*\d{1,2}[/I](?:19|20)\d\d)")


#: a deadline's "trước ngày" run together by a code before its date, its ng's n lost or read l ("Xa hQi tro-elgay
#: 06/12I2016.": sample 004's code on fresh seed 14369 code004, read "trong ngày", no deadline's)
_CODED_DEADLINE_WORDS_GLUED = regex.compile(r"(?<![\p{L}\d])t[rn]\S{1,5}?[ln]?gay(?=[ ]?\d{1,2}[/I]\d{1,2}[/I]"
                                            r"(?:19|20)\d\d(?!\d))")


def fix_coded_deadline_words(line: str) -> list[Edit]:
    """``"Xa hQi tro-elgay 06/12I2016."`` → "trước ngày 06/12I2016." (a code's, before the decoder)."""
    return [(m.start(), m.end(), "trước ngày" + ("" if line[m.end():m.end() + 1] == " " else " "), 0.8)
            for m in _CODED_DEADLINE_WORDS_GLUED.finditer(line)]


def fix_coded_span_opening(line: str) -> list[Edit]:
    """``"… chung t9 th,rng 5 den thang 6/2023"`` → "từ" (fresh seed 1079 code: "chúng ta tháng 5"), ``"hamt\\l'ithang
    3 dSn thang5I2021"`` → "ham từ thang 3"; a word of small letters only is left to the decoder."""
    return [(m.start(), m.end(), "từ" if m.group()[0] == "t" else "Từ", 0.8)
            for m in _CODED_SPAN_OPENING.finditer(line)] + [
        (m.start(), m.end(), " từ ", 0.8) for m in _CODED_SPAN_OPENING_GLUED.finditer(line)] + [
        (m.start(), m.end(), "tháng ", 0.8) for m in _CODED_MONTH_WORD_GLUED.finditer(line)] + [
        (m.start(), m.end(), "từ tháng ", 0.8) for m in _CODED_SPAN_OPENING_T_LOST.finditer(line)] + [
        (m.start(), m.end(), "th", 0.8) for m in _CODED_END_MONTH_WORD_M.finditer(line)]


#: the ministry's dash ("Lao động - Thương binh và Xã hội") a scan read as a colon or another speck ("Sở Lao động :
#: Thương binh và Xã hội"), its words as any damage leaves them
_LABOUR_DASH_SPECK = regex.compile(r"(?<=(?<!\p{L})(?i:l[aà]o[ ]+[dđ]\S{1,3}n[gy]))[ ]*[:;~=_•·«»‹›]{1,2}[ ]*"
                                   r"(?=(?i:th\S{2,4}ng[ ]+[‘'`]?b))")
# (a guillemet, its g read y, a speck before "binh": "- Bo Lao dony «Thuong ‘binh va‘Xa hoi", real Tesseract-eng on
# fresh seed 1398, the recipient had kept it)


#: … or lost, the words one space apart ("- Bo Lao dong Thuong binh va Xa hdi;": sample 000's engine on fresh seeds 1734
#: and 1782 eng000, the recipient lost) — the ministry's and its departments' name always has its dash
_LABOUR_DASH_LOST = regex.compile(r"(?<=(?<!\p{L})(?i:l[aà]o[ ]+[dđ]\S{1,3}ng))[ ]"
                                  r"(?=(?i:th\S{2,4}ng[ ]+b\S{2,3}[ ]+v))")

#: … or read after "Thương", inside the name's next words ("- Bộ Lao động Thươờng-bính và Xã hội:", vetplan's OCR of
#: fresh seed 977's scan: the recipient lost)
_LABOUR_DASH_MOVED = regex.compile(r"(?<=(?<!\p{L})(?i:l[aà]o[ ]+[dđ]\S{1,3}ng))([ ])(?i:th\S{2,5}ng)(-)"
                                   r"(?=(?i:b\S{2,3}[ ]+v))")


def fix_labour_dash(line: str) -> list[Edit]:
    """``"Sở Lao động : Thương binh và Xã hội"`` → "Lao động - Thương binh" (fresh seed 1009 scan: the lead agency had
    been "Sở Lao động : Thương binh và Xã hội"); the dash lost: ``"Bo Lao dong Thuong binh va"`` → "dong - Thuong", or
    read after "Thương": ``"Lao động Thương-binh và"`` → "Lao động - Thương binh và"."""
    return [(m.start(), m.end(), " - ", 0.8) for m in (*_LABOUR_DASH_SPECK.finditer(line),
                                                      *_LABOUR_DASH_LOST.finditer(line))] + [
        e for m in _LABOUR_DASH_MOVED.finditer(line)
        for e in ((m.start(1), m.end(1), " - ", 0.8), (m.start(2), m.end(2), " ", 0.8))]


#: a speck's stop or comma after the place's type in a title's "trên địa bàn tỉnh" before the place's Capitalised name
#: ("trén dia ban tinh. Ha Nam nam 2019", real Tesseract-eng on fresh seed 1348: the title had kept it)
_SPECK_AFTER_A_TITLES_PLACE_TYPE = regex.compile(
    r"(?<=(?<![\p{L}\d])(?i:[dđ]\S{0,2}a[ ]+b\S{1,2}n)[ ]+"
    r"(?i:t\S{1,3}nh|huy\S{1,3}n|qu\S{1,2}n|th\S{1,3}nh[ ]+ph\S{1,2}|th\S{1,2}[ ]+x\S{1,2}))[.,:;](?=[ ]+\p{Lu}\p{Ll})")


def fix_speck_after_a_titles_place_type(line: str) -> list[Edit]:
    """A speck's stop after the place's type in a plan title's "trên địa bàn tỉnh …", before the place's name: ``"trén
    dia ban tinh. Ha Nam nam 2019"`` → "tinh Ha Nam" (the caller asks in the header's lines only, where no sentence
    ends so)."""
    return [(m.start(), m.end(), "", 0.8) for m in _SPECK_AFTER_A_TITLES_PLACE_TYPE.finditer(line)]


#: a speck's stop or colon right after "và" before a Capitalised word ("phối hợp với Sở Giáo dục và. Đào tạo": real
#: Tesseract-eng on fresh seed 993, the partner cut at the stop) — no sentence or label ends with "và"
_SPECK_AFTER_AND = regex.compile(r"(?<=(?<![\p{L}\d])(?:và|va|vả|vá|vã|VÀ|VA))[.:](?=[ ]+\p{Lu}\p{Ll})")
#: … or ending the line, the name going on in the next ("phối hợp với Sở Thông tin và." / "Truyền thông rà soát": real
#: Tesseract-eng on fresh seed 6763, the partner cut at the stop)
_SPECK_AFTER_AND_AT_A_BREAK = regex.compile(r"(?<=(?<![\p{L}\d])(?:và|va|vả|vá|vã))[.:](?=[ ]*$)")
_CAPITALISED_OPENING = regex.compile(r"[ ]*\p{Lu}\p{Ll}")


#: a list item's end a scan read as a question mark ("- Chui tich; cac PCT BND tinh?": real Tesseract-eng on fresh seed
#: 977, the recipient lost) — no plan's list item asks
_ITEM_ENDING_ASKS = regex.compile(r"(?<=^[ ]*[-+–•][ ]*\p{L}[^?]*\p{L})\?(?=[ ]*$)")


def fix_item_ending_asks(line: str) -> list[Edit]:
    """``"- Chủ tịch; các PCT UBND tỉnh?"`` → "tỉnh;"; a sentence that is no list item stays."""
    return [(m.start(), m.end(), ";", 0.75) for m in _ITEM_ENDING_ASKS.finditer(line)]


#: the year's word "năm" ending a line, read "nam" (south), its year alone on the next ("… huyện Tân Hồng nam" /
#: ", 2017": real Tesseract-eng on fresh seed 6961, the title lost)
_YEARS_WORD_AT_A_BREAK = regex.compile(r"(?<=\p{L}[ ]+)nam(?=[ ]*$)")
_YEAR_ALONE = regex.compile(r"[ ]*[,.‘’'`]?[ ]*(?:19|20)\d\d[ ]*[.,]?[ ]*$")


def fix_years_word_at_a_break(line: str, next_line: str) -> list[Edit]:
    """``"… trên địa bàn huyện Tân Hồng nam"`` before a line of its year alone (``", 2017"``) → "năm"; "nam" before any
    other line stays (a direction)."""
    return [(m.start(), m.end(), "năm", 0.8) for m in _YEARS_WORD_AT_A_BREAK.finditer(line)] \
        if _YEAR_ALONE.match(next_line) else []


#: a dash a scan read opening the line that goes on with a title's place after its type word ("… trên địa bàn huyện" /
#: "- Long Mỹ năm 2024": vetplan's OCR of fresh seed 4405's scan, the title cut at the type word)
_DASH_SPECK_BEFORE_A_TITLES_PLACE = regex.compile(r"^[ ]*[-–—][ ]*(?=\p{Lu}\p{Ll})")
#: the place types a title's "trên địa bàn" names, with and without their marks
_TITLES_PLACE_TYPES_MARKED = ("huyện", "tỉnh", "quận", "thị xã", "thành phố", "xã")
_TITLES_PLACE_TYPES = (*_TITLES_PLACE_TYPES_MARKED, *(skeleton(t) for t in _TITLES_PLACE_TYPES_MARKED))
_TITLES_PLACE_TYPE_ENDING = regex.compile(r"(?<![\p{L}\d])(?i:địa bàn|dia ban)[ ]+"
                                          rf"(?i:{'|'.join(_TITLES_PLACE_TYPES)})"
                                          r"[ ]*$")
#: the last two letters of those types: a line ending otherwise names none ("huyện" → "ện", "thành phố" → "hố")
TITLES_PLACE_TYPE_ENDS = frozenset(t[-2:] for t in _TITLES_PLACE_TYPES)


def fix_dash_speck_before_a_titles_place(line: str, prev_line: str) -> list[Edit]:
    """``"- Long Mỹ năm 2024"`` after ``"… trên địa bàn huyện"`` → "Long Mỹ năm 2024": no list item follows a place's
    type word; after any other line the dash stays."""
    if not _TITLES_PLACE_TYPE_ENDING.search(prev_line):
        return []
    return [(m.start(), m.end(), "", 0.75) for m in _DASH_SPECK_BEFORE_A_TITLES_PLACE.finditer(line)]


def fix_speck_after_and(line: str, next_line: str = "") -> list[Edit]:
    """``"Sở Giáo dục và. Đào tạo"`` → "và Đào tạo", also where the name goes on in ``next_line`` (``"Sở Thông tin
    và."`` before "Truyền thông …"); a stop after another word stays."""
    out = [(m.start(), m.end(), "", 0.8) for m in _SPECK_AFTER_AND.finditer(line)]
    if _CAPITALISED_OPENING.match(next_line):
        out += [(m.start(), m.end(), "", 0.75) for m in _SPECK_AFTER_AND_AT_A_BREAK.finditer(line)]
    return out


#: a dash a scan read between "tháng" and its number ("đến thang-8/2024")
_MONTH_DASH = regex.compile(r"(?<=(?<![\p{L}\d])(?i:th)\S{1,3}(?i:ng))-(?=\d{1,2}(?:/(?:19|20)\d\d)?(?![\d/]))")


def fix_month_dash(line: str) -> list[Edit]:
    """``"từ thang 5 dén thang-8/2024"`` → "thang 8/2024" (the task's time had been lost: "tháng-8" is no period)."""
    return [(m.start(), m.end(), " ", 0.8) for m in _MONTH_DASH.finditer(line)]


#: specks between "tháng" and its number or inside them, as sample 000's engine left them on other plans (fresh seeds
#: 510, 520, 522 eng000: each task's time had been lost): a quote before the number ("thang ‘ 2 dén"), a stroke
#: after its slash ("thang 6/I2022"), a space inside a month's two figures ("thang 1 1/2022"), a letter glued before a
#: month written with its year ("dén thdng P10/2022": fresh seed 1605 eng000, the task's time had been lost)
_MONTH_NUMBER_SPECKS = regex.compile(r"(?<=(?<![\p{L}\d])(?i:th)\S{1,3}(?i:ng)[ ])(?:(?P<quote>[‘’'`\"“][ ]?)(?=\d{1,2}"
                                     r"(?![\d.,]))|\d{1,2}/\K(?P<stroke>[Il|])(?=(?:19|20)\d\d(?!\d))"
                                     r"|1\K(?P<space>[ ])(?=[0-2]/(?:19|20)\d\d(?!\d))"
                                     r"|(?P<letter>[a-zA-Z])(?=(?:1[0-2]|0?[1-9])/(?:19|20)\d\d(?!\d)))")


#: a speck read as a letter or quote glued before the day's number after "ngày" ("Hai Phong, ngay b25 thang 06", sample
#: 000's engine on another plan, fresh seed 547 eng000: the place and the date had been lost)
_DAY_SPECK = regex.compile(r"(?<=(?<![\p{L}\d])(?i:ng)\S{1,3}(?i:y)[ ]+)(?![TIlLOo])[a-zA-Z‘’'`](?=\d{1,2}[ ]+(?i:th))")
# (not a figure's look-alike: "ngày T9", "tháng T1" are 19, 11, fix_date_one_read_as_t's — vetplan's OCR of fresh seed
# 873's scan had lost the month so, "tháng 1")


#: … or the month's after "tháng", or the year's after "năm" ("ngay 18 thang r11 nam 2016", "giao duc nghé nghiép nam
#: r2021": sample 000's engine on fresh seeds 1555 and 1541 eng000, the header's date and the title lost)
_MONTH_OR_YEAR_SPECK = regex.compile(r"(?<=(?<![\p{L}\d])(?i:th)\S{1,3}(?i:ng)[ ]+)(?![TIlLOo])[a-zA-Z‘’'`]"
                                     r"(?=(?:0?[1-9]|1[0-2])[ ]+(?i:n)\S{1,2}(?i:m)(?![\p{L}\d]))"
                                     r"|(?<=(?<![\p{L}\d])(?i:n)\S{1,2}(?i:m)[ ]+)[a-zA-Z‘’'`](?=(?:19|20)\d\d(?!\d))")


#: … or a time span's first month's, before "đến" ("ti thang r4 dén thdng 10/2017": sample 000's engine on fresh seed
#: 5486 eng000, read "tháng ra", the task's time lost)
_SPAN_MONTH_SPECK = regex.compile(r"(?<=(?<![\p{L}\d])(?i:th)\S{1,3}(?i:ng)[ ]+)(?![TIlLOo])[a-zA-Z‘’'`]"
                                  r"(?=(?:0?[1-9]|1[0-2])[ ]+[dđ]\S{1,2}n[ ]+(?i:th)\S{1,3}(?i:ng)(?![\p{L}\d]))")


def fix_span_month_speck(line: str) -> list[Edit]:
    """``"tu thang r4 dén thang 10/2017"`` → "thang 4 dén" (before the decoder)."""
    return [(m.start(), m.end(), "", 0.8) for m in _SPAN_MONTH_SPECK.finditer(line)]


def fix_day_speck(line: str) -> list[Edit]:
    """``"ngay b25 thang 06"`` → "ngay 25 thang 06", ``"thang r11 nam 2016"`` → "thang 11", ``"nam r2021"`` →
    "nam 2021"."""
    return [(m.start(), m.end(), "", 0.8) for m in (*_DAY_SPECK.finditer(line), *_MONTH_OR_YEAR_SPECK.finditer(line))]


#: a speck (and the space after it) between the two figures of a day written with slashes after "ngày" ("trudc ngay 2‘
#: 2/12/2021": sample 000's engine on fresh seed 1431 eng000, the report deadline lost) — a day of one figure stands
#: alone, and none of three
_DAY_FIGURES_SPECK = regex.compile(r"(?<=(?<![\p{L}\d])(?i:ng)\S{1,3}(?i:y)[ ]+(?P<tens>[0-3]))[‘’'`][ ]?"
                                   r"(?=(?P<unit>\d)/[01]?\d/(?:19|20)\d\d(?!\d))")


#: a day written with slashes after "ngày", its figures read as letters of their shapes — an O for 0, an l, I, L or bar
#: for 1 ("trudce ngay LO/12/2020": real Tesseract-eng on fresh seed 812, the report deadline lost)
_DAY_LETTERS_BEFORE_SLASH = regex.compile(r"(?<=(?<![\p{L}\d])(?i:ng)\S{1,3}(?i:y)[ ]+)(?=[\d]?[lILO|o])[\dlILO|o]{1,2}"
                                          r"(?=/[01]?\d/(?:19|20)\d\d(?!\d))"
                                          r"|(?<=(?<![\p{L}\d])(?i:ng)\S{1,3}(?i:y)[ ]+)T"
                                          r"(?=1/[01]?\d/(?:19|20)\d\d(?!\d))")
# (a 1's serif read as a T's bar before the other 1: "trước ngày T1/12/2020", vetplan's OCR of fresh seed 3059's scan,
# the report's deadline lost)


#: … or the 1 of a month 10–12 so read ("truoc" / "ngay 20/T2/2022.": real Tesseract-eng on fresh seed 9863, the report
#: deadline lost)
_MONTH_ONE_READ_T = regex.compile(r"(?<=(?<![\p{L}\d])(?i:ng)\S{1,3}(?i:y)[ ]+\d{1,2}/)T(?=[0-2]/(?:19|20)\d\d(?!\d))")


def fix_day_letters_before_slash(line: str) -> list[Edit]:
    """``"trudce ngay LO/12/2020"`` → "10/12/2020", ``"ngay 20/T2/2022"`` → "20/12/2022"; what reads as no day stays
    (``"ngay OO/12/2020"``)."""
    return [(m.start(), m.end(), day, 0.8) for m in _DAY_LETTERS_BEFORE_SLASH.finditer(line)
            if 1 <= int(day := m.group().replace("T", "1").translate(_DIGIT_LOOKALIKES)) <= 31] + [
        (m.start(), m.end(), "1", 0.8) for m in _MONTH_ONE_READ_T.finditer(line)]


#: … or a speck glued after the word "ngày" before such a date ("2239/OD-l’Tg ngay. 30/12/2021": real Tesseract-eng on
#: fresh seed 829, the citation's date lost); a label's colon ("Ngày: 05/12/2020") stays
_SPECK_AFTER_DAY_WORD = regex.compile(r"(?<=(?<![\p{L}\d])(?i:ng)\S{1,3}(?i:y))[.,'‘’`](?=[ ]+\d{1,2}/[01]?\d/"
                                      r"(?:19|20)\d\d(?!\d))")


def fix_day_figures_speck(line: str) -> list[Edit]:
    """``"trudc ngay 2‘ 2/12/2021"`` → "trudc ngay 22/12/2021", ``"ngay. 30/12/2021"`` → "ngay 30/12/2021"."""
    return [(m.start(), m.end(), "", 0.8) for m in _DAY_FIGURES_SPECK.finditer(line)
            if 1 <= int(m["tens"] + m["unit"]) <= 31] + \
        [(m.start(), m.end(), "", 0.8) for m in _SPECK_AFTER_DAY_WORD.finditer(line)]


def fix_month_number_specks(line: str) -> list[Edit]:
    """Specks beside a month's number after "tháng": ``"tu thang ‘ 2 dén thang 6/I2022"`` → "thang 2 dén thang 6/2022",
    ``"dén thang 1 1/2022"`` → "thang 11/2022", ``"dén thdng P10/2022"`` → "thdng 10/2022"."""
    return [(m.start(), m.end(), "", 0.8) for m in _MONTH_NUMBER_SPECKS.finditer(line)]


#: the word between "đến" (or "tới") and a month/year, where only "tháng" stands ("từ tháng 7 dén Cheng 11/2019")
_WORD_BEFORE_END_MONTH = regex.compile(r"(?<=(?<![\p{L}\d])(?i:[dđ]\S{1,2}n|t[oớ]i)[ ]+)(\p{L}{4,6})[,.]?"
                                       r"(?=[ ]+(?:0?[1-9]|1[0-2])/(?:19|20)\d\d(?![\d/]))")  # (a speck after it:
# "đến tàng, 7/2024", vetplan's OCR of fresh seed 2869's scan, the task's time lost)


def fix_end_month_word(line: str) -> list[Edit]:
    """The month word closing a time span, two letters or fewer off "thang": ``"từ tháng 7 dén Cheng 11/2019"`` →
    "tháng" (Tesseract-eng's misread; the decoder had made it "Chúng", and the task's time was lost). A word that
    spells "thang" already is the decoder's to mark."""
    from rapidfuzz.distance import Levenshtein

    return [(m.start(1), m.end(), "tháng", 0.75) for m in _WORD_BEFORE_END_MONTH.finditer(line)
            if ((sk := skeleton(m.group(1).lower())) != "thang" or m.end() > m.end(1))
            and Levenshtein.distance(sk, "thang") <= 2]


#: a time span's opening "tháng" lost, a speck or nothing where it stood, before its month and the span's end month and
#: year ("từ _ 7 đến tháng 11/2020": real Tesseract-eng on fresh seed 4094, the task's time lost); group 1 the speck
_SPAN_OPENING_MONTH_WORD_LOST = regex.compile(r"(?<=(?<![\p{L}\d])[Tt]ừ[ ]+)([_.,:;'‘’`~|]{1,2}[ ]+)?"
                                              r"(?=(?:0?[1-9]|1[0-2])[ ]+(?:đến|tới)[ ]+tháng[ ]+(?:0?[1-9]|1[0-2])/"
                                              r"(?:19|20)\d\d(?![\d/]))")


def fix_span_opening_month_word(line: str) -> list[Edit]:
    """``"từ _ 7 đến tháng 11/2020"`` → "từ tháng 7 đến tháng 11/2020" (read after the decoder); a span written whole
    stays."""
    return [(m.start(), m.end(), "tháng ", 0.7) for m in _SPAN_OPENING_MONTH_WORD_LOST.finditer(line)]


#: a date's month a scan read with a 4 for its 1, a month no calendar has ("trước ngày 05/42/2024": real Tesseract-eng
#: on fresh seed 4104, the report deadline lost; "21/42/2018" in another scan)
_MONTH_ONE_READ_AS_FOUR = regex.compile(r"(?<=(?<![\d/])(?:0?[1-9]|[12]\d|3[01])/)4"
                                        r"(?=[0-2]/(?:19|20)\d\d(?![\d/]))")


def fix_month_one_read_as_four(line: str) -> list[Edit]:
    """``"ngay 05/42/2024"`` → "05/12/2024" (read before the decoder); a month of the calendar stays
    (``"05/04/2024"``)."""
    return [(m.start(), m.end(), "1", 0.75) for m in _MONTH_ONE_READ_AS_FOUR.finditer(line)]


#: the labour department's or ministry's "Xã" read as another short word ending its line, "hội" opening the next
#: ("… về Sở Lao động - Thương binh và Là" / "hội trước ngày": real Tesseract-eng's "ya Na" on fresh seed 4104, the
#: report's deadline lost)
_SOCIAL_WORD_AT_A_BREAK = regex.compile(r"(?<=(?<![\p{L}\d])Thương binh và[ ])(?!Xã[ ]*$)\p{L}{1,3}(?=[ ]*$)")


def fix_social_word_at_a_break(line: str, after: str) -> list[Edit]:
    """``"Sở Lao động - Thương binh và Là"`` → "và Xã" where the line ``after`` (as read, before the decoder) opens
    with "hội" ("hoi lruwoe ngay"); read after the decoder."""
    return _word_before_a_break(line, after, _SOCIAL_WORD_AT_A_BREAK, "hoi", "Xã", ".,;:")


#: "Kế" of the planning department's name read as another word of K ending a line after its "Sở" ("… phối hợp với Sở
#: Kô" / "hoạch và Đầu tư tổ chức": vetplan's OCR of fresh seed 7593's scan, the partner lost)
_PLANNING_WORD_AT_A_BREAK = regex.compile(r"(?<=(?<![\p{L}\d])Sở[ ])(?!Kế[ ]*$)K\p{Ll}{0,2}(?=[ ]*$)")


def fix_planning_word_at_a_break(line: str, after: str) -> list[Edit]:
    """``"… phối hợp với Sở Kô"`` → "Sở Kế" where the line ``after`` (as read, before the decoder) opens with
    "hoạch"; read after the decoder."""
    return _word_before_a_break(line, after, _PLANNING_WORD_AT_A_BREAK, "hoach", "Kế")


def _word_before_a_break(line: str, after: str, rx: regex.Pattern[str], opening: str, word: str,
                         trailing: str = "") -> list[Edit]:
    """The word ``rx`` finds ending ``line``, read as ``word`` where the line ``after`` opens with a word of the letters
    ``opening`` (any of ``trailing`` after them)."""
    m = rx.search(line)
    first = after.split(maxsplit=1)[:1]
    if m is None or not first or skeleton(first[0].lower()).rstrip(trailing) != opening:
        return []
    return [(m.start(), m.end(), word, 0.75)]


#: "thời" of the time label read as another word of th ending a line after a field's semicolon, "gian" opening the
#: next ("đơn vị phối hợp: Sở Tài chính; thật" / "gian thực hiện: Quý 1/2023": real Tesseract-eng on fresh seed 5402,
#: the partner run on to the time and the time lost)
_TIME_WORD_AT_A_BREAK = regex.compile(r"(?<=[;,][ ]?)(?!thời[ ]*$)th\p{Ll}{0,3}[!.,:'‘’`]?(?=[ ]*$)")  # (a speck
# after it: "; thơ!" / "gian thurc hién: Quy 1V/2022.", real Tesseract-eng on fresh seed 5927)


def fix_time_word_at_a_break(line: str, after: str) -> list[Edit]:
    """``"…; Sở Tài chính; thật"`` → "; thời" where the line ``after`` (as read) opens with "gian" ("gian thurc
    hien: Quy 1/2023"); read after the decoder, as :func:`fix_social_word_at_a_break`."""
    return _word_before_a_break(line, after, _TIME_WORD_AT_A_BREAK, "gian", "thời")


def fix_span_word_at_a_break(line: str, after: str) -> list[Edit]:
    """``"… trên các phương tiện thông tin đại chúng ta tháng"`` → "từ tháng" where the line ``after`` (as read) opens
    with the span's first month and "đến" (``". 3dén thang 9/2016."``: real Tesseract-eng's "tly thang" on fresh seed
    6592, the task's time lost); read after the decoder."""
    m = _SPAN_WORD_AT_A_BREAK.search(line)
    return [(m.start(), m.end(), "từ", 0.75)] if m is not None and _MONTH_OPENING_A_SPAN.match(after) else []


def fix_speck_opening_a_spans_end(line: str, before: str) -> list[Edit]:
    """A speck opening the line that goes on with a span's first month after "từ tháng" ended the line ``before``:
    ``". 3 đến tháng 9/2016."`` → "3 đến tháng 9/2016." (fresh seed 6592, as :func:`fix_span_word_at_a_break`)."""
    if not _SPAN_OPENING_ENDS_A_LINE.search(before):
        return []
    m = _SPECKS_BEFORE_A_SPANS_MONTH.match(line)
    return [(m.start(), m.end(), "", 0.75)] if m is not None else []


#: the span's "từ" read as another word of t before "tháng" ending the line
_SPAN_WORD_AT_A_BREAK = regex.compile(r"(?<=\p{Ll}[ ])(?!từ[ ])t\p{Ll}{0,3}(?=[ ]tháng[ ]*[.,:;]?[ ]*$)")
#: "từ tháng" ending a line
_SPAN_OPENING_ENDS_A_LINE = regex.compile(r"(?<![\p{L}\d])từ[ ]tháng[ ]*[.,:;]?[ ]*$")
#: specks opening a line before a span's first month and "đến tháng"
_SPECKS_BEFORE_A_SPANS_MONTH = regex.compile(r"^[ ]*[.,:;'‘’`|]+[ ]*(?=(?:0?[1-9]|1[0-2])[ ]đến[ ]tháng[ ]\d)")


#: a speck read as a small letter glued before a department's head word after a task's label ("- Don vi cht tri: bSo
#: Ndng nghiép": sample 000's engine on fresh seed 6092 eng000, read "Bộ Nông nghiệp", the lead lost) — no word of one
#: small letter and a capital
_LETTER_SPECK_BEFORE_A_HEAD = regex.compile(r"(?<=:[ ]{0,2})[a-z](?=S[oa6¢&@§óơởd][ ]+\p{Lu})"  # (its ở read d: "phoi
                                            # hgp: bSd Tai chinh", fresh seed 12073 eng000, read "Bộ", the partner
                                            # lost)
                                            r"|(?<=(?<![\p{L}\d])v\S{1,2}i[ ])[PBD](?=S[oa6¢&@§óơởé][&@¢]?[ ]+\p{Lu})"
                                            # (a capital glued after "với": "phdi hop vai PSé Nong", sample 000's
                                            # engine on fresh seed 6911 eng000, read "Để", the partner lost; its ở two
                                            # signs, "véi PSé& Tai chinh", 13894 eng000)
                                            r"|(?<=(?<![\p{L}\d])v\S{1,2}i[ ])[a-z][ ](?=S[oOa6¢&@§óơở][ ]+\p{Lu})"
                                            # (a small letter alone after "với": "phdéi hop vdi i SO N6i vu", real
                                            # Tesseract-eng on fresh seed 8215, read "với cơ Sở", the partner lost)
                                            r"|(?<=:[ ]{0,2})§[ ](?=Sở[ ]+\p{Lu})"  # (a section sign's speck: "phối
                                            # hợp: § Sở Giáo dục", vetplan's OCR of fresh seed 5211's scan, the
                                            # partner lost)
                                            r"|(?<=:[ ]{0,2})[b-df-hj-np-tv-xz][ ](?=S[oa6¢&@§óơở][ ]+\p{Lu})")  # (or
# apart, a consonant alone: "don vi phoi hop: b S¢ Thong tin", sample 000's engine on fresh seed 6679 eng000, read "bộ
# Sở Thông tin", the partner lost — no word is a consonant alone)
#: a department's head S read as a section sign before its vowel's stand-in ("don vi phdi hop:" / "- §@ Théng tin":
#: real Tesseract-eng on fresh seed 4642, read "ở Thông tin", the partner lost); "§" before a figure stays
_SECTION_SIGN_FOR_A_HEADS_S = regex.compile(r"(?<![\p{L}\d])§(?=[@&¢6§0oóòơờở][ ]+\p{Lu}\p{Ll})")


def fix_letter_speck_before_a_head(line: str, ocr: bool = True) -> list[Edit]:
    """``"- Don vi cht tri: bSo Ndng nghiép"`` → "So Ndng nghiép", ``"phoi hop: b S¢ Thong"`` → "S¢ Thong", and in
    OCR'd text (``ocr``: a symbol code may write a letter so) a head's S read as a section sign: ``"- §@ Théng tin"``
    → "S@ Théng tin" (before the decoder)."""
    return [(m.start(), m.end(), "", 0.75) for m in _LETTER_SPECK_BEFORE_A_HEAD.finditer(line)] + (
        [(m.start(), m.end(), "S", 0.75) for m in _SECTION_SIGN_FOR_A_HEADS_S.finditer(line)] if ocr else [])


#: a span's end month opening the line after "đến tháng", its figures read as letters ("… den thang" / "LO/2017.":
#: real Tesseract-eng on fresh seed 4306, read "Là/2017", the task's time lost)
_MONTH_LETTERS_AFTER_A_BREAK = regex.compile(r"^[ ]*([\dOØoIlL|\]]{1,2})(?=/(?:19|20)\d\d(?!\d))")
_MONTH_WORD_ENDING_A_LINE = regex.compile(r"(?<![\p{L}\d])(?i:th\S{1,3}ng)\s*$")


def fix_month_letters_after_a_break(line: str, before: str) -> list[Edit]:
    """``"LO/2017."`` under ``"… đến thang"`` → "10/2017." (before the decoder); a month the letters make (1–12)
    only, and only under a line ending with the month's word."""
    m = _MONTH_LETTERS_AFTER_A_BREAK.match(line)
    if m is None or m[1].isdigit() or not _MONTH_WORD_ENDING_A_LINE.search(before):
        return []
    month = m[1].translate(_LETTER_FIGURES).replace("o", "0")
    return [(m.start(1), m.end(1), month, 0.75)] if month.isdigit() and 1 <= int(month) <= 12 else []


#: a span's end month word opening the line after "đến" ending the one before ("… nghề nghiệp từ tháng 7 đến" /
#: "théng 9/2022.": real Tesseract-eng on fresh seed 4436, read "thống", the task's time lost)
_END_MONTH_WORD_OPENING_A_LINE = regex.compile(r"^[ ]*(\p{L}{4,6})(?=[ ]+(?:0?[1-9]|1[0-2])/(?:19|20)\d\d(?![\d/]))")
_SPAN_TO_WORD_ENDING_A_LINE = regex.compile(r"(?<![\p{L}\d])(?:đến|tới)\s*$")


def fix_end_month_word_after_a_break(line: str, before: str) -> list[Edit]:
    """``"thống 9/2022."`` under ``"… từ tháng 7 đến"`` → "tháng" (read after the decoder), a word two letters or fewer
    off "thang"; under another line it stays."""
    from rapidfuzz.distance import Levenshtein

    m = _END_MONTH_WORD_OPENING_A_LINE.match(line)
    if m is None or not _SPAN_TO_WORD_ENDING_A_LINE.search(before):
        return []
    letters = skeleton(m[1].lower())
    near = letters != "thang" and Levenshtein.distance(letters, "thang") <= 2
    return [(m.start(1), m.end(1), "tháng", 0.75)] if near else []


#: a speck's dash before a task field's agency opening the line after its label ended the one before ("… đơn vị phối
#: hợp:" / "- §6 Cong Thuong; thoi gian": real Tesseract-eng on fresh seed 4495, read "- sở Công Thương", the partner
#: taken for an item of its own and lost)
_DASH_BEFORE_A_LABELS_AGENCY = regex.compile(r"^[ ]*[-–~][ ]*(sở|bộ|Sở|Bộ)(?=[ ]\p{Lu})")
_UNIT_LABEL_ENDING_A_LINE = regex.compile(r"(?<![\p{L}\d])(?:chủ trì|phối hợp)[ ]?:\s*$")


def fix_dash_before_a_labels_agency(line: str, before: str) -> list[Edit]:
    """``"- sở Công Thương; thời gian …"`` under ``"… đơn vị phối hợp:"`` → "Sở Công Thương; …" (read after the
    decoder); under another line a list's dash stays."""
    m = _DASH_BEFORE_A_LABELS_AGENCY.match(line)
    if m is None or not _UNIT_LABEL_ENDING_A_LINE.search(before):
        return []
    return [(m.start(), m.end(), m[1].capitalize(), 0.75)]


#: a speck's hyphen after "và" ending a line, the name it joins going on on the next ("… phối hợp: Sở Giáo dục và -" /
#: "Đào tạo": vetplan's OCR of fresh seed 2750's scan, the partner read "Sở Giáo dục và - Đào tạo") — a name's own dash
#: stands between its parts ("Lao động -"), never after "và"
_HYPHEN_AFTER_AND_ENDING_A_LINE = regex.compile(r"(?<=(?<![\p{L}\d])và)[ ]*[-–](?=[ ]*$)")
#: … or inside an agency's name before its next word ("Sở Thông tin và - Truyền thông": real Tesseract-eng on fresh seed
#: 4872, the partner kept it)
_HYPHEN_AFTER_AND_IN_A_NAME = regex.compile(r"(?<=(?<![\p{L}\d])(?:tin|dục|hoạch|nghiệp|binh)[ ]và)[ ]+[-–]"
                                            r"(?=[ ]+\p{Lu})")


def fix_hyphen_after_and_ending_a_line(line: str, after: str) -> list[Edit]:
    """``"… Sở Giáo dục và -"`` over ``"Đào tạo; thời gian …"`` → "… Sở Giáo dục và" (read after the decoder); over a
    line that opens with no capital it stays."""
    if not after.lstrip()[:1].isupper():
        return []
    return [(m.start(), m.end(), "", 0.75) for m in _HYPHEN_AFTER_AND_ENDING_A_LINE.finditer(line)]


#: a word of a phrase's run-together window: letters, maybe figures or a code's signs among them
_RUN_WORD = r"[^\s.,;:]*\p{L}[^\s.,;:]*"
#: fixed phrases whose words a code or a scan ran together, a letter or two misread besides: the word before them,
#: the phrase, and what follows it (fix_phrase_run_together's)
_RUN_TOGETHER_PHRASES = tuple(
    (regex.compile(rf"(?<={before})({_RUN_WORD}(?:[ ](?!năm(?![\p{{L}}\d])){_RUN_WORD}){{0,{phrase.count(' ')}}})"
                   rf"(?={after})"), phrase, plain_phrase)
    for before, phrase, after, plain_phrase in (
        (r"(?<![\p{L}\d])[Ll]ao[ ]+", "động nông thôn", r"[ ]*(?:[.,;:]|$)|[ ]+(?:năm|\d)", "dongnongthon"),
        (r"(?<![\p{L}\d])cho[ ]+", "lao động nông thôn", r"[ ]*(?:[.,;:]|$)|[ ]+(?:năm|\d)", "laodongnongthon"),  # (its
        # first two words run together: "cho laod6ng nong thon nam", sample 000's engine on fresh seed 14981 eng000;
        # "chohao d9ng noug hom", a code's, 14852 code004 — the title lost)
        (r"(?<![\p{L}\d])Triển[ ]+", "khai công tác", r"[ ]+gi", "khaicongtac"),
        (r"(?<![\p{L}\d])công[ ]+", "tác giáo dục", r"[ ]+nghề", "tacgiaoduc"),  # (a code's "cong tacgiaodue ngh~",
        # fresh seed 15124 code004, the title lost)
        (r"^[ ]*(?=T)", "Triển khai công tác", r"[ ]+gi", "trienkhaicongtac"),  # (its first word misread too, the
        # title: "Tiền khaieong tác giáo dục", a code's "Ti~n khaieong tac", fresh seed 7031 code004)
        (r"(?<![\p{L}\d])[Cc]ác cơ quan,[ ]*", "đơn vị báo cáo kết quả", r"[ ]+v", "donvibaocaoketqua"),
        (r"(?<![\p{L}\d])Đào tạo[ ]+", "nghề cho", r"[ ]+(?:lao|\d)", "nghecho"),
        (r"(?<![\p{L}\d])giáo[ ]+", "dục nghề", r"[ ]+nghiệp", "ducnghe")))  # (a code's "giao ducughe nghiep", fresh
        # seed 7248 code004, the title lost)
#: what a line must hold for each phrase's window to be tried (its word before: most lines hold none of them)
_RUN_TOGETHER_GATES = {"dongnongthon": "ao ", "laodongnongthon": "cho ", "khaicongtac": "Triển ", "tacgiaoduc": "công ",
                       "trienkhaicongtac": "T", "donvibaocaoketqua": "ác cơ quan,", "nghecho": "Đào tạo ",
                       "ducnghe": "giáo "}
#: a figure a scan or a code wrote for an o (the words' letters compared with the phrase's)
_O_FIGURES = str.maketrans("0689", "oooo")


def fix_phrase_run_together(line: str, words: Set[str] = frozenset()) -> list[Edit]:
    """A fixed phrase of a plan's whose words a code or a scan ran together (a space or two lost) or the decoder read as
    others, their letters (figures for o) two letters from the phrase's at most: ``"lao dongnengthen năm 2018"`` →
    "lao động nông thôn năm 2018" (a code's, fresh seed 6691 code, the title lost), ``"cho 1.200 lao d6ngndng thôn."``
    (sample 000's engine on fresh seed 6551 eng000, the target lost), ``"Đào tạo ngheeho lao"`` (a code's, 6905 code004;
    a short phrase one letter off only), ``"lao động nông họ năm"`` (a code's "nong ho",
    6792 code004), ``"Triển khaieongtac giáo dục"`` (6766 code004), ``"Các cơ quan, dân vibaoCaokSt qua về"`` (the
    report's sentence, 6761 code004); read after the decoder. Another phrase's words stay: "lao động nông nghiệp", and
    words as many as the phrase's whose last two are another word of two syllables (``words``, "nông dân")."""
    from rapidfuzz.distance import Levenshtein

    out: list[Edit] = []
    for pattern, phrase, letters_wanted in _RUN_TOGETHER_PHRASES:
        if _RUN_TOGETHER_GATES[letters_wanted] not in line:
            continue
        for m in pattern.finditer(line):
            text = m[1]
            if text == phrase or text[:1].isdigit():
                continue  # (a count glued before it is none of it: "cho 850hao d9ng nong thon", fresh seed 14859
                # code004, the count of a target — a code's figure for a vowel stands inside a word)
            if not _clear(m.start(1), m.end(1), out):
                continue  # (another phrase's window took it: "Triển khaieongtac", after "Triển" and from the start)
            said = text.lower().split(" ")
            if len(said) == phrase.count(" ") + 1 >= 2 and said[-2:] != phrase.lower().split(" ")[-2:] and (
                    " ".join(said[-2:]) in words):
                continue  # (a word of its own there: "lao động nông dân" is no "nông thôn" misread)
            letters = plain_letters(text.translate(_O_FIGURES))
            if len(letters_wanted) - 2 <= len(letters) <= len(letters_wanted) + 2 and Levenshtein.distance(
                    letters, letters_wanted, score_cutoff=3) <= (3 if len(letters_wanted) >= 15 else 2 if len(
                    letters_wanted) >= 10 else 1):  # (three in a phrase of fifteen: "hảo động nông hôm")
                out.append((m.start(1), m.end(1), phrase, 0.75))
    return out


#: specks a scan left in the issuer's line: after "UBND" before the place's type word, or after the type word ("UBND-
#: TINH. LONG AN CONG HOA …": real Tesseract-eng on fresh seed 4756, the issuer read "UBND - TỈNH LONG AN")
_SPECKS_IN_THE_ISSUERS_LINE = regex.compile(r"(?<=^[ ]*UBND)[-.,;:](?=[ ]+(?:TỈNH|HUYỆN|THÀNH PHỐ|QUẬN|THỊ XÃ)"
                                            r"(?![\p{L}\d]))"
                                            r"|(?<=^[ ]*(?:UBND[-.,;:]?[ ]+)?(?:TỈNH|HUYỆN|QUẬN))[.,;:](?=[ ]\p{Lu})")
#: a speck's stop between the figures of the plan's own number ("So: 1.77/KH-SLDTBXH": real Tesseract-eng on fresh
#: seed 4756, the number read "1.77") — no document's number has a stop
_STOP_INSIDE_THE_PLANS_NUMBER = regex.compile(r"(?<=^[ ]*(?i:số)[ ]*:[ ]*\d{1,3})\.(?=\d{1,3}/[A-ZĐ])")


#: a speck's colon for the space inside the place-date line's place ("Số: 221/KH-UBND Tây:Ninh, ngày 20": vetplan's OCR
#: of fresh seed 2916's scan, the place read "Ninh"; "Ho:Chi Minh, ngay", real Tesseract-eng on fresh seed 4910)
_COLON_INSIDE_THE_DATED_PLACE = regex.compile(r"(?<=\p{Lu}\p{Ll}{1,6})[:;]"
                                              r"(?=\p{Lu}\p{Ll}{1,6}(?:[ ]\p{Lu}\p{Ll}+)*,[ ]*ngày)")


def fix_specks_in_the_issuers_line(line: str) -> list[Edit]:
    """``"UBND- TỈNH. LONG AN CỘNG HÒA …"`` → "UBND TỈNH LONG AN …", ``"Số: 1.77/KH-SLĐTBXH"`` → "177/KH-SLĐTBXH",
    ``"Tây:Ninh, ngày"`` → "Tây Ninh" (a header's line, read after the decoder)."""
    return [(m.start(), m.end(), "", 0.75) for m in (*_SPECKS_IN_THE_ISSUERS_LINE.finditer(line),
                                                    *_STOP_INSIDE_THE_PLANS_NUMBER.finditer(line))] + [
        (m.start(), m.end(), " ", 0.75) for m in _COLON_INSIDE_THE_DATED_PLACE.finditer(line)]


#: a closing quotation mark a speck made opening a line before a Capitalised word ("” Thue hien Quyet-dinh so …": real
#: Tesseract-eng on fresh seed 4791, the preamble taken into the plan's title and the tasks lost) — no line opens with
#: a closing quote
_CLOSING_QUOTE_OPENING_A_LINE = regex.compile(r"^([ ]*)”[ ]?(?=\p{Lu}\p{Ll})")


def fix_closing_quote_opening_a_line(line: str) -> list[Edit]:
    """``"” Thực hiện Quyết định số 1956/QĐ-TTg …"`` → "Thực hiện Quyết định …" (read after the decoder)."""
    m = _CLOSING_QUOTE_OPENING_A_LINE.match(line)
    return [(m.end(1), m.end(), "", 0.75)] if m else []


#: a quotation mark a speck made opening a header's line of capitals, none closing it ("“UY BAN NHAN DAN CONG HOA …":
#: real Tesseract-eng on fresh seed 4706, the issuer kept it)
_QUOTE_OPENING_CAPITALS = regex.compile(r"^([ ]*)[“”\"‘’'`]+[ ]?(?=\p{Lu}{2}|\p{Lu}\p{Ll}+[ ]\p{Ll})")  # (or the
# title's first word: "“Trin khai công tác …", vetplan's OCR of fresh seed 2869's scan, the title lost)


def fix_quote_opening_a_header_line(line: str) -> list[Edit]:
    """``"“ỦY BAN NHÂN DÂN CỘNG HÒA …"`` → "ỦY BAN NHÂN DÂN …" (a header's line, read after the decoder); a quotation
    closed on the line stays."""
    m = _QUOTE_OPENING_CAPITALS.match(line)
    if m is None or any(q in line[m.end():] for q in "”\"’'"):
        return []
    return [(m.end(1), m.end(), "", 0.75)]


#: a cited document numbered with its year, then its date ("Thông tư số 43/2016/TT-BLĐTBXH ngày 28/12/2056"): group y
#: the number's year, dy the date's
_CITED_NUMBER_AND_DATE = regex.compile(r"(?<![\d/])\d{1,5}/(?P<y>(?:19|20)\d\d)/[A-ZĐ]{2,}-[A-ZĐa-z]{2,}[ ,]{1,2}"
                                       r"(?:của[ ]\S+[ ])?ngày[ ]+\d{1,2}/\d{1,2}/(?P<dy>(?:19|20)\d\d)(?!\d)")


def fix_cited_dates_year(line: str) -> list[Edit]:
    """A cited document's date whose year a scan misread by one figure, where its number gives the year it was issued
    in (a document's number runs by the year): ``"43/2016/TT-BLĐTBXH ngày 28/12/2056"`` → "28/12/2016" (real
    Tesseract-eng on fresh seed 4880, the citation lost) — only a decade or more after the number's year, which no
    reading of the number's can make; a year a unit off (either may be the misread one), two figures off, or a number
    without a year, stays."""
    return [(*m.span("dy"), m["y"], 0.75) for m in _CITED_NUMBER_AND_DATE.finditer(line)
            if int(m["dy"]) - int(m["y"]) >= 10 and one_figure_off(m["dy"], m["y"])] + [
        (*m.span("y"), m["dy"], 0.75) for m in _CITED_NUMBER_OF_NO_YEAR_AND_DATE.finditer(line)
        if one_figure_off(m["y"], m["dy"])]  # (the other way: a number's year no document is of, "46/3015/QĐ-TTg
    # ngày 28/9/2015", vetplan's OCR of fresh seed 3522's scan, the basis lost)


#: … a cited number whose year no document is of (before 1945 or after 2099), its date's year after it
_CITED_NUMBER_OF_NO_YEAR_AND_DATE = regex.compile(r"(?<![\d/])\d{1,5}/(?P<y>(?!19[4-9]\d|20\d\d)\d{4})/[A-ZĐ]{2,}-"
                                                  r"[A-ZĐa-z]{2,}[ ,]{1,2}(?:của[ ]\S+[ ])?ngày[ .]+\d{1,2}/\d{1,2}/"
                                                  r"(?P<dy>(?:19[4-9]|20\d)\d)(?!\d)")


#: a list item's dash read as a tilde, a speck's quote after it maybe, under another item ("- Thường trực Tỉnh ủy;" /
#: "~'Bộ Lao động - Thương binh và Xã hội;": real Tesseract-eng on fresh seed 4669, the item run into the one before
#: and lost) — no line of a plan's text opens with a tilde
_TILDE_FOR_AN_ITEMS_DASH = regex.compile(r"^([ ]*)~[‘’'`]?[ ]?(?=\p{Lu})")
_A_LIST_ITEM = regex.compile(r"^[ ]*[-–+•][ ]*\p{L}")


def fix_tilde_for_an_items_dash(line: str, before: str) -> list[Edit]:
    """``"~'Bộ Lao động - Thương binh và Xã hội;"`` under ``"- Thường trực Tỉnh ủy;"`` → "- Bộ Lao động …" (read
    after the decoder, in OCR'd text only: a symbol code may write a letter so); under a line that is no item, or
    before a small letter, it stays."""
    m = _TILDE_FOR_AN_ITEMS_DASH.match(line)
    return [(m.end(1), m.end(), "- ", 0.75)] if m and _A_LIST_ITEM.match(before) else []


#: a speck's comma after the first word of the signer's name alone on its line, under the file copy's "Lưu: VT" or the
#: position ("Lưu: VT" / "Đặng, Hong Hải": vetplan's OCR of fresh seed 2629's scan, read "Đang, Hồng Hải" and taken
#: for a recipient, the signer lost) — no name has a comma
_COMMA_INSIDE_A_SIGNERS_NAME = regex.compile(r"^([ ]*\p{Lu}\p{Ll}{1,6}),"
                                            r"(?=[ ]\p{Lu}\p{Ll}{1,6}(?:[ ]\p{Lu}\p{Ll}{1,6}){1,2}\s*$)")
_SIGNATURE_LINE_ENDING = regex.compile(r"(?:VT|T[ỊI]CH|[ĐD][ỐO]C)[.;]?\s*$")


def fix_comma_inside_a_signers_name(line: str, before: str) -> list[Edit]:
    """``"Đặng, Hong Hải"`` under ``"Lưu: VT"`` → "Đặng Hong Hải" (before the decoder); under another line it stays
    ("Hà Nội, Hải Phòng và Đà Nẵng" is none)."""
    m = _COMMA_INSIDE_A_SIGNERS_NAME.match(line)
    return [(m.end(1), m.end(1) + 1, "", 0.75)] if m and _SIGNATURE_LINE_ENDING.search(before) else []


#: a short word of s before a document's whole number, read from a code's or a scan's "số" ("Quyết định sa
#: 46/2015/QĐ-TTg": "dBnhsa" had been parted "định sa"); no other word stands there
_NUMBER_WORD_BEFORE_DOCUMENT = regex.compile(r"(?<![\p{L}\d])[sS](?!(?i:ố))[^\s\d/:]{1,2}"
                                             r"(?=:?[ ]+\d{1,5}/(?:\d{4}/)?[A-ZĐ]{2,}-)")  # (its label's colon kept:
# "Sẽ: 312/KH-UBND", fresh seed 2236 eng000)


#: … or any short word between a cited document's type name and its whole number, "số" read as another word where
#: its s was read as a figure ("Quyết định 8d 2239/QĐ-TTg" read "Quyết định ở 2239", "8b 522/QD-TTg" read "bộ":
#: Tesseract-eng on fresh seeds 1422 and 1452 eng000, the legal basis lost; left so, "8b 1956/QĐ-TTg", 1887) — no
#: other word stands between a type and its number
# (or a figure and a speck's stop: "Chi thi 6. 24/CT-TTg", real Tesseract-eng on fresh seed 4250, the basis lost)
_NUMBER_WORD_AFTER_TYPE = regex.compile(r"(?<=(?:(?<![\p{L}\d])(?:Quyết định|Nghị định|Nghị quyết|Thông tư|Chỉ thị|"
                                        r"Kế hoạch|Công văn|Kết luận)|^[ ]*(?:định|quyết|thị))[ ])(?!số[ ])"
                                        r"(?:\p{Ll}{1,3}|8\p{Ll}{1,2}|[568][.,]|\p{Ll}?8[6o0]|(?!Số)[PB]s\p{Ll})"  # (a
                                        # capital's speck before its s: "Quyét dinh Psd 522/QB-TTg", 14284 eng000; a
                                        # letter's speck
                                        # before it: "Quyét dinh b86 522/QDTTg", fresh seed 13859 eng000)
                                        r"(?=[ ]+\d{1,5}/(?:\d{4}/)?[A-ZĐ]{2,}-)")
# (both its letters figures, the type's last word opening the line after its break: "Quy et" / "dinh 86 46/2015
# QD-TTg", real Tesseract-eng on fresh seed 4646, the basis lost)


#: "số" read as figures ("50", "s0"), opening a line whose line before ends with a cited document's type name
#: ("… Quyết định" / "50 1956/QB-TTg ngay …": real Tesseract-eng on fresh seed 1106, the citation lost)
_NUMBER_WORD_OPENING_A_LINE = regex.compile(r"^[ ]*[5sS8][0oO6]?(?=[ ]+\d{1,5}/(?:\d{4}/)?[A-ZĐ]{2,}-)")
_TYPE_NAME_ENDING = regex.compile(r"(?:Quyết định|Nghị định|Nghị quyết|Thông tư|Chỉ thị|Kế hoạch|Công văn|Kết luận)"
                                  r"[ ]*$")


def fix_number_word_before_document(line: str, before: str = "") -> list[Edit]:
    """``"Quyết định sa 46/2015/QĐ-TTg"`` → "số" (read after the decoder: the word before a whole document number), and
    ``"Quyết định ở 2239/QĐ-TTg"`` → "số" (a short word after a cited type name), or "50" opening the line after
    the type name's (``before``: the repaired line above, ending "Quyết định")."""
    out = [(m.start(), m.end(), "Số" if m.group()[0] == "S" else "số", 0.85)
           for m in _NUMBER_WORD_BEFORE_DOCUMENT.finditer(line) if m.group().lower() not in ("sở",)]
    if before and _TYPE_NAME_ENDING.search(before) and (m := _NUMBER_WORD_OPENING_A_LINE.match(line)) and \
            m.group().strip() != "số" and not out:
        a = len(m.group()) - len(m.group().lstrip())
        out.append((a, m.end(), "số", 0.8))
    return out + [(m.start(), m.end(), "số", 0.8) for m in _NUMBER_WORD_AFTER_TYPE.finditer(line)
                  if not any(m.start() < e[1] and e[0] < m.end() for e in out)]


#: "ngoài" (outside) as a count's unit ending its clause, in a repaired line: "Tuyển sinh 3.500 ngoài." (a code's
#: "ngmai", "ng{ai": the channel took the plain a for à, and the LM's "người" after a number did not outweigh it; fresh
#: seeds 874, 878 and 906: each target had been lost) — no count is of "ngoài"
_COUNT_UNIT_READ_NGOAI = regex.compile(r"(?<=(?<![\p{L}\d])\d[\d.,]*[ ])(?:ngoài|nguội|(?P<left>ng\p{L}"
                                       r"[^\s.,;]{1,4}i))(?=[ ]*[.;,]?[ ]*$)")  # (its ơ a figure too: "5.100
# nguw60i.", real Tesseract-eng on fresh seed 4165, the target lost)
# (or left as no syllable, its ư and ờ read as several letters: "1.300 nguwédi.", fresh seed 639 eng; or "nguội", its
# ờ read as a capital G, "4.600 nguGi.", fresh seed 691 eng; a symbol among them, "800 nguw@di.", real Tesseract-eng
# on fresh seed 814)


#: "lao động" after a count, its l read as a T and then as the word "tạo" ("Đào tạo nghề cho 300 Tạo động nông thôn":
#: Tesseract-eng reads a serif l as a T, fresh seed 1283 eng000, the target lost) — no count is of "tạo động"
_COUNT_UNIT_L_READ_T = regex.compile(r"(?<=(?<![\p{L}\d])\d[\d.,]*[ ]?)(?:(?:[Tt][ạa]o|h[ảa]o|v[àa]o)"
                                     r"(?=[ ]+(?:động|đông|dựng(?=[ ]nông[ ]thôn))(?![\p{L}\d]))"
                                     r"|cao(?=[ ]đẳng[ ]nông[ ]))")  # (or read
# "cao đẳng" (college): a code's "hao d9ng", fresh seed 6961 code004, the target lost; its ộ read ô too: "cho 400 hảo
# đông",
# sample 004's code's "hao d9ng", fresh seed 1983 code004, the target lost)
# (or its l an h, as sample 004's engine wrote it: "cho 1.700haod9ng", read "hảo động", fresh seed 1530 code004; or a
# 1, "cho 1.250 1aod9ng", read "vào động", fresh seed 1767 code004)
#: … or a speck between its words ("cho 1.550 lao: động nông thôn": real Tesseract-eng on fresh seed 747 eng, the target
#: lost)
_COUNT_UNIT_SPECK = regex.compile(r"(?<=(?<![\p{L}\d])\d[\d.,]*[ ]lao)[:;,.'‘’](?=[ ]+động(?![\p{L}\d]))")
#: … or specks for the space before it ("cho 600:.lao động": vetplan's OCR of fresh seed 2844's scan, the target lost)
_SPECKS_BEFORE_THE_COUNTS_UNIT = regex.compile(r"(?<=(?<![\p{L}\d])\d[\d.,]*\d)[:;][.,\-]?(?=(?:lao[ ]+động|người)"
                                               r"(?![\p{L}\d]))")  # (before "người", a hyphen after the colon:
# "Tuyển sinh 1.400:-người.", vetplan's OCR of fresh seed 4206's scan, the target lost)
#: … or a speck's hyphen for the space after the count and specks for the one between the unit's words ("cho
#: 1.100-lao:;dong nong-thon": real Tesseract-eng on fresh seed 3549, read "1.100-lao:;động", the target lost): group
#: "dash" the hyphen, "specks" the specks
_COUNT_UNIT_SPECKS_GLUED = regex.compile(r"(?<=(?<![\p{L}\d])\d[\d.,]*)(?P<dash>-)"
                                         r"(?=lao[:;,.'‘’]{1,2}động(?![\p{L}\d]))"
                                         r"|(?<=(?<![\p{L}\d])\d[\d.,]*[ -]lao)(?P<specks>[:;,.'‘’]{1,2})"
                                         r"(?=động(?![\p{L}\d]))")


#: … or another word of "ng" ending the clause after a count, two letters from "nguoi" ("Tuyển sinh 5.100 ngọt.":
#: real Tesseract-eng's "ngtot", fresh seed 1136, the target lost); the words a count may end with so stay
_COUNT_UNIT_NG_WORD = regex.compile(r"(?<=(?<![\p{L}\d])\d[\d.,]*[ ])ng\p{Ll}{1,4}(?:[ ]\p{Ll}{1,2})?"
                                    r"(?=[ ]*[.;,]?[ ]*$)")
# (or as two, a space a scan put inside it: "Tuyển sinh 6.000 ngủ đi." of "ngu di", real Tesseract-eng on fresh seed
# 1546, the target lost)
_COUNT_WORDS_OF_NG = frozenset({"người", "nghề", "ngành", "ngày", "nghìn", "ngàn", "nguồn", "ngôi", "ngạch", "ngũ"})


#: … or a word of other letters after "Tuyển sinh" and its count, two letters from "nguoi" ("Tuyển sinh 2.900 IƯỜI.":
#: vetplan's OCR of fresh seed 1235's scan, the target lost)
_ENROLMENT_UNIT_MISREAD = regex.compile(r"(?<=(?<![\p{L}\d])(?i:sinh)[ ]\d[\d.,-]*[ ])\p{L}{3,6}(?=[ ]*[.;,]?[ ]*$)")
#: a count's thousands' stop read as a hyphen after "Tuyển sinh" or "cho" ("Tuyển sinh 1-900 neue", "cho 1-200 lao
#: dong": real Tesseract-eng on fresh seeds 1816 and 1817, the targets lost) — no target counts a range so
_COUNT_STOP_AS_HYPHEN = regex.compile(r"(?<=(?<![\p{L}\d])(?i:sinh|cho)[ -]\d{1,3})-(?=\d{3}[ ]+\p{L})")
#: … and a hyphen for the space before it too ("cho-1-100 lao dong": real Tesseract-eng on fresh seed 4445, the target
#: lost)
_COUNT_SPACE_AS_HYPHEN = regex.compile(r"(?<=(?<![\p{L}\d])(?i:sinh|cho))-(?=\d{1,3}[-.,]\d{3}[ ]+\p{L})")
#: … or a space or two inside it ("cho 3  50 lao động": sample 000's engine on fresh seed 3559 eng000, the target lost)
_COUNT_SPACE_INSIDE = regex.compile(r"(?<=(?<![\p{L}\d])(?i:sinh|cho)[ ]\d{1,2})[ ]{1,2}(?=\d{2,3}[ ]+\p{L})")
#: a stroke a scan read glued before a count with thousands' stops ("Tuyển sinh T1.300 người.": vetplan's OCR of fresh
#: seed 1223's scan, the target lost)
_STROKE_BEFORE_A_COUNT = regex.compile(r"(?<=(?<![\p{L}\d])(?i:sinh)[ ])[TIl|!](?=\d{1,3}\.\d{3}(?![\d.,]))")
#: a count's 0 read as a slashed O ("Tuyển sinh 2.10Ø người.": vetplan's OCR of fresh seed 1703's scan, the target
#: lost) — no Vietnamese word has the letter
_ZERO_READ_SLASHED = regex.compile(r"(?<=\d[.,]?\d{0,2})[Øø](?=[\d.,]*[ ]+\p{L})")
#: … or a hyphen, and maybe a stroke, for the space after "cho" ("Đào tạo nghề cho-T1.800 lao động": vetplan's OCR of
#: fresh seed 1583's scan, the target lost)
_SPECKS_AFTER_CHO = regex.compile(r"(?<=(?<![\p{L}\d])cho)-[TIl|!]?(?=\d{1,3}(?:\.\d{3})?[ ]+\p{L})")

#: a speck read as a closing bracket between a count and its unit ("- Tuyển sinh 4.100 ) người.": real Tesseract-eng
#: on fresh seed 12468, the target lost) — no bracket opens before the count
_BRACKET_BETWEEN_A_COUNT_AND_ITS_UNIT = regex.compile(r"(?<=(?<![\p{L}\d(])\d[\d.,]*\d)[ ][)\]}](?=[ ](?:lao[ ]động"
                                                      r"|người|học[ ]viên)(?![\p{L}\d]))")
#: a speck read as a percent sign after a count's thousands' stop ("Đào tạo nghề cho 1. %200 lao động": sample 000's
#: engine on fresh seed 17105 eng000, the target lost) — no figure follows a percent sign
_PERCENT_SPECK_INSIDE_A_COUNT = regex.compile(r"(?<=(?<![\p{L}\d.,])[1-9]\d{0,2}\.)[ ]?%(?=\d{3}(?![\d%]|[.,]\d)"
                                              r"[ ]+\p{L})")


#: … or "ngày" (no one enrols days: "- Tuyen sinh 5.300 ngl,rfi.", a synthetic code's "người" on fresh seed 5242 code,
#: read "ngày", the target lost)
_ENROLMENT_UNIT_READ_DAY = regex.compile(r"(?<=(?<![\p{L}\d])(?i:tuyển[ ]+sinh)[ ]\d[\d.,]*[ ])(?:ngày|ngôi)"
                                         r"(?=[ ]*[.;,]?[ ]*$)")  # (or "ngôi": "Tuyen sinh 2.200 ngoi.", real
# Tesseract-eng on fresh seed 3618, its ư lost)


def fix_count_unit_word(line: str) -> list[Edit]:
    """``"- Tuyển sinh 3.500 ngoài."`` → "người" (read after the decoder), and a word the decoder left that spells no
    syllable (``"1.300 nguwédi."``) or another of "ng" two letters off (``"5.100 ngọt."``), or of other letters after
    "Tuyển sinh" (``"2.900 IƯỜI."``); ``"cho 300 Tạo động"`` → "lao", ``"cho 1.550 lao: động"`` → "lao động"; a
    stroke glued before the count: ``"Tuyển sinh T1.300 người"`` → "1.300"; its thousands' stop read as a hyphen:
    ``"cho 1-200 lao động"`` → "1.200"."""
    from rapidfuzz.distance import Levenshtein

    ngoai = [(m.start(), m.end(), "người", 0.75) for m in _COUNT_UNIT_READ_NGOAI.finditer(line)
             if not m["left"] or not is_valid_skeleton(skeleton(m["left"].lower()))]
    return ngoai + [(m.start(), m.end(), "người", 0.7) for m in _COUNT_UNIT_NG_WORD.finditer(line)
                    if m.group().split()[0] not in _COUNT_WORDS_OF_NG
                    and Levenshtein.distance(skeleton(m.group().replace(" ", "")), "nguoi") <= 2
                    and not any(m.start() < e[1] and e[0] < m.end() for e in ngoai)] + [
        (m.start(), m.end(), ".", 0.75) for m in _COUNT_STOP_AS_HYPHEN.finditer(line)] + [
        (m.start(), m.end(), " ", 0.75) for m in _COUNT_SPACE_AS_HYPHEN.finditer(line)] + [
        (m.start(), m.end(), "", 0.75) for m in _COUNT_SPACE_INSIDE.finditer(line)] + [
        e for m in _COUNT_UNIT_L_READ_T.finditer(line) for e in (  # (glued to the count too: "cho 200hảo động",
            # sample 004's code's "200haod9ng" on fresh seed 10142 code004, the target lost)
            (m.start(), m.end(), "lao" if line[m.start() - 1] == " " else " lao", 0.75),) + (
            ((m.end() + 1, m.end() + 5, "động", 0.75),) if line[m.end() + 1:m.end() + 5] in ("đông", "đẳng", "dựng")
            else ())] + [  # ("cho 1.950 cao đẳng nông thôn": a code's "hao d9ng", fresh seed 6961 code004; "cho 350 Tạo
            # dựng nông thôn", sample 000's engine's "Tao d¢ng" on fresh seed 10105 eng000, the target lost)
        (m.start(), m.end(), "", 0.75) for m in _COUNT_UNIT_SPECK.finditer(line)] + [
        (m.start(), m.end(), " ", 0.75) for m in _SPECKS_BEFORE_THE_COUNTS_UNIT.finditer(line)] + [
        (m.start(), m.end(), " ", 0.75) for m in _COUNT_UNIT_SPECKS_GLUED.finditer(line)] + [
        (m.start(), m.end(), " ", 0.75) for m in _SPECKS_AFTER_CHO.finditer(line)] + [
        (m.start(), m.end(), "0", 0.75) for m in _ZERO_READ_SLASHED.finditer(line)] + ([
            (m.start(), m.end(), "", 0.75) for m in _BRACKET_BETWEEN_A_COUNT_AND_ITS_UNIT.finditer(line)]
        if ")" in line or "]" in line or "}" in line else []) + ([
            (m.start(), m.end(), "", 0.75) for m in _PERCENT_SPECK_INSIDE_A_COUNT.finditer(line)]
        if "%" in line else []) + ([
            (m.start(), m.end(), "người", 0.7) for m in _ENROLMENT_UNIT_MISREAD.finditer(line)
            if not m.group().startswith(("ng", "lao", "lượt", "học", "sinh"))
            and m.group().lower() not in _COUNT_WORDS_OF_NG
            and Levenshtein.distance(skeleton(m.group().lower()), "nguoi") <= (3 if m.group()[:1] == "n" else 2)] + [
            # (three letters off where its n stands: "Tuyển sinh 2.400 nào." of "neo", real Tesseract-eng on fresh seed
            # 4205, the target lost)
            (m.start(), m.end(), "", 0.75) for m in _STROKE_BEFORE_A_COUNT.finditer(line)] + [
            (m.start(), m.end(), "người", 0.7) for m in _ENROLMENT_UNIT_READ_DAY.finditer(line)]
        if "inh " in line else [])  # (after "Tuyển sinh" only: "sinh", "Sinh")


#: "tổ" of "tổ chức" with its t lost, its ổ the figure a code or scan writes for it ("Đào t?o 6 chirc H9i thi", fresh
#: seed 1132 code004: "6 chức" was kept, and the partner ran on into it), or the B sample 004's code writes for its ổ
#: ("nong hon B chirc cac lap": fresh seeds 5653 and 5695 code004, read "Ba chúc", the partner run on into it); no count
#: of posts ("6 chức danh", "chức vụ")
_ORGANISE_T_LOST = regex.compile(r"(?<=\p{L}[ ]+)[6B](?=[ ]+ch\S{1,3}c(?![\p{L}\d])"
                                 r"(?![ ]+(?:danh|vụ|vu|năng|nang|sắc|sac)(?![\p{L}\d])))")


def fix_organise_t_lost(line: str) -> list[Edit]:
    """``"Đào t?o 6 chirc H9i thi"`` → "tổ chirc" (read before the decoder)."""
    return [(m.start(), m.end(), "tổ", 0.75) for m in _ORGANISE_T_LOST.finditer(line)]


#: a code's space written as an "l" after an agency's head word ("SalNong nghiep", Sở Nông nghiệp: fresh seeds 1163 and
#: 1165 code004, read "Sở lượng nghiệp"), or before it opening a recipients' item ("-lB9 Lao d9ng", Bộ: fresh seed 1104
#: code004, read "lệ"); no Vietnamese word has an l after its vowel
_CODED_SPACE_AS_L = regex.compile(r"(?<=(?<![\p{L}\d])S[a&@6o(][^\s\d]{0,2}?)l(?=\p{Lu}\p{L})"
                                  r"|(?<=(?<![\p{L}\d])[A-Z]{1,3}[\d~@$^&{}])l(?=[A-Z]{2})"  # (in capitals, after a
                                  # word a stand-in ends: "UBND THANH PH6lHAIpH<;>NG", fresh seed 5049 code004, read
                                  # "THÀNH HẢI PHÒNG", the issuer lost)
                                  r"|(?<=(?<![\p{L}\d\\])[A-Z]{2,4})l(?=[A-Z]{2})"  # (or after a word of capitals
                                  # alone: "TINH BAlRIA - vUNG TAU", "TINH PHUlYEN", "SAlLAOn6NG": fresh seeds 6751,
                                  # 6794 and 6748 code004, each issuer lost — no capitals' word has a small l inside)
                                  r"|(?<=^\s*[-–]\s*)l(?=B\S{1,2}[ ]+L)"
                                  r"|(?<=(?<![\p{L}\d])Ngh[^\s\d]{1,2}?)l(?=[dD][^\s\d]{1,2}nh(?![\p{L}\d]))"
                                  r"|(?<=(?<![\p{L}\d])t[^\s\d]{1,2})l(?=th[^\s\d]{1,3}ng[ ]\d)"  # ("tirlthang 5
                                  # dSn": từ tháng, fresh seed 3188 code004, the task's time lost)
                                  r"|(?<=(?<![\p{L}\d])[dDP][oa0][nN][ ]+[vV][ijIJ])l(?=\p{Ll}{4,})"  # (after "đơn
                                  # vị": "Cae co quan, don vilbaoeao kSt qua", fresh seed 5998 code004, the report's
                                  # deadline lost)
                                  r"|(?<=^\s*[-–])\)(?=\p{Lu})"  # (after an item's dash: " -)UBND caC huy~n", fresh
                                  # seed 3943 code004, read "-uống", the recipient lost)
                                  r"|(?<=(?<![\p{L}\d])S[a&@6o])\)(?=\p{Lu}[\p{L}\d])"  # (after a department's
                                  # head: "chu tri:Sa)NQivu.", "ph6i hgp: Sa)N9iv\l;", fresh seeds 13882 and 13954
                                  # code004, left unread, the lead and partner lost)
                                  r"|(?<=\p{Ll}[\p{Ll}\d])(?<!(?<![\p{L}\d])[vV][ijIJ])\)(?=\p{L})")
# (or a bracket between small letters — not inside a task's lead label, whose fixer reads it whole: "- Don vj)ehii
# tni:", fresh seed 14177 code004, read "Đơn vị phối tại", the lead lost — no group's — a code's groups close with ")"
# after a capital only, "I)", "T)": "Va Điu tm)chu tri", fresh seed 1545 code004, read "Đầu tư)chủ trì", the lead
# lost; or before a capital: "KS hoaeM va)D~utm", 5602 code004, the partner lost)
# ("Nghjldjnh s615/2019/ND-CP": Nghị định, fresh seed 1493 code004, the citation lost)
# (the name's next letter a code's capital too: "SalNQiV}", fresh seed 5831 code004, the partner lost)


#: … or ending a word of capitals before a space or the line's end, where it goes ("HUY~N CAMl LFIMl": fresh seed 6903
#: code004, read "CAM LÂM MÀ", the issuer lost) — no syllable ends in l
_CODED_SPACE_AS_L_ENDING_CAPITALS = regex.compile(r"(?<=(?<![\p{L}\d\\])[A-Z]{2,5})l(?=[ ]|$)")


def fix_coded_space_as_l(line: str) -> list[Edit]:
    """``"SalNong nghiep"`` → "Sa Nong nghiep", ``"-lB9 Lao d9ng"`` → "- B9 Lao d9ng", ``"CAMl LFIMl"`` → "CAM LFIM"
    (a code's; before the decoder)."""
    return [(m.start(), m.end(), " ", 0.75) for m in _CODED_SPACE_AS_L.finditer(line)] + [
        (m.start(), m.end(), "", 0.75) for m in _CODED_SPACE_AS_L_ENDING_CAPITALS.finditer(line)]


#: a count's unit "người" ending its clause, parted where its ư was lost or read apart ("Tuyển sinh 1.400 ng oi.",
#: "ngu oi", "ngư ời": fresh seed 599 eng, Tesseract-eng's; the decoder had read "ngờ bị", the target lost)
_COUNT_UNIT_PARTED = regex.compile(r"(?<=(?<![\p{L}\d])\d[\d.,]*(?:[ ]+|-))"
                                   r"(?:ng(?:u|ư|u['’])?[ ]+(?:ư|u)?[oơ]\S?i"
                                   r"|n(?!g?u[oơ]i|g[a-zư]?[oơ]i)[a-zư]{1,4}[oơ][il])"  # (or its g and ư read as
                                   # other letters, one word: "4.200 newoi.", fresh seed 593 eng; "người"'s
                                   r"(?=[ ]*[.;,:]?[ ]*$)")
# plain letters, "nguoi", or its ư alone misread, "ngwoi", are the decoder's; its ư read as two letters and its i as
# l, "2.500 nguwdol.", fresh seed 1231 eng000; a speck's hyphen for the space, a colon for the stop: "3.700-nevol:",
# real Tesseract-eng on fresh seed 863, the target lost)


def fix_count_unit_parted(line: str) -> list[Edit]:
    """``"- Tuyển sinh 1.400 ng oi."`` → "người" (a count's unit, parted or misread: "4.200 newoi."; read before the
    decoder); a hyphen for the space before it goes too (``"3.700-nevol:"`` → "3.700 người:")."""
    return [(m.start() - 1, m.end(), " người", 0.75) if line[m.start() - 1] == "-" else
            (m.start(), m.end(), "người", 0.75) for m in _COUNT_UNIT_PARTED.finditer(line)]


#: "nam" before a year: the word "năm" (no "nam", the south or a man, stands before a year in small letters), or an
#: n…m the decoder read with another mark ("nếm 2024", a code's: fresh seed 1190 code, the title had been lost)
_YEAR_WORD = regex.compile(r"(?<![\p{L}\d])n(?:a|[ếềểễệêắằẳẵặấầẩẫậôốồổỗộ])m(?=[ ]+(?:19|20)\d\d(?![\d/]))")
# (or its ă a code's stand-in read ô: "thành phố Cần Thơ n&m 2024" read "nôm", fresh seed 1514 code, the title lost)


#: … or ending its line, the year opening the next ("… tỉnh Hải Dương nắm" / "2024": vetplan's OCR of fresh seed
#: 1124's scan, the title had kept "nắm")
_YEAR_WORD_ENDING_A_LINE = regex.compile(r"(?<![\p{L}\d])n(?:a|[ếềểễệêắằẳẵặấầẩẫậôốồổỗộ])m(?=[ ]*$)")
_YEAR_OPENING_A_LINE = regex.compile(r"^[ ]*(?:19|20)\d\d(?![\d/])")


#: … its n read l (a code's: "nghi~plam 2018", sample 004's on fresh seed 5589 code004, read "nghiệp làm 2018", the
#: title lost), before a year ending the line
_YEAR_WORD_N_READ_L = regex.compile(r"(?<![\p{L}\d])l[aàâ]m(?=[ ]+(?:19|20)\d\d[ .,;:]*$)"
                                    r"|(?<=(?<![\p{L}\d])\p{Lu}\p{Ll}*[ ])ninh(?=[ ]+(?:19|20)\d\d[ .,;:]*$)"
                                    r"|(?<![\p{L}\d])(?<!(?i:kỷ)[ ])niệm(?=[ ]+(?:19|20)\d\d[ .,;:]*$)"
                                    r"|(?<=\p{L}[ ])n[ôơ](?=[ ]+(?:19|20)\d\d[ .,;:]*$)"  # (its m lost beside a code's
                                    # stand-in: "thị xã Sa Pa n|M 2019", fresh seed 12597 code, read "nô")
                                    r"|(?<![\p{L}\d])năng(?=[ ]+(?:19|20)\d\d[ .,;:]*$)")  # (its m read "ng": "…
# lao động nông thôn năng 2022", vetplan's OCR of fresh seed 3213's scan, the title lost)
# (or its m read "in" after a place's name, the decoder's "ninh": "… thành phố Hội An nain 2023", real Tesseract-eng on
# fresh seed 5211, the title lost — "an ninh", security, is written small; its ă read "ii": "… tỉnh Thanh Hoa niim
# r2020", sample 000's engine on fresh seed 11883 eng000, read "niệm", the title lost — not "kỷ niệm")


def fix_year_word(line: str, after: str = "") -> list[Edit]:
    """``"… huyện Vũ Quang nam 2024"`` → "năm 2024" (the place before it had made the LM read "Quảng nam"); ending the
    line before the year's (``after``): ``"… Hải Dương nắm"`` / "2024" → "năm"; ``"… nghề nghiệp làm 2018"`` → "năm"
    (no "làm" stands before a year ending a line)."""
    out = [(m.start(), m.end(), "năm", 0.9) for m in (*_YEAR_WORD.finditer(line), *_YEAR_WORD_N_READ_L.finditer(line))]
    if after and _YEAR_OPENING_A_LINE.match(after):
        out += [(m.start(), m.end(), "năm", 0.85) for m in _YEAR_WORD_ENDING_A_LINE.finditer(line)]
    return out


def fix_speck_after_a_date_word(line: str, after: str) -> list[Edit]:
    """A speck's stop after "năm" or "ngày" ending the line whose year or date opens the line ``after``: ``"… tỉnh Kiên
    Giang năm."`` / "2022" → "năm" (vetplan's OCR of fresh seed 1596's scan, the title's year lost), ``"… Xã hội trước
    ngày."`` / "25/12/2018. . ." → "ngày" (real Tesseract-eng on fresh seed 2587, the report's deadline lost), or
    before its year ending the line: ``"… Thanh Hóa năm. 2018"``; a sentence that ends there stays."""
    out = [(m.start(1), m.end(1), "" if line[m.end(1):m.end(1) + 1] == " " else " ", 0.8)  # (for the space where it
           for m in _SPECK_BEFORE_A_YEAR_ENDING_THE_LINE.finditer(line)]  # took it: "nông thôn năm:2023", real
    # Tesseract-eng on fresh seed 5278, the title lost)
    m = _SPECK_AFTER_A_DATE_WORD.search(line)
    if m is None or not (_DATE_OPENING_THE_LINE if m[1] == "ngày" else _MONTH_OPENING_A_SPAN if m[1] == "tháng"
                         else _YEAR_OPENING_A_LINE).match(after):
        return out
    return [(m.start(2), m.end(2), "", 0.8)]


#: a span's first month opening a line, its end month after it ("4.dén thang 10/2022." under "… tir thang:": real
#: Tesseract-eng on fresh seed 6508, the task's time lost)
_MONTH_OPENING_A_SPAN = regex.compile(r"\s*(?:[.,:;'‘’`|]+[ ]*)?(?:0?[1-9]|1[0-2])[ .,:;]*(?:đến|den|dén|dến)[ ]")
_SPECK_AFTER_A_DATE_WORD = regex.compile(r"(?<![\p{L}\d])(năm|ngày|(?<=từ[ ])tháng)[ ]?([.,;:'‘’`—–~-])[ ]*$")
# (a dash too: "… huyện Yên Định năm —" / "2017", real Tesseract-eng on fresh seed 3812, the title lost)
#: … or before its year on the line, the year ending it ("tỉnh Thanh Hóa năm. 2018": real Tesseract-eng on fresh seed
#: 2989, the title lost)
_SPECK_BEFORE_A_YEAR_ENDING_THE_LINE = regex.compile(r"(?<=(?<![\p{L}\d])năm)([.,;:'‘’`])"
                                                      r"(?=[ ]*(?:19|20)\d\d[ ]*[.,;]?$)")


#: the year's word in small letters glued after a word's letters and before its year ("huyen Ea H'leonam2021", a code's:
#: fresh seed 603 code004, the title's place had been read "cả Hệ leo"), or the day's before a date ("Xa h9i twacngay
#: 09I12/2017": fresh seed 1218 code004, the report's deadline had been lost, "twacngay" read as no word)
_DATE_WORD_GLUED_AFTER_A_WORD = regex.compile(r"(?<=\p{Ll}['’`]?\p{Ll})(?=nam[ ]?(?:19|20)\d\d(?!\d)"
                                              r"|ngay[ ]?\d{1,2}[ ]?[/Il1|.-][ ]?\d)")


#: a capital V a symbol code wrote as its left stroke, a backslash, opening a word before its vowel ("HUY~N TRAN \\AN
#: THAI", "\\inh Long, ngay": Văn, Vĩnh — sample 004's engine wrote one of its three capital V's so; fresh seeds 652 and
#: 654 code004, the issuer's and the place-date line's places had been lost); not a group's ("\\l", "\\T")
# (or before a digit that stands for its vowel, not a number's: "\\9 Xuan Thuy", Võ — fresh seed 797 code004, the signer
# had been lost)
_V_READ_AS_BACKSLASH = regex.compile(r"(?<![^\s(\-–\"“‘'])\\(?=[aăâeêioôơuưyAĂÂEÊIOÔƠUƯY]|\d(?:[ ,.;:]|\p{L}|$)"
                                     r"|\\l(?:[ ,.;:]|$)|j\p{Ll})")  # (before the group "\l", ũ: "\\l Quang" Vũ
# Quang, fresh seed 3997 code004, the place-date line's place lost; before the code's j for an i with a mark: "\\jnh
# Phuc, ngay", Vĩnh Phúc, fresh seed 4309 code004, read "hạnh Phúc")


#: a capital M a symbol code wrote with a stroke after it, opening a name's word before its vowel ("Mlai Ng9c Thuy":
#: Mai; "Mlinh": Minh — sample 004's engine wrote its capital M as "Ml" or "MT" four times in six; fresh seeds 752 and
#: 756 code004, whose signers had been "Lại")
_M_WITH_A_STROKE = regex.compile(r"(?<![\p{L}\d])M[lT](?P<rest>[aeiouy][a-z]{0,4})(?![\p{L}\d])")


def fix_m_read_with_a_stroke(line: str) -> list[Edit]:
    """``"Mlai Ng9c Thuy"`` → "Mai" where the word without the stroke spells a syllable and with it none."""
    return [(m.start() + 1, m.start() + 2, "", 0.8) for m in _M_WITH_A_STROKE.finditer(line)
            if is_valid_skeleton("m" + m["rest"]) and not is_valid_skeleton(skeleton(m.group(0).lower()))]


def fix_v_read_as_backslash(line: str) -> list[Edit]:
    """``"\\inh Long"`` → "Vinh Long" (a symbol code's; the caller reads it before the place names are read); before
    a small vowel in a word of capitals, that vowel a capital too: ``"HUY~N LAI \\uNG"`` → "VUNG" (fresh seed 16541
    code004, the issuer read "LAI VuNG")."""
    return [(m.start(), m.end() + 1, "V" + line[m.end()].upper(), 0.8) if _SMALL_IN_CAPITALS.match(line, m.end())
            else (m.start(), m.end(), "V", 0.8) for m in _V_READ_AS_BACKSLASH.finditer(line)] + [
        (m.start(), m.end(), " V", 0.75) for m in _V_READ_AS_BACKSLASH_GLUED.finditer(line)]


#: a small letter before the rest of a word in capitals
_SMALL_IN_CAPITALS = regex.compile(r"\p{Ll}(?=\p{Lu}{2,}(?![\p{L}\d]))")
#: … glued after a word in capitals, the space lost, before a capital vowel ("HUY~N BA\\I": BA VÌ, fresh seed 3931
#: code004, read "BỞI", the issuer lost)
_V_READ_AS_BACKSLASH_GLUED = regex.compile(r"(?<=(?<![\p{L}\d])[A-ZĐ]{2,})\\(?=[AĂÂEÊIOÔƠUƯY](?![\p{Ll}\d]))")


def split_date_word_glued_after_a_word(line: str) -> list[tuple[int, float]]:
    """Where a space goes between a word and "nam" glued after it before a year, or "ngay" before a date: ``"huyen Ea
    H'leonam2021"`` → before "nam" (the caller parts them before the fixers and the place names read the line: "H'leo"
    is a name's word), ``"twacngay 09I12/2017"`` → before "ngay" (then "twac" is read alone: trước); the word's last
    letters maybe parted by a code's quote (``"tnw'engay 14/12/2019"``, fresh seed 1451 code004: the deadline lost)."""
    return [(m.start(), 0.8) for m in _DATE_WORD_GLUED_AFTER_A_WORD.finditer(line)]


#: a code's "cho" (its c written e, its h M, as sample 004's engine writes them) glued between "nghề" and a target's
#: count ("Đào tạo ngh~eMo1.850 lao d9ng nong thon": fresh seed 16718 code004, read "nghề Mới.850", the target lost)
_FOR_GLUED_BEFORE_A_COUNT = regex.compile(r"(?<=(?<![\p{L}\d])ngh\S{1,2})[ce][hM]o(?=[1-9]\d{0,2}(?:[.,]\d{3})*[ ])")


def fix_for_glued_before_a_count(line: str) -> list[Edit]:
    """A code's "cho" glued between "nghề" and a count, written out apart: ``"ngh~eMo1.850 lao"`` → "ngh~ cho 1.850
    lao" (read before the decoder, which had read "eMo" alone as "đào")."""
    return [(m.start(), m.end(), " cho ", 0.75) for m in _FOR_GLUED_BEFORE_A_COUNT.finditer(line)]


def split_glued_date_words(line: str) -> list[tuple[int, float]]:
    """Where a space goes between a date's word and its number: ``"ngay 27 thang 12 nam2021"`` → ``[(22, 0.8)]``
    (the header's date had been lost: "nam2021" was read as no word and no number; a code's "th&ng4 den", the month
    read as "tháng" and its 4 dropped); and between a month's number and the year's word glued after it
    (``"thong02n$M 2024"``)."""
    return sorted([(m.end(), 0.8) for m in _GLUED_DATE_WORD.finditer(line)]
                  + [(m.start(), 0.8) for m in _DATE_WORD_GLUED_AFTER_A_NUMBER.finditer(line)]
                  + [(m.start(), 0.8) for m in _MONTH_GLUED_AFTER_FROM.finditer(line)])


#: a span's first month glued to "tháng" and "từ" before it ("tuthang4 dSn thang 5I2017", sample 004's code on another
#: plan, fresh seed 496: the decoder had read "từ tháng", its 4 a stand-in, and the task's time was lost; "từ" as a
#: group and the l of a space: "t\\l'lthang6 dSn", fresh seed 3070 code004)
_MONTH_GLUED_AFTER_FROM = regex.compile(r"(?<=(?<![\p{L}\d])[tT]\S{1,4}th\S{1,3}?ng)"
                                        r"(?=\d{1,2}[ ]*[dđpP]\S{1,3}?n(?![\p{L}\d]))"
                                        r"|(?<=(?<![\p{L}\d])[tT]\S{1,4}th\S{1,3}?ng\d{1,2})"
                                        r"(?=[dđpP]\S{1,3}?n[ ]+th\S{1,3}?ng[ ]?\d)"
                                        r"|(?<=(?<![\p{L}\d])th\S{1,3}?[nl]g)"
                                        r"(?=\d{1,2}[dđpP]\S{1,3}?n[ ]+th\S{1,3}?[nl]g[ ]?\d)"
                                        r"|(?<=(?<![\p{L}\d])th\S{1,3}?[nl]g\d{1,2})"
                                        r"(?=[dđpP]\S{1,3}?n[ ]+th\S{1,3}?[nl]g[ ]?\d)")  # (or glued both sides,
# "từ" apart, its n read l: "u6 thalg4dSn thang 6I2017", sample 004's code on fresh seed 15270 code004, the month lost)
# (… "đến" glued after the number too: "nghiep t(thang4dSn thang 10/2021", fresh seed 4667 code004, "4dSn" read "đến"
# and the month lost)


#: the year's word glued after a month's number ("thong02n$M 2024": a code's), or the month's word after the day's
#: number glued to "ngày" ("ng<;>y01thang 05")
_DATE_WORD_GLUED_AFTER_A_NUMBER = regex.compile(
    r"(?i)(?<=th\S{1,3}?ng[ ]?\d{1,2})(?=n\S{1,3}?m[ ]*(?:19|20)\d\d(?!\d))"
    r"|(?<=(?<![^\W\d_])[nu]g\S{1,3}?y[ ]?\d{1,2})(?=th\S{1,3}?[nr]g(?!\w))")


#: an S Tesseract-eng read as a dollar sign, opening a short word before a Capitalised one ("$6 Lao động": Sở)
_DOLLAR_FOR_S = regex.compile(r"(?<![\w$])\$(?=[\dA-Za-z&¢ơởốồéèêếềõóòôọổ]{1,2}"
                              r"(?:(?:[.:,]?\s+|-|,)\p{Lu}|(?:\s+|[.:]{1,2}\s*)\d{1,5}/(?:\d{4}/)?\p{Lu}))")
# (a comma for the space: "chu tri: $6,Lao dong", real Tesseract-eng on fresh seed 7234, read "$Lao", the lead lost)
# (its ở read as an ampersand: "$& Céng Thuong chi tri", real Tesseract-eng on fresh seed 826, the lead lost; or a cent
# sign: "chi tri: $¢ Lao d6ng", 4509)
# ("$6-Lao", "$6. Lao"; before a document's number: "Thông tư" / "$6 43/2016/TT-BLĐTBXH", số; a speck between:
# "Chỉ thị $6.24/CT-TTg", "$6:.290/KH-SLĐTBXH", a scan's "$õ.24/CT")


#: a word of small letters, then the space before what follows (the "$" for S inside a sentence: "Chỉ thị $6.24")
_AFTER_A_SMALL_WORD = regex.compile(r"\p{Ll}[ ]+$")
#: a word's letters, then the specks a scan put between it and a document's number ("6:.", "6.")
_SPECKS_BEFORE_NUMBER = regex.compile(r"[^\W_]{1,2}([.:]{1,2}\s*|[.:]?\s+)(?=\d{1,5}/)")


#: a pipe between two capitals of one word, no space either side ("THUC H|EN", "G|AI PHAP")
_PIPE_IN_CAPITALS = regex.compile(r"(?<=\p{Lu})\|(?=\p{Lu})")


#: a pipe ending a header's word of capitals ("TINH DONG NA|": NAI), the word with an I a syllable's letters
_PIPE_ENDING_CAPITALS = regex.compile(r"(?<![\p{L}\d|])(\p{Lu}{1,6})\|(?![\p{L}\d|])")


#: the highland names' "Ia" after a place's type word, its I read as a pipe or a 1 ("huyén |a Grai", "huyén 1a grai":
#: real Tesseract-eng on fresh seed 3199 eng000, read "là Giải", the title lost)
_HIGHLAND_IA_READ = regex.compile(r"(?<=(?<![\p{L}\d])(?i:huy\S{1,2}n|x\S|t\S{1,2}nh|qu\S{1,2}n)[ ]+)[|1](?P<a>[aA])"
                                  r"(?=[ ]+\p{L}{2})"
                                  r"|(?<![\p{L}\d])[|1l](?P<a>a)(?=[ ]+\p{Lu}\p{L}{0,5}[,.]?[ ]+(?i:ng\S{1,3}y)[ ]+\d)")
# (in capitals: "HUYEN 1A PA"; or opening the place-date line's place, its I a small l: "la Pa, ngay 12", sample 000's
# engine on fresh seed 4563 eng000, read "là Đã", the place and the issuer lost)


def fix_pipe_read_for_i(line: str, header: bool = False) -> list[Edit]:
    """A capital I inside a word of capitals that an English-model OCR read as a pipe (its straight stroke):
    ``"V. TO CHUC THUC H|EN"`` → "HIEN" (then HIỆN; the word had been parted into "họ ăn"), ``"G|AI PHAP"`` →
    "GIAI". Only between two capitals with no space: a table's column bar ("| STT |") stays. In the header
    (``header``), where no table stands, also ending a word: ``"TINH DONG NA|"`` → "NAI" (the place had been "ĐỒNG
    VÀ")."""
    out = [(m.start(), m.end(), "I" + m["a"], 0.75) for m in _HIGHLAND_IA_READ.finditer(line)] \
        if "a " in line or "A " in line else []
    if "|" not in line:
        return out
    out += [(m.start(), m.end(), "I", 0.8) for m in _PIPE_IN_CAPITALS.finditer(line)]
    if header:
        out += [(m.end(1), m.end(), "I", 0.75) for m in _PIPE_ENDING_CAPITALS.finditer(line)
                if is_valid_skeleton(skeleton(m.group(1).lower()) + "i")]
    return out


#: an h or an n whose stroke an English-model OCR parted into a letter and a brace (sample 000: "sinl} vién" sinh,
#: "r}hiém" nhiệm): "l}" closing a word's letters is h, "r}" opening a word before letters n, and a lone brace after a
#: word's first consonant, before its letters, is the h of ch, ph, th, kh, gh ("Pon vi C}u tri", "P}at trién")
_BRACE_IN_A_LETTER = regex.compile(r"(?P<h>(?<=\p{L})l\}(?![\p{L}\d]))|(?P<n>(?<![\p{L}\d])r\}(?=\p{L}))"
                                   r"|(?P<h2>(?<=(?<![\p{L}\d])[cCpPtTkKgG])\}(?=[^\W\d_]|&[^\W\d_]))"
                                   r"|(?P<gh>(?<=(?<![\p{L}\d])[nN])9\}(?=[iI]))")  # (… after ngh's g read as a 9:
# "nghe n9}iép", sample 000's engine on fresh seed 4744 eng000, read "nề}nếp", the title lost; an á
# read "&" after it: "P}&t trién", sample 000's engine on fresh seed 2257 eng000, the title lost)


#: a brace alone after a word's letters, inside it or closing it: an n's or h's hump read without its stem ("tha}g",
#: "nha}:", fresh seeds 472 and 475 eng000)
_BRACE_AFTER_LETTERS = regex.compile(r"(?<![\p{L}\d])(\p{L}+)(?P<speck>[,.'‘’`]?)\}(\p{L}*)(?![\p{L}\d])")
# (a speck before it: "giéo duc ng,}é nghiép", nghề — sample 000's engine on fresh seed 4507 eng000, the title lost)


def fix_brace_in_a_letter(line: str) -> list[Edit]:
    """An h or an n Tesseract-eng parted into a letter and a brace: ``"sinl} vién"`` → "sinh vién" (it had been read
    "sinh}"), ``"r}hiém vu"`` → "nhiém" (read "ra}nhiệm"), ``"C}u tri"``, ``"P}at trién"`` → "Chu", "Phat" (the lead's
    label and the plan's title had been lost); or a brace alone for its hump after a word's letters, an n where that
    spells a syllable, else an h: ``"dén tha}g 10/2023"`` → "thang" (the task's time had been lost), ``"Noi1 nha}:"``
    → "nhan" (the recipients had been lost); its stem read as a letter before the brace: ``"cé}o"`` → "cho"; where
    none does, it is left (``"a}b"``)."""
    out: list[Edit] = [(m.start(), m.end(), "h" if m.group("h") or m.group("h2") else "gh" if m.group("gh") else "n",
                        0.8) for m in _BRACE_IN_A_LETTER.finditer(line)]
    for m in _TWO_BRACES.finditer(line):  # ("Ti}} uy": the humps of both letters of nh, fresh seed 689 eng000)
        if _clear(m.start(), m.end(), out) and \
                _spells_a_syllable_with(line, m.start(), m.end(), "nh"):
            out.append((m.start(), m.end(), "nh", 0.75))
    for m in _BRACE_AFTER_LETTERS.finditer(line):
        at, end = m.end(1), m.end("speck") + 1  # (the brace and the speck before it)
        if not any(a <= at < b for a, b, *_r in out) and line[end:end + 1] != "}" and (
                letter := next((x for x in "nh" if _spells_a_syllable_with(line, at, end, x)), None)
                or ("n" if m.group(3) in ("g", "h") else None)):  # (before a word's last g or h: its ng or nh, the
            # letters before it maybe misread too, "cd}g" công: fresh seed 1441 eng000, the title lost)
            out.append((at, end, letter, 0.75))
        elif (len(m.group(1)) >= 2 or m.group(1) == "b") and m.group(1)[-1] in _H_STEM_READS and m.group(3) and \
                not any(a <= at < b for a, b, *_r in out) and _spells_a_syllable_with(line, at - 1, end, "h"):
            out.append((at - 1, end, "h", 0.75))  # (or the h's stem read as a letter before it, its hump the
            # brace: "cé}o" cho, sample 000's engine on fresh seed 1930 eng000, the title had kept it; the h opening
            # its word: "phoi b}op véi", 3217 eng000, read "bộ}hợp", the partner lost)
    return out


#: what Tesseract-eng reads an h's stem as before the brace of its hump ("cé}o": cho)
_H_STEM_READS = frozenset("léèêIib")


#: two braces closing a word's letters: an nh's two humps
_TWO_BRACES = regex.compile(r"(?<=(?<![\p{L}\d])\p{L}+)\}\}(?![\p{L}\d])")


#: a word of capitals with a Q inside it, after a capital and before a letter other than U ("XÃ HQI", "LAO PQNG")
_Q_INSIDE_CAPITALS = regex.compile(r"(?<![\p{L}\d])\p{Lu}+Q(?![UuƯư])\p{Lu}+(?![\p{L}\d])")


#: an ộ Tesseract-eng read as its parts, a stroke, its arcs as "c" and ")" and its hat as an "f", inside a word (sample
#: 000: "S Lao gicf)ng", động; the decoder had read "Lao giữ)động", and on another plan "lao dịch)ông", the target lost)
_O_READ_AS_ARCS = regex.compile(r"(?<=\p{L})icf\)(?=\p{L})")


#: a ư whose horn Tesseract-eng read as a colon after its u, inside a word (sample 000: "nhu:ng", những, which the
#: decoder had read "như ông"; on other plans' signatures "Mai Hu:u Ha", Hữu, the signer lost)
_HORN_READ_AS_COLON = regex.compile(r"(?<=\p{L})([uU]):(?=\p{L})")


def fix_horn_read_as_colon(line: str) -> list[Edit]:
    """A ư's horn Tesseract-eng read as a colon: ``"nhu:ng"`` → "nhưng", ``"Hu:u"`` → "Hưu" (the decoder reads on:
    "những", "Hữu"); where the word spells no syllable so it is left."""
    return [(m.start(), m.end(), "ư" if m[1] == "u" else "Ư", 0.75) for m in _HORN_READ_AS_COLON.finditer(line)
            if _spells_a_syllable_with(line, m.start(), m.end(), "u")]


def _spells_a_syllable_with(line: str, start: int, end: int, letters: str) -> bool:
    """Whether the word around ``line[start:end]`` (the letters joined to it both sides) spells a syllable with
    ``letters`` there: ``("dicf)ng", 2, 6, "o")`` → "dong", yes."""
    a, b = start, end
    while a and line[a - 1].isalpha():
        a -= 1
    while b < len(line) and line[b].isalpha():
        b += 1
    return is_valid_skeleton(skeleton((line[a:start] + letters + line[end:b]).lower()))


#: a capital T Tesseract-eng read as a bracket, a t and a j, glued to a word's letters (sample 000's table:
#: "(tjrl:;a}"; on other plans "- (tjhuong tryc HPND", Thường, fresh seed 565 eng000: the recipient had kept it; in a
#: word of capitals too, "(tjINH KHANH HOA", fresh seeds 613 and 626 eng000: the issuer had kept the bracket)
_T_READ_AS_BRACKET = regex.compile(r"(?<![\p{L}\d])\(tj(?=\p{Ll}{2}|[\p{Lu}l](?:\p{Lu}|-\p{Lu}))(?![^\s)]*\))"
                                   r"|(?<=\p{Lu})\(tj(?=\p{Lu}{2}|g?(?![\p{L}\d)]))")
# (a code's first T before its second and its hyphen: "43/2016/(tjT-BLPTBXH", fresh seed 600 eng000; or the last of an
# abbreviation's capitals, "các PC(tj UBND", "2239/QP-T(tjg", fresh seeds 1110 and 1082 eng000: the recipient and the
# legal basis had been lost; or inside them, "KH-SLD(tjBXH", fresh seed 1192 eng000; before capitals whose I is read
# small, "ll. CHI (tjlEU", fresh seed 1930 eng000: the targets' heading lost, and its targets)


def fix_t_read_as_bracket(line: str) -> list[Edit]:
    """``"- (tjhuong tryc HPND tinh;"`` → "Thuong", ``"(tjINH KHANH HOA"`` → "TINH"; a bracket that closes in its word
    is left."""
    return [(m.start(), m.end(), "T", 0.75) for m in _T_READ_AS_BRACKET.finditer(line)] + [
        (m.start(), m.end(), "Th", 0.75) for m in _T_AS_BRACKET_H_AS_BRACE.finditer(line)]


#: … its h after it read as a brace ("(tj}ue héién Nghi dinh": Thực hiện, sample 000's engine on fresh seed 4111
#: eng000, the title run into the preamble)
_T_AS_BRACKET_H_AS_BRACE = regex.compile(r"(?<![\p{L}\d])\(tj\}(?=\p{Ll})")


def fix_o_read_as_arcs(line: str) -> list[Edit]:
    """An ộ Tesseract-eng read as "icf)" inside a word: ``"lao dicf)ng"`` → "lao dộng" (the decoder reads it on:
    "động"); where the word with ộ spells no syllable it is left."""
    return [(m.start(), m.end(), "ộ", 0.75) for m in _O_READ_AS_ARCS.finditer(line)
            if _spells_a_syllable_with(line, m.start(), m.end(), "o")]


def fix_q_read_for_o(line: str) -> list[Edit]:
    """A capital O with a mark under it (Ọ, Ộ) that an English-model OCR read as a Q, whose tail the mark makes: ``"VA
    XA HQI"`` → "HOI" (then HỘI), ``"SO LAO PQNG"`` → "PONG" (ĐỘNG; sample 000's "CHE PQ BAO CAO" was ĐỘ). Only inside
    a word of capitals, before no U, where the word with an O spells a syllable (its P or B maybe a Đ): a Vietnamese Q
    opens its word before a U ("QUẬN"), and an abbreviation's ("MTTQ", "BCHQS") spells none."""
    out: list[Edit] = []
    for m in _Q_INSIDE_CAPITALS.finditer(line) if "Q" in line else ():
        word = m.group(0).lower().replace("q", "o")
        if is_valid_skeleton(word) or (word[0] in "pb" and is_valid_skeleton("d" + word[1:])):
            at = m.start() + m.group(0).index("Q")
            out.append((at, at + 1, "O", 0.75))
    return out


#: a lead sentence's head word "Sở" read as figures opening its line ("50 Lao dong - Thuong binh.va Xa hoi chu tri,
#: phoi hop voi": real Tesseract-eng on fresh seed 3313, the task lost): a Capitalised name after it, "chủ trì" later on
_AGENCY_HEAD_AS_FIGURES = regex.compile(r"^(\s*)(?:50|S0|5o|S06|S6\d|[$S]90?)"
                                        r"(?=[ ]+\p{Lu}\p{Ll}+[ ][^\d]*?(?i:ch\S{0,2}[ ]?tr))")
# (a speck's figure after its S6: "S68 Gido duc va Dao tao chiitri,", real Tesseract-eng on fresh seed 8677, the lead
# lost; its S a dollar, its ở "90": "$90 Lao dong - Thuong binh via Xa hoi chu tri,phoi hop", 12703, the task lost)
# (its ở read "06": "S06 Lao dong - Thuong binh va Xa hdi chu tri", real Tesseract-eng on fresh seed 6821, the task
# lost)


def fix_agency_head_as_figures(line: str) -> list[Edit]:
    """``"50 Lao dong - Thuong binh va Xa hoi chu tri, phoi hop"`` → "Sở Lao dong" (a line rewrite before the decoder);
    a count opening a line ("50 Lao động được đào tạo") has no lead verb after it."""
    return [(m.end(1), m.end(), "Sở", 0.75) for m in _AGENCY_HEAD_AS_FIGURES.finditer(line)] + [
        (m.start(), m.end(), "Sở", 0.75) for m in _AGENCY_HEAD_AS_FIGURES_AFTER_WITH.finditer(line)]


#: … or after "với" before the partner's Capitalised name ("phdi hop vai 56 Gido duc va Dao tao": real Tesseract-eng on
#: fresh seed 6074, read "vài 56 Giáo dục", the partner lost) — a count there goes before small words
_AGENCY_HEAD_AS_FIGURES_AFTER_WITH = regex.compile(r"(?<=(?<![\p{L}\d])v\S{1,2}i[ ])[‘’'`]?(?:5[06o]|83)"
                                                   r"(?=[ ]\p{Lu}\p{Ll}+[ ]\p{Ll})")
# (or "83", a quote's speck before it: "phoi hop voi ‘83 Noi vu", real Tesseract-eng on fresh seed 11413, the partner
# read "83 Nội vụ")


#: the comma a speck made of the space after the "$"'s short word before a Capitalised name (group 1)
_COMMA_AFTER_A_DOLLARS_WORD = regex.compile(r"\S{1,2}(,)(?=\p{Lu})")


#: a speck read as a degree sign glued between a figure and a small word ("tt thang 3°den thang 11/2017": real
#: Tesseract-eng on fresh seed 9290, read "từ tháng đến", the task's time lost) — "30°C" has a capital after it
_DEGREE_SPECK_AFTER_A_FIGURE = regex.compile(r"(?<=\d)°(?=\p{Ll})")


#: … or a quote's, an r maybe before it, between "cho" and a target's count ("Đào tạo nghề chor'550 lạo động":
#: vetplan's OCR of fresh seed 7470's scan, the count dropped with the token and the target lost); or a stop, a
#: hyphen for the space after the count ("cho.650-ao dong nong thon": real Tesseract-eng on fresh seed 12675, the target
#: lost: _COUNT_UNIT_L_LOST_AFTER_A_HYPHEN reads the rest)
_SPECK_BETWEEN_FOR_AND_A_COUNT = regex.compile(r"(?<=(?<![\p{L}\d])cho)(?:r?['‘’`°]|\.)"
                                               r"(?=[1-9]\d{0,2}(?:[.,]\d{3})*[ -])")
#: … and the unit's l lost with the space before it, a hyphen there ("650-ao dong")
_COUNT_UNIT_L_LOST_AFTER_A_HYPHEN = regex.compile(r"(?<=(?<![\p{L}\d])cho[ .]?[1-9]\d{0,2}(?:[.,]\d{3})*)-(?=ao[ ]d)")


def fix_degree_speck_after_a_figure(line: str) -> list[Edit]:
    """``"tháng 3°den tháng 11/2017"`` → "3 den" (a speck where the space was, put back before the decoder reads the
    words); "30°C" stays."""
    return [(m.start(), m.end(), " ", 0.8) for m in _DEGREE_SPECK_AFTER_A_FIGURE.finditer(line)]


def fix_speck_between_for_and_a_count(line: str) -> list[Edit]:
    """``"nghề chor'550 lạo động"`` → "cho 550" (a speck where the space was, put back before the decoder reads the
    words: it had read "chor'550" as "cho" and dropped the count); "cho 550" stays."""
    return [(m.start(), m.end(), " ", 0.75) for m in _SPECK_BETWEEN_FOR_AND_A_COUNT.finditer(line)] + [
        (m.start(), m.end(), " l", 0.75) for m in _COUNT_UNIT_L_LOST_AFTER_A_HYPHEN.finditer(line)]


#: a word's last g read as a 9 after its n ("Sa Con9 Thuong", "Thuon9 truc": sample 000's engine on fresh seeds 13329
#: and 13156 eng000, the first read "Xã Con Thường", the lead lost) — no figure ends a word of letters there
_NINE_FOR_G_AFTER_N = regex.compile(r"(?<=(?<![\p{L}\d])\p{L}{0,4}[aeiouyAEIOUYơôâăưƠÔÂĂƯ]n)9(?=[ ,.;:]|$)")


def fix_nine_read_for_g(line: str) -> list[Edit]:
    """``"Sa Con9 Thuong."`` → "Sa Cong Thuong" (Tesseract-eng's 9 for a word's last g after n, put back before the
    decoder reads the words); a figure after letters of no word, or before more figures, is left."""
    return [(m.start(), m.end(), "g", 0.8) for m in _NINE_FOR_G_AFTER_N.finditer(line)]


def fix_dollar_read_for_s(line: str) -> list[Edit]:
    """The S of a short word Tesseract-eng read as "$": ``"$6 Thông tin và Truyền thông chủ trì"`` → "S6 …" (then read
    as Sở; its vowel read "é" too: "$é Lao dong", fresh seed 999 eng); an amount ("$6 million", "$60") is left."""
    if "$" not in line:
        return []
    out: list[Edit] = []
    for m in _DOLLAR_FOR_S.finditer(line):
        # "số" before a document's number small inside a sentence ("Chỉ thị $6.24/CT-TTg"; "với $6 Nội vụ" is Sở), and
        # the specks before the number a space ("$6:.290/KH": "S6: 290/KH", whose number had been lost)
        number = _SPECKS_BEFORE_NUMBER.match(line, m.end())
        small = number is not None and _AFTER_A_SMALL_WORD.search(line, 0, m.start()) is not None
        out.append((m.start(), m.end(), "s" if small else "S", 0.8))
        if number is None and (c := _COMMA_AFTER_A_DOLLARS_WORD.match(line, m.end())) is not None:  # ("$6,Lao")
            out.append((c.start(1), c.end(1), " ", 0.8))
        if number is not None and number.group(1).strip(" "):
            out.append((number.start(1), number.end(1), ": " if ":" in number.group(1) else " ", 0.8))
    return out


#: a percentage's decimal comma a scan read as a semicolon or colon ("đạt 79;3%")
_DECIMAL_READ_AS_SEMICOLON = regex.compile(r"(?<=\d)[;:](?=\d{1,2}[°º˚]?\s*%)"  # (a speck's degree sign after it:
                                           # "đạt 68:0°%", real Tesseract-eng on fresh seed 7035, the target lost)
                                           r"|(?<=(?<![\d,.(])\d{1,2})[)(](?=\d\s*%)")  # (or
# as a bracket between a rate's figures: "đạt 72)1%", real Tesseract-eng on fresh seed 2715, the target lost)
#: a speck a scan read between a percentage's figures and its sign ("đạt 67,8°%")
_SPECK_BEFORE_PERCENT = regex.compile(r"(?<=\d)[°º˚](?=\s*%)")
#: the space after a percentage's decimal comma ("đạt 72, 7%"; not after a year: "năm 2020, 7% …")
_DECIMAL_COMMA_SPACED = regex.compile(r"(?<=(?<![\d.,])\d{1,3},)(?:[‘’'`][ ]?|\s+)(?=\d{1,2}\s*%)")  # (a speck's
# quote: "dat 70,‘ 2%.", sample 000's engine on fresh seed 6820 eng000, the target lost)
#: … or before it, after a rate's verb ("đạt 63  ,6%", fresh seed 592 eng000: the target had been lost)
_SPACED_BEFORE_DECIMAL_COMMA = regex.compile(r"(?<=(?<![\p{L}\d])\p{L}+[ ]\d{1,3})[ ]{1,2}(?=,\d{1,2}[ ]?%)")


#: a percentage's sign read as a double quote after its decimal figures, at a clause's end ("đạt 79,3",")
_PERCENT_AS_QUOTE = regex.compile(r'(?<=(?<![\d,]|\d[.])\d{1,3},\d{1,2})["”“]{1,2}5?(?=[ ]*[.,;]?[ ]*$|[ ]*[.,;][ ])')
# (its lower ring read as a 5 after it: "đạt.75,0"5.", real Tesseract-eng on fresh seed 8020, the target lost)
#: a speck's stop for the space between a rate's verb and its figures ("đạt.75,0%": real Tesseract-eng on fresh seed
#: 8020, the target lost)
_STOP_AFTER_THE_RATES_VERB = regex.compile(r"(?<=(?<![\p{L}\d])(?i:đạt|dat|đat|dạt))\.(?=\d{1,3}(?:,\d{1,2})?[ ]?"
                                           r"[%\"”“])")


def fix_percent_read_as_quote(line: str) -> list[Edit]:
    """A percentage's sign that a scan read as a double quote after its decimal figures: ``"- Tỷ lệ lao động qua đào
    tạo đạt 79,3","`` → "79,3%" (the target had been lost); a quote after a whole number, or before words, stays."""
    return [(m.start(), m.end(), "%", 0.75) for m in _PERCENT_AS_QUOTE.finditer(line)] + [
        (m.start(), m.end(), " ", 0.75) for m in _STOP_AFTER_THE_RATES_VERB.finditer(line)]


#: a rate's sign read as a degree sign, ending its clause ("dat 61,0°": real Tesseract-eng on fresh seed 863, the target
#: lost) — no temperature is a plan's target
_PERCENT_AS_DEGREE = regex.compile(r"(?<=(?<![\p{L}\d])(?i:đạt|dat|đat|dạt)[ ]+\d{1,3}(?:[,.]\d{1,2})?)[ ]?"
                                   r"(?:[°º˚]o?|»)"
                                   r"(?=[ ]*[.;,]?[ ]*$)")  # (its lower ring an o: "dat 59,8°o,", fresh seed 866; a
# guillemet for it: "dat 60,9».", real Tesseract-eng on fresh seed 4632, the target lost)
#: a rate's sign read with a 9 before it, a second decimal no plan writes ("đạt 73,99%": vetplan's OCR of fresh seeds
#: 2925, 2950 and 2958's scans, each target lost — four of sixty scans; a plan writes a rate with one decimal)
_NINE_BEFORE_THE_RATES_SIGN = regex.compile(r"(?<=(?<![\p{L}\d])(?i:đạt|dat|đat|dạt)[ ]+\d{1,2},\d)9(?=[ ]?%)")
#: … its decimal comma read as a stop besides ("dat 73.0°o,": real Tesseract-eng on fresh seed 4608, the target lost)
_DECIMAL_STOP_BEFORE_A_DEGREE = regex.compile(r"(?<=(?<![\p{L}\d])(?i:đạt|dat|đat|dạt)[ ]+\d{1,3})\.(?=\d{1,2}[ ]?"
                                              r"(?:[°º˚]o?|»)[ ]*[.;,]?[ ]*$)")
#: a speck read as a capital glued before a count after "cho" or "sinh" ("Dao tao nghé cho P1.600 lao dong": sample
#: 000's engine on fresh seed 4939 eng000, read "Đi.600", the target lost); no count opens with a letter
_LETTER_BEFORE_COUNT = regex.compile(r"(?<=(?<![\p{L}\d])(?:cho|sinh)[ ]+)[A-Z](?=\d{1,3}(?:[.,]\d{3})+[ ]+\p{Ll})")
#: a rate's decimal figure read as the letter of its shape ("đạt 78,B%": vetplan's OCR of fresh seed 2126's scan, the
#: target lost): no rate writes a letter there
_RATE_DECIMAL_AS_LETTER = regex.compile(r"(?<=(?<![\d.,])\d{1,3},)[BOoIlS](?=[ ]?%)")
#: … its comma read as a semicolon or colon too, a space after it ("dat 61; B%.": real Tesseract-eng on fresh seed 3438,
#: read "61; Bộ%", the target lost)
_RATE_DECIMAL_AS_LETTER_AFTER_A_SPECK = regex.compile(r"(?<=(?<![\d.,])\d{1,3})[;:,][ ]?([BOoIlS])(?=[ ]?%)")
_DIGIT_OF_ITS_SHAPE = {"B": "8", "O": "0", "o": "0", "I": "1", "l": "1", "S": "5"}
#: a letter a speck was read as, glued before a rate after its verb ("dat P64,9%", fresh seed 1151 eng000: the target
#: had been lost); no rate opens with a letter
_LETTER_BEFORE_RATE = regex.compile(r"(?<=(?<![\p{L}\d])(?i:đạt|dat|đat|dạt|dal)[ ]+)[A-Za-z]"
                                    r"(?=\d{1,3}(?:,\d{1,2})?[ ]?%)")


def fix_decimal_comma(line: str) -> list[Edit]:
    """A percentage's decimal comma read as a semicolon, a colon or a bracket: ``"đạt 79;3%"``, ``"đạt 72)1%"`` →
    "79,3%", "72,1%" (the target had been lost); a space a scan put after it goes: ``"đạt 72, 7%"`` → "72,7%" (the
    target had been 7%), or before it (``"đạt 63  ,6%"``), a speck before the sign: ``"đạt 67,8°%"`` → "67,8%", or a
    letter before the rate: ``"đạt P64,9%"``; the sign read as a degree sign: ``"dat 61,0°"`` → "61,0%" (its comma a
    stop besides: ``"dat 73.0°o,"`` → "73,0%,") or a guillemet: ``"dat 60,9»."`` → "60,9%"."""
    return [(m.start(), m.end(), ",", 0.8) for m in (*_DECIMAL_READ_AS_SEMICOLON.finditer(line),
                                                    *_DECIMAL_STOP_BEFORE_A_DEGREE.finditer(line))] + \
        [(m.start(), m.end(), "", 0.75) for m in (*_DECIMAL_COMMA_SPACED.finditer(line),
                                                 *_SPACED_BEFORE_DECIMAL_COMMA.finditer(line),
                                                 *_SPECK_BEFORE_PERCENT.finditer(line),
                                                 *_NINE_BEFORE_THE_RATES_SIGN.finditer(line),
                                                 *_LETTER_BEFORE_RATE.finditer(line),
                                                 *_LETTER_BEFORE_COUNT.finditer(line))] + \
        [(m.start(), m.end(), "%", 0.75) for m in _PERCENT_AS_DEGREE.finditer(line)] + \
        [(m.start(), m.end(), _DIGIT_OF_ITS_SHAPE[m.group()], 0.75) for m in _RATE_DECIMAL_AS_LETTER.finditer(line)] + \
        [(m.start(), m.end(), "," + _DIGIT_OF_ITS_SHAPE[m[1]], 0.75)
         for m in _RATE_DECIMAL_AS_LETTER_AFTER_A_SPECK.finditer(line)]


#: a rate's figures after its verb on a line that names a rate ("tỷ lệ … đạt 78,39,"): a whole number and two or three
#: decimals, no sign after them, at the clause's end (or the sign read as a figure and an o: "đạt 64,09o.")
_RATE_WITHOUT_SIGN = regex.compile(r"(?<=(?i:đạt|dat|đat|dạt|là|khoảng|trên|dưới)(?:[ ]+|-))"  # (a speck's hyphen for
                                   # the space: "đạt-66,495.", vetplan's OCR of fresh seed 2900's scan; the verb
                                   # unmarked too: a Tesseract-eng rate, "dat 77,45.", fresh seed 657 eng)
                                   r"(\d{1,2})[,.;](\d)(\d{1,2}|\d[oòóỏõọ])(?=[.,;]?[ ]*\S?$|[.,;][ ])")  # (its comma
# read as a semicolon too: "đạt 61;60.", vetplan's OCR of fresh seed 2939's scan)
# (its decimal comma read as a stop too: "đạt 77.594.", fresh seed 722 scan — no count stands after a rate's verb)
#: "tỷ lệ" (or "tỉ lệ") as Vietnamese OCR may leave its marks: the line is about a rate
_RATE_WORDS = regex.compile(r"(?i)(?<![\p{L}\d])t[ỷỉyýÿv][ ]+l[ệêeé](?![\p{L}\d])")  # (an underscore's speck glued
# before it, no word's edge for \b: "-_Tỷ lệ lao động: qua đào tạo đạt 70,594,", vetplan's OCR of fresh seed 2787's
# scan, the target lost; its ỷ read V: "- TV lệ lao động … đạt 75,495.", 4306's, the target lost)


def fix_percent_read_as_figures(line: str) -> list[Edit]:
    """A rate's percent sign that Vietnamese OCR read as one or two more figures (its circles and stroke a "9", "90",
    "94", "55", or a figure and an o, "9o"): ``"Tỷ lệ lao động qua đào tạo đạt 78,39,"`` → "78,3%", ``"đạt 60,755."`` →
    "60,7%.", ``"đạt 64,09o."`` → "64,0%.", ``"đạt 77.594."`` → "77,5%." (a plan writes a rate with one decimal at
    most; the target had been lost).
    Only on a line that names a rate, after its verb, where no sign follows; a rate written with its sign stays ("đạt
    71,29%")."""
    if "%" in line or not _RATE_WORDS.search(line):
        return []
    return [(m.start(), m.end(), f"{m.group(1)},{m.group(2)}%", 0.7) for m in _RATE_WITHOUT_SIGN.finditer(line)]


#: "VÀ XÃ HỘI" in capitals with a space lost (the end of "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI" on a header's line of
#: its own: "VAXAHOI", three words run together, is no token the decoder reads; "vA XAHOI")
_AND_SOCIAL_AFFAIRS_GLUED = regex.compile(r"(?<![\p{L}\d])[Vv][AÀ]([ ]?)X[AÃ]([ ]?)H[OỘÔ0Q][IL1l|](?![\p{L}\d])")


#: … its last letter lost at the line's end ("VA XA HO": the issuer had ended "VÀ XÃ HỒ", fresh seed 1178 eng), or its H
#: misread
_AND_SOCIAL_AFFAIRS_CUT = regex.compile(r"(?<![\p{L}\d])[Vv][AÀ][ ]?X[AÃ][ ]?H[OỘÔ0Q]\s*$"
                                        # (or its H read as an I: "VA XA IOI", fresh seed 1194 eng)
                                        r"|(?<![\p{L}\d])[Vv][AÀ][ ]?X[AÃ][ ]?[Il1|][OỘÔ0Q][IL1l|](?![\p{L}\d])"
                                        # (or its À read as an I: "VI XA HQ1", sample 000's engine on fresh seed 1543
                                        # eng000, read "VI XÃ HỘI": the header unread, six fields lost)
                                        r"|(?<![\p{L}\d])V[IÍÌ1l|][ ]X[AÃ][ ]H[OỘÔ0Q][IL1l|](?![\p{L}\d])")


def fix_and_social_affairs(line: str) -> list[Edit]:
    """``"VAXAHOI"`` → "VÀ XÃ HỘI" (the issuer's name had ended "VAXAHOI"; "VA XAHOL", its I read as an L; "VA XA HO",
    its I lost at the line's end); written with its spaces it is left to the decoder."""
    out = [(m.start(), m.end(), "VÀ XÃ HỘI", 0.85) for m in _AND_SOCIAL_AFFAIRS_GLUED.finditer(line)
           if not (m.group(1) and m.group(2))]
    return out + [(m.start(), m.start() + len(m.group().rstrip()), "VÀ XÃ HỘI", 0.8)
                  for m in _AND_SOCIAL_AFFAIRS_CUT.finditer(line)]


#: the department's name's last words opening their line in any case ("và Xã hội", read so from a code's small letters)
_AND_SOCIAL_AFFAIRS_LINE = regex.compile(r"^(\s*)((?i:và[ ]+xã[ ]+)\p{L}{2,4})(?![\p{L}\d])")  # (its last word
# misread: "vA XAla6I" read "và Xã lai", fresh seed 12021 code004, the issuer lost)


#: … or its three words read as others, a v-word, a short word and an h-word alone on the line ("Vũ Bá Hội": a code's
#: "vA X? H6I", fresh seed 12825 code004, the issuer lost)
_AND_SOCIAL_AFFAIRS_WORDS_MISREAD = regex.compile(r"^(\s*)([Vv]\p{L}{1,2}[ ]+\p{L}{1,3}[ ]+[Hh]\p{L}{1,3})(?=\s*$)")


def fix_and_social_affairs_line(line: str, line_before: str) -> list[Edit]:
    """The labour department's name's last line in a header, "VÀ XÃ HỘI", in capitals as the line before it is ("SỞ LAO
    ĐỘNG - THƯƠNG BINH" / ``"và Xã hội"`` → "VÀ XÃ HỘI": a code's small letters, "vA X?a9I", fresh seeds 2364 and 2386
    code004, the issuer had lost it), the motto maybe beside the line before; read after the decoder; a sentence's words
    after any other line stay."""
    m = _AND_SOCIAL_AFFAIRS_LINE.match(line) or _AND_SOCIAL_AFFAIRS_WORDS_MISREAD.match(line)
    if m is None or "THƯƠNG BINH" not in line_before or m.group(2) == "VÀ XÃ HỘI":  # (the motto may follow it)
        return []
    return [(m.start(2), m.end(2), "VÀ XÃ HỘI", 0.8)]


#: "LAO ĐỘNG" in capitals with its space lost before a dash ("SO LAODONG - THUONG BINH", a code's "LAODCNG", its Ộ a
#: capital stand-in): no token the decoder reads as two words
#: (its department's or ministry's head word before it read with it: the decoder would see no word after that)
_LABOUR_GLUED = regex.compile(r"(?<![\p{L}\d])(?:(?P<head>[SB][^\s\-–]{1,2}?)[ ]*)?L[AÀ]O[DĐP][^\s\-–]{1,3}NG"
                              r"(?=\s*[-–])"
                              # (or the head glued to "LAO": "SOLAO ĐỘNG - THƯƠNG BINH")
                              r"|(?<![\p{L}\d])(?P<head>[SB])[OỞƠỘÔ0]LAO[ ]+[DĐP][^\s\-–]{1,3}NG(?=\s*[-–])")
# (all three words glued: a code's "SOLAODONG - THo~NG BINH", fresh seed 12929 code, whose issuer had kept it)


#: the department of labour's name in a header's capitals however a scan or a code wrote its letters: "S' LAO D6NG -
#: THFGNG BINH", "SO-LAO DONG - THUONG BINH", "SA LAO D9NG- THRONGBINH", "SO LAO PQNG - THUGNG BINH"; its head S or B
#: and a stand-in or two, LAO, Đ…NG, TH…NG and BINH, spaces maybe lost
_LABOUR_IN_CAPITALS = regex.compile(r"(?:(?<=^\s*)[-–~_](?=[SB§$]))?(?<![\p{L}\d])(?P<head>[SB§$][^\s\-–]{0,2})"
                                    r"[ ]*[-–]?[ ]*LAO[ ]*(?:[DĐP][^\s\-–]{1,3}|[^\s\-–]{2})"  # (a code's stand-in
                                    # for its Đ, its space lost: "SAlLAOn6NG - TH,RANG BINH", fresh seed 6748 code004)
                                    r"N[Gg][‘’'`]?[ ]*[-–,][ ]*"
                                    r"TH[^\s\p{Ll}]{1,5}N[Gg][‘’'`]?[ ]*B[I|l1]?NH"
                                    r"(?![\p{L}\d])")
# (a code's head with a small letter, glued: "SoLAOD}NG - TH$<;>NG BINH", fresh seed 893 code; its ƯƠ a group and a
# letter, "SALAO ĐONG - TH\L'IONG BINH", fresh seed 906 code004: each issuer's SỞ had been read "SỐ"; THƯƠNG's G read
# small, "SD LAO PQNG - THR¢Ng BNH", fresh seed 1047 eng000)
# (its S read as a section sign, a speck's dash glued before it: "-§0 LAO DONG - THUONG BINH", real Tesseract-eng on
# fresh seed 1447, read "-sở LAO ĐỘNG" and kept in the issuer)
# (a quote speck before BINH: "SD LAO PQNG - THADNG‘ BINH", fresh seed 469 eng000; after ĐỘNG, its I a bar: "SD LAO
# DQNG‘ - THURONG B|NH", fresh seed 501 eng000, or lost: "THU¢NG BNH", fresh seed 644 eng000; ĐỘNG's G read small,
# "SD LAO PQNg - THIIDNG BINH", fresh seed 2648 eng000)


def restore_labour_department_in_capitals(line: str) -> list[Edit]:
    """The department of labour's name in capitals, the issuer of most vocational-education plans, written right
    however its letters came out: ``"S' LAO D6NG - THFGNG BINH"`` → "SỞ LAO ĐỘNG - THƯƠNG BINH" (the issuer had been
    "SẼ' LAO ĐỘNG - THFGNG BINH"), ``"SO LAO PQNG - THUGNG BINH"`` (Tesseract-eng's Đ and Ộ as P and Q), "BO …" (BỘ).
    Only in capitals, its words all there: a sentence's "Sở Lao động" is the decoder's."""
    return [(m.start(), m.end(), ("BỘ" if m.group("head")[0] == "B" else "SỞ") + " LAO ĐỘNG - THƯƠNG BINH", 0.85)
            for m in _LABOUR_IN_CAPITALS.finditer(line) if m.group(0) != "SỞ LAO ĐỘNG - THƯƠNG BINH"]


#: specks where the labour department's name has its dash ("Sở Lao động,=.Thương binh": the lead had been cut in two)
_LABOUR_DASH_SPECKS = regex.compile(r"(?<=(?<![\p{L}\d])Lao[ ]\S{3,6})(?:[ ]*[,.=_:;'‘’`~*]{1,3}[ ]*|[ ]*[,.=_:;'‘’`~]"
                                    r"{0,2}[-–][,.=_:;'‘’`~]{1,2}[ ]*|[ ]+[,.=_:;'‘’`~]{1,2}[-–][ ]+)"
                                    r"(?=Th\S{2,5}[ ]+b\S{2,3}(?:[ ]+v|[ ]*$))")
# (or before the dash alone, the name going on on the next line: "về Phòng. Lao dong ~- Thuong binh" / "va Xa hoi
# truoc ngay 23/12/2020.", real Tesseract-eng on fresh seed 3568, the report's deadline lost)
# (an asterisk, read after the decoder: "Sở Lao động * Thương binh", real Tesseract-eng on fresh seed 3789, whose "Lad
# dong * Phuong binh" the fixers before the decoder did not know; the lead lost)


def fix_labour_dash_specks(line: str) -> list[Edit]:
    """Specks for the dash of "Lao động - Thương binh và Xã hội": ``"Sở Lao động,=.Thương binh và"`` → "Lao động -
    Thương binh"; a dash with specks beside it too ("động.-.Thương")."""
    return [(m.start(), m.end(), " - ", 0.8) for m in _LABOUR_DASH_SPECKS.finditer(line)]


def fix_labour_glued(line: str) -> list[Edit]:
    """``"SO LAODCNG - THU@NG BINH"`` → "SỞ LAO ĐỘNG" (the issuer's department had been "SẼ LAODCNG"; "BO": BỘ), and
    the head glued to it: ``"SOLAO ĐỘNG - THƯƠNG BINH"``; written with its spaces it is left to the decoder."""
    heads = {"S": "SỞ ", "B": "BỘ "}
    return [(m.start(), m.end(), heads.get((m.group("head") or " ")[0], "") + "LAO ĐỘNG", 0.85)
            for m in _LABOUR_GLUED.finditer(line)]


#: "UBND" glued to the place type after it in capitals, its space lost ("UBNDTINH QUANG NAM", a code's "UBNDTUNH")
_COMMITTEE_GLUED = regex.compile(r"(?<![\p{L}\d])UBND(-?)(?=(?:T\S{1,3}NH|HUY\S{1,3}N|QU\S{1,2}N|TH\S{1,3}[ ]X\S{1,2}"
                                 r"|TP|TH\S{1,3}NH[ ]PH\S{1,2})(?:\s|$)"
                                 r"|T[^\sN]NH(?=\p{Lu}{3}))")  # (the place glued after the type too, a code's:
# "UBNDTINHHAI D\L'IANG", fresh seed 10178 code004, the issuer lost — split_glued_place_type parts the type from it)


#: specks a scan read between the header's words in capitals: before the committee's "NHÂN DÂN" ("UY BAN :‘NHAN DAN":
#: real Tesseract-eng on fresh seed 3541, the issuer read with them), or an underscore for the space between two words
#: ("UBND TINH_NGHE AN": 3595, the issuer read "TỈNH_NGHỆ")
_SPECKS_BETWEEN_HEADER_CAPITALS = regex.compile(r"(?<=(?<![\p{L}\d])[UỦ][YỶ][ ]+B\S{1,2}N[ ]*)[:;.,'‘’`_|~\-]{1,3}"
                                                r"(?=NH\S{1,2}N[ ]+D\S{1,2}N(?![\p{L}\d]))"  # (glued, a hyphen
                                                # too: "ỦY BẢN.-NHÂN DÂN", vetplan's OCR of fresh seed 3269's scan, the
                                                # issuer read with them)
                                                r"|(?<=\p{Lu}{2})_(?=\p{Lu}{2})"
                                                r"|(?<=(?<![\p{L}\d])(?:HUY\S{1,2}N|T\S{1,2}NH|QU\S{1,2}N))[:;][-.,]?"
                                                r"(?=[ ]\p{Lu}{2})"  # (after the type word: "HUYEN:- BAK SONG",
                                                # real Tesseract-eng on fresh seed 5954, the issuer read with it)
                                                r"|(?<=\p{Lu}{2})[\"“”‘’'`)\]]+(?=[ ]+\p{Lu})"  # (a bracket too:
                                                # "UBND TINH QUANG NINH) SO LAO DONG", real Tesseract-eng on fresh seed
                                                # 5548, the issuer read with it)
                                                r"|(?<=(?<![\p{L}\d])TH\S{1,2}NH[ ])P[ ](?=PH\S{1,2}[ ])"  # (the
                                                # city's P read twice: "THANH P PHO DI AN", sample 000's engine on
                                                # fresh seed 8013 eng000, read "THÀNH Ở PHỐ", the issuer lost)
                                                r"|(?<=\p{Lu}{2})~(?=[ ]\p{Lu}{2})"  # (a tilde for a province's
                                                # dash: "TINH BA RIA~ VUNG TAU", real Tesseract-eng on fresh seed 5357,
                                                # the issuer lost)
                                                r"|(?<=(?<![\p{L}\d])(?:T\S{1,2}NH|HUY\S{1,2}N|QU\S{1,2}N)[ ]"
                                                r"\p{Lu}{1,6})\.(?=\p{Lu}{2,}(?![\p{L}\d]))"  # (a stop for the
                                                # space inside the place after its type word: "TINH HA.NAM", real
                                                # Tesseract-eng on fresh seed 11474, the issuer and place lost)
                                                r"|(?<=\p{Lu}{3})['’](?=\p{Lu}{2})"  # (a quote for the space
                                                # between two words, from a mark: "THANH PHO'CA MAU", sample 000's
                                                # engine on fresh seed 7860 eng000, read "PHỐ MÀU")
                                                r"|(?<=\p{Lu})[‘`](?=\p{Lu})"  # (an opening quote inside a word: no
                                                # apostrophe is written so, "CU M'G‘AR", sample 000's engine on fresh
                                                # seed 7601 eng000, read "CỦ MÃ", the issuer lost)
                                                r"|(?<=\p{Lu}{2})[ ]+(?:[~—_\-–=]{2,}[ ]?)?[a-z]{1,3}"
                                                r"(?=[ ]+(?:(?i:D\S{1,2}c[ ]+l\S{1,2}p)(?!\p{L})"
                                                r"|C\S{2,3}[ ]+H\S{1,2}A[ ]+X))"
                                                r"|(?<=\p{Lu}{2})[ ]+[~—_\-–=]{2,}"
                                                r"(?=[ ]+C\S{2,3}[ ]+H\S{1,2}A[ ]+X)"
                                                r"|(?<=\d/[A-ZĐ]{2,3}[-E][A-ZĐ]{2,8})"
                                                r"(?:[.,:;]?(?:[ ]+(?:[.,:;·'‘’`~_|\-©®°]{1,3}|[oO0e]{1,2}))+|[.,:;])"
                                                r"(?=[ ]+\p{Lu}\p{Ll}[^,\d]{0,30},[ ]*ng)")  # (specks
# between the plan's number and the place: "S6: 110/KH-SLDTBXH . oo Phu Tho, ngay", real Tesseract-eng on fresh seed
# 8202, read "có Phú Thọ", the place lost; "-S6: 297/KH-UBND oe Hon Quan", 8884; glued after it, a sign among them:
# "So: 30/KHEUBND. © Nam Dinh", 8894)
# (a rule's dashes too: "UY BANNHAN DAN ~—_—s CONG HOA", real Tesseract-eng on fresh seed 8161, read "—SỐ" into the
# issuer)
# (a quote after a word in capitals before the next: "UY BAN NHAN DAN” CONG HOA", real Tesseract-eng on fresh seed 3653,
# the issuer read with it; small letters between the issuer's name and the motto: "TINH BAC GIANG oo Déc lap", 3672,
# read "hồ" into the issuer; or before "CỘNG HÒA XÃ": "UY BAN NHAN DAN oo CONG HOA XA HOI", 3835, read "DO")


def fix_specks_between_header_capitals(line: str) -> list[Edit]:
    """``"UY BAN :‘NHAN DAN"`` → "UY BAN NHAN DAN", ``"UBND TINH_NGHE AN"`` → "TINH NGHE" (a header line's)."""
    out: list[Edit] = []
    for m in _SPECKS_BETWEEN_HEADER_CAPITALS.finditer(line):
        if m.group() in ("'", "’") and line[m.end():m.end() + 1] != " " and line[m.start() - 1:m.start()].isalpha():
            # a quote inside a word (not one after a space: "UY BAN 'NHAN DAN", real Tesseract-eng on fresh seed 5874,
            # whose reading of this had failed and left the whole plan unrepaired): a space, where the
            # letters around it spell no syllable ("PHO'CA"); Tesseract-eng's horn otherwise ("THUO'NG": THƯƠNG)
            left, right = regex.search(r"\p{Lu}+$", line[:m.start()]), regex.match(r"\p{Lu}+", line[m.end():])
            if left is not None and right is not None and not is_valid_skeleton(skeleton((left[0] + right[0]).lower())):
                out.append((m.start(), m.end(), " ", 0.8))
            continue
        glued = line[m.start() - 1:m.start()] not in ("", " ") and line[m.end():m.end() + 1] not in ("", " ") and \
            m.group() not in ("‘", "`")  # (a speck between two words glued: "BẢN.-NHÂN"; not one inside a word)
        out.append((m.start(), m.end(), " -" if m.group() == "~" else " " if m.group() == "_" or glued else "", 0.8))
    return out  # ("NHAN DAN” CONG", "GIANG oo Déc lap": go)


#: the people's committee's name in capitals, its first two words glued ("UYBAN NHAN DAN", fresh seed 655 eng000: the
#: issuer had kept "UYBAN")
_COMMITTEE_WORDS_GLUED = regex.compile(r"(?<![\p{L}\d])[UỦ]Y(?=BAN[ ]+NH\S{1,3}N[ ]+D\S{1,3}N(?![\p{L}\d]))")


def fix_committee_glued(line: str) -> list[Edit]:
    """A space after "UBND" glued to its place's type word: ``"UBNDTUNH QUANG NAM"`` → "UBND TUNH …" (then read TỈNH:
    the issuer had been "UBNDTUNH QUẢNG NAM"), or a dash a scan read for it: ``"UBND-THANH PHỐ HẢI PHÒNG"``; the
    committee's first words glued: ``"UYBAN NHAN DAN"`` → "ỦY BAN NHAN DAN", or its last three: ``"ỦY BANNHÂNDÂN"`` →
    "ỦY BAN NHÂN DÂN"."""
    return [(m.start(1), m.end(1), " ", 0.85) for m in _COMMITTEE_GLUED.finditer(line)] + \
        [(m.start(), m.end(), "ỦY ", 0.85) for m in _COMMITTEE_WORDS_GLUED.finditer(line)] + \
        [(m.start(), m.end(), "BAN NHÂN DÂN", 0.85) for m in _COMMITTEE_LAST_WORDS_GLUED.finditer(line)] + \
        [(m.start(), m.end(), "ỦY BAN NHÂN DÂN", 0.85) for m in _COMMITTEE_ALL_GLUED.finditer(line)]


#: … all four words glued ("UYBANNHANDAN~ . CONG HOA": real Tesseract-eng on fresh seed 3817, the issuer read from the
#: basis sentence's "UBND huyện Mộc Hóa")
_COMMITTEE_ALL_GLUED = regex.compile(r"(?<![\p{L}\d])[UỦ]YBAN[ ]?NH[AÂ]N[ ]?D[AÂ]N(?![\p{L}\d])")


#: … its last three words glued ("ỦY BANNHÂNDÂN": vetplan's OCR of fresh seed 2015's scan, the issuer read from the
#: basis sentence's "UBND quận Gò Vấp")
_COMMITTEE_LAST_WORDS_GLUED = regex.compile(r"(?<=(?<![\p{L}\d])[UỦ]Y[ ])BAN[ ]?NH[AÂ]N[ ]?D[AÂ]N(?![\p{L}\d])"
                                            r"(?<!BAN NHÂN DÂN)(?<!BAN NHAN DAN)")


#: the recipients' "Các sở, ban, ngành" with its "sở" read as a figure ("Các 6, ban, ngành") or the comma after "ban"
#: read as an s ("Các sở, bans ngành")
_DEPARTMENTS_WORD = regex.compile(r"(?<=(?<![\p{L}\d])[Cc]\S{1,2}c[ ]+)(?:[56]|[sS\$][6&@])(?=[,.;]?[ ]+ban\b)")
#: the whole phrase as a recipients' item, its first two words garbled ("- 2a Sở; ban, ngành;", "- Cac’soy ban, nganh;")
# ("- Cde s 6, ban, nganh", a space inside "sở": fresh seed 862 eng000, it had been "Để số 6, ban, ngành"; a speck
# before "ban", "- Cac sd, -ban, nganh;", real Tesseract-eng on fresh seed 1223; its dash lost, its C kept: "Cc 8, ban,
# nganh; PHO GIAM DOC", real Tesseract-eng on fresh seed 1341, the item had been "Có 8, ban, ngành")
_DEPARTMENTS_ITEM = regex.compile(r"(?:(?<=^\s*[-–•~]\s*)(?:\S{1,4}(?:[ ]+\S{1,4}){1,2}|\S{3,8})"
                                  r"|(?<=^\s*)C\S{0,2}[ ]+(?:\d|[sS$][\d&@])|(?<=^\s*)C\S{1,2}c[ ]+[sS]\S{1,2})"
                                  r"(?:[,.;]?[ ]+|,[.;:'‘’`]?[ ]*)[-–'‘’`r]?[bh][aăâạ]n"  # (a speck read r: "Cde so,
                                  # rban", 2584 eng000; its b read h, "- Gác sử, hạn, hgànl", vetplan's OCR of fresh
                                  # seeds 2666 and 2693's scans;
                                  # its comma glued before "ban": "- Cac s¢,ban, nganh;", 5866 eng000, read "Các ban")
                                  r"(?:[,.;]?[ ]+|,[.;:'‘’`]?[ ]*)"  # (a speck after its comma, no space: "- Cac s@,
                                  # ban,.nganh;", real Tesseract-eng on fresh seed 3298, read "bạn", the recipient lost;
                                  # no speck: a code's "- Caelsa, ban,nganh;", fresh seed 6614 code004)
                                  r"[nh]g\S{1,3}?(?:[nu]h|[nu][Hl]\??)"  # (its h read H or l: "ngànH?", "hgànl", 2662
                                  # and 2666; its n read h: "- Cac sd, ban, hganh; PHO GIAM BOC", real
                                  # Tesseract-eng on fresh seed 3161, read "hành", the recipient lost; its last n
                                  # read u, a code's: "- Caelsa, ban, ngauh;", fresh seed 5652 code004)
                                  r"(?=\s*[;.,:]?(?:\s*$|\s+\p{Lu}{2}|(?:\s+\p{Lu}\p{Ll}*){2,4}\s*$))")  # (or the
# signature's column after it, or the signer's name, "- Cac so”, ban, nganh; Cao Thanh Hang": real Tesseract-eng on
# fresh seed 1568, the recipient lost;
# "- Cac so. ban, nganh: PHO CHU TICH", fresh seed 493 eng: it had been "Các sở ban, ngành")
# (its dash lost and its words misread, "Cac Sứ, băn; ngành .": vetplan's OCR of fresh seed 1206's scan, the item had
# been "Các sự, băn")
#: the recipients' "UBND các huyện, thành phố" with its comma lost (fresh seed 493 scan)
_DISTRICTS_ITEM_COMMA = regex.compile(r"(?<=^\s*[-–•~]\s*UBND[ ]+c\S{1,2}c[ ]+huy\S{1,3}n)"
                                      r"(?=[ ]+th\S{1,3}nh[ ]+ph\S{1,2}(?![\p{L}\d]))")
_DEPARTMENTS_COMMA = regex.compile(r"(?<=(?<![\p{L}\d])[Cc]\S{1,2}c[ ]+\S{1,3}[,.;]?[ ]+ban)s(?=[ ]+ng\S{1,3}nh\b)")


#: … or "các" glued to "huyện", its c read twice maybe ("- UBND cacchuyen, thanh pho:": real Tesseract-eng on fresh seed
#: 1182, read "các chuyển", the recipient lost)
_DISTRICTS_ITEM_GLUED = regex.compile(r"(?<=^\s*[-–•~]\s*UBND[ ]+c\S{1,2}c)(c?)(?=huy\S{1,3}n[,.;:]?[ ]+th\S{1,3}nh)")
#: … or the whole item's words run together, a code's e for c ("- UBNDeaehuy~n, thanh ph6;": sample 004's code on fresh
#: seed 4915 code004), or the h of "huyện" read as a brace after "các" ("- UBND cac}uy¢n, thanh phb;": sample 000's
#: engine on the same plan, eng000): the recipient lost
_DISTRICTS_ITEM_RUN_TOGETHER = regex.compile(r"(?<=^\s*[-–•~]\s*UBND(?P<gap>[ ]*))"
                                             r"(?:[Cce]\S[ce][hM]uy|(?<=[ ])c\S{1,2}c\}uy)\S{1,3}n"  # (its c a
                                             # capital: "- UBND Cachuy~n", fresh seed 6971 code004, "Các huyện")
                                             r"(?=[,.;:]?[ ]+(?:th|M)\S{1,3}nh)")
# (its h and its "th" the code's M: "- UBND caeMuy~n, Manh ph6;", fresh seed 5566 code004, read "các quyền, Mạnh phố")


def fix_districts_phrase(line: str) -> list[Edit]:
    """The recipients' ``"- UBND các huyện thành phố:"`` → "các huyện, thành phố" (its comma lost); ``"- UBND
    cacchuyen, thanh pho"`` → "cac huyen" (glued)."""
    glued = _DISTRICTS_ITEM_GLUED.search(line)  # (the first place only: "cacc|huyen" fits it after either c)
    together = _DISTRICTS_ITEM_RUN_TOGETHER.search(line)
    return [(m.start(), m.end(), ",", 0.8) for m in _DISTRICTS_ITEM_COMMA.finditer(line)] + (
        [(glued.start(1), glued.end(1), " ", 0.8)] if glued else
        [(together.start(), together.end(), "các huyện", 0.8)] + (
            [] if together["gap"] else [(together.start(), together.start(), " ", 0.8)]) if together else [])


#: the recipients' "UBND các huyện" with its "các" read as another word, in a repaired line ("- UBND cée huyén, thanh
#: pho;": sample 000's engine on fresh seed 1456 eng000, read "có huyện", the recipient lost); "UBND cấp huyện" (the
#: district level) is another recipient, and stays
_DISTRICTS_ITEM_WORD = regex.compile(r"(?<=^\s*[-–•~]\s*UBND(?P<speck>[.,\-–'‘’`]{1,2}[ ]?|[ ]+))(?!(?:các|cấp)[ ])"
                                     r"[ce]\p{Ll}{0,3}(?=[ ]+huyện(?P<semicolon>;)?(?![\p{L}\d]))")  # (its c a code's
# e: "- UBNDeae huyen,thanh ph6;", fresh seed 7160 code004, read "UBND eae huyện", the recipient lost)
# (a speck's hyphen glued after the council, a semicolon for the comma: "- LBND-cứe huyến; thành phó;", vetplan's OCR of
# fresh seed 2314's scan, read "UBND-của huyện; thành phố", the recipient lost)
#: … or "các huyện" run together, a code's l for the space and M for h ("- UBND caelMuyen, thanh ph6;": fresh seed 4494
#: code004, the recipient lost)
_DISTRICTS_ITEM_WORDS_RUN_TOGETHER = regex.compile(r"(?<=^\s*[-–•~]\s*UBND[ ]+)c\p{Ll}{1,2}(?:l[hM]uy\p{Ll}{1,2}"
                                                   r"|h[Uu][yY][^\s,]{1,2})n(?=,)")  # (its l lost, a random capital
# and a stand-in in "huyện": "- UBND cachUy~n, thanh ph6;", fresh seed 11678 code004, the recipient lost)


#: … and its "thành phố" read as other words of its letters, its th lost ("- UBND caC huy~n, Manhph6;": read "Mạnh phố",
#: fresh seed 1528 code004, the recipient lost)
#: … and its "huyện" Capitalised ("-.UBND các Huyện, thành phố;": vetplan's OCR of fresh seed 2017's scan, the recipient
#: kept it)
#: the committee's abbreviation misread opening the item, "BND" kept ("--MHBND các huyện, thành phố;": vetplan's OCR of
#: fresh seed 2939's scan, the recipient lost)
_DISTRICTS_ITEMS_COMMITTEE_MISREAD = regex.compile(r"(?<=^\s*[-–•~]{1,2}\s*)(?!UBND)\p{Lu}{1,2}BND(?=[ ]các[ ]huyện)")
_DISTRICTS_WORD_CAPITALISED = regex.compile(r"(?<=^\s*[-–•~.]*\s*UBND[ ]+các[ ]+)(?:Huyện|(?!huyện)[hHM]\p{Ll}{2,4})"
                                            r"(?=,[ ]?thành[ ]phố)")  # (or misread, its h a code's M: "- UBND
# cacMuys, thanh ph6;", fresh seed 8877 code004, read "các Muốn", the recipient lost)
_DISTRICTS_ITEM_CITY = regex.compile(r"(?<=^\s*[-–•~]\s*UBND[ ]+các[ ]+huyện,[ ]?)(?!thành phố(?![\p{L}\d]))"
                                     r"\p{L}{3,5}[ ]?[pP]h\p{L}{1,2}(?=[ ]*[;.]?[ ]*$)")  # (a code's capital in it:
# "thanhPh6" read "thành Phố", fresh seed 2617 code004)


#: specks after the committee's abbreviation and after "huyện" in that item ("- UBND.-các huyện,; thành phố;": real
#: Tesseract-eng on fresh seed 1543, the recipient lost)
_DISTRICTS_ITEM_SPECKS = regex.compile(r"(?<=^\s*[-–•~]\s*UBND)(?P<a>[.,\-–'‘’`]{1,3}[ ]?)(?=các[ ]huyện)"
                                       r"|(?<=^\s*[-–•~]\s*UBND[.,\-–'‘’` ]{1,4}các[ ]huyện)(?P<b>[,;.:'‘’`]{2,3}|[:;])"
                                       r"(?=[ ]thành[ ]phố)"
                                       r"|(?<=^\s*[-–•~]\s*UBND[ ]các[ ]huyện,[ ]thành)(?P<c>[,.;:'‘’`])(?=[ ]phố)")
# (one inside "thành phố": "- UBND các huyện, thành, phố;", real Tesseract-eng on fresh seed 1604; a colon for the
# comma: "-UBND' ac huven: thanh pho", 6190)


def fix_districts_word(line: str) -> list[Edit]:
    """``"- UBND có huyện, thành phố;"`` → "các", ``"- UBND các huyện, Mạnh phố;"`` → "thành phố" (read after the
    decoder); specks in the item: ``"- UBND.-các huyện,; thành phố;"`` → "UBND các huyện, thành phố"."""
    return [e for m in _DISTRICTS_ITEM_WORD.finditer(line) for e in (
        [(m.start(), m.end(), "các", 0.8)]
        + ([(m.start("speck"), m.end("speck"), " ", 0.8)] if m["speck"].strip() else [])
        + ([(m.start("semicolon"), m.end("semicolon"), ",", 0.8)] if m["semicolon"] else []))] + \
        [(m.start(), m.end(), "các huyện", 0.8) for m in _DISTRICTS_ITEM_WORDS_RUN_TOGETHER.finditer(line)] + \
        [(m.start(), m.end(), "thành phố", 0.8) for m in _DISTRICTS_ITEM_CITY.finditer(line)] + \
        [(m.start(), m.end(), "huyện", 0.8) for m in _DISTRICTS_WORD_CAPITALISED.finditer(line)] + \
        [(m.start(), m.end(), "UBND", 0.8) for m in _DISTRICTS_ITEMS_COMMITTEE_MISREAD.finditer(line)] + \
        [(m.start(), m.end(), ",", 0.8) for m in _DISTRICTS_ITEM_COMMA.finditer(line)] + \
        [(m.start(), m.end(), " " if m["a"] is not None else "," if m["b"] is not None else "", 0.8)
         for m in _DISTRICTS_ITEM_SPECKS.finditer(line)]


#: "huyện" glued after "địa bàn", its h written as sample 004's code's M ("tren dja banMuyen Ky Anh nam 2016": fresh
#: seed 11325 code004, read "địa bà nguyễn Kỳ Anh", the title lost)
_DISTRICT_WORD_GLUED_AFTER_THE_AREA = regex.compile(r"(?<=(?<![\p{L}\d])[dđĐD]\S{1,2}a[ ]?ban)"
                                                    r"(?:M(?=uy\S{0,2}[nm](?![\p{Ll}\d]))"
                                                    r"|h(?=uy\S{0,2}m(?![\p{Ll}\d])))")
# (its own h, its n read m: "dia banhuysm Cat Hai", fresh seed 14157 code004, the title lost — its n a letter,
# "banhuyen", is the decoder's; the place glued after it, "dia banMuyenBao Lam", 14500 code004)


def split_district_word_after_the_area(line: str) -> list[Edit]:
    """``"tren dja banMuyen Ky Anh"`` → "dja ban huyen Ky Anh" (a code's M for the h of "huyện" glued after "bàn";
    before the decoder)."""
    return [(m.start(), m.end(), " h", 0.8) for m in _DISTRICT_WORD_GLUED_AFTER_THE_AREA.finditer(line)]


#: a department's "và" glued to the words on both sides, as a code may run them ("Thuong binhvaXaM9i chu tri": sample
#: 004's code on fresh seed 11356 code004, the lead run into "binhvaXaM9i") — after the word a department's name has
#: before it, before a capital
_DEPARTMENTS_AND_GLUED = regex.compile(r"(?<=(?<![\p{L}\d])(?:[bB]inh|[hH]o\S{1,2}ch|[dD]\S{1,2}c|[tT]in"
                                       r"|[nN]ghi\S{1,2}p))[vV]a(?=[A-ZĐ])")
#: … what it needs in a line
AND_GLUED_BEFORE_A_CAPITAL = re.compile(r"[vV]al?[A-ZĐ]")
#: … or after a space, a code's l for the space after it ("Thuag binh valXahoitruac": sample 004's code on fresh seed
#: 13827 code004, left unread)
_DEPARTMENTS_AND_L_FOR_A_SPACE = regex.compile(r"(?<=(?<![\p{L}\d])[bB]inh[ ][vV]a)l(?=[A-ZĐ]\p{Ll})")


def split_departments_and_glued(line: str) -> list[Edit]:
    """``"Thuong binhvaXaM9i chu tri"`` → "binh va XaM9i" (a code's lost spaces around a department's "và"; before the
    decoder, which then reads the words)."""
    return [e for m in _DEPARTMENTS_AND_GLUED.finditer(line)
            for e in ((m.start(), m.start(), " ", 0.8), (m.end(), m.end(), " ", 0.8))] + [
        (m.start(), m.end(), " ", 0.8) for m in _DEPARTMENTS_AND_L_FOR_A_SPACE.finditer(line)]


def fix_departments_phrase(line: str) -> list[Edit]:
    """The recipients' "Các sở, ban, ngành", its "sở" read as a figure or its comma as an s: ``"- Cac 6, ban, nganh;"``
    → "sở" (the recipient had been "Các 6, ban, ngành"), ``"- Cac so, bans nganh;"`` → "ban, nganh"; the item's
    first words garbled: ``"- 2a Sở; ban, ngành;"``, ``"- Cac’soy ban, nganh;"`` → "Các sở, ban, ngành"."""
    if (m := _DEPARTMENTS_ITEM.search(line)) is not None:
        if m.group() == "Các sở, ban, ngành" or m.group().replace(",", "") == "Các sở ban ngành":
            return []  # (its words right, its commas as written: "Các sở ban ngành")
        return [(m.start(), m.end(), "Các sở, ban, ngành", 0.8)]
    return [(m.start(), m.end(), "Sở" if m.group()[0] == "S" else "sở", 0.8)  # (its capital kept: "các S&, ban")
            for m in _DEPARTMENTS_WORD.finditer(line)] + \
        [(m.start(), m.end(), ",", 0.8) for m in _DEPARTMENTS_COMMA.finditer(line)]


#: "GIÁM ĐỐC" in capitals, its ĐỐC misread ("PHÓ GIÁM DOG": kept as no word, the signer's position had been lost;
#: "PHO GIAM DOCG", its C read twice; "PHO GIAM poc", read small: it had been "PHÓ GIÁM đốc", fresh seed 1191 eng)
_DIRECTOR_CAPITALS = regex.compile(r"(?<![\p{L}\d])(PH[ÓOỐ]\s+)?(?:GI[AÁ]M\s+[‘’'`]?"  # (a quote's speck before
                                   # ĐỐC: "GIAM ‘B6C", sample 000's engine on fresh seed 6131 eng000, read "BÁC")
                                   r"(?:[DĐBP][OÔỐ0](?:[GQO0]|C[GQ])|[DĐBP»®]?6[Cc]|[dđbp][oôố06]c)"  # (small, its Ố
                                   # a 6: "PHO GIAM p6c", real Tesseract-eng on fresh seed 4703, the position lost; its
                                   # Đ a guillemet: "Noi nhan: GIAM »6c", 5271, read "GIÁM »đốc")
                                   r"|G(?:I[LI]|LI?)[AÁ]M\s+[DĐ][OÔỐỘỒÓ]C|GLIM\s+[DĐ][OÔỐỘỒÓ]C"  # ("GILÁM ĐỘC": a
                                   # stroke between; "PHỐ GLIM ĐỘC", its Á read I, vetplan's OCR of fresh seed 3005;
                                   # "GLAM
                                   # ĐỘC", its I read L: fresh seed 473 scan, the position and signer had been lost;
                                   # the stroke before it, "GLIÁM ĐÓC": vetplan's OCR of fresh seed 2745's scan)
                                   r"|(?<=^[\s.]*(?:KT\s*\.?\s*)?(?:PH\S{1,2}\s+)?)G(?:I|E|EV|IE)M\s+[DĐ][OÔỐỘỒÓ]C"
                                   r"(?=\s*$)"  # (its Á lost or read V, its I an E, alone on its line: "KT GEVM ĐÓC",
                                   # "PHO GIM ĐÓC", vetplan's OCR of fresh seed 6760's scan, the position lost)
                                   r"|GI[AÁ]M\s+[DĐ]C"  # (its Ố lost: "PHÓ GIÁM ĐC")
                                   r"|GI[AÁ]M\s+O[cC](?=\s*$)"  # (its Đ lost, its Ố an O, ending the line: "Noi
                                   # nhan: GIAM Oc", real Tesseract-eng on fresh seed 5747, read "GIÁM Đốc", the
                                   # position lost)
                                   # (its Ố read as a B, D, G or E, its I maybe as a stroke or lost: "GIAM PBC",
                                   # "G1AM PDC", "PHO GIAM DGC")
                                   # (a quote speck after its G: "G‘1AM PDC"; its Ố read S: "GIAM ĐSC", fresh seed 384)
                                   # (or as a 6, F or Y, alone on its line: "glAM P6C", "PHO GIAM DFC", "G1AM PYC",
                                   # fresh seeds 911, 914 and 1043 eng000: the positions had been lost)
                                   # (or as an O and its hat an É beside it: "PHO G‘1AM POÉC", fresh seed 1053 eng000)
                                   r"|(?<=^[\s.]*(?:KT\s*\.\s*)?(?:PH\S{1,2}\s+)?)[Gg][‘’'`]?[Il1|]?[AÁY]M"  # (its Á
                                   # read Y: "GIYM ĐỌC" alone on its line, vetplan's OCR of fresh seed 2592's scan)
                                   r"(?:T(?=\s)\s+|\s+|[a-z]\s?|Tl|(?=[DĐ][ÉÈ]C\s*$))"  # (a code's speck glued after
                                   # it: "GIAMl Đ9C",
                                   # "GIAMnBC", its Ố lost; "PHOÉ GIAM DDC", the Ó and its mark apart: fresh seeds
                                   # 2412, 2449 code004 and 2433 eng000, the positions lost; a T and the code's l for
                                   # the space: "GIAMTlDBC", 7849 code004; glued, its I lost and its Ố an É:
                                   # "GAMDÉC", 9004 eng000, the position lost)
                                   r"(?:[DĐBPb](?:[BDGES6FYA¢ÉÈ]|[OÔ][ÉÈEÊ])C"  # (or an A: "PHO GIAM BAC", fresh seed
                                   # 1543 eng000, read "BẮC"; a cent sign: "G|AM P¢C", 5952 eng000, read "GIẢM TỨC"; its
                                   # Đ a small b: "g1AM b6C", 6211 eng000, read "giám đốc")
                                   r"|(?<=M\S?\s+)[DĐPB][^\s\p{Ll}]{1,4}C"  # (alone on its line, any one to four signs
                                   # for its Ố, a letter after GIÁM: "GIAMT Đ6C", "GIAM D)C", fresh seeds 2006
                                   # code004 and 2038 eng000, the positions lost; its Đ read P: "G|AM P)C", 6501 eng000;
                                   # four: "GIAM PICF)C", 7162 eng000)
                                   r"|(?<=M[a-z])[DĐBP]C)"
                                   r"(?=[\s.]*$))"
                                   r"(?![\p{L}\d])"
                                   # (a dash read between its words: "PHO-GIAM DOC", no word the decoder reads)
                                   r"|(?<![\p{L}\d])(PH[ÓO]\s*[-–]\s*)GI[AÁ]M\s+[DĐBP][OÔỐỘỌ06][CcGQO0](?![\p{L}\d])")


#: a position line's "PHÓ" with its Ó read as another capital or a digit, before "CHỦ TỊCH" or "GIÁM ĐỐC" however read
#: ("PHD CHU TICH", "KT. PH0 GIAM DOC": the signer's position had been lost)
_DEPUTY_MISREAD = regex.compile(r"^([\s.]*(?:KT\s*\.\s*)?)(PHO[ÉÈÊ‘’'`]|PH[^\sÓOa-z]|PH)"  # (its Ó's mark apart:
                                # "PHOÉ GIAM DDC", fresh seed 2433 eng000, read "PHỐ")
                                r"(?=\s+(?:CH\S{1,2}\s+T\S{1,2}CH|G[‘’'`]?[Il1|]?\S{0,2}M\s+[DĐBP]\S{1,2}C)[\s.]*$)")
# (a quote speck after GIÁM's G: "PH6 G‘IAM BGC", fresh seed 450 eng000, read "PHỐ GIÁM ĐỐC"; its I lost: "PHÉ GAM
# PDC", fresh seed 1174 eng000)


def fix_deputy_word(line: str) -> list[Edit]:
    """"PHÓ" opening a signature's position line with its Ó misread or lost: ``"PHD CHU TICH"`` → "PHÓ CHU TICH" (the
    decoder had kept "PHD", no word, and the position was lost); "PHO" and "PHÓ" are left to the decoder."""
    return [(m.start(2), m.end(2), "PHÓ", 0.8) for m in _DEPUTY_MISREAD.finditer(line)]


def fix_director_title(line: str) -> list[Edit]:
    """"GIÁM ĐỐC" in capitals whose last letter a scan misread: ``"PHO GIAM DOG"`` → "PHÓ GIÁM ĐỐC"; its Ố read as a 6
    (Tesseract-eng: "GIAM D6c", "PHO GIAM B6c" had become "GIÁM Đốc", no position; its Đ lost too: "GIAM 6c"); a
    dash read between its words (``"PHO-GIAM DOC"``)."""
    return [(m.start(), m.end(), ("PHÓ " if m.group(1) or m.group(2) else "") + "GIÁM ĐỐC", 0.85)
            for m in _DIRECTOR_CAPITALS.finditer(line)]


#: the plan's title's first word opening in a small letter, a word of two letters or more ("đào tạo nghề cho lao động
#: nông thôn năm 2024": its Đ read as a small p, "pao tao", real Tesseract-eng on fresh seed 2972, the title lost)
_TITLE_OPENING_SMALL = regex.compile(r"^\s*(\p{Ll})(?=\p{Ll}+[ ])")


def capitalise_title_opening(line: str) -> list[Edit]:
    """The plan's title (the line under its type, "KẾ HOẠCH") opened in a small letter, Capitalised as a title is:
    ``"đào tạo nghề cho lao động nông thôn năm 2024"`` → "Đào"; the caller gives the title's line only."""
    m = _TITLE_OPENING_SMALL.match(line)
    return [(m.start(1), m.end(1), m[1].upper(), 0.8)] if m else []


#: the plan's type standing alone on its line in capitals, its first word's vowel misread ("KF HOACH": KẾ HOẠCH)
_PLAN_TYPE_LINE = regex.compile(r"^(\s*)(K[^\sHO]{1,2}[ ]+HO(?:\S{1,3}|\S{0,2}[ ]\S{1,2})CH)\s*$"
                                # (a speck and a space inside its second word: "KẾ HO/ ẠCH", vetplan's OCR of fresh
                                # seed 2360's scan, read "HỌ/ CHO" and the title lost)
                                # (a symbol code's, its space lost or read "l", its C or H small: "KElHO';'CH",
                                # "KElHO';'cH": the title had been lost; its H written "a", "KE HO';'ca": fresh seeds
                                # 847 and 857 code004, read "Kế Hoạch" and the title lost)
                                r"|^(\s*)(K[^\sHO]{1,2}HO\S{1,3}[Cc][Hha]|K[^\sHO]{1,2}[ ]+HO\S{1,3}(?:cH|Ch|ch|ca)"
                                r"|K[^\sHOa]{1,2}aO\S{1,3}[Cc][Hh])"  # (its space lost and its H written "a":
                                r"\s*$")  # "KEaO';'cH", fresh seed 1145 code004, read "Kế Hoạch" and the title lost;
# its space written ")", "KE)aO';'cH", fresh seed 3856 code004)


#: "THÀNH PHỐ" opening a header's line in capitals before its place, its letters as a rough scan may leave them ("THANEL
#: PHILO BA RIA": the issuer's town and the place had been lost); no other header line opens TH… PH…
_CITY_WORDS_OPENING = regex.compile(r"^(\s*)(TH[A-ZÀ-Ỹ]{2,4}[ ]+PH[A-ZÀ-Ỹ]{1,3})(?=[ ]+\p{Lu}{2})")


def fix_city_words(line: str) -> list[Edit]:
    """``"THANEL PHILO BA RIA"`` → "THÀNH PHỐ BA RIA" at a header line's start (fresh seed 89 eng); written right it
    is left."""
    from rapidfuzz.distance import Levenshtein

    m = _CITY_WORDS_OPENING.match(line)
    if m is None or (words := skeleton(m.group(2).lower()).split()) == ["thanh", "pho"]:
        return []
    near = Levenshtein.distance(words[0], "thanh") <= 2 and Levenshtein.distance(words[1], "pho") <= 2
    return [(m.start(2), m.end(2), "THÀNH PHỐ", 0.8)] if near else []  # ("THUC PHAM" is no town)


def fix_plan_type_line(line: str) -> list[Edit]:
    """``"KF HOACH"`` → "KẾ HOẠCH" (fresh seed 1066 eng: Tesseract-eng read the Ế as an F, the decoder kept it, and
    the plan's type and title were lost); no other line of capitals is a K-word and HO…CH alone."""
    m = _PLAN_TYPE_LINE.match(line)
    if m is None:
        return []
    k = 2 if m.group(2) is not None else 4
    return [(m.start(k), m.end(k), "KẾ HOẠCH", 0.85)] if m.group(k) != "KẾ HOẠCH" else []


#: the part heading "CHỈ TIÊU" after its Roman number, its words as a scan may leave them ("II. CHi TEU": the decoder
#: had read "CHỈ TỪ", and the targets' part was lost), its space lost too, its strokes maybe read "H" or "U" ("UH.
#: CHETIEU": it had been read "CHẾ TIÊU")
# (its stop lost: "I1 CHI TEU", fresh seed 1003 eng000, read "CHỈ TỪ" and the targets lost)
_TARGETS_HEADING = regex.compile(r"^(\s*[IVXl|1HU]{1,4}(?:[.,]\s*|[ ]+))([%|'‘’`~_*][ ]*)?"
                                 r"(C[Hh]\S{0,2}\s*T\S{0,3}[UuƯư])"
                                 r"\s*[|.,:;'‘’`~_]?\s*$")  # ("CHL TEU |": a speck after it)
# (or before it: "|1. % CHI TEU", fresh seed 2346 eng000, read "II. % CHỈ TỪ" and the targets lost)


def fix_targets_heading(line: str) -> list[Edit]:
    """A part heading that is "CHỈ TIÊU" by its outline: ``"II. CHi TEU"`` → "II. CHỈ TIÊU", a speck after it or
    before it too (``"Il. CHL TEU |"``, ``"|1. % CHI TEU"``); written right it is left."""
    m = _TARGETS_HEADING.match(line)
    if m is None:
        return []
    out: list[Edit] = [(m.start(2), m.end(2), "", 0.85)] if m.group(2) else []
    return out + ([(m.start(3), m.end(3), "CHỈ TIÊU", 0.85)] if m.group(3) != "CHỈ TIÊU" else [])


#: a signature's "on behalf of" mark with a scan's speck inside it ("T™M. ỦY BAN NHÂN DÂN", "K*T. CHỦ TỊCH")
_BEHALF_MARK_SPECK = regex.compile(r"(?<![\p{L}\d])(?:(T)[^\s\w.,]{1,2}(M)|(K)[^\s\w.,]{1,2}(T)|(KT)[LI1l|])"
                                   r"(?=\.\s*\p{Lu}{2})")  # (or after it: "KTL. CHỦ TỊCH")
#: "TM." before the committee's name with its M lost ("T. UY BAN NHAN DAN"): no other mark stands there
_BEHALF_MARK_M_LOST = regex.compile(r"(?:(?<![\p{L}\d])T[I1l|]?|(?<!\S)[a-z]?M)(?=\.\s*[UỦỤ][YỶ]\s+BAN\b)")  # (or read
# I: "TI."; its T lost or read as a small letter: "Noi nhan: mM. UY BAN NHAN DAN", real Tesseract-eng on fresh seed
# 3243, read "mà.", a recipient)


#: "TM." before the committee's name, its M small ("Noi nhan: Tm. UY BAN NHAN DAN": real Tesseract-eng on fresh seed
#: 5742, read "Từ.", a recipient)
_BEHALF_MARK_M_SMALL = regex.compile(r"(?<![\p{L}\d])Tm(?=\.[ ]*[UỦ][YỶ][ ]+BAN(?![\p{L}\d]))")
#: … its T read E or F, a speck's stop after it ("Nơi nhận: EM..ỦY BẠN NHÂN DÂN": vetplan's OCR of fresh seed 3524's
#: scan, a recipient)
_BEHALF_MARK_T_READ_E = regex.compile(r"(?<![\p{L}\d])[EF]M(?:\.{1,2}[ ]?|[ ])(?=[UỦ][YỶ][ ]+B\S{1,2}N(?![\p{L}\d]))")
# (its stop lost too: "EM ỦY BẠN NHÂN DẦN" alone on its line, vetplan's OCR of fresh seed 3635's scan)
#: "KT." before a position in capitals, its T read as an L or I ("KL. CHỦ TỊCH": the position had been "CHỦ TỊCH", the
#: "PHÓ CHỦ TỊCH" below it lost; fresh seed 1182 scan)
_BEHALF_MARK_T_MISREAD = regex.compile(r"(?<![\p{L}\d])K[LI1l|](?=\.\s*(?:CH[UỦE]\s+T[IỊ]CH|G[IL][AÁ]M\s+[DĐ][OỐ]C)\b)"
                                       r"|(?<=\S[ ]+)Kr(?=[ ]+CH[UỦ][ ]+T[IỊ]CH(?![\p{L}\d]))")  # (its T read r, its
# stop lost, in the recipients' column's line: "Chu tich, caé PCT UBND tinh Kr CHU TICH", real Tesseract-eng on fresh
# seed 6761, read "Về", a recipient's, the deputy's position lost)
# (the director's I read L too: "Noi nhan: KL. GLAM DOC", real Tesseract-eng on fresh seed 5671, read "Kỳ.", the
# deputy's position lost; the chairman's U read E: "nganh KL. CHE TICH", 6120)


def fix_behalf_mark(line: str) -> list[Edit]:
    """A signature's "TM." or "KT." with a speck read inside it: ``"T™M. ỦY BAN NHÂN DÂN"`` → "TM." (the decoder had
    read "TỪ™M.", and the mark had become a recipient), or after it: ``"KTL. CHỦ TỊCH"``; "TM." with its M lost
    before the committee's name (``"T. UY BAN NHAN DAN"``); "KT." with its T misread (``"KL. CHỦ TỊCH"``)."""
    return [(m.start(), m.end(), "".join(g for g in m.groups() if g), 0.85)
            for m in _BEHALF_MARK_SPECK.finditer(line)] + [(m.start(), m.end(), "TM", 0.85)
                                                           for m in _BEHALF_MARK_M_LOST.finditer(line)] + \
        [(m.start(), m.end(), "KT" if m[0] != "Kr" else "KT.", 0.85) for m in _BEHALF_MARK_T_MISREAD.finditer(line)] + \
        [(m.start(), m.end(), "TM", 0.85) for m in _BEHALF_MARK_M_SMALL.finditer(line)] + \
        [(m.start(), m.end(), "TM. ", 0.8) for m in _BEHALF_MARK_T_READ_E.finditer(line)]


#: a date's 1 a scan read as a serif's T, beside another digit after "ngày" or "tháng" ("ngày, T9 tháng: T0", "0T")
_DATE_ONE_AS_T = regex.compile(r"(?<=(?i:ng\S{1,2}y|th\S{1,3}ng)[\s.,:;]{1,3})T(?=\d(?![\p{L}\d]))"
                               r"|(?<=(?i:ng\S{1,2}y|th\S{1,3}ng)[\s.,:;]{1,3}\d)T(?![\p{L}\d])")


def fix_date_one_read_as_t(line: str) -> list[Edit]:
    """A date's "1" that a scan read as "T" (a serif's foot and head): ``"ngày, T9 tháng: T0 năm 2022"`` → "19", "10"
    (the header's date had been lost); a T that is a letter stays."""
    return [(m.start(), m.end(), "1", 0.8) for m in _DATE_ONE_AS_T.finditer(line)]


#: a date's two-figure day or month with a letter for a figure — an O or a slashed Ø for 0, an l, I, L or bar for 1
#: ("tháng Ol năm 2017", "thang OL:-nam.2021", "tháng Ø2 năm 2016") — after its word and before the next date word;
#: a serif's T for a 1 too, where the two are letters both ("tháng TT năm 2021", "tháng TØ năm 2017": fresh seeds 593,
#: 599 scan; a T beside a figure is :data:`_DATE_ONE_AS_T`'s)
_DATE_FIGURES_AS_LETTERS = regex.compile(
    r"(?<=(?i:(?P<word>ng\S{1,2}y|th\S{1,3}ng))[\s.,:;\-]{1,3})(?=[\dOØøIlLFÍ|\]£]*[OØøIlLFÍ|\]£]|TT|T[OØøĐÔÍ]|[OØøĐÔÖÍ]T"
    r"|[ĐỦ]\d|[O0]G)"  # (a barred Đ for a slashed 0 before a figure: "ngày Đ7 tháng 12", vetplan's OCR of fresh seed
    # 3514; an Ủ: "tháng Ủ3 năm 2019", 3793; an Ö: "ngày ÖT tháng TT năm 2017", 4306, the header's date lost)
    r"(?:[\dOØøIlLFÍ|\]£]{2}|TT|T[OØøĐÔÍ]|[OØøĐÔÖÍ]T|[ĐỦ]\d|[O0]G)"  # (a T beside an Í: "tháng TÍ năm 2023", 11,
    # vetplan's OCR of fresh seed 4608's scan, the header's date lost; a 6 read G after a 0 read O: "thang OG-nam 2023",
    # real Tesseract-eng on fresh seed 9733, the header's place and date lost)
    r"(?=[\s.,:;\-]*(?i:n\S{1,2}m|th\S{1,3}n?g)(?!\p{L}))")  # ("ngay-l2 thahg 03": a dash's speck, a letter lost)
_LETTER_FIGURES = str.maketrans("OØøĐIlL|]T£FÍÔỦÖG", "00001111111110006")  # (an F for a 1: "ngay OF thang FL nam 2017",
# real Tesseract-eng on fresh seed 4306, the header's date lost)  # (a barred Đ for a slashed 0 too: "tháng ĐT năm
# 2024", fresh seed 727 scan; a pound sign for a serif's 1, "ngay £9 thang 06", real Tesseract-eng on fresh seed 833:
# the header's place and date lost; an Í: "ngày LÍ tháng 07", vetplan's OCR of fresh seed 3252's scan, the header's
# date lost; an Ô for a 0 beside a T: "tháng TÔ năm 2020", "tháng ÔT năm 2017", 3320 and 3369)
#: … and its year after "năm", with one or more such letters ("năm 2OL8": 2018; its place is no word's)
_DATE_YEAR_AS_LETTERS = regex.compile(r"(?<=(?<!\p{L})(?i:n\S{1,2}m)[\s.,:;]{1,3})(?=[12][\dOØøIlL|\]]{3}(?![\p{L}\d]))"
                                      r"(?=\d*[OØøIlL|\]])[12][\dOØøIlL|\]]{3}")


def fix_date_letters_read_as_figures(line: str) -> list[Edit]:
    """A date's day or month a scan read with a letter for a figure: ``"ngày 24 tháng Ol năm 2017"`` → "01", ``"tháng
    Ø2"`` → "02" (the header's date had been lost), a bracket for a 1: ``"tháng 0] năm 2022"`` (fresh seed 1300 scan),
    the year: ``"nam 2OL8"`` → "2018"; only a day (1–31), month (1–12) or year (1900–2099) it makes is read so."""
    out: list[Edit] = []
    for m in _DATE_FIGURES_AS_LETTERS.finditer(line):
        value = int(m.group().translate(_LETTER_FIGURES))
        if 1 <= value <= (12 if m.group("word").lower().startswith("th") else 31):
            out.append((m.start(), m.end(), m.group().translate(_LETTER_FIGURES), 0.8))
    for m in _DATE_YEAR_AS_LETTERS.finditer(line):
        if 1900 <= int(year := m.group().translate(_LETTER_FIGURES)) < 2100:
            out.append((m.start(), m.end(), year, 0.8))
    return out


#: a count's thousands stop a scan read as a colon or semicolon ("Tuyển sinh 5:900 người"): one to three digits,
#: then three and a word (a speck's stop may stand before it, glued to a word: "sinh.2:000"); no scale's ratio ("tỷ lệ
#: 1:500")
_THOUSANDS_READ_AS_COLON = regex.compile(r"(?<![\d,:;/])(?<!\d\.)(?<!(?i:l[eệ])\s{1,2})(\d{1,3})[:;](?=\d{3}\s+\p{L})")
#: a space a scan put after a count's thousands stop, in running text ("cho 1. 550 lao động"; not an item's number at
#: a line's start, "1. 550 lao động", nor a sentence's end after a year, "năm 2017. 550 người")
_THOUSANDS_STOP_SPACED = regex.compile(r"(?<=(?<![\p{L}\d])\p{L}+[ ]\d{1,3}\.)(?:[‘’'`]?[ ]|[‘’'`])"
                                       r"(?=\d{3}(?![\d.,]))")  # (a quote speck there too: "cho 1.‘ 200 lao dong",
# fresh seed 624 eng000)
#: … or inside the three figures after it, before a word ("Tuyén sinh 4.3  00 nguoi", sample 000's engine on another
#: plan: the target had been lost)
_THOUSANDS_GROUP_SPACED = regex.compile(r"(?<=(?<![\p{L}\d])\p{L}+[ ]\d{1,3}\.(\d{1,2}))[ ]{1,2}"
                                        r"(?=(\d{1,2})[ ]+(?:\p{L}|1\p{Ll}))")  # (the unit's l read as a 1 too:
# "cho 1.3  00 1ao dong", sample 000's engine on fresh seed 1962 eng000, the target lost)


#: a count's first figure, a 1, a scan read as a letter before its thousands stop, after a word ("Tuyển sinh L.300
#: người": 1.300; not a list's letter or a section's number at a line's start)
_COUNT_ONE_AS_LETTER = regex.compile(r"(?<=\p{L}[ ])[LlI|fT](?=[.,]\d{3}(?![\d.,]))")  # (or an f: "Tuyen sinh
# f.700-nguoi", real Tesseract-eng on fresh seed 4211, read "ở.700", the target lost; a serif's T: "Đào: tạo nghề cho
# T.500 Tao động", vetplan's OCR of fresh seed 4290's scan, the target lost)


#: a speck read as a small letter glued before a count with a thousands' stop after "sinh" or "cho" ("Đào tạo nghề cho
#: r1.450 lao dong": sample 000's engine on fresh seeds 10532 and 10555 eng000, read "ra.450", the target lost) — no
#: word is glued to a figure
_LETTER_SPECK_BEFORE_A_COUNT = regex.compile(r"(?<=(?<![\p{L}\d])(?i:sinh|cho)[ ])[a-z](?=\d{1,3}[.,]\d{3}(?![\d.,]))")
#: the l of the count's unit "lao" read as "!" ("nghé cho 300 !ao d6éng": real Tesseract-eng on fresh seed 7237, read
#: "!lao", the target lost)
_COUNTS_UNIT_L_AS_BANG = regex.compile(r"(?<=(?<![\p{L}\d])\d[\d.,]*[ ])!ao(?=[ ]+\S)")


def fix_count_one_read_as_letter(line: str) -> list[Edit]:
    """A count's 1 that a scan read as a letter before its thousands stop: ``"- Tuyển sinh L.300 người."`` → "1.300"
    (it had been read "Là.300", the target lost); a speck's letter glued before a count goes (``"cho r1.450 lao
    dong"`` → "cho 1.450"); the unit's l read "!" is one (``"cho 300 !ao"`` → "lao")."""
    return [(m.start(), m.end(), "1", 0.8) for m in _COUNT_ONE_AS_LETTER.finditer(line)] + [
        (m.start(), m.end(), "", 0.8) for m in _LETTER_SPECK_BEFORE_A_COUNT.finditer(line)] + [
        (m.start(), m.end(), "lao", 0.8) for m in _COUNTS_UNIT_L_AS_BANG.finditer(line)]  # (the word in the edit)


#: a space a scan put inside a count, before figures opening with a 0, which no count does ("cho 3  00 lao dong",
#: sample 000's engine on another plan, fresh seed 555 eng000: the target had been lost)
_COUNT_SPACED_BEFORE_ZEROS = regex.compile(r"(?<=(?<![\p{L}\d])\p{L}+[ ]\d{1,3})"
                                           r"(?<!(?i:ng\S{1,3}y|th\S{1,3}ng|n\S{1,2}m)[ ]\d{1,3})"  # (no date's)
                                           r"[ ]{1,2}(?=0\d{0,2}[ ]+\p{L})")

#: … or before its stop ("Tuyén sinh 3  .100 nguoi", sample 000's engine on another plan, fresh seed 855 eng000: the
#: target had been lost)
_SPACE_BEFORE_THOUSANDS_STOP = regex.compile(r"(?<=(?<![\p{L}\d])\p{L}+[ ]\d{1,3})[ ]{1,2}(?=\.\d{3}(?![\d.,]))")
#: … or two spaces (the gap sample 000's engine reads between two figures far apart) after a count's first figure,
#: before two more and its unit ("cho 3  50 lao dong", fresh seed 800 eng000: the target had been lost; one space
#: may part two numbers, and a date's are left as above)
_COUNT_SPACED_TWICE = regex.compile(r"(?<=(?<![\p{L}\d])\p{L}+[ ]\d)(?<!(?i:ng\S{1,3}y|th\S{1,3}ng|n\S{1,2}m)[ ]\d)"
                                    r"[ ]{2}(?=[1-9]\d[ ]+\p{Ll})")  # (before a 0: _COUNT_SPACED_BEFORE_ZEROS')


#: a speck's stop inside a count's three figures after the thousands' stop, before its unit ("Tuyen sinh 4.9.00.
#: nguoi.": real Tesseract-eng on fresh seed 4290, the target lost) — no count has two stops so close
_STOP_INSIDE_THE_THOUSANDS = regex.compile(r"(?<=(?<![\d.,])\d{1,3}\.\d)\.(?=\d\d(?![\d,])\.?[ ]+\p{L})")


def fix_thousands_stop(line: str) -> list[Edit]:
    """A count's thousands stop read as a colon or semicolon: ``"Tuyển sinh 5:900 người"`` → "5.900" (the target
    had been lost); a time ("7:30") or a scale ("tỷ lệ 1:500") is left. A space a scan put after the stop goes:
    ``"Đào tạo nghề cho 1. 550 lao động"`` → "1.550" (the target had been 550), and so do spaces inside its three
    figures, two of them or two figures before them: ``"Tuyén sinh 4.3  00 nguoi"`` → "4.300", and one before figures
    opening with a 0 (``"cho 3  00 lao dong"`` → "300") or two before two more (``"cho 3  50 lao dong"`` → "350"), or
    before the stop (``"sinh 3  .100"``); a quote speck after the stop goes too (``"cho 1.‘ 200"``), and a stop inside
    the three (``"Tuyen sinh 4.9.00. nguoi."`` → "4.900")."""
    return [(m.end(1), m.end(1) + 1, ".", 0.8) for m in _THOUSANDS_READ_AS_COLON.finditer(line)] + \
        [(m.start(), m.end(), "", 0.75) for m in _THOUSANDS_STOP_SPACED.finditer(line)] + \
        [(m.start(), m.end(), "", 0.75) for m in _COUNT_SPACED_BEFORE_ZEROS.finditer(line)] + \
        [(m.start(), m.end(), "", 0.7) for m in _COUNT_SPACED_TWICE.finditer(line)] + \
        [(m.start(), m.end(), "", 0.75) for m in _SPACE_BEFORE_THOUSANDS_STOP.finditer(line)] + \
        [(m.start(), m.end(), "", 0.75) for m in _STOP_INSIDE_THE_THOUSANDS.finditer(line)] + \
        [(m.start(), m.end(), "", 0.75) for m in _THOUSANDS_GROUP_SPACED.finditer(line)
         if len(m[1] + m[2]) == 3 and (len(m[0]) == 2 or len(m[1]) == 2)] + \
        ([(m.start(), m.end(), "", 0.75) for m in _SPECK_INSIDE_A_PERCENTAGE.finditer(line)] if "%" in line else [])
    # (a group spaced so only: not "mục 1.1 12 học viên")


#: a speck's semicolon or quote after a percentage's decimal comma ("đạt 67,;7%": real Tesseract-eng on fresh seed
#: 11527, the rate lost)
_SPECK_INSIDE_A_PERCENTAGE = regex.compile(r"[;:'‘’`](?<=(?<![\d.,])\d{1,2},.)(?=\d{1,2}[ ]?%)")  # (the speck
# first: the search skips to it)


#: a count glued to the word before it ("Tuyensinh300 nguoi"): two small letters, then a number of three digits or
#: more (or with thousands' stops) that ends there; no date's year ("nam2021": the date words' own), no code's part
_GLUED_COUNT = regex.compile(r"(?<=[a-zà-ỹđ]{2}|(?<![\p{L}\d])[A-Z]{2}[a-z])(?<![nN]\S{1,3}[mM])"
                             # (a code's capital inside the word: "nghề CMo1.150 lao", 10812 code004, read "cho.150",
                             # the target lost)
                             r"(?=(?:\d{1,3}(?:\.\d{3})+|\d{3,})(?:,\d+)?(?:[\s;:)]|[.,](?!\d)|$)"
                             r"|\d{1,3}(?:,\d+)?[ ]?%"  # (a percentage too: "đạt77,1%")
                             r"|\d{1,3}(?:\.\d{3})+(?=[^\W\d_]{2})"
                             r"|(?:\d{2,4}|\d{1,3}(?:\.\d{3})+)1ao(?![^\W\d_]{2}))")  # (or its unit's l read 1:
# "cho7501ao d9ng", sample 004's code on fresh seed 3172 code004, the target lost; with thousands' stops too:
# "cho1.5501ao d9ng", 10744 code004, read "cho.550", the target lost) (a count with thousands' stops glued to its
# unit too: "sinh4.200nguai", whose 4 a code's decoder had read a stand-in, the count lost)
#: … or with thousands' stops after a code's capitals glued after a word ("ngheCMO2.000 lao", 15534 code004, read
#: "nghề Cho.000", the target lost — a year has no stop: "QuylIII2022"): the match is the last capital, the space goes
#: after it (the search skips to a capital)
_COUNT_GLUED_AFTER_CAPITALS = regex.compile(r"[A-Z](?<=[a-zà-ỹđ][A-Z]{2,3})"
                                            r"(?=\d{1,3}(?:\.\d{3})+(?:[\s;:)]|[.,](?!\d)|$))")
#: … or without thousands' stops, glued to a word before it and to "người" after it ("Tuy@n sinh400nguoi": sample 004's
#: code on fresh seeds 2670 and 2702 code004, the target lost): both places (searched where "ngu" is)
_COUNT_GLUED_BEFORE_NGUOI = regex.compile(r"(?<=[a-zà-ỹđ]{2})(?=\d{2,5}ng(?:u|\S?[oơ]i))"
                                          r"|(?<=[a-zà-ỹđ]{2}\d{2,5})(?=ng(?:u|\S?[oơ]i))")  # (its ư a code's other
# letter: "Tuyon sinh500ngeoi.", fresh seed 13754 code, the target lost)
#: … and the word glued after such a count ("4.200nguai": 4.200 người)
_WORD_GLUED_AFTER_A_COUNT = regex.compile(r"(?<=(?<![\d.,])\d{1,3}(?:\.\d{3})+)(?=[^\W\d_]{2})")


#: a count's unit opened by an l read as a "1" glued to the count ("cho 2001ao d9ng", "1.5501ao": 200 lao động, 1.550;
#: sample 004's code on other plans, fresh seeds 672 and 677 code004: the target had been "2001 lao động") — "lao", the
#: unit of a plan's counts that opens with an l and needs no mark
_L_AS_ONE_AFTER_A_COUNT = regex.compile(r"(?<=(?<![\d.,/])\d{1,3}(?:\.\d{3})*|(?<![\d.,/])\d{2,4})1"
                                        r"(?P<unit>ao)(?:(?![\p{L}\d])|(?P<glued>(?=d\S{1,3}ng(?![\p{L}\d]))))")
# (the unit's words glued too: "cho 1.2001aod9ng", fresh seeds 2665 and 2750 code004, the target lost)


def fix_l_read_as_one_after_a_count(line: str) -> list[Edit]:
    """``"cho 2001ao d9ng"`` → "200 lao d9ng" (a count of a plan ends before its unit: "2001" before "ao" is none; the
    unit's word in the edit, which the decoder would read again)."""
    out: list[Edit] = []
    for m in _L_AS_ONE_AFTER_A_COUNT.finditer(line):
        out.append((m.start(), m.end(), " l" + m["unit"], 0.75))
        if m["glued"] is not None:  # (an insertion of its own: it parts the word after it for the decoder, "d9ng")
            out.append((m.end(), m.end(), " ", 0.75))
    return out


def split_glued_counts(line: str) -> list[tuple[int, float]]:
    """Where a space goes between a word and the count glued to it: ``"Tuyensinh300 nguoi"`` → ``[(9, 0.8)]`` (the
    target's number had been lost inside "sinh300"), or the percentage (a code's "daot<;>o dat77,1%"); a year after
    "năm" is :func:`split_glued_date_words`'; and after a count with thousands' stops glued to the word after it
    (``"sinh4.200nguai"``: "sinh 4.200 nguai")."""
    return sorted({(m.start(), 0.8) for m in _GLUED_COUNT.finditer(line)}
                  | {(m.end(), 0.8) for m in _COUNT_GLUED_AFTER_CAPITALS.finditer(line)}
                  | {(m.start(), 0.8) for m in _WORD_GLUED_AFTER_A_COUNT.finditer(line)}
                  | ({(m.start(), 0.8) for m in _COUNT_GLUED_BEFORE_NGUOI.finditer(line)} if "ng" in line else set()))


#: a symbol code's number glued to the word after it ("tháng 5d{n tháng 7/2016": 5 đến): digits opening a token
#: before a letter that follows no vowel inside a syllable (b, d, đ, g, k, l, q, r, s, v, x; "th", "ph", "tr"), so
#: they are no stand-in for its first vowel ("6ng" ông, "9n" ăn stay); or before a code's P for Đ with more after it
#: ("tháng 3P\lN tháng 9/2024": 3 đến; a p closing a syllable, "9P" ấp, has nothing after it)
#: ("5221QD-TTg": a document number, its slash read as a "1", is no count before a word)
_NUMBER_BEFORE_WORD = regex.compile(rf"(?<![^\s(])\d{{1,4}}(?!{_DOC_CODES}[ ]?-|[QN][DĐPbB]-?(?:TTg|CP)(?![\p{{L}}\d]))"
                                    r"(?=(?:[bdđgklqrsvxBDĐGKLPQRSVX]|[tTpP][hH]|[tT][rR])"
                                    r"[^\s)\].,;:!?]"  # (a unit's letter after a count stays: "(02b)")
                                    r"|[nN]\S{1,3}?[mM][ ]+(?:19|20)\d\d(?!\d))")  # ("tháng 11nam 2022")


def split_number_before_word(line: str, ocr: bool = False) -> list[tuple[int, float]]:
    """Where a space goes between a symbol code's number and the word glued after it: ``"th9ng 5d{n th9Ng 7/2016"``
    → ``[(7, 0.8)]`` (the month had been lost: "từ tháng đến tháng 7/2016"). In OCR'd text (``ocr``) a lone digit
    may be a consonant's misreading ("1" l, "7" T: "7rong" is trong), so only a number of two digits or more, a 2 or
    a 3, is parted ("dưới 3thang", "2025theo")."""
    return [(m.end(), 0.8) for m in _NUMBER_BEFORE_WORD.finditer(line)
            if not ocr or m.end() - m.start() >= 2 or m.group(0) in "23"]


#: an exclamation mark closing a word in capitals ("HA NO!"): Tesseract-eng's reading of a final capital I
_BANG_AFTER_CAPITALS = re.compile(r"(?<![^\W\d_])([A-Z]{1,6})[!\]](?=[\s,.;:]|$)")  # (no marks: a damaged word)


#: a speck before a list item's dash at the line's start (", - Thudng truc HPND tinh;": the recipient had been run into
#: the item above)
_SPECK_BEFORE_ITEM_DASH = regex.compile(r"^[,.'‘’`]+[ ]+(?=[-–][ ]+\p{L})")


#: a quote speck glued between an abbreviation and the small word after it ("-UBND'cac huyen": the item had been read
#: "Bộ các huyện"); after a consonant only (a vowel's quote is Tesseract-eng's horn: "THUO'NG")
_QUOTE_AFTER_CAPITALS = regex.compile(r"(?<=(?<![\p{L}\d])\p{Lu}{1,5}[BCDĐGHKLMNPQRSTVX])['‘’`](?=\p{Ll})"
                                      r"|(?<=(?<![\p{L}\d])PH[OÓ])['‘’`](?=(?:CH|GI)\p{Lu})"
                                      r"|(?<=(?<![\p{L}\d])S[Oo0]?)['‘’`](?=\p{Lu}[\p{Ll}\d])")  # (or "Sở" its ở's
# mark read as the quote, the space lost before a department's name: "phoi hop véi S'Ké hoach", sample 000's engine on
# fresh seed 11351 eng000, read "với Kế hoạch", the partner lost; after its O, the department's name with a figure for
# a vowel: "SO'N6i vu chu tri", real Tesseract-eng on fresh seed 8921, read "Sơn vụ", the lead lost)
# (or the deputy's word of a position and the next, where the Ó's mark was read as the quote and the space lost:
# "PHO'CHU TICH", fresh seed 1275 eng000, the signer's position lost; no word "PHƠ" has a horn)


#: a quote glued after a word of small letters before an abbreviation, on a line with no other quote to pair with
#: ("- Chu tich, cac’ PCT UBND tinh;": real Tesseract-eng on fresh seed 804, the recipient kept the speck)
_QUOTE_BEFORE_AN_ABBREVIATION = regex.compile(r"(?<=(?<![\p{L}\d])\p{Ll}+)['‘’`](?=[ ]\p{Lu}{2,}(?![\p{Ll}]))")


def fix_quote_after_capitals(line: str) -> list[Edit]:
    """``"-UBND'cac huyen, thanh pho"`` → "UBND cac" (the quote a speck where a space was); ``"Chu tich, cac’ PCT
    UBND"`` → "cac PCT" (a speck)."""
    out = [(m.start(), m.end(), " ", 0.8) for m in _QUOTE_AFTER_CAPITALS.finditer(line)]
    lone = list(_QUOTE_BEFORE_AN_ABBREVIATION.finditer(line))
    if len(lone) == 1 and sum(line.count(q) for q in "'‘’`") == 1:
        out.append((lone[0].start(), lone[0].end(), "", 0.8))
    return out


def fix_speck_before_item_dash(line: str, before: str = "") -> list[Edit]:
    """A speck before a list item's dash opening the line: ``", - Thudng truc HPND tinh;"`` → "- Thudng …"; or a stop
    alone opening a line that goes on with the words of the line ``before``, which ends in a letter (``". Thuan nam
    2020"`` under "… trên địa bàn tỉnh Ninh": real Tesseract-eng on fresh seed 2468, the title read "Ninh . Thuận")."""
    out = [(m.start(), m.end(), "", 0.8) for m in _SPECK_BEFORE_ITEM_DASH.finditer(line)]
    if before.rstrip()[-1:].isalpha() and (m := _STOP_OPENING_A_GOING_ON_LINE.match(line)):
        out.append((m.start(1), m.end(), "", 0.75))
    return out


_STOP_OPENING_A_GOING_ON_LINE = regex.compile(r"^\s*(\.[ ]+)(?=\p{Lu}\p{Ll})")


#: a speck's comma between the two words of the place on a place-date line ("Quang, Binh, ngay 28 thang 06": a
#: place-date line has one comma, after its place; each part one Capitalised word)
_COMMA_INSIDE_PLACE = regex.compile(r"(?<![\p{L}\d])(\p{Lu}\S*?)(,)(?=[ ]+\p{Lu}[^\s,]*,[ ]*(?i:ng\S{1,3}y)[ ]*\d)")


#: a speck's comma standing alone before a dash between words ("Sở Lao dong , - Thuong binh": the lead had been cut
#: there, "Sở Lao động" and "Thương binh và Xã hội" two agencies); no sentence puts a lone comma before a dash
_COMMA_BEFORE_DASH = regex.compile(r"(?<=\p{L})(?:[ ]+,(?=[ ]+[-–][ ]+\p{L})|,(?=[-–][ ]+\p{L}))")  # (glued:
# "Lao động,- Thương binh")


#: "Sở" a scan parted after its S, its ở read as a sign or a digit ("phối hợp với S 6 Noi vu": it had been read "Số 6
#: Nội vụ", the partner lost), before a Capitalised word
_SO_PARTED = regex.compile(r"(?<=(?<![\p{L}\d])S)[ ](?=[6&@¢][ ]\p{Lu}\p{Ll})"
                           # (or a recipients' "các sở," so parted: "- Cdc s 6, ban, nganh", fresh seed 420 eng000, read
                           # "Các số 6")
                           r"|(?<=(?<![\p{L}\d])(?i:c\S{1,2}c)[ ]s)[ ](?=[6&@¢][,;])")
#: … or all but its S lost, the S glued to the "với" before it ("phdi hop véiS Thong tin": sample 000's engine on fresh
#: seed 13138 eng000, read "với Thông tin", the partner lost)
_SO_GLUED_TO_WITH = regex.compile(r"(?<=(?<![\p{L}\d])ph\S{1,3}[ ]h\S{1,2}p[ ]v\S{1,2}i)(?=S[ ]\p{Lu}\p{Ll})")


def fix_so_parted(line: str) -> list[Edit]:
    """"Sở" parted after its S: ``"phối hợp với S 6 Noi vu"`` → "S6 Noi vu" (then Sở Nội vụ), ``"Cdc s 6, ban"`` →
    "Cdc s6, ban" (then các sở); its S glued to "với": ``"phdi hop véiS Thong tin"`` → "véi S Thong" (then Sở)."""
    return [(m.start(), m.end(), "", 0.8) for m in _SO_PARTED.finditer(line)] + [
        (m.start(), m.end(), " ", 0.8) for m in _SO_GLUED_TO_WITH.finditer(line)]


def fix_space_before_number_slash(line: str) -> list[Edit]:
    """Spaces between a document's number and its slash: ``"S6: 173  /KH-SLPTBXH"`` → "173/KH-SLPTBXH" (mended before
    the number's other fixers, which read it whole: then SLĐTBXH)."""
    return [(m.start(), m.end(), "", 0.8) for m in _SPACE_BEFORE_DOCNUM_SLASH.finditer(line)]


def fix_comma_before_dash(line: str) -> list[Edit]:
    """A speck's comma standing alone before a dash: ``"Sở Lao dong , - Thuong binh"`` → "Sở Lao dong - Thuong binh";
    glued to both, ``"Lao động,- Thương binh"`` → "Lao động - Thương binh"."""
    return [(m.start(), m.end(), "" if m.group(0)[0] == " " else " ", 0.8) for m in _COMMA_BEFORE_DASH.finditer(line)]


def fix_comma_inside_place(line: str) -> list[Edit]:
    """A speck's comma inside a place-date line's place of two words: ``"Quang, Binh, ngay 28 thang 06 nam 2016"`` →
    "Quang Binh, ngay …" (the decoder, the words parted, had read "Quảng, Vinh", and the place was lost)."""
    return [(m.start(2), m.end(2), "", 0.75) for m in _COMMA_INSIDE_PLACE.finditer(line)]


def fix_bang_read_for_i(line: str) -> list[Edit]:
    """A capital I at a word's end that Tesseract-eng read as "!" or a bracket in a header's capitals: ``"UBND THANH
    PHO HA NO!"`` → "NOI" (then NỘI; the issuer had kept the "!"), ``"TH] XA HOAI NHON"`` → "THI" (THỊ, not "THỂ]"),
    where the word, without marks, spells a syllable with an I. For the header's lines, where no sentence exclaims;
    before the damage is told (the caller runs it first)."""
    return [(m.end(1), m.end(1) + 1, "I", 0.8) for m in _BANG_AFTER_CAPITALS.finditer(line)
            if is_valid_skeleton(m.group(1).lower() + "i")]


#: the words of a time span "từ tháng 3 đến tháng 7/2024", however damaged ("t} thang 3 d|n th9ng", "t\l th,rng 5
#: den"): "t" and one to three characters before "tháng <n>", the word between the months (group "to"; "d<nthang 6":
#: glued to the month after it; the first month's number glued to its word: "t<;> thang2 den", the second's too:
#: "den thQng11/2020") and the months' words (groups "m1", "m2"); a speck after the first month's number (group
#: "speck": "tly thang 2. dén thang 9/2023", "3.dén thang")
_SPAN_FROM = regex.compile(r"(?<![^\W\d_])([tT][^\s\d]{1,4}|[wW]|(?<=[^\W\d_][ ])(?:[^\W\d_]|,r|\\l'?))\s+"
                           r"(?P<m1>(?i:th)\S{1,4}?(?i:[nmulr]g|n9(?=[ ])))\s*\d{1,2}"  # (its g read 9: "tir thén9
                           # 4 dén thang 7/2024", sample 000's engine on fresh seed 11307 eng000, the task's time lost)
                           r"(?:/\d{4})?"
                           r"(?P<speck>[.,:;'‘’-](?=\s|[đdĐD]\S{1,3}(?i:[nm])\s))?\s*(?P<to>[đdĐDP]\S{1,3}(?i:[nmr]))"
                           r"(?=\s*(?P<m2>(?i:th)\S{1,4}?(?i:[nmur]g))\s*\d)")  # (an n read as m: "dSm thamg 8"; as u:
# "thaug 8"); a group of three for its ư: "t\l'i thang 5"; its t lost, the ư's shape alone: "w thang 3 dSr thang
# 5/2018"; or one letter left of it after a word, "chung m thang 10 dSn thang 11I2020", "1am u thang 6 dSn"; its t
# lost, a code's ",r" for its ư: "d?i chung ,r thang 3 dSn thang 11/2021", fresh seed 2131 code004; or its "\l'":
# "tv lam \l' thalg 4 dSn thang 9I2024", fresh seed 2326 code004, read "ở'" and the task's time lost
# (a hyphen's speck glued to "đến": "từ tháng 9-đến" / "tháng 10/2020", vetplan's OCR of fresh seed 6881's scan, the
# task's time lost)


#: the same, "từ" glued to the month's word after it, a symbol code's "t9thang 3 d(rn thang 10/2017"
_SPAN_FROM_GLUED = regex.compile(r"(?<![^\W\d_])([tT](?:<;>|\\l|,r|\(r|[^\s\d]{0,2})\d?)"  # (a group: "t<;>thang")
                                 r"(?=(?P<m1>(?i:th)\S{1,4}?(?i:[nmu]g))\s+\d{1,2}(?:/\d{4})?\s*(?P<to>[đdĐDP]\S{1,3}(?i:n))\s*"
                                 r"(?P<m2>(?i:th)\S{1,4}(?i:ng))\s+\d)")
# (the month's n read u: "doanhnghiep trthaug 5 d~n thang", sample 004's code on fresh seed 2598 code004, the span lost)


#: … glued to the word before it too ("nghjnghieptuth\\lng 3 d&n th\\lNg 6/2022": nghề nghiệp từ tháng 3 đến), or to
#: that word only ("tv lamtr thang 2 dSn thang 5I2020": làm từ tháng 2, the task's time had been lost)
_SPAN_FROM_GLUED_AFTER_WORD = regex.compile(r"(?<=[^\W\d_]{2})([tT][^\s\d])"
                                            r"(?=[ ]?(?P<m1>(?i:th)\S{1,4}(?i:ng))\s+\d{1,2}\s*"
                                            r"(?P<to>[đdĐDP]\S{1,3}(?i:n))\s*(?P<m2>(?i:th)\S{1,4}(?i:ng))\s+\d)")
# (glued to the month's word after it too: "daiehungtu thang 4 dSnthang 6I2018", fresh seed 1642 code004)


#: a time span whose every word was damaged past the patterns above, its end a month and a year ("tr thang 4 dS thang
#: 11I2019", "tu thang 5dSn Mang 6I2016", "tr hang 2 dSnthang 3/2016"): the span is told by its shape — a short t-word,
#: a month's word, its number, a short đ-word, a month's word, its number, a slash (or the stroke read for it) and a
#: year — and each month's word by ending as "tháng" does and lying two letters from it (:func:`_loose_month_word`)
_SPAN_LOOSE = regex.compile(r"(?<![^\W\d_])(?P<from>[tT]\S{1,4}?|[wW]|(?<=[^\W\d_][ ])(?:[^\W\d_]{1,2}|[uUwWvV]\)))"
                            r"(?:\s+|(?<=(?<![^\W\d_])[uUwWvV][l)]?)(?=[tT][hH])"  # (that letter glued to the month's
                            # word: "chung uthang 8 dSlthang 10I2016", fresh seed 1455 code004; the code's l or bracket
                            # for the space between: "nghi~p vlthamg 2 dSn thang 4I2018", "nghi~p u)thang3dSn thang
                            # 8/2023", fresh seeds 10916 and 10949 code004, the task's time lost)
                            r"|(?<=(?<![^\W\d_])[tT][^\W\d_]{1,2})(?=[tT][hH]))"  # (or "từ" itself: "đ9ng tuthang
                            # 4 dSrthang 6/2021", fresh seed 2456 code004)
                            r"(?P<m1>[^\s\d]{3,6}?)\s*\d{1,2}"  # (its "từ" one letter: "lam u thalg7 dSn Mang
                            # 10/2020", fresh seed 1136 code004)
                            r"\s*(?P<to>[đdĐDP][^\s\d]{0,3}?)\s*(?P<m2>[^\s\d]{3,6}?)\s*\d{1,2}(?P<sep>[/Il1|])(?:19|20)\d\d"
                            r"(?!\d)")


#: … "từ" glued to the word before it, a code's lost space ("daichungtf thang 7 dSrthang 9I2023", "đ9ng tuthang 4
#: dSrthang 6/2021", "chilngt\\l' thang 2", "nghi~ptf tharg 7 d~nthamg9I2021": fresh seeds 2447, 2456, 2470 and 2478
#: code004, each task's time lost): "t" and a letter or two, or the code's group for ư, ending a word (the second
#: month's word its t lost, apart: "d?ichungtv thang 3 dSn hang 11I2022", fresh seed 4524 code004; the code's l for the
#: space after the group: "d?i ch\\lngt\\l'lthang 4 d~n thang 10/2018", 4751 code004)
_SPAN_LOOSE_GLUED = regex.compile(r"(?<=[^\W\d_])(?P<from>t(?:\\l'?l?|[^\W\d_]{1,2}))(?:[ ]|(?=th))"
                                  r"(?P<m1>th[^\s\d]{2,4}?)\s*\d{1,2}"
                                  r"\s*(?P<to>[đdĐDP][^\s\d]{0,3}?)\s*(?P<m2>th[^\s\d]{2,4}?|(?<=[ ])[^\s\d]{3,5}?)"
                                  r"\s*\d{1,2}(?P<sep>[/Il1|])"
                                  r"(?:19|20)\d\d(?!\d)")


def _loose_month_word(tok: str) -> bool:
    """Whether a token may be "tháng" a span's shape vouches for: letters and a code's stand-ins ending in "ng" (an n
    read as m: "mg", as l: "thalg", as r: "tharg", fresh seed 1694 code004; lost: "hag", 1633), at most two edits
    from "thang" ("Mang", "hang"; not "năm"), or three where its last two are "mg", a code's th and n both misread
    ("Mamg": fresh seed 4010 code004, the place and date lost), or one once a code's M is read as its "th" ("Mag")."""
    from rapidfuzz.distance import Levenshtein

    low = tok.lower()
    edits = 3 if low[-2:] == "mg" else 2
    if low[-2:] not in ("ng", "mg", "lg", "ag", "rg", "ug"):  # (its n read u: "nghi~ptu thaug3 dSn thang 11/2019",
        # fresh seed 11066 code004, the task's time lost)
        return False
    letters = skeleton(low)
    # (a code's M for its "th", a letter lost besides: "ngay 19 Mag 11 nam 2019", sample 004's code on fresh seed 5175
    # code004, the place and date lost — one edit from "thang" once the M is read so)
    return Levenshtein.distance(letters, "thang", score_cutoff=edits) <= edits or (
        letters[:1] == "m" and Levenshtein.distance("th" + letters[1:], "thang", score_cutoff=1) <= 1)


#: the month's word of a header's date between the day and the month's number, damaged past reading ("ngay 16 Mang 06
#: nam 2020", "ngay 25 thlang 03 nam2023": sample 004's code on other plans, fresh seeds 713, 733 and 748 code004, whose
#: place and date had been lost)
_MONTH_WORD_IN_A_DATE = regex.compile(r"(?<=(?<![\p{L}\d])(?i:ng\S{1,3}?y)[ ]*\d{1,2}[ ]*)"
                                      r"(?P<w>[^\s\d]{3,6}|[^\s\d]{3,5}9)"
                                      r"(?=[ ]*\d{1,2}(?:[ ]*|-)(?i:n\S{1,3}m)[ ]*(?:19|20)\d\d(?!\d))")  # (the
# year's word glued to the month: "ngay 12 Mang 03nam 2021", fresh seed 4310 code004, the date lost; the day glued to
# its word: "ngay20 Mang 12 nam 2024", 4600 code004)
#: a hyphen a speck made of the space between a header date's month and the year's word ("ngay 22 mang 03-nam 2019":
#: real Tesseract-eng on fresh seed 1997, the place and date lost)
_HYPHEN_BEFORE_THE_YEARS_WORD = regex.compile(r"(?<=(?<![\p{L}\d])(?i:ng\S{1,3}y)[ ]+\d{1,2}[ ]*\S{3,6}[ ]+\d{1,2})-"
                                              r"(?=(?i:n\S{1,2}m)[ ]+(?:19|20)\d\d(?!\d))")


#: a header date's month of two figures read with a 9 for its 0 ("ngày 20 tháng 95 năm 2017": vetplan's OCR of fresh
#: seed 2904's scan, the plan's date lost) — no month opens with a 9
_MONTHS_ZERO_READ_NINE = regex.compile(r"(?<=(?<![\p{L}\d])ngày[ ]+\d{1,2}[ ]+tháng[ ]+)9"
                                       r"(?=[1-9][ ]+năm[ ]+(?:19|20)\d\d)")
#: the day's word of the place-date line with its n lost ("Vĩnh Phúc, gay 22 tháng 11 nấm 2024": vetplan's OCR of fresh
#: seed 1371's scan, the place and date lost)
_DAY_WORD_N_LOST = regex.compile(r"(?<=\p{L},[ ]?)g[aàáạảã]y(?=[ ]+\d{1,2}[ ]+(?i:th\S{1,3}ng)[ ]+\d)")
#: … or its g lost as the decoder read it, a figure read for it ("Sa Thay, n9ay 11 thang 03": sample 000's engine on
#: fresh seed 6600 eng000, read "này", the place and date lost) — "này" (this) names no day
_DAY_WORD_READ_NAY = regex.compile(r"(?<=\p{L},[ ]?)n(?:9a|[aàáạảã])y(?=[ ]+\d{1,2}[ ]+(?i:th\S{1,3}ng)[ ]+\d{1,2}[ ]+"
                                   r"(?i:n\S{1,3}m)[ ]+(?:19|20)\d\d)")


#: the year's word of a worded date read as another word of letters between the month's number and the year ("ngay 12
#: thang O1 many 2022": real Tesseract-eng on fresh seed 12107, the date lost) — a date's word there is "năm"
_YEAR_WORD_READ_AS_ANOTHER = regex.compile(r"(?<=(?<![\p{L}\d])ng\S{1,2}y[ ]\d{1,2}[ ]th\S{1,3}ng[ ][\dOo]{1,2}[ ])"
                                           r"(?!n\S{1,2}m[ ])\p{Ll}{2,5}(?=[ ](?:19|20)\d\d(?!\d))")


def fix_month_word_in_a_date(line: str) -> list[Edit]:
    """``"ngay 16 Mang 06 nam 2020"`` → "tháng": the word between a date's day and its month's number, letters only,
    when it ends as "tháng" does and lies two letters from it (:func:`_loose_month_word`), its "th" lost or a letter
    more or less ("thlang"), glued to the day too (``"ngay 21thlang 07 nam 2024"``: fresh seed 2326 code004, read
    "thoảng" once the document's code table had changed); "thang", "thdng", "th9ng" are the decoder's, which reads them
    well. The day's word with its n lost after the place: ``"Vĩnh Phúc, gay 22 tháng 11"`` → "ngày", or its g lost
    or read 9 (``"Sa Thay, n9ay 11 thang 03 nam 2021"``, read "này") → "ngày"."""
    return [(m.start(), m.end(), "tháng", 0.8) for m in _MONTH_WORD_IN_A_DATE.finditer(line)
            if (w := m["w"][:-1] + "g" if m["w"].endswith("9") else m["w"]).isalpha()  # (its g read 9: "thin9",
            # sample 000's engine on fresh seed 3373 eng000, read "thì", the place and date lost)
            and (w[:2].lower() != "th" or len(w) != 5 or w != m["w"]) and _loose_month_word(w)] + [
        (m.start(), m.end(), "ngày", 0.8) for m in (*_DAY_WORD_N_LOST.finditer(line),
                                                     *_DAY_WORD_READ_NAY.finditer(line))] + [  # ("Phúc, gay 22")
        (m.start(), m.end(), " ", 0.8) for m in _HYPHEN_BEFORE_THE_YEARS_WORD.finditer(line)] + [  # ("tháng 03-năm")
        (m.start(), m.end(), "0", 0.75) for m in _MONTHS_ZERO_READ_NINE.finditer(line)] + [  # ("tháng 95 năm 2017")
        (m.start(), m.end(), "nam", 0.75) for m in _YEAR_WORD_READ_AS_ANOTHER.finditer(line)]  # ("thang O1 many 2022")


#: a date's year in words parted before its last figure by a speck and a space ("ngay 16 thang 02 nam 202‘ 2"), ending
#: its line or before its punctuation
_YEAR_PARTED = regex.compile(r"(?<=(?<![\p{L}\d])(?i:ng\S{1,3}y)[ ]+\d{1,2}[ ]+\S{3,6}[ ]+\d{1,2}[ ]+(?i:n\S{1,3}m)[ ]*"
                             r"(?:19|20)\d)(?:[‘’'`.,]+[ ]*|[ ]+)(?=\d(?![\d/])[ ]*[.,;]?[ ]*$)")


#: … or its last figure, a 1, read as a stroke after a space ("ngay. 11 thang 05 nam 202 |": real Tesseract-eng on
#: fresh seed 1563, the plan's date lost)
_YEAR_LAST_ONE_AS_STROKE = regex.compile(r"(?<=(?<![\p{L}\d])(?i:ng\S{1,3}y)[ .]+\d{1,2}[ ]+\S{3,6}[ ]+\d{1,2}[ ]+"
                                         r"(?i:n\S{1,3}m)[ ]*(?:19|20)\d)[ ]?[|Il](?=[ ]*[.,;]?[ ]*$)")


#: a header date's year of five figures, a speck read as one more among them ("ngày 13 thang 07 năm 23021": vetplan's
#: OCR of fresh seed 2801's scan, the plan's date lost)
_DATE_YEAR_OF_FIVE_FIGURES = regex.compile(r"(?<=(?<![\p{L}\d])(?i:ng\S{1,3}y)[ .]+\d{1,2}[ ]+\S{3,6}[ ]+\d{1,2}[ ]+"
                                      r"(?i:n\S{1,3}m)[ ]*)\d{5}(?![\d/])")


def one_figure_less(figures: str, fits: Callable[[str], bool]) -> str | None:
    """The one reading of ``figures`` with a figure taken out that ``fits`` (a speck read as a figure among them):
    ``("23021", a plan's year)`` → "2021"; None where none or two readings fit ("20235": 2023 or 2025)."""
    found = {figures[:k] + figures[k + 1:] for k in range(len(figures))}
    found = {f for f in found if fits(f)}
    return found.pop() if len(found) == 1 else None


def _a_plans_year(figures: str) -> bool:
    """Whether four figures are a year a plan may be dated: 1990–2039."""
    return len(figures) == 4 and 1990 <= int(figures) <= 2039


def fix_year_parted(line: str) -> list[Edit]:
    """``"Yén Bai, ngay 16 thang 02 nam 202‘ 2"`` → "nam 2022" (sample 000's engine on fresh seed 1919 eng000: the
    plan's date had been lost), ``"nam 202 |"`` → "2021", ``"năm 23021"`` → "2021" (a speck's figure among its, where
    one year alone is left without one); a year written whole is left."""
    return [(m.start(), m.end(), "", 0.8) for m in _YEAR_PARTED.finditer(line)] + [
        (m.start(), m.end(), "1", 0.75) for m in _YEAR_LAST_ONE_AS_STROKE.finditer(line)] + [
        (m.start(), m.end(), year, 0.7) for m in _DATE_YEAR_OF_FIVE_FIGURES.finditer(line)
        if (year := one_figure_less(m.group(), _a_plans_year)) is not None]


def fix_time_span_from(line: str, next_line: str = "", prev_line: str = "") -> list[Edit]:
    """"từ" opening a time span ("… đại chúng t} thang 3 d|n th9ng 10/2024"): the word before "tháng <n> đến tháng
    <n>" is "từ" whatever its vowel came out as (the LM had preferred "chúng ta tháng 3", and the task's time was
    lost), and the word between the months "đến" ("th<;>ng 5 PfiN thang 9": it had been read "đơn"; glued to the
    month after it, "d<nthang 6", its space put back); words written so already are left. The span may go on on the
    ``next_line`` ("… đại chúng tiv thang 3" / "đến tháng 7/2021": it had been "chúng tôi"), or have begun on the
    ``prev_line`` ("… đại chúng tir thang" / "3.dén thang 10/2016.": its speck glued to "đến", real Tesseract-eng on
    fresh seed 992, the task's time lost); edits of this line only."""
    if not _A_FIGURE.search(line) and not _A_FIGURE.search(next_line) and not _A_FIGURE.search(prev_line):
        return []  # (every span's pattern reads its two months' figures, the word "đến" between them)
    tail = prev_line.rstrip()[-6:].lower()
    if "/" in line and (tail.endswith(("ng", "mg", "rg", "lg")) or tail[-1:].isdigit()):  # (a span going on from the
        # line before: it ends with a month's word or number)
        own = fix_time_span_from(line, next_line)
        off = len(prev_line) + 1
        late = [(a - off, b - off, r, c) for a, b, r, c in fix_time_span_from(f"{prev_line} {line}") if a >= off]
        return own + [e for e in late if not any(e[0] < x[1] and x[0] < e[1] or e[:3] == x[:3] for x in own)]
    if next_line.strip():
        joined = f"{line} {next_line.lstrip()}"
        return [e for e in fix_time_span_from(joined) if e[1] <= len(line) and (e[0] < len(line) or e[0] < e[1])]
    if not _FIGURES_APART.search(line):
        return []
    out: list[Edit] = []
    for m in _SPAN_FROM.finditer(line):
        tok = m.group(1)
        if tok.lower() != "từ":
            out.append((m.start(1), m.end(1), "Từ" if tok[0] == "T" else "từ", 0.85))
        out += _span_to(line, m)
        if m.group("speck"):  # (it had ended the sentence: "lý tháng 2. đến …", the task's time lost; glued to "đến"
            # after it: "tir thang" / "3.dén thang 10/2016", real Tesseract-eng on fresh seed 992)
            out.append((*m.span("speck"), "" if line[m.end("speck"):m.end("speck") + 1].isspace() else " ", 0.85))
    for m in _SPAN_FROM_GLUED.finditer(line):  # ("t9thang 3": its space put back apart, parting the token)
        at = m.end(1)
        if m.group(1).lower() != "từ":
            out.append((m.start(1), at, "Từ" if m.group(1)[0] == "T" else "từ", 0.85))
        out.append((at, at, " ", 0.85))
        out += _span_to(line, m)
    for m in _SPAN_FROM_GLUED_AFTER_WORD.finditer(line):  # (parted from the word before and the month after)
        a, b = m.span(1)
        out += [(a, a, " ", 0.85), (a, b, "từ", 0.85), *([] if line[b] == " " else [(b, b, " ", 0.85)]),
                *_span_to(line, m)]
    if not out:
        for m in _SPAN_LOOSE.finditer(line):
            if _loose_month_word(m.group("m1")) and _loose_month_word(m.group("m2")):
                out += _loose_span_edits(line, m)
    if not out and "t" in line:  # ("từ" glued to the word before: "thong tin daichungtf thang 7 dSrthang 9I2023")
        for m in _SPAN_LOOSE_GLUED.finditer(line):
            if _loose_month_word(m.group("m1")) and _loose_month_word(m.group("m2")):
                out += _loose_span_edits(line, m)
    return out


def _loose_span_edits(line: str, m: regex.Match[str]) -> list[Edit]:
    """The edits that write a loose span's words (:data:`_SPAN_LOOSE`, :data:`_SPAN_LOOSE_GLUED`) as "từ tháng … đến
    tháng", each word parted from the ones it was glued to."""
    out: list[Edit] = []
    tok = m.group("from")
    glued = not line[m.end("from")].isspace()
    before = line[m.start("from") - 1:m.start("from")].isalpha() if m.start("from") else False
    if before:  # (an insertion of its own: it parts the glued word before, which the decoder then reads)
        out.append((m.start("from"), m.start("from"), " ", 0.8))
    if tok.lower() != "từ" or glued:
        out.append((*m.span("from"), ("Từ" if tok[0] == "T" else "từ") + " " * glued, 0.8))
    a, b = m.span("to")
    out += [] if line[a - 1] == " " else [(a, a, " ", 0.8)]
    out += [] if m.group("to").lower() == "đến" else [(a, b, "đến", 0.8)]
    out += [] if line[b:b + 1] == " " else [(b, b, " ", 0.8)]
    out += [(x, y, "THÁNG" if line[x:y].isupper() and y - x > 3 else "tháng", 0.8)
            for x, y in (m.span("m1"), m.span("m2")) if line[x:y].lower() != "tháng"]
    x = m.end("m1")
    out += [(x, x, " ", 0.8)] if line[x:x + 1].isdigit() else []  # ("thang3dSn": the first month's number too)
    y = m.end("m2")
    out += [(y, y, " ", 0.8)] if line[y:y + 1].isdigit() else []  # ("thamg9I2021": its number parted)
    return out + ([(*m.span("sep"), "/", 0.8)] if m.group("sep") != "/" else [])  # (and its slash: "9I2021")


def _span_to(line: str, m: regex.Match[str]) -> list[Edit]:
    """A span's "đến" (the match's group "to") written so, and parted from the month's word it was glued to; its two
    months' words "tháng" ("t< th|ng 5 den thing 10/2020": "thống 5" had been read)."""
    a, b = m.span("to")
    months = [(x, y, _MONTH_WORD[line[x:y].isupper()] if line[x:x + 1].isupper() else "tháng", 0.85)
              for x, y in (m.span("m1"), m.span("m2")) if line[x:y].lower() != "tháng"]
    return ([(a, a, " ", 0.85)] if a and line[a - 1].isdigit() else []) + (  # (glued to the first month's number:
        # "tu thang2dSn thang 9/2020", fresh seed 10966 code004, read "tháng 2đến")
        [] if m.group("to").lower() == "đến" else [(a, b, "đến", 0.85)]) + \
        ([(b, b, " ", 0.85)] if line[b:b + 1].isalpha() else []) + months


_MONTH_WORD = {False: "Tháng", True: "THÁNG"}


#: a word of two capitals before a Capitalised word of small letters, off a run of capitals: its second letter's shape
#: is its small one's, only larger (o, ô, ơ with any tone; c, s, u, ư, v, w, x, z), so OCR read the small letter large
#: ("SỞ Lao động - Thương binh và Xã hội chủ trì": Sở; the lead agency had been lost)
_SMALL_READ_LARGE = regex.compile(r"(?<![\p{L}\d])(?<!\p{Lu}{2,}[ ]+)(\p{Lu})(\p{Lu})(?=[ ]+\p{Lu}\p{Ll}+[ ]+\p{Ll})")
#: letters whose capital is their small letter made larger: OCR tells them apart by size alone
SIZE_ONLY_LETTERS = frozenset("cosuvwxz")


def fix_small_letter_read_large(line: str) -> list[Edit]:
    """A two-letter word in a line of mixed case whose second letter OCR read as a capital by its shape: ``"SỞ Lao động
    - Thương binh"`` → "Sở", ``"BỘ Tài chính"`` → "Bộ" (a marked letter only: "SO", "UB" may be abbreviations); a
    heading in capitals ("SỞ LAO ĐỘNG", "UBND TỈNH ... SỞ Lao") stays."""
    out: list[Edit] = []
    for m in _SMALL_READ_LARGE.finditer(line):
        second = m.group(2)
        small = second.lower()
        if skeleton(small) in SIZE_ONLY_LETTERS and small != skeleton(small) and is_valid_syllable(
                (m.group(1) + small).lower()):
            out.append((m.start(2), m.end(2), small, 0.8))
    return out


def fix_agency_name_case(line: str, agencies: tuple[str, ...]) -> list[Edit]:
    """A department's or ministry's name (``agencies``: "Sở Kế hoạch và Đầu tư", …) written in the case its decree
    gives it where a repaired line has it in another: ``"Sở Kế hoạch và đầu tư"`` → "Đầu tư" (a code's capital after a
    stand-in taken for noise), ``"Sở Nông nghiệp và Phát Triển nông thôn"`` → "triển" (a small t OCR read as a capital
    L); its head word Capitalised as written ("các sở kế hoạch" is left), a name in capitals too ("SỞ NỘI VỤ")."""
    low = line.lower()
    if len(low) != len(line) or ("Sở " not in line and "Bộ " not in line and "SỞ " not in line and "BỘ " not in line
                                 and "với sở " not in line):
        return []
    names, rx = _agency_names(agencies)
    out: list[Edit] = []
    for m in rx.finditer(low):
        at, end = m.span()
        name = names[m.group(0)]
        # (its head in capitals too, where the rest is not: a code's random capitals, "SỞ TÀI chính", fresh seed 3390
        # code, the partner lost; or small after "phối hợp với", where a partner's name stands: "phối hợp với sở công
        # Thương", a code's "veIS?C|ng The&ng", fresh seed 6237 code, the partner lost)
        if line[at:end] != name and (line[at:at + 3] in (name[:3], name[:3].upper()) or (
                line[at:at + 3] == name[:3].lower() and line[:at].endswith("phối hợp với "))) \
                and not line[at:end].isupper():
            out.append((at, end, name, 0.8))
    return out


#: the recipients' item "Các sở, ban, ngành" whose "sở" was read as another short word ("Các sẽ, ban, ngành", "Các sự,
#: ban, ngành": a code's "Cacsa,", "C>csu,", fresh seeds 1288 code004 and 1274 code; "Các và, ban", dev seed 370) — the
#: item is a fixed phrase, no other word stands there
_DEPARTMENTS_ITEM_HEAD = regex.compile(r"(?<=(?<![\p{L}\d])[Cc]ác[ ])(?!sở,)(?:s\p{L}{0,2}|và|[56])"
                                       r"(?=,[ ]*ban,[ ]*ngành)")
# (its s lost, its ở read 6: "Các 6, ban, ngành", real Tesseract-eng on fresh seed 8403, the recipient lost)
#: … or its "Các" read as another short word at the item's start ("- Cde s¢, banl, nganh": sample 000's engine on fresh
#: seed 2846 eng000, read "Để sở, ban, ngành", the recipient lost)
_DEPARTMENTS_ITEM_OPENING = regex.compile(r"(?<=^\s*[-–•+]?\s*)(?!(?i:các)[ ])\p{L}{1,3}(?=[ ]sở,[ ]*ban,[ ]*ngành)")
#: … or its "ngành" read as another word of ng ("- Các sở, ban, ngắn KT. CHỦ TỊCH": vetplan's OCR of fresh seed 3053's
#: scan, "ngan", the recipient lost), before the item's end or the signer's block merged after it
_DEPARTMENTS_ITEM_LAST_WORD = regex.compile(r"(?<=(?<![\p{L}\d])[Cc]ác[ ]sở,[ ]*ban,[ ]*)(?!ngành(?![\p{L}\d]))"
                                            r"ng\p{Ll}{1,3}(?=[ ]*[;.,]?[ ]*(?:$|[A-ZĐ]{2}))")
#: "khai" of the title "Triển khai …" whose k a scan read as a capital ("Triển Khai công tác giáo dục nghề nghiệp": real
#: Tesseract-eng on fresh seed 719 eng, the title lost) — no name follows "Triển" before a word in small letters
_DEPLOY_WORD_CAPITAL = regex.compile(r"(?<=(?<![\p{L}\d])Triển[ ])Khai(?=[ ]+\p{Ll})")
#: … and "công" of "Triển khai công tác" with a capital a code gave it ("Tri@n khaiCong tae giao duc": fresh seed 2343
#: code004, the title lost)
_WORK_WORD_CAPITAL = regex.compile(r"(?<=(?<![\p{L}\d])Triển[ ]khai[ ])Công(?=[ ]+tác[ ]+\p{Ll})")
#: … and "nghề" of "giáo dục nghề nghiệp" written with a capital a speck gave it ("giao duc Pnghé nghiép": fresh seed
#: 1352 eng000, the title lost)
_VOCATIONAL_WORD_CAPITAL = regex.compile(r"(?<=(?<![\p{L}\d])giáo dục[ ])Nghề(?=[ ]nghiệp(?![\p{L}\d]))")
#: a speck's stop or colon between "nghề" and "nghiệp" after "giáo dục" ("giáo dục nghề: nghiệp năm 2016": real
#: Tesseract-eng on fresh seed 974, the title lost)
_VOCATIONAL_WORDS_SPECK = regex.compile(r"(?<=(?<![\p{L}\d])giáo dục[ ]nghề)[:;.,'‘’](?=[ ]nghiệp(?![\p{L}\d]))")
#: "bàn" of "trên địa bàn" before a place's type word, its n lost ("trên địa ba tỉnh Nghệ An": a code's "dia ba tinh",
#: fresh seed 1271 code004, the title lost) — no "địa ba" is said
_AREA_WORD_N_LOST = regex.compile(r"(?<=(?<![\p{L}\d])địa[ ])(?!bàn(?![\p{L}\d]))b\p{L}{0,2}"
                                  r"(?=[ ]+(?:tỉnh|thành phố|huyện|quận|quản|thị xã|thị trấn|xã|phường)(?![\p{L}\d]))")
#: "quận" after "địa bàn" before its place read "quản" ("trên diabanquan Long Bien": a code's, fresh seed 3246 code004,
#: read "địa ban quản", the title lost) — no one "manages" a Capitalised name there
_DISTRICT_WORD_MISREAD = regex.compile(r"(?<=(?<![\p{L}\d])địa[ ]b\p{L}{1,2}[ ])quản(?=[ ]\p{Lu})")
# (or another word of b and up to two letters, "địa bầu tỉnh Lào Cai": fresh seed 1398 code004)
#: … and its "địa" read as another word ("trên đưa bàn tỉnh Bình Thuận": a code's "tr&ndua ban", fresh seed 2925 code;
#: "trên phá bàn thành phố", 3259 code: the titles lost) — nothing else stands between "trên" and "bàn" before a place's
#: type word
_AREA_WORD_D_MISREAD = regex.compile(r"(?<=(?<![\p{L}\d])trên[ ])(?!địa[ ])\p{Ll}{2,4}(?=[ ]bàn[ ]+"
                                     r"(?:tỉnh|thành phố|huyện|quận|thị xã|thị trấn|xã|phường)(?![\p{L}\d]))")
#: … or "địa bàn" run together and read "đã ban" ("trên d}aban huyen Ky Anh": a code's, fresh seed 7015 code, the title
#: lost), or as two other words of đ and b ("trên đưa bạn thị xã Điện Bàn": a code's "trendua ban", fresh seed 7582
#: code)
_AREA_WORDS_READ_DA_BAN = regex.compile(r"(?<=(?<![\p{L}\d])trên[ ])(?!địa[ ])đ\p{L}{0,2}[ ]b\p{L}{1,2}"
                                        r"(?=[ ]+(?:tỉnh|thành phố|huyện|quận|thị xã)(?![\p{L}\d]))")
#: a speck's comma or stop between "trên" and "địa bàn" before a place's type word ("nghề nghiệp trén, dia ban huyén Lg
#: Thuy": sample 000's engine on fresh seed 16708 eng000, the title kept it)
_SPECK_BEFORE_THE_AREA_WORDS = regex.compile(r"(?<=(?<![\p{L}\d])trên)[,.;:'‘’`]+(?=[ ]địa[ ]bàn[ ]+(?:tỉnh|thành phố"
                                             r"|huyện|quận|thị xã)(?![\p{L}\d]))")
#: "trên" before "địa bàn" after "nghề nghiệp" in a title read as another short word ("giáo dục nghề nghiệp nên địa bàn
#: thành phố Đà Nẵng": fresh seed 1418 code004), and "lao" of the title "Đào tạo nghề cho lao động nông thôn" read as
#: another ("cho vào động", "cho hảo động", "cho áo động": fresh seeds 1405, 1363, 1280 code004)
_ON_WORD_MISREAD = regex.compile(r"(?<=(?<![\p{L}\d])nghiệp[ ])(?!trên(?![\p{L}\d]))\p{L}{2,4}"
                                 r"(?=[ ]địa bàn[ ])")  # (after any "nghiệp": "giáo duerghe nghiệp em địa bàn", a
# code's on fresh seed 9245 code004, its "nghề" glued besides)
#: "nông thôn" ending the title "Đào tạo nghề cho lao động nông thôn" read as other words of n and th ("nong thom", a
#: code's n written m: read "năng tham", fresh seed 1478 code004, the title lost)
_RURAL_WORDS_MISREAD = regex.compile(r"(?<=(?<![\p{L}\d])nghề cho lao động[ ])(?!nông thôn(?![\p{L}\d]))"
                                     r"n\p{Ll}{1,3}[ ](?:th|M)\p{Ll}{1,3}(?=[ ]+năm[ ]|[ ]*$)")
# (its th a code's M: "nong Mol)nam 2022", sample 004's code on fresh seed 3120 code004, read "nông Một")
#: … or ending a target's "cho <count> lao động nông thôn", run together and read as other words ("lao d\\lng
#: n@ngth}N.": a code's, fresh seed 3233 code, read "nhưng thần", the title's target lost)
_RURAL_WORDS_AFTER_A_COUNT = regex.compile(r"(?<=(?<![\p{L}\d])\d[\d.,]*[ ]lao[ ]động[ ])(?!nông thôn(?![\p{L}\d]))"
                                           r"n\p{Ll}{1,4}[ ](?:th|M)\p{Ll}{1,3}(?=[ ]*[.;,]?[ ]*$)")
_LABOUR_WORD_MISREAD = regex.compile(r"(?<=(?<![\p{L}\d])nghề cho[ ])(?!lao(?![\p{L}\d]))\p{L}{1,4}"
                                     r"(?=[ ]động nông thôn(?![\p{L}\d]))")

#: "tác" of the title "Triển khai công tác giáo dục nghề nghiệp" read as another short word ("cong ae", a code's t lost:
#: read "công về", fresh seed 1431 code004, the title lost)
_WORK_WORD_MISREAD = regex.compile(r"(?<=(?<![\p{L}\d])[Tt]riển khai công[ ])(?!tác(?![\p{L}\d]))\p{L}{1,3}"
                                   r"(?=[ ]giáo dục nghề nghiệp(?![\p{L}\d]))")

#: … and its "Triển" read as another word of T and n at the title's start ("Tienkhai cong tac", a code's r and space
#: lost: read "Tiền khai", fresh seed 1471 code004, the title lost)
_DEPLOY_WORD_MISREAD = regex.compile(r"(?<=^\s*)(?!Triển[ ])T\p{Ll}{1,4}n(?=[ ]khai công tác(?![\p{L}\d]))")


#: the rate's words "Tỷ lệ" opening the target "Tỷ lệ lao động qua đào tạo đạt …", read as two other short words
#: ("- Ty te lao dong qua dao tao dat 59,8°o,": real Tesseract-eng on fresh seed 866, read "Y tế", the target lost)
_RATE_WORDS_MISREAD = regex.compile(r"(?<=^\s*[-–•+]?\s*)(?!T[ỷỉ] lệ[ ])\p{L}{1,3}[ ]\p{L}{1,3}"
                                    r"(?=[ ]lao động qua đào tạo[ ](?:nghề[ ])?đạt[ ]\d{1,3}(?:,\d{1,2})?[ ]?%)")


#: a speck's hyphen between "Triển" and "khai" of the title ("Trien-khai cong tac": real Tesseract-eng on fresh seed
#: 863, the title lost)
_DEPLOY_HYPHEN = regex.compile(r"(?<=(?<![\p{L}\d])[Tt]riển)-(?=khai[ ])")
#: … or a speck's comma or stop after it ("Triển, khai công tác": sample 000's engine on fresh seed 2662 eng000, the
#: title lost)
_DEPLOY_SPECK = regex.compile(r"(?<=(?<![\p{L}\d])[Tt]riển)[,.](?=[ ]khai[ ])")
#: … or a speck's hyphen glued after it, "khai" Capitalised after it ("Lrien- Khai cong tac giao duc": real
#: Tesseract-eng on fresh seed 7371, read "Triển - Khai", the title lost)
_DEPLOY_HYPHEN_SPACED = regex.compile(r"(?<=(?<![\p{L}\d])[Tt]riển)[ ]?-[ ]Khai(?=[ ]+\p{Ll})")
#: quote specks between "năm" and its year ("… giáo dục nghề nghiệp nim‘ ‘ 2024": sample 000's engine on fresh seed
#: 11084 eng000, read "năm‘ ‘ 2024", the title lost)
_SPECKS_AFTER_THE_YEARS_WORD = regex.compile(r"(?<=(?<![\p{L}\d])năm)(?:[ ]?[‘’'`])+[ ]+(?=(?:19|20)\d\d(?!\d))")
#: a speck's hyphen glued after a header's place, before the national motto merged on its line ("THANH PHO HALONG- Déc
#: lap - Ty do": real Tesseract-eng on fresh seed 7640, the issuer kept it)
_HYPHEN_BEFORE_THE_MOTTO = regex.compile(r"(?<=\p{Lu}{2})-(?=[ ]+Độc lập[ ]-)")
#: specks after a title's year ending its line ("… nghề nghiệp năm 2016_": vetplan's OCR of fresh seed 4858's scan, the
#: title kept it)
_SPECKS_AFTER_A_TITLES_YEAR = regex.compile(r"(?<=(?<![\p{L}\d])năm[ ](?:19|20)\d\d)[_~|]+(?=[ ]*$)")
#: … or a speck apart after it, in a title's line: a stop, a sign, or a letter the decoder made of one with a question
#: mark ("… huyện Ba Tơ năm 2016 .", "… năm 2016 ©", "… nông thôn năm 2024 ở?": real Tesseract-eng on fresh seeds 8785,
#: 8792 and 8811, the titles kept them) — a title ends with its year
_SPECK_APART_AFTER_A_TITLES_YEAR = regex.compile(r"(?<=^[ ]*(?:Phát triển|Triển khai|Đào tạo)[ ].{0,150}?"
                                                 r"(?<![\p{L}\d])năm[ ](?:19|20)\d\d)[ ]+(?:[.©®°•·]|\p{Ll}\?)[ ]*$")
#: the committee's "ỦY" opening the header with specks read as marked capitals ("ỦÙŸ BẠN NHÂN DÂN": vetplan's OCR of
#: fresh seed 4873's scan, the issuer lost)
_COMMITTEE_WORD_WITH_SPECKS = regex.compile(r"^[ ]*\K[UỦ][ÙÚỦŨỤUŸÝỲỶỸỴY]{2,3}(?=[ ]BAN[ ]NHÂN[ ]DÂN(?![\p{L}\d]))")
#: a town's "THỊ" its T read F in the header ("FHỊ XÃ SÔNG CẦU": vetplan's OCR of fresh seed 4868's scan, the issuer
#: lost)
_TOWNS_T_READ_F = regex.compile(r"(?<![\p{L}\d])F(?=HỊ[ ]XÃ[ ]\p{Lu})")
#: a recipients' item whose dash was read as a low bar and a speck ("_.Chủ tịch, các PCT UBND tỉnh": real Tesseract-eng
#: on fresh seed 7744, the item run into the one before) — before the words only a recipients' item opens with
_ITEM_DASH_AS_A_BAR = regex.compile(r"^[ ]*_[.,]?[ ]?(?=(?:Chủ tịch, các PCT|Thường trực|UBND các|Các sở|Bộ Lao động)"
                                    r"(?![\p{L}\d]))")
#: the task's time label its "thời" read as a short word ("nh gian thực hiện: Quý II/2018.": vetplan's OCR of fresh seed
#: 4912's scan, the task's time lost) — no other word stands before "gian thực hiện:"
_TIME_LABELS_FIRST_WORD_MISREAD = regex.compile(r"(?<=^[ ]*[-–+•][ ]*)(?![Tt]hời[ ])\p{L}{1,4}"
                                                r"(?=[ ]gian[ ]thực[ ]hiện[ ]?:)")
#: … in small letters opening a line without a dash (the line before may end where the label goes on, "…;" / "thời
#: gian …": its case kept)
_TIME_LABELS_FIRST_WORD_SMALL = regex.compile(r"(?<=^[ ]*)(?![Tt]hời[ ])\p{Ll}{1,4}(?=[ ]gian[ ]thực[ ]hiện[ ]?:)")
#: a span's "đến" read as a quote mark ("… từ tháng 8 “ tháng 11/2023.": vetplan's OCR of fresh seed 4938's scan, the
#: task's time lost)
_SPAN_TO_AS_A_QUOTE = regex.compile(r"(?<=(?<![\p{L}\d])từ[ ]tháng[ ]\d{1,2}[ ])[“”\"'‘’`]{1,2}"
                                    r"(?=[ ]tháng[ ]\d{1,2}/(?:19|20)\d\d(?!\d))")
#: a bracket's speck opening a line before a date that no bracket closes ("… trước ngày" / "(09/12/2021.": real
#: Tesseract-eng on fresh seed 7855, the report's deadline lost)
_BRACKET_OPENING_A_DATE = regex.compile(r"^[ ]*\K\((?=\d{1,2}/\d{1,2}/(?:19|20)\d\d(?!\d)[^)]*$)")
#: a deputy's position with a hyphen for the space after "PHÓ" ("PHO-CHU TICH": real Tesseract-eng on fresh seed 7805,
#: the signer's position lost)
_DEPUTYS_HYPHEN = regex.compile(r"(?<=(?<![\p{L}\d])PHÓ)-(?=(?:CHỦ[ ]TỊCH|GIÁM[ ]ĐỐC)(?![\p{L}\d]))")
#: the chairman's word parted after its C, which the decoder then read as "Chủ" ("- ;:C hủ tịch, các PCT": vetplan's OCR
#: of fresh seed 4734's scan, read "C Chủ tịch", the recipient lost)
_CHAIRMANS_C_PARTED = regex.compile(r"(?<=^[^\p{L}\d]*)C[ ](?=Chủ[ ]tịch,)")
#: the committee's D read as a stroke, glued to the province's word after the deputies, its h read l ("- Chủ tịch, các
#: PCT UBNItinl": vetplan's OCR of fresh seed 4711's scan, the recipient lost; the council's, read before the decoder,
#: is :data:`_COUNCIL_GLUED_TO_THE_PROVINCE`)
_COMMITTEE_GLUED_TO_THE_PROVINCE = regex.compile(r"(?<=(?<![\p{L}\d])PCT[ ]+)UBN[DI1l|]?t[iỉ]n[hl](?=[ ]*[;.:]?[ ]*$)")


#: "cho" of the title "Đào tạo nghề cho lao động nông thôn" read as another word ("ngh~leMo lao", a code's c written e
#: and h M, a space l: read "nghề làm lao", fresh seed 1546 code004, the title lost)
_FOR_WORD_MISREAD = regex.compile(r"(?<=(?<![\p{L}\d])(?i:đào tạo)[ ]nghề[ ])(?!cho[ ])\p{L}{2,4}"
                                  r"(?=[ ]lao động nông thôn(?![\p{L}\d]))")
#: "triển" of the title "Phát triển giáo dục nghề nghiệp" read as one or two other short words ("Phdt trl:n giao duc",
#: sample 000's engine on fresh seed 1552 eng000: read "Phát từ nữ", the title lost)
_GROWTH_WORD_MISREAD = regex.compile(r"(?<=^\s*Phát[ ])(?!(?:triển|huy|hành|động|hiện|sinh|biểu)[ ])"
                                     r"\p{Ll}{1,4}(?:[ ]\p{Ll}{1,3})?"
                                     r"(?=[ ]giáo dục nghề nghiệp(?![\p{L}\d]))")


#: "công tác giáo" of the title "Triển khai công tác giáo dục nghề nghiệp" run together ("Tri@n khai congtacgiao duc",
#: a code's lost spaces: left as it was, fresh seed 1562 code004, the title lost)
_WORK_WORDS_GLUED = regex.compile(r"(?<=^\s*Triển khai[ ])c\S{2,4}t\S{1,3}c?gi\S{1,3}"
                                  r"(?=[ ]dục nghề nghiệp(?![\p{L}\d]))")
#: … "công tác" alone run together, before "giáo dục" ("Tri@n khai cogtae giao duC": sample 004's code on fresh seed
#: 3126 code004, left as it was, the title lost)
_WORK_WORDS_RUN_TOGETHER = regex.compile(r"(?<=^\s*Triển khai[ ])c\p{Ll}{1,3}t\p{Ll}{1,2}[ce]"
                                         r"(?=[ ]giáo[ ]dục(?![\p{L}\d]))")
#: "báo cáo" before "kết quả" run together, its c a code's e ("baoeao kSt qua", fresh seed 1562 code004: left as it
#: was, the report's deadline lost)
_REPORT_WORDS_GLUED = regex.compile(r"(?<![\p{L}\d])b\S{1,2}?[oO][ce]\S{1,2}?[oO](?=[ ]kết quả(?![\p{L}\d]))")
# (its o a capital, "baOeao kSt qua", fresh seed 1923 code004)
#: … with "kết" glued to them too, "quả" read "qua" ("đơn vị baoeaokSt qUa V~ Sa Lao d9ng": fresh seed 1772 code004, the
#: report's deadline lost)
_REPORT_RESULT_GLUED = regex.compile(r"(?<![\p{L}\d])b\S{1,2}?[oO][ce]\S{1,2}?[oO]k\S{1,2}t[ ]qu[aả](?![\p{L}\d])")


#: a speck's comma or stop inside "lao động nông thôn" ("cho lao d6ng nong, thon", "lao dong, nong thon": sample 000's
#: engine on fresh seeds 2264 and 2292 eng000, the titles lost) — the term is never parted so
_RURAL_LABOUR_SPECK = regex.compile(r"(?<=(?<![\p{L}\d])lao động)[,.](?=[ ]nông thôn(?![\p{L}\d]))"
                                    r"|(?<=(?<![\p{L}\d])lao động[ ]nông)[,.](?=[ ]thôn(?![\p{L}\d]))")
#: "động" of "lao động nông thôn" read as another word of its letters but its first ("cho 1.750 lao công nông thôn":
#: sample 000's engine's "lao gong", fresh seed 2598 eng000, the target lost; "lao công", a janitor, works in no
#: countryside)
_LABOUR_WORD_D_MISREAD = regex.compile(r"(?<=(?<![\p{L}\d])lao[ ])(?!động)[cgbpđd]\p{Ll}ng"
                                       r"(?=[ ]nông thôn(?![\p{L}\d]))")
#: the recipients' "Chủ tịch" before the deputies read as two other words of C ("- Chỉ tiêu, các PCT UBND tỉnh":
#: sample 004's code's "Chlii)tieh", fresh seed 2914 code004, the recipient lost; "Chia sẻ", 3039)
_CHAIRMAN_WORDS_MISREAD = regex.compile(r"(?<=^\s*[-–•+]?\s*)(?!Chủ tịch,)[Cc]\p{Ll}{1,4}"  # (a code's "lii" for
                                        # its ủ: "- Chlii tich, cac PCT", fresh seed 11248 code004, the recipient lost)
                                        r"(?:[ ]\p{Ll}{1,4}|l?t\p{Ll}{2,4})"  # (a code's l for the space: "Chiiltich",
                                        # fresh seed 6452 code004)
                                        # (its C small too: "- chu iCM, cacPCT UBND tinh;", fresh seed 4986 code004,
                                        # read "chủ ích"; its two words glued, a code's l for a space after them: "-
                                        # Chutichl, cac PCT", fresh seed 5632 code004, the recipient lost)
                                        r"(?=,[ ]*c\p{Ll}{1,3}[:;.]?[ ]+PCT(?![\p{L}\d]))")
#: "tổ" of "tổ chức" read as the ministry's head word mid-sentence ("Sở Kế hoạch và Đầu tư Bộ chức các lớp": sample
#: 004's code's "B chuc" on fresh seed 3098 code004, the partner run on into it) — "Bộ chức" is said of nothing
_ORGANISE_WORD_AS_MINISTRY = regex.compile(r"(?<=\p{Ll}[ ])Bộ(?=[ ]chức[ ]\p{Ll})")
#: the recipients' "Thường trực Tỉnh ủy" with its last words read as others ("- Thường rực Tin huy;", "Thường trực Tìm
#: huy": sample 004's code on fresh seeds 3074 and 3105 code004, the recipient lost)
_PARTY_COMMITTEE_ITEM_MISREAD = regex.compile(r"(?<=^\s*[-–•+]?\s*Thường[ ])(?!trực Tỉnh ủy)"
                                              r"(?:trực|r\p{Ll}{1,3}|t\p{Ll}{2,3})"
                                              r"[ ](?:T\p{Ll}{1,3}|1[ ]?\p{Ll}{2,3})[ ](?:\p{Ll}{0,2}[uúùủũụ]y|ỦY)"
                                              r"(?=[;.,:]?\s*$|[;.,:]?[ ]+(?:KT\.|TM\.)?[ ]*\p{Lu}{2,}[ ]\p{Lu}{2,})")
# (its T read as a stroke and a space, "ủy" in capitals, the signature's column after it: "- Thương trực 1 ính ỦY: PHÓ
# GIÁM ĐỐC", vetplan's OCR of fresh seed 2425's scan, the recipient run into the next)
#: … the whole item misread, its head's mark too and the body's T read P ("- Thuong trae Pink uy;" read "Thưởng trần
#: Pink ủy": real Tesseract-eng on fresh seed 3915, the recipient lost)
_PARTY_COMMITTEE_WHOLE_ITEM_MISREAD = regex.compile(r"(?<=^\s*[-–•+]?\s*)(?!Thường[ ])Th\p{Ll}{2,5}ng"
                                                    r"[ ](?:tr\p{Ll}{1,3}|r\p{Ll}{1,3}|t\p{Ll}{2,3})[ ][TP]\p{Ll}{1,3}"
                                                    r"[ ]\p{Ll}{0,2}[uúùủũụ]y(?=[;.,]?\s*$)")
#: … its T read P, the body's F and its "ủy" a sign ("- Phirong true Finh ¢": real Tesseract-eng on fresh seed 4186,
#: read "Phương trực Tỉnh ở", the recipient lost; a hyphen's speck before "trực": "- Phuong -truc Tinh uy;", 4569)
_PARTY_COMMITTEE_ITEM_READ_PH = regex.compile(r"(?<=^\s*[-–•+]?\s*)Ph\p{Ll}{2,5}ng[ ]-?tr\p{Ll}{1,3}[ ][TPF]\p{Ll}{1,3}"
                                              r"(?:[ ](?:\p{Ll}{0,2}[uúùủũụ]y|ở|[^\s\p{L}\d]))?(?=[;.,]?\s*$)")
#: the comma after the recipients' "Chủ tịch" read as a bracket before "các PCT" ("Chu. tich) cae PCT UBND tinh": real
#: Tesseract-eng on fresh seed 3993, the recipient lost; lost, it is _CHAIRMAN_COMMA_LOST's)
_CHAIRMANS_COMMA = regex.compile(r"(?<=(?<![\p{L}\d])Chủ tịch)[)\]}](?=[ ]các[ ]PCT(?![\p{L}\d]))")
#: a task's label "Đơn vị" with its "vị" read as another short word before "chủ trì" or "phối hợp" and the colon ("~ Don
#: yj chi tri: Sé Lao d6ng", real Tesseract-eng on fresh seed 3924, read "Đơn ý", the lead lost)
_UNIT_WORD_MISREAD = regex.compile(r"(?<=(?<![\p{L}\d])Đơn[ ])(?!vị[ ])\p{Ll}{1,2}[)\]}]?"
                                   r"(?=[ ](?:chủ trì|phối hợp)[ ]?:)")
# (a bracket's speck after it: "- Don-y) phoi hgp:", real Tesseract-eng on fresh seed 4522, the partner lost)
#: "khai công" of the title "Triển khai công tác" glued, its c a code's e ("Triển khaieong tác giáo dục": sample 004's
#: code on fresh seed 3110 code004, the title lost)
_DEPLOY_WORK_GLUED = regex.compile(r"(?<=^\s*Triển[ ])khai[ec]\p{Ll}{2,3}(?=[ ]tác[ ]giáo)")
#: … "khai công tác giáo" run together whole before "dục" ("Triển khaicongtacgiao dục nghề nghiệp năm 2018": sample
#: 004's code on fresh seed 17497 code004, the title lost)
_DEPLOY_WORK_AND_EDUCATION_GLUED = regex.compile(r"(?<=^\s*Triển[ ])khaic\S{1,2}ngt\S{1,2}cgi\S{1,2}o"
                                                 r"(?=[ ]dục[ ]nghề)")
#: … "Triển" glued before them too ("Tri@nkhaieong tac giao duc": sample 004's code on fresh seed 5083 code004, left as
#: it was, the title lost)
_DEPLOY_WORDS_RUN_TOGETHER = regex.compile(r"(?<=^\s*)Tri\S{1,2}nkhai[ec]\p{Ll}{2,3}(?=[ ]tác[ ]giáo)")
#: a count glued to "cho" before it and to the word after it ("Dao taO nghe cho450lao d9ngnong thon.": sample 004's code
#: on fresh seed 4754 code004, the target lost): a space either side
_COUNT_GLUED_AFTER_FOR = regex.compile(r"(?<=(?<![\p{L}\d])cho)(?=\d{1,3}(?:[.,]\d{3})*(?:[ ]|lao[ ]?động|người))")
_COUNT_GLUED_BEFORE_ITS_WORD = regex.compile(r"(?<=(?<![\p{L}\d])cho[ ]?\d{1,3}(?:[.,]\d{3})*)(?=lao[ ]?động|người)")
#: "giáo dục" run together before "nghề nghiệp", its c read e ("Tri@n khai cong tac giaodue ngh~ nghiep": sample 004's
#: code on fresh seed 4995 code004, left as it was, the title lost)
_EDUCATION_WORDS_RUN_TOGETHER = regex.compile(r"(?<![\p{L}\d])gi\p{Ll}{1,2}od\p{Ll}{1,2}[ce]"
                                              r"(?=[ ]nghề[ ]nghiệp(?![\p{L}\d]))")
#: "nghề" of "nghề nghiệp" read as "nghị" (no such word: a code's "d<;>cnghi nghi9p", fresh seed 4936 code, the title
#: lost)
_VOCATION_WORD_AS_DECREE = regex.compile(r"(?<![\p{L}\d])nghị(?=[ ]nghiệp(?![\p{L}\d]))")
#: "Triển" of "triển khai" read as "Triệu" (no such word: "Tri~u khai cong tac", sample 004's code on fresh seed 4779
#: code004, its n read u, the title lost)
_DEPLOY_WORD_READ_AS_MILLION = regex.compile(r"(?<![\p{L}\d])(?:Triệu|triệu)(?=[ ]khai(?![\p{L}\d]))")
#: specks between the words of the recipients' item "Các sở, ban, ngành" ("- Các sở;-ban, ngành;": real Tesseract-eng
#: on fresh seed 1938, the recipient lost) — a plain space stays ("Các sở, ban ngành" is written so too)
_DEPARTMENTS_ITEM_SPECKS = regex.compile(r"(?<=(?<![\p{L}\d])[Cc]ác[ \-–]sở)(?!,[ ])[,;:.\-\"“”'‘’`]{1,2}[ ]*"
                                         r"(?=ban[,;:.\- ])"  # (a quote beside its comma: "- Cac so\", ban, nganh;",
                                         # real Tesseract-eng on fresh seed 5336, the recipient lost)
                                         r"|(?<=(?<![\p{L}\d])[Cc]ác[ ]sở,[ ]ban)(?!,[ ])[,;:.\-]{1,2}[ ]*(?=ngành)")
#: "cho" before the rural target's count read as another word of c ("- Dao'tao nghe cha 1.500 tao dong": real
#: Tesseract-eng on fresh seed 1924, the target lost)
_FOR_WORD_BEFORE_A_COUNT = regex.compile(r"(?<=(?<![\p{L}\d])nghề[ ])(?!cho[ ])c\p{Ll}{1,2}"
                                         r"(?=[ ]\d[\d.,]*[ ](?:lao|tạo)[ ]động)")
#: the party committee's "ủy" after "Thường trực Tỉnh" read as another short word, the signature's column after it
#: ("Thuong true Tinh a PHO CHU LICH": real Tesseract-eng on fresh seed 1899, read "Tỉnh a", the recipient lost)
_PARTY_COMMITTEE_WORD_MISREAD = regex.compile(r"(?<=(?<![\p{L}\d])Thường trực[ ]Tỉnh[ ])(?!ủy(?![\p{L}\d]))\p{Ll}{1,2}"
                                              r"(?=[;.]?[ ]*$|[ ]+(?:PHÓ|KT\.|TM\.|CHỦ|GIÁM)(?![\p{L}\d]))")
#: … a speck's colon before it besides ("- Thuong truc Tinh: ty;": real Tesseract-eng on fresh seed 4870, the recipient
#: lost)
_PARTY_COMMITTEE_WORD_AFTER_A_SPECK = regex.compile(r"(?<=(?<![\p{L}\d])Thường trực[ ]Tỉnh)[:;,.][ ]?"
                                                    r"(?!ủy(?![\p{L}\d]))\p{Ll}{1,2}(?=[;.]?[ ]*$)")
#: the time label's colon lost before the time ("- Thoi gian thuc hieny Quy I1/2018.": real Tesseract-eng on fresh seed
#: 4912, read "thực hiện Quý II/2018", the task's time lost)
#: a comma for the semicolon before the next field's label ("Sở Lao động - Thương binh và Xã hội, đơn vị phối hợp: Sở
#: Tài chính": real Tesseract-eng on fresh seed 4880, the partner taken into the lead)
#: specks' hyphens for the spaces of a unit label ("; đơn-vị-phối hợp:": real Tesseract-eng on fresh seed 4880, the
#: partner taken into the lead)
_UNIT_LABELS_HYPHENS = regex.compile(r"(?:(?<=(?<![\p{L}\d])(?i:đơn))|(?<=(?<![\p{L}\d])vị))-(?=(?:vị|phối|chủ)[ -])")
_FIELDS_COMMA_FOR_SEMICOLON = regex.compile(r"(?<=\p{L})[ ]?,(?=[ ](?:đơn vị phối hợp|thời gian thực hiện)[ ]?:)")
# (a spaced comma too: "đơn vị phối hợp: Sở Tài chính , thời gian thực hiện: Quý III/2023.")
#: … or read as an exclamation mark ("thời gian thực hiện! Quý III/2017": real Tesseract-eng on fresh seed 12457, the
#: task's time lost)
_TIME_LABELS_COLON_AS_A_BANG = regex.compile(r"(?<=(?<![\p{L}\d])(?i:thời gian) thực hiện)!(?=[ ](?:Quý|tháng|năm|từ)"
                                             r"[ ])")
#: the time label's first and last words misread around its "gian thực" after the field before it ("; hai gian thực
#: Miền: Quý IV/2024": a code's "hai gian thvcMiel:" on fresh seed 17249 code004, the task's time lost)
_TIME_LABELS_WORDS_MISREAD = regex.compile(r"(?<=;[ ])(?![Tt]hời[ ]gian[ ]thực[ ]hiện:)\p{L}{1,4}[ ]gian[ ]thực[ ]?"
                                           r"\p{L}{2,6}(?=:[ ](?:Quý|tháng|từ)[ ])")
_TIME_LABELS_COLON_LOST = regex.compile(r"(?<=(?<![\p{L}\d])(?i:thời gian) thực hiện)(?=[ ](?:Quý|tháng|năm|từ)[ ])")
#: a time span's first "tháng" read as another word of M or th ("t\\l' Malg 2 dSn thang 9/2024": sample 004's code's th
#: as M, fresh seed 3257 code004, read "từ' Mang 2", the task's time lost), and a quote a code left after its "từ"
_SPAN_MONTH_WORD_MISREAD = regex.compile(r"(?<=(?<![\p{L}\d])(?:từ['’‘`]?|\p{Ll}{1,2}['’‘`])[ ])(?!tháng[ ])"
                                         r"(?:M|th)\p{Ll}{1,4}"
                                         r"(?=[ ]\d{1,2}[ ]+đến[ ]+tháng[ ]\d)")
#: … or the second month's word ("từ tháng 4 đến thống 9/2023": sample 000's engine's "théng" on fresh seed 11139
#: eng000, the task's time lost)
_SPAN_LAST_MONTH_WORD_MISREAD = regex.compile(r"(?<=(?<![\p{L}\d])từ[ ]tháng[ ]\d{1,2}[ ]+đến[ ])(?!tháng[ ])"
                                              r"th\p{Ll}{1,4}(?=[ ]\d{1,2}/(?:19|20)\d\d(?!\d))")
#: … and the "từ" itself read as a letter or two, its t lost, the code's quote after it ("\\l' Mang 4 d~n thang 9I2019":
#: sample 004's code on fresh seed 4749 code004, read "ở' Mang 4", the task's time lost)
_SPAN_FROM_WORD_T_LOST = regex.compile(r"(?<![\p{L}\d])(?!từ['’‘`])\p{Ll}{1,2}['’‘`]"
                                       r"(?=[ ](?:tháng|M\p{Ll}{1,4}|th\p{Ll}{1,4})[ ]\d{1,2}[ ]+đến[ ]+tháng[ ]\d)")
_QUOTE_AFTER_SPAN_FROM = regex.compile(r"(?<=(?<![\p{L}\d])từ)['’‘`]"
                                       r"(?=[ ](?:tháng|M\p{Ll}{1,4}|th\p{Ll}{1,4})[ ]\d{1,2}[ ]+đến[ ])")
#: the recipients' label "Nơi nhận:" alone on its line read as two other words of N and nh ("NuInhan:", a code's: read
#: "Núi nhân:", fresh seed 3038 code, the recipients lost)
_RECIPIENTS_LABEL_MISREAD = regex.compile(r"^(?<=\s*)(?!Nơi nhận:)N\p{Ll}{1,3}[ ](?:nh|M|t\p{Ll}?h|m)\p{Ll}{1,3}"
                                          r"(?=[ ]?:(?:\s*$|[ ]+(?:TM|KT|Q)\.))")
# (its nh read "th", the signature's column after it: "Noitihan: PM. UY BAN NHAN-DAN", real Tesseract-eng on fresh seed
# 4452, read "Nơi thân:", every recipient lost)
# (its nh a code's M: "NoiM?n:", fresh seed 5070 code004, read "Nói Mạn:", the recipients lost; its n read m:
# "Noimh~n:", 7531 code004, read "Nơi miền:")
#: … or its two words run together and read as one of N and h, alone on its line ("Noilhau:", a code's l for the space:
#: read "Nhau:", fresh seed 9027 code004, every recipient lost)
_RECIPIENTS_LABEL_RUN_TOGETHER = regex.compile(r"^(?<=\s*)(?!Nơi)N\p{Ll}{0,2}h\p{Ll}{1,3}(?=:\s*$)"
                                            r"|^(?<=\s*)(?!NƠI)N\p{Lu}{1,3}H\p{Lu}{1,3}"
                                            r"(?=:[.,]?[ ]*(?:[—–-][ ]*)?(?:TM|KT|Q)\.)")
# (or in capitals before the signature's column, specks after its colon: "NỔIHHẬU:. — TM. ỦY BAN NHÂN DÂN", vetplan's
# OCR of fresh seed 6466's scan, every recipient lost)
#: "dục" and "nghề" of "giáo dục nghề nghiệp" run together and left by the decoder ("Triển khai công tác giáo
#: duenghl~ nghiệp": sample 004's code on fresh seed 9009 code004, the title lost)
_EDUCATION_AND_VOCATION_GLUED = regex.compile(r"(?<=(?<![\p{L}\d])giáo[ ])d\S{1,2}[nr]gh\S{1,3}"
                                               r"(?=[ ]nghiệp(?![\p{L}\d]))")
# (its n read r: "giao duerghe nghiep", 9245 code004)
#: "Thương" of "Sở Công Thương" run together with the lead's verb after it and left ("Sở Công Thualgchu chủ trì": sample
#: 004's code's "Corg Thualgchu tri," on fresh seed 9026 code004, the lead lost) — "Sở Công" goes on with "Thương" only
_TRADE_WORD_RUN_TOGETHER = regex.compile(r"(?<=(?<![\p{L}\d])Sở[ ]Công[ ])(?!Thương(?![\p{L}\d]))Th\S{2,8}"
                                         r"(?=[ ](?:chủ[ ])?tr\p{Ll}{0,2},|[;.,]|[ ]*$)")  # (its "chủ" in it:
# "Thualgchu tri,")
#: "dục" of "giáo dục nghề nghiệp" read as another short word ("Phát triển giáo đến nghề nghiệp": sample 004's code on
#: fresh seed 3040 code004, the title lost)
_EDUCATION_WORD_MISREAD = regex.compile(r"(?<=(?<![\p{L}\d])giáo[ ])(?!(?:dục|viên|sư|án|vụ|lý|hội|dân|xứ|phái|trình|"
                                        r"khoa|dưỡng|chức|đường)[ ])\p{Ll}{2,4}(?=[ ]nghề[ ]nghiệp(?![\p{L}\d]))")
# (the words "giáo" opens stay: "giáo viên nghề nghiệp")
#: the deputies' "các" read as another short word after "Chủ tịch" ("Chủ tịch, cao PCT UBND tỉnh": sample 004's code's
#: "cae PcT", fresh seed 2257 code004, the recipient lost)
#: the council's abbreviation after "Thường trực" misread ("- Thuong truc PHPND tinh;": sample 000's engine on fresh
#: seed 3135 eng000, the recipient lost): capitals ending "ND" before the council's level
_COUNCIL_ABBREVIATION_MISREAD = regex.compile(r"(?<=(?<![\p{L}\d])(?:Thường|(?:Ph|Th|Tr)\p{Ll}{2,5})[ ]trực[ ])(?!HĐND)"
                                              r"(?:\p{Lu}{1,4}ND|H\S{1,4})"
                                              r"(?=[ ]+[.,'‘’`]?(?:t[ỉí]nh|lĩnh|thành phố|huyện|quận|thị xã)"
                                              r"(?![\p{L}\d]))")
# (the level's tone misread too, "- Thường trực FIDND tính;", vetplan's OCR of fresh seed 4611's scan, the recipient
# lost; after "Thường" misread, which _STANDING_WORD_READ_AS_ANOTHER mends beside it: "- Trong trực ILDND tỉnh", real
# Tesseract-eng on fresh seed 8091; four capitals before "ND", "- Phuong true FPIDND tinh:", real Tesseract-eng on
# fresh seed 11301)
# (or its H and what a scan made of the rest: "- Thường trực HN] tỉnh;", vetplan's OCR of fresh seed 2372's scan, the
# recipient lost — no other body a standing committee heads opens with an H)
#: … and a speck glued before the council's level ("Thuong true HIND .tinh": real Tesseract-eng on fresh seed 4133,
#: the recipient lost)
_SPECK_BEFORE_THE_COUNCILS_LEVEL = regex.compile(r"(?<=(?<![\p{L}\d])Thường trực[ ]\S{2,4}[ ]+)[.,'‘’`]"
                                                 r"(?=(?:tỉnh|thành phố|huyện|quận|thị xã)(?![\p{L}\d]))")
#: the province's word after the council or committee with its "tỉ" lost ("- Thường trực HDND nh;": vetplan's OCR of
#: fresh seed 2466's scan, the recipient lost) — of the levels only "tỉnh" ends so
_PROVINCE_WORD_HEAD_LOST = regex.compile(r"(?<=(?<![\p{L}\d])(?:HĐND|UBND)[ ])nh(?=[;.,:]?\s*$)")  # (a colon for the
# semicolon: "các PCT UBND nh:", vetplan's OCR of fresh seed 2978's scan)
#: the home affairs department's name, its head and "Nội" misread, read as other words of their letters ("Sé Ngl vu"
#: read "Sẽ Ngủ vụ", "SO NG@i vu" read "Số Người vụ": sample 000's engine on fresh seed 6240 eng000 and real
#: Tesseract-eng on 4097, each partner lost) — but foreign affairs' ("Sở Ngoại vụ", sample 000's list), no other
#: department's name ends "… vụ" after a word of N
_HOME_AFFAIRS_MISREAD = regex.compile(r"(?<![\p{L}\d])(?!Sở Nội vụ)S\p{Ll}{0,2}[ ](?!Nhi|Ngo[aạ]i[ ])"
                                      r"(?:N\p{Ll}{1,5}|Một)[ ]vụ(?![\p{L}\d])")  # (its N read M: "Sở Một vụ",
# vetplan's OCR of fresh seed 2844's scan, the partner lost — no department is "of one")
#: a speck's hyphen glued after the semicolon that closes a task's field, before the next field's label ("… phối hợp:
#: Sở Nội vụ;-thời" / "gian thực hiện: Quý III/2024": real Tesseract-eng on fresh seed 4534, the time run into the
#: partner)
_HYPHEN_AFTER_A_FIELDS_SEMICOLON = regex.compile(r"(?<=;)[-–](?=(?:thời|đơn vị|Đơn vị)(?![\p{L}\d]))")
#: a span's "từ" Capitalised inside a sentence, a scan's capital of another letter read so ("… thông tin đại chúng Lừ
#: tháng 2 đến tháng: 7/2016.": vetplan's OCR of fresh seed 2611's scan, read "Từ", the task's time lost)
_SPAN_FROM_WORD_CAPITALISED = regex.compile(r"(?<=\p{Ll}[ ])Từ(?=[ ]tháng[ ]\d{1,2}[ ]+(?:đến|tới)[ ])")
#: the deputies' abbreviation "PCT" after "Chủ tịch, các" misread ("- cMu tich,cacpCT UBND tinh;": sample 004's code on
#: fresh seed 3156 code004, read "các Cơ UBND", the recipient lost)
_DEPUTIES_ABBREVIATION_MISREAD = regex.compile(r"(?<=(?<![\p{L}\d])(?i:chủ tịch)[,;]?[ ]*các[ ])(?!PCT[ ])\S{2,3}"
                                               r"(?=[ ]+(?:U[ ])?UBND\b)")  # (the committee's U parted too, read
# again: "- Chu tich, cae POT U BND tinh;", real Tesseract-eng on fresh seed 7852, read "các ĐỢT U UBND", the recipient
# lost)
#: … the committee's U parted that they stand before ("các PCT U UBND")
_COMMITTEES_U_PARTED = regex.compile(r"(?<=(?<![\p{L}\d])PCT[ ]|(?<![\p{L}\d])(?i:chủ tịch)[,;]?[ ]*các[ ]\S{2,3}[ ])"
                                     r"U[ ](?=UBND(?![\p{L}\d]))")
#: the committees' plural "các" before the districts misread ("- UBND eae huyen, thanh pho": real Tesseract-eng on
#: fresh seed 7874, read "UBND bão huyện", the recipient lost)
_DISTRICTS_PLURAL_MISREAD = regex.compile(r"(?<=(?<![\p{L}\d])UBND[ ])(?!các[ ])\p{Ll}{2,4}(?=[ ]huyện,[ ]*thành phố)")
#: … and "Chủ tịch" in small letters opening the item
_CHAIRMAN_SMALL = regex.compile(r"(?<=^\s*[-–•+]?\s*)chủ(?=[ ]tịch,[ ]*các[ ])")
#: a signature's position after its mark read in mixed case, as a code sizes its capitals at will ("KT. CH\\L TIca" read
#: "KT. Chủ Tịch": sample 004's code on fresh seeds 4712 and 4726 code004, taken for the signer's name): in capitals
_CHAIR_AFTER_ITS_MARK = regex.compile(r"(?<=^\s*(?:KT|TM)\.[ ]*(?:PHÓ[ ])?)Chủ[ ]Tịch(?=\s*$)")
_DIRECTOR_AFTER_ITS_MARK = regex.compile(r"(?<=^\s*(?:KT|TM)\.[ ]*(?:PHÓ[ ])?)Giám[ ]Đốc(?=\s*$)")
_DEPUTIES_WORD_READ_AS_ANOTHER = regex.compile(r"(?<=(?<![\p{L}\d])(?:Chủ tịch|(?<=^\s*[-–•+]?\s*)[Cc]\p{Ll}{1,3}[ ]"
                                               r"\p{Ll}{1,4}),[ ]*)(?!các[ ])c\p{Ll}{1,3}"
                                               r"[:;.]?(?=[ ]+PCT[ ]+UBND\b)")  # (the space after the comma lost too:
# "Chủ tịch,cac PCT UBND", sample 000's engine on fresh seed 2611 eng000, the recipient lost; a speck's colon after it,
# "- Chi tich, cic: PCT UBND tinh;", real Tesseract-eng on 4544; "Chủ tịch" misread too,
# _CHAIRMAN_WORDS_MISREAD's: "- Chi tich, cic PET UBND tinh", real Tesseract-eng on fresh seed 3461, read "Chỉ tích, cực
# PCT")
#: a speck read as a small letter glued before the council's abbreviation after "Thường trực", read as a short word of
#: its own ("Thuon,g tryc rHPND tinh": sample 000's engine on fresh seed 2694 eng000, read "Thường trực ra HĐND", the
#: recipient lost) — no word stands there
_WORD_BEFORE_COUNCIL = regex.compile(r"(?<=(?<![\p{L}\d])Thường trực[ ])\p{Ll}{1,2}[ ](?=HĐND(?![\p{L}\d]))")
#: "trực" of "Thường trực" before the council read as another short word ("Thuong \\l'C HĐND tinh", a code's group
#: for its ự, its t and r lost: read "Thường ở HĐND", fresh seed 2742 code004, the recipient lost) — only "trực" stands
#: there
_STANDING_SECOND_WORD = regex.compile(r"(?<=(?<![\p{L}\d])Thường[ ])(?!trực[ ])\p{Ll}{1,4}(?=[ ]HĐND(?![\p{L}\d]))")
#: … or its "Thường" read as another word, a speck glued to it, at a recipients' item's start ("- (tj}uong trluc HPND
#: tinh;": sample 000's engine on fresh seed 2869 eng000, read "(từ}uống trực HĐND", the recipient lost) — only "Thường"
#: stands before "trực HĐND"
_STANDING_FIRST_WORD = regex.compile(r"(?<=^\s*[-–•+]?\s*)(?!\S*Thường[ ])[^\s\d]{2,8}(?=[ ]trực[ ]HĐND(?![\p{L}\d]))")
#: "công" of "Triển khai công tác" read as another word of c ("Triển khai cũng tác giáo dục": a code's "cungtacgiao",
#: fresh seed 2799 code, the title lost)
_WORK_OPENING_WORD_MISREAD = regex.compile(r"(?<=(?<![\p{L}\d])[Tt]riển khai[ ])(?!công[ ])c\p{Ll}{1,3}"
                                           r"(?=[ ]tác[ ]giáo[ ]dục(?![\p{L}\d]))")
#: the party committee's "Tỉnh" read small after "Thường trực" ("Thường trực tỉnh ủy": a code's "tr@cTjnh l,ry", fresh
#: seed 2835 code, the recipient lost) — the committee's name is written Capitalised
_PARTY_COMMITTEE_SMALL = regex.compile(r"(?<=(?<![\p{L}\d])Thường trực[ ])tỉnh(?=[ ]ủy(?![\p{L}\d]))")
#: "rà" of "rà soát" (to review) whose r a scan read as a T ("phối hợp với Sở Nông nghiệp …" / "Ta soát mạng lưới":
#: real Tesseract-eng on fresh seed 2149, the partners ran into the action) — "ta soát" is no phrase
_REVIEW_WORD_MISREAD = regex.compile(r"(?<![\p{L}\d])[Tt]a(?=[ ]soát(?![\p{L}\d]))")
#: "tỉnh" after the committee's or the council's abbreviation read "tính" (vetplan's OCR of fresh seed 1431's scan: "các
#: PCT LBND tính") — no abbreviation of theirs is followed by the verb
_PROVINCE_WORD_AFTER_AN_ABBREVIATION = regex.compile(r"(?<=(?<![\p{L}\d])(?:UBND|H\S{1,3}ND)[ ])(?:tính|lĩnh)"
                                                     r"(?![\p{L}\d])")  # (its t read l: "- Thuong truc HÖöND lĩnh",
# vetplan's OCR of fresh seed 4556's scan, the council misread too, the recipient lost)
#: a capital a speck was read as, glued before a title's place type after "địa bàn" ("trên dia ban Phuyén Bau Bang":
#: sample 000's engine on fresh seed 12329 eng000, read "Huyện", the title lost) — no word of a capital and "huyện"
_CAPITAL_GLUED_BEFORE_THE_TITLES_TYPE = regex.compile(r"(?<=(?<![\p{L}\d])b\S{1,2}n[ ])[A-Z]"
                                                      r"(?=(?:huy|t\S{1,2}nh|qu)\S{1,3}[ ]\p{Lu})")


def fix_capital_glued_before_the_titles_type(line: str) -> list[Edit]:
    """``"trên dia ban Phuyén Bau Bang"`` → "ban huyén" (before the decoder)."""
    return [(m.start(), m.end(), "", 0.75) for m in _CAPITAL_GLUED_BEFORE_THE_TITLES_TYPE.finditer(line)]
#: the committee's "Ủy ban nhân dân" of the basis sentence read as other words of their letters ("…, Cơ bản nhận dân
#: huyện Đồng Hỷ ban hành Kế hoạch": a code's "Cy ban nh&n dan", fresh seed 11948 code, the issuer's place then not
#: read through the body) — before a place's type word, a Capitalised name and "ban hành" no other words stand so
_COMMITTEE_WORDS_MISREAD = regex.compile(r"(?<![\p{L}\d])(?![Ủủ]y[ ]ban[ ]nhân[ ]dân[ ])\p{L}{1,2}[ ]b\p{Ll}n"
                                         r"[ ]nh\p{Ll}n[ ]d\p{Ll}n"
                                         r"(?=[ ](?:tỉnh|thành[ ]phố|huyện|quận|thị[ ]xã)[ ]\p{Lu}"
                                         r"[^,;.]{0,40}[ ]ban[ ]hành[ ])")
#: a decree's "CP" glued to the date's word after it, its case a code's and the word's n read u ("Nghị định số
#: 15/2019/NĐ-cPugay 01/02/2019": sample 004's code on fresh seed 11759 code004, the cited decree lost)
_GOVERNMENT_CODE_GLUED_TO_THE_DATE_WORD = regex.compile(r"(?<=\d/NĐ-)(?!CP[ ])[cC][pP][ ]?[nu]?gay(?=[ ]?\d)")
#: the committee's abbreviation with strokes after its U ("UUIBND các huyện, thành phố": vetplan's OCR of fresh seed
#: 4546's scan, the recipient lost; "LUIBND", 4306) — no word is so written
_COMMITTEE_STROKES = regex.compile(r"(?<![\p{L}\d])(?:L?U[UIl1|]{1,2}|LU)BND(?![\p{L}\d])")
#: "phát" of "phát triển" its first letters lost ("hát triển giáo dục nghề nghiệp …" opening the title: vetplan's OCR of
#: fresh seed 1443's scan, the title lost) — "triển" stands after no "hát"
_BEFORE_GROWTH = r"(?=[ ]triển(?![\p{L}\d])(?![ ](?:vọng|lãm)))"
_GROWTH_WORD_HEAD_LOST = regex.compile(r"(?<=^\s*)[hH]át" + _BEFORE_GROWTH)
_GROWTH_WORD_HEAD_LOST_INSIDE = regex.compile(r"(?<=\S[ ]+)hát" + _BEFORE_GROWTH)  # ("nhằm hát triển": phát)
#: the comma after "Chủ tịch" in the recipients' item "Chủ tịch, các PCT UBND tỉnh" lost (vetplan's OCR of fresh seed
#: 1492's scan, the recipient lost)
_CHAIRMAN_COMMA_LOST = regex.compile(r"(?<=(?<![\p{L}\d])Chủ tịch)(?=[ ]các[ ]PCT(?![\p{L}\d]))")
#: the party committee's "ủy" lost after "Thường trực Tỉnh" before the item's semicolon (a code's "Tinhuy" read "Tỉnh":
#: fresh seed 3400 code004, the recipient lost) — no other item ends so
_PARTY_COMMITTEE_WORD_LOST = regex.compile(r"(?<=(?<![\p{L}\d])Thường trực Tỉnh)(?=[;.,](?![ ]?ủy(?![\p{L}\d])))")
#: … or a speck's comma or stop between "Tỉnh" and "ủy" ("- Thuong trre Tinh, ty; PHO CHL TICH": real Tesseract-eng on
#: fresh seed 4777, read "Tỉnh, ủy", the recipient lost)
#: … or "Tỉnh ủy" run together and read "Thủy" ("- ThuOng trvcTilhuy;": a code's, fresh seed 7090 code004, the
#: recipient lost) — "Thường trực" names a body, no person
#: a speck's stop between a place's type word and its name ("trên địa bàn tỉnh.Khánh Hòa năm 2019": vetplan's OCR of
#: fresh seed 2913's scan, the title lost)
#: the town's type "thị xã" read "thì xã" after "địa bàn" ("trên địa bàn thì xã Cai Lậy": a code's "dia banthi xa",
#: fresh seed 7189 code004, the title lost)
_TOWN_WORD_READ_THI = regex.compile(r"(?<=(?<![\p{L}\d])địa bàn[ ])thì(?=[ ]xã[ ]\p{Lu})")
_SPECK_BEFORE_A_PLACES_NAME = regex.compile(r"(?<=(?<![\p{L}\d])(?:tỉnh|huyện|quận|thành phố|thị xã))\."
                                            r"(?=\p{Lu}\p{Ll})")
#: "trực" of the party committee's item read as another short word ("- Thuang t,re Tilh uy;": a code's, fresh seed 7298
#: code004, read "Thường tế Tỉnh ủy", the recipient lost)
_STANDING_WORD_BEFORE_THE_PARTY = regex.compile(r"(?<=(?<![\p{L}\d])Thường[ ])(?!trực[ ])\p{Ll}{1,4}(?=[ ]Tỉnh[ ]ủy)")
#: the council's abbreviation misread and glued to its level, or a speck between ("- Thường trực IIDNI3tính;",
#: "- Thường trực HIDNĐD-tính;": vetplan's OCR of fresh seeds 5057 and 5106's scans, the recipients lost) — a standing
#: committee's body of an H (or two strokes) before "tỉnh" is the council
_COUNCIL_GLUED_TO_ITS_LEVEL = regex.compile(r"(?<=(?<![\p{L}\d])Thường[ ]trực[ ])(?!HĐND[ ]tỉnh)(?:H|II)[A-ZĐ\d]{2,5}"
                                            r"[ ]?[-–.,]?(?:t[ỉí]nh|lĩnh)(?![\p{L}\d])")
#: the plan's type word in capitals with a speck's stop for the space on its line ("KẾ.HOẠCH": vetplan's OCR of fresh
#: seed 5038's scan, the type line and its title lost)
_STOP_INSIDE_THE_PLAN_TYPE = regex.compile(r"(?<=^[ .,\-–_|]*KẾ)[.,:;](?=HOẠCH\s*$)")
#: "phủ" of "Thủ tướng Chính phủ" read as another short word, its words glued ("Thi tudng Chinhphti", sample 000's
#: engine on fresh seed 11584 eng000, read "Chính phải") — no other word follows the Prime Minister's "Chính"
_GOVERNMENT_WORD_AFTER_THE_PRIME_MINISTER = regex.compile(r"(?<=(?<![\p{L}\d])Thủ[ ]tướng[ ]Chính[ ])"
                                                         r"(?!phủ(?![\p{L}\d]))\p{Ll}{2,5}(?![\p{L}\d])")
#: a speck's hyphen after "phối" of a lead's sentence ("… chủ trì, phối- hợp với Sở Giáo dục": real Tesseract-eng on
#: fresh seed 8306, the partner lost)
_HYPHEN_AFTER_THE_PARTNER_VERBS_HEAD = regex.compile(r"(?<=(?<![\p{L}\d])chủ[ ]trì,[ ]phối)-(?=[ ]hợp[ ]với[ ])")
#: a speck read as a letter or a colon between "công tác" and "giáo dục nghề nghiệp" of a title ("Triển khai công tác
#: ở giáo dục nghề nghiệp", "Triển khai công tác: giáo dục …": real Tesseract-eng's "cong tac g iao duc" and "cong tac:
#: giao duc" on fresh seeds 8303 and 8653, the titles lost) — no word stands between them in the title
_SPECK_INSIDE_THE_TITLES_SUBJECT = regex.compile(r"(?<=^\W*Triển[ ]khai[ ]công[ ]tác)(?:[ ](?:ở|\p{Ll})|[:;,.])"
                                                 r"(?=[ ]giáo[ ]dục[ ]nghề[ ]nghiệp(?![\p{L}\d]))")
#: a speck's stop after the hyphen of "BÀ RỊA - VŨNG TÀU" in a header's capitals ("TỈNH BÀ RỊA-. VŨNG TÀU": real
#: Tesseract-eng on fresh seed 8387, the issuer lost)
_SPECK_AFTER_A_PROVINCES_HYPHEN = regex.compile(r"(?<=(?<![\p{L}\d])RỊA)[ ]?-[.,:;](?=[ ]VŨNG[ ]TÀU(?![\p{L}\d]))")
#: "tư" of a cited circular's "Thông tư số" lost where the code glued it to "số" ("căn cứ Thông số 43/2016/TT-BLĐTBXH":
#: sample 004's code's "Thong tms6" on fresh seed 12537 code004, the preamble taken into the title) — a number with a
#: circular's code after "Thông" is a circular's
_CIRCULAR_WORD_LOST_BEFORE_ITS_NUMBER = regex.compile(r"(?<=(?<![\p{L}\d])(?i:thông)[ ])số"
                                                      r"(?=[ ]\d{1,4}/(?:19|20)\d\d/TT-)")
#: the time label's colon read as a question mark before the time ("… thời" / "gian thực hiện? Quý 1/2018.": real
#: Tesseract-eng on fresh seed 8810, the task's time lost)
_TIME_LABELS_COLON_READ_AS_A_QUESTION_MARK = regex.compile(r"(?<=(?<![\p{L}\d])gian[ ]thực[ ]hiện)\?"
                                                           r"(?=[ ](?:Quý|từ)[ ])")
#: "ĐỐC" of "GIÁM ĐỐC" in capitals, its Đ read D and its Ố another capital ("GIÁM DGC": real Tesseract-eng on fresh seed
#: 8740, the signer's position lost)
_DIRECTOR_WORD_MISREAD = regex.compile(r"(?<=(?<![\p{L}\d])GIÁM[ ])(?!ĐỐC)[DĐ][A-ZÓÔỐ0-9]C(?![\p{L}\d])")
#: a speck's hyphen for the space between a quarter's word and its number ("thời gian thực hiện: Quý-1/2023.": real
#: Tesseract-eng's "Quy-1/2023" on fresh seed 8631, the task's time lost)
_HYPHEN_AFTER_THE_QUARTER_WORD = regex.compile(r"(?<=(?<![\p{L}\d])Quý)-(?=(?:[1-4]|I{1,3}|IV)/(?:19|20)\d\d(?!\d))")
#: … both words of "Thường trực" misread, the item's only words before "Tỉnh ủy" ("-Thlrong có Tỉnh ủy;": sample 004's
#: code's "-Thlrong \\l'c Tinh iiy" on fresh seed 12080 code004, the recipient lost)
_STANDING_WORDS_BEFORE_THE_PARTY = regex.compile(r"(?<=^\s*[-–•]?\s*)(?!Thường[ ]trực[ ])(?:Th\S{2,6}[ ]\S{1,4}"
                                                 r"(?=[ ]Tỉnh[ ]ủy[;.,]?\s*$)"
                                                 r"|\p{Lu}\S{3,6}[ ]\p{Ll}\S{0,4}"
                                                 r"(?=[ ]HĐND[ ]tỉnh(?![\p{L}\d])))")  # (or
# before "HĐND tỉnh", the signer's column maybe after: "Những trẻ HĐND tỉnh PHÓ GIÁM ĐỐC", real Tesseract-eng's "Fhueng
# tre HEND tinh" on fresh seed 8685, the recipient lost)
#: … or "trực" glued to the council's abbreviation, its c read e and its H lost ("- Thường trueaDND tỉnh;": sample 004's
#: code on fresh seed 12116 code004, the recipient lost; its r read n and its ự a code's group, "Thuang tn,rcaĐND tinh",
#: 12615 code004)
_STANDING_WORD_GLUED_TO_THE_COUNCIL = regex.compile(r"(?<=(?<![\p{L}\d])Thường[ ])(?!trực[ ])t[rn]\S{1,5}?[HĐ]?[DĐ]ND"
                                                    r"(?=[ ]tỉnh(?![\p{L}\d]))")
#: the preamble's "Căn cứ" opening its line read as two other words of c ("cầu Cứ Quyết định số 1956/QĐ-TTg …": a code's
#: "cau C(", fresh seed 7257 code004, the preamble taken into the title and the title lost)
_A_CITED_TYPE_AND_NUMBER_WORD = r"(?=[ ](?:Quyết định|Thông tư|Nghị định|Chỉ thị|Nghị quyết)[ ](?:số|[s$§]\d)[ ])"
# (its "số" itself misread: "Còn cứ Quyết định s6 1956/QĐ-TTg", "Cần sự Quyết định $6 46/2015", real Tesseract-eng on
# fresh seeds 7884 and 7887, the preamble taken into the title)
#: … or its "cứ" glued on, its c read e, and the run read as two words of c and n ("cả nếu Quyết định số
#: 46/2015/QĐ-TTg": a code's "caneu", fresh seed 7443 code004, the preamble taken into the title and the title lost)
_BASIS_WORDS_MISREAD = regex.compile(r"^[ ]*(?!(?i:căn cứ)[ ])(?:[cC]\p{Ll}{1,3}[ ][cCt]\p{Ll}{0,2}"  # (written
                                     # right, small too, it stays: a wrapped sentence's "căn cứ"; its c lost: "Can
                                     # ctr Chi thi" read "Cản trở", real Tesseract-eng on fresh seed 12649)
                                     r"|[cC]\p{Ll}{0,2}[ ]n\p{Ll}{1,3}|[cC]\p{Ll}{1,2}n?c\p{Ll}{1,2}"
                                     r"|[cC]\p{Ll}{1,3}[ ]sự)"  # ("Can éu" read "Cần sự", fresh seed 7887)
                                     r"[.,:;'‘’`?]?"  # (a question mark's speck: "Can cit? Quyét dinh", real
                                     # Tesseract-eng on fresh seed 12609, read "Căn cắt?"; run
                                     # together: "Cincu Thông tư số", sample 000's engine on fresh seed 8390 eng000,
                                     # the preamble taken into the title; a speck after it: "Can ctr.
                                     # Quyét dinh", real Tesseract-eng on fresh seed 5263, read "Cần của.")
                                     + _A_CITED_TYPE_AND_NUMBER_WORD)
#: … or its "Thực hiện" read as two or three other words before "hiện" ("ở huế hiện Quyết định số 522/QĐ-TTg": real
#: Tesseract-eng's "i hue hien" on fresh seed 5038, the preamble taken into the title)
_CARRYING_OUT_WORDS_MISREAD = regex.compile(r"^[ ]*(?!(?i:thực hiện)[ ])(?:\S{1,2}[ ])?\p{Ll}{2,4}[ ]hiện"
                                            + _A_CITED_TYPE_AND_NUMBER_WORD)
#: a bracket a speck made glued before the time label after an item's dash ("- [thời gian thực hiện: Quý IV/2019.": real
#: Tesseract-eng's "- [hoi gian" on fresh seed 4992, the task's time lost)
_BRACKET_BEFORE_THE_TIME_LABEL = regex.compile(r"(?<=^[ ]*[-–][ ]*)[\[(|](?=thời gian thực hiện)")
#: the party committee's "Tỉnh" read with another first letter ("Thường trực lĩnh ủy": vetplan's OCR of fresh seed
#: 2980's scan, the recipient lost), or "Thường trực" with capitals inside ("THường Trực Tỉnh ủy", 3011)
_PROVINCE_WORD_BEFORE_THE_PARTY = regex.compile(r"(?<=(?<![\p{L}\d])Thường trực[ ])(?!Tỉnh)\p{L}[ỉĩ]nh(?=[ ]ủy)")
_STANDING_WORDS_CAPITALS = regex.compile(r"(?<![\p{L}\d])THường[ ]Trực(?=[ ](?:Tỉnh|HĐND|Thành))")
#: a speck glued before the council after "Thường trực" (": Thường trực .HĐND tỉnh;": vetplan's OCR of fresh seed
#: 2931's scan, the recipient kept it)
_SPECK_BEFORE_THE_COUNCIL = regex.compile(r"(?<=(?<![\p{L}\d])Thường trực[ ])[.,:;'‘’`](?=H[ĐD]ND(?![\p{L}\d]))")
_PARTY_COMMITTEE_READ_THUY = regex.compile(r"(?<=(?<![\p{L}\d])Thường trực[ ])Thủy(?=[ ]*[;.]?[ ]*$)")
_PARTY_COMMITTEE_SPECK = regex.compile(r"(?<=(?<![\p{L}\d])Thường trực Tỉnh)[;.,}\])](?=[ ]?ủy(?![\p{L}\d]))")  # (a
# brace: "- Thuong truc Tit} uiy;", sample 000's engine on fresh seed 9166 eng000, the recipient kept it)
#: … the body's "ủy" Capitalised after it, read again where the decoder had put it in ("- Thuong true Tinh, Uy Nguyen
#: Kim Lan": real Tesseract-eng on fresh seed 5956, the signer's name after it, read "Tỉnh ủy, Ủy", the recipient lost)
_PARTY_COMMITTEE_SPECK_AND_CAPITAL = regex.compile(r"(?<=(?<![\p{L}\d])Thường trực Tỉnh[ ]ủy)[;.,][ ]?Ủy"
                                                   r"(?![\p{L}\d])")
#: each fixed phrase's misread word and what it is
#: "thời" of a task's time label read "thế" after the field's semicolon, the label going on or ending the line ("đơn vị
#: phối hợp: Sở Giáo dục và Đào tạo; thế gian" / "thực hiện: Quý III/2021.": real Tesseract-eng's "thd gian" on fresh
#: seed 4704, the partner run on to the time and the time lost) — "thế gian" (the world) is no field's
_TIME_WORD_MISREAD = regex.compile(r"(?<=[;,][ ]?)(?!thời[ ])th\p{Ll}{0,3}(?=[ ]gian(?:[ ]+th|[ ]*$))")  # (or another
# word of th after a comma: "Sở Tài chính, thật gian thực hiện: Quý 1/2023", real Tesseract-eng on fresh seed 5402)
#: a speck's colon or dash inside the lead's verb "chủ trì" ("Sở Lao động - Thương binh và Xã hội chủ:-trì, phối hợp":
#: real Tesseract-eng's "chi:-tri" on fresh seed 4753, the lead and partner lost)
_LEAD_VERB_SPECK = regex.compile(r"(?<=(?<![\p{L}\d])chủ)[:;.,\-]{1,2}[ ]?(?=trì(?![\p{L}\d]))")
#: "phối" of "chủ trì, phối hợp với" read as another short word with a speck ("Xã hội chủ trị, ghi! hợp với Sở Kế
#: hoạch": vetplan's OCR of fresh seed 2844's scan, the partner lost)
_PARTNER_VERB_MISREAD = regex.compile(r"(?<=(?<![\p{L}\d])chủ[ ]trì,[ ])(?!phối[ ])\p{Ll}{2,4}[!.,:;'‘’`]?"
                                      r"(?=[ ]hợp[ ]với)")
#: … or its "hợp" ("Xã hội chủ trì, phối leys với Sở Nội vụ": vetplan's OCR of fresh seed 7199's scan, the partner lost)
_PARTNER_VERBS_SECOND_WORD_MISREAD = regex.compile(r"(?<=(?<![\p{L}\d])chủ[ ]trì,[ ]phối[ ])(?!hợp[ ])\p{Ll}{2,5}"
                                                   r"(?=[ ]với[ ]\p{Lu})")
#: a target's rate with its % read as an o and a space after its decimal comma ("Tỷ lệ lao động qua đào tạo đạt 60,
#: 1o.": vetplan's OCR of fresh seed 7349's scan, the target lost)
_RATES_PERCENT_READ_O = regex.compile(r"(?<=(?<![\p{L}\d])đạt[ ]\d{1,2},[ ]?\d)[oóòỏõọôốồổỗộơớờởỡợ°]"
                                      r"(?=[.;]?\s*$)")  # (as the decoder may have read it: "1ở")
_SPACE_AFTER_A_RATES_COMMA = regex.compile(r"(?<=(?<![\p{L}\d])đạt[ ]\d{1,2},)[ ](?=\d(?:[oóòỏõọôốồổỗộơớờởỡợ°%]"
                                           r"|[ ]?%)[.;]?\s*$)")
#: the partners' label's "hợp:" read as a short token before the agency it names ("đơn vị phối 10 Sở Công Thương":
#: vetplan's OCR of fresh seed 7467's scan, the partner lost)
_PARTNER_LABELS_LAST_WORD_MISREAD = regex.compile(r"(?<=(?<![\p{L}\d])(?i:đơn)[ ]vị[ ]phối[ ])(?!hợp)\S{1,3}"
                                                  r"(?=[ ](?:Sở|Bộ|UBND|Ủy[ ]ban)[ ])")
#: "Đầu tư" of "Sở Kế hoạch và Đầu tư" misread where the name ends ("- Đơn vị chủ trì: Sở Kế hoạch và nếu ở.": sample
#: 004's code's "va)n~u w." on fresh seed 8864 code004, the lead lost) — no other agency's name goes on from "Kế hoạch
#: và"
_PLANNING_WORDS_MISREAD = regex.compile(r"(?<=(?<![\p{L}\d])Sở[ ]Kế[ ]hoạch[ ]và[ ])(?!Đầu(?![\p{L}\d]))"
                                        r"\p{L}{1,4}(?:[ ]\p{L}{1,3})?(?=[ ]*[;.,]|[ ](?:chủ|phối|tổ)[ ])")
# (not where the line ends: "… Sở Kế hoạch và Đầu" / "tư; thời gian …" goes on)
#: the rural target's "lao động" glued to "cho" and read as one token the decoder left ("Đào tạo nghề cho1aod9ng nông
#: thôn năm 2023": sample 004's code on fresh seed 8831 code004, the title lost)
_LABOUR_WORDS_GLUED_AFTER_FOR = regex.compile(r"(?<=(?<![\p{L}\d])nghề[ ])cho[1lI|][aà]o[dđ]\S{1,3}ng"
                                              r"(?=[ ]nông[ ]thôn)")
#: the rural target's "lao động nông" run together after its count and left by the decoder, "thôn" read as another word
#: of th…n ("Đào tạo nghề cho 250 laodfngnong thần.": a code's "laodfngnong thl,rN" on fresh seed 16641 code, the target
#: lost)
_RURAL_LABOUR_WORDS_GLUED_AFTER_A_COUNT = regex.compile(r"(?<=(?<![\p{L}\d])cho[ ][1-9]\d{0,2}(?:[.,]\d{3})*[ ])"
                                                        r"lao[dđ]\S{1,3}ngn\S{1,3}ng[ ]th\p{Ll}{1,3}n(?=[.;,]?$)")
#: the words from "tác" to "nghề" of "công tác giáo dục nghề nghiệp" run together and left by the decoder ("Triển khai
#: công tacgiaod\lClnghS nghiệp": sample 004's code on fresh seed 8788 code004, the title lost)
_WORK_TO_VOCATION_GLUED = regex.compile(r"(?<=(?<![\p{L}\d])công[ ])t[aá]cgi[aá]o\S{4,9}(?=[ ]nghiệp(?![\p{L}\d]))")
#: a slash's speck and a letter between a field's semicolon and the next label ("Sở Nội vụ; / Ở đơn Vị phối hợp:":
#: sample 000's engine's "; / N don Vi phdi hgp:" on fresh seed 8784 eng000, the partner taken into the lead)
_SLASH_SPECK_BEFORE_A_LABEL = regex.compile(r"(?<=;[ ])[/|\\][ ]\p{L}{0,2}[ ]?(?=đơn[ ][vV]ị[ ](?:phối|chủ)[ ])")
#: a speck's colon after the quarter's word before its number ("- Thời gian thực hiện: Quý: 1/2019.": real Tesseract-eng
#: on fresh seed 5834, read as the label's colon, the number taken for the time)
_SPECK_AFTER_THE_QUARTER_WORD = regex.compile(r"(?<=(?<![\p{L}\d])Quý)[:;](?=[ ]?(?:I{1,3}|IV|[1-4])/(?:19|20)\d\d)")
#: a degree sign glued between a date's month and "năm", or the space lost there ("Lạc Sơn, ngày 07 tháng 10°năm 2016":
#: real Tesseract-eng on fresh seed 5823, the place and date lost)
_SPECK_BETWEEN_THE_MONTH_AND_YEAR_WORD = regex.compile(r"(?<=(?<![\p{L}\d])tháng[ ](?:0?[1-9]|1[0-2]))[°º˚]?"
                                                       r"(?=năm[ ](?:19|20)\d\d(?!\d))")
#: "Đào" of "Đào tạo nghề" read "Bảo", its Đ a B ("- Bao tao nghe cho 2.000 lao dong": real Tesseract-eng on fresh seed
#: 5901, the title lost) — no one "guards" a training
_TRAINING_WORD_READ_BAO = regex.compile(r"(?<![\p{L}\d])Bảo(?=[ ]tạo[ ]nghề(?![\p{L}\d]))")
#: a speck's stop between "Xã" and "hội" of the labour department's name ("Thương binh và Xã. hội;": real
#: Tesseract-eng on fresh seed 5851, the lead kept it)
_SPECK_INSIDE_SOCIAL_AFFAIRS = regex.compile(r"(?<=(?<![\p{L}\d])Thương[ ]binh[ ]và[ ]Xã)[.,:;'‘’`!]"
                                             r"(?=[ ]hội(?![\p{L}\d]))")
#: a figure more after a date's month of two figures opening with 0 ("Cao Bằng, ngày 08 tháng 065 năm 2016": vetplan's
#: OCR of fresh seed 3617's scan, the date lost) — no month has three
_FIGURE_MORE_AFTER_A_DATES_MONTH = regex.compile(r"(?<=(?<![\p{L}\d])ngày[ ]\d{1,2}[ ]tháng[ ]0[1-9])\d"
                                                 r"(?=[ ]năm[ ](?:19|20)\d\d(?!\d))"
                                                 r"|(?<=(?<![\p{L}\d])ngày[ ]\d{1,2}[ ]tháng[ ]1)[3-9]"
                                                 r"(?=[0-2][ ]năm[ ](?:19|20)\d\d(?!\d))")  # (or inside a month of 1:
# "ngay O1 thang 190 nam 2024", real Tesseract-eng on fresh seed 6027, the date lost — none but 10 is a month then)
#: a whole date's first slash read as a 1 after "ngày", the day and month each of two figures ("trước ngày 05112/2023":
#: sample 000's engine on fresh seed 8987 eng000, the report's deadline lost; or a 7: "ngay 15712/2023", real
#: Tesseract-eng on fresh seed 6120) — no day has three figures
_DATES_SLASH_READ_AS_ONE = regex.compile(r"(?<=(?<![\p{L}\d])ngày[ ](?:0[1-9]|[12]\d|3[01]))[17]"
                                         r"(?=(?:0[1-9]|1[0-2])/(?:19|20)\d\d(?!\d))")
#: the ministry's "Bộ" read "Eo" opening a recipients' line, its dash lost ("Eö Lao dong - Thường bình và Xã hơi":
#: vetplan's OCR of fresh seed 3632's scan, read "Eo Lao động", the recipient lost) — no word "Eo" heads the ministry
#: a speck read as a short word in small letters between the issuer's capitals and the motto merged after them ("HUYỆN
#: ĐỊNH HÓA để Độc lập - Tự do": real Tesseract-eng's "ee" on fresh seed 12626, the issuer kept it)
_SPECK_WORD_BEFORE_THE_MOTTO = regex.compile(r"(?<=\p{Lu}{2})[ ]\p{Ll}{1,3}(?=[ ]Độc[ ]lập[ ]-)")
#: "Thông tư số" run together before a circular's number and left by the decoder ("Thongtusj 43/2016/TT-BLĐTBXH": a
#: code's on fresh seed 17520 code, the citation lost)
_CIRCULAR_WORDS_GLUED = regex.compile(r"(?<![\p{L}\d])Th[oô]ngt[uư]s\S{1,2}(?=[ ]\d{1,4}/(?:19|20)\d\d/TT-)")
#: the planning department's name run together by a code after its "Sở" ("Sở KShoachvaDiu từ tổ chức": sample 004's
#: code on fresh seed 17524 code004, the partner lost) — its Đ a D, "tư" read "từ"
_PLANNING_DEPARTMENTS_NAME_GLUED = regex.compile(r"(?<=(?<![\p{L}\d])Sở[ ])K\S{1,2}hoachva[DĐ]\S{1,3}[ ]t\p{Ll}{1,2}"
                                                 r"(?![\p{L}\d])")
#: "hội trước" of the report's sentence run together by a code and left by the decoder ("Thương binh và Xã h9itnraC
#: ngày 17/12/2021": sample 004's code on fresh seed 17551 code004, the deadline lost)
_SOCIAL_WORD_AND_BEFORE_GLUED = regex.compile(r"(?<=(?<![\p{L}\d])binh[ ]và[ ]Xã[ ])h\S{1,2}it[rn]\S{2,4}"
                                              r"(?=[ ]ngày[ ]\d)")
#: "tư rà" run together after the planning department's "Đầu", read "tra" ("Sở Kế hoạch và Đầu tra soát mạng lưới":
#: real Tesseract-eng's "Dau twra soat" on fresh seed 12728, the partner lost)
_INVESTMENT_AND_REVIEW_WORDS_GLUED = regex.compile(r"(?<=(?<![\p{L}\d])Đầu[ ])tra(?=[ ]soát(?![\p{L}\d]))")
#: the planning department's "Sở Kế" run together by a code and read as "kế" after "phối hợp với" ("phối hợp với kế
#: hoạch và Đầu tư": a code's "v\li S^KS ho~Ch" on fresh seed 17502 code, the partner lost) — "Đầu tư" in capitals is
#: the department's
_PLANNING_HEAD_LOST_AFTER_WITH = regex.compile(r"(?<=(?<![\p{L}\d])phối[ ]hợp[ ]với[ ])kế(?=[ ]hoạch[ ]và[ ]Đầu[ ]tư)")
#: "Lao động" before the ministry's or department's "- Thương binh và Xã hội" read as other words of L and đ ("- Bà
#: Lão đáng - Thương binh và Xã hội;": a code's "Ba Laodang" on fresh seed 17190 code, the recipient lost) — no other
#: words stand there
_LABOUR_WORDS_MISREAD_BEFORE_INVALIDS = regex.compile(r"(?<![\p{L}\d])(?!Lao[ ]động[ ])L\p{Ll}{1,2}[ ]?[dđ]"
                                                      r"\p{Ll}{1,3}ng(?=[ ]-[ ]Thương[ ]binh[ ]và[ ]Xã[ ]hội)")
#: … and the ministry's "Bộ" before it read as another word of B ("- Bà Lao động - Thương binh và Xã hội") opening an
#: item
_MINISTRY_HEAD_READ_AS_A_B_WORD = regex.compile(r"(?<=^[-–\s]*)(?!Bộ[ ])B\p{Ll}{1,2}"
                                                r"(?=[ ]L\p{Ll}{1,2}[ ]?[dđ]\p{Ll}{1,3}ng[ ]-[ ]Thương[ ]binh)")
# (its "Lao động" misread too, which the pattern before reads)
_MINISTRY_HEAD_READ_EO = regex.compile(r"(?<=^[-–\s]*)E[oöôó](?=[ ]Lao[ ]động[ ]-[ ]Thương[ ]binh)")
#: "tỉnh" after the council in the recipients' "Thường trực HĐND tỉnh" read "thành", the item ending there ("- Th?|ng
#: truc HDND taNh;": a code's on fresh seed 9069 code, the recipient lost) — "thành" alone is no body's place
_PROVINCE_WORD_READ_THANH = regex.compile(r"(?<=(?<![\p{L}\d])Thường[ ]trực[ ]HĐND[ ])thành(?=[ ]*[;.,]?[ ]*$)")
#: a span's end month's "tháng" read as another word of h after "đến", its t lost ("… doanh nghiệp ,ra tháng 3 đến hàng
#: 8/2016.": a code's "dSn hang 8I2016", fresh seed 9098 code004, the task's time lost)
_END_MONTH_WORD_T_LOST = regex.compile(r"(?<=(?<![\p{L}\d])đến[ ])(?!tháng[ ])h\p{Ll}{2,3}"
                                       r"(?=[ ](?:0?[1-9]|1[0-2])/(?:19|20)\d\d(?!\d))")
#: "Đơn vị" of the lead's label opening a line read as two other short words ("_~ Dan yj chi tri: Sd Tai chinh.": real
#: Tesseract-eng on fresh seed 6074, read "Dân ý chủ trì:", the lead lost) — nothing else goes "… chủ trì:" there
_LEAD_LABEL_WORDS_MISREAD = regex.compile(r"(?<=^[\W_]*)(?!(?i:đơn[ ]vị|cơ[ ]quan)[ ])\p{L}{2,4}[ ]\p{L}{1,2}"
                                          r"(?=[ ]chủ[ ]trì[ ]?:)")
#: a department's head "Sở" read "Sẽ" after a task's label or "với", before the department's Capitalised name, which may
#: go on to the next line ("đơn vị phối hợp: Sẽ Công" / "Thương;": real Tesseract-eng's "Sé Cong" on fresh seed 6088,
#: the partner lost) — "will" opens no agency's name
_AGENCY_HEAD_READ_SE = regex.compile(r"(?<=(?:(?:chủ[ ]trì|phối[ ]hợp)[ ]?:[ ]?|(?<![\p{L}\d])với[ ]))Sẽ"
                                     r"(?=[ ]\p{Lu}\p{Ll}+(?:[ ]|$))")
#: "Tuyên" of "tuyên truyền" opening a line, its T read L ("Luyên truyền về giáo dục nghề nghiệp": vetplan's OCR of
#: fresh seed 3683's scan, read "Luyện", the partner before it run on to the time) — "luyện truyền" is no phrase
_PROPAGANDA_WORD_T_READ_L = regex.compile(r"(?<![\p{L}\d])Luy[êệ]n(?=[ ]truyền(?![\p{L}\d]))")
#: a speck after a quarter's year ending the field: a slash or a small letter ("Quý IV/2017/.", "Quý IV/2023ä.":
#: vetplan's OCR of fresh seeds 3750 and 3783's scans, the tasks' times kept them)
_SPECK_AFTER_A_QUARTERS_YEAR = regex.compile(r"(?<=(?<![\p{L}\d])Quý[ ](?:I{1,3}|IV)/(?:19|20)\d\d)(?:/|[a-zäöü])"
                                             r"(?=[.;,]?[ ]*$)")
#: the province's word of "Thường trực Tỉnh ủy" read as a bracket and two letters, a speck's colon before it ("-
#: Thường trực: [nh ủy;": vetplan's OCR of fresh seed 3798's scan, the recipient lost)
_PROVINCE_WORD_BRACKETED = regex.compile(r"(?<=(?<![\p{L}\d])Thường[ ]trực)[:;.,]?[ ]\[\p{Ll}{1,2}"
                                         r"(?=[ ]ủy(?![\p{L}\d]))")
#: the recipients' item "UBND các huyện" with its dash read "L-" ("L-BND cac huyện": vetplan's OCR of fresh seed 3772's
#: scan, the recipient kept it)
_ITEM_DASH_READ_L = regex.compile(r"(?<=^[ ]*)L-(?=UBND[ ]các[ ])")
#: "hội chủ trì" run together and left by the decoder after the labour department's "Xã" ("Sở Lao động - Thương binh và
#: Xã hQichiitri, phối hợp": a code's on fresh seed 9196 code004, the lead lost)
_SOCIAL_WORD_AND_LEAD_VERB_GLUED = regex.compile(r"(?<=(?<![\p{L}\d])Thương[ ]binh[ ]và[ ]Xã[ ])"
                                                 r"h\S{1,3}ch\S{1,3}tr\S{0,3}(?=,[ ]phối)")
#: "Căn cứ Quyết định" run together opening the basis and left by the decoder ("caneirQuyStdinh số 1956/QĐ-TTg": a
#: code's on fresh seed 9172 code004, the title had run into the basis)
_BASIS_AND_DECISION_GLUED = regex.compile(r"(?<=^[ ]*)[cC]an\S{1,4}?Quy\S{1,3}dinh(?=[ ]số[ ]\d)")
#: a speck's comma after "giáo" of "giáo dục nghề nghiệp" ("Phat trien giao, duc nghe nghiep": real Tesseract-eng on
#: fresh seed 6156, the title kept it)
_SPECK_INSIDE_EDUCATION = regex.compile(r"(?<=(?<![\p{L}\d])giáo)[,.;:](?=[ ]dục[ ]nghề(?![\p{L}\d]))")
#: a slash's speck between a recipients item's semicolon and the signature's position merged after it ("- Thuong truc
#: HDND tinh; / PHO CHU TICH": real Tesseract-eng on fresh seed 6170, the position lost)
_SLASH_BEFORE_A_MERGED_POSITION = regex.compile(r"(?<=;)[ ][/|\\](?=[ ](?:PHÓ|KT\.|TM\.|CHỦ|GIÁM)(?![\p{L}\d]))")
#: specks between the council and "tỉnh" in "Thường trực HĐND tỉnh" ("Thường trực HĐND.-tỉnh": real Tesseract-eng on
#: fresh seed 6207, the recipient kept them)
_SPECKS_BEFORE_THE_COUNCILS_PROVINCE = regex.compile(r"(?<=(?<![\p{L}\d])Thường[ ]trực[ ]HĐND)[.,:;\-\]}]{1,2}[ ]?"
                                                     r"(?=tỉnh)")  # (or apart: "HĐND] tỉnh", vetplan's OCR of fresh
# seed 3806's scan)
#: the recipients' "các huyện, thành phố" with "huyện" cut and "thành" misread ("- UBND cac huy~, Manh ph6;": a code's
#: on fresh seed 9314 code004, read "các huy, Mạnh phố", the recipient lost)
_DISTRICTS_AND_CITY_WORDS_MISREAD = regex.compile(r"(?<=^\s*[-–•~]\s*UBND[ ]+các[ ]+)huy\S{0,3},[ ]?(?!thành[ ])"
                                                  r"\p{L}{3,5}[ ]?[pP]h\p{L}{1,2}(?=[ ]*[;.]?[ ]*$)")
#: a span's "từ" glued to the word before it as a code's group, its "tháng" read "hàng" ("đại chúng t\l' hàng 2 đến
#: tháng 10/2024": a code's "daiehiingt\l' hang 2", fresh seed 9365 code004, the task's time lost)
_SPAN_FROM_GLUED_AS_A_CODES_GROUP = regex.compile(r"(?<=\p{L})t\\l'[ ]h\p{Ll}{2,3}(?=[ ]\d{1,2}[ ]đến[ ]tháng[ ]\d)")
#: "tỉnh" of the recipients' "Thường trực HĐND tỉnh" read as a short word ending the item ("- Thường trực HĐND ở;": a
#: code's "ilM", fresh seed 9408 code004, the recipient lost)
_COUNCILS_PROVINCE_MISREAD = regex.compile(r"(?<=(?<![\p{L}\d])Thường[ ]trực[ ]HĐND[ ])"
                                           r"(?!(?:tỉnh|xã|huyện|quận)(?![\p{L}\d]))\p{Ll}{1,3}(?=[ ]*;?[ ]*$)")
#: "Đào tạo" opening the rural title, its Đ a P and its à a 4, the space lost ("P4otao nghé cho lao dong": sample 000's
#: engine on fresh seed 9498 eng000, the title lost)
_TRAINING_WORDS_GLUED = regex.compile(r"(?<![\p{L}\d])[PBD][4àa]otao(?=[ ]nghề[ ]cho[ ])")
#: the labour department's "binh" read with a grave ("SỞ LAO ĐỘNG - THƯƠNG BÌNH VÀ XÃ HỘI": real Tesseract-eng on
#: fresh seed 6223, the issuer read so) — the war invalids' "thương binh" has no mark on its second word
_INVALIDS_WORD_MARKED = regex.compile(r"(?<=(?<![\p{L}\d])THƯƠNG[.,]?[ ])BÌNH"
                                      r"(?=[ ]+VÀ(?![\p{L}\d])|[ ]*$|[ ]+Độc[ ]lập)")
# (a speck's stop after THƯƠNG, the motto's column after it: "THUONG. BINH Doc-lap", the fresh seed's own line)
_INVALIDS_WORD_MARKED_SMALL = regex.compile(r"(?<=(?<![\p{L}\d])Thương[ ])bình(?=[ ]+và(?![\p{L}\d]))")
#: a province's dash between its two places doubled, its space lost ("Bà Rịa --Vũng Tàu, ngày": real Tesseract-eng on
#: fresh seed 6277, the place kept it)
_PROVINCES_DASH_DOUBLED = regex.compile(r"(?<=(?<![\p{L}\d])Rịa)[ ]?-{2,}[ ]?(?=Vũng[ ]Tàu)")
#: "năm" of a title's year glued to the word before it, its n a code's u ("huyện Phú Catuam 2016", "nông thonuam 2018":
#: sample 004's code on fresh seeds 9592 and 9667 code004, the titles lost) — no syllable ends in "uam"
_YEAR_WORD_GLUED_AS_UAM = regex.compile(r"(?<=\p{L})uam(?=[ ](?:19|20)\d\d[ ]*$)")
#: "bàn tỉnh" run together after "địa" ("trên địa bamtinh Hà Giang": a code's on fresh seed 9635 code004, the title
#: lost)
_AREA_AND_PROVINCE_GLUED = regex.compile(r"(?<=(?<![\p{L}\d])địa[ ])ba[mnu]l?t\S{1,2}n?h(?=[ ]\p{Lu})")
# (its n a u, a code's l for the space and the n of "tỉnh" lost: "trem dia baultih Tuye Quang", fresh seed 10234
# code004, the title lost)
#: the council's Đ read as a small b, glued to its "tỉnh" after "Thường trực" ("- Thudng tryc HbNDtinh;": sample 000's
#: engine on fresh seed 9593 eng000, the recipient lost)
_COUNCIL_WITH_A_SMALL_B_GLUED = regex.compile(r"(?<=(?<![\p{L}\d])Thường[ ]trực[ ])HbNDt\S{1,3}h(?=[ ]*[;.]?[ ]*$)")
#: "nông thôn năm" of the rural title run together before its year, left by the decoder ("Đào tạo nghề cho lao động
#: nongthonram 2024": sample 004's code on fresh seed 17133 code004, the title lost)
_RURAL_TITLES_LAST_WORDS_GLUED = regex.compile(r"(?<=(?<![\p{L}\d])lao[ ]động[ ])(?!nông[ ]thôn[ ]năm[ ])"
                                               r"n[oô]ngth[oô]n\S{1,2}m(?=[ ](?:19|20)\d\d[ ]*$)")
#: "lao động nông" of the rural title run together and left by the decoder ("Đào tạo nghề cho laod9nguong thôn năm
#: 2020": a code's on fresh seed 9731 code004, the title lost)
_RURAL_TITLES_WORDS_GLUED = regex.compile(r"(?<=(?<![\p{L}\d])nghề[ ]cho[ ])lao\S{5,9}(?=[ ]thôn(?![\p{L}\d]))")
#: a speck's P glued before "BAN" of the committee's name in capitals ("UY PBAN NHAN DAN": sample 000's engine on fresh
#: seed 9716 eng000, the issuer lost)
_COMMITTEE_P_SPECK = regex.compile(r"(?<=(?<![\p{L}\d])[UỦ][YỶ][ ])P(?=BAN[ ]NHÂN[ ]DÂN(?![\p{L}\d]))")
#: "giáo" of "giáo dục nghề nghiệp" with its mark lost, a code's ("công tác giao dục nghề nghiệp": fresh seed 9860
#: code004, the title lost) — "giao dục" is no phrase
_EDUCATION_WORD_MARK_LOST = regex.compile(r"(?<![\p{L}\d])giao(?=[ ]dục[ ]nghề(?![\p{L}\d]))")
#: … or read as another word with a speck's letter after "công tác" or "phát triển" ("Triển khai công tác bgidl dục
#: nghề nghiệp": sample 000's engine on fresh seed 11834 eng000, the title lost; "công tác ai dục", real Tesseract-eng
#: on fresh seed 8884) — "dục nghề nghiệp" follows "giáo" alone
_EDUCATION_HEAD_WORD_MISREAD = regex.compile(r"(?<=(?<![\p{L}\d])(?:tác|triển)[ ])(?!giáo[ ])\p{Ll}{2,6}"
                                             r"(?=[ ]dục[ ]nghề[ ]nghiệp(?![\p{L}\d]))")
#: "nghề cho lao" of "Đào tạo nghề cho lao động nông thôn" run together and misread, a code's ("Đào tạo ngheehohao động
#: nông thôn": sample 004's code on fresh seed 11832 code004, its c read e, the title lost) — one token between "Đào
#: tạo" and "động nông thôn" is that phrase's
_VOCATION_FOR_WORKERS_RUN_TOGETHER = regex.compile(r"(?<=(?<![\p{L}\d])(?i:đào tạo)[ ])ngh\p{Ll}{5,9}"
                                                   r"(?=[ ]động[ ]nông[ ]thôn(?![\p{L}\d]))")
#: … all four words in one token, before "nông thôn" ("Đào tạo nghechohaod9ng nông thôn năm 2020": sample 004's code,
#: its l read h, on fresh seed 13932 code004, left unread, the title lost)
_VOCATION_FOR_WORKERS_GLUED_WHOLE = regex.compile(r"(?<=(?<![\p{L}\d])(?i:đào tạo)[ ])ngh\S{9,14}"
                                                  r"(?=[ ]nông[ ]thôn(?![\p{L}\d]))")
#: a degree sign's speck ending a line after a task's label, the value on the next line ("đơn vị phối hợp: °" / "Sở
#: Giáo dục và Đào tạo": real Tesseract-eng on fresh seed 6367, the partner read with it)
_DEGREE_SPECK_AFTER_A_LABEL = regex.compile(r"(?<=(?:chủ[ ]trì|phối[ ]hợp)[ ]?:)[ ]?[°º](?=[ ]*$)")
#: "Thường" of "Thường trực" opening a recipients line read as two short words ("Thro ng true Tinh uy;": real
#: Tesseract-eng on fresh seed 6310, read "Theo ông trực", the recipient lost)
_STANDING_WORD_PARTED = regex.compile(r"(?<=^[-–\s]*)Th\p{Ll}{1,3}[ ]\p{Ll}{2,3}"
                                      r"(?=[ ]trực[ ](?:Tỉnh|HĐND|Thành|Huyện))")
#: "tỉnh" ending the recipients' "Chủ tịch, các PCT UBND tỉnh" read "thành" ("các PCT UBND thành": a code's on fresh
#: seed 9920 code, the recipient lost) — "thành" alone names no body's place
_DEPUTIES_PROVINCE_READ_THANH = regex.compile(r"(?<=(?<![\p{L}\d])các[ ]PCT[ ]UBND[ ])thành(?=[ ]*[;.]?[ ]*$)")
#: the deputies' "PCT" read as a short word between "Chủ tịch, các" and the committee ("Chủ tịch, các luật UBND tỉnh": a
#: code's on fresh seed 9884 code004, the recipient lost)
_DEPUTIES_READ_AS_A_WORD = regex.compile(r"(?<=(?<![\p{L}\d])Chủ[ ]tịch,[ ]các[ ])(?!PCT(?![\p{L}\d]))\p{L}{2,5}"
                                         r"(?=[ ]UBND(?![\p{L}\d]))")
#: the issuer's department "SỞ" read "SỐ 6" in a header ("UBND TỈNH VĨNH PHÚC SỐ 6 LAO ĐỘNG": sample 000's engine on
#: fresh seed 9923 eng000, the issuer lost)
_DEPARTMENTS_HEAD_READ_SO_SIX = regex.compile(r"(?<![\p{L}\d])SỐ[ ]6[ ](?=LAO[ ]ĐỘNG(?![\p{L}\d]))")
#: a bar's speck between the quarter's word and "IV" ("thời gian thực hiện: Quy | IV/2023.": real Tesseract-eng on fresh
#: seed 5716, the task's time lost) — no quarter is "I IV"; before another number the bar may be its stroke
_BAR_BEFORE_THE_FOURTH_QUARTER = regex.compile(r"(?<![\p{L}\d])Qu[yý][ ]+[|¦!][ ]+(?=IV/(?:19|20)\d\d(?!\d))")
#: "đơn" and "phối" of the partner's label misread after a field's semicolon ("; Làm vì phát hợp: Sở Nội vụ": real
#: Tesseract-eng's "Gam vi phot hop:" on fresh seed 5716, the partner taken into the lead)
_PARTNER_LABEL_MISREAD = regex.compile(r"(?<=;[ ]?)(?!đơn[ ]vị[ ]phối[ ])\p{L}{2,4}[ ]v\p{Ll}{1,2}[ ]ph\p{Ll}{1,3}"
                                       r"(?=[ ]hợp[ ]?:)")
#: the quarter's word read as another short word after the time label ("thời gian thực hiện: ăn IV/2023": real
#: Tesseract-eng's "ag IV/2023" on fresh seed 5136, the task's time lost) — a quarter's number and year say what it is
_QUARTER_WORD_AFTER_THE_TIME_LABEL = regex.compile(r"(?<=thực hiện[ ]?:[ ]?)(?!(?i:quý)[ ])\p{L}{1,3}"
                                                   r"(?=[ ](?:I{1,3}|IV)/(?:19|20)\d\d(?!\d))"
                                                   r"|(?<=thực hiện[ ]?:[ ])Quy(?=[ ]*$)")  # (or ending its line,
# its quarter on the next: "thời gian thực hiện: Quy" / "- IV/2020.", real Tesseract-eng on fresh seed 10747)
#: "Thường" of "Thường trực" read "Phương" before the body it heads ("- Phương trực Tỉnh ủy;": real Tesseract-eng's
#: "Phuong true Tink uy" on fresh seed 5378, the recipient lost)
_STANDING_WORD_READ_AS_ANOTHER = regex.compile(r"(?<![\p{L}\d])(?!Thường[ ])(?:Ph|Th|Tr)\p{Ll}{2,5},?"
                                          r"(?=[ ]trực[ ](?:Tỉnh ủy|Thành ủy|Huyện ủy|HĐND|UBND|\p{Lu}{1,3}ND)"
                                          r"(?![\p{L}\d]))")  # (its Th read T, the council misread too: "- Trong
# trực ILDND tỉnh", real Tesseract-eng's "Thtrong true" on fresh seed 8091, the recipient lost; a comma's speck after
# it, "- Phương, trực Tỉnh ủy", 8589, the recipient lost — the comma goes in the edit)
# (or another word of Th: "- Therone trực Tỉnh ủy;", real Tesseract-eng on fresh seed 5594, the recipient lost)
#: a hyphen for the space inside "Các sở" ("Các-sở”, ban, ngành": real Tesseract-eng on fresh seed 5602)
_DEPARTMENTS_ITEM_HYPHEN = regex.compile(r"(?<=(?<![\p{L}\d])[Cc]ác)[-–](?=sở\S{0,2}[ ]*ban)")
#: a speck before a span's last month after "tháng" ("từ tháng 5 đến tháng .9/2019.": real Tesseract-eng on fresh seed
#: 5396, the task's time lost)
_SPECK_BEFORE_A_MONTH = regex.compile(r"(?<=(?<![\p{L}\d])(?:tháng|Tháng)[ ])[.,:;'‘’`](?=\d{1,2}/(?:19|20)\d\d(?!\d))")
#: a span's "từ" with its t read L, and its second "tháng" parted after its vowel ("tự làm Lừ tháng 2 đến thá ng
#: 3/2023.": vetplan's OCR of fresh seed 3252's scan, read "Lu tháng 2 đến nhà ng", the task's time lost) — before the
#: decoder
_SPAN_FROM_WORD_T_READ_L = regex.compile(r"(?<![\p{L}\d])L(?=ừ[ ]tháng[ ]\d{1,2}[ ])")
_MONTH_WORD_PARTED = regex.compile(r"(?<=(?<![\p{L}\d])(?:đến|tháng[ ]\d{1,2})[ ])th[aáà][ ]ng(?=[ ]\d{1,2}[/ ])")


def fix_span_words_parted(line: str) -> list[Edit]:
    """``"tự làm Lừ tháng 2 đến thá ng 3/2023."`` → "từ tháng 2 đến tháng 3/2023." (a scan's; before the decoder)."""
    return [(m.start(), m.end(), "t", 0.8) for m in _SPAN_FROM_WORD_T_READ_L.finditer(line)] + [
        (m.start(), m.end(), "tháng", 0.8) for m in _MONTH_WORD_PARTED.finditer(line)]


#: the place-date line's "tháng" read as another word, a code's M for its th ("Kiến Thụy, ngày 26 Mang 08 năm 2021": a
#: code's "Maug", fresh seed 8176 code004, the place and date lost) — no other word stands between a day and a month
_MONTH_WORD_IN_A_DATE_MISREAD = regex.compile(r"(?<=(?<![\p{L}\d])ngày[ ](?:[‘’'`]{1,2}[ ]?)?\d{1,2}[ ])(?!tháng[ ])"
                                              r"\p{L}{3,5}"
                                              r"(?=[ ]\d{1,2}[ ]năm[ ](?:19|20)\d\d(?!\d))")
#: the committee's abbreviation with its U small, a code's random case ("- Chủ tịch, các PCT uBND tỉnh;": fresh seed
#: 8331 code004, the recipient lost)
_COMMITTEE_ABBREVIATION_SMALL_U = regex.compile(r"(?<![\p{L}\d])u(?=BND(?![\p{L}\d]))")
#: spaces before a month's slash and year ("từ tháng 2 đến tháng 3  /2019.": sample 000's engine on fresh seed 8385
#: eng000, the task's time lost)
_SPACES_BEFORE_A_MONTHS_SLASH = regex.compile(r"(?<=(?<![\p{L}\d])tháng[ ]\d{1,2})[ ]+(?=/(?:19|20)\d\d(?![\d/]))")
#: a month's or a date's slash before its year read as a stroke after spaces, or a stroke beside it ("từ tháng 2 đến
#: tháng 3  I2021", "đến tháng  10/I2019", "trước ngày 13  I12/2016": sample 000's engine on fresh seeds 16727, 16563
#: and 16883 eng000, the tasks' times and the report's deadline lost) — a stroke stands before no year
_STROKE_FOR_A_SLASH_AFTER_SPACES = regex.compile(r"(?<=(?<![\p{L}\d])tháng[ ]{1,2}\d{1,2})[ ]{1,2}I"
                                                 r"(?=(?:19|20)\d\d(?![\d/]))"
                                                 r"|(?<=(?<![\p{L}\d])ngày[ ]{1,2}\d{1,2})[ ]{1,2}I"
                                                 r"(?=\d{1,2}/(?:19|20)\d\d(?![\d/]))")
#: "thực" of the time label read as another word of th ("thời gian thuê hiện: Quý IV/2021.": real Tesseract-eng on
#: fresh seed 5498)
_CARRY_OUT_WORD_IN_THE_TIME_LABEL = regex.compile(r"(?<=(?<![\p{L}\d])(?:thời|Thời)[ ]gian[ ])(?!thực[ ])th\p{Ll}{1,3}"
                                                  r"(?=[ ]hiện[ ]?:)")
#: the time label after a field's semicolon, its first and third words misread ("Sở Công Thương; Mới gian học hiện:
#: Quý IV/2022.": a code's "Moi gian hvc hi~n", fresh seed 8493 code004, the partner run on to the time and the time
#: lost) — "gian" and "hiện" say which label it is
_TIME_LABEL_WORDS_MISREAD = regex.compile(r"(?<=;[ ]?)(?!(?i:thời[ ]gian[ ]thực)[ ])\p{L}{2,4}[ ]gian[ ]\p{L}{2,4}"
                                          r"[ ]hi(?:ện|\p{Ll}{1,2}(?=:))(?=[ ]?:)")  # (its last word too, glued to the
# colon: "Mới gian thuê hiểm:Quý IV/2020", a code's "MOi gian thve hi~m:QUy", fresh seed 13369 code004)
#: a span's first "tháng" read as another word of h, its t lost ("doanh nghiệp tại hàng 2 đến tháng 5/2020": a code's
#: "t\\l'i hang 2", fresh seed 8609 code004, the task's time lost), after "từ" (or the word read for it)
_SPAN_FIRST_MONTH_WORD = regex.compile(r"(?<=(?<![\p{L}\d])(?:từ|tại|tự)[ ])(?!tháng[ ])h\p{Ll}{2,3}"
                                       r"(?=[ ]\d{1,2}[ ]đến[ ]tháng[ ]\d)")
_SPAN_FROM_WORD_BEFORE_IT = regex.compile(r"(?<![\p{L}\d])(?:tại|tự|lý|về)"
                                          r"(?=[ ](?:tháng|h\p{Ll}{2,3}),?[ ]\d{1,2}[ ]đến"
                                          r"[ ]tháng[ ]\d)")  # ("tự": "lao động tự hàng 4 đến tháng 10/2020", a
# code's "d9ngtv hang 4", fresh seed 8943 code004; "lý", a comma's speck after the month's word: "từ làm lý tháng, 5
# đến tháng 11/2023", real Tesseract-eng's "tur lam tly thang, 5" on fresh seed 8199, the task's time lost)
#: … that comma's speck (after "tháng" before the span's first month)
_SPECK_AFTER_A_SPANS_FIRST_MONTH_WORD = regex.compile(r"(?<=(?<![\p{L}\d])(?:từ|tại|tự|lý)[ ]tháng),"
                                                      r"(?=[ ]\d{1,2}[ ]đến[ ]tháng[ ]\d)")
#: the lead's verb Capitalised after its name, a code's random capital ("Sở Tài chính Chủ trì, phối hợp": fresh seed
#: 8669 code004, the lead read "Sở Tài chính Chủ")
_LEAD_VERB_CAPITAL = regex.compile(r"(?<=\p{L}[ ])Chủ(?=[ ]trì,[ ]phối[ ]hợp)")
#: a stroke after a month's slash before its year ("từ tháng 3 đến tháng 10/I2016.": real Tesseract-eng's "thang,
#: 10/I2016" on fresh seed 8657 eng000, the task's time lost)
_STROKE_AFTER_A_MONTHS_SLASH = regex.compile(r"(?<=(?<![\p{L}\d])tháng[ ]{1,2}\d{1,2}/)[Il|](?=(?:19|20)\d\d(?![\d/]))")
#: a span's last month's slash read as a 1 ("từ tháng 7 đến tháng 1012021.": sample 000's engine on fresh seed 15051
#: eng000, the task's time lost) — only where one reading fits: a month of two figures, or of one from 2 (a "112021"
#: may be 1/2021 or 11/2021 with its slash lost)
_SLASH_READ_ONE_AFTER_A_SPANS_MONTH = regex.compile(r"(?<=(?<![\p{L}\d])đến[ ]tháng[ ](?:1[0-2]|[2-9]))1"
                                                    r"(?=(?:19|20)\d\d(?![\d/]))")
#: specks inside a date in words: a stop inside its day, a colon after its month ("ngày 2.1 tháng 05: năm 2017": real
#: Tesseract-eng on fresh seed 5511, the place and the date lost)
_SPECKS_INSIDE_A_WORDED_DATE = regex.compile(r"(?<=(?<![\p{L}\d])ngày[ ]\d)[.,](?=\d[ ]tháng[ ]\d)"
                                             r"|(?<=(?<![\p{L}\d])ngày[ ])[‘’'`]{1,2}[ ]?"
                                             r"(?=\d{1,2}[ ]\p{L}{3,5}[ ]\d)"  # (quotes
                                             # before the day: "Bén Tre, ngay ‘‘ 28 théng 02", sample 000's engine on
                                             # fresh seed 9388 eng000, the place and date lost)
                                             r"|(?<=(?<![\p{L}\d])tháng[ ]\d{1,2})[:;.,](?=[ ]năm[ ](?:19|20)\d\d)")
#: a date's "năm" whose vowel a sign stands for, a speck's quote glued before the year ("ngày 28 tháng 12 n&m‘2017":
#: real Tesseract-eng on fresh seed 11141, left as read, the place and date lost)
_YEAR_WORD_SIGN_AND_QUOTE = regex.compile(r"(?<=(?<![\p{L}\d])tháng[ ]\d{1,2}[ ])n[^\w\s]m['‘’`]"
                                          r"(?=(?:19|20)\d\d(?!\d))")
_YEAR_WORD_SIGN = regex.compile(r"(?<=(?<![\p{L}\d])tháng[ ]\d{1,2}[ ])n[^\w\s]m(?=[ ](?:19|20)\d\d(?!\d))")
#: a span's first month read twice ("từ tháng 6 6 đến tháng 7/2024": real Tesseract-eng on fresh seed 11088, the task's
#: time lost)
_SPANS_FIRST_MONTH_TWICE = regex.compile(r"(?<=(?<![\p{L}\d])từ[ ]tháng[ ](\d{1,2}))[ ]\1(?=[ ]đến[ ]tháng[ ]\d)")
#: a space inside a read quarter's year, in text the fixers before the decoder took for stripped ("Quý IV/202 1.": real
#: Tesseract-eng on fresh seed 5498, its marks all lost, the task's time lost)
_SPACE_INSIDE_A_QUARTERS_YEAR = regex.compile(r"(?<=(?<![\p{L}\d])Quý[ ](?:I{1,3}|IV)/(?:19|20)\d)[ ](?=\d(?![\d/]))")
#: "ban" of the basis sentence's "ban hành Kế hoạch" read "bản" (sample 000's engine on fresh seed 8305 eng000: the
#: issuer's place the sentence names then went unread, and the header's and the place-date line's were lost)
_ISSUE_WORD_MISREAD = regex.compile(r"(?<![\p{L}\d])bản(?=[ ]hành[ ]Kế[ ]hoạch(?![\p{L}\d]))")
#: "nghề" of "giáo dục nghề nghiệp" read as another short word of n ("giáo dục nó}ở nghiệp": sample 000's engine's
#: "n9}é" on fresh seed 8256 eng000, the title lost)
_VOCATIONAL_WORD_MISREAD = regex.compile(r"(?<=(?<![\p{L}\d])(?:giáo|Giáo)[ ]dục[ ])(?!nghề)"  # ("nghề" with a speck
                                         # after it is _VOCATIONAL_WORDS_SPECK's)
                                         r"(?:n\S{1,4}|[-_~]{2,4})"
                                         r"(?=[ ]nghiệp(?![\p{L}\d]))")
#: "với" of "phối hợp với" read as another short word of v before an agency ("phối hợp vài sở Nội vụ": real
#: Tesseract-eng's "vai'SG Néi vu" on fresh seed 5489, the partner lost)
_WITH_WORD_MISREAD = regex.compile(r"(?<=(?<![\p{L}\d])phối[ ]hợp[ ])(?!với[ ])v\p{Ll}{1,2}"
                                   r"(?=[ ][“\"‘']?(?:Sở|sở|Bộ|bộ)[ ]\p{Lu})")
#: a quote's speck before the partner's head after "phối hợp với" ("phối hợp vài “Sở Giáo dục": real Tesseract-eng's
#: "vai “Sé Gido duc" on fresh seed 12487 eng000, the partner lost)
_QUOTE_BEFORE_THE_PARTNERS_HEAD = regex.compile(r"(?<=(?<![\p{L}\d])phối[ ]hợp[ ]v\p{Ll}{1,2}[ ])[“\"‘']"
                                                r"(?=(?:Sở|Bộ)[ ]\p{Lu})")
#: … or specks glued between "với" and the partner's head ("phối hợp với.-Sở Giáo dục và Đào tạo": real Tesseract-eng's
#: "vdi.-So" on fresh seed 11798, the partner lost): a space
_SPECKS_GLUED_BEFORE_THE_PARTNERS_HEAD = regex.compile(r"(?<=(?<![\p{L}\d])phối[ ]hợp[ ]với)[.,:;\-–_~‘’'`]{1,3}"
                                                       r"(?=(?:Sở|Bộ)[ ]\p{Lu})")
#: specks before "huyện" in the recipients' "UBND các huyện" ("- UBND các ‘}huyện, thành phố;": sample 000's engine's
#: "c&c ‘}uyén" on fresh seed 12458 eng000, the recipient lost)
_SPECKS_BEFORE_THE_DISTRICTS = regex.compile(r"(?<=(?<![\p{L}\d])UBND[ ]các[ ])[‘’'`}]{1,3}(?=huyện,)")
#: "đến" of a span of months read as another short word ("từ tháng 5 gen tháng 6/2016": sample 000's engine on fresh
#: seed 8079 eng000, the task's time lost) — nothing else stands between the two months
_SPAN_TO_WORD_MISREAD = regex.compile(r"(?<=(?<![\p{L}\d])(?:từ|Từ)[ ]tháng[ ]\d{1,2}[ ])(?!đến[ ])\p{Ll}{2,4}"
                                      r"(?=[ ]tháng[ ]\d{1,2}/(?:19|20)\d\d(?!\d))")
#: "các" of the districts' item read with a code's random capital ("- UBND Các huyện, thành phố;": sample 004's code's
#: "CaCMuy~n" on fresh seed 8036 code004, the recipient lost)
_DISTRICTS_WORD_CAPITAL = regex.compile(r"(?<=(?<![\p{L}\d])UBND[ ])Các(?=[ ](?:huyện|quận|thị xã|xã|phường)"
                                        r"(?![\p{L}\d]))")
#: a speck between "công" and "tác" ("Triển khai công, tác giáo dục nghề nghiệp": sample 000's engine's "cong, téc" on
#: fresh seed 8021 eng000, the title lost)
_WORK_WORDS_SPECK = regex.compile(r"(?<=(?<![\p{L}\d])(?:công|Công))[,.;:'‘’`](?=[ ]tác[ ])")
#: a speck's letter glued before the deputies' "PCT" ("- Chủ tịch, các ĐPCT UBND tỉnh;": sample 000's engine's "cdc
#: bPCT" on fresh seed 7955 eng000, the recipient lost)
_SPECK_BEFORE_THE_DEPUTIES = regex.compile(r"(?<=(?<![\p{L}\d])các[ ])\p{L}(?=PCT[ ]+UBND(?![\p{L}\d]))")
#: … or its "chủ" lost ("Sở Kế hoạch và Đầu tư trì, phối hợp với": a code's "D}Ut<;> ch> tri,ph?I", fresh seed 7895
#: code, the lead lost): an insertion
_LEAD_VERB_HEAD_LOST = regex.compile(r"(?<=(?<![\p{L}\d])\p{L}+(?<!(?i:chủ)))(?=[ ]trì,[ ]phối[ ]hợp[ ]với)")  # ("Chủ
# trì, phối hợp với" opening an item stays: the identity corpus's sample 000)
#: the lead's verb "chủ trì" read as two other words of ch and tr before ", phối hợp với" ("Sở Kế hoạch và Đầu tư cho
#: trị, phối hợp với": a code's "chl,rtrl,r", fresh seed 7670 code, the lead lost)
_LEAD_VERB_MISREAD = regex.compile(r"(?<=(?<![\p{L}\d])\p{Ll}+[ ])(?!chủ[ ]trì,)ch\p{Ll}{0,2}[ ]?tr\p{Ll}{0,2}"
                                   r"(?=,[ ]phối[ ]hợp[ ]với)")
#: … both its words and "phối" after them misread at once ("Sở Thông tin và Truyền thông chủ tin, mà hợp với Sở Công
#: Thương": real Tesseract-eng's "chu tn, ms hop voi" on fresh seed 5402, the lead and partner lost) — not "kết hợp với"
#: nor "phù hợp với", which follow any word
_LEAD_AND_PARTNER_VERBS_MISREAD = regex.compile(r"(?<=(?<![\p{L}\d])\p{L}+[ ])(?!chủ[ ]trì,)ch\p{Ll}{0,2}[ ]"
                                                r"t\p{Ll}{0,2},[ ](?!(?:phối|kết|phù)[ ])\p{Ll}{1,4}"
                                                r"(?=[ ]hợp[ ]với[ ]\p{Lu})")
#: "chính" of "Sở Tài chính" read as another short word where the name ends ("phối hợp với Sở Tài Mình tổ chức", "đơn vị
#: phối hợp: Sở Tài hôm;": sample 004's code's "TaieMinh", "TaiehiM" on fresh seeds 8702, 8741 code004, the partners
#: lost) — the only other department of "Sở Tài" is "Tài nguyên và Môi trường"
_FINANCE_WORD_MISREAD = regex.compile(r"(?<=(?<![\p{L}\d])Sở[ ]Tài[ ])(?!(?:chính|nguyên)(?![\p{L}\d]))\p{L}{2,5}"
                                      r"(?=[ ]*[;.,]|[ ]*$|[ ]\p{Ll})")  # (or before the task's words: "phối hợp
# với Sở Tài Cách tuyên truyền về", sample 004's code's "TaiCMirh" on fresh seed 15161 code004, the partner lost)
#: a lone letter, a speck, between the words of "giáo dục nghề" ("Phát triển giáo a dục nghề nghiệp": real
#: Tesseract-eng's "giao a duc" on fresh seed 6405, the title lost)
_LETTER_INSIDE_EDUCATION = regex.compile(r"(?<=(?<![\p{L}\d])giáo)[ ]\p{Ll}(?=[ ]dục[ ]nghề(?![\p{L}\d]))")
#: the Đ of "GIÁM ĐỐC" read as a B, as Tesseract-eng reads it ("KT. GIAM BOC", "PHO GIAM BOC": real Tesseract-eng on
#: fresh seed 6431, the signer's position lost) — no "giám bốc" is said
_DIRECTORS_D_READ_B = regex.compile(r"(?<=(?<![\p{L}\d])GIÁM[ ])B(?=ỐC(?![\p{L}\d]))")
#: a speck for the space between a span's first month opening its line and "đến" ("4.đến tháng 10/2022." under "… từ
#: tháng": real Tesseract-eng on fresh seed 6508, the task's time lost)
_SPECK_BEFORE_A_SPANS_END = regex.compile(r"(?<=^\s*(?:0?[1-9]|1[0-2]))[.,:;](?=đến[ ]tháng[ ]\d)")
#: the C of the recipients' "Các sở, ban, ngành" read as a bracket, the rest as other short words ("- (ae Ser, ban,
#: ngant": real Tesseract-eng on fresh seed 6485, read "(ai sẽ", the recipient lost)
_DEPARTMENTS_C_AS_A_BRACKET = regex.compile(r"(?<=^\s*[-–]?\s*)\(\p{Ll}{1,2}[ ]\p{Ll}{1,3}(?=,[ ]ban,[ ]ngành)")
#: "chủ trì, phối hợp" before "với" read as another word and a code's unread token ("Sở Nội vụ Cầu tì, ph6iMgp với
#: Sở": sample 004's code's "vuCMu ti, ph6iMgp Vo-i" on fresh seed 10160 code004, its M for the h; the lead and partner
#: lost)
_LEAD_AND_PARTNER_VERBS_CODED = regex.compile(r"(?<=(?<![\p{L}\d])\p{L}+[ ])(?!chủ[ ]trì,)[cC]\p{Ll}{1,3}[ ]"
                                              r"t\p{Ll}{0,2},[ ]ph(?=\S*[^\s\p{L}])\S{3,6}(?=[ ]với[ ]\p{Lu})")
#: "Tỉnh ủy" (the provincial Party committee) with its T read as a P, then the word "Định" ("- Phuong true Pinh uys":
#: real Tesseract-eng on fresh seed 6612, read "Thường trực Định ủy", the recipient lost) — no "Định ủy" is said
_PROVINCIAL_PARTY_COMMITTEE_T_READ_P = regex.compile(r"(?<=(?<![\p{L}\d])trực[ ])Định(?=[ ]ủy(?![\p{L}\d]))")
#: the word "ngày" of a worded date after the place's comma read as another short word ("Phú-Yên, hay 27. tháng 06 năm
#: 2024": real Tesseract-eng on fresh seed 6627, the date lost)
_DAY_WORD_MISREAD_IN_A_DATE = regex.compile(r"(?<=\p{L},[ ])(?!ngày[ ])\p{Ll}{2,4}(?=[ ](?:0?[1-9]|[12]\d|3[01])[.,]?"
                                            r"[ ]tháng[ ](?:0?[1-9]|1[0-2])[ ]năm[ ](?:19|20)\d\d(?!\d))")
#: a speck's stop or comma after a worded date's day ("ngày 27. tháng 06 năm 2024", the same)
_SPECK_AFTER_A_WORDED_DATES_DAY = regex.compile(r"(?<=(?<![\p{L}\d])ngày[ ](?:0?[1-9]|[12]\d|3[01]))[.,]"
                                                r"(?=[ ]tháng[ ](?:0?[1-9]|1[0-2])[ ]năm[ ](?:19|20)\d\d(?!\d))")
#: the C of the recipients' "Các sở, ban, ngành" read as a G (": Gác sở, ban, ngành; PHÓ GIÁM ĐỐC": vetplan's OCR of
#: fresh seed 4111's scan, the recipient lost) — no "gác sở" is said
_DEPARTMENTS_C_READ_G = regex.compile(r"(?<![\p{L}\d])Gác(?=[ ]sở,[ ]ban,[ ]ngành(?![\p{L}\d]))")
#: a speck between the words of the recipients' "UBND các huyện, thành phố" ("- UBND cac huyện, . thành phổ;":
#: vetplan's OCR of fresh seed 4119's scan, the recipient lost)
_SPECK_INSIDE_THE_DISTRICTS_ITEM = regex.compile(r"(?<=(?<![\p{L}\d])các[ ]huyện,)[ ][.,:;'‘’`]+(?=[ ]thành[ ]phố)")
#: "chủ trì" before ", phối hợp với" run together by a code and read as one word of ch ("Sở Lao động - Thương binh và
#: Xã hội chất, phối hợp với Sở Thông tin": a code's "hoichl,rtr{," on fresh seed 10191 code, the lead and partner lost)
_LEAD_VERB_GLUED_READ_AS_ONE_WORD = regex.compile(r"(?<=\p{L}[ ])(?!chủ(?![\p{L}\d]))ch\p{Ll}{1,3}"
                                                  r"(?=,[ ]phối[ ]hợp[ ]với[ ]\p{Lu})")
#: a span's first "tháng" read as specks and letters no word has ("từ bx, 7 đến tháng 11/2020": vetplan's OCR of fresh
#: seed 4094's scan, the task's time lost)
_SPAN_FIRST_MONTH_WORD_SPECKS = regex.compile(r"(?<=(?<![\p{L}\d])từ[ ])(?=[^\s\d]*[^\s\p{L}\d])(?!tháng)[^\s\d]{1,5}"
                                              r"(?=[ ](?:0?[1-9]|1[0-2])[ ]đến[ ]tháng[ ]\d)")
#: a speck glued before "các" of the recipients' "UBND các huyện" ("UBND .các huyện, thành phố": vetplan's OCR of fresh
#: seed 4073's scan, the recipient lost)
_SPECK_BEFORE_THE_DISTRICTS_WORD = regex.compile(r"(?<=(?<![\p{L}\d])UBND[ ])[.,:;'‘’`]+(?=các[ ]huyện)")
#: "trước ngày" of a report's deadline glued and misread before its date ("… Xã hội tnwacgay 14/12I2018.",
#: "truaeugay18": sample 004's code on fresh seeds 12920, 13133 and 13151 code004, the deadline lost) — no word of
#: t…gay opens a date
_BEFORE_DAY_WORDS_GLUED = regex.compile(r"(?<![\p{L}\d])t\p{Ll}{2,5}[mn]?gay"
                                        r"(?=[ ]\d{1,2}/\d{1,2}/(?:19|20)\d\d(?!\d))")
_BEFORE_DAY_WORDS_GLUED_TO_THE_DAY = regex.compile(r"(?<![\p{L}\d])t(?:\p{Ll}{2,5}|(?=\S{0,4}[\dA-Z])"
                                                   r"[\p{Ll}\dA-Z]{2,6}?)[mn]?gay"  # (a code's figure and capital
                                                   # inside: "tru6aCngay22/12/2016", fresh seed 14130 code004)
                                                   r"(?=\d{1,2}/\d{1,2}/(?:19|20)\d\d(?!\d))")
#: "ngày" glued to the Prime Minister's code before a citation's date, its n read l or lost ("1956/QĐ-TTglgay
#: 27/11/2009": sample 004's code on fresh seed 12910 code004, the citation lost)
_DAY_WORD_GLUED_TO_A_CODE = regex.compile(r"(?<=-(?:TTg|CP))[ln]?g[aà]y(?=[ ]\d{1,2}/\d{1,2}/(?:19|20)\d\d)")
#: a speck after "trên địa bàn" before the place's type in a title ("trên địa bàn, tỉnh Nghệ An": sample 000's engine on
#: fresh seed 12859 eng000, the title kept it)
_SPECK_AFTER_THE_AREA_WORDS = regex.compile(r"(?<=(?<![\p{L}\d])trên[ ]địa[ ]bàn)[,.;:‘’'`]+"
                                            r"(?=[ ](?:tỉnh|huyện|thành[ ]phố|thị[ ]xã|quận)[ ]\p{Lu})"
                                            r"|(?<=(?<![\p{L}\d])trên[ ]địa[ ]bàn[ ])[-–_~]+"
                                            r"(?=(?:tỉnh|huyện|thành[ ]phố|thị[ ]xã|quận)[ ]\p{Lu})")  # (a dash glued
# before the type: "trên địa bàn -huyện Quốc Oai", real Tesseract-eng on fresh seed 9398, the title kept it)
#: "ủy" of the recipients' "Thường trực Tỉnh ủy" read as another word of a y ("- Thường trực Tỉnh tây;": sample 000's
#: engine's "Tinhé tiy" on fresh seed 13156 eng000, the recipient lost) — "Tỉnh đoàn" and the like end otherwise
_PARTY_COMMITTEE_WORD_READ_WITH_A_Y = regex.compile(r"(?<=(?<![\p{L}\d])Thường[ ]trực[ ]Tỉnh[ ])(?!ủy)\p{Ll}{1,2}y"
                                                    r"(?=[;.,]?$)")
#: a span's first "tháng" read "hàng" (its t lost) and "từ" lost or left a code's group before it ("nghiệp hàng 8 đến
#: tháng 9/2023", "tự làm ,rõ hàng 2 đến tháng 5/2017": sample 004's code's "nghiept( hang 8", "tu lam ,r hang 2" on
#: fresh seeds 12690 and 12705 code004, the task's time lost) — no "hàng N đến tháng" is said
_SPAN_OPENING_READ_AS_A_ROW = regex.compile(r"(?:(?<=[ ])[^\s\p{L}\d]\p{Ll}{0,2}[ ])?(?<![\p{L}\d])"
                                            r"(?<!(?:từ|tại|tự|lý)[ ])hàng"
                                            r"(?=[ ](?:0?[1-9]|1[0-2])[ ]đến[ ]tháng[ ]\d)")
#: the department of information's head and first word misread where a code glued them ("Đơn vị chủ trì: Sự thống tin
#: và Truyền thông.": a code's "S<;>Th}ngtin", fresh seed 13402 code, the lead lost) — its name's other words say which
_INFORMATION_HEAD_AND_WORD_MISREAD = regex.compile(r"(?<![\p{L}\d])S\p{Ll}{1,2}[ ](?!Thông[ ])[Tt]h\p{Ll}{2,3}"
                                                   r"(?=[ ]tin[ ]và[ ]Truyền[ ]th\p{Ll}{2,3}(?![\p{L}\d]))")
#: "tác" of a title's "Triển khai công tác" read as another short word ("Triển khai Công về giáo dục nghề nghiệp": a
#: code's "Cong ae", fresh seed 13403 code004, the title lost) — no other word stands there
_WORK_WORD_MISREAD_IN_A_TITLE = regex.compile(r"(?<=(?<![\p{L}\d])Triển[ ]khai[ ])[Cc]ông[ ](?!tác[ ])\p{Ll}{1,3}"
                                              r"(?=[ ]giáo[ ]dục[ ]nghề(?![\p{L}\d]))")
#: "ngày" of a deadline's "trước ngày" read with figures for its letters ("trước n94y 12/12/2022": sample 000's engine
#: on fresh seed 13404 eng000, the deadline lost)
_DAY_WORD_WITH_FIGURES = regex.compile(r"(?<=(?<![\p{L}\d])trước[ ])n(?=\S{0,2}\d)\S{1,3}y"
                                       r"(?=[ ]\d{1,2}/\d{1,2}/(?:19|20)\d\d(?!\d))")
#: "trước" of a deadline's "trước ngày" left misread before its date, as a word of tr and two to five characters
#: ("… Xã hội tru6ael ngày 24/12/2018.": sample 004's code's "tru6aelngay" on fresh seed 13817 code004, the deadline
#: lost) — or glued after the word before it ("… binh valXahoitruac ngày 15/12/2020.", 13827 code004); not "trong"
_BEFORE_WORD_MISREAD_BEFORE_A_DATE = regex.compile(r"(?<![\p{L}\d])(?!trước[ ]|trong[ ])tr\S{2,5}"
                                                   r"(?=[ ]ngày[ ]\d{1,2}/\d{1,2}/(?:19|20)\d\d(?!\d))")
_BEFORE_WORD_GLUED_BEFORE_A_DATE = regex.compile(r"(?<=\p{Ll}{2})tr(?!ước[ ]|ong[ ])\p{Ll}{2,4}"
                                                 r"(?=[ ]ngày[ ]\d{1,2}/\d{1,2}/(?:19|20)\d\d(?!\d))")
#: "ĐỐC" of "GIÁM ĐỐC" read with another mark, a quote's speck glued before it maybe ("GIÁM “ĐỌC": sample 000's
#: engine's "GIAM “POC" on fresh seed 13758 eng000, the signer's position lost) — no "giám đọc" is said
_DIRECTOR_WORD_MARK_MISREAD = regex.compile(r"(?<=(?<![\p{L}\d])GIÁM[ ])[‘’'`“”\"]*Đ[ỌOỘỒÓ]C(?![\p{L}\d])")
#: a hyphen for the space between a deadline's "trước" and "ngày", its date on the next line ("… Xã hội trước-ngày" /
#: "23/12/2022.": real Tesseract-eng on fresh seed 10082, the deadline lost)
_BEFORE_DAY_WORDS_HYPHENED = regex.compile(r"(?<=(?<![\p{L}\d])trước)[-–](?=ngày(?![\p{L}\d]))")
#: a speck's "!" or bar after the recipients' "Các sở, ban, ngành" ("- Các sở, ban, ngành! KT. CHỦ TỊCH": the same)
_SPECK_AFTER_THE_DEPARTMENTS_ITEM = regex.compile(r"(?<=(?<![\p{L}\d])[Cc]ác sở, ban, ngành)[!|]+(?=[;.,]?(?:[ ]|$))")
#: the recipients' "Tỉnh ủy" left unmarked after a quote's speck, its "ủy" read as another short word of a y ("- Thường
#: trực “Tinh túy;": sample 000's engine's "“Tinh tiy" on fresh seed 14050 eng000, the recipient lost)
_PARTY_COMMITTEE_AFTER_A_QUOTE = regex.compile(r"(?<=(?<![\p{L}\d])Thường[ ]trực[ ])[“”\"‘’'`]?(?!Tỉnh[ ]ủy)"
                                               r"T\p{Ll}{1,3}[ ]\p{Ll}{0,2}y(?=[;.,]?[ ]*$)")  # (a code's "TiM
# iiy", its nh an M, read "Tâm y": fresh seed 14072 code004)
#: the recipients' "Các sở, ban, ngành" with its "sở" Capitalised, a department's head so read ("- Các Sở, ban, ngành;":
#: sample 000's engine's "Céc S', ban" on fresh seed 14094 eng000, the recipient lost)
_DEPARTMENTS_WORD_CAPITALISED = regex.compile(r"(?<=(?<![\p{L}\d])Các[ ])Sở(?=,[ ]ban,[ ]ngành(?![\p{L}\d]))")
#: a directive's type word "Chỉ thị" and "số" read as two other words before its number ("Chí Minh 24/CT-TTg": sample
#: 004's code's "Chi Mi)s6 24IcT-TTg" on fresh seed 14189 code004, the citation lost) — only a directive's type stands
#: before a number of "CT-TTg"
_DIRECTIVES_TYPE_MISREAD = regex.compile(r"(?:(?<=^[ ]*)|(?<=[;,:][ ]?)|(?<=(?<![\p{L}\d])(?:cứ|hiện|và|theo)[ ]))"
                                         r"(?!Chỉ[ ]thị)Ch\p{Ll}{0,2}[ ]\p{L}{1,4}"  # (where a citation opens: not
                                         # "Hồ Chí Minh")
                                         r"(?=[ ]\d{1,3}/CT-TTg(?![\p{L}\d]))")
#: a task field's department head "Sở" in small letters between a scan's quotes ("đơn vị phối hợp: ‘sẽ' Công Thương":
#: sample 000's engine's "‘S&' Cong Thuong" on fresh seed 14194 eng000, the partner lost)
_QUOTED_SMALL_HEAD_IN_A_FIELD = regex.compile(r"(?<=(?:chủ[ ]trì|phối[ ]hợp)[ ]?:[ ])[‘’'`]s\p{Ll}[‘’'`]?"
                                              r"(?=[ ]\p{Lu}\p{Ll})")
#: a span's "từ tháng" read as other words of their letters, before "N đến tháng" ("… lao động tư thông 10 Đến tháng
#: 11/2023.": sample 000's engine's "tur'théng 10 Pden thang" on fresh seed 14232 eng000, the task's time lost)
_SPAN_OPENING_WORDS_MISREAD = regex.compile(r"(?<![\p{L}\d])(?!từ[ ]tháng)t[ưừử][ ]th\p{Ll}{1,3}ng"
                                            r"(?=[ ](?:0?[1-9]|1[0-2])[ ][Đđ]ến[ ]tháng[ ]\d)")
#: … and its "đến" Capitalised (a speck's capital glued before it read as its Đ)
_SPAN_TO_WORD_CAPITALISED = regex.compile(r"(?<=(?<![\p{L}\d])th\p{Ll}{1,3}ng[ ](?:0?[1-9]|1[0-2])[ ])Đến"
                                          r"(?=[ ]tháng[ ]\d)")
#: the recipients' "Thường trực Tỉnh ủy" whose "trực" a code glued to "Tỉnh" and the decoder lost ("- Thường tỉnh ủy;":
#: sample 004's code's "Thuong ,rcTinh uy" on fresh seed 14573 code004, the recipient lost)
_STANDING_WORD_LOST_BEFORE_THE_PARTY = regex.compile(r"(?<=^[ ]*[-–+•]?[ ]*Thường[ ])tỉnh(?=[ ]ủy[;.,]?[ ]*$)")
#: the N of "TỈNH" in capitals read twice, once with a tilde ("UBND TỈNÑH TÂY NINH": vetplan's OCR of fresh seed 6343's
#: scan, the issuer lost)
_PROVINCE_WORDS_N_DOUBLED = regex.compile(r"(?<=(?<![\p{L}\d])TỈN)Ñ(?=H(?![\p{L}\d]))")
#: the Prime Minister's code "TTg" its second T read E ("Chỉ thị số 24/CT-TEg,": vetplan's OCR of fresh seed 5984's
#: scan, the citation lost) — no other issuer's code ends "Eg"
_PRIME_MINISTERS_T_READ_E = regex.compile(r"(?<=\d/(?:\d{4}/)?(?:QĐ|CT)-T)E(?=g(?![\p{L}\d]))")
#: the header's number label "Số" read as a guillemet or another speck before its colon ("›: 303/KH-UBND Hương Sơn,":
#: vetplan's OCR of fresh seed 6040's scan, the number lost)
_NUMBER_LABEL_READ_AS_A_SPECK = regex.compile(r"^[ ]*[›‹»«‘’'`*]{1,2}(?=:[ ]?\d{1,4}/KH-[A-ZĐ])")
#: "ngày" of a citation's date read "này", its day's 2 read Z ("1956/QĐ-TTg này Z7/11/2009.của": vetplan's OCR of fresh
#: seed 6399's scan, the citation lost)
_CITATIONS_DAY_WORD_READ_NAY = regex.compile(r"(?<=(?:TTg|CP|TBXH)[ ])này(?=[ ][Z\d]\d?/\d{1,2}/(?:19|20)\d\d)")
_DAYS_TWO_READ_Z = regex.compile(r"(?<=(?<![\p{L}\d])(?:ngày|này)[ ])Z(?=\d/\d{1,2}/(?:19|20)\d\d)")
#: a place-date line's day "01" read with an Ô and a speck ("Thanh Hóa, ngày Ôđ1 tháng 10 năm 2024": vetplan's OCR of
#: fresh seed 6027's scan, the place and date lost)
_DAYS_ZERO_READ_O_WITH_A_SPECK = regex.compile(r"(?<=(?<![\p{L}\d])ngày[ ])[ÔOoô][đð]?(?=[1-9][ ]tháng[ ]"
                                               r"(?:0?[1-9]|1[0-2])[ ]năm[ ](?:19|20)\d\d)")
#: specks after the plan's number before the place of its place-date line ("Số: 237/KH-UBND.- Hòa Bình, ngày": vetplan's
#: OCR of fresh seed 6269's scan, the place lost)
_SPECKS_AFTER_THE_PLANS_NUMBER = regex.compile(r"(?<=\d/KH-(?:UBND|SLĐTBXH))(?:[.,:;][-–]?|[-–])(?=[ ]\p{Lu}\p{Ll}"
                                               r"[^,]{0,30},[ ]ngày)")
#: "tỉnh" after the recipients' "HĐND" left with a code's group ("- Thường trực HĐND tl,rnh;": a code's "tr@cHDNDtl,rnh"
#: on fresh seed 14690 code, the recipient lost)
_COUNCILS_PROVINCE_LEFT_CODED = regex.compile(r"(?<=(?<![\p{L}\d])trực[ ]HĐND[ ])(?!tỉnh)t\S{1,4}nh(?=[;.,]?[ ]*$)")
#: a speck after "Quý " before its number ("- Thời gian thực hiện: Quý .III/2024.": vetplan's OCR of fresh seed 6068's
#: scan, the task's time lost)
_SPECK_BEFORE_A_QUARTERS_NUMBER = regex.compile(r"(?<=(?<![\p{L}\d])Quý[ ])[.,:;'‘’`]+(?=(?:I{1,3}|IV)/(?:19|20)\d\d)")
#: the comma of the recipients' "UBND các huyện, thành phố" lost, or a speck's comma after "các" ("- UBND các huyện
#: thành phố", "- UBND các, huyện, thành phố": vetplan's OCR of fresh seeds 6139 and 6329's scans, the recipient lost)
_DISTRICTS_ITEMS_COMMA_LOST = regex.compile(r"(?<=^[ ]*[-–+•]?[ ]*UBND[)\]]?[ ]các[ ]huyện)"
                                            r"(?=[ ]thành[ ]phố[;.,:]?[ ]*$)")
#: … a bracket's speck after its "UBND" ("- UBND) các huyện thành phố:", fresh seed 6139's scan)
_BRACKET_AFTER_THE_DISTRICTS_UBND = regex.compile(r"(?<=^[ ]*[-–+•]?[ ]*UBND)[)\]](?=[ ]các[ ]huyện)")
_SPECK_COMMA_AFTER_THE_DISTRICTS_WORD = regex.compile(r"(?<=(?<![\p{L}\d])UBND[ ]các),(?=[ ]huyện,[ ]thành[ ]phố)")
#: a speck before "PCT" in "Chủ tịch, các PCT UBND tỉnh" ("các .PCT UBND": vetplan's OCR of fresh seed 6368's scan)
_SIGN_BEFORE_THE_DEPUTIES = regex.compile(r"(?<=(?<![\p{L}\d])các)(?:[ ][.,:;'‘’`]+|[.,:;'‘’`]+[ ]?)(?=PCT[ ]UBND)")
# (glued: "các.PCT UBND", vetplan's OCR of fresh seed 5984's scan)
#: a quote's speck between a department's head and its name ("Sở“Tài chính": vetplan's OCR of fresh seed 6134's scan,
#: the partner lost)
_QUOTE_BETWEEN_A_HEAD_AND_ITS_NAME = regex.compile(r"(?<=(?<![\p{L}\d])Sở)[“”\"‘’'`][ ]?(?=\p{Lu}\p{Ll})")
#: the i of the time label's "gian" read 1 ("Sở Nội vụ, thời g1an thực hiện:": vetplan's OCR of fresh seed 6288's scan,
#: the time run into the partner)
_TIME_LABELS_I_READ_ONE = regex.compile(r"(?<=(?<![\p{L}\d])[Tt]hời[ ])g[1l]an(?=[ ]thực[ ]hiện)")
#: "nghiệp" after "nghề" left with a code's stand-in where the decoder parted it from the word glued after it ("nghề
#: nghi~p năm 2021": a code's "nghi~puam", fresh seed 13306 code004, the title lost)
_VOCATION_WORD_STAND_IN_LEFT = regex.compile(r"(?<=(?<![\p{L}\d])nghề[ ])nghi[^\s\p{L}\d]p"
                                             r"(?:(?![\p{L}\d])|(?=uam[ ](?:19|20)\d\d))")  # (as the table reads it,
# beside the "năm" glued after it, _YEAR_WORD_GLUED_AS_UAM's)
#: a directive's type code misread in its number after "Chỉ thị số" ("Chỉ thị số 24/CĐ-TTg": real Tesseract-eng's
#: "24/CE-TTg" on fresh seed 9022, the citation lost; its C small, a code's "this624IcT-TTg", 12913 code004) — a
#: directive's code is CT
_DIRECTIVES_CODE_MISREAD = regex.compile(r"(?<=(?<![\p{L}\d])Chỉ[ ]thị[ ]số[ ]\d{1,4}/)(?!CT-)[Cc][A-ZĐ]"
                                         r"(?=-TTg(?![\p{L}\d]))")
#: "TỈNH" opening a header's line in capitals read "TINIE", its H's strokes an I and an E ("TINIE GIA LAI Độc lập -
#: Tự do", real Tesseract-eng on fresh seeds 9754 and 9305, the issuer lost) — no word is so spelt
_PROVINCE_WORD_H_AS_IE = regex.compile(r"^[ ]*TIN[I|l1][EF](?=[ ]\p{Lu}{2})")
#: the decision's type code before the Prime Minister's misread as another Q code ("Quyết định số 1956/QH-TTg": real
#: Tesseract-eng on fresh seed 9699, the citation lost) — the Prime Minister issues no other Q… document
_PRIME_MINISTERS_DECISION_CODE_MISREAD = regex.compile(r"(?<=(?<![\p{L}\d])\d{1,5}/(?:(?:19|20)\d\d/)?)Q(?!Đ)[A-Z]"
                                                       r"(?=-TTg(?![\p{L}\d]))")
#: the city's type word "phố" read "phủ" before its name ("trên địa bàn thành phủ Hà Nội": a code's "th?nhphu Ha N~i",
#: fresh seed 16254 code, the title lost) — no "thành phủ" names a place
_CITY_WORD_READ_PHU = regex.compile(r"(?<=(?<![\p{L}\d])[Tt]hành[ ])phủ(?=[ ]\p{Lu})")
_FIXED_PHRASE_WORDS = ((_REVIEW_WORD_MISREAD, "rà", "a soát"), (_CITY_WORD_READ_PHU, "phố", "thành phủ "),
                       (_FINANCE_WORD_MISREAD, "chính", "Sở Tài "),
                       (_LEAD_AND_PARTNER_VERBS_MISREAD, "chủ trì, phối", " hợp với "),
                       (_LEAD_VERB_MISREAD, "chủ trì", ", phối hợp với"), (_LEAD_VERB_HEAD_LOST, " chủ", " trì, phối"),
                       (_SPECK_BEFORE_THE_DEPUTIES, "", "PCT UBND"), (_WORK_WORDS_SPECK, "", " tác "),
                       (_DISTRICTS_WORD_CAPITAL, "các", "UBND Các"), (_SPAN_TO_WORD_MISREAD, "đến", "từ tháng "),
                       (_WITH_WORD_MISREAD, "với", "phối hợp v"),
                       (_QUOTE_BEFORE_THE_PARTNERS_HEAD, "", "phối hợp v"),
                       (_SPECKS_GLUED_BEFORE_THE_PARTNERS_HEAD, " ", "phối hợp với"),
                       (_SPECKS_BEFORE_THE_DISTRICTS, "", "UBND các "),
                       (_VOCATIONAL_WORD_MISREAD, "nghề", ("dục ", " nghiệp")),
                       (_ISSUE_WORD_MISREAD, "ban", "bản hành"), (_COMMITTEE_ABBREVIATION_SMALL_U, "U", "uBND"),
                       (_SPACES_BEFORE_A_MONTHS_SLASH, "", " /"),
                       (_STROKE_FOR_A_SLASH_AFTER_SPACES, "/", " I"),
                       (_CARRY_OUT_WORD_IN_THE_TIME_LABEL, "thực", "gian th"),
                       (_SPACE_INSIDE_A_QUARTERS_YEAR, "", ("Quý ", "/")),
                       (_TIME_LABEL_WORDS_MISREAD, "thời gian thực hiện", " gian "),
                       (_SPAN_FIRST_MONTH_WORD, "tháng", " đến tháng"),
                       (_SPAN_FROM_WORD_BEFORE_IT, "từ", " đến tháng "),
                       (_SPECK_AFTER_A_SPANS_FIRST_MONTH_WORD, "", ("tháng, ", " đến tháng ")),
                       (_LEAD_VERB_CAPITAL, "chủ", " Chủ trì,"),
                       (_STROKE_AFTER_A_MONTHS_SLASH, "", ("tháng ", "/")),
                       (_SLASH_READ_ONE_AFTER_A_SPANS_MONTH, "/", "đến tháng "),
                       (_YEAR_WORD_SIGN_AND_QUOTE, "năm ", "tháng "), (_YEAR_WORD_SIGN, "năm", "tháng "),
                       (_SPANS_FIRST_MONTH_TWICE, "", ("từ tháng ", " đến ")),
                       (_SPECKS_INSIDE_A_WORDED_DATE, "", "ngày "),
                       (_MONTH_WORD_IN_A_DATE_MISREAD, "tháng", (" năm ", "ngày ")),
                       (_STANDING_WORD_READ_AS_ANOTHER, "Thường", " trực "), (_DEPARTMENTS_ITEM_HYPHEN, " ", "ác-sở"),
                       (_SPECK_BEFORE_A_MONTH, "", ("tháng ", "/")),
                       (_QUARTER_WORD_AFTER_THE_TIME_LABEL, "Quý", "hiện:"), (_TIME_WORD_MISREAD, "thời", " gian"),
                       (_LEAD_VERB_SPECK, " ", ("trì", "chủ")), (_PARTY_COMMITTEE_SPECK, "", "trực Tỉnh"),
                       (_PARTY_COMMITTEE_SPECK_AND_CAPITAL, "", "trực Tỉnh"),
                       (_PARTNER_VERB_MISREAD, "phối", " hợp với"), (_PARTY_COMMITTEE_READ_THUY, "Tỉnh ủy", "c Thủy"),
                       (_PARTNER_VERBS_SECOND_WORD_MISREAD, "hợp", "trì, phối "),
                       (_PARTNER_LABELS_LAST_WORD_MISREAD, "hợp:", "vị phối "),
                       (_RATES_PERCENT_READ_O, "%", "đạt "), (_SPACE_AFTER_A_RATES_COMMA, "", "đạt "),
                       (_AREA_WORDS_READ_DA_BAN, "địa bàn", "trên đ"),
                       (_SPECK_BEFORE_THE_AREA_WORDS, "", " địa bàn "), (_SPECK_BEFORE_THE_COUNCIL, "", "trực "),
                       (_SPECK_BEFORE_A_PLACES_NAME, " ", "."), (_TOWN_WORD_READ_THI, "thị", "bàn thì xã"),
                       (_STANDING_WORD_BEFORE_THE_PARTY, "trực", " Tỉnh ủy"), (_BASIS_WORDS_MISREAD, "Căn cứ", " số "),
                       (_BASIS_WORDS_MISREAD, "Căn cứ", "định s"), (_BASIS_WORDS_MISREAD, "Căn cứ", "định $"),
                       (_CARRYING_OUT_WORDS_MISREAD, "Thực hiện", " hiện "),
                       (_BRACKET_BEFORE_THE_TIME_LABEL, "", "[thời"),
                       (_PROVINCE_WORD_BEFORE_THE_PARTY, "Tỉnh", "nh ủy"),
                       (_STANDING_WORDS_CAPITALS, "Thường trực", "THư"), (_DEPARTMENTS_ITEM_HEAD, "sở", "ngành"),
                       (_PROVINCE_WORD_AFTER_AN_ABBREVIATION, "tỉnh", "ND tính"),
                       (_PROVINCE_WORD_AFTER_AN_ABBREVIATION, "tỉnh", "ND lĩnh"), (_COMMITTEE_STROKES, "UBND", "BND"),
                       (_GOVERNMENT_CODE_GLUED_TO_THE_DATE_WORD, "CP ngày", ("NĐ-", "gay")),
                       (_COMMITTEE_WORDS_MISREAD, "Ủy ban nhân dân", (" ban hành ", "n dân ")),
                       (_STANDING_WORDS_BEFORE_THE_PARTY, "Thường trực", " Tỉnh ủy"),
                       (_STANDING_WORDS_BEFORE_THE_PARTY, "Thường trực", " HĐND tỉnh"),
                       (_STANDING_WORD_GLUED_TO_THE_COUNCIL, "trực HĐND", "ND tỉnh"),
                       (_HYPHEN_AFTER_THE_QUARTER_WORD, " ", "Quý-"),
                       (_COUNCIL_GLUED_TO_ITS_LEVEL, "HĐND tỉnh", "Thường trực "),
                       (_STOP_INSIDE_THE_PLAN_TYPE, " ", "HOẠCH"),
                       (_GOVERNMENT_WORD_AFTER_THE_PRIME_MINISTER, "phủ", "tướng Chính "),
                       (_HYPHEN_AFTER_THE_PARTNER_VERBS_HEAD, "", "phối- "),
                       (_TIME_LABELS_COLON_READ_AS_A_QUESTION_MARK, ":", "hiện?"),
                       (_DIRECTOR_WORD_MISREAD, "ĐỐC", "GIÁM "),
                       (_CIRCULAR_WORD_LOST_BEFORE_ITS_NUMBER, "tư số", ("ông số ", "/TT-")),
                       (_SPECK_INSIDE_THE_TITLES_SUBJECT, "", ("công tác", " giáo dục nghề nghiệp")),
                       (_SPECK_AFTER_A_PROVINCES_HYPHEN, " -", "RỊA"),
                       (_CHAIRMAN_COMMA_LOST, ",", "ịch các PCT"), (_PARTY_COMMITTEE_WORD_LOST, " ủy", "trực Tỉnh"),
                       (_GROWTH_WORD_HEAD_LOST, "Phát", "át triển"),
                       (_GROWTH_WORD_HEAD_LOST_INSIDE, "phát", "hát triển"),
                       (_DEPARTMENTS_ITEM_OPENING, "Các", "sở, ban"),
                       (_DEPARTMENTS_ITEM_LAST_WORD, "ngành", "sở, ban, ng"), (_AREA_WORD_N_LOST, "bàn", "địa b"),
                       (_DEPLOY_WORD_CAPITAL, "khai", "Triển Khai"), (_VOCATIONAL_WORD_CAPITAL, "nghề", "Nghề nghiệp"),
                       (_ON_WORD_MISREAD, "trên", " địa bàn"), (_LABOUR_WORD_MISREAD, "lao", "động nông"),
                       (_WORK_WORD_MISREAD, "tác", "khai công"), (_DEPLOY_WORD_MISREAD, "Triển", "khai công"),
                       (_RURAL_WORDS_MISREAD, "nông thôn", "lao động n"), (_DEPLOY_HYPHEN, " ", "-khai"),
                       (_DEPLOY_SPECK, "", "ển, khai"), (_DEPLOY_SPECK, "", "ển. khai"),
                       (_DEPLOY_HYPHEN_SPACED, " khai", "- Khai"), (_HYPHEN_BEFORE_THE_MOTTO, "", "- Độc lập"),
                       (_COMMITTEE_GLUED_TO_THE_PROVINCE, "UBND tỉnh", "PCT UBN"),
                       (_CHAIRMANS_C_PARTED, "", "C Chủ tịch"), (_BRACKET_OPENING_A_DATE, "", "("),
                       (_DEPUTYS_HYPHEN, " ", "PHÓ-"), (_SPAN_TO_AS_A_QUOTE, "đến", ("từ tháng ", " tháng")),
                       (_TIME_LABELS_FIRST_WORD_MISREAD, "Thời", " gian thực hiện"),
                       (_TIME_LABELS_FIRST_WORD_SMALL, "thời", " gian thực hiện"),
                       (_SPECKS_AFTER_A_TITLES_YEAR, "", ("_", "năm ")),
                       (_SPECK_APART_AFTER_A_TITLES_YEAR, "", "năm "),
                       (_TOWNS_T_READ_F, "T", "FHỊ XÃ"), (_COMMITTEE_WORD_WITH_SPECKS, "ỦY", " BAN NHÂN DÂN"),
                       (_ITEM_DASH_AS_A_BAR, "- ", "_"), (_SPECKS_AFTER_THE_YEARS_WORD, " ", "năm‘"),
                       (_SPECKS_AFTER_THE_YEARS_WORD, " ", "năm’"), (_SPECKS_AFTER_THE_YEARS_WORD, " ", "năm'"),
                       (_RATE_WORDS_MISREAD, "Tỷ lệ", "động qua đào"), (_FOR_WORD_MISREAD, "cho", "lao động nông"),
                       (_GROWTH_WORD_MISREAD, "triển", "Phát "), (_WORK_WORDS_GLUED, "công tác giáo", "Triển khai c"),
                       (_REPORT_WORDS_GLUED, "báo cáo", " kết quả"), (_REPORT_RESULT_GLUED, "báo cáo kết quả", "t qu"),
                       (_VOCATIONAL_WORDS_SPECK, "", (" nghiệp", "giáo dục nghề")), (_RURAL_LABOUR_SPECK, "", " thôn"),
                       (_DEPUTIES_WORD_READ_AS_ANOTHER, "các", " PCT"), (_WORK_WORD_CAPITAL, "công", "khai Công"),
                       (_LABOUR_WORD_D_MISREAD, "động", "ng nông thôn"), (_WORD_BEFORE_COUNCIL, "", " HĐND"),
                       (_STANDING_SECOND_WORD, "trực", " HĐND"), (_STANDING_FIRST_WORD, "Thường", " trực HĐND"),
                       (_WORK_OPENING_WORD_MISREAD, "công", " tác giáo"),
                       (_PARTY_COMMITTEE_SMALL, "Tỉnh", "trực tỉnh ủy"), (_AREA_WORD_D_MISREAD, "địa", " bàn "),
                       (_CHAIRMAN_WORDS_MISREAD, "Chủ tịch", " PCT"),
                       (_RECIPIENTS_LABEL_MISREAD, "Nơi nhận", ("N", ":")),
                       (_EDUCATION_WORD_MISREAD, "dục", (" nghề nghiệp", "giáo ")),
                       (_ORGANISE_WORD_AS_MINISTRY, "tổ", "Bộ chức"),
                       (_PARTY_COMMITTEE_ITEM_MISREAD, "trực Tỉnh ủy", "Thường "),
                       (_PARTY_COMMITTEE_WHOLE_ITEM_MISREAD, "Thường trực Tỉnh ủy", "ủy"),
                       (_PARTY_COMMITTEE_ITEM_READ_PH, "Thường trực Tỉnh ủy", "Ph"), (_UNIT_WORD_MISREAD, "vị", "Đơn "),
                       (_CHAIRMANS_COMMA, ",", "Chủ tịch"), (_WORK_WORDS_RUN_TOGETHER, "công tác", "Triển khai c"),
                       (_COUNCIL_ABBREVIATION_MISREAD, "HĐND", "trực "),
                       (_SPECK_BEFORE_THE_COUNCILS_LEVEL, "", "trực "), (_PROVINCE_WORD_HEAD_LOST, "tỉnh", "ND nh"),
                       (_HOME_AFFAIRS_MISREAD, "Sở Nội vụ", " vụ"), (_SPAN_FROM_WORD_CAPITALISED, "từ", "Từ tháng"),
                       (_HYPHEN_AFTER_A_FIELDS_SEMICOLON, " ", ";-"), (_DEPUTIES_ABBREVIATION_MISREAD, "PCT", " UBND"),
                       (_COMMITTEES_U_PARTED, "", " U UBND"), (_DISTRICTS_PLURAL_MISREAD, "các", (" huyện, ", "UBND ")),
                       (_CHAIRMAN_SMALL, "Chủ", "chủ tịch,"), (_DISTRICT_WORD_MISREAD, "quận", " quản "),
                       (_RURAL_WORDS_AFTER_A_COUNT, "nông thôn", " lao động n"),
                       (_FOR_WORD_BEFORE_A_COUNT, "cho", " lao động"),
                       (_SPAN_MONTH_WORD_MISREAD, "tháng", " đến tháng"),
                       (_SPAN_LAST_MONTH_WORD_MISREAD, "tháng", ("từ tháng ", " đến th")),
                       (_QUOTE_AFTER_SPAN_FROM, "", " đến tháng"),
                       (_SPAN_FROM_WORD_T_LOST, "từ", " đến tháng"), (_DEPLOY_WORD_READ_AS_MILLION, "Triển", "ệu khai"),
                       (_COUNT_GLUED_AFTER_FOR, " ", "cho"), (_COUNT_GLUED_BEFORE_ITS_WORD, " ", "cho"),
                       (_CHAIR_AFTER_ITS_MARK, "CHỦ TỊCH", "Chủ Tịch"),
                       (_DIRECTOR_AFTER_ITS_MARK, "GIÁM ĐỐC", "Giám Đốc"),
                       (_VOCATION_WORD_AS_DECREE, "nghề", "nghị nghiệp"),
                       (_EDUCATION_WORDS_RUN_TOGETHER, "giáo dục", "od"),
                       (_DEPLOY_WORDS_RUN_TOGETHER, "Triển khai công", "nkhai"),
                       (_PARTY_COMMITTEE_WORD_MISREAD, "ủy", "trực Tỉnh "),
                       (_PARTY_COMMITTEE_WORD_AFTER_A_SPECK, " ủy", "trực Tỉnh"),
                       (_TIME_LABELS_COLON_LOST, ":", "thực hiện "), (_FIELDS_COMMA_FOR_SEMICOLON, ";", (", ", ":")),
                       (_BAR_BEFORE_THE_FOURTH_QUARTER, "Quý ", " IV/"),
                       (_TRAINING_WORD_READ_BAO, "Đào", "Bảo tạo nghề"),
                       (_DEPUTIES_PROVINCE_READ_THANH, "tỉnh", "UBND thành"),
                       (_DEPUTIES_READ_AS_A_WORD, "PCT", ("các ", "Chủ tịch, các ", " UBND")),
                       (_DEPARTMENTS_HEAD_READ_SO_SIX, "SỞ ", "SỐ 6"), (_DEGREE_SPECK_AFTER_A_LABEL, "", "°"),
                       (_STANDING_WORD_PARTED, "Thường", " trực "), (_EDUCATION_WORD_MARK_LOST, "giáo", "giao dục"),
                       (_EDUCATION_HEAD_WORD_MISREAD, "giáo", " dục nghề nghiệp"),
                       (_VOCATION_FOR_WORKERS_RUN_TOGETHER, "nghề cho lao", " động nông thôn"),
                       (_VOCATION_FOR_WORKERS_GLUED_WHOLE, "nghề cho lao động", " nông thôn"),
                       (_RURAL_TITLES_WORDS_GLUED, "lao động nông", "nghề cho lao"), (_COMMITTEE_P_SPECK, "", " PBAN "),
                       (_COUNCIL_WITH_A_SMALL_B_GLUED, "HĐND tỉnh", "HbND"), (_YEAR_WORD_GLUED_AS_UAM, " năm", "uam "),
                       (_AREA_AND_PROVINCE_GLUED, "bàn tỉnh", "địa ba"), (_INVALIDS_WORD_MARKED, "BINH", " BÌNH"),
                       (_INVALIDS_WORD_MARKED_SMALL, "binh", "Thương bình"), (_PROVINCES_DASH_DOUBLED, " - ", "--"),
                       (_DISTRICTS_AND_CITY_WORDS_MISREAD, "huyện, thành phố", "UBND các huy"),
                       (_SPAN_FROM_GLUED_AS_A_CODES_GROUP, " từ tháng", "t\\l' h"),
                       (_COUNCILS_PROVINCE_MISREAD, "tỉnh", "HĐND "), (_TRAINING_WORDS_GLUED, "Đào tạo", "otao nghề"),
                       (_SPECK_INSIDE_EDUCATION, "", ("giáo", " dục nghề")),
                       (_SLASH_BEFORE_A_MERGED_POSITION, "", "; "), (_SPECKS_BEFORE_THE_COUNCILS_PROVINCE, " ", "HĐND"),
                       (_SOCIAL_WORD_AND_LEAD_VERB_GLUED, "hội chủ trì", "Xã h"),
                       (_BASIS_AND_DECISION_GLUED, "Căn cứ Quyết định", "Quy"),
                       (_SPECK_AFTER_A_QUARTERS_YEAR, "", ("Quý ", "/")), (_PROVINCE_WORD_BRACKETED, " Tỉnh", "trực"),
                       (_ITEM_DASH_READ_L, "- ", "L-"), (_PROPAGANDA_WORD_T_READ_L, "Tuyên", "n truyền"),
                       (_AGENCY_HEAD_READ_SE, "Sở", "Sẽ "), (_LEAD_LABEL_WORDS_MISREAD, "Đơn vị", " chủ trì"),
                       (_PROVINCE_WORD_READ_THANH, "tỉnh", "HĐND thành"), (_END_MONTH_WORD_T_LOST, "tháng", "đến h"),
                       (_MINISTRY_HEAD_READ_EO, "Bộ", "E"), (_RECIPIENTS_LABEL_RUN_TOGETHER, "Nơi nhận", ("N", ":")),
                       (_EDUCATION_AND_VOCATION_GLUED, "dục nghề", ("giáo d", " nghiệp")),
                       (_TRADE_WORD_RUN_TOGETHER, "Thương", "Sở Công "),
                       (_DATES_SLASH_READ_AS_ONE, "/", ("ngày ", "/")),
                       (_FIGURE_MORE_AFTER_A_DATES_MONTH, "", (" năm ", " tháng ", "ngày ")),
                       (_SPECK_INSIDE_SOCIAL_AFFAIRS, "", (" hội", "binh và Xã")),
                       (_SPECK_AFTER_THE_QUARTER_WORD, "", ("Quý", "/")),
                       (_SPECK_BETWEEN_THE_MONTH_AND_YEAR_WORD, " ", "năm "),
                       (_PLANNING_WORDS_MISREAD, "Đầu tư", "Kế hoạch và "),
                       (_SLASH_SPECK_BEFORE_A_LABEL, "", ("; ", "đơn ")),
                       (_LABOUR_WORDS_GLUED_AFTER_FOR, "cho lao động", "nghề cho"),
                       (_RURAL_LABOUR_WORDS_GLUED_AFTER_A_COUNT, "lao động nông thôn", " lao"),
                       (_WORK_TO_VOCATION_GLUED, "tác giáo dục nghề", "công t"),
                       (_PARTNER_LABEL_MISREAD, "đơn vị phối", " hợp"), (_HYPHEN_AFTER_AND_IN_A_NAME, "", "và -"),
                       (_UNIT_LABELS_HYPHENS, " ", "-"), (_DEPLOY_WORK_GLUED, "khai công", "Triển khai"),
                       (_LETTER_INSIDE_EDUCATION, "", ("giáo ", " dục nghề")),
                       (_DIRECTORS_D_READ_B, "Đ", "GIÁM BỐC"),
                       (_SPECK_BEFORE_A_SPANS_END, " ", "đến tháng "),
                       (_DEPARTMENTS_C_AS_A_BRACKET, "Các sở", ", ngành"),
                       (_LEAD_AND_PARTNER_VERBS_CODED, "chủ trì, phối hợp", (", ph", " với ")),
                       (_PROVINCIAL_PARTY_COMMITTEE_T_READ_P, "Tỉnh", " Định ủy"),
                       (_DAY_WORD_MISREAD_IN_A_DATE, "ngày", (" tháng ", " năm ")),
                       (_SPECK_AFTER_A_WORDED_DATES_DAY, "", ("ngày ", " tháng ")),
                       (_DEPARTMENTS_C_READ_G, "Các", "Gác sở"),
                       (_SPECK_INSIDE_THE_DISTRICTS_ITEM, "", ("huyện, ", " thành phố")),
                       (_LEAD_VERB_GLUED_READ_AS_ONE_WORD, "chủ trì", (", phối hợp với ", " ch")),
                       (_SPAN_FIRST_MONTH_WORD_SPECKS, "tháng", (" đến tháng ", "từ ")),
                       (_SPECK_BEFORE_THE_DISTRICTS_WORD, "", ("UBND ", "các huyện")),
                       (_BEFORE_DAY_WORDS_GLUED, "trước ngày", "gay "),
                       (_BEFORE_DAY_WORDS_GLUED_TO_THE_DAY, "trước ngày ", "gay"),
                       (_DAY_WORD_GLUED_TO_A_CODE, " ngày", "gay "),
                       (_SPECK_AFTER_THE_AREA_WORDS, "", "địa bàn"),
                       (_PARTY_COMMITTEE_WORD_READ_WITH_A_Y, "ủy", "trực Tỉnh "),
                       (_SPAN_OPENING_READ_AS_A_ROW, "từ tháng", ("hàng ", " đến tháng ")),
                       (_INFORMATION_HEAD_AND_WORD_MISREAD, "Sở Thông", "tin và Truyền th"),
                       (_WORK_WORD_MISREAD_IN_A_TITLE, "công tác", ("Triển khai ", "giáo dục nghề")),
                       (_DAY_WORD_WITH_FIGURES, "ngày", "trước n"),
                       (_DIRECTOR_WORD_MARK_MISREAD, "ĐỐC", "GIÁM "),
                       (_SPECK_BEFORE_A_QUARTERS_NUMBER, "", "Quý "),
                       (_COUNCILS_PROVINCE_LEFT_CODED, "tỉnh", "HĐND t"),
                       (_DAYS_ZERO_READ_O_WITH_A_SPECK, "0", "ngày "),
                       (_SPECKS_AFTER_THE_PLANS_NUMBER, "", "/KH-"),
                       (_CITATIONS_DAY_WORD_READ_NAY, "ngày", " này "),
                       (_DAYS_TWO_READ_Z, "2", "y Z"),
                       (_PRIME_MINISTERS_T_READ_E, "T", "-TEg"),
                       (_NUMBER_LABEL_READ_AS_A_SPECK, "Số", "/KH-"),
                       (_PROVINCE_WORDS_N_DOUBLED, "", "TỈNÑH"),
                       (_DISTRICTS_ITEMS_COMMA_LOST, ",", ("các huyện thành phố", "UBND")),
                       (_BRACKET_AFTER_THE_DISTRICTS_UBND, "", "UBND) các"),
                       (_SPECK_COMMA_AFTER_THE_DISTRICTS_WORD, "", "UBND các,"),
                       (_SIGN_BEFORE_THE_DEPUTIES, " ", "PCT UBND"),
                       (_QUOTE_BETWEEN_A_HEAD_AND_ITS_NAME, " ", "Sở"),
                       (_TIME_LABELS_I_READ_ONE, "gian", " thực hiện"),
                       (_STANDING_WORD_LOST_BEFORE_THE_PARTY, "trực Tỉnh", "Thường tỉnh ủy"),
                       (_SPAN_OPENING_WORDS_MISREAD, "từ tháng", "ến tháng "),
                       (_SPAN_TO_WORD_CAPITALISED, "đến", " Đến tháng "),
                       (_TIME_LABELS_COLON_AS_A_BANG, ":", "thực hiện!"),
                       (_TIME_LABELS_WORDS_MISREAD, "thời gian thực hiện", " gian thực"),
                       (_RURAL_TITLES_LAST_WORDS_GLUED, "nông thôn năm", "lao động n"),
                       (_DEPLOY_WORK_AND_EDUCATION_GLUED, "khai công tác giáo", "Triển khaic"),
                       (_PLANNING_HEAD_LOST_AFTER_WITH, "Sở Kế", "với kế hoạch"),
                       (_SPECK_WORD_BEFORE_THE_MOTTO, "", " Độc lập -"),
                       (_CIRCULAR_WORDS_GLUED, "Thông tư số", "ngt"),
                       (_PLANNING_DEPARTMENTS_NAME_GLUED, "Kế hoạch và Đầu tư", "hoachva"),
                       (_SOCIAL_WORD_AND_BEFORE_GLUED, "hội trước", "binh và Xã h"),
                       (_INVESTMENT_AND_REVIEW_WORDS_GLUED, "tư rà", "Đầu tra soát"),
                       (_LABOUR_WORDS_MISREAD_BEFORE_INVALIDS, "Lao động", " - Thương binh và Xã hội"),
                       (_MINISTRY_HEAD_READ_AS_A_B_WORD, "Bộ", " - Thương binh và Xã hội"),
                       (_DIRECTIVES_TYPE_MISREAD, "Chỉ thị số", "/CT-TTg"),
                       (_QUOTED_SMALL_HEAD_IN_A_FIELD, "Sở", ": ‘"),
                       (_DEPARTMENTS_WORD_CAPITALISED, "sở", "Các Sở, ban"),
                       (_PARTY_COMMITTEE_AFTER_A_QUOTE, "Tỉnh ủy", "Thường trực "),
                       (_BEFORE_DAY_WORDS_HYPHENED, " ", "trước"),
                       (_SPECK_AFTER_THE_DEPARTMENTS_ITEM, "", "ngành"),
                       (_BEFORE_WORD_MISREAD_BEFORE_A_DATE, "trước", ("tr", " ngày ")),
                       (_BEFORE_WORD_GLUED_BEFORE_A_DATE, " trước", ("tr", " ngày ")),
                       (_VOCATION_WORD_STAND_IN_LEFT, "nghiệp", "nghề nghi"),
                       (_DIRECTIVES_CODE_MISREAD, "CT", "Chỉ thị số "), (_PROVINCE_WORD_H_AS_IE, "TỈNH", "TIN"),
                       (_PRIME_MINISTERS_DECISION_CODE_MISREAD, "QĐ", "-TTg"))
#: (each with the words a line must hold for its pattern to be tried — one, or all of a tuple's: most lines hold none)
#: the table as tried: each pattern with its first gate and the rest (most have none)
_FIXED_PHRASE_TRIES = tuple((rx, word, *((gate, ()) if isinstance(gate, str) else (gate[0], gate[1:])))
                            for rx, word, gate in _FIXED_PHRASE_WORDS)


#: a task's field label after "Đơn vị" whose words the decoder read as others, before an agency: "Đơn vị phố hộp Sở Kế
#: hoạch" (its colon read "s" too), "Đơn vị chủ từ: Sở Nông nghiệp" (real Tesseract-eng on fresh seeds 1541 and 1578:
#: the partner lost, the lead nearly)
_TASK_FIELD_LABEL = regex.compile(r"(?<=(?<![\p{L}\d])(?i:đơn vị)[ ])"
                                  r"(?:(?P<p>(?:ph\p{L}{0,3}|\p{Ll}{1,2})[ ]h\p{L}{0,2}[py])"  # (or y: "đơn vị
                                  # phát huy:-Sở Nội vụ", real Tesseract-eng's "phot hup:-Sa" on fresh seed 9863)
                                  r"|(?P<c>ch\p{L}{0,2}[ ]t\p{L}{0,2}|h\p{L}{1,2}[ ]tr\p{L}{1,2}"
                                  r"|\p{Ll}{2,4}[ ]tr[ìíi]))"
                                  r"(?=[ ]?[:;]?(?:[ ]+|[-–][ ]?)(?:Sở|Bộ|UBND|Ủy ban)(?:[ ]|$))")
# (its "phối" read as a letter or two, the agency's name going on to the next line: "đơn vị i hợp: Sở" / "Công
# Thương", real Tesseract-eng on fresh seed 2757, the partner lost)
# (its c lost: "Pon vi hii tri: So Cdng Thuong", read "hội trị", sample 000's engine on fresh seed 5485 eng000, the
# task's lead lost; "Đơn vị hỗ trợ" is a label of its own; "chủ" read as another word before "trì": a code's "Don
# Vilehii tri:" read "Đơn Vị phối trí:", fresh seed 7094 code004, the lead lost)


#: a speck read as a quote before the label's "vị" ("- Đơn ‘vị phối hợp: Sở Giáo dục", sample 000's engine on fresh seed
#: 3382 eng000, the partner lost)
_SPECK_INSIDE_UNIT_WORD = regex.compile(r"(?<=(?<![\p{L}\d])(?i:đơn)[ ]?)[‘’'`,.]+(?=(?i:vị)[ ]+(?:ph|ch))")


#: a unit label's colon read as a semicolon before the agency it names ("Sở Công Thương: đơn vị phối hợp; Sở Thông tin
#: và Truyền thông:", real Tesseract-eng on fresh seed 4236, the partner taken for the lead's)
_LABELS_COLON_AS_SEMICOLON = regex.compile(r"(?<=(?<![\p{L}\d])(?:Đơn|đơn)[ ]vị[ ](?:chủ trì|phối hợp))[ ]?;"
                                           r"(?=[ ]+(?:Sở|Bộ|UBND|Phòng|Ủy ban)(?![\p{L}\d]))")


#: a task label's dash read as a speck and a figure ("_ 7 Don vj chi tri: Sé Théng tin": real Tesseract-eng on fresh
#: seed 4288, the lead lost) — no label is numbered; or a long dash a speck's small letter opens ("s— Đơn vị phối hợp:
#: Sở Kế hoạch và Đầu tư.": vetplan's OCR of fresh seed 7632's scan, the partner lost)
_SPECK_AND_FIGURE_FOR_A_LABELS_DASH = regex.compile(r"^[ ]*(?:[_~'‘’`]+[ ]*\d|\p{Ll}[—–])[ ]+"
                                                    r"(?=Đơn vị (?:chủ trì|phối hợp)[ ]?:)")


#: a unit label's words after "Đơn" run together and misread before its colon and an agency's head ("- Don viehu i: Sa
#: Nong nghiep": sample 004's code on fresh seed 6212 code004, read "Đơn viehu i:", the lead lost) — its h (or the
#: code's M) says which: a p too is "phối hợp", else "chủ trì"
_UNIT_LABEL_RUN_TOGETHER = regex.compile(r"(?<=^[ ]*[-–]?[ ]*Đơn[ ])[vV]i\p{L}{1,6}(?:[ ]\p{Ll}{1,3})?"  # (a code's
                                         # capital V: "- Don Viehu i: Sa KS", fresh seed 6912 code004)
                                         r"(?=[ ]?:[ ]*(?:Sở|Bộ)[ ])")


def fix_task_field_label(line: str) -> list[Edit]:
    """``"- Đơn vị phố hộp Sở Kế hoạch và Đầu tư."`` → "phối hợp", ``"Đơn vị chủ từ: Sở Nông nghiệp"`` → "chủ trì"
    (read after the decoder), ``"Đơn ‘vị phối hợp"`` → "Đơn vị" (a speck), ``"đơn vị phối hợp; Sở Thông tin"`` →
    "phối hợp:"; the labels written right stay."""
    out: list[Edit] = [(m.start(), m.end(), "", 0.8) for m in _SPECK_INSIDE_UNIT_WORD.finditer(line)]
    out += [(m.start(), m.end(), ":", 0.8) for m in _LABELS_COLON_AS_SEMICOLON.finditer(line)]
    out += [(m.start(), m.end(), "- ", 0.75) for m in _SPECK_AND_FIGURE_FOR_A_LABELS_DASH.finditer(line)]
    out += [(m.start(), m.end(), "vị phối hợp" if "p" in m.group() else "vị chủ trì", 0.75)
            for m in _UNIT_LABEL_RUN_TOGETHER.finditer(line) if "h" in m.group() or "M" in m.group()]
    out += [(m.start(), m.end(), "phối hợp", 0.75) for m in _PARTNER_LABEL_ENDING_A_LINE.finditer(line)
            if m.group() != "phối hợp"]
    for m in _TASK_FIELD_LABEL.finditer(line):
        want = "phối hợp" if m["p"] else "chủ trì"
        if m.group() != want and m.group() != "hỗ trợ":
            out.append((m.start(), m.end(), want, 0.8))
    return out


#: the partners' label after the lead's field, ending its line (the partner on the next), its words misread as others
#: and a speck's capital before them ("…; đơn vị Ả phù hợp:", real Tesseract-eng's "don vi A pho hop:" on fresh seed
#: 11413, the partner lost)
_PARTNER_LABEL_ENDING_A_LINE = regex.compile(r"(?<=;[ ]?(?i:đơn vị)[ ])(?:\p{Lu}[ ]|vị[ ])?ph\p{L}{0,3}[ ]h\p{L}{0,2}p"
                                             r"(?=[ ]?:[ ]*$)")  # (a speck's i read as "vị" again: "đơn vị i phoi
# hop:", real Tesseract-eng on fresh seed 11369, read "đơn vị vị phối hợp:", the partner lost)


#: a task's label words misread past the decoder at an item's start: "Đơn vị" run together and misread ("- Doneyi chủ
#: trì:", real Tesseract-eng on fresh seed 5211, the lead lost), "vị" lost ("Đơn phối hợp:", the partner lost), "Thời"
#: read as another short word ("Phố gian thực hiện:", the task's time lost) — no other words open these items
_UNIT_WORDS_MISREAD = regex.compile(r"(?<=^[ ]*[-–]?[ ]*)(?!Đơn[ ])[DĐ][oơ]n\p{Ll}{1,3}"
                                    r"(?=[ ](?:chủ trì|phối hợp)[ ]?:)")
_UNIT_LABEL_WORDS_MISREAD = regex.compile(r"(?<=^[ ]*[-–]?[ ]*)(?!Đơn[ ]vị[ ])[DĐP]\S{1,2}n[ ]v\S{1,2}[ ]"
                                          r"(?:(?P<lead>ch\S{1,2}[ ]tr\S{1,2})|ph\S{1,3}[ ]h\S{1,2}p)(?=[ ]?:)")
# (all four words, its Đ read P: "-Pon vi cht tri: SO Nong nghiép", real Tesseract-eng on fresh seed 5247, read "-Pồn vì
# cht trị:", the lead lost)
_UNIT_WORD_LOST = regex.compile(r"(?<=^[ ]*[-–]?[ ]*Đơn)(?=[ ](?:chủ trì|phối hợp)[ ]?:)")
_TIME_LABEL_WORD_MISREAD = regex.compile(r"(?<=^[ ]*[-–]?[ ]*)(?!Thời[ ])\p{Lu}\p{Ll}{1,3}[:;.,]?"
                                         r"(?=[ ]gian[ ]thực[ ]hiện[ ]?:)")  # (a speck after it: "- Tho: gian thure
# hien:", real Tesseract-eng on fresh seed 11358, read "Thơ:", the task's time lost)


def fix_label_words_misread(line: str) -> list[Edit]:
    """``"- Doneyi chủ trì: Sở Giáo dục"`` → "Đơn vị chủ trì", ``"Đơn phối hợp: Sở Tài chính"`` → "Đơn vị phối hợp",
    ``"Phố gian thực hiện: Quý IV/2023."`` → "Thời gian" (read after the decoder)."""
    return [(m.start(), m.end(), "Đơn vị", 0.75) for m in _UNIT_WORDS_MISREAD.finditer(line)] + [
        (m.start(), m.end(), "Đơn vị chủ trì" if m["lead"] else "Đơn vị phối hợp", 0.75)
        for m in _UNIT_LABEL_WORDS_MISREAD.finditer(line)] + [
        (m.start(), m.end(), " vị", 0.75) for m in _UNIT_WORD_LOST.finditer(line)] + [
        (m.start(), m.end(), "Thời", 0.75) for m in _TIME_LABEL_WORD_MISREAD.finditer(line)]


#: the names of national programmes plans repeat word for word (Quyết định 1956/QĐ-TTg's "Đào tạo nghề cho lao động nông
#: thôn"), each with a word a line must hold for it to be looked for
FIXED_PHRASES = (("Đào tạo nghề cho lao động nông thôn", (" cho ", "nông thôn")), ("thành phố Hồ Chí Minh", ("minh",)),
                 ("phát triển giáo dục nghề nghiệp", ("giáo dục nghề nghiệp",)),
                 ("tuyên truyền về giáo dục nghề nghiệp", ("truyền về giáo dục",)))
# (each with the words one of which its line must hold: "Đào tạo nghề }ở Tạo động nông thôn năm 2020", sample 000's
# engine on fresh seed 5364 eng000, its "cho" read "}ở", the title lost)
# (the plans' own subject, its words read as others: "Phạt tiền giáo dục nghề nghiệp", a code's "Phat ti@ngiao duc",
# its r lost — sample 004's code on fresh seed 3894 code004, the title lost)
# (a task's, after its partner: "phối hợp với Sở Nông nghiệp và Phát triển nông thôn huyện truyền về giáo dục", a code's
# "uyentruy~n", its t lost, on fresh seed 14909 code004 — the partner run on into the task's words)
# (the city's name in a header's capitals: "THDNH PH6 HD CHI MINH", sample 000's engine on fresh seed 3177 eng000, read
# "THDNH PHỐ HD CHÍ MINH", the issuer lost)
#: the letters a fixed phrase may have misread, one for each this many of its own
PHRASE_LETTERS_A_MISREAD = 8


#: the characters no word's letters hold: specks a scan reads beside a word
_NON_LETTERS = "“”‘’'`\"|_~-–—*^"


@cache
def _phrase_windows(phrase: str) -> tuple[tuple[str, ...], ...]:
    """The letters of a fixed phrase's words as a window reads them (:func:`fix_fixed_phrase_misread`'s): word for
    word; its last two glued ("cho hao d9ng nomgthon", sample 004's code on fresh seed 3048 code004); its first two,
    three, … words glued into one, a code's lost spaces ("Daotaongheeho lao động nông thôn", 16014 code004, the title
    lost) — ("đào tạo nghề", …) → (("dao", "tao", "nghe"), ("dao", "taonghe")), no first words glued in a phrase of
    three."""
    want = phrase.split(" ")
    return (tuple(map(plain_letters, want)), tuple(map(plain_letters, [*want[:-2], want[-2] + want[-1]])),
            *(tuple(map(plain_letters, ["".join(want[:j]), *want[j:]])) for j in range(2, len(want) - 1)))


def fix_fixed_phrase_misread(line: str) -> list[Edit]:
    """A programme's name (:data:`FIXED_PHRASES`) whose words the decoder read as others, as many words as the name's,
    more than half of them right and its letters all told one in :data:`PHRASE_LETTERS_A_MISREAD` off, written as the
    name is (Capitalised where the line's words open with a capital): ``"Dao áo nghề cho cao đẳng nông thôn năm 2022"``
    → "Đào tạo nghề cho lao động nông thôn" (sample 004's code's "Dao aOnghe cho hao d9ng", fresh seed 2912 code004:
    the title lost; "Đạo ở nghề", "Vào tạo nghề", 2903 and 2911); in capitals where the line's are: ``"THDNH PHỐ HD CHÍ
    MINH"`` → "THÀNH PHỐ HỒ CHÍ MINH". Read after the decoder."""
    from rapidfuzz.distance import Levenshtein

    out: list[Edit] = []
    small = line.lower()
    for phrase, gates in FIXED_PHRASES:
        if not any(gate in small for gate in gates):
            continue
        own = plain_letters(phrase)
        words = list(_A_PHRASE_WORD.finditer(line))
        read = [plain_letters(w.group()) for w in words]  # (each word's letters once, however many windows hold it)
        longest = max(map(len, read), default=0)  # (a glued head only where a word is long enough to hold one)
        windows = _phrase_windows(phrase)
        for v, parts in enumerate(windows[:2] + tuple(x for x in windows[2:]
                                                      if len(x[0]) - len(x[0]) // 4 <= longest)):
            for k in range(len(words) - len(parts) + 1):
                if v > 1 and Levenshtein.distance(read[k], parts[0], score_cutoff=len(parts[0]) // 4 + 1) > len(
                        parts[0]) // 4:
                    continue  # (the glued words' letters a fourth off at most: "tạo nghề cho …" is none of it)
                if Levenshtein.distance(read[k + len(parts) - 1], parts[-1], score_cutoff=1) > 1 or 2 * sum(
                        r == x for r, x in zip(read[k:k + len(parts)], parts, strict=True)) <= len(parts):
                    continue  # (more than half right: "tạo nghề cho lao động nông thôn" after "Đào" is no misread;
                    # the last a letter off at most: "lao động nông dân", "nôngthôn năm" are no misreads of it)
                window = words[k:k + len(parts)]
                a, b = window[0].start(), window[-1].end()
                if " ".join(w.group() for w in window) not in (line[a:b], line[a:b].replace(": ", " ")):
                    continue  # (a speck's colon after a word inside it: "Dao tao nghé cho lao dong: néng thon",
                    # real Tesseract-eng on fresh seed 2519, the title lost)
                # (a speck before its first word or after its last is none of it: "“Đào tạo nghề cho lao động nông
                # thôn năm 2022", real Tesseract-eng on fresh seed 2128, had lost its quote and its capital)
                a += len(window[0].group()) - len(window[0].group().lstrip(_NON_LETTERS))
                b -= len(window[-1].group()) - len(window[-1].group().rstrip(_NON_LETTERS))
                text = line[a:b]
                if a >= b or text.lower() == phrase.lower() or any(c.isdigit() for c in text):
                    continue
                if Levenshtein.distance(plain_letters(text), own) <= len(own) // PHRASE_LETTERS_A_MISREAD and _clear(
                        a, b, out):
                    caps = [c.isupper() for c in text if c.isalpha()]
                    out.append((a, b, phrase.upper() if sum(caps) >= 0.7 * len(caps) else (
                        phrase[0].upper() if text[0].isupper() else phrase[0].lower()) + phrase[1:], 0.75))
    return out


def fix_fixed_phrase_words(line: str) -> list[Edit]:
    """Words of the plans' fixed phrases the decoder read as others, in a repaired line: ``"- Các sẽ, ban, ngành;"`` →
    "sở", ``"trên địa ba tỉnh"`` → "bàn", ``"Triển Khai công tác"`` → "khai"."""
    specks = [(m.start(), m.end(), ", ", 0.8) for m in _DEPARTMENTS_ITEM_SPECKS.finditer(line)] \
        if "ác sở" in line or "ác-sở" in line else []
    out: list[Edit] = []
    for rx, word, gate, more in _FIXED_PHRASE_TRIES:
        if gate in line and (not more or all(g in line for g in more)):
            out += [(m.start(), m.end(), word, 0.8) for m in rx.finditer(line)
                    if _clear(m.start(), m.end(), out) and not any(e[0] == e[1] == m.start() for e in out)]
            # (one edit of a span: "Thường rác Tỉnh ủy" is two patterns' "trực", which both had written)
    return out + specks


def fix_agency_head(line: str, agencies: tuple[str, ...]) -> list[Edit]:
    """A department's head word "Sở" misread as another syllable of its letters before the department's name written
    right (``agencies``): ``"Sử Giáo dục và Đào tạo chủ trì"`` → "Sở" (Vietnamese OCR's: the lead had been lost); "Bộ"
    likewise ("Bổ Tài chính"); a speck after the misread head goes with it: ``"phối hợp: Số; Kế hoạch và Đầu tư"`` →
    "Sở Kế hoạch" (Tesseract-eng, fresh seed 395 eng: the partner had been cut in two); "Sẽ Nội vụ" (its "Séé" read so,
    fresh seed 549 eng000), "Sau Kế hoạch và Đầu tư" (a code's "SalKS hoach", fresh seed 847 code004), a figure a speck
    left after it: "Số 6 Công Thương" (Tesseract-eng's "S& 6 Céng Thuong", fresh seed 539 eng). A head word in
    capitals, or one a small letter opens, is left."""
    fields, rx = _agency_fields(agencies)
    out: list[Edit] = []
    for m in rx.finditer(line):
        head, field = m.group(1), m.group(3)
        want = "Sở" if head[0] == "S" else "Bộ"
        if head != want and f"{want} {field}" in fields and skeleton(head.lower()) in ("so", "su", "se", "bo", "sau"):
            out.append((m.start(1), m.end(2), want + " ", 0.8) if m.group(2) != " " else (*m.span(1), want, 0.8))
    if not out and (small := _small_agency_fields(agencies)).search(line):  # the field read small too, a misread
        # head word's bracket taken for a space ("đơn vị phối hợp: Sa)NQivu" read "Sau nội vụ", fresh seed 1472
        # code004: the partner lost)
        for m in small.finditer(line):
            if (skeleton(m.group(1).lower()) in ("so", "su", "se", "sau") or not m.group(1)[1].islower()) \
                    and m.group(1) != "Sở":
                field = next(f for f in fields if f[:2] == "Sở" and f[3:].lower() == m.group(3).lower())
                out.append((m.start(), m.end(), field, 0.75))
    if "sở " in line or "bộ " in line or "với s" in line:  # (a small head where a task's field names its agency, a
        # speck glued before it: "chủ trì: rSa Giáo dục" read "sở Giáo dục", fresh seed 625 eng000: the lead had been
        # lost; or another small word of s after "phối hợp với": "phối hợp với sự Tài chính", a code's "vaISu T}i",
        # fresh seed 11573 code, the partner lost)
        for m in _SMALL_HEAD_IN_A_FIELD.finditer(line):
            head = "Bộ" if m.group(0) == "bộ" else "Sở"
            named = head + line[m.end():]
            if any(named.startswith(n) and not named[len(n):len(n) + 1].isalnum() for n in fields) or (
                    m.group(0) == "sở" and line[:m.start()].endswith("phối hợp với ")
                    and _CAPITALISED_WORD_ENDING_A_LINE.match(line, m.end())):  # (its name going on to the next line:
                # "phối hợp với sở Giáo" / "dục và Đào tạo", real Tesseract-eng on fresh seed 8467, the partner lost)
                out.append((m.start(), m.end(), head, 0.8))
    return out


#: a department's or ministry's head word, Capitalised, and the space after it
_AGENCY_HEAD = regex.compile(r"(?<![\p{L}\d])(Sở|Bộ)[ ]")
#: … or "Số", a department's "Sở" misread, before its name (fix_agency_name_end's, where the name's end was misread too)
_AGENCY_HEAD_OR_NUMBER_WORD = regex.compile(r"(?<![\p{L}\d])(Sở|Bộ|Số)[ ]")
#: a name's words as a line writes them: letters and a code's or scan's stand-ins, no space or stop — but for a code's
#: group with a stop inside ("Dau t<;>ch^": tư, its ";" no stop; the word had been cut there, "tư;>chủ", fresh seed 1584
#: code, the lead lost)
_NAME_WORD = regex.compile(r"(?:<;>|';'|l,r|[^\s.,;:()])+")


#: nothing but a stop or semicolon after a name to its line's end
_LINE_ENDS_HERE = regex.compile(r"[.;,]?[ ]*$")


def fix_agency_name_end(line: str, agencies: tuple[str, ...]) -> list[Edit]:
    """A department's name whose words after its "và" were read as others, its words up to "và" written right
    (``agencies``): ``"Sở Kế hoạch và Đều ở"`` → "Đầu tư" (a code's "D~u w", its t lost: fresh seed 1429 code004, the
    partner lost), read after the decoder — as many words as the name has there, the first Capitalised (or in small
    letters three letters off at most: "Sở Giáo dục và nào đó"), each at most two letters off its own (of the names
    that fit, the nearest, if one is); a name written right is left. Its words before "và" a code left unread, those
    after it right: ``"Sở KSMO?eM và Đầu tư"`` → "Sở Kế hoạch và Đầu tư" (:func:`_agency_stem_unread`)."""
    from rapidfuzz.distance import Levenshtein

    out: list[Edit] = []
    for m in _AGENCY_HEAD_OR_NUMBER_WORD.finditer(line):
        head = "Sở" if m[1] == "Số" else m[1]  # (its head read "Số" too: "phối hợp:Số Kế hoạch và Đầu ở", sample 004's
        # code's "SaKS ho?eh va D~u w" on fresh seed 5948 code004, the partner lost)
        fits: list[tuple[int, int, int, str, int, str]] = []
        gap = len(line) - m.end() - len(line[m.end():].lstrip(" "))  # (two spaces after its head: "Sở  Kế hoạch và
        # Đều ở", sample 004's code's "Sa  KS hoaCMva D~u w" on fresh seed 15893 code004, the lead lost; one goes)
        for name in agencies:
            if not name.startswith(head + " ") or " và " not in name:
                continue
            stem, end = name[len(head) + 1:].split(" và ", 1)
            stem += " và "
            at = m.end() + gap + len(stem)
            if line[m.end() + gap:at].lower() != stem.lower():
                continue
            want = end.split(" ")
            words = [w for w in _NAME_WORD.finditer(line, at)][:len(want)]
            text = line[at:words[-1].end()] if words else ""
            if len(words) < len(want) or text.split(" ") != [w.group() for w in words]:
                continue
            if text == end:
                fits = []
                break
            small_b = text[:1] == "b" and end[:1] == "Đ"  # (its Đ read as a small b: "Sở Kế hoạch và bị từ", sample
            # 000's engine's "biu tu", fresh seed 2658 eng000, the partner lost)
            if line[at + len(text):at + len(text) + 1].isalnum():
                continue
            dists = [Levenshtein.distance(skeleton(("d" + g.group()[1:] if small_b and k == 0 else g.group()).lower()),
                                          skeleton(w.lower()))
                     for k, (g, w) in enumerate(zip(words, want, strict=True))]
            if max(dists) <= 2 and (text[:1].isupper() or small_b or sum(dists) <= 3 or (
                    sum(dists) <= 4 and _LINE_ENDS_HERE.match(line, at + len(text)))):  # (in small letters, its
                # capital a code's other letter: "Sở Giáo dục Và nào đó", sample 004's code's "Vanao ?o" for Đào tạo,
                # fresh seed 5553 code004, the partner lost; a letter more where the line ends with it: "Sở Kế hoạch và
                # nếu ở.", sample 004's code's "va)n~u w." on fresh seed 13743 code004, the partner lost)
                fits.append((sum(dists), at, at + len(text), end, m.end(), stem))
        fits.sort()
        if fits and (len(fits) == 1 or fits[0][0] < fits[1][0]):
            _d, a, b, end, s_at, stem = fits[0]
            if head != m[1]:
                out.append((*m.span(1), head, 0.75))
            if line[s_at:a] != stem:  # (its "và" a code's capital: "Giáo dục Và")
                out.append((s_at, a, stem, 0.75))
            out.append((a, b, end, 0.75))
        elif not fits and head == m[1] and (unread := _agency_stem_unread(line, m.end(), agencies)) is not None:
            out.append(unread)
    return out


#: one or two words of a department's name before its " và " that hold a character no word has (a code's stand-ins)
_UNREAD_STEM = regex.compile(r"[ ]?(\S*(?:[^\s\p{L}]|\p{Ll}\p{Lu})\S*(?:[ ]\S+)?|\S+[ ]\S*[^\s\p{L}]\S*)"
                             r"(?=[ ](?i:và)[ ])")
# (or a word of letters whose small letter a capital follows, a code's: "Sở  KSMoaeM và Đầu tư", a space more after its
# head, sample 004's code on fresh seed 14882 code004, the partner lost)


def _agency_stem_unread(line: str, at: int, agencies: tuple[str, ...]) -> Edit | None:
    """The words of a department's name between its head (ending at ``at``) and " và " that a code left unread, where
    the words after "và" are the end of one name only and its stem's letters as many, give or take three: ``"Sở
    KSMO?eM Va Đầu tư"`` → "Kế hoạch" (sample 004's code on fresh seed 5604 code004, the partner lost)."""
    m = _UNREAD_STEM.match(line, at)
    if m is None:
        return None
    after = line[m.end(1) + 4:]
    head = line[:at].rstrip()[-2:]
    parts = [n[len(head) + 1:].split(" và ", 1) for n in agencies if n.startswith(head + " ") and " và " in n]
    named = {stem for stem, end in parts if after.startswith(end) and not after[len(end):][:1].isalnum()}
    if len(named) != 1:
        return None
    stem = named.pop()
    if abs(len(stem) - len(m[1])) > 3:
        return None
    return (m.start(), m.end(), stem, 0.75)


def fix_agency_and_run_together(line: str, agencies: tuple[str, ...]) -> list[Edit]:
    """A department's name whose "và" and the words after it a symbol code ran together, read as fewer words, its
    words before "và" written right (``agencies``): ``"Sở Giáo dục vào tạo"`` → "và Đào tạo" (a code's "vaD}otao",
    fresh seed 2630 code: the partner lost), read after the decoder — the words' letters at most two off the name's,
    the first word opening with the "v" of "và", no more words than the name has there; a name written right, or one
    whose words are as many as the name's (:func:`fix_agency_name_end`'s), is left."""
    from rapidfuzz.distance import Levenshtein

    out: list[Edit] = []
    for m in _AGENCY_HEAD.finditer(line):
        for name in agencies:
            if not name.startswith(m.group()) or " và " not in name:
                continue
            stem, end = name[m.end() - m.start():].split(" và ", 1)
            at = m.end() + len(stem) + 1
            if line[m.end():at].lower() != stem.lower() + " " or line[at:at + 1] != "v":
                continue
            want = ("và " + end).split(" ")
            words = [w for w in _NAME_WORD.finditer(line, at)][:len(want) - 1]
            text = line[at:words[-1].end()] if words else ""
            if not words or text.split(" ") != [w.group() for w in words] or line[at + len(text):at + len(
                    text) + 1].isalnum():
                continue
            # (the run ends where the name does, its last word the name's, a letter off at most: "Sở Kế hoạch và Đầu
            # tư" is no run of "và Đầu"; the words after the name are no part of it, "Sở Giáo dục vào tạo theo …")
            while words and (Levenshtein.distance(skeleton("".join(w.group() for w in words).lower()),
                                                  skeleton("".join(want).lower())) > 2 or Levenshtein.distance(
                    skeleton(words[-1].group().lower()), skeleton(want[-1].lower())) > 1):
                words.pop()
            if words and len(words) < len(want):
                out.append((at, words[-1].end(), "và " + end, 0.75))
            break
    return out


#: a speck's hyphen between a department's or ministry's head word and its name ("Sở-Nội vụ")
_HYPHEN_AFTER_AN_AGENCY_HEAD = regex.compile(r"(?<=(?<![\p{L}\d])(?:Sở|Bộ))(?:[-*~_]|[ ]-[ ](?=(?:Nội|Tư|Kế|Tài|Công"
                                             r"|Xây|Y|Nông|Giao|Thông|Lao|Văn|Du|Khoa|Giáo|Ngoại|Quy|Dân)[ ]))"
                                             r"(?=\p{Lu}\p{Ll})")
# (spaced too, before a department's field: "- Bộ - Lao động - Thương binh và Xã hội;", real Tesseract-eng's "Bo- Lao
# dong" on fresh seed 1938, the recipient lost; "các Bộ - ngành" stays; or another speck glued: "S6*Giao duc", real
# Tesseract-eng on fresh seed 2981, read "Sở*Giáo dục", the lead lost)


#: the labour department's "Lao" with its L read as a small b after the head word ("Đơn vị chủ trì: Sở bao động -
#: Thương binh và Xã hội": vetplan's OCR of fresh seeds 2077's and 2114's scans, the lead lost); "báo động" (alarm) has
#: its mark, and no department's name opens so
_LABOUR_L_READ_B = regex.compile(r"(?<=(?<![\p{L}\d])(?:Sở|Bộ|Phòng|SỞ|BỘ)[ ])[bs]ao"
                                 r"(?=[ ]động[ ]?[-–][ ]?[TP]hương[ ])")
# (or s: "‡ Bộ sao động - Thương binh", vetplan's OCR of fresh seed 6248's scan, the recipient lost)


def fix_labour_l_read_b(line: str) -> list[Edit]:
    """``"Sở bao động - Thương binh và Xã hội"`` → "Sở Lao động" (read after the decoder)."""
    return [(m.start(), m.end(), "Lao", 0.8) for m in _LABOUR_L_READ_B.finditer(line)]


def fix_hyphen_after_an_agency_head(line: str) -> list[Edit]:
    """A scan's speck read as a hyphen after a department's head word, for the space: ``"Đơn vị chủ trì: Sở-Nội vụ."``
    → "Sở Nội vụ" (real Tesseract-eng on fresh seed 1426, "SO-NOi vu": the lead had been lost); read after the
    decoder."""
    return [(m.start(), m.end(), " ", 0.8) for m in _HYPHEN_AFTER_AN_AGENCY_HEAD.finditer(line)]


def fix_agency_name_last_word(line: str, agencies: tuple[str, ...]) -> list[Edit]:
    """A department's name whose last word the decoder could not read, the words before it written right and naming no
    other department: ``"Sở Công Thmalg"`` → "Thương" (a code's "Colg Thmalg", fresh seeds 2324 and 2331 code004: the
    partner and lead had been lost), read after the decoder — the word no syllable, its first letter the name's, its
    length within two; a word that is a syllable is the decoder's reading and stays ("Sở Tài Mình"), unless it opens
    with the name's word's first two letters: ``"Sở Tài chấm"`` → "chính"."""
    out: list[Edit] = []
    for m in _AGENCY_HEAD.finditer(line):
        if (named := _agency_named_but_its_last_word(line, m, agencies)) is None:
            continue
        name, at, want = named
        word = _NAME_WORD.match(line, at)
        low = word.group().lower() if word is not None else ""  # (a code's random capital: "Sở Tài Chức", sample 004's
        # "Tai CMilh" on fresh seed 5521 code004, the partner lost)
        if word is None or word.group() == want or low[:1] != want[:1].lower() or \
                abs(len(word.group()) - len(want)) > 2 or line[word.end():word.end() + 1].isalnum():
            continue
        if is_valid_syllable(low) and (len(want) < 3 or low[:2] != want[:2].lower()):
            continue  # (a syllable stays unless it opens with the word's two letters: "Sở Tài chấm", a code's "Tai
            # chilM", fresh seeds 2585 and 2593 code004, is Tài chính — no department's name goes on so)
        if _one_agency_so_opened(name, agencies):  # (the words before it and its first letter name one: "Sở Tài c…",
            # not "Sở Tài nguyên")
            out.append((word.start(), word.end(), want, 0.75))
    return out


def _agency_named_but_its_last_word(line: str, m: regex.Match[str], agencies: tuple[str, ...]
                                    ) -> tuple[str, int, str] | None:
    """The one agency of three words or more whose words but its last follow the head word ``m`` as written (the name,
    where its last word starts on the line, that word), or None."""
    rest = line[m.end():]
    fits = {name for name in agencies if name.startswith(m.group()) and name.count(" ") >= 2
            and rest.startswith(name[m.end() - m.start():name.rfind(" ") + 1])}
    if len(fits) != 1:
        return None
    name = fits.pop()
    return name, m.start() + name.rfind(" ") + 1, name[name.rfind(" ") + 1:]


def _one_agency_so_opened(name: str, agencies: tuple[str, ...]) -> bool:
    """Whether ``name``'s words but its last and that word's first letter open one agency only."""
    return sum(1 for n in agencies if n.startswith(name[:name.rfind(" ") + 2])) == 1


def fix_agency_last_word_glued(line: str, agencies: tuple[str, ...]) -> list[Edit]:
    """A department's name whose last word a code glued to the word after it, the words before it written right and
    naming one department: ``"phối hợp với Sở Nông nghiệp và Phát triển nông thonrasoat mạng lưới"`` → "nông thôn
    rasoat" (sample 004's code on fresh seed 4686 code004, the partner run on to the task's time); a letter more inside
    the name's word too: ``"Sở Thông tin và Truyền thlongtuyen truyền"`` → "Truyền thông tuyen" (4692). Read after the
    decoder: the rest of the token, three letters at least, opens with a consonant, as a word does after a lost
    space."""
    from rapidfuzz.distance import Levenshtein

    out: list[Edit] = []
    for m in _AGENCY_HEAD.finditer(line):
        if (named := _agency_named_but_its_last_word(line, m, agencies)) is None:
            continue
        name, at, want = named
        token = regex.match(r"\p{L}+", line[at:])
        if token is None or len(token.group()) < len(want) + 3:
            continue
        letters, own = skeleton(token.group().lower()), skeleton(want.lower())
        cut = next((k for k in (len(own), len(own) + 1) if Levenshtein.distance(letters[:k], own) == len(letters[:k])
                    - len(own) and letters[:1] == own[:1] and letters[k:k + 1] in _WORD_OPENING_CONSONANTS
                    and len(letters) - k >= 3), None)
        if cut is not None and _one_agency_so_opened(name, agencies):
            out.append((at, at + cut, want + " ", 0.75))
    return out


def fix_agency_name_glued_whole(line: str, agencies: tuple[str, ...]) -> list[Edit]:
    """A department's name of two words after its head that a code wrote as one token with the word after it, every
    space lost and the token left unread: ``"phối hợp với Sở Noivuxay dịu"`` → "Sở Nội vụ xay" (sample 004's code on
    fresh seed 5976 code004, the partner run on to the task's words). Read after the decoder; the token's letters open
    with the name's, the longest that fits, then three letters at least opening with a consonant, as a word does after
    a lost space."""
    out: list[Edit] = []
    for m in _AGENCY_HEAD.finditer(line):
        token = regex.match(r"\p{Lu}\p{Ll}{5,}(?![\p{L}\d])", line, pos=m.end())
        if token is None:
            continue
        letters = skeleton(token.group().lower())
        if len(letters) != len(token.group()):
            continue
        fits = sorted(((len(own), name) for name in agencies if name.startswith(m.group()) and name.count(" ") == 2
                       and letters.startswith(own := plain_letters(name[m.end() - m.start():]))
                       and len(letters) - len(own) >= 3 and letters[len(own)] in _WORD_OPENING_CONSONANTS),
                      reverse=True)
        if fits:
            k, name = fits[0]
            out.append((m.end(), m.end() + k, name[m.end() - m.start():] + " ", 0.75))
    return out


#: a department's head and a name of two Capitalised words run together into one token, left unread ("SaCorgThuong chu
#: tri": sample 004's code on fresh seed 6354 code004, the lead lost): group 1 the name's letters
_AGENCY_RUN_TOGETHER_WITH_ITS_HEAD = regex.compile(r"(?<![\p{L}\d])S[ao6ở&@][)\]}l]?([A-ZĐ][^\s\p{Lu}.,;:]{1,6}"
                                                   r"(?:[A-ZĐ][^\s\p{Lu}.,;:]{1,7}|[^\s\p{Lu}.,;:]{2,7}))"
                                                   r"(?![\p{L}\d])")  # (its second word small: "SaTaiehinh chu
# tri", fresh seed 6453 code004, the lead lost; a code's stand-ins in it, a bracket or l between it and the head:
# "Sa)Nongnghi~p và Phát triển", "SalN9ivu tB ch(c", fresh seeds 10487 and 10325 code004, the partners lost)


def fix_agency_run_together_with_its_head(line: str, agencies: tuple[str, ...]) -> list[Edit]:
    """``"SaCorgThuong chủ trì"`` → "Sở Công Thương chủ trì" (read after the decoder): the one department whose name of
    two words the token's letters spell, a letter off at most."""
    from rapidfuzz.distance import Levenshtein

    out: list[Edit] = []
    for m in _AGENCY_RUN_TOGETHER_WITH_ITS_HEAD.finditer(line):
        letters = plain_letters(m[1])
        fits = []  # (a longer name's first two words, the rest of it after them as written: "SaNorgnghiep và Phát
        # triển nông thôn", fresh seed 6522 code004, the partner lost)
        for name in agencies:
            words = name.split(" ")
            if words[0] == "Sở" and len(words) >= 3 and Levenshtein.distance(plain_letters(" ".join(words[1:3])),
                                                                             letters) <= 1 and \
                    (len(words) == 3 or line[m.end():].startswith(" " + " ".join(words[3:]))):
                fits.append(" ".join(words[:3]))
        if len(set(fits)) == 1:
            out.append((m.start(), m.end(), fits[0], 0.75))
    return out


#: the letters a word may open with after a code's lost space (a consonant)
_WORD_OPENING_CONSONANTS = frozenset("bcdđghklmnpqrstvx")


def fix_agency_name_with_stand_ins(line: str, agencies: tuple[str, ...]) -> list[Edit]:
    """A department's name after its head that a symbol code wrote with stand-ins for its vowels and spaces lost, left
    unread up to the field's end: ``"chủ trì: Sở KSho?chvaĐ~u từ."`` → "Sở Kế hoạch và Đầu tư" (sample 004's code on
    fresh seed 10011 code004, the lead lost). Read after the decoder: each consonant of the name in its place, each
    vowel the vowel, a figure, a capital or a sign (:func:`_stand_in_name`), a space between two words or none; one
    stand-in at least, and one department only that fits."""
    out: list[Edit] = []
    for m in _AGENCY_HEAD.finditer(line):
        field = _FIELD_AFTER_A_HEAD.match(line, m.end())
        if field is None or all(c.isalpha() or c == " " for c in field.group()):  # (no stand-in: the decoder's)
            continue
        written = _plain_keeping_case(field.group())
        fits = {name for name in agencies if name.startswith(m.group())
                and _stand_in_name(name[m.end() - m.start():]).fullmatch(written)}
        if len(fits) == 1:
            out.append((m.end(), field.end(), fits.pop()[m.end() - m.start():], 0.75))
    return out


#: what follows an agency's head up to its field's end (a stop, semicolon or comma and a space, or the line's end)
_FIELD_AFTER_A_HEAD = regex.compile(r"\S(?:[^;,.]|[.,;](?=\S))*?(?=[ ]*(?:[;,.][ ]|[;,.]?$))")


def _plain_keeping_case(text: str) -> str:
    """``text``'s letters without their marks, each in its case ("Đ~u từ" → "D~u tu")."""
    return "".join(skeleton(c).upper() if c.isupper() else skeleton(c) if c.isalpha() else c for c in text)


@cache
def _stand_in_name(name: str) -> regex.Pattern[str]:
    """A pattern for an agency's name (after its head: "Kế hoạch và Đầu tư") as a symbol code may write it: each
    consonant itself in either case, each vowel itself, a figure, a capital or a sign with up to two characters after
    it, a space between two words or none."""
    words = [plain_letters(w) for w in name.split(" ")]
    parts = ["".join(f"(?:{c}|\\d|\\p{{Lu}}|[^\\w\\s]\\S{{0,2}}?)" if c in "aeiouy" else
                     f"[{c}{c.upper()}]" for c in w) for w in words]
    return regex.compile("[ ]?".join(parts))


#: a department's or ministry's head word as written or misread ("Số", "Sa", "Sử", "Bổ") and the space after it
_AGENCY_HEAD_READ = regex.compile(r"(?<![\p{L}\d])([SB]\p{Ll}{0,2}|Xã|(?<=với[ ])(?:số|SỞ|BỘ)|(?<=^[ ]*)để)"
                                  r"[ ]")  # (small after
# "với":
# "phối hợp với số Nội và", a code's "vQISo N$iva", fresh seed 7616 code, the partner lost; or in capitals before a
# name in mixed case, a code's random capitals: "phối hợp với SỞ NỘI và", "SA NBI vo", fresh seed 12112 code)
#: the head words' letters a scan or code leaves them
_AGENCY_HEAD_LETTERS = {"S": ("so", "su", "se", "sa", "sau", "sao", "san", "si"), "B": ("bo",)}  # ("Sĩ Tới chính":
# a code's "Si T(richinh", fresh seed 8134 code, the lead lost)  # ("Sản Nội Và": a code's
# "SalN9i VI)", its l for the space read into the head word, fresh seed 4758 code004, the partner lost)
#: the letters an agency's name may have misread, one for each this many of its own (one at the least)
AGENCY_LETTERS_A_MISREAD = 5


def plain_letters(text: str) -> str:
    """A text's letters only, without marks, in small letters: ``"Nông .nghiệp"`` → "nongnghiep"."""
    return "".join(c for c in skeleton(text.lower()) if c.isalpha())


@lru_cache(maxsize=4)
def _agency_name_letters(agencies: tuple[str, ...], head: str) -> tuple[tuple[str, str, int, str, str], ...]:
    """The names of ``agencies`` after ``head`` ("Sở", "Bộ"), each with its letters (:func:`plain_letters`), its words'
    count, its last word's letters and its first letter's: ("Nội vụ", "noivu", 2, "vu", "n")."""
    out = []
    for full in agencies:
        if full.startswith(head + " "):
            name = full[len(head) + 1:]
            out.append((name, plain_letters(name), name.count(" ") + 1, plain_letters(name.split(" ")[-1]),
                        plain_letters(name[0])))
    return tuple(out)


#: a header line's first column: what precedes two spaces or the line's end
_HEADER_FIRST_COLUMN = regex.compile(r"^(\s*)(\S.*?)(?=\s{2,}|\s*$)")
#: … where the motto's column follows it after one space
_HEADER_FIRST_COLUMN_BEFORE_THE_MOTTO = regex.compile(r"^(\s*)(\S.*?)(?=[ ]Độc lập(?![\p{L}\d]))")


def issuing_agency_as_named(line: str, next_line: str, agencies: tuple[str, ...]) -> tuple[list[Edit], list[Edit]]:
    """A header line in capitals naming the issuing department or ministry, its words misread, written as the name of
    ``agencies`` it spells, with the rest of the name that the ``next_line``'s first column holds, but for one letter in
    :data:`AGENCY_LETTERS_A_MISREAD` all told: ``"SD LAO ĐỘNG - THÌ ÔNG BINH"`` / "VÀ XÃ HỘI" → "SỞ LAO ĐỘNG - THƯƠNG
    BINH" (sample 000's engine's "SD LAO PQNG - THI 6NG BINH", fresh seed 3417 eng000; "S 6 LAO PQNG - THYONG BINH",
    3432; "SỐ 6 LAO ĐỘNG - THU ÔNG BINH" / "VÀ XD HỘI", 3540: the issuer lost). The edits of the line and of the next
    line; only where one name is nearest, and none where the letters are a name's already."""
    from rapidfuzz.distance import Levenshtein

    m = _HEADER_FIRST_COLUMN.match(line)
    if m is not None and " Độc lập" in m[2]:  # (the motto's column merged after it, one space between: "sở LAO ĐỘNG -
        # THƯƠNG | BÌNH Độc lập - Tự do - Hạnh phúc", real Tesseract-eng on fresh seed 11413, the issuer lost)
        m = _HEADER_FIRST_COLUMN_BEFORE_THE_MOTTO.match(line)
    if m is None or any(c.islower() for c in m[2].partition(" ")[2]) or " " not in m[2]:
        return [], []  # (its head's letters maybe small: "sở LAO ĐỘNG")
    got = plain_letters(m[2])
    if got[:1] not in ("s", "b"):
        return [], []
    n = _HEADER_FIRST_COLUMN.match(next_line)
    after = plain_letters(n[2]) if n is not None and not any(c.islower() for c in n[2]) else ""
    best: list[tuple[int, str, str]] = []
    for full in agencies:
        if not full.startswith(("Sở ", "Bộ ")):
            continue
        words = full.upper().split(" ")
        for k in range(2, len(words) + 1):
            part, rest = " ".join(words[:k]), " ".join(words[k:])
            if rest and not after:
                continue
            budget = max(1, (len(got) + (len(after) if rest else 0)) // AGENCY_LETTERS_A_MISREAD)
            off = Levenshtein.distance(got, plain_letters(part), score_cutoff=budget) + (
                Levenshtein.distance(after, plain_letters(rest), score_cutoff=budget) if rest else 0)
            if off <= budget:
                best.append((off, part, rest))
    best.sort()
    if not best or (best[0][0] == 0 and m[2] == best[0][1]) or (
            len(best) > 1 and best[1][0] == best[0][0] and best[1][1:] != best[0][1:]):
        return [], []  # (its letters a name's, its marks, case or specks not: "sở LAO ĐỘNG - THƯƠNG | BÌNH")
    _off, part, rest = best[0]
    here = [(m.start(2), m.end(2), part, 0.75)] if m[2] != part else []
    there = [(n.start(2), n.end(2), rest, 0.75)] if rest and n is not None and n[2] != rest else []
    return here, there


def fix_agency_name_misread(line: str, agencies: tuple[str, ...]) -> list[Edit]:
    """A department's or ministry's name whose words the decoder read as others, a letter or two off the name's all
    told (one in :data:`AGENCY_LETTERS_A_MISREAD`), its last word near the name's, maybe as a word more (one parted)
    or fewer (a dash glued), its head word "Sở" or "Bộ" maybe misread too (``agencies``), read after the decoder:
    ``"phối hợp: Số Nợ vụ"`` → "Sở Nội vụ" (sample 000's engine's "S N§g vu", fresh seed 2854 eng000), ``"Sở Những
    Nghiệp và Phát triển nông thôn"`` → "Nông nghiệp" (a code's, 2860 code), ``"Sở Công Thể lượng"`` → "Công Thương"
    (sample 004's, 2927 code004), ``"Số Nông .nghiệp và Phát triển mong thọ"`` (real Tesseract-eng, 1756): the partners
    had been lost. Only where one name is the nearest, its first word opening with the name's capital (a Đ maybe read
    D, P or B); a name written right, and the words after a head that names one right, are left."""
    from rapidfuzz.distance import Levenshtein

    out: list[Edit] = []
    for m in _AGENCY_HEAD_READ.finditer(line):
        head = m.group(1)
        if head not in ("Sở", "Bộ", "Xã", "số", "để"):
            if head.isupper() and (after := line[m.end():m.end() + 12]) == after.upper():
                continue  # (a head in capitals before a name in capitals: a heading's, it stays)
            if skeleton(head.lower()) not in _AGENCY_HEAD_LETTERS[head[0]]:
                continue
        want_head = "Bộ" if head[0] == "B" else "Sở"  # (or "để" opening a line, the head of a name written right:
        # "đơn vị phối hợp:" / "để Nông nghiệp và Phát triển nông thôn;", real Tesseract-eng's "Sdé" on fresh seed
        # 10956, the partner lost)
        rest = line[m.end():]
        names = _agency_name_letters(agencies, want_head)
        exact = any(rest.startswith(n[0]) and not rest[len(n[0]):len(n[0]) + 1].isalnum() for n in names)
        if head in ("Xã", "để") and not exact:
            continue  # (a commune's word before a department's name written right only: "Xã Công Thương chủ trì",
            # sample 000's engine's "Sa Cong Thuong", fresh seed 2885 eng000, the lead lost)
        if exact:
            if head != want_head and (head[1:] != "ố" or head == "số"):  # (the head alone misread: "với Sao Kế
                # hoạch và Đầu tư", a
                # code's "V'i SalKS ho?ch", fresh seed 2948 code004; "Số" is fix_agency_head's to read)
                out.append((m.start(1), m.end(1), want_head, 0.75))
            continue
        if rest[:1].islower() and (lost := next((n[0] for n in names if len(n[0]) > 5 and rest.startswith(n[0][1:])
                                                 and not rest[len(n[0]) - 1:len(n[0])].isalnum()), None)):
            # (its first letter lost, the rest right: "phối hợp: Sở ông Thương;", vetplan's OCR of fresh seed 3159's
            # scan, the partner lost)
            out.append((m.start(), m.end() + len(lost) - 1, f"{want_head} {lost}", 0.75))
            continue
        if not _CAPITAL_AFTER_A_SPECK.match(rest):
            continue
        words = list(WORD_BETWEEN_SPACES.finditer(rest))
        read = plain_letters(words[0].group())[:1]
        fits: dict[str, tuple[int, int]] = {}  # name → (letters off, where its words end)
        for name, own, n, last, first in names:
            if read != first and not (name[0] == "Đ" and read in "dpb") and not (read == "g" and first == "c") and \
                    not (read == "r" and first == "k"):
                continue  # (a C read as a G, its spur: "Sở Gông Thương chủ trì", vetplan's OCR of fresh seed 6458's
                # scan, the lead lost; a K's arms an R's: "Sở Rẽ hoạch và Đầu tư", 6703, the partner lost)
            for k in (n, n + 1, n - 1):  # (a word fewer: a dash glued, "Lao động-- Thương binh và Xã hội")
                if not 0 < k <= len(words) or (k < n and k == len(words) and words[-1].group()[-1:] not in ".;,"):
                    continue  # (… but not where the line ends: "Sở Lao động - Thương binh và Xã" / "hội"; a stop
                    # ends the name there: "Số Thungtin và Truyền thông.", a code's, fresh seed 7059 code, the lead
                    # lost)
                end = words[k - 1].end()
                while end > words[k - 1].start() and not rest[end - 1].isalnum():
                    end -= 1  # (a stop or a semicolon after the name is none of it)
                if ";" in rest[:end] or ":" in rest[:end]:
                    continue  # (nor one inside: "Phát triển nongthou; thời gian" had lost "; thời", fresh seed 2879)
                # the name's last word read as the window's, within a letter ("thọ" for thôn), or as its last two words
                # (one parted: "Thể lượng" for Thương) or as its last (a word fewer) with every letter
                ends = plain_letters(" ".join(w.group() for w in words[max(0, k - 1 - (k > n)):k]))
                if Levenshtein.distance(ends, last) > (1 + (n >= 5 and len(last) >= 4) if k == n else 2 if k > n
                                                       else 0) and not (  # (a long name's last word two letters
                        # off: "Phát triển năng tham" for nông thôn, sample 000's engine's "nang thdm", fresh seed 5955
                        # eng000)
                        k < n and n >= 4 and ends[:1] == (two := plain_letters(" ".join(name.split(" ")[-2:])))[:1]
                        and Levenshtein.distance(ends, two) <= 2):  # (or its last two words as one, run together
                    # and misread: "Sở Kế hoạch và Dứt" for Đầu tư, a code's "vaD~utu", fresh seed 6729 code004, the
                    # lead lost)
                    continue
                off = Levenshtein.distance(plain_letters(rest[:end]), own)
                if off <= max(1, len(own) // AGENCY_LETTERS_A_MISREAD) and (
                        name not in fits or off < fits[name][0]):
                    fits[name] = (off, end)
        if not fits and (field := _FIELD_RUN_TOGETHER.match(rest)) is not None:  # its last words run together, the
            # field ending after them ("phối hợp: Sở Giáo dục valnaotao.": a code's l for a space, its Đ read n, fresh
            # seed 7564 code004, the partner lost; a name of two words as one, "phối hợp: Sa Taiehilh.", its c read e
            # and n read l, 11813 code004)
            end, got = field.end(1), plain_letters(field.group(1))
            for name, own, n, _last, first in names:
                if read == first and len(field.group(1).split()) < max(2, n - 1) and len(got) >= len(own) - 1 and \
                        (off := Levenshtein.distance(got, own)) <= max(1, len(own) // 4):  # (a field's whole
                    # value, which names an agency: a letter in four may be off)
                    fits[name] = (off, end)
        if not fits:
            continue
        ranked = sorted(fits.items(), key=lambda x: x[1][0])
        if len(ranked) > 1 and ranked[1][1][0] == ranked[0][1][0]:
            continue
        name, (off, end) = ranked[0]
        if rest[:end] != name or head != want_head:
            out.append((m.start(), m.end() + end, f"{want_head} {name}", 0.75))
    return out


#: an agency's name as a field's value to its end: a semicolon, or a stop (or nothing) ending the line (group 1)
_FIELD_RUN_TOGETHER = regex.compile(r"([^;:.]*?\p{L})[ ]*(?:;|\.[ ]*$)")  # (not a line's end without a stop: the name
# may go on on the next line, "… - Phương-binh và Xã" / "hội trước ngày", the identity corpus's scan 688)


#: a Capitalised word ending its line, after a space
_CAPITALISED_WORD_ENDING_A_LINE = regex.compile(r"[ ]\p{Lu}\p{Ll}*\s*$")
#: a department's or ministry's head word in small letters right after a task's lead or partner label or "với", before
#: a Capitalised word ("đơn vị chủ trì: sở Giáo dục và Đào tạo")
_SMALL_HEAD_IN_A_FIELD = regex.compile(r"(?<=(?:chủ trì|phối hợp)[ ]?:[ ]{1,2}|phối hợp với[ ]|kết quả về[ ])(?:sở|bộ"
                                       r"|s[ơởớợuưựửứừeẽ])(?=[ ]\p{Lu})")  # (or where the report goes: "báo cáo
# kết quả về sở Lao động", a code's "v~Sa" glued, fresh seed 1562 code004, the deadline lost)


@lru_cache(maxsize=4)
def _small_agency_fields(agencies: tuple[str, ...]) -> regex.Pattern[str]:
    """A department's head word misread (an S and its vowels) before its field in small letters after a task's lead or
    partner label ("phối hợp: Sau nội vụ"): group 1 the head, 3 the field."""
    names = _agency_fields(agencies)[0]
    alternatives = "|".join(regex.escape(k) for k in sorted({a[3:].lower() for a in names if a[:2] == "Sở"},
                                                             key=len, reverse=True))
    return regex.compile(rf"(?<=(?:chủ trì|phối hợp)[ ]?:[ ]{{1,2}})(S(?:\p{{Ll}}{{1,2}}|{_STAND_IN_FOR_A_VOWEL}))"
                         rf"([;,:.)]?[ ])"
                         rf"((?i:{alternatives}))(?![\p{{L}}\d])")  # (its words' case as a scan left it: "chủ
    # trì: Số công Thương", real Tesseract-eng's "S6‘Céng Thuong" on fresh seed 2159, the lead lost)


#: a symbol code's stand-in for the head's vowel that the decoder left: a capital consonant or a symbol ("chủ trì: SC
#: TÀI chính", a code's "SC TUI chQnh" on fresh seed 7511 code, the lead lost)
_STAND_IN_FOR_A_VOWEL = r"[BCDFGHJKLMNPQRSTVXZ@#$%&*^~<>{}|\\]"


@lru_cache(maxsize=4)
def _agency_fields(agencies: tuple[str, ...]) -> tuple[frozenset[str], regex.Pattern[str]]:
    """The departments' and ministries' names of ``agencies`` (:func:`_agency_names`') and a pattern of a Capitalised
    two- or three-letter word (an S or B and its vowels) before any of their fields, maybe a speck or a figure after
    it."""
    names = frozenset(_agency_names(agencies)[0].values())
    return names, regex.compile(rf"(?<![\p{{L}}\d])([SB]\p{{Ll}}{{1,2}})([;,:.'‘’`_]{{0,2}}[ ](?:\d[ ])?)"
                                rf"({_fields_alternation(names)})"
                                rf"(?![\p{{L}}\d])")


def _fields_alternation(names: frozenset[str]) -> str:
    """The departments' and ministries' fields (their names after "Sở " or "Bộ ") as one alternation of a pattern, the
    longest first: "Nông nghiệp và Phát triển nông thôn|…|Nội vụ"."""
    return "|".join(regex.escape(k) for k in sorted({a[3:] for a in names}, key=len, reverse=True))


def fix_head_after_a_field_label(line: str, agencies: tuple[str, ...]) -> list[Edit]:
    """A department's head word "Sở" read as another short word after a task's field label, before the department's
    name written right: ``"- Đơn vị phối hợp: Để Nông nghiệp và Phát triển nông thôn."`` → "Sở" (sample 000's engine's
    "PS Nong nghiép", fresh seed 10047 eng000: the partner lost). Only "Sở" or "Bộ" stands there: "Bộ" where the word
    opens with a B and a ministry has the name, or no department has it; "Sở" otherwise (a plan's tasks fall to its
    own departments; :func:`fix_agency_head` reads a head of a department's letters anywhere)."""
    names = _agency_fields(agencies)[0]
    out: list[Edit] = [(m.start(1), m.end(1), "Bộ" if f"Sở {m.group(2)}" not in names or (
        m.group(1)[0] == "B" and f"Bộ {m.group(2)}" in names) else "Sở", 0.75)
        for m in _heads_after_a_field_label(agencies).finditer(line) if m.group(1) not in ("Sở", "Bộ")]
    if out:
        return out
    # (the head and the name's first word read as one word, the rest of the name right: "phối hợp: hướng nghiệp và
    # Phát triển nông thôn", a code's "SoN<;>Ng nghi^p", fresh seed 15553 code, the partner lost)
    heads, pattern = _tails_after_a_field_label(agencies)
    out = []
    for m in pattern.finditer(line):
        tail, head = heads[m.group(2).lower()]  # (its case as the name's: "Siêu hoạch và đầu tư", a code's "SiKi
        # ho^Ch va Pau tu", fresh seed 15824 code, the lead lost)
        if not head.endswith(f" {m.group(1)}"):
            out.append((m.start(1), m.end(2), f"{head} {tail}", 0.7))
        else:  # (the head lost, glued to the name's first word, which the decoder read alone: "chủ trì: Kế hoạch và
            # Đầu tư", real Tesseract-eng's "Soke hoach" on fresh seed 11344, the lead lost — after a task's label only
            # a department's name of five words or more stands so)
            out.append((m.start(1), m.start(1), "Sở ", 0.7))
    return out


@lru_cache(maxsize=4)
def _tails_after_a_field_label(agencies: tuple[str, ...]) -> tuple[dict[str, tuple[str, str]], regex.Pattern[str]]:
    """The departments' names of ``agencies`` of five words or more by their words after the first two, in small
    letters, each with those words and the two before them ("nghiệp và phát triển nông thôn" → ("nghiệp và Phát triển
    nông thôn", "Sở Nông")), and a pattern of one word after a task's field label before any of those tails in any
    case (group 1 the word, group 2 the tail)."""
    out: dict[str, tuple[str, str]] = {}
    for name in sorted(_agency_fields(agencies)[0]):
        words = name.split(" ")
        if name.startswith("Sở ") and len(words) >= 5:
            out.setdefault(" ".join(words[2:]).lower(), (" ".join(words[2:]), " ".join(words[:2])))
    tails = "|".join(regex.escape(tail) for tail, _head in sorted(out.values(), key=lambda x: len(x[0]), reverse=True))
    return out, regex.compile(rf"(?<=(?<![\p{{L}}\d])(?:chủ[ ]trì|phối[ ]hợp):[ ])(\p{{L}}{{2,7}})[ ]((?i:{tails}))"
                              rf"(?![\p{{L}}\d])")


@lru_cache(maxsize=4)
def _heads_after_a_field_label(agencies: tuple[str, ...]) -> regex.Pattern[str]:
    """A pattern of a Capitalised word of one to three letters after a task's field label ("chủ trì:", "phối hợp:")
    before a department's or ministry's field of ``agencies`` (group 2)."""
    return regex.compile(rf"(?<=(?<![\p{{L}}\d])(?:chủ[ ]trì|phối[ ]hợp):[ ])(\p{{Lu}}\p{{Ll}}{{0,2}})[ ]"
                         rf"({_fields_alternation(_agency_fields(agencies)[0])})(?![\p{{L}}\d])")


@lru_cache(maxsize=4)
def _agency_names(agencies: tuple[str, ...]) -> tuple[dict[str, str], regex.Pattern[str]]:
    """The departments' and ministries' names of ``agencies`` ("Sở …", "Bộ …") by their small letters, and one pattern
    that finds any of them in a line's small letters as whole words (the longest first)."""
    names = {a.lower(): a for a in agencies if a[:3] in ("Sở ", "Bộ ")}
    alternatives = "|".join(regex.escape(k) for k in sorted(names, key=len, reverse=True))
    return names, regex.compile(rf"(?<![\p{{L}}\d])(?:{alternatives})(?![\p{{L}}\d])")


#: a speck a scan read between two words of an agency's name: a comma, stop, colon, semicolon or quote, spaced or not
_SPECK_IN_A_NAME = regex.compile(r"[ ]*[,.;:'‘’`_]{1,2}[ ]*|[ ]+\p{Ll}[ ]+")
# (an underscore too, and a lone small letter between two words: "Sở Lao động - Thương binh ý và Xã hội", real
# Tesseract-eng on fresh seed 3767, the task's lead lost; no name has a word of one small letter)
_SPECK_GAP = rf"(?:{_SPECK_IN_A_NAME.pattern}|[ ]+)"


@lru_cache(maxsize=4)
def _agency_speck_pattern(agencies: tuple[str, ...]) -> regex.Pattern[str]:
    """Any department's or ministry's name of ``agencies`` with specks or spaces between its words (the longest
    first)."""
    names = sorted((a for a in agencies if a[:3] in ("Sở ", "Bộ ")), key=len, reverse=True)
    alternatives = "|".join(_SPECK_GAP.join("S[ởố]" if w == "Sở" else regex.escape(w) for w in a.split())
                            for a in names)  # (its head read "Số", which fix_agency_head then mends: "Số. Lao động")
    return regex.compile(rf"(?<![\p{{L}}\d])(?:{alternatives})(?![\p{{L}}\d])")


_DASH_IN_A_NAME = regex.compile(r"[ ]*-[ ]*")


@lru_cache(maxsize=4)
def _agency_dash_pattern(agencies: tuple[str, ...]) -> regex.Pattern[str]:
    """Any department's or ministry's name of ``agencies`` that holds no dash of its own, with a dash between two of its
    words (the longest first)."""
    names = sorted((a for a in agencies if a[:3] in ("Sở ", "Bộ ") and "-" not in a), key=len, reverse=True)
    alternatives = "|".join(r"(?:[ ]*-[ ]*|[ ]+)".join(regex.escape(w) for w in a.split()) for a in names)
    return regex.compile(rf"(?<![\p{{L}}\d])(?:{alternatives})(?![\p{{L}}\d])")


#: a speck's colon or semicolon after an agency's first words, before its "và" and a Capitalised word ("phối hợp với Sở
#: Nông nghiệp: và Phát" / "triển nông thôn": vetplan's OCR of fresh seed 4290's scan, the partner cut at the colon) —
#: no field or clause ends before "và"
_SPECK_BEFORE_AN_AGENCYS_AND = regex.compile(r"(?<=(?<![\p{L}\d])(?:Sở|Bộ)(?:[ ]\p{L}+){1,3})[:;](?=[ ]và[ ]\p{Lu})")


#: … or where the name goes on from the line before, its head there ("… phối hợp với Sở Nông" / "nghiệp: và Phát triển
#: nông thôn tổ chức": real Tesseract-eng on fresh seed 11668, the task's lead and partner lost)
_SPECK_BEFORE_AND_OPENING_A_LINE = regex.compile(r"(?<=^[ ]*(?:\p{L}+[ ]){0,2}\p{L}+)[:;](?=[ ]và[ ]\p{Lu})")
_AGENCY_HEAD_ENDING_A_LINE = regex.compile(r"(?<![\p{L}\d])(?:Sở|Bộ)(?:[ ]\p{L}+){0,2}[ ]*$")


#: specks opening a line whose agency is the value of a field label ending the line before ("… đơn vị phối hợp:" / "-_
#: Sở Nông nghiệp và Phát triển nông thôn; …": vetplan's OCR of fresh seed 7074's scan, the line read as an item of its
#: own and the partner lost)
_SPECKS_OPENING_A_FIELDS_VALUE = regex.compile(r"^[ ]*(?![-–—+][ ]+\p{Lu})[-–—_~.,'‘’`|]{1,3}[ ]*"
                                               r"(?=(?:Sở|Bộ|UBND|Phòng)[ ]\p{Lu})")  # (a list's dash alone stays: "-
# Sở Tài chính;" under "- Đơn vị phối hợp:" may be its first item)
_FIELD_LABEL_ENDING_A_LINE = regex.compile(r"(?<![\p{L}\d])(?:phối[ ]hợp|chủ[ ]trì)[ ]?:[ ]*$")


def specks_before_a_fields_value(line: str, before: str) -> list[Edit]:
    """``"… đơn vị phối hợp:"`` / ``"-_ Sở Nông nghiệp …"`` → "Sở Nông nghiệp …" (the label's value opening the line
    after it, specks before it; ``before`` the line above); a list's dash alone, or an item after any other line,
    stays."""
    if not _FIELD_LABEL_ENDING_A_LINE.search(before):
        return []
    return [(m.start(), m.end(), "", 0.8) for m in _SPECKS_OPENING_A_FIELDS_VALUE.finditer(line)]


def fix_speck_before_and_going_on(line: str, before: str) -> list[Edit]:
    """``"… với Sở Nông"`` / ``"nghiệp: và Phát triển nông thôn"`` → "nghiệp và Phát" (a speck's colon or semicolon
    inside a name that opened on the line ``before``)."""
    if not _AGENCY_HEAD_ENDING_A_LINE.search(before):
        return []
    return [(m.start(), m.end(), "", 0.8) for m in _SPECK_BEFORE_AND_OPENING_A_LINE.finditer(line)]


def fix_speck_inside_an_agency(line: str, agencies: tuple[str, ...]) -> list[Edit]:
    """A speck a scan read between the words of a department's or ministry's name (``agencies``), its words read right:
    ``"phối hợp với Sở Công, Thương tuyên truyền"`` → "Sở Công Thương" (vetplan's OCR of fresh seed 967's scan: the
    partner had been cut in two, "Sở Công" and "Thương"); a dash inside a name that has none ("Sở Thông tin và -
    Truyền thông": real Tesseract-eng on fresh seed 1541, read as two partners). Where the words before the speck are a
    name of their own it stays (a list: "Sở Y tế, Sở Công Thương" is two); "Sở Lao động - Thương binh" keeps its own."""
    if "Sở" not in line and "Bộ" not in line and "Số" not in line:
        return []
    out: list[Edit] = []
    for m in _agency_speck_pattern(agencies).finditer(line):
        if m.group() in agencies:  # (a name's own comma: "Sở Văn hóa, Thể thao và Du lịch")
            continue
        specks = list(_SPECK_IN_A_NAME.finditer(m.group()))
        if not any(m.group()[:g.start()] in agencies for g in specks):
            out += [(m.start() + g.start(), m.start() + g.end(), " ", 0.8) for g in specks]
    if " và " in line:  # ("Sở Nông nghiệp: và Phát")
        out += [(m.start(), m.end(), "", 0.8) for m in _SPECK_BEFORE_AN_AGENCYS_AND.finditer(line)]
    if "-" in line:
        for m in _agency_dash_pattern(agencies).finditer(line):
            dashes = list(_DASH_IN_A_NAME.finditer(m.group()))
            if dashes and not any(m.group()[:g.start()] in agencies for g in dashes):
                out += [(m.start() + g.start(), m.start() + g.end(), " ", 0.8) for g in dashes
                        if not any(e[0] < m.start() + g.end() and m.start() + g.start() < e[1] for e in out)]
    return out


#: a capital H Vietnamese OCR read as three strokes, its stems and its bar ("Cao lIlữu Thủy"), before the small vowel
#: its syllable goes on with: no Vietnamese word opens with such strokes
_H_AS_THREE_STROKES = regex.compile(r"(?<![\p{L}\d])[lI|]I[lI|](?=\p{Ll}+(?![\p{L}\d]))"
                                    r"(?=\p{Ll}*[àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵăâêôơưđ])")


#: … or its bar read as an i, the rest of its word without marks ("Lê Quang lIiuyen": vetplan's OCR of fresh seed
#: 2331's scan, the signer's name lost): H and the rest must spell a syllable
_H_AS_STROKES_AND_AN_I = regex.compile(r"(?<![\p{L}\d])[lI|]Ii(?=(\p{Ll}{2,6})(?![\p{L}\d]))")


#: a small l read as a closing bracket opening a word, no bracket opened before it on the line ("cho 2.000 ]ao động":
#: vetplan's OCR of fresh seed 2307's scan, read "]lao", the target lost): l and the rest must spell a syllable
_BRACKET_FOR_L = regex.compile(r"(?<![\p{L}\d\]\)])\](?=(\p{Ll}{1,5})(?![\p{L}\d]))")


def fix_bracket_read_for_l(line: str) -> list[Edit]:
    """``"cho 2.000 ]ao động"`` → "lao động" (before the decoder); a bracket some bracket opens before it stays."""
    return [(m.start(), m.end(), "l", 0.75) for m in _BRACKET_FOR_L.finditer(line)
            if "[" not in line[:m.start()] and "(" not in line[:m.start()] and is_valid_skeleton(skeleton("l" + m[1]))]


#: a rate's first figure read as a letter of its shape glued to "đạt" before it, the sign maybe with a speck after it
#: ("- Ty Je lao dong qua dao tao datG7,1%o.": real Tesseract-eng on fresh seed 3793, read "đạt,1%ở", the target lost)
_RATE_FIGURE_GLUED_AS_A_LETTER = regex.compile(r"(?<=(?<![\p{L}\d])(?i:d\S{1,2}t))(?P<fig>[GOoSBZl])"
                                               r"(?=\d?[,.]\d{1,2}%)")
_FIGURE_SHAPES = {"G": "6", "O": "0", "o": "0", "S": "5", "B": "8", "Z": "2", "l": "1"}
_SPECK_AFTER_A_RATE_SIGN = regex.compile(r"(?<=\d%)[oO](?=[.;,]?\s*$)")


#: … or a speck's quote and a space after its first figure ("dat 6‘ 2,5%.": sample 000's engine on fresh seed 5718
#: eng000, the target lost)
_SPECK_INSIDE_A_RATE = regex.compile(r"(?<=(?<![\p{L}\d])(?i:d\S{1,2}t)[ ]\d)[‘’'`][ ]?(?=\d[,.]\d{1,2}%)")


def fix_rate_figure_glued_as_a_letter(line: str) -> list[Edit]:
    """``"qua dao tao datG7,1%o."`` → "dat 67,1%." (before the decoder); ``"dat 6‘ 2,5%"`` → "62,5%"."""
    out = [(m.start(), m.end(), " " + _FIGURE_SHAPES[m["fig"]], 0.75)
           for m in _RATE_FIGURE_GLUED_AS_A_LETTER.finditer(line)]
    if out:
        out += [(m.start(), m.end(), "", 0.75) for m in _SPECK_AFTER_A_RATE_SIGN.finditer(line)]
    return out + [(m.start(), m.end(), "", 0.75) for m in _SPECK_INSIDE_A_RATE.finditer(line)]


#: a lone letter opening a line before a Capitalised word: a list item's dash a scan read as a letter, where the item
#: before it is one of a list (a dash opening it, a semicolon closing it)
_LETTER_FOR_A_LIST_DASH = regex.compile(r"^[ ]*\K[a-zA-Z](?=[ ]+\p{Lu}\p{Ll})")
_LIST_ITEM_BEFORE = regex.compile(r"^[ ]*[-–•~][ ]*\S[^;]*;")  # (a tilde's dash too: "~ UBND các huyện, thành phố;
# PHÓ GIÁM ĐỐC" above "z Chủ tịch, các PCT UBND tỉnh;", vetplan's OCR of fresh seed 3780's scan)


def fix_letter_read_for_a_list_dash(line: str, before: str) -> list[Edit]:
    """``"i Thường trực Tỉnh ủy;"`` under ``"- Bộ Lao động - Thương binh và Xã hội; PHÓ CHỦ TỊCH"`` → "- Thường trực"
    (real Tesseract-eng on fresh seed 3842: the recipient had run into the one before); under a line that is no list's
    item it stays."""
    return [(m.start(), m.end(), "-", 0.75) for m in _LETTER_FOR_A_LIST_DASH.finditer(line)
            if _LIST_ITEM_BEFORE.match(before)]


#: a lone letter, a speck, opening the line that holds only the title's year ("i nam 2022" under "… thành phố Chí
#: Linh": real Tesseract-eng on fresh seed 4026, the title read "Chí Linh i năm 2022")
_LETTER_BEFORE_A_LONE_YEAR = regex.compile(r"^[ ]*\K[a-zA-Z][ ]+(?=n\S{1,2}m[ ]+(?:19|20)\d\d[ .]*$)")


def fix_letter_before_a_lone_year(line: str) -> list[Edit]:
    """``"i nam 2022"`` → "nam 2022" (before the decoder); a lone letter between the year's word and the year that
    ends the line: ``"… thanh pho Hoa Lu nam n 2020"`` → "nam 2020"."""
    return [(m.start(), m.end(), "", 0.8) for m in _LETTER_BEFORE_A_LONE_YEAR.finditer(line)] + [
        (m.start(), m.end(), "", 0.8) for m in _LETTER_AFTER_THE_YEAR_WORD.finditer(line)]


#: … a lone letter, a speck, between the year's word and the year that ends the line ("thanh pho Hoa Lu nam n 2020":
#: real Tesseract-eng on fresh seed 6405, read "nam nữ 2020", the title lost)
_LETTER_AFTER_THE_YEAR_WORD = regex.compile(r"(?<=(?<![\p{L}\d])n\S{1,2}m)[ ]+[a-zA-Z](?=[ ]+(?:19|20)\d\d[ .]*$)")


def fix_h_read_as_strokes(line: str) -> list[Edit]:
    """A capital H that Vietnamese OCR read as three strokes before the rest of its word, which has its marks: ``"Cao
    lIlữu Thủy"`` → "Hữu" (fresh seed 877 scan: the signer's name had been lost); a word without a mark is left, but
    for strokes whose last is an i before letters that spell a syllable after an H: ``"lIiuyen"`` → "Huyen"."""
    return [(m.start(), m.end(), "H", 0.8) for m in _H_AS_THREE_STROKES.finditer(line)] + [
        (m.start(), m.end(), "H", 0.75) for m in _H_AS_STROKES_AND_AN_I.finditer(line)
        if is_valid_skeleton(skeleton("h" + m[1]))]


_VOWELS = frozenset("aeiouy")
VOWEL_TWICE_MIN_COUNT = 50.0  # the lexicon's count a word left by fix_vowel_read_twice must reach (huỳnh 572, phó 3497)


def fix_vowel_read_twice(line: str, count: Callable[[str], float]) -> list[Edit]:
    """A vowel Vietnamese OCR read twice, the copy with another mark or none, in a word that so spells no syllable:
    ``"PHÓO CHỦ TỊCH"`` → "PHÓ" (fresh seed 1254 scan: the signer's position had been lost), ``"Huỷỳnh Thu Thảo"`` →
    "Huỳnh" (1255: the signer's name had kept it), ``"THỰỤC HIỆN"`` → "THỰC". The tone mark is what OCR saw twice: a
    pair without one is left ("lII", a numeral; "Luu", Lưu with its ư's horn lost), and where one copy has it the other
    goes ("Liữu" is no "Liu"); where both have one, the word kept is the one ``count`` (the lexicon's count of a
    lower-case syllable) finds commonest; a word kept must be no rare one (``VOWEL_TWICE_MIN_COUNT``: "ĐÓỎC" is no
    "ĐÓC", count 0.5; the decoder reads it). Words that double a vowel rightly spell syllables ("xoong", "soóc") and
    are left."""
    out: list[Edit] = []
    for m in regex.finditer(r"\p{L}{3,}", line):
        word = m.group(0)
        low = word.lower()
        if len(low) != len(word) or is_valid_syllable(low):
            continue
        best: tuple[float, int] | None = None
        for k in range(1, len(low)):
            a, b = skeleton(low[k - 1]), skeleton(low[k])
            if a != b or a not in _VOWELS:
                continue
            marked = [split_tone(low[k - 1])[1] != 0, split_tone(low[k])[1] != 0]
            if not any(marked):
                continue
            for cut in ((k - 1, k) if all(marked) else (k - 1,) if marked[1] else (k,)):
                rest = low[:cut] + low[cut + 1:]
                if is_valid_syllable(rest) and (c := count(rest)) >= VOWEL_TWICE_MIN_COUNT and (
                        best is None or c > best[0]):
                    best = (c, cut)
        if best is not None:
            at = m.start() + best[1]
            out.append((at, at + 1, "", 0.8))
    return out


#: a quote a scan read between a count and its unit, for the space ("cho 1.050‘lao động nông thôn")
_QUOTE_AFTER_A_COUNT = regex.compile(r"(?<=(?<![\w/])\d[\d.,]*)[‘’'`][:;.,]?(?=\p{Ll}{2})"  # (a colon's speck after
                                     # it: "cho 650':lao động", vetplan's OCR of fresh seed 2130's scan, the target
                                     # lost)
                                     r"|(?<=(?<![\p{L}\d])(?i:th\S{1,3}ng|ng\S{1,3}y))['‘’`´](?=\d{1,2}(?!\d))")
# (… or between a date's word and its number: "từ thang’6 den", "truoe ngay'17/12/2024", real Tesseract-eng on fresh
# seeds 1756 and 1821 — the decoder had read the word with the figure as a mark, "tháng" alone, or left "ngay")


#: a quote a scan read for the space between two words of small letters ("Dao taonghé'cho lao d6ng": sample 000's engine
#: on fresh seed 4788 eng000, read "nghếch", the title lost): no Vietnamese word has an apostrophe between small
#: letters (a highland name's stands after a capital: "Ea H'Leo", "Cư M'gar")
_QUOTE_BETWEEN_SMALL_WORDS = regex.compile(r"(?<=\p{Ll}(?<![uo])\p{Ll})[‘’'`]{1,2}([bcdđghklmnpqrstvx]\p{Ll}{1,5})"
                                           r"(?![\p{L}\d'’])")
# (but a quote after a u or o and before a vowel is the horn Tesseract-eng reads so: "tru’éc" trước, "thu’c" thực; two
# quotes: "Xa hoi chi''tri, phoi hop", real Tesseract-eng on fresh seed 11668, read "chủ''trì", the task's lead lost)


#: … or before a citation's "số" read with a figure for its ố ("Thông tu's6 43/2016/TT-BLĐTBXH": real Tesseract-eng on
#: fresh seed 11887, read "tư 43/2016", the word lost)
_QUOTE_BEFORE_THE_NUMBER_WORD = regex.compile(r"(?<=\p{Ll})[‘’'`](?=s[6oô0ố][ ]+\d)")


def fix_quote_between_small_words(line: str) -> list[Edit]:
    """``"taonghé'cho lao"`` → "taonghé cho lao" (in a scan's text, before the decoder): the word after it a
    syllable; ``"tu's6 43/2016"`` → "tu s6 43/2016"."""
    return [(m.start(), m.start(1), " ", 0.75) for m in _QUOTE_BETWEEN_SMALL_WORDS.finditer(line)
            if is_valid_skeleton(skeleton(m[1]))] + [
        (m.start(), m.end(), " ", 0.75) for m in _QUOTE_BEFORE_THE_NUMBER_WORD.finditer(line)]


#: an l read as a 1 opening a word glued to the word before it ("nghé cho1ao d6ng nong thon": sample 000's engine on
#: fresh seed 4644 eng000, read "hoạt động", the title lost): a syllable before it, one after it with its l
_ONE_FOR_L_GLUED = regex.compile(r"(?<![\p{L}\d])(\p{Ll}{2,5})1(\p{Ll}{2,5})(?![\p{L}\d])")


#: … or to a count before "lao động" ("cho 8001aod9ngnong thon": sample 004's code on fresh seed 6018 code004, read
#: "8001áo động", the target lost) — no figure is glued to a word
_ONE_FOR_L_AFTER_A_COUNT = regex.compile(r"(?<=(?<![\p{L}\d.,])\d{1,3}(?:[.,]\d{3})*)1(?=ao[ ]?[dđDĐ]\S{1,3}ng)")


#: … or after a count and its space ("Daotao ngh~ cho 300 1ao d9ngong thor.": sample 004's code on fresh seed 14024
#: code004, read "300 cao ngồng", the target lost)
_ONE_FOR_L_AFTER_A_COUNT_SPACED = regex.compile(r"(?<=(?<![\p{L}\d.,])\d{1,3}(?:[.,]\d{3})*[ ])1"
                                                r"(?=ao[ ]?[dđDĐ]\S{1,3}ng)")


def fix_one_for_l_glued(line: str, words: bool = True) -> list[Edit]:
    """``"cho1ao động"`` → "cho lao" (in Tesseract-eng's text, before the decoder), ``"cho 8001aod9ng"`` → "800 laod9ng"
    (a code's too, whose figures inside words are stand-ins: ``words=False``, only after a count); "covid19" and "h9c"
    stay."""
    return [(m.end(1), m.start(2), " l", 0.75) for m in (_ONE_FOR_L_GLUED.finditer(line) if words else ())
            if is_valid_skeleton(skeleton(m[1])) and is_valid_skeleton("l" + skeleton(m[2]))] + [
        (m.start(), m.end(), " l", 0.75) for m in _ONE_FOR_L_AFTER_A_COUNT.finditer(line)] + [
        (m.start(), m.end(), "l", 0.75) for m in _ONE_FOR_L_AFTER_A_COUNT_SPACED.finditer(line)]


def fix_quote_after_a_count(line: str) -> list[Edit]:
    """A quote a scan read for the space between a count and its unit: ``"Đào tạo nghề cho 1.050‘lao động"`` → "1.050
    lao động" (fresh seed 974 eng: the target had been lost), or between a date's word and its number: ``"từ thang’6
    den"`` → "thang 6" (a line rewrite before the decoder)."""
    return [(m.start(), m.end(), " ", 0.8) for m in _QUOTE_AFTER_A_COUNT.finditer(line)]


#: one or two quotes a scan read for the space before a Capitalised word ("Sé'‘Lao dng": Sở Lao động), or a speck
#: before that space ("va’ Dao tao"); not after one letter, as a highland name's apostrophe stands ("Ea H'Leo",
#: "M'Nông")
_QUOTES_BEFORE_A_CAPITAL = regex.compile(r"(?<=\p{L}{2}|(?<![\p{L}\d])[SB][¢&@§6]{1,2}|(?<=(?:[:;]|với)[ ])S)"
                                         r"[‘’'`]{1,2}( ?)"
                                         r"(?=\p{Lu}(?:\p{Ll}|[¢&@§6](?=[ ]\p{Lu})))")  # (or before an agency's head
# whose vowel is a sign: "phdi hap Voi'S@ Tai chinh", real Tesseract-eng on fresh seed 3438, read "Với sở", the partner
# lost)
# (after an agency's head whose vowel was read as a sign: "phdi hop véi S¢'Ndi vu", sample 000's engine on fresh seed
# 4748 eng000, read "Số nội vụ", the partner lost; two signs for it: "S&¢'Nong nghiép", 8915 eng000, read "Sẽ nông";
# none, after a label or "với": "phoi hgp: S'Ké hoach", 8990 eng000, read "Kế hoạch", the head lost)
#: an opening quote after an agency's head word, before its name (Tesseract-eng's "So ‘Tai chinh": Sở Tài chính), where
#: no quote closes it on the line
_QUOTE_AFTER_A_HEAD = regex.compile(r"(?<=(?<!\p{L})[SB]\S{0,2}[ ])[‘'`](?=\p{Lu}\p{Ll})(?![^\n]*[’'`])")
#: quotes glued after an agency's head word, before the space and its name (Tesseract-eng's "So\" N6ng nghiép": Sở
#: Nông nghiệp, which had been 'Số" Nông nghiệp', the lead lost)
_QUOTES_GLUED_TO_A_HEAD = regex.compile(r"(?<=(?<![\p{L}\d])[SB][\p{L}&@¢§6]{0,2})[\"“”‘’'`]{1,2}(?=[ ]\p{Lu})")
# (its ở read as a sign: "vé S&' Lao dong", fresh seed 469 eng000)


#: a stop or colon and a quote a scan read for the space after an agency's head word, before its name ("- Don vi chu
#: tri: S&:'Tai chinh.", fresh seed 650 eng: read "Sẽ:'Tài chính", the lead lost)
_SPECKS_AFTER_A_HEAD = regex.compile(r"(?<=(?<![\p{L}\d])[SB][\p{L}&@¢§6]{0,2})[:;.,\-][‘’'`](?=\p{Lu}\p{Ll})")
# (or a hyphen and a quote: "Don vi phoi hop: So-'Tai chinh.", real Tesseract-eng on fresh seed 3159, read "Số-'Tài
# chính", the partner lost)


#: one or two quotes inside a word in capitals, after two capitals ("HUYEN HU’'U LONG": its Ữ's marks read as quotes);
#: not after one, as a highland name's apostrophe stands ("EA H'LEO")
_QUOTES_INSIDE_CAPITALS = regex.compile(r"(?<=(?<!\p{L})\p{Lu}{2,})[‘’'`]{1,2}(?=\p{Lu})")


#: an opening quote glued to a small word after a space ("trén “dia ban", "Tuyén truyén, “huong dan": sample 000's
#: engine read a speck so), or to a word of capitals on a header's line of capitals ("UY “BAN NHAN DAN"); a quoted title
#: opens with a capital ("Đề án “Giáo dục hướng nghiệp …", sample 000, its quote never closed), so that one is left
_OPENING_QUOTE_SPECK = regex.compile(r"(?<=[ ])[“\"‘](?=\p{Ll}{2}|\d)")
_OPENING_QUOTE_SPECK_IN_CAPITALS = regex.compile(r"(?<=(?<![\p{L}\d])\p{Lu}{2,}[ ])[“\"‘](?=\p{Lu}{2,}(?![\p{L}\d]))")
# (a single one too: "UBND- TINH ‘CAO BANG", real Tesseract-eng on fresh seed 1826, read "CAO ĐẲNG", the issuer lost)
#: … or a quote ending a header's line of capitals, opening nothing ("HUYEN BU BANG‘": sample 000's engine on fresh seed
#: 4761 eng000, the issuer's place not read as one, the date line's "Bt Ping" read "Đủ Đúng")
_QUOTE_ENDING_A_LINE_OF_CAPITALS = regex.compile(r"(?<=\p{Lu}{2})[‘’'`\"“”]{1,2}(?=\s*$)")


#: a closing guillemet a speck was read as, ending a line ("Đào tạo nghề cho lao dong nong thon nam 2017»": real
#: Tesseract-eng on fresh seed 848, the title kept it)
_LONE_GUILLEMET = regex.compile(r"(?<=[\p{L}\d.])[ ]?»(?=[ ]*$)")


def fix_lone_guillemet(line: str, before: str = "") -> list[Edit]:
    """``"… nong thon nam 2017»"`` → "… nam 2017", where no guillemet opens on the line or the lines ``before`` it (a
    quotation's close stays)."""
    if "«" in line or "«" in before:
        return []
    return [(m.start(), m.end(), "", 0.8) for m in _LONE_GUILLEMET.finditer(line)]


def fix_opening_quote_speck(line: str, next_line: str = "", header: bool = False) -> list[Edit]:
    """An opening quote no quote closes after it (on its line or the next), glued to a small word: ``"trén “dia ban
    thi xa"`` → "trén dia ban" (the plan's title had kept it) or to a figure (``"dén thang “6/2020"``, ``"théng ‘3"``:
    the task's time had been lost, fresh seeds 483 and 505 eng000), or, on a header's line of capitals (``header``), to
    a word of capitals: ``"UY “BAN NHAN DAN"`` → "UY BAN" (the issuer had kept it). A quote that closes stays: ``"thực
    hiện “mục tiêu kép”"``."""
    rx = _OPENING_QUOTE_SPECK_IN_CAPITALS if header and line.isupper() else _OPENING_QUOTE_SPECK
    ending = [(m.start(), m.end(), "", 0.8) for m in _QUOTE_ENDING_A_LINE_OF_CAPITALS.finditer(line)] \
        if header and sum(c.islower() for c in line) <= 1 else []  # (one small letter a stroke's: "TINH HAl DYDNG‘")
    return [(m.start(), m.end(), "", 0.8) for m in rx.finditer(line)
            if not any(q in line[m.end():] or q in next_line for q in _CLOSING_QUOTES[m.group()])] + ending


#: the quotes that may close each opening one (a double one no single: "Quyết định số 1956/QĐ-TTg “ngay 27/11/2009 …
#: như’ sau", sample 000's engine on fresh seed 4945 eng000, a speck's ’ later on the line had kept the date's quote)
_CLOSING_QUOTES = {"“": "”\"", "\"": "\"”", "‘": "’'"}


#: quotes glued after an agency's head word before its name's first word in small letters (group 1) — sample 000's
#: engine wrote a capital G small: "S6' giao duc va Dao tao chu tri" (fresh seed 5106 eng000, read "Số' giáo dục", the
#: task's lead lost)
_QUOTES_GLUED_TO_A_HEAD_BEFORE_SMALL = regex.compile(r"(?<=(?<![\p{L}\d])[SB][\p{L}&@¢§6]{0,2})[\"“”‘’'`]{1,2}"
                                                     r"(?=[ ](\p{Ll}+)[ ])")


def fix_quote_after_a_head_before_its_name(line: str, agencies: tuple[str, ...]) -> list[Edit]:
    """A quote glued after an agency's head word before its name written in small letters: ``"S6' giao duc va Dao tao
    chu tri"`` → "S6 giao duc" (then read Sở Giáo dục), where the small word is the plain letters of an agency's first
    word (``agencies``: "Sở Giáo dục và Đào tạo", …) and no quote opens before it on the line."""
    firsts = _agency_first_words(agencies)
    return [(m.start(), m.end(), "", 0.8) for m in _QUOTES_GLUED_TO_A_HEAD_BEFORE_SMALL.finditer(line)
            if plain_letters(m.group(1)) in firsts and not any(q in line[:m.start()] for q in "‘’'`\"“”")]


#: a speck's stop or comma after an agency's head word ("Phòng", "Sở", "Bộ") before its name's first word (group 1):
#: "báo cáo kết quả về Phòng. Lao động - Thương binh" (real Tesseract-eng on fresh seed 3568, the report's sentence
#: ended there and its deadline was lost)
_STOP_AFTER_AN_AGENCY_HEAD = regex.compile(r"(?<=(?<![\p{L}\d])(?<!(?i:các)[ ]+)(?:Phòng|Sở|Bộ))[.,;:!]"
                                           r"(?=[ ]*(\p{Lu}\p{Ll}*)[ ]+\p{L})")  # (glued too: "- Bộ,Lao động -
# Thương binh và Xã hội:", vetplan's OCR of fresh seed 3524's scan, the recipient kept it: a space for it; a "!":
# "Sở! Lao động", real Tesseract-eng's "So’! Lao dong" on fresh seed 5851, the lead kept it)
# (not after "các", whose colon opens a list of them: "Phối hợp với các Sở: Khoa học và Công nghệ, Thông tin và
# Truyền thông", sample 000)


def fix_stop_after_an_agency_head(line: str, agencies: tuple[str, ...]) -> list[Edit]:
    """``"về Phòng. Lao động - Thương binh"`` → "về Phòng Lao động" (read after the decoder): the word after the stop
    opens an agency's name (``agencies``: its plain letters an agency's first word after its head)."""
    firsts = _agency_first_words(agencies)
    return [(m.start(), m.end(), "" if line[m.end():m.end() + 1] == " " else " ", 0.75)
            for m in _STOP_AFTER_AN_AGENCY_HEAD.finditer(line) if plain_letters(m.group(1)) in firsts] + [
        (m.start(), m.end(), "Sở", 0.75) for m in _HEAD_S_AND_A_STOP.finditer(line)
        if plain_letters(m.group(1)) in firsts]


#: "Sở" read as its S and a stop after "phối hợp với" or a field's label, before an agency's name ("phối hợp với S. Công
#: Thương rà soát": real Tesseract-eng on fresh seed 10772, the partner lost)
_HEAD_S_AND_A_STOP = regex.compile(r"(?<=(?<![\p{L}\d])(?:với|trì:|hợp:)[ ])S\.(?=[ ](\p{Lu}\p{Ll}*)[ ]+\p{L})")


@lru_cache(maxsize=4)
def _agency_first_words(agencies: tuple[str, ...]) -> frozenset[str]:
    """The plain letters of each agency's name's first word after its head: "Sở Giáo dục và Đào tạo" → "giao"."""
    return frozenset(plain_letters(a.split(" ")[1]) for a in agencies if " " in a)


def fix_quotes_before_a_capital(line: str) -> list[Edit]:
    """Quotes a scan read for the space before a Capitalised word: ``"chủ trì: Sé'‘Lao dng"`` → "Sé Lao dng" (fresh seed
    1010 eng: the decoder had read "Sẽ", and the task's lead was lost), or as a speck before it: ``"va’ Dao tao"`` →
    "va Dao tao" (seed 1018: the partner had been "Sở Giáo dục và’ Đào tạo"); one that may close a quote opened before
    it on the line stays (``"Đề án ‘Đào tạo nghề’ Ủy ban"``); quotes inside a word in capitals go: ``"HUYEN HU’'U
    LONG"`` → "HUU" (fresh seed 1073 eng: the issuer had been "HUYỆN HỌ’'Ở LONG"), but a highland name's apostrophe
    after one letter (``"EA H'LEO"``); and an opening quote no other closes after an agency's head: ``"So ‘Tai
    chinh"`` → "So Tai chinh" (fresh seed 1048 eng: it had been "Số Tài chính", the partner lost), or glued after it:
    ``'So" N6ng nghiép'`` → "So N6ng nghiép" (unseen seed 1147 eng), where no quote opens before it."""
    heads = [m for m in _QUOTES_GLUED_TO_A_HEAD.finditer(line) if not any(q in line[:m.start()] for q in "‘’'`\"“")]
    return [(m.start(), m.end(), " ", 0.8) for m in _QUOTES_BEFORE_A_CAPITAL.finditer(line)
            if not (m.group(1) and any(q in line[:m.start()] for q in "‘’'`\"“"))
            and not any(h.start() < m.end() and m.start() < h.end() for h in heads)] + \
        [(m.start(), m.end(), " ", 0.8) for m in _SPECKS_AFTER_A_HEAD.finditer(line)] + \
        [(m.start(), m.end(), "", 0.8) for m in (*_QUOTES_INSIDE_CAPITALS.finditer(line),
                                                 *_QUOTE_AFTER_A_HEAD.finditer(line), *heads,
                                                 *_QUOTE_INSIDE_THE_DATED_PLACE.finditer(line))]


#: a quote speck before the place-date line's last word of the place ("S06: 268/KH-UBND Khanh ‘Hoa, ngay 27": real
#: Tesseract-eng on fresh seed 4149, read "Thành Hoa", the place lost) — no quote opens there
_QUOTE_INSIDE_THE_DATED_PLACE = regex.compile(r"(?<=\p{Lu}\p{Ll}{1,6}[ ])[‘’'`](?=\p{Lu}\p{Ll}{1,6},[ ]*ng\S{1,3}y)")


#: "Căn cứ" opening a line before the type of the document it cites, in a repaired line whose "cứ" the decoder read as
#: another word ("can c(Chi thj s6 24/CT-TTg", a code's: fresh seed 1111 code004, read "cần có Chỉ thị", the title had
#: run into it; "Can ca Quyet dinh", sample 000's engine, read "Cần có"): "c", a vowel, "n", then "c" and its vowel
_BASIS_OPENING = regex.compile(r"^(\s*)(?P<basis>[Cc]\p{L}[nm][ ]+(?:[cC]\p{L}{1,2}|t[ừứư]))[ ]+"
                               r"(?=(?i:chỉ thị|quyết định|thông tư|nghị định|kế hoạch|công văn)[ ]+(?i:số)[ ]+\d"
                               r"|Luật[ ]+\p{Lu})")  # (a cited document: its number, or a law's name; "Cần có kế hoạch
# cụ thể" stays; its n read m: "cam cir Chi thj", sample 004's code on fresh seeds 2865 and 3012 code004, read "cầm cự",
# the title run into the preamble; its c lost to the decoder: "Can ctr Thong tu", real Tesseract-eng on fresh seed
# 3909, read "Cần từ")


def fix_basis_opening(line: str) -> list[Edit]:
    """``"cần có chỉ thị số 24/CT-TTg"`` → "Căn cứ" (read after the decoder); written so, it is left, and so is "căn cứ"
    (a wrapped sentence's). Its second word Capitalised is a code's random capital: ``"căn Cứ Quyết định số"`` (fresh
    seed 1806 code004: the title had run into the preamble). Its "cứ" lost, the cited type's capital too: ``"cận thông
    tư số 43/2016/TT-BLĐTBXH"`` → "Căn cứ Thông tư số" (sample 004's code on fresh seed 5526 code004, "can c()Thong tu",
    read so: the title had run into the preamble)."""
    out = [(*m.span("basis"), "Căn cứ", 0.8) for m in _BASIS_OPENING.finditer(line)
           if m["basis"] not in ("Căn cứ", "căn cứ")]
    out += [(m.start(), m.end(), "Căn cứ", 0.7) for m in _BASIS_OPENING_READ_CAC.finditer(line)]
    for m in _BASIS_OPENING_ONE_WORD.finditer(line):
        out.append((*m.span("basis"), "Căn cứ", 0.75))
        if m["type"][0].islower():
            out.append((m.start("type"), m.start("type") + 1, m["type"][0].upper(), 0.75))
    return out


#: … its words glued and read "các", one cited document's type and number after it ("canC( Thong tu s6)43I2016": a
#: code's, fresh seed 9041 code004, read "các Thông tư số", the title had run into the preamble) — "các" before one
#: document's number is no phrase
_BASIS_OPENING_READ_CAC = regex.compile(r"^(?<=\s*)các(?=[ ]+(?:Chỉ thị|Quyết định|Thông tư|Nghị định|Công văn)[ ]+"
                                        r"số[ ]+\d{1,5}/)")
#: … its "cứ" lost, the one word before the cited document's type and number
_BASIS_OPENING_ONE_WORD = regex.compile(r"^(\s*)(?P<basis>[Cc]\p{L}[nm])[ ]+(?=(?P<type>(?i:chỉ thị|quyết định|thông tư"
                                        r"|nghị định|kế hoạch|công văn))[ ]+(?i:số)[ ]+\d)")


#: "Căn cứ" glued together opening a line before a Capitalised word, its "ứ" maybe lost ("Canc Quyét dinh so 1956":
#: real Tesseract-eng on fresh seed 3729, read "Các Quyết định", the title had run into the preamble)
_BASIS_OPENING_GLUED = regex.compile(r"^\s*[Cc][aăâ\p{M}àáảãạằắẳẵặầấẩẫậ]?[nm]"
                                     r"(?=[cC](?:[uúùủũụưứừửữựw]|i[rt]|t[ru])?[ ]+\p{Lu})")


#: "Ủy" parted after its U before "ban", on the line or opening the next ("… Xa hoi, U y" / "ban nhan dan tinh Nghe
#: An": real Tesseract-eng on fresh seed 3767, read "Tư ủy")
_UY_PARTED = regex.compile(r"(?<![\p{L}\d])[UỦuủ]\K[ ](?=[yỷ](?:[ ]+ban(?![\p{L}\d])|\s*$))")


def join_parted_uy(line: str, next_line: str = "") -> list[Edit]:
    """``"Xa hoi, U y ban nhan dan"`` → "Uy ban" (before the decoder), and ``"U y"`` ending a line whose next opens with
    "ban" (``next_line``); "U y" before other words is left."""
    opens_with_ban = next_line.lstrip().startswith("ban ")
    return [(m.start(), m.end(), "", 0.8) for m in _UY_PARTED.finditer(line)
            if opens_with_ban or line[m.end() + 1:].strip()]


def split_glued_basis_opening(line: str, coded: bool = False) -> list[Edit]:
    """``"Canc Quyét dinh so 1956/QD-TTg"`` → "Can c Quyét dinh" (before the decoder, which then reads "Căn cứ"); a
    word whose letters go on after its c otherwise than as a u's readings ("Cancer") is no such opening. In a symbol
    code (``coded``) its two words and the cited type glued, an l for a space before the type: ``"canCulThong tu s6
    43/2016ITT"`` → "can Cu Thong tu" (sample 004's code on fresh seed 11870 code004: the preamble had been taken into
    the title)."""
    if coded:
        return [e for m in _BASIS_OPENING_GLUED_CODED.finditer(line)
                for e in ((m.start("c"), m.start("c"), " ", 0.75), (*m.span("l"), " ", 0.75))] + [
            (m.start(g), m.start(g), " ", 0.75) for m in _BASIS_AND_CIRCULAR_GLUED_CODED.finditer(line)
            for g in ("a", "b", "c")]
    return [(m.end(), m.end(), " ", 0.75) for m in _BASIS_OPENING_GLUED.finditer(line)]


#: … a code's: "Căn cứ" and the cited type run together, "cứ" Capitalised by the code and an l for the space after it
_BASIS_OPENING_GLUED_CODED = regex.compile(r"^\s*[cC]\S{1,2}[nm](?P<c>C\S{1,2}?)(?P<l>l)"
                                           r"(?=(?:Th\S{1,3}ng[ ]t|Qu\S{1,3}t[ ]d|Ngh\S{1,2}[ ]d|Ch\S[ ]th)"
                                           r"\S{1,3}[ ]s)")


#: … or "cứ", "Thông tư" and "số" run together after "Căn" ("Can cirThongtus6 43I2016ITT-BLDTBXH": sample 004's code
#: on fresh seed 14732 code004, the citation lost): where the three spaces go
_BASIS_AND_CIRCULAR_GLUED_CODED = regex.compile(r"^\s*[cC]\S{1,2}n[ ]c\S{1,2}?(?P<a>)Th\S{1,3}?ng(?P<b>)t\S{1,2}?"
                                                r"(?P<c>)s[6oôố9](?=[ ]\d{1,5}[/I])")


#: the report's deadline word before its date ending the sentence in a repaired line, read as another word ("… Xã hội
#: thảo ngày 11/12/2021.", "của ngày 24/12/2017": a code's "twae", "ruae", fresh seeds 1101 and 1110 code004 — the
#: deadline had been lost), in a line that reports ("báo cáo")
#: a date ending its sentence and line ("… trước ngày 11/12/2021.")
_DATE_ENDING_THE_LINE = r"\d{1,2}/\d{1,2}/(?:19|20)\d\d[.,]?\s*$"  # (its stop read as a comma: "hội lrivoe ngay
# 10/12/2020,", real Tesseract-eng on fresh seed 3635, the deadline lost)
#: … its slashes maybe strokes or, the second, a "1", as read before the date's fixers mend them ("21/12I2022.")
_DATE_WITH_STROKES_ENDING_THE_LINE = r"(?:\d{1,2}[/Il|]\d{1,2}[/Il|1]|[0-3]?\d1[01]?\d[/1])(?:19|20)\d\d\.?\s*$"  # (or
# its first a "1" before a month written right: "Xa h9i ruacgay 24112/2018.", fresh seed 8607 code004; both: "Xa hoi
# ruo-C ngay 1611212020.", 16180 code004, the deadline lost)
_DEADLINE_WORD = regex.compile(rf"(?<=\p{{L}}[ ]+)\p{{Ll}}{{2,6}}(?=[ ]+ngày[ ]+{_DATE_ENDING_THE_LINE})"
                               rf"|(?<=^[ ]*)(?:[(\[{{|]\p{{Ll}}{{3,4}}|\p{{Ll}}{{3,6}})"
                               rf"(?=[ ]+ngày[ ]+{_DATE_ENDING_THE_LINE})")
# (or opening the line, its t read as a bracket: "(rước ngay 08/12/2021.", vetplan's OCR of fresh seed 1756's scan, the
# deadline lost; or its r lost: "tước ngay .17/12/2022.", 2036, below the report's sentence)
#: … the date on the next line, "ngày" ending this one ("… Xã hội truvde ngày" / "- 14/12/2023. —": real
#: Tesseract-eng on fresh seed 1709, the report's deadline lost)
_DEADLINE_WORD_ENDING_THE_LINE = regex.compile(r"(?<=\p{L}[ ]+)\p{Ll}{2,6}(?=[ ]+ngày\s*$)")
_DATE_OPENING_THE_LINE = regex.compile(r"^[\s\-–~_.]*\d{1,2}/\d{1,2}/(?:19|20)\d\d(?!\d)")
#: … "ngày" and the date opening the next line, the word before them ending this one, maybe parted by the horn a scan
#: read as a quote ("… Xã hội tru’déc" / "ngay 17/12/2016.": real Tesseract-eng on fresh seed 3717, read "trụ đốc", the
#: report's deadline lost): the word's (or two parts') letters as "trước"'s may be misread — t, r, a u, up to three
#: letters, its c (or e)
_DATE_WORD_OPENING_THE_LINE = regex.compile(r"^[\s\-–~_.]*ng\S{1,2}y[ ]+\d{1,2}/\d{1,2}/(?:19|20)\d\d(?!\d)")
_DEADLINE_PARTED_ENDING_THE_LINE = regex.compile(r"(?<=\p{L}[ ]+)[(\[{|]?\p{Ll}{2,6}(?:[ ]\p{Ll}{2,3})?(?=\s*$)")
# (its t read as a bracket: "… Thương binh và Xã hội (rước" / "ngày 16/12/2017.", vetplan's OCR of fresh seed 2563's
# scan, the deadline lost)
_LOOKS_LIKE_TRUOC = regex.compile(r"t?r[uw]\w{0,3}[ce]")
_REPORTS = regex.compile(r"(?i:báo[ ]?cáo)")
_SENTENCE_END = regex.compile(r"[.;:!?]\s*$")


#: "trước ngày" glued to the word before the report's date, as a code writes it ("Xa h9itruo-engay 07/12/2019": fresh
#: seed 1765 code004, read "h9itruo-engay", the report's deadline lost): a t, r, a vowel's letters or stand-ins, its c
#: (or the code's e), then "ngày" however written, before a date ending the sentence
_DEADLINE_WORDS_GLUED = r"tr[uư][^\s\d]{1,3}?[ce][nmr]g\S{1,2}y"
# (its n read m: "Xa hoi truacmgay16I12I2019.", sample 004's code on fresh seed 7445 code004, the deadline lost)
_DEADLINE_GLUED = regex.compile(rf"(?<=\S{{2}}){_DEADLINE_WORDS_GLUED}(?=[ ]+{_DATE_ENDING_THE_LINE})")
#: … or "trước" alone glued to the word before it, "ngày" apart ("Xa hgitruwddc ngay 09/12/2020.", "Xa h§itruéc ngay":
#: sample 000's engine on fresh seeds 3881 and 3917 eng000, the report's deadline lost)
_DEADLINE_WORD_GLUED_AFTER = regex.compile(r"(?<=\p{L}\S{1,4})t(?:[rn][uưwm]|w)[^\s\d]{1,4}?[ceC]"
                                           rf"(?=[ ]+ng\S{{1,2}}y(?:[ ]+\d{{1,2}}1\d{{1,2}}/(?:19|20)\d\d\.?\s*$"
                                           rf"|[ ]+{_DATE_WITH_STROKES_ENDING_THE_LINE}|\s*$))")
# (its r lost, its ư a code's w, its ớc "o-C", the date's first slash a 1: "Xa hoitwo-C ngay 13112/2018.", sample 004's
# code on fresh seed 5252 code004, the deadline lost; its ư an m: "XaM9itrmac ngay 14I12I2017.", 10795 code004)
# (its c read e, the date on the next line: "ve SovLao dong - Thuong binh va Na hortruoe ngay" / "13/12/2019.", real
# Tesseract-eng on fresh seed 3214, the deadline lost)
# (its r read n, the date's slashes strokes, before they are mended: "XaM9itnwac ngay 21/12I2022.", sample 004's code
# on fresh seed 4617 code004, the deadline lost)
#: … or standing alone, its r written n, its c a capital, a bracket for the space ("Xa hoi tnwaC)ngay 05/12/2018.":
#: fresh seed 1999 code004, the report's deadline lost)
_DEADLINE_BRACKETED = regex.compile(r"(?<=(?<![\p{L}\d])\S{0,8}[ ])t[rn][uưw][^\s\d]{0,2}?[ceC][)\]}]ng\S{1,2}y"
                                    rf"(?=[ ]+{_DATE_ENDING_THE_LINE})")
#: … or "trước ngày" run together alone, a code's l for the space maybe, the n read r, its date's slashes maybe strokes
#: ("Xa hQi truaengay 22I1212024.", "Xa hoi truaelrgay 05/12I2016.": fresh seeds 4222 and 4271 code004, the report's
#: deadline lost)
_DEADLINE_RUN_TOGETHER = regex.compile(r"(?<=(?<![\p{L}\d])\S{0,8}[ ])t?r(?:[uưw][^\s\d]{1,3}?|o)[ce]l?[nr]?g\S{1,2}y"
                                       # (its n lost too: "Xa h9i trurclgay 23I12/2017.", fresh seed 8580 code004; and
                                       # its t: "Xa h9i ruacgay 24112/2018.", 8607 code004; its ướ one o: "Xa h9i
                                       # trocrgay 19/12/2017.", 10414 code004)
                                       rf"(?=[ ]+{_DATE_WITH_STROKES_ENDING_THE_LINE})")
#: … or glued to its date too, a speck's hyphen inside it ("Xa h9i truo-cngay12I12I2024.": fresh seed 2164 code004, the
#: deadline lost)
_DEADLINE_GLUED_TO_ITS_DATE = regex.compile(rf"(?<=[ ]){_DEADLINE_WORDS_GLUED}"
                                            r"(?=\d{1,2}[/Il|]\d{1,2}[/Il|](?:19|20)\d\d\.?\s*$)")


#: … or its t lost, a speck's hyphen inside it, its c a capital ("Xa hoi ruo-C ngay 15I12I2022.": sample 004's code on
#: fresh seed 4770 code004, read "của-Có ngày", the deadline lost)
_DEADLINE_T_LOST = regex.compile(r"(?<=(?<![\p{L}\d])\S{1,8}[ ])(?!trước[ ])[rt][nr]{0,2}[uưwo][^\s\d]{0,3}?-?[ceC]"
                                 # (or its r lost: "Xa h9i two-C ngay 12I12/2022.", sample 004's code on fresh seed 8002
                                 # code004; its r read "nr", its ư lost: "Xa hoi tnro-e ngay 16/12I2021.", 15949
                                 # code004; "trước" written right is left)
                                 rf"(?=[ ]+ng\S{{1,2}}y[ ]+{_DATE_WITH_STROKES_ENDING_THE_LINE})")


def fix_deadline_glued(line: str) -> list[Edit]:
    """``"… Xa h9itruo-engay 07/12/2019."`` → "h9i trước ngày 07/12/2019." (before the decoder, which then reads the
    word it parts: hội), ``"Xa hoi tnwaC)ngay 05/12/2018."`` → "trước ngày"; a sentence without "báo cáo" on its line
    is left."""
    low = line.lower()
    if "bao" not in low and "cao" not in low and not _REPORTS.search(line):  # (its a misread: "bdo cao")
        return []
    return [e for m in _DEADLINE_GLUED.finditer(line)
            for e in ((m.start(), m.start(), " ", 0.75), (m.start(), m.end(), "trước ngày", 0.75))] + [
        (m.start(), m.end(), "trước ngày", 0.75) for m in _DEADLINE_BRACKETED.finditer(line)] + [
        (m.start(), m.end(), "trước ngày", 0.75) for m in _DEADLINE_RUN_TOGETHER.finditer(line)] + [
        (m.start(), m.end(), "trước ngày ", 0.75) for m in _DEADLINE_GLUED_TO_ITS_DATE.finditer(line)] + [
        (m.start(), m.end(), "trước", 0.75) for m in _DEADLINE_T_LOST.finditer(line)] + [
        e for m in _DEADLINE_WORD_GLUED_AFTER.finditer(line)
        for e in ((m.start(), m.start(), " ", 0.75), (m.start(), m.end(), "trước", 0.75))]


#: a speck opening a line before a date whose word ends the line before ("… trước ngày" / "-25/12/2018. |": vetplan's
#: OCR of fresh seed 2587's scan, the date taken for a list's item and the deadline lost)
_SPECK_OPENING_A_DATE = regex.compile(r"^[ ]*([-–~_.'‘’`]+[ ]?)(?=\d{1,2}/\d{1,2}/(?:19|20)\d\d(?!\d))")


#: … or before the date's word, "trước" ending the line before ("… Xã hội trudc" / "‘ngay 09/12/2022.": real
#: Tesseract-eng on fresh seed 4647, the deadline lost)
_SPECK_OPENING_A_DATES_WORD = regex.compile(r"^[ ]*([-–~_.'‘’`]+[ ]?)(?=ngày[ ]+\d{1,2}/\d{1,2}/(?:19|20)\d\d(?!\d))")
_DEADLINE_WORD_ENDING_A_LINE = regex.compile(r"(?<![\p{L}\d])trước\s*$")


def fix_speck_opening_a_date(line: str, before: str) -> list[Edit]:
    """``"-25/12/2018. |"`` under ``"… trước ngày"`` → "25/12/2018. |" (read after the decoder), ``"‘ngày
    09/12/2022."`` under ``"… trước"`` → "ngày 09/12/2022."; under another line a list's dash stays."""
    if (m := _SPECK_OPENING_A_DATE.match(line)) and _DATE_WORD_ENDING_A_LINE.search(before):
        return [(m.start(1), m.end(1), "", 0.8)]
    if (m := _SPECK_OPENING_A_DATES_WORD.match(line)) and _DEADLINE_WORD_ENDING_A_LINE.search(before):
        return [(m.start(1), m.end(1), "", 0.8)]
    return []


#: a task's time label ending its line with a speck after its colon, its value on the next ("… thời gian thực hiện:." /
#: "Quý IV/2017,": vetplan's OCR of fresh seed 2563's scan, the task's time lost)
_SPECK_AFTER_A_LABEL_ENDING_THE_LINE = regex.compile(r"(?<=(?<![\p{L}\d])(?:thực hiện|chủ trì|phối hợp)[ ]?:)"
                                                     r"[.,'‘’`]+(?=\s*$)")


def fix_speck_after_a_label_ending_the_line(line: str) -> list[Edit]:
    """``"… thời gian thực hiện:."`` → "thực hiện:" (read after the decoder), its value on the next line."""
    return [(m.start(), m.end(), "", 0.75) for m in _SPECK_AFTER_A_LABEL_ENDING_THE_LINE.finditer(line)]


def fix_deadline_word(line: str, before: str = "", after: str = "") -> list[Edit]:
    """``"… báo cáo kết quả về Sở … thảo ngày 11/12/2021."`` → "trước" (read after the decoder); "trước" and the words
    a date may follow in a report's sentence ("từ", "đến", "vào", "trong", "sau", "hết", "đúng") are left. The sentence
    may have begun on the line ``before`` ("… báo cáo Kết quả về Sở Lao động - Thương binh và Xã" / "hội rước ngày
    18/12/2018.": vetplan's OCR of fresh seed 877's scan, its t lost; the deadline had been lost), and the date on the
    line ``after`` ("… Xã hội truvde ngày" / "- 14/12/2023.")."""
    if not _REPORTS.search(line) and not (_REPORTS.search(before) and not _SENTENCE_END.search(before)):
        return []
    specks = [(m.start(), m.end(), "", 0.8) for m in _SPECK_BEFORE_THE_DEADLINES_DATE_WORD.finditer(line)]
    found = list(_DEADLINE_WORD.finditer(line))
    if not found and line.rstrip().endswith("ngày") and _DATE_OPENING_THE_LINE.match(after):
        found = list(_DEADLINE_WORD_ENDING_THE_LINE.finditer(line))
    if not found and _DATE_WORD_OPENING_THE_LINE.match(after):  # ("… Xã hội trụ đốc" / "ngày 17/12/2016.")
        found = [m for m in _DEADLINE_PARTED_ENDING_THE_LINE.finditer(line) if _LOOKS_LIKE_TRUOC.fullmatch(
            plain_letters(m.group()).replace(" ", ""))]
    return specks + [(m.start(), m.end(), "trước", 0.75) for m in found if m.group() not in _DATE_BEFORE]


#: a speck glued before "ngày" after "trước" ("… Xã hội trước :ngày 22/12/2018.": vetplan's OCR of fresh seed 2375's
#: scan, the report's deadline lost)
_SPECK_BEFORE_THE_DEADLINES_DATE_WORD = regex.compile(r"(?<=(?<![\p{L}\d])trước[ ]+)[:;.,'‘’`]+(?=ngày[ ]+\d)")


_DATE_BEFORE = frozenset(("trước", "từ", "đến", "vào", "trong", "sau", "hết", "đúng", "tới", "chậm", "nhất", "là",
                          "khoảng"))


#: a scan's stop inside a word before its last one or two letters ("truo.c ngay": trước; "c" is no word of its own)
_STOP_INSIDE_A_WORD = regex.compile(r"(?<![\p{L}\d])(\p{L}{2,6})\.(\p{Ll}{1,2})(?![\p{L}\d.])")


def join_stop_parted_word(line: str, misread_letters: bool = False) -> list[Edit]:
    """A word a scan's stop parted before its last letters, none a syllable alone: ``"truo.c ngay 08/12/2016"`` →
    "truoc" (the decoder had read "trước có": the deadline had been lost); where the letters after the stop are a
    syllable, or the two parts no syllable together, it is left ("TP.Hà", "v.v") — but a colon before a last letter
    that is no syllable where a scan misreads letters (``misread_letters``, Tesseract-eng's): ``"Phat trl:n ndng
    thdn"`` → "trln", triển (sample 000's engine on fresh seed 5966 eng000, read "Phát từ:ở", the partner lost)."""
    out: list[Edit] = []
    for m in _STOP_INSIDE_A_WORD.finditer(line):
        left, right = m.group(1), m.group(2)
        if not is_valid_skeleton(skeleton(right)) and is_valid_skeleton(skeleton((left + right).lower())):
            out.append((m.start(1) + len(left), m.start(2), "", 0.8))
    if ":" in line or ";" in line:  # a colon or semicolon inside a word, no stop's place: "Sở L:ao động" (vetplan's OCR
        # of fresh seed 1683's scan, read "L:lao", the lead lost), where the two parts make one syllable
        out += [(m.end(1), m.start(2), "", 0.8) for m in _COLON_INSIDE_A_WORD.finditer(line)
                if (is_valid_skeleton(skeleton((m.group(1) + m.group(2)).lower())) or (
                    misread_letters and len(m.group(2)) == 1 and line[m.end(1)] == ":" and m.group(1)[1:].islower()))
                and not (is_valid_skeleton(skeleton(m.group(1).lower())) and is_valid_skeleton(skeleton(m.group(2))))]
    return out


_COLON_INSIDE_A_WORD = regex.compile(r"(?<![\p{L}\d])(\p{L}{1,6})[:;](\p{Ll}{1,6})(?![\p{L}\d])")


#: the plan's issuer as its basis sentence names it: "Ủy ban nhân dân huyện Đắk R'Lấp ban hành Kế hoạch" (the type,
#: then the place's Capitalised words)
_ISSUER_THE_BODY_NAMES = regex.compile(r"(?<![\p{L}\d])(?:[Ủủ]y ban nhân dân|UBND)[ \n]+"
                                       r"(tỉnh|thành phố|huyện|quận|thị xã)[ \n]+"
                                       r"(\p{L}[\p{L}']*(?:(?:[ \n]|[ ]-[ ])\p{Lu}[\p{L}']*){0,3})[ ,\n]+ban hành\b")
# (across a line's end too: "… Ủy ban nhân dân tỉnh" / "Lai Châu ban hành Kế hoạch", fresh seed 1816; a province named
# by two places, "tỉnh Bà Rịa - Vũng Tàu ban hành": sample 000's engine's header "TINH BD RIA - VUNG TAU", fresh seed
# 3386 eng000, the issuer lost; its Ủ read small, a code's "ay ban" after a comma, fresh seed 4026 code: the date line's
# glued "Ch@Linh" had been read "Chính"; its first capital a code's small letter, "huyện ứng Hòa" of ",rNg H(ra", fresh
# seed 14846 code: header and date line misread, issuer and place lost — the name then the gazetteer's, capitalised)
#: a header line's place type in capitals and the words after it (up to the motto's first word in small letters)
_TYPE_AND_PLACE_IN_CAPITALS = regex.compile(r"(?<![\p{L}\d])(TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ)[ ]+"
                                            r"(\S+(?:[ ]\S+){0,4})")
#: a word of capitals opening a header's line and the words after it: a place's type word misread, and its place
_MISREAD_TYPE_OPENING_A_LINE = regex.compile(r"^[ ]*(\p{Lu}{3,6})[ ]+(\S+(?:[ ]\S+){0,4})")
#: the place-date line's place: the words before ", ngày"
_PLACE_BEFORE_THE_DATE = regex.compile(r"^(\s*)([^\s,\d][^,\d]{0,40}?)[ ]*,[ ]*ngày[ ]+\d")
#: first letters a scan reads one for another in a place's name (Đ as B or P, "BIK R'LAP" for ĐẮK R'LẤP)
_FIRST_LETTER_CLASS = {"b": "d", "p": "d", "l": "i"}  # (a highland name's I read L: "HUYEN LA GRAI" for Ia Grai, real
# Tesseract-eng on fresh seed 3199, the issuer lost)


def issuer_place_the_body_names(text: str, is_place: Callable[[str, str], bool]) -> tuple[str, str] | None:
    """The issuing committee's (type, place) as the plan's basis sentence names it, repaired (``is_place(type, name)``:
    the gazetteer has the name with that type): ``"… Ủy ban nhân dân huyện Đắk R'Lấp ban hành Kế hoạch như sau:"`` →
    ("huyện", "Đắk R'Lấp"); None where no sentence names one, or two name different places."""
    found = {(m[1], name[:1].upper() + name[1:]) for m in _ISSUER_THE_BODY_NAMES.finditer(text)
             if is_place(m[1], name := m[2].replace("\n", " "))}
    return found.pop() if len(found) == 1 else None


def _near_the_place(text: str, place: str) -> bool:
    """Whether ``text`` is ``place`` as damage may leave it: as many words, one more or one fewer, the same first letter
    (Đ read B or P), a letter in three at most misread ("ĐỒNG VÀ", "bóng Nói" for Đồng Nai; "ĐƯA RA LẬP" for Đắk
    R'Lấp)."""
    from rapidfuzz.distance import Levenshtein

    a, b = skeleton(text.lower()).replace("'", ""), skeleton(place.lower()).replace("'", "")
    if not a or abs(len(text.split()) - len(place.split())) > 1:
        return False
    first = _FIRST_LETTER_CLASS.get(a[0], a[0])
    return first == _FIRST_LETTER_CLASS.get(b[0], b[0]) and Levenshtein.distance(a, b) <= max(2, (len(b) + 2) // 3)


def _first_word_off(text: str, place: str) -> bool:
    """Whether ``text`` is a place of two words or more but for its first word, misread with another first letter, the
    others' plain letters right: "LÀ CANG CHẢI" for Mù Căng Chải (a code's "HUY~NMlU CANG cHAI", fresh seed 15415
    code004, the issuer lost)."""
    a, b = text.split(" "), place.split(" ")
    return len(a) == len(b) >= 2 and len(a[0]) <= len(b[0]) + 1 and skeleton(" ".join(a[1:]).lower()) == skeleton(
        " ".join(b[1:]).lower())


def _in_capitals_but_a_stand_in(word: str) -> bool:
    """Whether a header's word is in capitals, but maybe for one small letter after its first two, a code's stand-in
    for a marked vowel: "MƯỜNG", "CHWANGMlY" (Chương Mỹ) yes, "Độc" no."""
    small = sum(c.islower() for c in word)
    return small == 0 or (small == 1 and len(word) >= 4 and word[:2].isupper())


def _consonants_kept(text: str, place: str) -> bool:
    """Whether ``text`` is ``place`` as a code writes it, its vowels coded as other signs and letters and its space
    maybe lost, the place's consonants kept in order: the same first and last letter, as long or up to three letters
    longer or two shorter — "MTIRANG LÀ" for Mường La, "CHWANGMlY" for Chương Mỹ (sample 004's code on fresh seeds
    17272 and 17082, the issuer lost; its date line and basis sentence read right)."""
    a = skeleton(text.lower()).replace(" ", "").replace("'", "")
    b = skeleton(place.lower()).replace(" ", "").replace("'", "")
    if not a or a[0] != b[0] or a[-1] != b[-1] or not len(b) - 2 <= len(a) <= len(b) + 3:
        return False
    rest = iter(a)
    return all(c in rest for c in b if c not in BASE_VOWELS)


def header_place_as_the_body_names(line: str, place_type: str, place: str, is_place: Callable[[str], bool],
                                   date_line: bool = False, issuer_names_it: bool = False,
                                   dated_names_it: bool = False) -> list[Edit]:
    """The issuer's place in a header line after its type word in capitals, or the place-date line's place
    (``date_line``), written as the body's basis sentence names it (:func:`issuer_place_the_body_names`) where damage
    left it near that name and no place of its own: ``"HUYỆN ĐƯA RA LẬP"`` → "HUYỆN ĐẮK R'LẤP", ``"bóng Nói, ngày 08
    …"`` → "Đồng Nai, ngày" (fresh seeds 2562 and 2452: header and date line both misread, the issuer and place lost;
    the basis sentence had them right). A place read right, or another real place, stays — but on the date line where
    the header's issuer names the body's place too (``issuer_names_it``: "Thái Bình, ngày" under "HUYỆN THỚI BÌNH", a
    code's "Thai Binh" both, fresh seed 4501 code004, the place lost)."""
    out: list[Edit] = []
    if date_line:
        m = _PLACE_BEFORE_THE_DATE.match(line)
        if m is not None and m[2] != place and _near_the_place(m[2], place) and (
                issuer_names_it or not is_place(m[2])):
            out.append((m.start(2), m.end(2), place, 0.7))
        return out
    from rapidfuzz.distance import Levenshtein

    found = list(_TYPE_AND_PLACE_IN_CAPITALS.finditer(line))
    if not found and (m := _MISREAD_TYPE_OPENING_A_LINE.match(line)) and " " not in place_type and (
            (typ := skeleton(m[1].lower()))[0] == skeleton(place_type)[0]
            and Levenshtein.distance(typ, skeleton(place_type)) <= 2):
        found = [m]  # (the type word misread too: "TINEE LÀ CHÂU" under "ỦY BAN NHÂN DÂN", the date line's and the
        # basis sentence's "Lai Châu" read right — real Tesseract-eng on fresh seed 1816, the issuer lost)
    for m in found:
        if skeleton(m[1].lower()) != skeleton(place_type) and m.re is _TYPE_AND_PLACE_IN_CAPITALS:
            continue
        words = list(itertools.takewhile(_in_capitals_but_a_stand_in, m[2].split(" ")))
        n = len(place.split())
        best: tuple[int, str] | None = None
        for k in (n, n + 1, n - 1):  # (the words the place may have become: one more where a speck split one)
            if not 0 < k <= len(words):
                continue
            text = " ".join(words[:k])
            if text.upper() == place.upper() or (k == n and is_place(text) and not dated_names_it):
                return []  # (a place of its own as many words long: "HUYỆN THẠNH HÓA" under a basis sentence's "huyện
                # Thanh Hà", sample 000's engine on fresh seed 3080 eng000, had become "THANH HÀ HÓA", its first word
                # taken for the body's two)
            if (_near_the_place(text, place) or (dated_names_it and not is_place(text) and (
                    _first_word_off(text, place) or _consonants_kept(text, place)))) and (
                    not is_place(text) or dated_names_it):  # (another real place
                # where the place-date line names the body's too, two lines against one: "HUYỆN PHÚ RIỀNG" above "Phú
                # Lương, ngày", sample 000's engine's "PHU LIRÉNg" on fresh seed 7993 eng000, the issuer lost)
                off = Levenshtein.distance(plain_letters(text), plain_letters(place))
                if best is None or off < best[0]:  # (the nearest of the words' counts: a code's "PLEI KU" under a
                    # basis sentence's "Pleiku" is both words, fresh seed 8515 code004 — "PLEI" alone had left "KU")
                    best = (off, text)
        if best is not None:
            out.append((m.start(2), m.start(2) + len(best[1]), place.upper(), 0.7))
            if m[1] != place_type.upper():
                out.append((m.start(1), m.end(1), place_type.upper(), 0.7))
            return out
    return out


#: a speck read as a stop or comma between the two words of a signer's position in capitals ("PHÓ CHỦ.TỊCH", "PHÓ
#: GIÁM.ĐỐC"): no position has one there
_SPECK_INSIDE_A_POSITION = regex.compile(r"(?<=(?<![\p{L}\d])(?:CHỦ|GIÁM))[.,:;'‘’`](?=(?:TỊCH|ĐỐC)(?![\p{L}\d]))"
                                         r"|(?<=(?<![\p{L}\d])PHÓ)[.,:;'‘’`]"
                                         r"(?=(?:CHỦ|GIÁM)[ ](?:TỊCH|ĐỐC)(?![\p{L}\d]))")
# (or after "PHÓ": "Xã hội; PHÓ.CHỦ TỊCH", real Tesseract-eng on fresh seed 2199, the deputy's position lost)
#: … or before a space, the decoder's reading of the word after it off by its mark ("PHÓ CHỦ. TÍCH": real
#: Tesseract-eng on fresh seed 1551, the deputy's position lost); "chủ tích" is no word
_SPECK_AND_MARK_IN_A_POSITION = regex.compile(r"(?<=(?<![\p{L}\d])CHỦ)(?:[.,:;'‘’`][ ]?|[ ])"
                                              r"(?=T[ÍÌỈĨIỊ]CH(?![\p{L}\d]))")


#: the deputy's "PHÓ" read as another word of PH and one capital before a position ("PHÉ g1AM DO6C" read "PHỐ GIÁM
#: ĐỐC": sample 000's engine on fresh seed 2724 eng000, the position lost)
_DEPUTY_WORD_MISREAD = regex.compile(r"(?<![\p{L}\d])(?!PHÓ[ ])PH(?:\p{Lu}|[IÍl|]Ó)[.,:;]?"
                                     r"(?=[ ]+(?:GIÁM ĐỐC|CHỦ TỊCH)(?![\p{L}\d]))")
# (a stroke before its Ó: "Thường trực HĐND tỉnh; PHIÓ GIÁM ĐỐC", vetplan's OCR of fresh seed 2528's scan, the position
# lost)
# (a speck's stop after it: "PHO. GIAM DOC", real Tesseract-eng on fresh seed 1658, read "PHỐ."; or colon: "PHO: CHU
# TICH", 2521, read "PHỐ:", the position lost)


#: the people's committee's name in capitals with specks between its words ("ỦY BAN NHÂN:- DÂN": real Tesseract-eng on
#: fresh seed 1587, kept in the issuer)
_COMMITTEE_WITH_SPECKS = regex.compile(r"(?<![\p{L}\d])ỦY(?:[.,:;\-–'‘’`]{0,3}[ ]){1,2}"
                                       r"BAN(?:[.,:;\-–'‘’`]{0,3}[ ]){1,2}"
                                       r"NHÂN(?:[.,:;\-–'‘’`]{0,3}[ ]){1,2}DÂN(?![\p{L}\d])"
                                       r"|(?<![\p{L}\d])ỦY[ ]BAN[.,:;'‘’`]NHÂN[ ]DÂN(?![\p{L}\d])"
                                       r"|(?<![\p{L}\d])ỦY[ ][a-zđĐ]BAN[ ]NHÂN[ ]DÂN(?![\p{L}\d])")  # (or for
# the space: "TM. ỦY BAN.NHÂN DÂN", vetplan's OCR of fresh seed 1821's scan; a speck's letter glued before BAN: "UY
# bBAN NHAN DAN", sample 000's engine on fresh seed 15800 eng000, read "ỦY ĐBAN", the issuer lost)


def fix_specks_inside_the_committee(line: str) -> list[Edit]:
    """``"ỦY BAN NHÂN:- DÂN"`` → "ỦY BAN NHÂN DÂN" (read after the decoder); written right it stays."""
    return [(m.start(), m.end(), "ỦY BAN NHÂN DÂN", 0.8) for m in _COMMITTEE_WITH_SPECKS.finditer(line)
            if m.group() != "ỦY BAN NHÂN DÂN"]


#: the chairman's "TỊCH" with a stroke glued after it ending a line ("Bộ Lao động - Thương binh và Xã hội CHỦ TICHI":
#: real Tesseract-eng on fresh seed 10819, the signature's column run into the recipients' line, the position lost)
_CHAIRMAN_WORD_AND_A_STROKE = regex.compile(r"(?<![\p{L}\d])CHỦ[ ](T[ÍÌỈĨIỊ]CH[Il|]|[1Il|][ ][ÍÌỈĨIỊ]CH"
                                             r"|L[ịiíì]ch)(?=\s*$)")  # (group 1 the misread word; the match opens
# with "CHỦ", which the search finds fast) (its T read L: "HDND tink CHU Lich", real Tesseract-eng on fresh seed 11557,
# read "CHỦ Lịch", the position lost)
# (or its T read as a figure one and a space: "Tỉnh ủy; PHO CHU 1 ICH", real Tesseract-eng on fresh seed 11479, the
# position lost)


#: the signature column's "KT." read with a small k and a 1 before the chairman's or director's position ("Chủ tịch,
#: các PCT UBND tỉnh k1. CHỦ TỊCH": vetplan's OCR of fresh seed 7053's scan, the deputy's position below it lost to it)
_ON_BEHALF_MARK_MISREAD = regex.compile(r"(?<![\p{L}\d])[kK][1lI|T]\.(?=[ ]+(?:CHỦ[ ]TỊCH|GIÁM[ ]ĐỐC)(?![\p{L}\d]))")
#: a deputy chairman's "PHÓ CHỦ" as a scan misread them in the signature column, its H read as strokes, an E before
#: them, and "CHỦ" read "CHIU" ("- Thường trực HĐND tỉnh PEIIO CHIU TỊCH": vetplan's OCR of fresh seed 7088's scan,
#: read "PEIIO CHỊU TỊCH", the signer's position lost) — no "CHỊU TỊCH" is said
_DEPUTY_CHAIRMANS_WORDS_MISREAD = regex.compile(r"(?<![\p{L}\d])(?P<deputy>P[EF]?I[IlL][OÓ0][ ]+)?"
                                                r"(?P<chair>CH(?:[IỊÍ]U|Ủ))(?=[ ]+TỊCH(?![\p{L}\d]))")


def fix_speck_inside_a_position(line: str) -> list[Edit]:
    """A scan's speck between a position's words, for the space: ``"… Xã hội; PHÓ CHỦ.TỊCH"`` → "CHỦ TỊCH", ``"PHÓ
    GIÁM.ĐỐC"`` → "GIÁM ĐỐC" (real Tesseract-eng on fresh seeds 1516 and 1518, the signature column run into the
    recipients' line: each position lost), ``"PHÓ CHỦ. TÍCH"`` → "CHỦ TỊCH", ``"PHỐ GIÁM ĐỐC"`` → "PHÓ"; read after the
    decoder; ``"PEIIO CHỊU TỊCH"`` → "PHÓ CHỦ TỊCH"."""
    out = [(m.start(), m.end(), " ", 0.8) for m in _SPECK_INSIDE_A_POSITION.finditer(line)]
    out += [(m.start(), m.end(), "PHÓ", 0.8) for m in _DEPUTY_WORD_MISREAD.finditer(line)]  # ("PHỐ GIÁM ĐỐC")
    out += [(*m.span(1), "TỊCH", 0.8) for m in _CHAIRMAN_WORD_AND_A_STROKE.finditer(line)]  # ("CHỦ TICHI")
    out += [(m.start(), m.end(), "KT.", 0.8) for m in _ON_BEHALF_MARK_MISREAD.finditer(line) if m[0] != "KT."]
    for m in _DEPUTY_CHAIRMANS_WORDS_MISREAD.finditer(line):  # ("PEIIO CHIU TỊCH")
        if m["deputy"]:
            out.append((m.start("deputy"), m.end("deputy"), "PHÓ ", 0.8))
        if m["chair"] != "CHỦ":
            out.append((*m.span("chair"), "CHỦ", 0.8))
    for m in _SPECK_AND_MARK_IN_A_POSITION.finditer(line):
        if m.group() != " " or line[m.end():m.end() + 4] != "TỊCH":
            out.append((m.start(), m.end() + 4, " TỊCH", 0.8))
    return out


#: the recipients' usual items: the party's and the council's standing bodies, the committee's chairman and deputies,
#: the departments and the lower committees, for each level of issuer (each form stays as written)
_LEVELS = tuple(_AREA_TYPES.values())  # ("tỉnh", "huyện", …)
STANDARD_RECIPIENTS = (
    *(f"Thường trực {w} ủy" for w in ("Tỉnh", "Thành", "Huyện", "Quận", "Thị")),
    *(f"Thường trực HĐND {w}" for w in _LEVELS), *(f"Chủ tịch, các PCT UBND {w}" for w in _LEVELS),
    *(f"Chủ tịch, các Phó Chủ tịch UBND {w}" for w in _LEVELS),
    "UBND các huyện, thành phố", "UBND các huyện, thị xã, thành phố", "UBND các quận, huyện",
    "UBND các xã, phường, thị trấn", "UBND các xã, thị trấn", "Các sở, ban, ngành")
#: the signature column's mark ("KT", "TM") as a word
_SIGNATURE_MARK = regex.compile(r"(?<![\p{L}\d])(?:KT|TM)(?![\p{L}\d])")
#: a recipient's item: its dash, its words, its closing sign
_RECIPIENT_ITEM = regex.compile(r"^([ ]*[^\p{L}\d\s'‘’`\"“”]?[ ]*)(\S.{4,60}?)"
                                r"([ ]*[;.,:]?[ ]*(?:(?:KT|TM)[.,:]{1,2}[ ]*)?(?:PHÓ[ ])?(?:CHỦ TỊCH|GIÁM ĐỐC)?[ ]*)$")
# (the signature's column's position after it: "Chủ tịch, các PCT U.UBND tỉnh CHỦ TỊCH", real Tesseract-eng on fresh
# seed 11186, its dash lost too)


@cache
def _standard_recipients_letters() -> tuple[tuple[str, str], ...]:
    return tuple((plain_letters(x), x) for x in STANDARD_RECIPIENTS)


def recipient_as_its_usual_item(line: str, level: str | None = None) -> list[Edit]:
    """A recipient's item (a line below "Nơi nhận:") that damage left near one usual item only
    (:data:`STANDARD_RECIPIENTS`), its letters a fifth of the item's off at most, written as the item is: ``"- Thường
    trực Tỉnh tây;"`` → "Thường trực Tỉnh ủy" (sample 000's engine's "Tinh tiy" on fresh seed 15135 eng000), ``"-
    Chủ tịch, cacPCTuBND tỉnh;"`` → "Chủ tịch, các PCT UBND tỉnh" (a code's, 15040 code004); read after the decoder. An
    item near two stays ("Thường trực cảnh ý": Tỉnh ủy or Thành ủy) — but for the one of the issuer's ``level`` (its
    type word, "tỉnh": a code's "Th9ong tr^cTfinh <;>y" under "UBND TỈNH …", fresh seed 15108 code) — as does one near
    none, or a usual item written right."""
    from rapidfuzz.distance import Levenshtein

    m = _RECIPIENT_ITEM.match(line)
    if m is None or m[2] in STANDARD_RECIPIENTS or ";" in m[2] or _SIGNATURE_MARK.search(m[2]):
        return []  # (an item and the signature's column after it, its mark's stop doubled: "- UBND các huyện, thành
        # phố; KT..CHỦ TỊCH", real Tesseract-eng on fresh seed 10799 — the mark is none of the item)
    letters = plain_letters(m[2])
    if not letters:
        return []
    near = [(Levenshtein.distance(letters, own, score_cutoff=len(own) // 5 + 1), item, own)
            for own, item in _standard_recipients_letters()]
    best = min(d for d, _item, _own in near)
    nearest = [(item, own) for d, item, own in near if d == best]
    if len(nearest) > 1 and level:  # (a tie: the item of the issuer's level, if one is)
        nearest = [(x, own) for x, own in nearest if level in x.lower() or f"{level.split()[0]} ủy" in x.lower()]
    if len(nearest) != 1:
        return []
    item, own = nearest[0]
    if best > len(own) // 5 or (not best and m[2].replace(",", "").lower() == item.replace(",", "").lower()):
        return []  # (its commas or case its own: "Các sở ban ngành" stays)
    return [(*m.span(2), item, 0.7)]


#: a numbered item's heading whose stop a scan lost ("1 Kiểm tra, giám sát"): its number, a space, a Capitalised word,
#: no stop at the line's end (group 1 the number)
_ITEM_NUMBER_WITHOUT_ITS_STOP = regex.compile(r"^[ ]*(\d{1,2})(?=[ ]\p{Lu}\p{Ll}*(?:[ ,][^\s.;:]+){0,9}[ ]*$)")


def item_number_stop_lost(line: str, later: Sequence[str]) -> list[Edit]:
    """A numbered item's heading whose stop a scan lost, where one of the lines after it (``later``) opens the next
    item: ``"1 Kiểm tra, giám sát"`` over ``"2. Đào tạo nghề cho lao động nông thôn"`` → "1. Kiểm tra, giám sát" (sample
    000's engine on fresh seed 15533 eng000, the item lost, each task then read as the one before it). A count opening
    a line stays ("2 lớp đào tạo nghề …" ends with its stop, or no next item follows)."""
    m = _ITEM_NUMBER_WITHOUT_ITS_STOP.match(line)
    if m is None:
        return []
    nxt = f"{int(m[1]) + 1}."
    if not any(x.lstrip(" ‘'`_~").startswith(nxt) and x.lstrip(" ‘'`_~")[len(nxt):len(nxt) + 1] == " " for x in later):
        return []
    return [(m.end(1), m.end(1), ".", 0.75)]


#: a short Capitalised word after a task's field label, then the first words of a name that end the line (group 1 the
#: word, group 2 the words)
_HEAD_AFTER_A_LABEL_ENDING_A_LINE = regex.compile(r"(?<=(?<![\p{L}\d])(?:chủ[ ]trì|phối[ ]hợp):[ ])(\p{Lu}\p{Ll}{0,2})"
                                                  r"[ ](\p{Lu}\p{Ll}*(?:[ ]\p{Ll}+){0,3})[ ]*$")


def head_after_a_field_label_ending_a_line(line: str, after: str, agencies: tuple[str, ...]) -> list[Edit]:
    """:func:`fix_head_after_a_field_label` where the department's name goes on to the next line (``after``, as
    damaged: its plain letters compared): ``"…; đơn vị phối hợp: Là Công"`` over ``"Thuong; thoi gian …"`` → "Sở Công"
    (real Tesseract-eng's "Sa Céng" on fresh seed 11402, the partner lost)."""
    m = _HEAD_AFTER_A_LABEL_ENDING_A_LINE.search(line)
    if m is None or m[1] in ("Sở", "Bộ"):
        return []
    went_on = _words_up_to_a_stop(after.strip().lstrip("-–_~‘'` "))  # (a speck's dash before it: "- Thuong; thoi
    # gian")
    for name in _agency_fields(agencies)[0]:
        field = name[3:]
        if name.startswith("Sở ") and field.startswith(f"{m[2]} "):
            rest = field[len(m[2]) + 1:]
            if skeleton(" ".join(went_on[:len(rest.split())]).lower()) == skeleton(rest.lower()):
                return [(m.start(1), m.end(1), "Sở", 0.7)]
    return []


#: a list's dash opening a line (group 1 the dash and the space after it), then words up to a semicolon or stop
_DASH_BEFORE_WORDS_ENDING_A_FIELD = regex.compile(r"^[ ]*([-–][ ]*)(\p{Lu}\p{Ll}*(?:[ ]\p{L}+){0,5})(?=[;.])")
#: a task's field label, then a department's head and the first words of its name, ending the line (group 1 the words)
_NAME_OPENING_AFTER_A_LABEL_ENDS_A_LINE = regex.compile(r"(?<![\p{L}\d])(?:chủ[ ]trì|phối[ ]hợp):[ ]Sở[ ]"
                                                        r"(\p{Lu}\p{Ll}*(?:[ ]\p{Ll}+){0,3})[ ]*$")


def speck_dash_inside_a_name(line: str, before: str, agencies: tuple[str, ...]) -> list[Edit]:
    """A speck's dash opening a line that goes on with a department's name the line ``before`` opened after a task's
    field label: ``"- Thương; thời gian …"`` under ``"…; đơn vị phối hợp: Sở Công"`` → "Thương; …" (real Tesseract-eng
    on fresh seed 11402, the partner read "Sở Công"). An item's dash under another line stays."""
    m = _DASH_BEFORE_WORDS_ENDING_A_FIELD.match(line)
    b = _NAME_OPENING_AFTER_A_LABEL_ENDS_A_LINE.search(before) if m is not None else None
    if b is None or f"Sở {b[1]} {m[2]}" not in _agency_fields(agencies)[0]:
        return []
    return [(m.start(1), m.end(1), "", 0.7)]


#: specks a scan left between a count and its unit, the space lost or kept ("cho 300-]lao động": vetplan's OCR of fresh
#: seed 6692's scan, the target lost) — a count's range goes on with figures, never with its unit
_SPECKS_BETWEEN_A_COUNT_AND_ITS_UNIT = regex.compile(r"(?<=(?<![\d.,/])\d{1,3}(?:\.\d{3})*)[ ]?[-–\]\[|_~]{1,2}[ ]?"
                                                     r"(?=(?:lao động|người|học viên)(?![\p{L}\d]))")


def fix_specks_between_a_count_and_its_unit(line: str) -> list[Edit]:
    """``"- Đào tạo nghề cho 300-]lao động nông thôn."`` → "300 lao động" (read after the decoder); "200-300 người"
    stays."""
    return [(m.start(), m.end(), " ", 0.75) for m in _SPECKS_BETWEEN_A_COUNT_AND_ITS_UNIT.finditer(line)]


#: a span's first month 4 read as an A before "đến tháng" and its month and year (opening a line, or after "tháng")
_MONTH_FOUR_READ_A = regex.compile(r"(?:(?<=(?<![\p{L}\d])tháng[ ])|(?<=^[ ]*))A"
                                   r"(?=[ ]đến[ ]tháng[ ]\d{1,2}/(?:19|20)\d\d)")


def month_four_read_a(line: str, before: str) -> list[Edit]:
    """``"A đến tháng 5/2022."`` under a line ending "… từ tháng" → "4 đến tháng" (real Tesseract-eng on fresh seed
    11385, the task's time lost); "từ tháng A đến tháng 5/2022" likewise. An A opening a line under any other stays."""
    return [(m.start(), m.end(), "4", 0.7) for m in _MONTH_FOUR_READ_A.finditer(line)
            if line[:m.start()].strip() or before.rstrip().endswith("từ tháng")]


#: "năm" glued between "nghiệp" and the year, its n lost ("nghi~pam2017": a code's, fresh seed 15466 code004, the
#: title's "năm" read into "nghiệp") — no syllable "pam" ends a word there
_YEAR_WORD_ITS_N_LOST = regex.compile(r"(?<![\p{L}\d])ngh\S{1,3}pam[ ]?((?:19|20)\d\d)(?!\d)")  # (or the year
# after a space: "nghiepam 2019", 15623 code004, whose "nghiep" the decoder then left)


def fix_year_word_its_n_lost(line: str) -> list[Edit]:
    """``"… giao duc nghe nghi~pam2017"`` → "nghiệp năm 2017" (a line rewrite before the decoder); "nghiep nam2017"
    is :func:`split_glued_date_words`' to part."""
    return [(m.start(), m.end(), f"nghiệp năm {m[1]}", 0.7) for m in _YEAR_WORD_ITS_N_LOST.finditer(line)]


def _words_up_to_a_stop(text: str) -> list[str]:
    """The words of ``text`` before its first stop, comma, colon or semicolon: "Thuong; thoi gian" → ["Thuong"]."""
    return regex.split(r"[;.:,]", text, maxsplit=1)[0].split()


#: a department's head and the first words of its name ending a line with a hyphen after them (group 1 the words; the
#: hyphen and the spaces before it the match)
_HYPHEN_AFTER_A_NAMES_OPENING = regex.compile(r"(?<=(?<![\p{L}\d])Sở[ ](\p{Lu}\p{Ll}*(?:[ ]\p{Ll}+){0,3}))"
                                               r"(?:[ ]*[-–][ ]*|(?<=[ ]và)[ ]\.[ ]*)$")  # (or a speck's stop after
# "và": "đơn vị phối hợp: Sở Kế hoạch và ." / "Đầu tư; thời gian …", vetplan's OCR of fresh seed 7375's scan, the
# partner read "Sở Kế hoạch và")


def hyphen_inside_a_name_ending_a_line(line: str, after: str, agencies: tuple[str, ...]) -> list[Edit]:
    """A hyphen a scan put where a department's name breaks across lines, the next line (``after``) opening with the
    rest of it: ``"… phối hợp với Sở Công -"`` over ``"Thương tổ chức …"`` → "Sở Công" (real Tesseract-eng on fresh seed
    11471, the partner read "Sở Công - Thương"); "Sở Lao động -" over "Thương binh và Xã hội" keeps its name's own."""
    m = _HYPHEN_AFTER_A_NAMES_OPENING.search(line)
    if m is None:
        return []
    went_on = _words_up_to_a_stop(after.strip())
    names = _agency_fields(agencies)[0]
    for k in (1, 2, 3, 4):
        if f"Sở {m[1]} {' '.join(went_on[:k])}" in names:
            return [(m.start(), m.end(), "", 0.7)]
    return []


regex.cache_all(_CACHE_ALL_BEFORE)  # (see the module's top)
