"""Tasks of the tasks part: numbered items with actions, lead and partner agencies and timeline."""

from __future__ import annotations

import regex as re

from ..schemas import Evidence, Task
from .reflow import Para
from .sections import Layout, Node
from .text import (
    AGENCY_HEAD_ALT,
    DEPARTMENT_THEN_WORDS,
    HEAD_SPECKS,
    HEAD_SPECKS_OR_HYPHEN,
    ITEM_SPECKS,
    department_as_named,
    fold,
    squash,
    strip_specks,
    table_cells,
)

# ("Đơn chủ-trì": a scan lost "vị"; "Đơn vị-chủ trì"; its "vị" misread, "Đơn và chủ trì:" a code's "P@nva"; read large,
# "Đơn VỊ phối hợp:"; a speck after its first word, "Đơn, vị phối hợp:", "Đơn,vị", fresh seed 334 eng and scan; or
# after its second, "Đơn vị.-chủ trì:", real Tesseract-eng on fresh seed 2841, the lead lost)
_UNIT = r"(?:[ĐđD]ơn(?:(?:[,.]|[,.]?[\s\-]+)[vV][^\s:;,.]{0,2})?|[Cc]ơ quan|[Bb]ộ phận)[.,]?[\s\-]+"


def _field_value(m: re.Match[str]) -> str:
    """A labelled field's value, whichever of :func:`_label`'s forms matched."""
    return m.group("v") or m.group("w") or m.group("x") or m.group("y") or m.group("z") or m.group("u")


def _label(word: str, rest: str) -> re.Pattern[str]:
    """A task's "Đơn vị chủ trì: …" field, its label as a scan may leave it: "Đơn vị chủ Em: Sở …" (the second
    word misread, or the first's vowel: "Đơn vị cho trở:"), "Đơn vị chủ trì,Sở …", "chủ trì.Sở", "chủ trì; Sở" (a comma,
    stop or semicolon for the colon),
    "Đơn chủ-trì:", "Đơn vị chủ: trị:" (a word
    lost, a speck between), "Chủ trì thực hiện: …", "Donvichu trị:" (three words glued)."""
    own = f"[{word[0].upper()}{word[0]}]{word[1:]} {rest}"
    # its vowel misread, or a letter of it lost: "Đơn vị cho trở:" (chủ trì), "đơn vị phố hợp:" (phối)
    like = word[:2] + f"[^\\s:;,.]{{{max(0, len(word) - 3)},{len(word) - 2}}}"
    return re.compile(rf"^(?:{_UNIT}{like}(?:[\s\-:.]*[^\s:;,.]{{1,4}})?|{own})[^:;]{{0,60}}?"
                      rf"\s*(?::\s*(?P<v>\S.*)|[,.;]\s*(?P<w>\p{{Lu}}.*))$"
                      # (a first word garbled: "Dân} chủ trì:", "Bản vị chủ trì:")
                      rf"|^[^\s:;,.]{{1,6}}(?:\s+[vV][^\s:;,.]{{0,2}})?\s+{own}\s*:\s*(?P<x>\S.*)$"  # ("Đảm Vị phối
                      # hợp:", a code's capital V, fresh seed 623 code004)
                      # (the colon lost, or the second word and the colon read as a dash: "đơn vị phối hợp Sở Nội vụ",
                      # "đơn vị phối — Sở Nội vụ": an agency's head word right after; the second word misread too:
                      # "Đơn vị chủ tế Sở Giáo dục …", fresh seed 1272 eng)
                      # (or a dash for the colon, no space after it: "Đơn vị chủ trì-Sở Nông nghiệp …")
                      rf"|^{_UNIT}{word}(?:\s+{rest[0]}[^\s:;,.\-–]{{1,3}}(?:\s*[—–\-](?=\S))?|\s*[—–\-])\s*"
                      rf"(?P<y>(?:{AGENCY_HEAD_ALT})\s.*)$"
                      # (its first three words glued, the last misread: "Donvichu trị: Sở Nội vụ")
                      rf"|^[ĐđD][^\s:;,.]{{2,6}}{like}\s+{rest[0]}[^\s:;,.]{{1,3}}\s*:\s*(?P<z>\S.*)$"
                      # (its second and third glued and read as one other word: "Đơn điều trị: Sở Lao động", a code's
                      # "Don viehu tri", fresh seed 611 code004)
                      rf"|^[ĐđD]ơn\s+[^\s:;,.]{{3,7}}\s+{rest[0]}[^\s:;,.]{{1,3}}\s*:\s*(?P<u>(?:{AGENCY_HEAD_ALT})\s.*)$")


_LEAD = _label("chủ", "trì")
_PARTNER = _label("phối", "hợp")
# (a speck read as a colon inside the label: "Thời gian thực :hiện: Quý 1/2019")
#: a semicolon a scan read for a time label's colon, a period after it ("thời gian thực hiện; Quý IV/2022.")
_SEMICOLON_BEFORE_A_PERIOD = r";(?=\s*(?:quý|tháng|năm|từ)\s)"
# (a speck's colon after its first word: "- Thời: gian thực hiện: Quý IV/2022.", vetplan's OCR of fresh seed 1943's
# scan, the task's time lost; an underscore between its words, a line's break beside it: "…; thời" / "_
# gian thực hiện: Quý III/2023.", fresh scan 3228; a percent sign: "- Thời% gian thực hiện: Quý IV/2024.", real
# Tesseract-eng on fresh seed 5874)
#: the time label's words ("Thời gian", "Thời hạn", "Thời điểm"; a scan's "Thơ? gian", "Thời: gian", "thời _ gian")
_TIME_WORDS = r"Th(?:ời|\S{1,2}\?):?[\s\-._%]+(?:điểm|gian|hạn)"
_TIME = re.compile(rf"^(?:{_TIME_WORDS}|Tiến độ)(?:[^:!]|:(?=\p{{Ll}})"
                   r"|:(?=\s\p{Ll}{2,5}\s*[:!]))"  # (a speck's colon inside the label: "Thời gian thu: hiện: Quý …")
                   r"{0,60}"
                   rf"(?:[:!]|\?(?=\s*(?:quý|tháng|năm|từ)\s)|{_SEMICOLON_BEFORE_A_PERIOD})\s*"
                   r"(?P<v>.+)$", re.I)  # (its colon read as "!": "Thời gian thực hiện! Quý II/2019"; as "?" before a
# period: "Thời gian thực hiện? Quý 1/2017.", real Tesseract-eng on fresh seed 5785)
#: a lone letter after a timeline's stop, colon or comma ends it: a speck in the margin ("Quý III/2023. l", "Quý
#: II/2020: l")
_LETTER_AFTER_PUNCTUATION = re.compile(r"(?<=[.:;,])\s+[^\W\d_]\s*$")
_SPECK_AFTER_QUARTER = re.compile(r"\bQuý[.,:;'`]+\s*(?=[\dIVX])")
_META = re.compile(r"^(?:Đối tượng|Sản phẩm|Kết quả|Kinh phí)[^:]{0,40}:", re.I)
_ADMIN = re.compile(r"^(?:quận|huyện|thị xã|thành phố|tỉnh|phường|xã|thị trấn)\b", re.I)
_HEADS = AGENCY_HEAD_ALT
_HEAD_RX = re.compile(rf"^(?:{_HEADS})\b")
# ("Sở% Giáo dục", "Sở: Thông", "Sở-_Lao"; a speck read as a letter or figure of its own: "Sở ở Công Thương", "Sở 6
# Công Thương")
_HEAD_SPECK = re.compile(rf"^({_HEADS})(?:{HEAD_SPECKS_OR_HYPHEN}"  # ("Sở:-Lao")
                         r"|\s+(?:\d|\p{Ll}|[^\w\s]{1,2})\s+)(?=\p{Lu}\p{Ll})")
#: labelled fields written on one line, each after a semicolon: "Đơn vị chủ trì: Sở Nội vụ; đơn vị phối hợp: Sở Tài
#: chính; thời gian thực hiện: Quý II/2024." (or a colon or comma a scan read for it: "… Xã hội: đơn vị phối hợp: …",
#: "… Đầu tư, thời gian thực hiện: …", "… Xã hội, đơn vị phối hợp: …", a speck after it: "… Đầu tư;.thời gian …", a
#: quote and a dash: "… Đào tạo; “-" / "thời gian …", vetplan's OCR of fresh seed 3767's scan)
_TIME_LABEL = (rf"(?:{_TIME_WORDS}|Tiến độ)[^:;]{{0,60}}"
               rf"(?::|{_SEMICOLON_BEFORE_A_PERIOD})")
_UNIT_LABEL = r"(?:Đơn vị|Cơ quan)\s+(?:chủ trì|phối hợp)[^:;,]{0,20}:"  # (after a comma: "… Xã hội, đơn vị phối hợp:")
_FIELD_SPLIT = re.compile(r"\s*[;:](?:[.,'‘’`]*|\s?[“”\-]{1,2})\s*"
                          r"(?=(?:(?:Đơn vị|Cơ quan|Bộ phận)\W?[\s\-]+|chủ trì|phối hợp"
                          r"|\S{1,6}(?:\s+v\S{0,2})?\s+(?=phối hợp\s*:))[^:;]{0,60}[:,]"  # ("đơn vị! phối hợp:", "động
                          # phối hợp:", "đến vị phối hợp:": a code's Đơn read "Đến")
                          rf"|{_TIME_LABEL})|\s*,[.'‘’`]*\s*(?={_TIME_LABEL}|{_UNIT_LABEL})"
                          r"|\s+(?=(?-i:đơn vị phối hợp|thời gian thực hiện)\s*:)"  # (its semicolon lost)
                          r"|\s*;\s*(?=(?-i:[Đđ]ơn vị (?:phối|chủ)\S*(?:\s+\S{1,4})?\s*[—–\-]?\s+"
                          rf"(?:{_HEADS})\s))"
                          # (and "phối hợp với" and the partners, no colon: "Đơn vị chủ trì: Sở A; phối hợp với Sở B, Sở
                          # C"; not a lead's sentence going on after a scan's semicolon: "chủ trì; phối hợp với Sở B …")
                          r"|(?<!\bch\p{L}{0,3}\s*tr\p{L}{0,3})\s*;[.,'‘’`]*\s*(?=phối hợp với\s*[:.]?\s+(?-i:\p{Lu}))",
                          re.I)
# (… or its colon: "…; đơn vị phối hợp Sở Nội vụ; …", "…; đơn vị phối — Sở Nội vụ")
#: an action that names its lead, and its partners, in the sentence: "Sở Lao động - Thương binh và Xã hội chủ trì,
#: phối hợp với Sở Giáo dục và Đào tạo thực hiện …" (the partners end at the verb, a stop or a semicolon; before
#: "phối hợp với" a scan's "chủ tr," "chủ trị," is "chủ trì")
_ACTION_VERBS = (r"thực hiện|tổ chức|triển khai|xây dựng|hướng dẫn|tham mưu|rà soát|đề xuất|kiểm tra|tuyên truyền|"
                 r"cung cấp|đánh giá|nghiên cứu|bố trí|ban hành|trong|để|nhằm|"
                 r"ra soát")  # (rà soát, a scan's mark lost: no word of an agency's name, and the decoder weighs "ra"
# with "soát" as likely as "rà": "Sở Thông tin và Truyền thông ra soát mạng lưới …", fresh seed 1009 scan)
_CAPITALISED_VERBS = "|".join(w for v in _ACTION_VERBS.split("|") if len(v) > 4 for w in dict.fromkeys((
    v[:1].upper() + v[1:], " ".join(x[:1].upper() + x[1:] for x in v.split(" ")))))  # (each of its words too, as a
# code capitalises at random: "với Sở Nội vụ Tổ Chức các lớp", sample 004's code's "B CMirC" on fresh seed 13329
# code004, the partner run on to the sentence's end)
#: when a task is to be done, said in its sentence: "từ tháng 3 đến tháng 11/2025" (a scan's speck after "từ": "từ ƒ
#: tháng 6"), "trong năm 2024", "trước ngày 30/6/2024", "trong Quý II/2024" (read when no "Thời gian thực hiện: …"
#: field says it)
_SPECK = r"[ƒ|¦!'‘’`~_*°•·]"
_PERIOD = (rf"(?:tháng|quý|năm)(?:[.,:’”'\"]\s*|\s+{_SPECK}\s+|\s+)"  # (a speck after its word: "tháng. 7", a
           # quote: "đến tháng”" / "10/2021.", fresh seed 1178; apart: "đến tháng ~" / "8/2021.", real Tesseract-eng on
           # 5757; glued: "đến" / "tháng:11/2022.", vetplan's OCR of fresh seed 3663's scan)
           r"[\dIVX]{1,4}(?:/\d{4}|\s+năm\s+\d{4})?")
#: a bracket no other closes, a scan's speck before a time ("thời gian thực hiện: (Quý III/2020.")
_UNCLOSED_BRACKET = re.compile(r"^\(\s*(?=[^)]*$)")
#: a scan's specks inside a time span, which its text goes without: after "từ" ("từ ƒ tháng 6"), after its first month
#: ("tháng 3: đến"), after a month's word ("đến tháng. 7/2020")
_SPAN_SPECKS = re.compile(rf"(?<=^từ)\s+{_SPECK}(?=\s)|(?<=\d)[.,:;](?=\s*(?:đến|tới)\s)"
                          rf"|(?<=(?:đến|tới)\s){_SPECK}(?=tháng)"
                               r"|(?<=\b(?:tháng|quý|năm))[.,:’”'\"](?=\s*[\dIVX])"
                               rf"|(?<=\b(?:tháng|quý|năm))\s+{_SPECK}(?=\s+\d)"  # (apart: "đến tháng ~" / "8/2021.",
                               # real Tesseract-eng on fresh seed 5757, a line's end beside it)
                               r"|(?<=\d)(?=(?:đến|tới)\s)", re.I)  # (the space before "đến" lost: "từ tháng 3đến tháng
# 9/2018", fresh seed 1249 code, the span had been lost; a space goes in)
# (a scan's speck after the first month: "từ tháng 3: đến tháng 8/2018", "từ tháng 3. đến", "tháng 5:đến")


def _speck_gone(m: re.Match[str]) -> str:
    """A speck :data:`_SPAN_SPECKS` found, gone; a space where it stood for one ("tháng 5:đến")."""
    return "" if m.end() == len(m.string) or m.string[m.end()].isspace() or (
        m.start() and m.string[m.start() - 1].isspace()) else " "


_TIME_IN_TEXT = re.compile(rf"(?<!\p{{L}})(?:từ\s+(?:{_SPECK}\s+)?{_PERIOD}(?:[.,:;]\s*|\s+|(?<=\d))(?:đến|tới)\s+"
                           rf"(?:{_SPECK}(?=tháng))?"  # (a speck opening the line the span goes on to: "đến" / "‘tháng
                           # 11/2021", real Tesseract-eng on fresh seed 1598, the time lost)
                           rf"(?:hết\s+)?{_PERIOD}"
                           rf"|(?:trong|trước|vào|đến hết)\s+(?:ngày\s+\d{{1,2}}/\d{{1,2}}(?:/\d{{4}})?|{_PERIOD}))"
                           r"(?![\p{L}\d])", re.I)
#: … a span of months, its "từ" lost: "tháng 5 đến tháng 8/2017" (a month's number, "đến", a month and its year)
_SPAN_WITHOUT_FROM = re.compile(r"(?<![\p{L}\d])tháng\s+\d{1,2}(?:[.,:;]\s*|\s+)(?:đến|tới)\s+tháng\s+\d{1,2}/\d{4}"
                                r"(?![\p{L}\d])")
#: a lone small letter (a scan's speck for the item's dash) before a task's labelled field ("x Đơn vị chủ trì: …")
_LETTER_SPECK_BEFORE_LABEL = re.compile(r"^[a-z]\s+(?=(?:Đơn vị|Cơ quan)\s)")
_QUOTE_BEFORE_HEAD = re.compile(rf"^[“”\"]+\s*(?=(?:{_HEADS})\b)")
#: … or before a labelled field ("- \"Thời gian thực hiện: Quý II/2022,": the timeline had been lost, read as an action)
_QUOTE_BEFORE_LABEL = re.compile(rf"^[“”\"]+\s*(?=(?:Đơn vị|Cơ quan|{_TIME_WORDS}|Tiến độ)\s)", re.I)
_SPECK_AFTER_HEAD = re.compile(rf"^({_HEADS})\s*[-:.]{{1,2}}\s+(?=\p{{Lu}})")
_STOP_AFTER_HEAD = re.compile(rf"(?<=(?<!\p{{L}})(?:{_HEADS}))[.:]\s*(?=\p{{Lu}}\p{{Ll}})")  # (or glued: "Sở.Nội vụ")
#: a speck's stop between the Capitalised words of a lead's name ("Sở Công. Thương chủ trì", fresh seed 1151 eng: the
#: lead and its partners had been lost)
_STOP_INSIDE_A_LEAD = re.compile(rf"(?<=(?<!\p{{L}})(?:{_HEADS})\s+\p{{Lu}}\p{{Ll}}*)\."
                                 rf"(?=\s+\p{{Lu}}\p{{Ll}}*\s+chủ trì\b)")
#: a speck glued before a name's Capitalised word after "và" ("Sở Nông nghiệp và :Phát triển nông thôn chủ trì", fresh
#: seed 45 scan: the lead and its partner had been lost); no sentence puts a stop there
_SPECK_AFTER_AND = re.compile(r"(?<=\svà\s+)[.:;,'‘’`]+(?=\p{Lu}\p{Ll})")
#: a speck's colon or stop between a lead's name and its verb ("Sở Nông nghiệp và Phát triển nông thôn: chủ trì, phối
#: hợp với …", vetplan's OCR of fresh seed 1821's scan: the lead and its partner lost); no sentence parts them so
_SPECK_BEFORE_THE_LEAD_VERB = re.compile(r"(?<=\p{L})[:.;]{1,2}(?=\s+chủ trì[,;.]?\s+phối hợp\b)")
#: "phối hợp với" after a lead (a scan's semicolon for the comma: "chủ trì; phối hợp với"; a speck inside: "phối: hợp
#: với", or a hyphen for the space: "phối-hợp với"; its v read as the capital of its shape: "phối hợp Với Sở …"; a speck
#: before it: "chủ trì, .phối hợp với", fresh seed 1214; its i lost, "chủ trì phố hợp với", fresh seed 29 eng; its ố
#: lost and the i marked, "chủ trì, phí hợp với", sample 000's engine; its p a code's capital, "chủ trì, Phối hợp với",
#: fresh seed 796 code004)
_THEN_PARTNERS = r"\s*[,;.]{0,2}\s*[.'‘’`_]?[pP]h(?:ối?|í)(?:[.:,]?\s+|-)(?:[hH]ợp|\p{Ll}{2,3}) [vV]ới"  # (hợp
# misread: "phối mập với", a code's "ph6iMgp", fresh seed 608 code004; two specks' stops for the comma: "chủ trì.. phối
# hợp với", real Tesseract-eng on fresh seed 2787, the partner lost; its h read large: "phối Hợp với", vetplan's OCR of
# fresh seed 1858's scan)
#: the partners after "phối hợp với" ("với: Sở", "với. Sở": a scan's specks): up to the verb, a stop or a semicolon
_PARTNERS_UP_TO_THE_VERB = (rf"(?P<partners>[^;:.]+?)(?=\s+(?:{_ACTION_VERBS.replace(' ', '[ -]')})\b|\s*[;:.]|\s*$"
                            # (the verb Capitalised, a scan's stop before it lost: "với Sở Nội vụ Xây dựng"; not a
                            # head's next word: "Sở Xây dựng")
                            rf"|(?<!(?<!\p{{L}})(?:{_HEADS}))\s+(?:{_CAPITALISED_VERBS})\b)")
_ACTION_AFTER_PARTNERS = re.compile(r"\s+\p{L}")
#: a figure opening a word after a partner's name of two words or more: the verb after it, which a code wrote with a
#: figure ("phối hợp với Sở Công Thương 6 chức Hội thi …", sample 004's code on fresh seeds 2137 and 2168: "tổ" read
#: "6", the partner had run on to the sentence's end) — no agency's name has a figure of its own there
_FIGURE_AFTER_A_NAME = re.compile(r"(?<=\S\s+\S+)\s+(?=\d)")
#: … or "tổ chức" after it, its t lost and its ổ a code's capital, read a short Capitalised word and a word of "ch",
#: "c" after its vowel ("phối hợp với Sở Công Thương Bị chế Hội thi …", "Sở Nội vụ Bố chức …", "Sở Kế hoạch và Đầu tư
#: tại chức …": sample 004's code on fresh seeds 6561 and 6648 code004 and earlier ones, each partner run on to the
#: sentence's end) — no agency's name has such a pair ("Sở Tài chính": "chính" is no such word); its c a capital too
#: ("Sở Giáo dục và Đào tạo Bổ Chức Hội thi …", a code's "B Chirc", fresh seed 15612 code004)
_ORGANISE_MISREAD_AFTER_A_NAME = re.compile(r"(?<=\S\s+\S+)\s+(?:\p{Lu}\p{Ll}{0,2}|tại)\s+"
                                            r"[cC]h(?:[uúùủũụưứừửữự]c|[eếềểễệ])(?!\p{L})")
_LEAD_SENTENCE = re.compile(rf"^(?P<lead>(?:{_HEADS})(?:{HEAD_SPECKS}(?=\p{{Lu}}\p{{Ll}})|\b)"  # (a speck: "Sở.Lao")
                            rf"(?:[^;:.]|:(?=\s*\p{{Ll}}\p{{L}}*\s)|(?<=\svà)[:.](?=\s*\p{{Lu}}\p{{Ll}})|[.:](?=[-–])"
                            rf"|(?<=[-–])\.|(?<=\p{{L}})\.(?=\p{{Ll}}))"  # (a colon speck before a small word, "Xã:
                            # hội", or after the name's "và", "và: Xã hội"; stops beside the name's dash: "Lao
                            # động.-.Thương binh"; a stop for the space inside it: "Lao.động", "Xã.hội chủ trì", fresh
                            # seeds 1261 and 1234 eng: the lead and its partners had been lost)
                            rf"{{0,100}}?)(?:,?\s+|[-–]\s*)"  # ("Xã hội-chủ trì")
                            # (its C read as the capital of its shape: "Sở Nội vụ Chủ trì, phối hợp …", a code's; "trì"
                            # lost but a letter, read another short word before "phối hợp với": "chủ vị", fresh seed
                            # 652 code004; "chủ lại", a code's "chulti,", 15657 code004)
                            rf"(?:[cC]hủ (?:trì\b|tr\p{{L}}?(?={_THEN_PARTNERS})|\p{{L}}{{1,3}}(?={_THEN_PARTNERS}))"
                            rf"|[cC]h\p{{L}}{{1,3}}\W?\s*trì(?={_THEN_PARTNERS}))"
                            rf"(?:{_THEN_PARTNERS}\s*[:.]?\s+{_PARTNERS_UP_TO_THE_VERB})?")
#: the partners a sentence names after "phối hợp với" where the lead's went before a semicolon a scan read for its comma
#: ("Sở A chủ trì" / "phối hợp với Sở Công Thương, Sở Nội vụ xây dựng …")
_PARTNERS_SENTENCE = re.compile(rf"^phối hợp với\s*[:.]?\s+{_PARTNERS_UP_TO_THE_VERB}")


#: a comma a scan put after an agency's head word before its Capitalised name ("Sở, Giáo dục và Đào tạo"); not the
#: list "Các Sở, Ban, Ngành"
_COMMA_AFTER_A_HEAD = re.compile(rf"(?<!\p{{L}})({_HEADS}),\s+(?=\p{{Lu}}\p{{Ll}})(?!Ban\b|Ngành\b)")


#: a comma a scan put after "và" inside a name, before its next Capitalised word ("Thương binh và, Xã hội")
_COMMA_AFTER_AND = re.compile(r"(?<=\svà),(?=\s*\p{Lu})")
#: … or before a name's dash ("Sở Lao động, - Thương binh và Xã hội", fresh seed 390 scan: the lead had been cut in
#: two); no list puts a dash after its comma
_COMMA_BEFORE_A_DASH = re.compile(r"(?<=\p{L})\s*,\s*(?=[-–]\s+\p{Lu})")


#: the comma inside a department's name ("Sở Văn hóa, Thể thao và Du lịch")
_COMMA_IN_A_NAME = re.compile(r"(?<=\bVăn (?:hóa|hoá|hoa)),(?=\s*Thể thao\b)")


#: two letters in a row: an agency's name has a word of them, a speck's piece none ("/ Ở", "~ N")
_TWO_LETTERS = re.compile(r"\p{L}{2}")


def split_agencies(s: str) -> list[str]:
    """ "Sở Du lịch, Sở Y tế, Ủy ban nhân dân quận, huyện, thành phố Thủ Đức" → 3 agencies."""
    s = squash(s).rstrip(" .;")
    s = _COMMA_AFTER_A_HEAD.sub(r"\1 ", s)  # ("Sở, Giáo dục và Đào tạo": a speck, no list)
    s = _COMMA_AFTER_AND.sub("", s)  # ("Thương binh và, Xã hội")
    s = _COMMA_BEFORE_A_DASH.sub(" ", s)  # ("Sở Lao động, - Thương binh")
    s = re.sub(r"\s*\((?:đối với|đối với các)[^)]*\)", "", s)
    s = _COMMA_IN_A_NAME.sub("\x00", s)  # ("Sở Văn hóa, Thể thao và Du lịch": one department, its comma its name's)
    pieces = re.split(r"\s*[,;]\s*|\s+và\s+(?=các\s|một số\s|Sở\s|Ủy ban\s|UBND\s|Ban\s|Bộ\s)", s)
    out: list[str] = []
    for piece in pieces:
        piece = _HEAD_SPECK.sub(r"\1 ", strip_specks(piece))  # "Sở.Lao động", "Sở-Giáo dục": a scan's speck
        if piece.startswith("và ") and _HEAD_RX.match(piece[3:]):
            piece = piece[3:]  # ("Sở Nội vụ, và Sở Tài chính": two)
        if not _TWO_LETTERS.search(piece):  # (a speck's piece: "Sở Nội vụ; / Ở thời gian …", fresh seeds 605, 614
            continue  # and 628 eng000, whose partner had been "Sở Nội vụ, / Ở")
        new = bool(_HEAD_RX.match(piece)) or piece[:1].isupper() or re.match(r"^(?:các|một số)\s", piece, re.I)
        if out and _ADMIN.match(piece) and re.search(r"Ủy ban|Uỷ ban|UBND", out[-1]):
            new = False
        if out and not new:  # (a comma before "và" inside a name is a scan's speck: "Sở Kế hoạch, và Đầu tư")
            out[-1] = f"{out[-1]} {piece}" if piece.startswith("và ") else f"{out[-1]}, {piece}"
        else:
            out.append(piece)
    out = [a.replace("\x00", ",") for a in out]
    # a department's name ends where its whole name does, before words that are no name's (a misread verb the text
    # ran on past: "Sở Công Thương tế chỉ các lớp đào tạo nghề …", fresh seeds 1232 and 1235 eng)
    return [department_as_named(m.group(1) if (m := DEPARTMENT_THEN_WORDS.match(a)) else a) for a in out]


def _ev(start: int, end: int, line_pages: list[int] | None) -> Evidence:
    page = None
    if line_pages and 0 < start <= len(line_pages) and isinstance(line_pages[start - 1], int):
        page = line_pages[start - 1] if line_pages[start - 1] >= 1 else None
    return Evidence(line_start=max(1, start), line_end=max(start, end, 1), page=page)


def task_from_node(node: Node, line_pages: list[int] | None) -> Task:
    """One task: "2.1. Thu thập …" + "- Thời điểm triển khai thực hiện: Quý 2 năm 2024." + "- Đơn vị chủ trì …"."""
    actions: list[str] = []
    lead: list[str] = []
    partners: list[str] = []
    timeline: str | None = None
    for p in node.all_paras():
        whole = squash(p.body if p.marker in ("bullet", "alpha", "num") else p.text)
        # (a speck after an agency's head, before the fields are parted: no field's colon, "chủ trì; phối hợp với Sở:
        # Công Thương xây dựng …"; the partner would have been "Sở": "phối hợp với Sở. Nội vụ", "Sở: Thông tin")
        whole = _STOP_INSIDE_A_LEAD.sub("", _STOP_AFTER_HEAD.sub(" ", whole))
        whole = _SPECK_AFTER_AND.sub("", whole)  # ("Sở Nông nghiệp và :Phát triển nông thôn chủ trì")
        whole = _SPECK_BEFORE_THE_LEAD_VERB.sub("", whole) if "chủ trì" in whole else whole  # ("… nông thôn: chủ trì")
        fields = _FIELD_SPLIT.split(whole)
        if len(fields) > 1 and (found := _lead_by_its_place(fields)) is not None:
            lead.extend(x for x in split_agencies(found) if x not in lead)
            fields = fields[1:]
        for body in fields:
            timeline = _read_field(body, actions, lead, partners, timeline)
    if timeline is None:
        timeline = next((_SPAN_SPECKS.sub(_speck_gone, m.group(0)) for a in actions if (m := _TIME_IN_TEXT.search(a))),
                        None)
    if timeline is None:  # a span whose "từ" damage lost or read as another word ("thiết bị đào tạo từ làm tháng 5 đến
        # tháng 8/2017": a code's "tulam irthang 5", fresh seed 2622 code004, the task's time lost) is one still
        timeline = next(("từ " + _SPAN_SPECKS.sub(_speck_gone, m.group(0)) for a in actions
                         if (m := _SPAN_WITHOUT_FROM.search(a))), None)
    if timeline is not None and (span := _SPAN_END_OF_TWO_FIGURES.search(timeline)):
        timeline = _span_end_without_its_speck(span, timeline)
    title = squash(node.heading).rstrip(" -–_~") or (actions[0][:200] if actions else "")  # ("… tuyển sinh -": a speck)
    return Task(
        number=node.number or None,
        title=title or "(untitled)",
        actions=actions,
        lead=lead,
        partners=partners,
        timeline=timeline,
        evidence=_ev(node.start, node.end, line_pages),
    )


#: a span of months whose end month has two figures, its first month's number in group 1 ("từ tháng 7 đến tháng
#: 83/2023": a scan's speck read as a figure beside the month's, vetplan's OCR of fresh seed 4067's scan)
_SPAN_END_OF_TWO_FIGURES = re.compile(r"(?<![\p{L}\d])từ\s+tháng\s+(\d{1,2})\s+(?:đến|tới)\s+tháng\s+(\d\d)(?=/\d{4})")


def _span_end_without_its_speck(span: re.Match[str], timeline: str) -> str:
    """A span's end month of two figures that make no month, one of them a speck: the figure that makes a month after
    the span's first, where only one does (``"từ tháng 7 đến tháng 83/2023"`` → "… đến tháng 8/2023"); else as it is."""
    first, end = int(span[1]), span[2]
    if int(end) <= 12:
        return timeline
    months = [d for d in end if first < int(d) <= 12]
    return timeline[:span.start(2)] + months[0] + timeline[span.end(2):] if len(months) == 1 else timeline


#: the labels of a task's other fields ("Nội dung: …"), whose value may open with an agency too
_OTHER_LABEL = re.compile(r"^(?:Nội dung|Nhiệm vụ|Mục tiêu|Yêu cầu|Hình thức|Địa điểm|Phạm vi)\b", re.I)
#: a labelled field's label of two to four words whatever they were read as, and an agency after its colon
_ANY_LABEL_THEN_AGENCY = re.compile(rf"^[^\s:;]+(?:\s+[^\s:;]+){{1,3}}\s*:\s*(?P<v>(?:{AGENCY_HEAD_ALT})\s.*)$")


#: what a scan may leave before a task's labelled field in place of its dash: specks, the dash doubled, an equals sign
#: or a guillemet ("» = Đơn vị chủ trì: Sở Nông nghiệp …", fresh seed 1062 eng: the lead had been read as an action)
_FIELD_SPECKS = "'‘’`.,_~-–=»« "


def _lead_by_its_place(fields: list[str]) -> str | None:
    """The lead of a task whose fields are written on one line, its label misread past reading ("Đơn điều trị: Sở Lao
    động …; đơn vị phối hợp: Sở Nội vụ; thời gian thực hiện: Quý I/2023", "nạn Vị chủ trì: …"): the first field, an
    agency after a label of two to four words, where the next field is the partners' (the order the plans write them
    in); None where the first field reads as a field of its own ("Nội dung: …", "Kinh phí: …") or the next does not."""
    first = fields[0].lstrip(_FIELD_SPECKS)
    m = _ANY_LABEL_THEN_AGENCY.match(first)
    if m is None or _LEAD.match(first) or _PARTNER.match(first) or _TIME.match(first) or _META.match(first) or \
            _OTHER_LABEL.match(first):
        return None
    return m.group("v") if _PARTNER.match(fields[1].lstrip(_FIELD_SPECKS)) else None


#: the label's second word left before the value, a speck read as the colon after the first ("Đơn vị chủ: trị? Sở Lao
#: động …", fresh seed 1265 eng: the lead had been "trị? Sở Lao động …")
_LABEL_WORD_LEFT = re.compile(rf"^\p{{Ll}}\S{{0,3}}[?!:;.]\s+(?=(?:{AGENCY_HEAD_ALT})\s)")


def _read_field(body: str, actions: list[str], lead: list[str], partners: list[str],
                timeline: str | None) -> str | None:
    """One paragraph (or one of its ;-separated labelled fields) of a task into its lists; returns the timeline."""
    body = body.lstrip(_FIELD_SPECKS)  # (a scan's speck after the item's dash: "-'Đơn vị chủ trì: Sở Tài chính.", or
    # the dash doubled: "--Đơn vị-chủ trì: …")
    body = _LETTER_SPECK_BEFORE_LABEL.sub("", body)  # ("x Đơn vị chủ trì: …": a speck read as a letter for the dash)
    body = _QUOTE_BEFORE_HEAD.sub("", _QUOTE_BEFORE_LABEL.sub("", body))  # ("“Sở Giáo dục và Đào tạo chủ trì, …",
    # "\"Thời gian thực hiện: …": a speck read as a quote)
    body = _SPECK_AFTER_HEAD.sub(r"\1 ", body)  # ("Sở-: Nông nghiệp … chủ trì": a speck after the agency's head)
    m = _PARTNERS_SENTENCE.match(body)
    if m:  # ("phối hợp với Sở B, Sở C" after a semicolon: no label's colon, the comma is the list's)
        partners.extend(x for x in split_agencies(m.group("partners")) if x not in partners)
        if _ACTION_AFTER_PARTNERS.search(body, m.end()):
            actions.append(body)  # (the rest of a lead's sentence a semicolon parted: "… xây dựng chương trình")
        return timeline
    m = _LEAD.match(body)
    if m:
        lead.extend(x for x in split_agencies(_LABEL_WORD_LEFT.sub("", _field_value(m))) if x not in lead)
        return timeline
    m = _PARTNER.match(body)
    if m:
        partners.extend(x for x in split_agencies(_LABEL_WORD_LEFT.sub("", _field_value(m))) if x not in partners)
        return timeline
    m = _TIME.match(body)
    if m:
        # ("Quý III/2019. `": a scan's speck after the stop; "Quý. 1/2023": one after the word)
        value = _LETTER_AFTER_PUNCTUATION.sub("", m.group("v"))
        return timeline or _SPECK_AFTER_QUARTER.sub("Quý ", _UNCLOSED_BRACKET.sub("", value.strip(ITEM_SPECKS)))
    if _META.match(body):
        return timeline
    m = _LEAD_SENTENCE.match(body)
    if m:  # the action stays an action; its lead and partners are read off it too
        lead.extend(x for x in split_agencies(m.group("lead")) if x not in lead)
        if m.group("partners"):
            named = [_ORGANISE_MISREAD_AFTER_A_NAME.split(_FIGURE_AFTER_A_NAME.split(x, maxsplit=1)[0], maxsplit=1)[0]
                     for x in split_agencies(m.group("partners"))]
            partners.extend(x for x in named if x not in partners)
    actions.append(body)
    return timeline


def _bullet_tasks(node: Node, line_pages: list[int] | None) -> list[Task]:
    out: list[Task] = []
    for p in node.paras:
        if p.marker == "bullet":
            out.append(_task_from_para(p, line_pages))
    return out


def _task_from_para(p: Para, line_pages: list[int] | None) -> Task:
    return Task(
        number=None, title=squash(p.body)[:300] or "(untitled)", actions=[], evidence=_ev(p.start, p.end, line_pages)
    )


def extract_tasks(lay: Layout, line_pages: list[int] | None = None, lines: list[str] | None = None) -> list[Task]:
    """Leaf numbered items of the tasks part(s); plain bullets when the part has no numbered items; and the rows of
    the document's task tables (:func:`table_tasks`: "STT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời
    gian", in a part or an appendix), after them."""
    out: list[Task] = []
    for part in lay.parts:
        if part.kind != "tasks":
            continue
        leaves = [n for n in part.walk() if n is not part and not n.children and n.kind == "tasks"]
        if leaves:
            out.extend(task_from_node(n, line_pages) for n in leaves)
        else:
            out.extend(_bullet_tasks(part, line_pages))
    if lines:
        out.extend(table_tasks(lines, line_pages))
    return out


#: a task table's columns by what their heading says (folded: no marks, small letters); the first that fits
_COLUMNS = (
    ("partners", re.compile(r"phoi hop")),
    ("lead", re.compile(r"chu tri|(?:co quan|don vi) (?:thuc hien|thuc hien chinh|dau moi)|^thuc hien$")),
    ("time", re.compile(r"thoi gian|thoi han|tien do|thoi diem")),
    ("number", re.compile(r"^(?:s?tt|so tt|so thu tu)$")),
    ("title", re.compile(r"noi dung|nhiem vu|hoat dong|cong viec|ten (?:de an|chuong trinh|du an)|giai phap")),
)


def _column_roles(cells: list[str]) -> dict[int, str]:
    """Which of a row's cells head a task table's columns (index → "title", "lead", "partners", "time", "number")."""
    roles: dict[int, str] = {}
    for k, cell in enumerate(cells):
        f = squash(fold(cell)).strip(" .:*")
        for role, rx in _COLUMNS:
            if f and len(f) < 60 and rx.search(f) and role not in roles.values():
                roles[k] = role
                break
    return roles


def _second_heading_row(heading: list[str], roles: dict[int, str], cells: list[str], found: dict[int, str]
                        ) -> tuple[dict[int, str], int]:
    """A task table's roles and width once its heading's second row parts a merged cell ("Cơ quan thực hiện" over
    "Chủ trì | Phối hợp"), however the format wrote the merge: a column per cell in both rows (DOCX, ODT); the merged
    cell one cell of the first row (.doc, RTF: the second row is wider); the second row only the cells under it
    (HTML, whose rows leave out the cells a cell above spans)."""
    if len(cells) == len(heading):
        return {**roles, **found}, len(cells)
    if len(cells) > len(heading):
        first = min(found)
        span = len(cells) - len(heading) + 1
        moved = {k if k < first else k + span - 1: role for k, role in roles.items() if k != first}
        return {**moved, **found}, len(cells)
    lead = next((k for k, role in roles.items() if role == "lead"), None)
    if lead is None:
        return roles, len(heading)
    under = {lead + k: role for k, role in found.items()
             if lead + k < len(heading) and (k == 0 or not heading[lead + k])}
    return {**{k: r for k, r in roles.items() if k not in under}, **under}, len(heading)


def table_tasks(lines: list[str], line_pages: list[int] | None = None) -> list[Task]:
    """Tasks from a table whose heading row names the columns ("STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan
    phối hợp | Thời gian thực hiện"; a second heading row may part "Cơ quan thực hiện" into "Chủ trì | Phối hợp"):
    each row of as many cells below it is a task, but a group's heading row (no lead, partner or time: "I | Công tác
    truyền thông | | |"). Only text whose tables came as rows (" | ": DOCX, ODT, .doc, RTF, HTML) has them."""
    out: list[Task] = []
    roles: dict[int, str] = {}
    heading: list[str] = []
    width = 0
    for n, line in enumerate(lines, start=1):
        cells = table_cells(line)
        if cells is None:
            roles, width = {}, 0
            continue
        found = _column_roles(cells)
        if "title" in found.values() and {"lead", "time"} & set(found.values()):
            roles, width, heading = found, len(cells), cells  # (a heading row, or its repetition on the next page)
            continue
        if roles and heading and found and not any(re.search(r"\d", c) for c in cells) and \
                set(found.values()) <= {"lead", "partners"}:
            roles, width = _second_heading_row(heading, roles, cells, found)  # ("| | Chủ trì | Phối hợp |")
            heading = []
            continue
        heading = []
        if not roles or len(cells) != width:
            continue
        by = {role: cells[k] for k, role in roles.items() if k < len(cells)}
        title = squash(by.get("title", ""))
        if not title or not (by.get("lead") or by.get("partners") or by.get("time")):
            continue  # (a group's heading row, or an empty one)
        out.append(Task(number=squash(by.get("number", "")).rstrip(".") or None, title=title[:300],
                        lead=split_agencies(by["lead"]) if by.get("lead") else [],
                        partners=split_agencies(by["partners"]) if by.get("partners") else [],
                        timeline=squash(by.get("time", "")).rstrip(" .;") or None, evidence=_ev(n, n, line_pages)))
    return out
