"""The normalisation pipeline: detect → per-line fixers → token decoding → result.

``run("S6: 73/KH-UBND").text`` → ``"Số: 73/KH-UBND"`` (in an OCR-eng document).
"""

from __future__ import annotations

import datetime
import gc
import itertools
import math
import os
import re
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from functools import cache, lru_cache

import regex

from . import KINDS, NormalizationResult, TextChange  # (KINDS: ocr_vie is named by the caller, it looks clean)
from .decode import (
    GROUP_MARKS,
    LETTER_GROUP_BEFORE_A_VOWEL,
    LETTER_GROUPS,
    NON_VIETNAMESE_LETTERS,
    REREAD_GATE,
    REREAD_GATE_ENG,
    SKELETON_CHANNELS,
    SUBST_GROUPS,
    Cand,
    Channel,
    Generator,
    Slot,
    adapted_channel,
    default_subst_channel,
    fuzzy_matchers,
    generator_for,
    learn_doc_rates,
    learn_doc_table,
    learn_eng_table,
    learn_symbol_floors,
    load_eng_channel,
    memo_get,
    ocr_vie_channel,
    refine_with_trigrams,
    release_channel,
    reread_unlikely,
    stripped_channel,
    subst_channel,
    trim_caches,
    viterbi,
    word_cost,
)
from .detect import detect_regions
from .fixers import (
    ABBR_WORD,
    AND_GLUED_BEFORE_A_CAPITAL,
    DOC_CODE,
    FILE_COPY,
    FILE_ENDINGS,
    ISSUER_TYPE_AND_PLACE_GLUED,
    PART_WORD,
    QUARTER_WORD,
    ROMAN,
    SIZE_ONLY_LETTERS,
    TITLES_PLACE_TYPE_ENDS,
    WEB_ENDINGS,
    WORD_BETWEEN_SPACES,
    apply_edits,
    capitalise_title_opening,
    date_place_cased_as_the_issuer,
    fix_abbreviation_small_letters,
    fix_abbreviations,
    fix_agency_and_run_together,
    fix_agency_head,
    fix_agency_head_as_figures,
    fix_agency_last_word_glued,
    fix_agency_name_case,
    fix_agency_name_end,
    fix_agency_name_glued_whole,
    fix_agency_name_last_word,
    fix_agency_name_misread,
    fix_agency_name_with_stand_ins,
    fix_agency_run_together_with_its_head,
    fix_and_social_affairs,
    fix_and_social_affairs_line,
    fix_area_phrase_run_together,
    fix_bang_read_for_i,
    fix_basis_opening,
    fix_behalf_mark,
    fix_brace_in_a_letter,
    fix_bracket_read_for_l,
    fix_capital_glued_before_the_titles_type,
    fix_chairman_title,
    fix_circulars_code,
    fix_cited_dates_year,
    fix_cited_numbers_slash,
    fix_cited_type_words,
    fix_city_words,
    fix_closing_quote_opening_a_line,
    fix_coded_deadline_words,
    fix_coded_space_as_l,
    fix_coded_span_opening,
    fix_comma_before_dash,
    fix_comma_inside_a_signers_name,
    fix_comma_inside_place,
    fix_committee_glued,
    fix_count_one_read_as_letter,
    fix_count_unit_parted,
    fix_count_unit_word,
    fix_dash_after_standing_committee,
    fix_dash_before_a_labels_agency,
    fix_dash_speck_before_a_titles_place,
    fix_date_letters_read_as_figures,
    fix_date_one_read_as_t,
    fix_date_slash_as_space,
    fix_date_slashes,
    fix_date_word_after_a_code,
    fix_day_figures_speck,
    fix_day_letters_before_slash,
    fix_day_speck,
    fix_deadline_glued,
    fix_deadline_word,
    fix_decimal_comma,
    fix_degree_speck_after_a_figure,
    fix_department_code_speck,
    fix_departments_phrase,
    fix_deputy_word,
    fix_director_title,
    fix_districts_phrase,
    fix_districts_word,
    fix_document_codes,
    fix_document_numbers,
    fix_dollar_read_for_s,
    fix_end_month_word,
    fix_end_month_word_after_a_break,
    fix_file_copy_label,
    fix_fixed_phrase_misread,
    fix_fixed_phrase_words,
    fix_for_glued_before_a_count,
    fix_h_read_as_strokes,
    fix_head_after_a_field_label,
    fix_heading_numbers,
    fix_horn_read_as_colon,
    fix_hyphen_after_an_agency_head,
    fix_hyphen_after_and_ending_a_line,
    fix_hyphen_after_the_prime_ministers_code,
    fix_hyphen_around_year_word,
    fix_hyphen_between_syllables,
    fix_hyphen_inside_a_header_term,
    fix_hyphen_inside_a_word,
    fix_hyphen_spacing,
    fix_issuer_type_word,
    fix_item_ending_asks,
    fix_item_numbers,
    fix_l_read_as_one_after_a_count,
    fix_label_words_misread,
    fix_labour_dash,
    fix_labour_dash_specks,
    fix_labour_glued,
    fix_labour_l_read_b,
    fix_lead_label,
    fix_lead_verb,
    fix_letter_before_a_lone_year,
    fix_letter_glued_before_a_count,
    fix_letter_glued_before_the_quarter_word,
    fix_letter_read_for_a_list_dash,
    fix_letter_speck_before_a_head,
    fix_lone_guillemet,
    fix_m_read_with_a_stroke,
    fix_misread_abbreviations,
    fix_month_dash,
    fix_month_letters_after_a_break,
    fix_month_number_specks,
    fix_month_one_read_as_four,
    fix_month_word_in_a_date,
    fix_nine_read_for_g,
    fix_number_label,
    fix_number_word_before_document,
    fix_o_read_as_arcs,
    fix_one_for_l_glued,
    fix_opening_quote_speck,
    fix_organise_t_lost,
    fix_part_numerals,
    fix_partner_label,
    fix_partner_label_hyphen,
    fix_partners_with,
    fix_percent_read_as_figures,
    fix_percent_read_as_quote,
    fix_period_year_off_the_plans,
    fix_phrase_run_together,
    fix_pipe_read_for_i,
    fix_places_comma_glued_to_the_date,
    fix_plan_type_line,
    fix_planning_word_at_a_break,
    fix_prime_ministers_code,
    fix_province_after_a_council,
    fix_q_read_for_o,
    fix_quarter_number_after_break,
    fix_quarter_numerals,
    fix_quarter_opening_a_line,
    fix_quarter_slash,
    fix_quarter_word,
    fix_quote_after_a_count,
    fix_quote_after_a_head_before_its_name,
    fix_quote_after_capitals,
    fix_quote_between_small_words,
    fix_quote_opening_a_header_line,
    fix_quote_opening_a_titles_place,
    fix_quotes_before_a_capital,
    fix_rate_figure_glued_as_a_letter,
    fix_rate_parted,
    fix_roman_numerals,
    fix_rural_word,
    fix_small_b_opening_capitals,
    fix_small_letter_ending_a_capital_word,
    fix_small_letter_opening_capitals,
    fix_small_letter_read_large,
    fix_so_parted,
    fix_social_word_at_a_break,
    fix_space_before_issuer_hyphen,
    fix_space_before_number_slash,
    fix_spaced_national_code,
    fix_span_from_word,
    fix_span_month_speck,
    fix_span_opening_month_word,
    fix_span_to_word,
    fix_span_word_at_a_break,
    fix_span_words_parted,
    fix_speck_after_a_date_word,
    fix_speck_after_a_label_ending_the_line,
    fix_speck_after_a_titles_place_type,
    fix_speck_after_and,
    fix_speck_after_the_lead_verb,
    fix_speck_after_the_number_word,
    fix_speck_before_and_going_on,
    fix_speck_before_committee,
    fix_speck_before_item_dash,
    fix_speck_between_for_and_a_count,
    fix_speck_glued_in_a_name_after_the_file_copy,
    fix_speck_inside_a_position,
    fix_speck_inside_a_task_label,
    fix_speck_inside_a_type_code,
    fix_speck_inside_an_agency,
    fix_speck_opening_a_date,
    fix_speck_opening_a_spans_end,
    fix_specks_between_a_count_and_its_unit,
    fix_specks_between_header_capitals,
    fix_specks_in_a_time_span,
    fix_specks_in_the_issuers_line,
    fix_specks_inside_the_committee,
    fix_specks_opening_a_line_going_on,
    fix_specks_opening_a_titles_place,
    fix_standing_committee,
    fix_stop_after_an_agency_head,
    fix_stop_inside_a_broken_time_label,
    fix_stop_inside_a_document_code,
    fix_t_read_as_bracket,
    fix_targets_heading,
    fix_task_field_label,
    fix_thousands_stop,
    fix_tilde_for_an_items_dash,
    fix_time_label,
    fix_time_label_word,
    fix_time_span_from,
    fix_time_word_at_a_break,
    fix_underscore_speck,
    fix_unicode,
    fix_v_read_as_backslash,
    fix_vowel_read_twice,
    fix_with_glued_to_the_head,
    fix_year_parted,
    fix_year_with_a_figure_more,
    fix_year_word,
    fix_year_word_its_n_lost,
    fix_years_word_at_a_break,
    head_after_a_field_label_ending_a_line,
    header_place_as_the_body_names,
    hyphen_inside_a_name_ending_a_line,
    in_capitals,
    issuer_line_glued,
    issuer_place_the_body_names,
    issuer_type_and_place_glued,
    issuers_place,
    issuing_agency_as_named,
    item_number_stop_lost,
    join_parted_uy,
    join_stop_parted_word,
    match_case,
    month_four_read_a,
    one_figure_off,
    parted_syllables,
    place_as_the_header_writes_it,
    place_glued_in_the_issuer,
    place_going_on_from_the_line_before,
    place_going_on_to_the_next_line,
    place_hyphen_spaced,
    place_the_code_spells,
    place_type_before_a_header_place,
    plain_letters,
    read_national_header,
    recipient_as_its_usual_item,
    restore_labour_department_in_capitals,
    space_after_comma,
    space_after_the_places_comma,
    speck_dash_inside_a_name,
    specks_before_a_fields_value,
    split_agency_head_glued,
    split_coded_p_coda,
    split_council_glued_to_its_place,
    split_date_glued_after_a_code,
    split_date_word_glued_after_a_word,
    split_departments_and_glued,
    split_district_number_glued,
    split_district_word_after_the_area,
    split_glued_abbreviations,
    split_glued_basis_opening,
    split_glued_codes,
    split_glued_counts,
    split_glued_date_words,
    split_glued_numerals,
    split_glued_place,
    split_glued_place_type,
    split_number_before_word,
    split_speck_joined_words,
    title_type_word_as_the_issuer,
)
from .lexicon import (
    ABBR_MARK,
    AGENCIES,
    Lexicon,
    abbreviation_token,
    gazetteer_full_names,
    get_lexicon,
    given_names,
    two_syllable_words,
    written_small_mostly,
)
from .syllable import canonical, is_valid_skeleton, is_valid_syllable, skeleton

#: this module's patterns kept out of regex's own cache while they are compiled, as the fixers' are (restored at the
#: module's end; see :mod:`vetplan.normalize.fixers`)
_CACHE_ALL_BEFORE = regex.cache_all(None)
regex.cache_all(False)

#: a signature's director line opening with GIÁM (after "KT." maybe), as a code writes it
_DIRECTOR_OPENING = regex.compile(r"^[\s.]*(?:KT\s*\.\s*)?GIAM")
OCR_KINDS = ("ocr_eng", "ocr_vie")  # OCR'd text: the fixers of a scan's part numbers and specks apply
FIXER_NAME = {"stripped": "restore_diacritics", "ocr_eng": "decode_ocr_eng", "substitution": "decode_substitution",
              "ocr_vie": "repair_ocr_vie_marks"}
LETTERS_RE = re.compile(r"[^\W\d_]+")
_ENG_CH = r"[\w§¢&@¥£©®°€]"
# Tesseract-eng reads some marked vowels as symbols inside a word: "thi?c" (thức), "PH{i" (PHÍ)
# (a bar before a small letter is an italic "l": "|uat" luật; a horn may follow: "co’" cơ; a comma before a
# digit is no lost space: "thang,06" is "tháng, 06"; nor is a quote before a number: "cho'1.000 lao động")
ENG_RE = re.compile(r"(?:\|(?=[^\W\d_A-Z]))?" + _ENG_CH + r"+(?:(?:[’'‘?{#]|,(?!\d))(?!\d+[.,:]\d)" + _ENG_CH + r"+)*"
                    r"(?:(?<=[oOuUdéÉ])[’'‘](?![\w’'‘]))?")
#: the horn of "ơ"/"ư" read apart from its letter as an apostrophe after it ("co’ so’" cơ sở, "chuo’ng"
#: chương, "U’ng" Ứng: Tesseract-eng on fonts that set the horn off the letter), also after the "é" it
#: makes of a toned "ơ" ("sé’" sở, in italics)
HORN_MARK = re.compile(r"(?<=[oué])[’'‘]")
#: a horned vowel with its tone read as "d" (never a final consonant), the horn after it: "sd’" sở, "nud'c" nước
HORN_D = re.compile(r"(?<=[^\W\d_])d(?=[’'‘])")
HORN_MISSING_COST = 3.0  # nats for a reading without the horn a mark shows (2 to 6 give the same figures)
SUB_RE = re.compile(r"[^\s\-/–]+")
CLOSED_PAREN = re.compile(r"\([^()\n]*\)")  # a parenthesis closed before another opens
#: a code's group for a vowel after a capital ending a word ("TI)": Tú), and its ")", no parenthesis's
CODED_GROUP_END = re.compile(r"(?<=[A-Z])[IT]\)$")
_CODED_GROUP_PAREN = re.compile(r"(?<=[A-Z][IT])\)")
STRIP_CHARS = "\"'“”‘’.,;:!…"
UNCERTAIN_MARGIN = 1.5
#: a fixer's edit under this confidence is a guess (a quarter's lost number read I) and is listed among the uncertain
#: tokens, as a decoded one within UNCERTAIN_MARGIN is
FIXER_GUESS = 0.6
MAX_CANDS = int(os.environ.get("VETPLAN_MAX_CANDS", "40"))
TWO_DIGITS = re.compile(r"\d\d")
UPPER_LETTER = regex.compile(r"\p{Lu}")
ROMAN_NUMERAL = re.compile(r"I{2,3}|IV|VI{1,3}|IX|XI{1,3}|X{2,3}I{0,3}")
#: the signature block's "on behalf of" marks, fixed by the rules for administrative documents: "TM. ỦY BAN
#: NHÂN DÂN", "KT. CHỦ TỊCH", "TL.", "TUQ." (in a symbol code's capitals line "TM" was read "TỪ"; there the word after
#: may open with a stand-in: "TM. <Y BAN")
SIGNATURE_MARK = re.compile(r"(?<![^\W\d_])(?:TM|KT|TL|TUQ)(?=\s*\.\s*\S)")  # (a code's digit stand-in: "TM. 6Y")
#: a trademark sign Tesseract-eng set after a signature mark ("TM™. ỦY BAN NHÂN DÂN"): no plan has one
TRADEMARK_AFTER_MARK = regex.compile(r"(?<=\b(?:TM|KT|TL|TUQ))[™®]+(?=\s*\.)")
#: … or read for the mark's M itself ("T™. UY BAN NHAN DAN": TM.)
TRADEMARK_FOR_M = regex.compile(r"(?<![\p{L}\d])T™(?:\s*\.|:)(?=\s*\S)")  # (a colon for its stop: "Noi nhan: T™: UY
# BAN NHAN DAN", real Tesseract-eng on fresh seed 8628, read "TỪ™:", taken for a recipient)
#: "TM." before the committee's name with its T misread ("I'M. UY BAN NHAN DAN", "T'M.", "1M.": Tesseract-eng; "EM.",
#: "PM." both OCRs, a bold T's bar read as an E's or P's)
SIGNATURE_MARK_MISREAD = regex.compile(r"(?<![\p{L}\d])(?:[IT]['’]M|[1IEPF]M)(?:(?=\s*\.)|,)"
                                       r"(?=\s*\.?\s*(?i:[UỦ]Y|HOI|HỘI)\b)")  # (its stop read as a comma: "Nơi nhận:
# EM, ỦY BAN NHÂN DÂN", vetplan's OCR of fresh seed 2629's scan, the mark taken for a recipient)
#: a signature mark's stop read as a semicolon before the committee's name or a position ("Nơi nhận: TM; ỦY BAN.NHÂN
#: DÂN": vetplan's OCR of fresh seed 1821's scan, the mark taken for a recipient)
#: "TM." before the committee's name with its M lost and a second stop for it ("Noi nhan: T.. UY BAN NHAN DAN": real
#: Tesseract-eng on fresh seed 6714, read "TỪ..", the mark taken for a recipient)
MARK_M_LOST = regex.compile(r"(?<![\p{L}\d])T\.\.(?=[ ]*[UỦ][YỶ][ ]+BAN[ ]+NH)")
#: a speck's stop after the "PHÓ" of a deputy's position in capitals ("UBND cad huyen, thanh pho PHO. GIAM DOC": real
#: Tesseract-eng on fresh seed 6485, the signature's column merged after a recipient, read "thành phố HỒ. GIÁM ĐỐC" and
#: the position lost)
DEPUTYS_STOP = regex.compile(r"(?<=(?<![\p{L}\d])PH[OÓ])[.,]"
                             r"(?=[ ]*(?:GI[AÁ]M[ ]+[ĐD][OỐ]C|CH[UỦ][ ]+T[IỊ]CH)(?![\p{L}\d]))")
MARK_STOP_AS_SEMICOLON = regex.compile(r"(?<=(?<![\p{L}\d])(?:TM|KT|TL))[;]"
                                       r"(?=[ ]?(?:[UỦ]Y[ .]|UBND|CH[UỦ][ ]|GI[AÁ]M[ ]))")
#: "KT." before a position with its T misread ("KP. CHU TICH": real Tesseract-eng on fresh seed 1551, the deputy's
#: position lost — "KP. CHỦ TỊCH" was taken for the signer's): no other mark opens with a K; the position's own letters
#: maybe misread too ("KE. CHU LICH", "GIAM DOC": real Tesseract-eng on fresh seed 1702, the deputy's position lost)
DEPUTY_MARK_MISREAD = regex.compile(r"(?<![\p{L}\d])(?:K(?:[A-SU-Z](?=\s*\.)|[A-Z],|[a-z](?=\.))|k[iíìlt](?=\.))"
                                    r"(?=\s*\.?\s*(?:CH[UỦ]|GI[AÁ]M)[ ]"
                                    r"(?:[TLIJ1|P][IỊJl|1]CH|[ĐDP][OỐÔ6]C|T[IỊ]C(?=[ ]*[|]?[ ]*$))\b)")
# (its stop read as a comma: "KP, GIAM DOC", real Tesseract-eng on fresh seed 2598, read "KỲ," and the position taken
# for the head's)
# (or read small: "Thường trực Tĩnh ủy kí. CHỦ LỊCH", vetplan's OCR of fresh seed 2459's scan, the mark taken for
# the recipient's and the deputy's position below it lost)
# (its T small: "Phuong truc Tinh uy Kr. CHU TICH", real Tesseract-eng on fresh seed 4286, read "Kỳ."; its T read E
# and the title's T read P: "Therone true Pink uy: KE. CHU PICH", 6428, read "Kế." and the deputy's position lost; the
# title's H lost at the line's end: "- Chu tich, cac PET UBND tinh KT, CHU TIC |", 6557, the recipient kept it)
#: a speck read as a capital glued before a deputy's mark that opens its line ("RKT.CHỦ TỊCH": vetplan's OCR of fresh
#: seed 1431's scan, the "R" taken for a recipient) — no word ends in "KT" before a stop
SPECK_BEFORE_A_DEPUTY_MARK = regex.compile(r"^\s*([A-Z|!\[\]])KT(?=\s*\.\s*(?:CH[UỦ]|GI[AÁ]M)[ ])")
#: a speck read as a small letter glued before the file copy's label opening its line ("xLưu: VT": vetplan's OCR of
#: fresh seed 1511's scan, read "lưu: VT" and run into the recipient before)
SPECK_BEFORE_THE_FILE_COPY = regex.compile(r"^\s*([a-z|!\[\]])(?=L[ưu]u\s*[:;.]\s*V)")
#: a person's initials: single capitals each with a full stop, before a capital ("P.T.T.Huyền", "Nguyễn V. An")
INITIALS = regex.compile(r"(?<![^\W\d_])(?:[A-ZĐ]\.){1,4}(?=\s?\p{Lu})")  # (a capital with a mark too: "O.Ở")
#: the commonest Vietnamese family names, but those that as often open a common word or many places' names
#: (Hà, Lâm, Mai, Cao, Văn, Đoàn): with one to three Capitalised syllables after it, a person's name
FAMILY_NAMES = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ",
                "Ngô", "Dương", "Lý", "Đinh", "Đào", "Trịnh", "Trương", "Lưu", "Vương", "Tạ", "Quách", "Lương",
                "Kiều", "Mạc", "Lại", "Tống", "Triệu")
#: a person's name as Vietnamese OCR read it: "Nguyễn Thị Minh Hằng". Its marks are kept: the LM knows the
#: syllables as words, not names ("Minh Hằng" had become "Minh Hàng"), and the Vietnamese model reads them well
PERSON_NAME = regex.compile(rf"(?<![\p{{L}}\d])(?:{'|'.join(FAMILY_NAMES)})(?:[ ]\p{{Lu}}\p{{Ll}}*){{1,3}}"
                            r"(?![\p{L}\d])")
#: middle names so common that their letters name them: "Van" is Văn, "Thi" Thị, "Duc" Đức in a person's name
MIDDLE_NAMES = ("Văn", "Thị", "Đức", "Hữu", "Ngọc", "Quang", "Xuân", "Hồng", "Quốc", "Mạnh", "Tiến", "Việt", "Công",
                "Đình", "Bá", "Kim", "Minh", "Anh", "Thu", "Thanh", "Trọng", "Duy", "Hoài", "Thế", "Gia", "Bảo")
_MIDDLE_BY_LETTERS = {skeleton(n.lower()): n for n in MIDDLE_NAMES}
#: the signer's position on a line, however its marks came out ("PHO CHU TICH", "KT. GIÁM ĐỐC"): the name line
#: follows it within NAME_AFTER_POSITION lines (elsewhere "Truong Cao Dang" is a school, "Dinh Huong" a heading)
_POSITIONS = ("CHU TICH", "GIAM DOC", "TRUONG PHONG", "TRUONG BAN", "HIEU TRUONG", "BI THU", "CHANH VAN PHONG")
#: (an English-model scan reads the capital Đ of ĐỐC as B or P: "GIAM BOC")
POSITION_LETTERS = re.compile(r"\b(?:" + "|".join(_POSITIONS).replace("DOC", "[DBP][^\\s.,;:]{1,2}[CGQ]")  # (its Ố
                              # read as any one character: "GIAM DSC", sample 000's engine on fresh seed 3483 eng000,
                              # the signer's name then read "Và Quảng Bình"; or two, "G‘lAM POÉC", 3870 eng000: the
                              # middle name "Minh" read "Mình")
                              .replace("GIAM", "G[‘’'`]?[IL1|]?AM")  # ("G1AM PBC", "GAM DEC": its I read as a stroke
                              # or lost; a speck before it, "G‘1AM POC", fresh seed 639 eng000: the signer's name had
                              # been lost)
                              .replace(" ", r"[ .,\-–]+") + r")\b")  # ("GIAM DOG"; specks between words: "CHU. .TICH")


def _coded_position(letters: str) -> str:
    """A position's pattern in a symbol code, whose vowels are stand-ins of one to four characters ("CH<;> T^CH",
    "GI@M DeC"), its words run together at times, its Đ maybe P: each vowel run of its letters may be any of them; a
    consonant after a stand-in in either case ("TIcH", "D6c": a code capitalises at random, sample 004's "YEU cAu"),
    a word's last one maybe with a stand-in's leftover after it ("GIAMl D6C"); its first letter maybe read small where
    the two have one shape ("cHU TICH")."""
    def word(w: str, first: bool) -> str:
        runs = re.findall(r"[AEIOUY]+|[^AEIOUY]+", w)
        return "".join(r"\S{1,4}" if run[0] in "AEIOUY" else "".join(
            ("[DP]" if c == "D" else f"[{c}{c.lower()}]" if first and j == 0 and c.lower() in SIZE_ONLY_LETTERS
             else c) if k == 0 else ("[DdPp]" if c == "D" else f"[{c}{c.lower()}]") for j, c in enumerate(run))
            for k, run in enumerate(runs))  # (a word's first letters in capitals: a position in running text is none)

    return r"\S?\s*".join(word(w, n == 0) for n, w in enumerate(letters.split(" ")))


#: the same positions in a symbol code; none right after a place's type word, whose name a code's stand-ins can make
#: look like one ("TINH B?NH THUAN": Bình Thuận, not "BÍ THƯ", whose "signer's name" below had made KẾ HOẠCH "ÂU HOẠCH")
POSITION_CODED = regex.compile(r"(?<![^\W\d_])(?<!(?<![^\W\d_])(?:" + "|".join(map(_coded_position, (
    "TINH", "HUYEN", "QUAN", "THANH PHO", "THI XA", "XA", "PHUONG", "THI TRAN"))) + r")\s*)(?:"
    + "|".join(map(_coded_position, _POSITIONS)) + ")")
NAME_AFTER_POSITION = 8
#: a speck read as a small letter glued before a word's capital, on a line that without it is a signer's name ("Vii Ngoc
#: rHanh", "Nguy&n rNgoc Son": sample 000's engine on fresh seeds 1219 and 1235 eng000, the signers lost; a small b is a
#: Đ's, fix_small_b_opening_capitals)
_SPECK_BEFORE_A_NAMES_CAPITAL = regex.compile(r"(?<!\S)[ac-z](?=\p{Lu}\p{Ll})"
                                              r"|(?<=^\s*\p{Lu}\p{Ll}{1,6}),(?=[ ]\p{Lu}\p{Ll})"
                                              r"|(?<=^\s*\p{Lu}\p{Ll}{2,5})[,.](?=\p{Ll}[ ]\p{Lu}\p{Ll})")
# (or a comma after the family name: "Pham, Thu Binh", real Tesseract-eng on fresh seed 1899, the signer lost; or
# before its last letter: "Huyn,h Anh Huyén", sample 000's engine on fresh seed 5095 eng000, read "Huynh Anh Huyện")
#: the specks a scan reads after a signer's name, closing its line ("Huynh Thi Tuan,"; a hyphen: "Lam Kim Lan-", real
#: Tesseract-eng on fresh seed 2719, the signer read with it)
_NAME_END_SPECKS = ",;:'‘’`–—~_-"  # (the hyphen last: a class's literal)
_NAMES_SPECK_AFTER = regex.compile(rf"(?<=\p{{L}})[ ]?[{_NAME_END_SPECKS}]+(?=\s*$)")  # (a space before it too: "- Lưu:
# VT. Nguyễn Hữu Khánh :", vetplan's OCR of fresh seed 2295's scan, the signer lost)
#: the positions as written ("CHỦ TỊCH"), in :data:`_POSITIONS`' order
_POSITIONS_WRITTEN = ("CHỦ TỊCH", "GIÁM ĐỐC", "TRƯỞNG PHÒNG", "TRƯỞNG BAN", "HIỆU TRƯỞNG", "BÍ THƯ", "CHÁNH VĂN PHÒNG")
#: a signature column's line that is a position and nothing else in a symbol code, maybe after its mark and "PHÓ"
#: (its space maybe lost): "PHa CH?TICH", "KT. GI@M DeC", "PHOCHi T}CH"
_CODED_POSITION_LINE = re.compile(r"^(\s*)((?:(?:KT|TM|TL|TUQ)\s*\.\s*)?)(PH\S{1,3}?\s*)?("
                                  + "|".join(f"({_coded_position(p)})" for p in _POSITIONS) + r")[\s.]*$")


def restore_coded_position(line: str) -> list[tuple[int, int, str, float]]:
    """A symbol-coded line that is a signature's position and nothing else, written as the position is: ``"PHa
    CH?TICH"`` → "PHÓ CHỦ TỊCH" (the decoder had read "PHa CHẾ TÍCH", and no signer's position was found)."""
    m = _CODED_POSITION_LINE.match(line)
    if m is None:
        return []
    k = next(k for k in range(len(_POSITIONS)) if m.group(4 + 1 + k) is not None)
    want = ("PHÓ " if m.group(3) else "") + _POSITIONS_WRITTEN[k]
    a, b = m.start(3) if m.group(3) else m.start(4), m.end(4)
    return [] if line[a:b] == want else [(a, b, want, 0.9)]


#: a signature's mark ("TM. UY BAN NHAN DAN", "KT. CHU TICH"; a code's letter glued to it: "TMl."), whose next line
#: is the signer's position
_SIGNATURE_MARK_LINE = regex.compile(r"^\s*(?:KT|TM|TL|TUQ)[^\s.]?\s*\.")
#: the positions by their letters, "PHÓ" before them or not: "CHUTICH" → "CHỦ TỊCH"
_POSITIONS_BY_LETTERS = {pre.replace(" ", "") + p.replace(" ", ""): ("PHÓ " if pre else "") + w
                         for pre in ("", "PHO ") for p, w in zip(_POSITIONS, _POSITIONS_WRITTEN, strict=True)}
_CAPITAL_VOWELS = frozenset("AEIOUY")


def _coded_letters_off(read: str, letters: str) -> int:
    """Letters a coded reading ``read`` (capitals, no spaces) is off ``letters`` by (edits of one character each), a
    vowel of ``letters`` costing nothing against a vowel or a code's stand-in (anything but a consonant: "J", "9",
    "}"): ``("CAUTJCH", "CHUTICH")`` → 1 (its H written "a")."""
    prev = list(range(len(letters) + 1))
    for i, c in enumerate(read, 1):
        cur = [i]
        stand_in = c in _CAPITAL_VOWELS or not ("A" <= c <= "Z") or c.lower() in NON_VIETNAMESE_LETTERS
        for j, want in enumerate(letters, 1):
            same = c == want or (stand_in and want in _CAPITAL_VOWELS)
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (0 if same else 1)))
        prev = cur
    return prev[-1]


def position_under_its_mark(line: str) -> str | None:
    """A symbol-coded line under a signature's mark read as the position it names when its letters are one or two off
    it and no other position's so near: ``"caU TJCH"`` under "TMl. UY BAN NHANDAN" → "CHỦ TỊCH" (sample 004's engine
    wrote an H as "a" at times, which no stand-in table reads: fresh seed 823 code004, the position and the signer's
    name had been lost); None for a line that names none so."""
    read = "".join(line.split()).upper()
    if not 4 <= len(read) <= 16 or len(line.split()) > 4 or 3 * sum(
            c.islower() and c not in SIZE_ONLY_LETTERS for c in line) > len(read):
        return None  # (a position is written in capitals, a name is not: "Ha Thu" is no "BÍ THƯ"; but a code writes
        # either size of the letters whose capitals are their shape made larger: "caU TIcH", fresh seed 2654 code004)
    scored = sorted((_coded_letters_off(read, letters), form) for letters, form in _POSITIONS_BY_LETTERS.items())
    best, form = scored[0]
    return form if best <= min(2, len(read) // 4) and scored[1][0] >= best + 2 else None


#: a deputy's mark line read right: "KT. GIÁM ĐỐC" (the line under it is "PHÓ GIÁM ĐỐC")
_DEPUTY_MARK_LINE = regex.compile(r"^\s*KT\.[ ]*(" + "|".join(_POSITIONS_WRITTEN) + r")\s*$")


def deputy_position_under_its_mark(line: str, mark_line: str, coded: str | None = None
                                   ) -> list[tuple[int, int, str, float]]:
    """The line under a deputy's mark ("KT. GIÁM ĐỐC": signed for the director) is the deputy's position, "PHÓ" and the
    mark's position: written so where its letters are that but for one in three ("Phó GIÁM đốc", "PHÓ GIÁM Ở)CÓ",
    "PH<;>)GIAMT ĐỐC": sample 000's and 004's engines on fresh seeds 3419, 3466 eng000 and 3427 code004, the signer's
    position lost); in a symbol code (``coded``: the line as the code wrote it) its vowels any stand-ins ("PH<;>)CH\\L
    TICH", read "PHÂN TÍCH": fresh seed 14133 code004); a line of more words, or of other letters, is left."""
    from rapidfuzz.distance import Levenshtein

    m = _DEPUTY_MARK_LINE.match(mark_line)
    if m is None or not line.strip() or len(line.split()) > 5:
        return []
    want = "PHÓ " + m[1]
    got, letters = line.strip(), skeleton(want.lower()).replace(" ", "")
    read = plain_letters(got)
    if got == want or (read[:1] != "p" and not (coded and coded.lstrip()[:2] == "PH")):
        return []
    if Levenshtein.distance(read, letters) > len(letters) // 3 and not (coded and (
            regex.fullmatch(r"\s*" + _coded_position(skeleton(want.lower()).upper()) + r"\s*", coded)
            or Levenshtein.distance(plain_letters(coded), letters) <= len(letters) // 3)):  # (or the code's letters
        # that but for one in three, whatever the decoder read: "PH<;> cHU TIca", read as a name "Phạm Thu Từ Ca",
        # fresh seed 15355 code004, the position lost)
        return []
    a = len(line) - len(line.lstrip())
    return [(a, a + len(got), want, 0.8)]


#: the people's committee's name in capitals in a symbol code, its first word's vowel a stand-in of any kind (a capital
#: too: "CY BAN NH@N D@N", "<Y BAN NHl,rN DAN")
_CODED_COMMITTEE = re.compile(r"(?<![^\W\d_])" + _coded_position("UY BAN NHAN DAN") + r"(?![^\W\d_])")


#: "TM." before the committee's name in a symbol code with a letter or stroke glued after its M ("TMT. UY BAN NHFIN
#: DAN", "TMl. I)Y BAN": the decoder had read "TỐT.", "TỪ.", and the signer was lost; fresh seeds 590 and 604 code004)
_CODED_BEHALF_MARK = regex.compile(r"(?<![\p{L}\d])TM[lIT|1](?=\.\s*\S{1,3}Y[ ]+BAN(?![\p{L}\d]))")


def restore_coded_behalf_mark(line: str) -> list[tuple[int, int, str, float]]:
    """``"TMT. UY BAN NHFIN DAN"`` → "TM." (no other mark stands before the committee's name)."""
    return [(m.start(), m.end(), "TM", 0.85) for m in _CODED_BEHALF_MARK.finditer(line)]


#: fixers whose coded words, read whole, teach a symbol code's table what their stand-ins are (as the decoder's sure
#: readings do)
_FIXERS_THAT_TEACH_THE_CODE = frozenset({"restore_coded_targets_heading", "fix_departments_phrase"})
#: the targets' part heading after its Roman number in a symbol code ("II. cHI)TIEu": its Ỉ a group, its space lost, its
#: capitals small at random)
_CODED_TARGETS_HEADING = regex.compile(r"^(\s*[IVX]{1,4}[.,]\s*)(" + _coded_position("CHI TIEU") + r")\s*[.:]?\s*$")


def restore_coded_targets_heading(line: str) -> list[tuple[int, int, str, float]]:
    """``"II. cHI)TIEu"`` → "II. CHỈ TIÊU" (the decoder had read "II. chiều", and the plan's targets were lost: fresh
    seed 634 code004)."""
    m = _CODED_TARGETS_HEADING.match(line) or _CODED_TARGETS_HEADING_H_LOST.match(line)
    if m is None or m.group(2) == "CHỈ TIÊU" or re.sub(r"[^BCDGHK-NP-TVX]", "", m.group(2).upper()) not in (
            "CHT", "CT"):
        return []  # (its consonants the heading's: "III. CHU TICH" is no "CHỈ TIÊU"; a letter no Vietnamese word has is
        # a stand-in, "II. caJ TIEu", fresh seed 2719 code004, read "các Tiêu": the targets lost)
    return [(m.start(2), m.end(2), "CHỈ TIÊU", 0.85)]


#: a part's heading after its Roman number in a scan: its words, up to a speck or two around them
_SCANNED_PART_HEADING = regex.compile(r"^(\s*[IVX]{1,4}[.,]\s*)(\S[^a-z]{2,14}?)\s*[.:]?\s*$")


def targets_heading_misread(line: str) -> list[tuple[int, int, str, float]]:
    """A scan's targets heading whose letters are "CHỈ TIÊU"'s but for two at most, in capitals: ``"II. bCHI TEU"`` →
    "II. CHỈ TIÊU" (sample 000's engine on fresh seed 3536 eng000, a speck glued before it and its I lost: read "ĐCHI
    TỪ", the plan's targets lost); "CHỦ TỊCH" and the other parts' headings are further off."""
    from rapidfuzz.distance import Levenshtein

    m = _SCANNED_PART_HEADING.match(line)
    if m is None or m[2] == "CHỈ TIÊU" or sum(c.isupper() for c in m[2]) < 5 or Levenshtein.distance(
            plain_letters(m[2]), "chitieu") > 2:
        m = _TARGETS_HEADING_SECOND_WORD_SMALL.match(line)
        if m is None or Levenshtein.distance(plain_letters(m[2]), "chitieu") > 2:
            return []
    return [(m.start(2), m.end(2), "CHỈ TIÊU", 0.8)]


#: … its first word in capitals, its second in small letters, which the decoder read as a word ("I. CHI neu": real
#: Tesseract-eng on fresh seed 11808, read "CHỈ nếu", the plan's targets lost)
_TARGETS_HEADING_SECOND_WORD_SMALL = regex.compile(r"^(\s*[IVX]{1,4}[.,]\s*)(CH[IỈ][ ]\p{Ll}{2,4})\s*[.:]?\s*$")


#: … its H lost ("II. caI TIEu": fresh seed 1505 code004, read "cái Tiêu", the targets lost; its space too, "II.
#: caJ)TIEu", fresh seed 12741 code004, kept as the code wrote it)
_CODED_TARGETS_HEADING_H_LOST = regex.compile(r"^(\s*[IVX]{1,4}[.,]\s*)([cC]\S{1,3}[ ]?T[IiEe]\S{0,2}[UuƯư])"
                                              r"\s*[.:]?\s*$")


def restore_coded_committee(line: str) -> list[tuple[int, int, str, float]]:
    """The people's committee's name in a symbol code's capitals written as it is: ``"CY BAN NHl,rN DAN"`` → "ỦY BAN
    NHÂN DÂN" (a capital stand-in for Ủ had been read "CÓ BAN", and the issuer lost its committee)."""
    out = []
    for m in _CODED_COMMITTEE.finditer(line):
        mark = _BEHALF_MARK_GLUED.match(m.group(0))  # (the pattern's first stand-in may take a mark glued before it:
        # "TM.UY BAN NHuN DAN", fresh seed 4676 code, whose "TM." had gone with it)
        at = m.start() + (mark.end() if mark else 0)
        want = ("" if mark is None or mark.group().endswith(" ") else " ") + "ỦY BAN NHÂN DÂN"
        if line[at:m.end()] != want.strip():
            out.append((at, m.end(), want if mark else want.strip(), 0.9))
    return out


#: a signature's "TM." glued before the committee's name (group: the mark, the space after it if any)
_BEHALF_MARK_GLUED = re.compile(r"TM[.,:]\s*")


#: a syllable of a person's name as damaged text writes it: Capitalised ("Phan", "Dire"), its vowels maybe stand-ins
#: or digits in a symbol code or an English-model scan ("D}c" Đức, "H9" Hà, "V6" Võ), no stop or comma in it
NAME_WORD = regex.compile(r"\p{Lu}[^\s.,;:()]{0,6}")
#: a code's name syllable opened by a stand-in for its vowel ("@n" An, "<;>nh" Anh)
CODED_NAME_WORD = regex.compile(r"[^\w\s.,;:()\-][\p{Ll}]{0,5}")
#: family names read as such on a signature's name line, where no word is meant: the commonest
#: (:data:`FAMILY_NAMES`) and those that elsewhere open common words or places' names
SIGNER_FAMILY_NAMES = (*FAMILY_NAMES, "Hà", "Lâm", "Mai", "Cao", "Đoàn", "Tô", "Chu", "Thái", "Hứa", "Phùng",
                       "Tôn", "Khúc", "La", "Nông", "Lò", "Lục", "Thân", "Giang", "Đàm", "Lã", "Âu", "Doãn", "Nghiêm")
# (the commoner first wins: "La" is Lã's letters too)
_FAMILY_BY_LETTERS = {skeleton(n.lower()): n for n in reversed(SIGNER_FAMILY_NAMES)}
#: nats off a family or middle name's reading on a signature's name line: beside "Phần", "Thứ" the LM prefers,
#: the name's own spelling wins unless the channel reads it much worse
PERSON_NAME_BONUS = 5.0
#: the first family names of :data:`FAMILY_NAMES` borne by about 1% of the people or more each (Nguyễn about 38%, Lê
#: 9.5%, … Dương 1%): theirs the whole bonus; the rest of that list's FAMILY_TIER_COST less, the rarer names of
#: :data:`SIGNER_FAMILY_NAMES` (Lã, Khúc, …) twice that less
COMMON_FAMILY_NAMES = 15
FAMILY_TIER_COST = 0.5
#: the first middle names of :data:`MIDDLE_NAMES`, Văn and Thị, borne by far more people than any other; the others
#: MIDDLE_TIER_COST less likely
COMMON_MIDDLE_NAMES = 2
MIDDLE_TIER_COST = float(os.environ.get("VETPLAN_MIDDLE_TIER", "0.5"))
PERSON_NAME_MAX_COST = 7.0  # (a reading dearer than this is no reading of the token)
NAMES_ONLY_IN_CODES = os.environ.get("VETPLAN_NAMES_ONLY", "1") == "1"
#: a given name's reading is weighed by how many names end so and this much of its log-frequency as a word (the
#: names' list counts distinct names, not people: "Khanh" ends more than "Khánh"). Stripped dev names read the same
#: at 0.2 to 0.5; in codes 0.3 wins three "Khánh" and loses a "Lộc" ("Lực") of 60, 0.2 the reverse
GIVEN_WORD_WEIGHT = 0.2
GIVEN_NAME_WEIGHT = 1.0  # nats per ln(1 + names ending so) off a given name's reading ("Long": 3.0, "Yên": 1.4)
#: nats on a given name's reading that no name of the list ends in ("Quên", "Thấy", "Thing": the words as read, where
#: "Quén" is Quân, "Thay" Thủy): by Good-Turing 110 of the list's 2,536 names end in a syllable only one ends in, so
#: names ending in an unseen one are about 4% of all, spread over a thousand-odd syllables — ln(1000 / 110) ≈ 2.2 nats
#: dearer than a name one ends in, of which GIVEN_NAME_WEIGHT's ln(1 + 1) makes 0.7
UNSEEN_GIVEN_NAME_COST = 1.5


def person_name_roles(line: str, kind: str) -> dict[int, str]:
    """A person's name standing alone at the end of a line, as a signature's last line is (the caller asks only
    below a position's line): each word's start → its role, "family", "middle" or "given" ("Phan D}c Long",
    "H9 Th& Nam", "Vii Dire Quan"), also when an OCR merged the recipients' column into its line ("- Luu: VT. Ha
    Thi Nam": the words after the last stop, semicolon or colon); empty for any other line (a heading in
    capitals, a list item, a position); the file copy's "VT" is no family name ("- Luu: Vie Cao Van Lan": Vũ)."""
    copy = FILE_COPY.match(line) if "V" in line else None  # a name after the file copy's VT: "- Luu: V7 Ha Thi Nam"
    starts = [0, *[m.end() for m in NAME_TAIL_AFTER.finditer(line, copy.end() if copy else 0)][-1:]]
    if copy is not None:  # (past a scan's speck: "- Luu: VT. ~ Lé Minh Phong", whose Phong had been "Phòng")
        starts.append(copy.end() + len(line[copy.end():]) - len(line[copy.end():].lstrip(" .,;~_'`‘’-–—|")))
    if (closing := _name_closing_an_item(line, kind)) is not None:  # ("- UBND ac huyén; thanh pho Le Anh Nam")
        starts.append(closing)
    for at in sorted(set(starts)):  # (the longest name first: "- Liu: VE. . ~.. Dang. Van Ha" is Đặng Văn Hà, not "Van
        # Ha" after the speck's stop — real Tesseract-eng on fresh seed 2598, the signer lost)
        tail = line[at:]  # (a position in the recipients' item before it is none of the name's: "- Chu tich, cac
        if POSITION_CODED.search(tail) or POSITION_LETTERS.search(skeleton(tail.lower()).upper()):  # PCT …; Dinh …")
            continue
        words = [(w.start(), w.group()) for w in WORD_BETWEEN_SPACES.finditer(line, pos=at)]
        while words and not any(c.isalnum() for c in words[-1][1]):  # (a speck after it: "Dinh Van Long |", whose
            words.pop()  # Đinh had been "Định")
        while words and (all(c in "_~.,'‘’`|¦:;" for c in words[0][1]) or (at and words[0][1] in ("-", "–"))):  # (or
            # before it, no list's dash: "_ Dang Thu Khanh", real Tesseract-eng on fresh seed 2571, read "Đang Thư
            # Thành"; but after a recipients' item the signature's column ran into: "- Therong- true Tinh uy; -
            # Nguyen Minh Yén", 3595, read "Đến")
            words.pop(0)
        while kind in OCR_KINDS and len(words) > 1 and all(c in _NAME_END_SPECKS for c in words[-1][1]):  # (a speck
            words.pop()  # after it, a space between: "Nguyễn Hữu Khánh :", vetplan's OCR of fresh seed 2295's scan)
        if words and (cut := _glued_family_name(words[0][1], kind)):  # "Tr}nDfC Phong": Trần Đức Phong
            words[:1] = [words[0][:1] + (words[0][1][:cut],), (words[0][0] + cut, words[0][1][cut:])]
        words = [piece for k, (a, w) in enumerate(words) for piece in (
            _glued_name_words(a, w, kind) if k else [(a, w)])]  # "Ngo ThuHuyen": Ngô Thu Huyền
        # (a scan's speck read as a stop after a name's inner word: "Dinh H6ng. Phuong")
        words = [(a, w[:-1] if w.endswith((".", ":")) and k < len(words) - 1 else w) for k, (a, w) in enumerate(words)]
        if kind in OCR_KINDS and words and len(words[-1][1]) > 2 and words[-1][1][-1] in _NAME_END_SPECKS:  # (… or as a
            # comma after the last: "Huynh Thi Tuan,", fresh seed 3410 eng000, no name read; a code's may be a stand-in)
            words[-1] = (words[-1][0], words[-1][1][:-1])
        # (or as a quote before a word after the first: "Nguydn “Xuan Son", fresh seed 1495 eng000, no name read)
        words = [(a + 1, w[1:]) if k and w[:1] in _NAME_QUOTE_SPECKS and len(w) > 2 else (a, w)
                 for k, (a, w) in enumerate(words)]
        # (a family name's Đ that Tesseract-eng read as a small p, its word short: "po Httu Nam", Đỗ Hữu Nam — real
        # Tesseract-eng on fresh seed 2978, the signer lost; as "pao tao" is Đào tạo)
        first = "Đ" + words[0][1][1:] if kind == "ocr_eng" and words and words[0][1][:1] == "p" and \
            2 <= len(words[0][1]) <= 3 else None
        if 2 <= len(words) <= 4 and all(_name_word(first if k == 0 and first else w, kind)
                                        for k, (_a, w) in enumerate(words)):
            return {a: "family" if k == 0 else "given" if k == len(words) - 1 else "middle"
                    for k, (a, _w) in enumerate(words)}
    return {}


def _glued_family_name(word: str, kind: str) -> int | None:
    """Where a family name ends that lost the space before the next name's Capital: ``"Tr}nDfC"`` → 4 (a code's
    Trần Đức), ``"NguyenVan"`` → 6; ``None`` if its first part spells no signer's family name (a code's stand-ins
    there any vowel: ``"}"``) or its second is no name's word."""
    if kind == "substitution" and _fits_family_name(word):
        return None  # (its capital a stand-in: "HoSng" is Hoàng, not "Hồ Sống")
    for m in reversed(list(_INNER_CAPITAL.finditer(word))):  # (the longest family name: "HoSngHfiu" is Hoàng Hữu)
        left, right = word[:m.start()], word[m.start():]
        if len(left) < 2 or not (_name_word(right, kind) or len(_glued_name_words(0, right, kind)) > 1):
            continue  # (the rest maybe two names glued too: "NguyenNgScHjng", fresh seed 3470 code, Nguyễn Ngọc Hùng)
        if kind == "substitution":
            if _fits_family_name(left):
                return m.start()
        elif skeleton(left.lower()) in _FAMILY_BY_LETTERS:
            return m.start()
    return None


def _name_closing_an_item(line: str, kind: str) -> int | None:
    """Where the signer's name starts that closes a recipients item whose separator a scan lost: ``"- UBND ac huyén;
    thanh pho Le Anh Nam"`` → the column of "Le" (three or four words after a word in small letters, the first a family
    name's letters); None where there is none, or the words are a place's name ("thành phố Ho Chi Minh")."""
    words = [(w.start(), w.group()) for w in WORD_BETWEEN_SPACES.finditer(line)]
    for n in (3, 4):
        if len(words) <= n or not words[-n - 1][1][-1:].islower():
            continue
        at, first = words[-n]
        if not (_fits_family_name(first) if kind == "substitution" else skeleton(first.lower()) in _FAMILY_BY_LETTERS):
            continue
        return None if skeleton(line[at:].lower()).replace(" ", "") in _place_skeletons(n) else at
    return None


def _spells_a_place(letters: str) -> bool:
    """Whether plain letters (words parted by spaces: "my duc") are a gazetteer place's (Mỹ Đức)."""
    return letters.replace(" ", "") in _place_skeletons(len(letters.split()))


@cache
def _place_skeletons(words: int) -> frozenset[str]:
    """The skeletons of the gazetteer's names of so many words, run together (:func:`_bare_place_names`)."""
    return frozenset(skel for _n, skel, _w in _bare_place_names().get(words, ()))


def _glued_name_words(at: int, word: str, kind: str) -> list[tuple[int, str]]:
    """A middle or given name's word that lost the space before the next name's Capital, parted there: ``"ThuHuyen"``
    → ``[(at, "Thu"), (at + 3, "Huyen")]`` (a code's Thu Huyền); the word alone where a part is no name's word, or, in
    a symbol code, where the Capital may be a stand-in for the vowel: the part it opens has no other vowel or stand-in
    (``"HoSng"`` is Hoàng), or the part before it none (``"PhQong"`` is Phương)."""
    def voiced(part: str) -> bool:  # (a vowel or a code's stand-in in it, a digit too: "Ng9cKhanh", Ngọc Khánh —
        # fresh seed 827 code004, whose family name had then been read "Hoằng", no name's)
        return any(c in "aeiouy" or not c.isalpha() or c in NON_VIETNAMESE_LETTERS for c in part)  # (a letter no
        # Vietnamese word has is a stand-in: "Hjng" Hùng)

    inner = _CODED_INNER_CAPITAL if kind == "substitution" else _INNER_CAPITAL
    for m in inner.finditer(word):
        left, right = word[:m.start()], word[m.start():]
        if not (_name_word(left, kind) and _name_word(right, kind)):
            continue
        if kind == "substitution" and not (voiced(right[1:]) and (voiced(left.lower()) or not left[1:].islower())):
            # (a capital inside the part before is a stand-in too: "NgScHjng", Ngọc Hùng)
            continue
        return [(at, left), *_glued_name_words(at + m.start(), right, kind)]
    return [(at, word)]


def _fits_family_name(word: str) -> bool:
    """Whether a code's word spells a signer's family name, each stand-in (a symbol, a group, a capital after its
    first letter) any one letter and đ written d: "Tr}n" (Trần), "HoSng" (Hoàng)."""
    rest = SUBST_GROUPS.sub("@", word[1:])
    if not any(c.islower() for c in rest):  # (a name in capitals: its capitals are letters)
        rest = rest.lower()
    shape = regex.compile("".join(c if c in _LATIN else "." for c in word[:1].lower() + rest))  # (looked up once)
    return any(shape.fullmatch(f) for f in _FAMILY_BY_LETTERS)


#: … in a code also after a word's capital and one stand-in, before a Capitalised word ("B6Gia M{p, ngay": Bù Gia Mập,
#: fresh seed 14727 code, read "gia Mập", the place lost)
_CODED_GLUED_WORDS = regex.compile(r"(?<=\p{Ll})(?=\p{Lu}|\\\p{Ll})|(?<=^\p{Lu}[^\s\p{L}])(?=\p{Lu}\p{Ll})")  # (or
# before a code's backslash for V: "Tra\\inh, ngay", Trà Vinh, fresh seed 14658 code004, read "Trình")
#: a code's bracket between a small letter and a capital, for the space between two words ("Ha)NQi": Hà Nội)
_BRACKET_BEFORE_A_CAPITAL = regex.compile(r"(?<=\p{Ll})\)(?=\p{Lu})")
#: a Capital after a small letter inside a word: where two name words lost the space between them
_INNER_CAPITAL = regex.compile(r"(?<=\p{Ll})(?=\p{Lu})")
#: … or in a symbol code after a capital or digit that stands for a letter, the Capital opening small letters:
#: ``"Ng9CDung"`` (sample 004's code writes ọc "9C", "h9C" học: Ngọc Dũng, fresh seed 3793 code004, no name read)
_CODED_INNER_CAPITAL = regex.compile(r"(?<=\p{Ll})(?=\p{Lu})|(?<=\p{Ll}[^\s\p{Ll}]*[\p{Lu}\d])(?=\p{Lu}\p{Ll})")
_LATIN = frozenset("abcdefghijklmnopqrstuvwxyz")


#: where a name merged into the end of another column's line begins: after a stop, semicolon or colon and a space
NAME_TAIL_AFTER = re.compile(r"[.;:]\s+(?:[a-z]\s+|[|¦]\s+)?")  # (past a lone small letter or a bar, a speck: "tỉnh; i
# Định Thanh Quân", "nganh; | Nguyén Thanh Quan")


def _name_word(word: str, kind: str) -> bool:
    """A syllable of a person's name as damaged text writes it: Capitalised, not in capitals (but a symbol code's,
    whose capitals may be stand-ins: "H@I" is Hải, "VA" Vũ, and an OCR'd two letters whose second has its capital's
    shape: "DO" Đỗ), at most one digit but in a code ("V6" Võ), whose capital may be read small where the two have one
    shape ("cao" Cao, "viet" Việt)."""
    letters = [c for c in word if c.isalpha()]
    if len(word) < 2:
        return False  # (no name's syllable is one letter: "PHf LfC I" is a code's PHỤ LỤC I)
    shape = SUBST_GROUPS.sub("@", word) if kind == "substitution" else word  # ("Ng<;>c" Ngọc)
    if kind == "substitution" and ")" not in shape:  # an opening bracket inside the word is the code's ư, as sample
        shape = shape[:1] + shape[1:].replace("(", "@")  # 004's "(mg" is ứng: "D(c" Đức, "Tr(rng" Trường
    if kind == "substitution" and shape[:1] in SIZE_ONLY_LETTERS:  # a code's capital whose small letter has its shape,
        shape = shape[:1].upper() + shape[1:]  # read small ("caoAnh Khanh", "Nguyen Thi viet": Cao, Việt)
    elif kind == "ocr_eng" and shape[:1] == "b":  # Tesseract-eng's small b for a Đ ("bang Anh Trang": Đặng)
        shape = "Đ" + shape[1:]
    if NAME_WORD.fullmatch(shape) is None and not (kind == "substitution" and CODED_NAME_WORD.fullmatch(shape)):
        return False
    if all(c.isupper() for c in letters) and (
            len(letters) >= 3 or (len(letters) == 2 and word.isalpha() and kind != "substitution" and not (
                kind in OCR_KINDS and word[1].lower() in SIZE_ONLY_LETTERS))):  # (a scan's "DO" Đỗ: its ỗ read as
        return False  # the O of the same shape; "VT" is no name's)
    return kind == "substitution" or sum(c.isdigit() for c in word) <= 1


def _name_word_end(line: str, at: int, roles: dict[int, str]) -> int:
    """Where the name's word at ``at`` ends (``roles``: :func:`person_name_roles`): at the next space, or where the
    next word starts that lost the space before it ("ThuHuyen"), a speck's stop after it left out where a word
    follows ("Dinh H6ng. Phuong")."""
    end = at + len(line[at:].split(None, 1)[0])
    end = min([end, *(a for a in roles if at < a < end)])
    return end - 1 if line[end - 1] in ".:" and any(a > at for a in roles) else end


#: what Tesseract-eng reads for an o with a hat or horn ("Pd" Đỗ, "Hdng" Hồng, "V6" Võ); no family name opened by a Đ
#: has a d after it
_O_READ = str.maketrans("d690", "oooo")


#: quote marks a scan's speck may be read as before a name's word
_NAME_QUOTE_SPECKS = "“”\"'‘’`"


def stops_inside_a_name(line: str, roles: dict[int, str]) -> list[tuple[int, int, str, float]]:
    """A scan's speck read as a stop after a name's word other than its last (``roles``: :func:`person_name_roles`,
    which reads past it): ``"Phan. Thu An"`` → "Phan Thu An" (real Tesseract-eng on fresh seed 820: the signer had been
    read "Thu An"); or as a quote before a word after the first: ``"Nguydn “Xuan Son"`` → "Nguydn Xuan Son"."""
    starts = sorted(roles)  # (a word's end leaves out a speck's stop where a word follows: _name_word_end)
    return [(end, end + 1, "", 0.8) for a in starts[:-1] if line[(end := _name_word_end(line, a, roles))] in ".:"] + [
        (a - 1, a, "", 0.8) for a in starts[1:] if line[a - 1] in _NAME_QUOTE_SPECKS]


def restore_name_line(line: str, roles: dict[int, str], eng: bool = False) -> tuple[list[tuple[int, int, str, float]],
                                                                                   list[tuple[int, int]]]:
    """A signature's name (``roles``: :func:`person_name_roles`, "Phan Duc Long"), its family name one of the
    commonest: the family name and a common middle name are written as such names are ("Phan", not the word
    "Phần"; "Đức", not "Dục"; "Thị", not "Thì") when their letters are theirs. The given name is left to the
    decoder. For stripped and Tesseract-eng text (vetplan's own Vietnamese OCR keeps a name's marks:
    :data:`PERSON_NAME`); in Tesseract-eng's (``eng``) a family name's Đ may be read P or B, as elsewhere ("Pay
    manh" Đẩy mạnh), or a small b: ``"Po Thanh Ha"`` → "Đỗ", ``"bang Anh Trang"`` → "Đặng", where the letters as read
    spell no family name; and "Nguy" with one to three misread characters after it is Nguyễn (``"Nguy&t"``)."""
    out: list[tuple[int, int, str, float]] = []
    spans: list[tuple[int, int]] = []
    for a, role in sorted(roles.items()):
        b = _name_word_end(line, a, roles)
        table = _FAMILY_BY_LETTERS if role == "family" else _MIDDLE_BY_LETTERS if role == "middle" else {}
        name = table.get(skeleton(line[a:b].lower()))
        if name is None and eng and role == "family" and line[a] in "PBbp":  # (a small b: "bang Anh Trang", Đặng)
            # (its vowel maybe read as a d or a digit, as that OCR reads an ô or ơ: "Pd Hdng Cuong", Đỗ)
            rest = line[a + 1:b].lower()
            name = table.get("d" + skeleton(rest)) or table.get("d" + skeleton(rest.translate(_O_READ)))
            name = name if name and name[0] == "Đ" else None
        if name is None and eng and role == "family" and line[a:a + 4].lower() == "nguy" and 5 <= b - a <= 7:
            name = "Nguyễn"  # (its ễn misread: "Nguy&t Minh Diing", fresh seed 504 eng000, had been "Nguýt"; no other
            # family name opens so)
        if name is None:
            break  # (a family name no list gives, a middle name none does, the given name: to the decoder)
        spans.append((a, b))
        if line[a:b] != name:
            out.append((a, b, name, 0.8))
    return out, spans


def misread_family_name(line: str, roles: dict[int, str]) -> tuple[list[tuple[int, int, str, float]],
                                                                     list[tuple[int, int]]]:
    """A signature's family name that Vietnamese OCR gave a wrong mark, making it no family name: ``"Định Xuân Quân"``
    → "Đinh" (the family name its letters spell, :data:`SIGNER_FAMILY_NAMES`); a family name read as one stays
    ("Doãn", though "Đoàn" is commoner). Returns the edit (if any) and the family name's span, which the decoder
    must leave ("Chu Xuân Dũng" is no "Chủ": a second pass would have mended it back)."""
    at = next((a for a, role in roles.items() if role == "family"), None)
    if at is None:
        return [], []
    word = line[at:_name_word_end(line, at, roles)]
    letters = skeleton(word.lower())
    name = _FAMILY_BY_LETTERS.get(letters)
    if name is None and word.istitle() and not is_valid_syllable(word.lower()):
        # a letter misread, making it no syllable at all ("Iran Văn Dũng": vetplan's OCR of fresh seed 1431's scan, its
        # T read I, the signer lost): the one family name a letter off
        from rapidfuzz.distance import Levenshtein

        near = {n for k, n in _FAMILY_BY_LETTERS.items() if len(k) == len(letters)
                and Levenshtein.distance(k, letters) == 1}
        name = near.pop() if len(near) == 1 else None
    if name is None:
        return [], []
    span = [(at, at + len(word))]
    return ([], span) if word in SIGNER_FAMILY_NAMES else ([(at, at + len(word), name, 0.8)], span)


def misread_middle_names(line: str, roles: dict[int, str]) -> list[tuple[int, int, str, float]]:
    """A signature's middle name that Vietnamese OCR gave a wrong mark, making it no name: ``"Mai Ngốc Nga"`` → "Ngọc"
    (the common middle name its letters spell, :data:`MIDDLE_NAMES`); a word that is some name stays ("Thành")."""
    out: list[tuple[int, int, str, float]] = []
    for at, role in roles.items():
        if role != "middle":
            continue
        word = line[at:_name_word_end(line, at, roles)]
        name = _MIDDLE_BY_LETTERS.get(skeleton(word.lower()))
        if name is not None and word != name and canonical(word.lower()) not in given_names() and word.istitle():
            out.append((at, at + len(word), name, 0.8))
    return out


#: how many names of the list must end in a given name for a name read with the same letters that at most one name
#: ends in to be read as it: "Hãng" (no name) is Hằng (13), "Dụng" (one) Dũng (24); "Yên" (3) and "Khanh" (21) stay
GIVEN_NAME_COMMON = 8


def misread_given_name(line: str, roles: dict[int, str]) -> list[tuple[int, int, str, float]]:
    """A signature's given name that Vietnamese OCR gave a wrong mark, making it no name, or one almost no one has:
    ``"Lê Hữu Hãng"`` → "Hằng": the commonest given name its letters spell, where :data:`GIVEN_NAME_COMMON` names or
    more end in it, twice as many as in any other so spelled, and at most one in the word as read."""
    at = next((a for a, role in roles.items() if role == "given"), None)
    if at is None:
        return []
    word = line[at:_name_word_end(line, at, roles)]
    counts = given_names()
    if not word.istitle() or counts.get(canonical(word.lower()), 0) > 1:
        return []
    spelled = sorted(((counts[w], w) for w in _names_spelled("given").get(skeleton(word.lower()), ())), reverse=True)
    if not spelled or spelled[0][0] < GIVEN_NAME_COMMON or (len(spelled) > 1 and spelled[1][0] * 2 > spelled[0][0]):
        return []
    name = spelled[0][1].capitalize()
    return [] if name == word else [(at, at + len(word), name, 0.75)]


@cache
def _name_bonuses(role: str) -> dict[str, float]:
    """Reading → nats off it, for a name's role: a family or middle name's ``PERSON_NAME_BONUS``; a given name's
    ``GIVEN_NAME_WEIGHT`` × ln(1 + how many names end so)."""
    if role == "given":
        return {w: GIVEN_NAME_WEIGHT * math.log1p(n) for w, n in given_names().items()}
    if role == "family":  # the commoner the likelier: "L?" on a name line is Lê before Lã
        tiers = {n: PERSON_NAME_BONUS - FAMILY_TIER_COST * (
            0 if k < COMMON_FAMILY_NAMES else 1 if n in FAMILY_NAMES else 2) for k, n in enumerate(SIGNER_FAMILY_NAMES)}
        return {canonical(n.lower()): bonus for n, bonus in reversed(tiers.items())}
    return {canonical(n.lower()): PERSON_NAME_BONUS - (0.0 if k < COMMON_MIDDLE_NAMES else MIDDLE_TIER_COST)
            for k, n in enumerate(MIDDLE_NAMES)}


def _name_cost(gen: Generator, name: str, low: str, tok: str) -> float:
    """The channel's cost of reading a name's token as ``name``; a symbol code's P may be the Đ it writes so ("Po Thi
    Nam" is Đỗ Thị Nam, at :data:`SYMBOL_D_AS_P_COST` more: "Hồ" had won, its H as dear as the Đ), and so may
    Tesseract-eng's small b, as :func:`_name_word` reads it, at :data:`ENG_SMALL_B_AS_D_COST` more ("Lé burc Diing"
    is Lê Đức Dũng: a small b and an ư read "ur" came to more than a name may cost, and "Bục" was read)."""
    cost = gen.own_cost(name, low)
    if name[:1] != "đ":
        return cost
    more = SYMBOL_D_AS_P_COST if gen.ch.name == "substitution" and SYMBOL_D_AS_P.match(tok) else \
        ENG_SMALL_B_AS_D_COST if gen.ch.name == "ocr_eng" and tok[:1] == "b" else None
    return cost if more is None else min(cost, gen.own_cost(name, "đ" + low[1:]) + more)


@cache
def _names_spelled(role: str) -> dict[str, tuple[str, ...]]:
    """A role's names (:func:`_name_bonuses`) by their letters: ``{"tu": ("tú", "tư", "từ"), …}`` for "given"."""
    out: dict[str, list[str]] = {}
    for w in sorted(_name_bonuses(role)):
        out.setdefault(skeleton(w), []).append(w)
    return {k: tuple(v) for k, v in out.items()}


def _add_person_names(slots: list[Slot], toks: list[tuple[int, int, str]], lows: list[str], roles: dict[int, str],
                      gen: Generator) -> None:
    """On a signature's name line, a family name and the middle names are read as names, not as the words
    the LM prefers ("Phan" → not "Phần", "Thị" → not "Thứ", "V6" → "Võ"): each slot gets the names of its
    role that the channel reads it as (within :data:`PERSON_NAME_MAX_COST`), all ``PERSON_NAME_BONUS``
    cheaper. The given name's readings that are given names (:func:`~vetplan.normalize.lexicon.given_names`) are
    cheaper by ``GIVEN_NAME_WEIGHT`` × ln(1 + how many names end so): "Long", not "Lòng"; "Lan", not "Lần". In
    stripped text the slots' own readings are weighed so (its candidates are its letters' forms)."""
    stripped = gen.ch.name == "stripped"
    for k, (s, _e, _t) in enumerate(toks):
        role = roles.get(s)
        if role not in ("family", "middle", "given"):
            continue
        bonus = _name_bonuses(role)
        slot = slots[k]
        slot.title = True
        slot.given = role == "given"
        slot.family = role == "family"
        have = {c[0] for c, _x in slot.cands if c and len(c) == 1}
        if stripped:  # the names its letters spell, however rare as words ("Tu": Tú, which the LM's forms leave out)
            extra = [((w,), 0.0) for w in _names_spelled(role).get(skeleton(lows[k]), ()) if w not in have]
        else:
            extra = [((w,), cost) for w in sorted(bonus.keys() - have)
                     if (cost := _name_cost(gen, w, lows[k], toks[k][2])) <= PERSON_NAME_MAX_COST]
        unseen = UNSEEN_GIVEN_NAME_COST if role == "given" else 0.0
        slot.cands = [(c, x - bonus[c[0]]) if c and len(c) == 1 and c[0] in bonus else (c, x + unseen)
                      for c, x in [*slot.cands, *extra]]
        if gen.ch.name == "substitution" and NAMES_ONLY_IN_CODES:
            # a code's name: its readings that are names of the role, the LM's words left out ("D(r Thu Trang" had
            # been "Để Thu Trang": "để thu" a common pair, "đỗ" a rare word to open a sentence)
            # A code writes each letter as one letter or stand-in: a name of more or fewer letters is none of its
            # readings ("Banh" is Bình, its "a" a stand-in for ì, not "Anh" with the B dropped)
            names: list[tuple[tuple[str, ...] | None, float]] = [
                (c, x) for c, x in slot.cands if c and len(c) == 1 and c[0] in bonus
                     and x + bonus[c[0]] <= PERSON_NAME_MAX_COST and len(c[0]) == len(lows[k])]
            if names:
                slot.cands = names
        slot.key = None


def _names_by_channel(slots: list[Slot], path: list[int], margins: list[float], lex: Lexicon,
                      given_only: bool = False) -> None:
    """A symbol code's name slots (their readings names of their role: :func:`_add_person_names`) read as the channel
    and the names' weights say, the LM not asked: "Dang Kim Yen" is Yến ("Kim Sơn", a place, had won), "D9ng" Dũng
    ("Đức Đồng"). With ``given_only``, only the given and family names' slots (any kind of text: the LM knows "Hàng"
    and "Yên" as words, a given name is far likelier "Hằng" or "Yến"; a family name "T6" that Tesseract-eng read is Tô,
    its 6 an ô, though the LM likes "Tạ Thị" better: signers of 171 Tesseract-eng plans 24 wrong → 19). In place on
    ``path`` and ``margins``."""
    for k, slot in enumerate(slots):
        if slot.title and len(slot.cands) > 1 and (slot.given or slot.family or not given_only):
            w = GIVEN_WORD_WEIGHT if slot.given else 0.0
            cost = [x - (w * lex.logp(c[0]) if c and w else 0.0) for c, x in slot.cands]
            order = sorted(range(len(slot.cands)), key=cost.__getitem__)
            path[k] = order[0]
            margins[k] = cost[order[1]] - cost[order[0]]


#: "R&D", "A&B" standing alone: an abbreviation joined by an ampersand, protected from decoding (but in
#: a symbol code, where "&" stands for a vowel)
AMP_ABBR_WORD = re.compile(r"(?<![^\W\d_])[A-ZĐ]{1,4}&[A-ZĐ]{1,4}(?![^\W\d_])")
HARD_GAP = re.compile(r"[.;:!?()\[\]\"“”'‘’|]|[^\W\d_]")
DIGIT = re.compile(r"\d")
LINE_END = re.compile(r"[.;:!?]\s*$")
EM_SAMPLE_TOKENS = int(os.environ.get("VETPLAN_EM_SAMPLE", "3000"))
EM_ITERATIONS = int(os.environ.get("VETPLAN_EM_ITER", "1"))
FOREIGN_KEEP_COST = float(os.environ.get("VETPLAN_FOREIGN_KEEP", "2.0"))
TRIGRAM_SWEEPS = int(os.environ.get("VETPLAN_TRIGRAM_SWEEPS", "1"))
TRIGRAM_GATE = float(os.environ.get("VETPLAN_TRIGRAM_GATE", "1"))  # margin under which trigrams re-read a slot
LM_WEIGHT = float(os.environ.get("VETPLAN_LM_WEIGHT", "1.0"))
REREAD_UNLIKELY = os.environ.get("VETPLAN_REREAD", "1") == "1"  # doubtful words out of place: re-read them
#: the most a reading of a token OCR'd with the Vietnamese model that is no syllable may cost in the
#: Tesseract-eng channel: a letter or two misread ("chímh" chính 5.05, "trìmh" trình 5.03), not a name that is
#: no Vietnamese word ("Zalo" → "ao" 9.03); measured: 6 nats lost a third of the gain, none read "Zalo" "Lao"
VIE_MISREAD_MAX_COST = 8.0
#: a letter a faint scan broke into two, or two it ran into one, as the Vietnamese model reads them: an n's stroke
#: parted ("rigày" ngày), an m read "rn", an h "li" ("các huyện, tliành phố": vetplan's OCR of fresh seed 7237's scan,
#: the recipient lost); what each is, and the extra cost of reading it so
BROKEN_STROKES = (("ri", "n"), ("rn", "m"), ("li", "h"))
BROKEN_STROKE_COST = 2.0
REREAD_POOL = 20  # the words seen most often after the word before / before the word after, each
REREAD_SURE_POOL = int(os.environ.get("VETPLAN_REREAD_SURE_POOL", "4"))  # … for a word chosen by REREAD_GATE or more
ADAPT_ENG = os.environ.get("VETPLAN_ADAPT", "0") == "1"  # per-document Tesseract-eng confusions (slower)
ADAPT_MARGIN = 1.0  # readings surer than this teach the document's confusions
PLACE_BONUS = float(os.environ.get("VETPLAN_PLACE_BONUS", "4.0"))  # nats off a place name's readings
NUM_WEIGHT = float(os.environ.get("VETPLAN_NUM_W", "0.5"))  # weight of "a number follows" evidence
#: a number right after a word ("Quý 2", "năm 2024"), or a Roman one standing alone ("Quý I/2017", "Phần II.")
NUM_AFTER = re.compile(r"[ \t]*[,.:\-‘’'`]?[ \t]*(?:\d|[IVX]{1,4}(?![^\W\d_]))")  # (a speck between: "thang,06"; a
# quote: "Yén Bai nim‘ 2021", sample 000's engine on fresh seed 3077 eng000, read "kim", the title lost)
#: a line opened by a number that is no list item's ("2022", "11/2017."; not "2. Tuyên truyền")
NUMBER_OPENS_LINE = re.compile(r"\s*\d{1,4}(?![\d.)]*\s*[.)]\s)")
# a scan's capital Đ comes out of Tesseract-eng as "P" (26 of the 43 in sample 000: "Pay manh" Đẩy mạnh,
# "Poan" Đoàn) or "B" (5: "Bay manh"); a rendered page never shows it, so the learned channel has no
# capital row. Vietnamese writes p only in "ph" (and loan words: "pin"), so a "P" + vowel token is read
# as Đ too at a small cost; B is a common onset ("Bộ", "Ban"), so that reading costs more
CAPITAL_D_MISREAD = regex.compile(r"P[^\W\d_hH]|B\p{L}")  # (in capitals too: "HUYEN BUC HOA", Đức)
CAPITAL_D_AS = {"P": 1.0, "B": 3.0}  # nats on top of the rest of the token's reading
#: Tesseract-eng reads a small "l" as a capital "I" ("Iinh vuc" lĩnh vực, "ty I¢" tỷ lệ, "Tuan I&" tuần lễ),
#: or as a bar in italics ("ty |é" tỷ lệ, "phap |uat" pháp luật): an "I" before a small letter, digit or
#: symbol, or a bar before a small letter, is read as "l" too, at this much more, and written small
L_READ_AS_I = regex.compile(r"I[\p{Ll}\d§¢&@]|\|\p{Ll}")
L_READ_AS_I_COST = 1.0
H_AS_STROKES_COST = 1.0  # nats on a word in capitals read with two strokes as an H ("THANIL": THANH)
#: a symbol-coding OCR reads capital Đ as "P" too ("P>o tao" đào tạo); its readings as Đ cost this much more
SYMBOL_D_AS_P = regex.compile(r"P[^\shH]")
SYMBOL_D_AS_P_COST = 2.0
ENG_SMALL_B_AS_D_COST = 1.0  # nats on reading a name's word opened by Tesseract-eng's small b as a Đ ("burc": Đức)
#: … inside a token, opening a word glued to the one before it ("tr~nP|a": trên địa); a P ending a word is its p
#: ("nghi?P"), and "Ph" a ph
_INNER_P_FOR_D = regex.compile(r"(?<=[^\sP])P(?=[^\shH])")
CAPS_ABBR_COST = 1.0  # (0, 1 and 2 read the same on the symbol-code dev set)
#: a code's "nh" written as one capital M ending a word of small letters ("Sa Tai chiM" Sở Tài chính, "Xac diM" xác
#: định, "TiuM" Tỉnh: sample 004's engine; fresh seed 1234 code004, the partner had been read "Tài chim") — read as
#: "nh" too, at this much more
CODED_NH_AS_M = re.compile(r"(?<=[a-z])M$")
CODED_NH_AS_M_COST = 1.5
ENG_SPLIT_MIN = 7  # a Tesseract-eng token this long that is no syllable may be two words ("tiéptuc")
#: a shorter token that is no syllable may be two short ones too ("chutri" chủ trì, "vichu" vị chủ, "tungan" từ ngân),
#: read so only at SHORT_SPLIT_COST more nats: a misread single syllable spells two words as often ("chire" is
#: chức, not "chỉ ra"; "ctila" của, not "chỉ là"). 2.5 to 4 nats give the same lines on 87 Tesseract-eng plans
SHORT_SPLIT_MIN = 5
SHORT_SPLIT_COST = 3.0
ENG_SPLIT_MAX = 16  # (two syllables are at most 14 letters: a longer token is noise, not two words)
LIST_AT_START = re.compile(r"^\s*\(?([^\W\d_]\))(?=\s)")
_LINE_ROMAN = r"(?:I{1,3}|IV|VI{0,3}|IX|X{1,2}I{0,3})"  # a part or row number opening a line
ROMAN_AT_START = re.compile(rf"^\s*({_LINE_ROMAN}\.)")
#: a table row's Roman number without its dot, before a capitalised word ("II Tỷ lệ lao động qua đào tạo %")
ROMAN_ROW = regex.compile(rf"^\s*({_LINE_ROMAN})(?=\s+\p{{Lu}})")
#: a part of a "document number" that is a word, no code's: "1.500-ngtroi" (a count, a hyphen for the space, người)
_WORD_PART = re.compile(r"[/\-][a-zà-ỹđ]{3,}(?![\w/\-])")
DOCNUM_RE = re.compile(DOC_CODE.pattern + r"|\b[A-ZĐ]{2,}(?:-(?=(?:[a-z]*[A-ZĐ]){2})[A-ZĐa-z]{2,})+\b")  # or a code:
# "GDNN-GDTX", "QĐ-TTg" (each part two capitals at least: "SO-Noi vu", a speck's hyphen, is Sở Nội vụ)


def _syllables_joined(text: str, lex: Lexicon) -> bool:
    """Whether a run :data:`DOCNUM_RE` took for a code is words in capitals a hyphen joins, each part a syllable's
    letters and no abbreviation: a place's own hyphen, "BÀ RIA-VUNG TÀU" (Bà Rịa - Vũng Tàu: Tesseract-eng's "RIA-VUNG"
    had been kept as a code), a speck's hyphen after a head word, "SO-NOi vu" (real Tesseract-eng on fresh seed 1426:
    the lead had been "SO-NOi vụ"); not "GDNN-GDTX", "QĐ-TTg", "KH-UBND"."""
    parts = text.split("-")
    return all(p.isalpha() and p[:2].isupper() and p not in lex.abbreviations
               and is_valid_skeleton(skeleton(p.lower())) for p in parts)


def _code_end(m: re.Match[str]) -> int | None:
    """Where a document's number :data:`DOCNUM_RE` matched ends, a word a speck's dash glued after it left out
    ("1956/QĐ-TTg-ngay": the date's word is read, the number kept; "TTg" had been read "Từ"); None for a word's part
    inside it ("chủ trì/phối hợp")."""
    part = _WORD_PART.search(m.group())
    if part is None:
        return m.end()
    return m.start() + part.start() if part.end() == len(m.group()) and _CODE_BEFORE_A_WORD.search(
        m.group(), 0, part.start()) else None


#: a document's number's code, its issuer's abbreviation ending it ("1956/QĐ-TTg", "43/2016/TT-BLĐTBXH")
_CODE_BEFORE_A_WORD = re.compile(r"\d/(?:\d{4}/)?[A-ZĐ]{2,}(?:-[A-ZĐ][A-Za-zĐ]+)*$")


#: URLs, e-mail addresses, bare domains and file names ("https://tuyensinh.hanoi.gov.vn",
#: "sldtbxh@hanoi.gov.vn", "hanoi.gov.vn", "bao_cao.docx"): never decoded (a symbol-coded "tri@n" has no
#: dotted domain after the "@", nor a Tesseract-eng "Ngu@i-1.056" one that ends in letters)
WEB_RE = re.compile(r"(?:https?://|www\.)[^\s<>\"]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}\b|"
                    rf"\b[\w-]+(?:\.[\w-]+)*\.(?:{WEB_ENDINGS})\b(?:/[^\s<>\"]*)?|\b[\w-]+\.(?:{FILE_ENDINGS})\b")
#: what a line needs to hold for :data:`WEB_RE` to match in it (one quick scan instead of its backtracking)
WEB_HINT = re.compile(rf"://|www\.|@|\.(?:{WEB_ENDINGS}|{FILE_ENDINGS})\b")
#: "v.v." (vân vân, "etc."): two letters with their full stops, no words to decode
ETC_ABBR = re.compile(r"(?<![^\W\d_])[vV]\.\s?[vV]\.")


#: marks of a symbol code that are no letters of Vietnamese, whatever their case: "\\l", "fi" (ấ), "f", "j"
CODE_MARKS = re.compile(SUBST_GROUPS.pattern + r"|fi|[fjwz]")


#: a document code's hyphen beside its capitals ("KH-SLDTBXH", "QĐ -TTg"), not a name's dash ("Lao động - Thương binh")
_CODES_HYPHEN = re.compile(r"[A-ZĐ]{2}[ ]?-|-[ ]?[A-ZĐ]{2}")
#: an item number's stroke read as a letter or a sign no number has ("IL.", "lL,", "l."): an OCR's, whatever else the
#: text shows
_STROKES_AS_LETTERS = re.compile(r"[a-zL|!\[\]]")
#: a Roman numeral standing as a word: "I", "IV", "XII" (capitals only)
ROMAN_WORD = re.compile(rf"(?<![^\W\d_])(?:{ROMAN})(?![^\W\d_])")


#: the numerals a quarter may have
_QUARTERS = frozenset(("I", "II", "III", "IV"))


def numbered_part_numerals(line: str) -> list[tuple[int, int]]:
    """Spans of Roman numerals that number a part of the document: the word before them is one of
    mục, phụ lục, phần, chương, khoản, giai đoạn, điều (or quý, a quarter), however damaged, or a numeral of
    the same list ("Phụ lục II, III và IV"): ``"Chi tiet theo Phu luc I"`` → the span of "I" (not the syllable "i", nor
    "Á", nor "và" for "Mục V")."""
    out: list[tuple[int, int]] = []
    for m in ROMAN_WORD.finditer(line):
        before = line[:m.start()]
        if not before.endswith((" ", "\t")):
            continue
        words = before.split()
        prev = SUBST_GROUPS.sub("a", words[-1]) if words else ""
        if prev and (PART_WORD.fullmatch(prev) or (QUARTER_WORD.fullmatch(prev) and (
                m.group() in _QUARTERS or line[m.end():m.end() + 1] in ("/", "I", "l", "|", "1")))):
            out.append((m.start(), m.end()))  # (a quarter's I to IV, or a numeral before its slash, "Quy V/I2023":
            # "kết quả V~ Phòng" is a code's "về", fresh seed 5998 code004, whose "qua" had been taken for "Quý" and
            # the report's deadline lost)
        elif out and (prev.rstrip(",;") != prev or prev.lower().strip("&<>;@?") in ("va", "v", "và")) and \
                line[out[-1][1]:m.start()].strip(" ,;").lower().strip("&<>;@?") in ("", "va", "v", "và"):
            out.append((m.start(), m.end()))  # the next of a list: "II, III và IV"
    return out


#: a symbol code's stand-in for a marked letter right after a capital ("QU<N", "TR,rNG", "HfiC")
_STAND_IN_AFTER_A_CAPITAL = regex.compile(r"(?<=\p{Lu})(?:" + CODE_MARKS.pattern + r"|[^\w\s.,;:()\-/–'\"“”‘’])")


#: a small letter between capitals of a word, two of them on one side ("THaNH"): a symbol code's stand-in (not
#: "NoI", "NSi": Nội read with a capital for its ộ — "5. SA NSi v^", a line in small letters, had been made capitals)
_SMALL_STAND_IN_AMONG_CAPITALS = regex.compile(r"(?<=\p{Lu}{2})\p{Ll}(?=\p{Lu})|(?<=\p{Lu})\p{Ll}(?=\p{Lu}{2})")


def _upper_line(line: str, kind: str = "") -> bool:
    """A heading in capitals ("II. NHIỆM VỤ"); document numbers and abbreviations do not count, so
    "S6: 73/KH-UBND" is not one ("S6" becomes "Số", not "SỐ") and neither is "- TTUB: CT, các PCT;".
    In a symbol code the code's own marks do not count either ("III. NHIfiM V@, GI\\lI PH\\lP"), but as letters of a
    short line's words after a capital ("QU<N 1": QUẬN 1, its four letters)."""
    stand_ins = 0
    if kind == "substitution":
        stand_ins = len(_STAND_IN_AFTER_A_CAPITAL.findall(line))
        line = CODE_MARKS.sub("", line)
        # (a code's small letter for a marked vowel among capitals: "UBND THaNH PHi Ha NiI", fresh seed 17104 code,
        # read "Thành Phố Hà Nội", the issuer lost)
        line = _SMALL_STAND_IN_AMONG_CAPITALS.sub(lambda m: m.group().upper(), line)
    if len(UPPER_LETTER.findall(line)) < 3:  # 70% of at least 4 letters: 3 capitals at the least
        return False
    words = LETTERS_RE.findall(DOCNUM_RE.sub(" ", line))
    letters = [c for w in words if not (len(w) >= 2 and w.isupper() and not is_valid_skeleton(w)) for c in w]
    if len(letters) < 4:  # little else than codes: a damaged heading ("KEHO';'CH") or a list of codes
        letters = [c for w in words for c in w]
    return len(letters) + stand_ins >= 4 and sum(c.isupper() for c in letters) / len(letters) >= 0.7


#: a capital inside a token after a small letter or a symbol, before a small letter: a word a lost space glued on
#: ("S&Ndi" Sở Nội, "SoGiao")
# (its vowel read as a sign: "SoN@i", Sở Nội)
_GLUED_WORDS_CAPITAL = regex.compile(r"(?<=[^\p{Lu}\s])\p{Lu}(?=\p{Ll}|[@&¢6](?=\p{Ll}))")


def _tokens(line: str, kind: str, protected: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """Word tokens (start, end, text) of a line for a damage kind."""
    out: list[tuple[int, int, str]] = []
    rx = LETTERS_RE if kind in ("clean", "stripped", "ocr_vie") else ENG_RE if kind == "ocr_eng" else SUB_RE
    spans = [(m.start(), m.end()) for m in rx.finditer(line)]
    if kind == "substitution":
        spans = _join_hyphen_marks(line, spans)
    if protected and any(a == b for a, b in protected):
        # a space a fixer puts back ("73/KH-UBND|Hà", "LUC|I": an empty protected span) parts the words, before a
        # code's words are parted at its numbers ("s6|46/2015": "s6" is số, not "s" and a number "646")
        spans = _cut_spans(spans, sorted(a for a, b in protected if a == b))
    if kind == "substitution":
        spans = [p for a, b in spans for p in _sub_pieces(line, a, b)]
    elif kind in OCR_KINDS and "_" in line:  # a scan's speck read as "_" between two words: "Don vi_cht tri" (a
        # file name's own is protected: "bao_cao.docx")
        spans = [(a + m.start(), a + m.end()) for a, b in spans for m in _NO_UNDERSCORE.finditer(line[a:b])]
    for s, e in spans:
        tok = line[s:e]
        if kind == "ocr_eng" and tok[-1] in "’'‘" and s and line[s - 1] in "‘'“\"":
            tok, e = tok[:-1], e - 1  # a quotation's closing mark ("‘Cao’"), not a horn
        if kind == "ocr_eng" and (tok[0] == "_" or tok[-1] == "_") and tok.strip("_"):
            # a scan's speck at a word's edge ("_TINH LAI CHAU"), no file name's "_"
            s, e, tok = s + len(tok) - len(tok.lstrip("_")), e - len(tok) + len(tok.rstrip("_")), tok.strip("_")
        if kind == "substitution":
            while tok and tok[0] in STRIP_CHARS + "(":
                if tok.startswith(",r") and len(tok) > 2 and tok[2:3].isalpha():
                    break  # the stand-in ",r" opens the word ("Tinh ,ry" Tỉnh ủy), no comma before it
                if tok[0] == "(" and (tok.endswith(")") or len(tok) < 3 or tok[1:2] in "\"'“"):
                    pass
                elif tok[0] == "(" and not CLOSED_PAREN.match(line, s):
                    break  # a stand-in ("(rng" ứng), unless a ")" closes it later in the line: "(ra soát)"
                tok, s = tok[1:], s + 1
            while tok and tok[-1] in STRIP_CHARS + ")":
                if tok.endswith("';'") and len(tok) > 3 and tok[-4].isupper():
                    break  # a capital Ạ's group ends the word, no quotes around it: "H';' LONG" (Hạ Long)
                if CODED_GROUP_END.search(tok) and "(" not in tok and (
                        (before := _CODED_GROUP_PAREN.sub("", line[:s])).count("(") <= before.count(")")):
                    tok = tok[:-1]  # a group "I)" after a capital ends the word, no parenthesis open before it: its
                    # ")" is the word's, read without it as before but replaced with it ("Le Mlinh TI)": Tú, fresh seed
                    # 1224 code004, which had been "Tú)", the signer lost; "nhiem VI)" vụ, sample 004)
                    break
                if tok[-1] == ")" and "(" not in tok and tok.count(")") == 1 and len(tok) > 3 and \
                        not tok.startswith("("):
                    tok, e = tok[:-1], e - 1
                    continue
                if tok[-1] == ")":
                    tok, e = tok[:-1], e - 1
                    continue
                tok, e = tok[:-1], e - 1
        if not tok:
            continue
        if protected and any(a < e and s < b for a, b in protected):
            continue
        if not tok.isalpha():  # a word of letters only (the common case) needs none of these checks
            if not any(c.isalpha() for c in tok):
                # Tesseract-eng reads "ở" as a lone "¢" or "@" ("nghiệp ¢ dia phuong"); a lone "&" stays "&"
                if not (kind == "ocr_eng" and (tok in ("¢", "@") or len(tok) >= 2 and any(c in "§¢&€" for c in tok))):
                    continue
            if (TWO_DIGITS.search(tok) and not (kind == "substitution" and CODED_DIGIT_PAIR.search(tok)
                                                  and not regex.search(r"\d{3}", tok))) or "_" in tok:
                continue
        out.append((s, e, tok))
    if kind in OCR_KINDS and out:
        out = _joined_parted_syllables(line, out)
    return out


def _joined_parted_syllables(line: str, toks: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A scan's syllable parted after its capital or before its last letter
    (:func:`~vetplan.normalize.fixers.parted_syllables`) as one token over both parts and the space, its letters run
    together: ``"N Ong"`` → ``(4, 9, "Nong")``, ``"HOAC H"`` → "HOACH"."""
    gaps = parted_syllables(line) if " " in line else []
    if not gaps:
        return toks
    out: list[tuple[int, int, str]] = []
    for tok in toks:
        if out and any(out[-1][1] == a and tok[0] == b for a, b in gaps):
            s, _e, first = out.pop()  # (a parted last letter keeps its case: "HOAC H" is HOACH)
            tail = tok[2] if len(first) > 1 and first.isupper() else tok[2][:1].lower() + tok[2][1:]
            tok = (s, tok[1], first + tail)
        out.append(tok)
    return out


_NO_UNDERSCORE = re.compile(r"[^_]+")


def _cut_spans(spans: list[tuple[int, int]], cuts: list[int]) -> list[tuple[int, int]]:
    """Spans cut at the given positions: ``[(0, 8)]`` cut at 4 → ``[(0, 4), (4, 8)]``."""
    out = []
    for a, b in spans:
        for c in cuts:
            if a < c < b:
                out.append((a, c))
                a = c
        out.append((a, b))
    return out


def _join_hyphen_marks(line: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """In symbol code a hyphen between letters can be a vowel's mark ("tuo-ng" = tướng): two pieces
    joined by one hyphen, lower case on both sides, become one token when either piece cannot be a
    Vietnamese syllable (real compounds like "Xô-viết" have syllables on both sides), or when an o or u
    before it takes it as its horn and one letter after it ends the word ("Vo-i" với, "duo-i" dưới: no
    compound has a one-letter syllable after its hyphen)."""
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if out and a == out[-1][1] + 1 and line[a - 1] == "-":
            left, right = line[out[-1][0]:out[-1][1]], line[a:b]
            if left[-1:].islower() and right[:1].islower() and (
                    not is_valid_skeleton(left) or not is_valid_skeleton(right) or (
                        left[-1] in "ou" and len(right) == 1)):
                out[-1] = (out[-1][0], b)
                continue
        out.append((a, b))
    return out


# (two digits between letters are two stand-ins, no number: "Th69ng" thường; a comma before a letter but "r" parts
# words, a stand-in before it too: "tr},phoi" trì, phối; a colon before a letter is a label's, its space lost: "chu
# tr>:S&" chủ trì: Sở — no code writes a letter as a colon)
SUB_SPLIT = re.compile(r"^(?:\d+|[IVX]+)\.|\d{3,}|(?<![^\W\d_])\d{2}|\d{2}(?![^\W\d_])|(?<=\S),(?=[^\W\d_r])"
                       r"|:(?=[^\W\d_])|(?<=\S);(?=[^\W\d_])")  # (a semicolon before a letter: no code's "<;>")
#: a symbol-coded word with two digit stand-ins side by side inside it ("Th69ng", "ng96i")
CODED_DIGIT_PAIR = re.compile(r"(?<=[^\W\d_])\d{2}(?=[^\W\d_])")


def _sub_pieces(line: str, a: int, b: int) -> list[tuple[int, int]]:
    """Split a symbol-coded chunk at numbering, digit runs, inner commas, colons and semicolons before a letter:
    ``"1.Ml}c"`` → ``"Ml}c"``, ``"Th\\lBng;P<N"`` → ``"Th\\lBng"``, ``"P<N"``."""
    chunk = line[a:b]
    if "." not in chunk and "," not in chunk and ":" not in chunk and ";" not in chunk and not TWO_DIGITS.search(
            chunk):  # (most: none)
        return [(a, b)]
    out: list[tuple[int, int]] = []
    pos = 0
    for m in SUB_SPLIT.finditer(chunk):
        if m.start() > pos:
            out.append((a + pos, a + m.start()))
        pos = m.end()
    if pos < len(chunk):
        out.append((a + pos, b))
    return out


#: symbol groups that can also be a letter plus a stand-in of its own ("l}" = ụ in one code, "l" + ậ in another;
#: "fi" = ấ in "Phfin dfiu" Phấn đấu, or "f" for ớ + "i" in "vfi" với; "(r" = ứ in "(rng" ứng, or a parenthesis)
AMBIGUOUS_GROUP = re.compile(r"l\}|l,r|fi|\(r")


def _group_mark(m: re.Match[str]) -> str:
    return GROUP_MARKS[m.group(0)]


def _prep(tok: str, kind: str, ambiguous_groups: bool = True) -> str:
    """Token as the channel sees it: lower case; substitution keeps inner capitals, and each group (``\\l``,
    ``<;>``) becomes its own mark (:data:`GROUP_MARKS`; with ``ambiguous_groups=False`` a group of
    :data:`AMBIGUOUS_GROUP` is an "l" and a stand-in: ``"l}P"``, ``"quan l,r"`` → "l" + the mark of ``",r"``,
    quản lý)."""
    if kind != "substitution":
        return tok.lower()
    if ambiguous_groups:
        low = LETTER_GROUPS.sub(_group_mark, SUBST_GROUPS.sub(_group_mark, tok))
    else:
        # the "l" stays a letter and what follows it is read on its own: "l,r" → "l" + ",r" (a group), "l}" → "l}"
        low = SUBST_GROUPS.sub(lambda m: m.group(0)[0] + SUBST_GROUPS.sub(_group_mark, m.group(0)[1:])
                               if AMBIGUOUS_GROUP.fullmatch(m.group(0)) else _group_mark(m), tok)
    if _mostly_capitals(low):  # "LoC" (LỤC) in a heading: its lower-case letter is as odd as a capital
        low = low.upper()
    return low[:1].lower() + low[1:]


def _mostly_capitals(tok: str) -> bool:
    """At least two letters, more than half of them capitals: a word of a heading ("PHU", "LoC")."""
    n = up = 0
    for c in tok:
        if c.isalpha():
            n += 1
            up += c.isupper()
    return n >= 2 and 2 * up > n


def _foreign_word(tok: str, lex: Lexicon) -> bool:
    """A common English word ("file", "wifi", "email"): its letters are letters, never a code's group "fi"."""
    return tok.isascii() and tok.isalpha() and tok.lower() in lex.foreign


def _merge_readings(a: list[Cand], b: list[Cand]) -> list[Cand]:
    """Candidates of two readings of one token, each word once at its lower cost, cheapest first."""
    best: dict[tuple[str, ...], float] = {}
    for words, cost in a + b:
        if words not in best or cost < best[words]:
            best[words] = cost
    return sorted(best.items(), key=lambda x: x[1])


GAP_LAST_WORD = re.compile(r"[^\W\d_]+(?=[\W_]*$)")


def _context(gap: str, has_prev: bool) -> str | None:
    """LM context implied by the text between two words: ``", "`` → None (transparent), ``" 2024 "`` → <num>,
    a protected abbreviation ``" GDNN-GDTX "`` → its LM token (``"@GDTX"``)."""
    if not gap or gap == " ":
        return None
    if ROMAN_WORD.fullmatch(gap.strip()):  # a protected numeral: "Phụ lục I đính kèm" reads as a number
        return "<num>"
    last = GAP_LAST_WORD.search(gap)  # a protected word between the two: "Trung tâm GDNN-GDTX quan"
    if last and not HARD_GAP.search(gap, last.end()) and (abbr := abbreviation_token(last.group())) is not None:
        return abbr
    if HARD_GAP.search(gap):
        return "<s>"
    if DIGIT.search(gap):
        return "<num>"
    if not has_prev:
        return "<s>" if gap.strip() else None
    return None


def _one_stand_in_from_a_syllable(tok: str) -> bool:
    """A symbol code's word in capitals whose one letter (after the first) is a stand-in for a vowel, so
    that a vowel there makes a syllable: "HIBN" (HIỆN), "TICU" (TIÊU), and with a first "P" for Đ, "PBCH"
    (ĐÍCH). A heading's word, not an abbreviation; "UBND", "GDNN", "CNTT" are none."""
    low = tok.lower()
    for s in (low, "d" + low[1:]) if low[0] == "p" else (low,):
        for k in range(1, len(s)):
            if any(v != s[k] and is_valid_skeleton(s[:k] + v + s[k + 1:]) for v in "aeiouy"):
                return True
    return False


#: a capital H that a scan's Tesseract-eng read as two strokes, an I and an L ("THANIL": THANH), inside or ending a word
#: in capitals
_H_AS_TWO_STROKES = regex.compile(r"(?<=\p{Lu})(?:IL|LI|II)(?=\p{Lu}|$)")


def _capital_h_read_as_strokes(tok: str) -> str | None:
    """A word in capitals that spells no syllable but does with two strokes read as the H they were: ``"THANIL"`` →
    "thanh" (the issuer's "TỈNH THANH HÓA" had kept it); None for any other word."""
    if len(tok) < 4 or not tok.isupper() or is_valid_skeleton(tok.lower()):
        return None
    read = _H_AS_TWO_STROKES.sub("H", tok, count=1).lower()
    return read if read != tok.lower() and is_valid_skeleton(read) else None


def _capital_i_read_l(tok: str, lex: Lexicon) -> bool:
    """A word in capitals that spells no syllable but would with its "L" read as the "I" it was — "HOL" (HỘI),
    "NOL" (NỘI): a capital I with serifs comes out of a scan as L — and is no known abbreviation. Any other
    unknown capitals stay as written ("TAND", "KGVX": abbreviations)."""
    low = skeleton(tok.lower())
    return "l" in low and tok not in lex.abbreviations and is_valid_skeleton(low.replace("l", "i"))


def _two_words_in_capitals(tok: str, lex: Lexicon) -> bool:
    """A word in capitals that is two syllables whose space was lost ("LAODONG": LAO ĐỘNG, "SOLAO"), not an
    abbreviation: no abbreviation the lexicon knows, and both of its parts spell syllables (none of "THPT", "GDNN",
    "UBND", "CNTT" does)."""
    low = tok.lower()
    return len(low) >= 4 and tok not in lex.abbreviations and any(
        is_valid_skeleton(low[:k]) and is_valid_skeleton(low[k:]) for k in range(2, len(low) - 1))


def _keep_as_is(tok: str, kind: str, lex: Lexicon, upper_line: bool = True) -> bool:
    """Abbreviations and foreign words that decoding must not touch (UBND, THCS, GDNN, online)."""
    letters = "".join(c for c in tok if c.isalpha())
    if not letters:
        return False
    if kind != "substitution" and not upper_line and ROMAN_NUMERAL.fullmatch(tok):
        return True  # "mục II", "Phụ lục III": a numeral, not "đi", "iii"
    if kind == "substitution":
        key = tok.upper()
        # "tu", "Tu" in running text are words, not the abbreviations TU, TC: those are written in capitals
        # (all of them: "TTg" as written), and a two-letter one in a heading of capitals ("DAU TU") is a word
        form = lex.abbreviations.get(key)
        return (form is not None and ((len(key) > 2 and not tok.islower()) or (tok == form and not form.isupper())
                                      or (tok.isupper() and not upper_line))) or (
            tok.isalpha() and tok.isupper() and len(tok) >= 4 and not is_valid_skeleton(tok)
            and not _one_stand_in_from_a_syllable(tok) and not _two_words_in_capitals(tok, lex))
    if tok.isalpha() and len(tok) >= 2 and tok.isupper() and not is_valid_skeleton(tok):
        if kind == "ocr_eng" and len(tok) == 2 and not upper_line and tok not in lex.abbreviations:
            return False
        if kind == "ocr_eng" and len(tok) >= 3 and (_capital_i_read_l(tok, lex) or _capital_h_read_as_strokes(tok)):
            return False  # "XÃ HOL CHỦ" (HỘI), "HÀ NOL" (NỘI): a word in capitals whose I a scan made L
        if kind in OCR_KINDS and ENG_SPLIT_MIN <= len(tok) <= ENG_SPLIT_MAX and _two_words_in_capitals(tok, lex):
            return False  # "SỞ LAODONG", "HỒ CHÍMINH": two words
        return True
    if kind == "stripped" and not is_valid_skeleton(tok):
        return True
    return False


def _add_context_candidates(slots: list[Slot], toks: list[tuple[int, int, str]], lows: list[str],
                            gen: Generator, lex: Lexicon, min_cost: float = 2.5) -> None:
    """For doubtful tokens add words that the LM has seen next to their neighbours' candidates.

    What a slot gets depends only on its own options and its neighbours' leading candidates, so
    the result is memoised on the generator under that key (the same token between the same
    neighbours costs one look-up)."""
    memo = gen.memos.setdefault("_context_memo", {})
    # slot key → None (sure or kept) or its real options
    doubt: dict[object, list[tuple[tuple[str, ...], float]] | None] = gen.memos.setdefault("_doubtful", {})
    # the neighbours near a token depend on the channel's kind only: kept on the lexicon for every document
    near_memo: dict[tuple, set[str]] = lex.__dict__.setdefault("_near_neighbours", {})
    if len(memo) > 200_000 or len(doubt) > 200_000:
        memo.clear()
        doubt.clear()
    if len(near_memo) > 200_000:
        near_memo.clear()
    for i, slot in enumerate(slots):
        real: list[tuple[tuple[str, ...], float]] | None
        if slot.key is not None and slot.key in doubt:
            real = doubt[slot.key]
        else:
            real = [(c, x) for c, x in slot.cands if c is not None]
            if (not real and slot.cands and slot.cands[0][1] == 0.0) or \
                    min((c[1] for c in real), default=99.0) < min_cost:
                real = None  # deliberately kept (abbreviation, foreign word), or a sure reading
            if slot.key is not None:
                doubt[slot.key] = real
        if real is None:
            continue
        before = after = None
        if i > 0 and slot.boundary_before is None:
            before = tuple(c[-1] for c, _x in slots[i - 1].cands[:4] if c)
        if i + 1 < len(slots) and slots[i + 1].boundary_before is None:
            after = tuple(c[0] for c, _x in slots[i + 1].cands[:4] if c)
        key = (lows[i], slot.key, before, after) if slot.key is not None else None
        extra = memo.get(key) if key is not None else None
        if extra is None:
            near_key = (gen.ch.name, lows[i], before, after)
            near = near_memo.get(near_key)
            if near is None:
                neigh = _lm_neighbours(lex, before or (), after or (), 60)
                near = near_memo[near_key] = gen.near_neighbours(lows[i], neigh) if neigh else set()
            if near:
                have = {c[0][0] for c in real if c[0] and len(c[0]) == 1}
                extra = gen.context_candidates(lows[i], {}, have, before or (), after or (), near=near)
            else:
                extra = []
            if key is not None:
                memo[key] = extra
        if extra:
            slot.cands.extend(extra)
            slot.key = None  # its candidates now depend on the neighbours


def _lm_neighbours(lex: Lexicon, before: tuple[str, ...], after: tuple[str, ...], n: int) -> dict[str, str]:
    """The ``n`` words the LM saw most often after each word of ``before`` and before each of ``after``,
    each with its skeleton (what :func:`near_words` compares): ``{"đẩy": "day", ...}``."""
    neigh: dict[str, str] = {}
    for w in before:
        neigh.update(_neighbour_skeletons(lex, True, w, n))
    for w in after:
        neigh.update(_neighbour_skeletons(lex, False, w, n))
    return neigh


def _neighbour_skeletons(lex: Lexicon, after_w: bool, w: str, n: int) -> dict[str, str]:
    """The ``n`` words seen most often after ``w`` (``after_w``) or before it, with their skeletons
    (memoised on the lexicon)."""
    memo = lex.__dict__.setdefault("_neighbour_skels", {})
    key = (after_w, w, n)
    got = memo.get(key)
    if got is None:
        skel_of = lex.skeleton_of()
        words = (lex.next_words if after_w else lex.prev_words).get(w, ())[:n]
        got = memo[key] = {x: skel_of.get(x) or skeleton(x) for x in words}
    return got


def _neighbour_words(i: int, before: str | None, after: str | None, lows: list[str], slots: list[Slot], gen: Generator,
                     lex: Lexicon, pool: int = REREAD_POOL) -> list[Cand]:
    """Words the LM has seen most often (``pool`` each side) after ``before`` or before ``after``, but those the
    slot has already, costed as readings of the token (:meth:`Generator.context_candidates`, every one of them)."""
    have = frozenset(c[0][0] for c in slots[i].cands if c[0] and len(c[0]) == 1)
    memo = gen.memos.setdefault("_reread_memo", {})  # the same token between the same words: one look-up
    key = (lows[i], before, after, have, pool)
    got = memo.get(key)
    if got is None:
        if len(memo) > 100_000:
            memo.clear()
        neigh = _lm_neighbours(lex, (before,) if before else (), (after,) if after else (), pool)
        if pool < REREAD_POOL and neigh:  # (a sure word's few: those whose letters are near the token's are costed)
            letters, distance = skeleton(lows[i]), fuzzy_matchers()[1]
            neigh = {w: sk for w, sk in neigh.items() if distance(sk, letters, score_cutoff=2) <= 2}
        got = memo[key] = gen.context_candidates(lows[i], neigh, have, (before,) if before else (),
                                                  (after,) if after else (), near_only=False) if neigh else []
    return got


def _add_number_evidence(slots: list[Slot], toks: list[tuple[int, int, str]], line: str, lex: Lexicon,
                         next_line: str = "") -> None:
    """Before a number, prefer readings that numbers follow: "quy 2" → "quý 2" (a quarter), "So 73/KH" →
    "Số 73/KH"; see :meth:`Lexicon.num_after_cost`. Only a number right after the word counts, or one that opens
    the next line after the line's last word ("… tỉnh Lạng Sơn nam\n2022": năm), but a list item's ("2. …")."""
    if NUM_WEIGHT == 0.0:
        return
    n = len(slots)
    for k, slot in enumerate(slots):
        if len(slot.cands) < 2:
            continue
        end = toks[k][1]
        if NUM_AFTER.match(line, end, toks[k + 1][0] if k + 1 < n else len(line)) is None and not (
                k == n - 1 and not line[end:].strip() and NUMBER_OPENS_LINE.match(next_line)):
            continue
        slot.cands = [(c, x + NUM_WEIGHT * lex.num_after_cost(c[-1])) if c and c[-1][:1] != ABBR_MARK else (c, x)
                      for c, x in slot.cands]
        tag = "num"  # (the slot's key says which bonus its readings took: the decoder's memo is by key)
        if line[end:end + 1] == " " and DOC_CODE.match(line, end + 1):
            # a document's number: "số" before it ("Thông tư s<;> 43/2016/TT-BLĐTBXH", not sở)
            slot.cands = [(c, x - DOC_NUMBER_SO_BONUS) if c == ("số",) else (c, x) for c, x in slot.cands]
            tag = "doc number"
        elif toks[k][2][:1].isupper() and _NUMBERED_PLACE.match(line, end):
            # a district or ward named by its number, Capitalised as a name is ("QUAN 1" under "ỦY BAN NHÂN DÂN": QUẬN
            # 1, which had been kept "QUAN"; "Phuong 3")
            slot.cands = [(c, x - PLACE_BONUS) if c and c[-1] in NUMBERED_PLACE_TYPES else (c, x)
                          for c, x in slot.cands]
            tag = "numbered place"
        slot.key = (slot.key, tag) if slot.key is not None else None


#: the place types numbers name (Quận 1 … Quận 12, Phường 3)
NUMBERED_PLACE_TYPES = frozenset(("quận", "phường"))
#: a bare number of one or two figures after a word, no date's or document's ("QUAN 1", "Quan 10,"; not "1/2", "3.000")
_NUMBERED_PLACE = re.compile(r"[ ]\d{1,2}(?![\d/.\-]\d|\d|[^\W\d_])")
DOC_NUMBER_SO_BONUS = 4.0  # nats off "số" right before a document's number ("43/2016/TT-BLĐTBXH": no "sở" stands there)
#: the words that name a place's type, which a name follows ("tỉnh Đắk Lắk", "huyện Krông Pắc", "thành phố Pleiku")
PLACE_TYPE_SYLLABLES = frozenset(("tỉnh", "huyện", "xã", "quận", "phường", "phố", "trấn"))


def _add_type_before_highland_names(slots: list[Slot], toks: list[tuple[int, int, str]], line: str,
                                    coded: bool = False) -> None:
    """The word right before a Central Highlands place name (kept as written: the decoder sees no word there)
    is read as a place's type when it can be: "tinh Đắk Lắk" → "tỉnh", not "tính" (``PLACE_BONUS`` cheaper)."""
    starts = {a for a, _b, _n in _highland_runs(line, coded)}
    if not starts:
        return
    for k, (_s, e, _t) in enumerate(toks):
        nxt = e + 1
        if nxt in starts and line[e:nxt] == " ":
            slot = slots[k]
            slot.cands = [(c, x - PLACE_BONUS) if c and c[-1] in PLACE_TYPE_SYLLABLES else (c, x)
                          for c, x in slot.cands]
            slot.key = None


def _add_place_names(slots: list[Slot], toks: list[tuple[int, int, str]], lex: Lexicon, upper: bool,
                     gen: Generator | None = None, lows: list[str] | None = None, next_line: str = "") -> None:
    """Words that can be read as a name of the gazetteer — a place led by its type word, or an agency —
    and are Capitalised as the name is, are read so: each slot of the run gets the name's syllable
    ``PLACE_BONUS`` cheaper ("Quan Hoang Mai" → "Quận Hoàng Mai", "quén Ba Dinh" → "quận Ba Đình",
    "Sé Noi vu" → "Sở Nội vụ"); every syllable must be among its slot's candidates, but for the word
    that opens a name (quận, huyện, sở, …: a closed set) a token one letter from it will do when ``gen``
    is given ("Quén" → "Quận", at the channel's cost of that reading). The longest wins. A name's opening two
    syllables may end the line when ``next_line`` opens with the letters of its next two ("S& Nong" / "nghiép va
    Phat trién": Sở Nông nghiệp …)."""
    trie = lex.gazetteer
    if PLACE_BONUS == 0.0 or not trie:
        return
    n = len(slots)
    coded = gen is not None and gen.ch.name == "substitution"  # (a symbol code's capitals are noise: "qU?n")
    # (in a code, a word in capitals off a capitals line is no name's, its capitals stand-ins, but one opened by the
    # code's P for Đ may be: "Sở Gi(ro d>c va PAO t{o" is Sở Giáo dục và Đào tạo, which had been "và đào tạo")
    caps: list[bool | None] = [t[:1].isupper() and _name_case(t, upper, not coded or t[:1] == "P")
                               for _s, _e, t in toks]
    if gen is not None and gen.ch.name == "ocr_eng":  # a capital Đ Tesseract-eng read as a small b ("Kế hoạch và bau
        caps = [c or _SMALL_B_FOR_D.match(t) is not None for c, (_s, _e, t) in zip(caps, toks, strict=True)]  # tư")
    if gen is not None and gen.ch.name in OCR_KINDS:  # a small letter whose capital is its shape made larger: a name's
        # capital inside it, maybe ("Thương binh và xa hội": None, see _capitalised_as)
        caps = [c or (None if t[:1] in SIZE_ONLY_LETTERS else False)
                for c, (_s, _e, t) in zip(caps, toks, strict=True)]
    if not any(caps):
        return
    # a name's syllable spelled by a token's letters is tried though its candidates lack it (a rare one, "Đồng Hới":
    # "hoi" gives hội, hỏi, hồi …; in a code too, at its channel's cost, when the token is letters only)
    skels = [skeleton(low) if low.isalpha() else None for low in lows] if lows is not None else None
    # (a coded token with stand-ins: its lost-space readings as two words, at their channel costs: "vaD&u" và Đầu)
    pairs_at = (lambda k: _coded_pairs(gen, lows[k])) if coded and lows is not None else None  # type: ignore[arg-type]
    keys = _key_of_token(toks) if coded else None  # (a coded word's letters, stand-ins any)
    memo: dict = lex.__dict__.setdefault("_name_syllables", {})
    nxt = None if coded else NEXT_WORDS.match(next_line)
    opening = tuple(skeleton(w.lower()) for w in nxt.group(1).split()) if nxt else ()
    i = 0
    while i < n - 1:
        best: tuple[tuple[str, ...], ...] = ()
        if not (caps[i] or caps[i + 1] or (i + 2 < n and caps[i + 2])):  # names are Capitalised
            i += 1
            continue
        # (a head slot may be read as two of the name's syllables: a code's lost space, "S?Lao" Sở Lao)
        heads = [cand for cand, _x in slots[i].cands[:12] if cand and len(cand) <= 2 and cand[0] in trie
                 and (len(cand) == 1 or cand[1] in trie[cand[0]])]
        extra: dict[tuple[str, ...], float] | None = None  # opening readings no candidate had, and their costs
        if not heads and gen is not None and lows is not None and gen.ch.name == "ocr_eng":
            extra = {(h,): gen.own_cost(h, lows[i]) for h in _near_heads(lex, lows[i])}
            heads = list(extra)
        elif not heads and coded and lows is not None and caps[i]:
            extra = _coded_heads(gen, lows[i])  # type: ignore[arg-type]
            heads = list(extra)
        for head in heads:
            node = trie[head[0]] if len(head) == 1 else trie[head[0]][head[1]]
            found = _longest_name(node, slots, caps, i, i + 1, (head,), (True, False)[:len(head)], skels, pairs_at,
                                  opening, keys, memo=memo)
            if sum(map(len, found)) > sum(map(len, best)):
                best = found
        if not best:
            i += 1
            continue
        if extra is not None:  # the opening word was no candidate: add it at its channel cost
            slots[i].cands = [*slots[i].cands, (best[0], extra[best[0]])]
        for k, reading in enumerate(best[1:], start=i + 1):  # a rare name's syllable no candidate had ("Hới"), or
            if gen is not None and lows is not None and not any(c == reading for c, _x in slots[k].cands):  # two
                cost = (pairs_at(k) if pairs_at is not None else {}).get(reading) or \
                    _name_cost(gen, "".join(reading), lows[k], toks[k][2]) + GLUED_PAIR_COST * (len(reading) - 1)
                slots[k].cands = [*slots[k].cands, (reading, cost)]
            if pairs_at is not None and len(reading) == 2:  # (the name's last syllable glued to a word: that word's
                # other readings too, for the LM to choose among: "v&ra" vụ rà, not only "vụ ra"; also where the
                # slot had the pair already, "taore" tạo ra, but not "tạo rà" before "soát")
                have = {c for c, _x in slots[k].cands}
                slots[k].cands += [(pair, x) for pair, x in pairs_at(k).items()
                                   if pair[0] == reading[0] and pair not in have]
        node, named = trie, []  # (how many syllables of each slot's reading are the name's: the last may have one)
        for reading in best:
            named.append(0)
            for syl in reading:
                if syl not in node:
                    break
                node = node[syl]
                named[-1] += 1
        pattern: tuple[bool, ...] = node.get("") or _name_going_on(node) or ()
        at = 0  # (a name going on on the next line: one of its)
        for k, reading in enumerate(best):
            slot = slots[i + k]
            part = reading[:named[k]]  # (a glued last slot: whatever word follows the name, "thôn chủ", "thôn chữ")
            slot.cands = [(c, x - PLACE_BONUS * named[k]) if c == reading or (
                part != reading and c and len(c) == len(reading) and c[:named[k]] == part) else (c, x)
                for c, x in slot.cands]
            slot.key = None
            slot.name_case = (reading, pattern[at:at + named[k]], at)
            at += named[k]
        i += len(best)


#: a small letter opening a word of capitals (fix_small_letter_opening_capitals' quick test: "BAC gIANG"), and in a
#: repaired line, its capitals marked ("HÒA vANG", "vƯỜNG")
_SMALL_OPENING_CAPITALS = re.compile(r"(?<![^\W\d_])[a-z][A-Z]{3}")
_SMALL_OPENING_CAPITALS_READ = regex.compile(r"(?<![\p{L}\d])[a-z]\p{Lu}{3}")
#: a Tesseract-eng word whose capital Đ was read as a small b ("bau" Đầu): a name's Capital where a name has one
_SMALL_B_FOR_D = re.compile(r"b[aăâeêioôơuưy]")
CODED_HEAD_MAX = 8.0  # nats: the most a symbol code's reading of a name's opening word may cost to be tried


def _coded_heads(gen: Generator, low: str) -> dict[tuple[str, ...], float]:
    """Readings of a symbol-coded token as a gazetteer name's opening word, or that word and the name's next
    syllable when the space between them was lost, which its candidates lack, with their channel costs: a
    symbol the document mostly writes for another vowel ("S&" is "Sư" but for a few "Sở": "S&Th@Ng tin" → ("sở",
    "thông")). Opening words are tried whose first letter and length fit the token's (memoised per token on the
    generator: a pure function of the token, as every generator memo must be — the default code's generator is
    shared by every document a process reads)."""
    memo = gen.memos.setdefault("_coded_heads", {})
    got = memo.get(low)
    if got is not None:
        return got
    trie = gen.lex.gazetteer
    by_first = _heads_by_first(trie)
    out: dict[tuple[str, ...], float] = {}

    def heads(part: str) -> list[str]:  # (its first and small consonants in the word's, in order: "s&" in "so", not
        # "sc"; a capital may be a stand-in, "SC", and so may a small vowel, "Su" Sở)
        letters = [part[0].lower(), *(c for c in part[1:] if "a" <= c <= "z" and c not in "aeiouy")]
        return [h for h, lo, hi, sk in by_first.get(part[:1], ()) if lo <= len(part) <= hi and _in_order(letters, sk)]

    for head in heads(low):
        if (c := gen.own_cost(head, low)) <= CODED_HEAD_MAX:
            out[(head,)] = c
    for a, b in gen.split_cuts(low) or ():
        readings = gen.single(b)
        for head in heads(a):
            if (ca := gen.own_cost(head, a)) <= CODED_HEAD_MAX:
                for (w, *more), cb in readings[:12]:
                    if not more and w in trie[head] and ca + cb + 1.5 < out.get((head, w), 99.0):
                        out[(head, w)] = ca + cb + 1.5
    memo[low] = out
    return out


def _coded_pairs(gen: Generator, low: str) -> dict[tuple[str, ...], float]:
    """A symbol-coded token's readings as two words whose space was lost, from its parts' readings, with their
    costs: ``"vad&u"`` → {("và", "đầu"): …, ("và", "dấu"): …} (memoised per token on the generator; its parts'
    readings are read here, not taken from what the generator happens to hold: what an earlier document read made a
    batch's output depend on its order — benchmarks/official_plans.py seed 1102 after 1061–1070)."""
    memo: dict[str, dict[tuple[str, ...], float]] = gen.memos.setdefault("_coded_pairs", {})
    got = memo.get(low)
    if got is None:
        got = memo[low] = {}
        for a, b in gen.split_cuts(low) or ():
            ra, rb = gen.single(a), gen.single(b)
            if b[0].isupper():  # (its own capital: "v~Dl,ro" và Đào, as Generator.candidates reads it)
                rb = rb[:12] + gen.single(b[0].lower() + b[1:])[:12]
            for (x, *more_a), ca in ra[:12]:
                for (y, *more_b), cb in rb[:24]:
                    if not more_a and not more_b and ca + cb + GLUED_PAIR_COST < got.get((x, y), 99.0):
                        got[(x, y)] = ca + cb + GLUED_PAIR_COST
    return got


_BY_NODE: dict[tuple[str, int], tuple[dict, dict]] = {}  # (what, id(trie node)) → (the node, what was made of it)


def _per_node(what: str, node: dict, make: Callable[[dict], dict]) -> dict:
    """``make(node)`` for a gazetteer trie node, memoised while the lexicon keeps the node."""
    got = _BY_NODE.get((what, id(node)))
    if got is None or got[0] is not node:
        if len(_BY_NODE) > 100_000:
            _BY_NODE.clear()
        got = _BY_NODE[(what, id(node))] = (node, make(node))
    return got[1]


def _heads_by_first(trie: dict) -> dict[str, list[tuple[str, int, int, str]]]:
    """A gazetteer's opening words by the letter a code writes first (a Đ also as "p": a code's P for Đ), each with
    the token lengths that fit it and its letters: ``{"s": [("sở", 1, 3, "so")], …}``."""
    def make(node: dict) -> dict[str, list[tuple[str, int, int, str]]]:
        by: dict[str, list[tuple[str, int, int, str]]] = {}
        for head in node:
            sk = skeleton(head)
            for letter in (sk[0], "p") if sk[0] == "d" else (sk[0],):
                by.setdefault(letter, []).append((head, len(sk) - 1, len(head) + 1, sk))
        return by

    return _per_node("heads", trie, make)


def _in_order(letters: list[str], word: str) -> bool:
    """Whether ``letters`` appear in ``word`` in order (a subsequence): ``["p", "h", "n", "g"]`` in "phuong"."""
    it = iter(word)
    return all(c in it for c in letters)


#: a word's first letters and two signs Tesseract-eng read for its marked vowel ("s&@": Sở)
_SIGNS_FOR_A_VOWEL = regex.compile(r"([a-z]{1,2})[&@¢§]{2}")


def _near_heads(lex: Lexicon, low: str) -> list[str]:
    """Words that open a gazetteer name whose letters are one edit from the token's: "quén" → ["quận"]
    (memoised per token on the lexicon)."""
    def find(_key: str) -> list[str]:
        sk = skeleton(low)
        if not sk.isalpha() and sum(not c.isalpha() for c in sk) == 1:
            sk = "".join(c for c in sk if c.isalpha())  # a speck or mark read as a sign: "Sé&" (Sở)
        if not sk.isalpha() and _SIGNS_FOR_A_VOWEL.fullmatch(sk):  # a marked vowel read as two signs: "S&@" (Sở)
            shape = regex.compile(_SIGNS_FOR_A_VOWEL.sub(lambda m: m.group(1) + "[aeiouy]", sk))
            return [h for h in lex.gazetteer if shape.fullmatch(skeleton(h))]
        if not sk.isalpha() or len(sk) < 2:
            return []
        distance = fuzzy_matchers()[1]
        return [h for h in lex.gazetteer if abs(len(skeleton(h)) - len(sk)) <= 1
                and distance(sk, skeleton(h), score_cutoff=1) <= 1]

    return memo_get(lex.__dict__.setdefault("_near_heads", {}), low, find, limit=100_000)


def _longest_name(node: dict, slots: list[Slot], caps: list[bool | None], i: int, j: int,
                  path: tuple[tuple[str, ...], ...], firsts: tuple[bool, ...] = (True,),
                  skels: list[str | None] | None = None,
                  pairs_at: Callable[[int], dict[tuple[str, ...], float]] | None = None,
                  opening: tuple[str, ...] = (), keys: Callable[[int], str] | None = None, *,
                  memo: dict) -> tuple[tuple[str, ...], ...]:
    """The longest gazetteer name continuing ``path`` (one reading per slot ``i``..``j - 1``) whose Capitalised
    syllables are Capitalised in the text (empty if none). A slot's reading may be two syllables of the name, a
    symbol code's lost space ("nongth?n": nông thôn); the second's case cannot be seen (``firsts``: whether each
    syllable of the path opens its slot's token). ``skels``: each token's letters, whose name syllables are tried
    too when no candidate has them; ``pairs_at(j)``: a coded token's readings as two glued words ("vaD&u");
    ``opening``: the next line's first two words' letters; ``keys(j)``: a code's word's letters, each stand-in any
    letter (:func:`_coded_name_key`); ``memo``: the lexicon's memo of a node's syllables near a token's letters
    (:func:`_name_syllables_near`)."""
    best = path if _capitalised_as(node.get(""), caps, i, firsts) else ()
    if j >= len(slots):  # the line's end: a long enough name's opening may go on on the next line ("… phối hợp: So
        going_on = _name_going_on(node) if not best and (_named_at_line_end(path) or (
            sum(map(len, path)) == NAME_AT_LINE_END - 1 and _goes_on_with(node, opening))) else None
        if going_on is not None and _capitalised_as(going_on[:len(firsts)], caps, i, firsts):  # Nong nghiep" / "va
            best = path  # Phat trien …")
        return best
    if slots[j].boundary_before is not None and not slots[j].stop_speck:
        return best  # (a name goes on across a lone stop, a scan's speck: "Sở. Công Thương")
    cands = [cand for cand, _x in slots[j].cands[:12]]
    letters = skels[j] if skels is not None else None
    lost: list[tuple[str, ...]] = []  # a name's second syllable with a letter lost, read so only inside a longer name
    if letters:
        cands += [(syl,) for syl in _syllables_by_skeleton(node).get(letters, ()) if (syl,) not in cands]
        if sum(map(len, path)) == 1 and len(letters) >= 2:  # ("S&@ Ni vu": Sở Nội vụ, its ộ lost; had been "Sư Ni")
            lost = [(syl,) for syl in _syllables_by_lost_letter(node).get(letters, ()) if (syl,) not in cands]
            if len(letters) >= 4:  # (or glued to the next, "So Novu": Nội vụ, its i lost; had been "Số Nơi")
                lost += [pair for pair in _glued_pairs(node, letters, lost_letter=True) if pair not in cands]
            if len(letters) >= 3:  # or one misread ("So Nob vu": its ộ read "ob"; had been "Số Nội vụ")
                lost += [(syl,) for syl in _name_syllables_near(memo, node, letters, 1, True)
                         if (syl,) not in cands and (syl,) not in lost]
        if len(letters) >= NEAR_NAME_LETTERS and sum(map(len, path)) >= 2:  # a name's third syllable on: one letter
            # lost or misread will do ("So Cong Thong": Công Thương), two in a long one ("Sé Cong Thieng": its ư, ơ
            # read i, e)
            near = 2 if len(letters) >= FAR_NAME_LETTERS else 1
            cands += [(syl,) for syl in _name_syllables_near(memo, node, letters, near) if (syl,) not in cands]
        cands += [pair for pair in _glued_pairs(node, letters) if pair not in cands]  # ("vaDao": và Đào)
        if pairs_at is not None and sum(map(len, path)) >= 2:  # a code's plain vowel may stand for another: a name's
            # third syllable on, one of its consonants and length will do ("So NQi vi": Sở Nội vụ; "viDio": và Đào)
            cands += [(syl,) for syl in _syllables_by_frame(node).get(_vowel_frame(letters), ()) if (syl,) not in cands]
            cands += [pair for pair in _glued_pairs(node, letters, frames=True) if pair not in cands]
    elif pairs_at is not None:  # (or the name's last syllable glued to the next word: "S(r Noi v&ra" Sở Nội vụ | rà)
        cands += [pair for pair in pairs_at(j) if pair[0] in node and (pair[1] in node[pair[0]] or "" in node[pair[0]])
                  and pair not in cands]
        if keys is not None and (sum(map(len, path)) >= 2 or path[-1][-1] in _TYPE_SYLLABLES):  # a name's third
            # syllable on, or its first after a place's type word: a coded word its letters and stand-ins fit, its P
            # the Đ a code writes so ("Sf Ke hojch vj P(ru tQ": … và Đầu tư; "T>NH B?N TRE": Bến Tre, which the
            # table's many readings of "?" had left out of the slot's first twelve, fresh seed 1043)
            key = keys(j)
            for k in (key, "d" + key[1:]) if key[:1] == "p" else (key,):
                cands += [(syl,) for syl in _name_syllables_fitting(memo, node, k) if (syl,) not in cands]
    for cand in cands + lost:
        if not cand or len(cand) > 2 or cand[0] not in node:
            continue
        nxt = node[cand[0]]
        if len(cand) == 2:
            if cand[1] not in nxt:
                # the name's last syllable glued to the word after it ("nBng thonchu": nông thôn | chủ)
                if sum(map(len, path)) + 1 > sum(map(len, best)) and _capitalised_as(
                        nxt.get(""), caps, i, (*firsts, True)):
                    best = (*path, cand)
                continue
            nxt = nxt[cand[1]]
        found = _longest_name(nxt, slots, caps, i, j + 1, (*path, cand), (*firsts, *(True, False)[:len(cand)]), skels,
                              pairs_at, opening, keys, memo=memo)
        if sum(map(len, found)) > sum(map(len, best)) and (cand not in lost or len(found) > len(path) + 1
                                                            or len(cand) == 2):  # (a lost letter: inside a longer
            best = found  # name, or the first of two glued syllables)
    return best


def _key_of_token(toks: list[tuple[int, int, str]]) -> Callable[[int], str]:
    """Token ``j``'s :func:`_coded_name_key`, made when first asked for (most tokens never are)."""
    made: dict[int, str] = {}

    def key(j: int) -> str:
        got = made.get(j)
        if got is None:
            got = made[j] = _coded_name_key(toks[j][2])
        return got

    return key


def _name_syllables_near(memo: dict, node: dict, letters: str, near: int, same_length: bool = False
                         ) -> tuple[str, ...]:
    """A gazetteer trie node's next syllables whose letters are at most ``near`` edits from ``letters``
    (``same_length``: and as many), in the node's order: ``"thong"`` after "Sở Công" → ("thương", …) (memoised in
    ``memo``, the lexicon's: a pure function of the node and the letters)."""
    def make(_key: tuple) -> tuple[str, ...]:
        distance = fuzzy_matchers()[1]
        return tuple(syl for sk, syls in _syllables_by_skeleton(node).items()
                     if (len(sk) == len(letters) if same_length else abs(len(sk) - len(letters)) <= near)
                     and distance(sk, letters, score_cutoff=near) <= near for syl in syls)

    return memo_get(memo, (id(node), letters, near, same_length), make)


def _name_syllables_fitting(memo: dict, node: dict, key: str) -> tuple[str, ...]:
    """A gazetteer trie node's next syllables a code's word key fits (:func:`_fits`), in the node's order (memoised as
    :func:`_name_syllables_near` is)."""
    return memo_get(memo, (id(node), key), lambda _k: tuple(syl for syl in node if syl and _fits(key, skeleton(syl))))


def _vowel_frame(letters: str) -> str:
    """A syllable's letters with its vowels as "?": ``"vi"`` → "v?" (what a code that writes vowels as other vowels
    keeps of them)."""
    return _VOWEL_LETTERS.sub("?", letters)


_VOWEL_LETTERS = re.compile(r"[aeiouy]")
_STOP_SPECKS = frozenset((".", ":", "-:", ":-", ".-", "-."))  # a lone stop or colon, a dash's speck beside it
NEAR_NAME_LETTERS = 4  # a name's syllable this long, after two, may be read from a token one letter from it
FAR_NAME_LETTERS = 6  # … and this long, two letters from it
GLUED_PAIR_COST = 1.5  # nats for the lost space of two name syllables a token spells run together (as _coded_heads')
NAME_AT_LINE_END = 3  # syllables of a gazetteer name that a line may end with, the rest on the next line
_TYPE_SYLLABLES = PLACE_TYPE_SYLLABLES | {"thành", "thị"}


#: the next line's first two words, or its first word before a stop (a name going on, not a new item: no number or
#: dash before them)
NEXT_WORDS = regex.compile(r"\s*(\p{L}+[ ]+\p{L}+|\p{L}+(?=[;,.:]))(?![\p{L}\d])")


def _goes_on_with(node: dict, opening: tuple[str, ...]) -> bool:
    """Whether a gazetteer name goes on from a trie node with two syllables whose letters ``opening`` has, or ends with
    its one, the first at most one letter off ("nghiep", "va" after "Sở Nông"; "Thuong;" after "Sở Công"): a name's
    opening that ends a line and is too short to read it by alone (:func:`_named_at_line_end`) is read so then."""
    if not opening:
        return False
    distance = fuzzy_matchers()[1]
    for first, syls in _syllables_by_skeleton(node).items():
        if first == opening[0] or (len(first) >= NEAR_NAME_LETTERS
                                   and distance(first, opening[0], score_cutoff=1) <= 1):
            if any(opening[1] in _syllables_by_skeleton(node[syl]) if len(opening) > 1 else "" in node[syl]
                   for syl in syls):
                return True
    return False


def _named_at_line_end(path: tuple[tuple[str, ...], ...]) -> bool:
    """Whether a gazetteer name's opening syllables ending a line are enough to read it by: three, two of them past
    its place-type words ("Sở Nông nghiệp", "tỉnh Bà Rịa"; not "Thành phố Dĩ", whose "Dĩ" may be "đi")."""
    syllables = [syl for reading in path for syl in reading]
    k = 0
    while k < len(syllables) and syllables[k] in _TYPE_SYLLABLES:
        k += 1
    return len(syllables) >= NAME_AT_LINE_END and len(syllables) - k >= 2


def _name_going_on(node: dict) -> tuple[bool, ...] | None:
    """The capitals of a gazetteer name that goes on from a trie node (one of them), None where none does."""
    def make(node: dict) -> dict[str, tuple[bool, ...] | None]:
        todo = [v for k, v in node.items() if k]
        while todo:
            nxt = todo.pop()
            if "" in nxt:
                return {"": nxt[""]}
            todo += [v for k, v in nxt.items() if k]
        return {"": None}

    return _per_node("going_on", node, make)[""]


def _glued_pairs(node: dict, letters: str, frames: bool = False, lost_letter: bool = False) -> list[tuple[str, str]]:
    """Two syllables of a gazetteer name going on from a trie node that a token's letters spell run together:
    ``"vadao"`` after "Sở Giáo dục" → [("và", "đào")] (a lost space; the code's table had made D for Đ too dear for
    the reading to be a candidate). With ``frames``, a code's vowels may be any vowels (:func:`_vowel_frame`):
    ``"vidio"`` → [("và", "đào")]; with ``lost_letter``, the first syllable's letters but one: ``"novu"`` after "Sở" →
    [("nội", "vụ")]."""
    if len(letters) < 4:
        return []
    by_letters = _syllables_by_frame if frames else _syllables_by_skeleton
    key = _vowel_frame if frames else str
    by = _syllables_by_lost_letter(node) if lost_letter else by_letters(node)
    return [(x, y) for k in range(1, len(letters)) for x in by.get(key(letters[:k]), ())
            for y in by_letters(node[x]).get(key(letters[k:]), ())]


def _syllables_by_skeleton(node: dict) -> dict[str, tuple[str, ...]]:
    """A gazetteer trie node's next syllables by their letters: ``{"hoi": ("hới",), "xoai": ("xoài",)}``."""
    def make(node: dict) -> dict[str, tuple[str, ...]]:
        by: dict[str, list[str]] = {}
        for syl in node:
            if syl:
                by.setdefault(skeleton(syl), []).append(syl)
        return {k: tuple(v) for k, v in by.items()}

    return _per_node("syllables", node, make)


def _syllables_by_lost_letter(node: dict) -> dict[str, tuple[str, ...]]:
    """A gazetteer trie node's next syllables by their letters with one lost: ``{"ni": ("nội",), "no": ("nội",), …}``
    (an index, not a scan of the node's syllables per token: a type word's node holds thousands of names)."""
    def make(node: dict) -> dict[str, tuple[str, ...]]:
        by: dict[str, list[str]] = {}
        for sk, syls in _syllables_by_skeleton(node).items():
            for k in range(len(sk)):
                for syl in syls:
                    if syl not in (got := by.setdefault(sk[:k] + sk[k + 1:], [])):
                        got.append(syl)
        return {k: tuple(v) for k, v in by.items()}

    return _per_node("lost letter", node, make)


def _syllables_by_frame(node: dict) -> dict[str, tuple[str, ...]]:
    """A gazetteer trie node's next syllables by their letters with vowels as "?" (:func:`_vowel_frame`):
    ``{"h??": ("hới",), "x???": ("xoài",)}``."""
    def make(node: dict) -> dict[str, tuple[str, ...]]:
        by: dict[str, list[str]] = {}
        for syl in node:
            if syl:
                by.setdefault(_vowel_frame(skeleton(syl)), []).append(syl)
        return {k: tuple(v) for k, v in by.items()}

    return _per_node("frames", node, make)


def _capitalised_as(pattern: tuple[bool, ...] | None, caps: list[bool | None], i: int,
                    firsts: tuple[bool, ...]) -> bool:
    """Whether the slots from ``i`` on are Capitalised where a gazetteer name's ``pattern`` is (None: no name ends
    there); ``firsts``: whether each of its syllables opens its slot's token (the others' case cannot be seen). After
    the name's first syllable, one slot whose ``caps`` is None (an OCR'd small letter of a capital's shape: "xa") will
    do, where two of the name's capitals or more are there."""
    if pattern is None:
        return False
    seen = [caps[i + sum(firsts[:k + 1]) - 1] for k, c in enumerate(pattern) if c and firsts[k]]
    soft = seen.count(None)
    # (one such slot, in a name whose other capitals two or more are there: "Bộ Lao động - Thương binh và xa hội", not
    # "Ia can cu", là căn cứ)
    return all(x or x is None for x in seen) and (
        soft == 0 or (soft == 1 and seen[0] is True and seen.count(True) >= 2))


def _name_case(tok: str, upper: bool, capitals: bool = True) -> bool:
    """A token written as part of a name: Capitalised ("Hoang"), or in capitals on a capitals line or in a
    run of capitals words on a mixed one (a two-column header merged: "TINH DIEN BIEN Doc lap - Tu do").
    OCR turns a marked vowel into a capital or a symbol ("HGi" = Hội, "SG", "S&" = Sở): a capital
    first letter with any lower-case letter after it, or a two-letter token, counts too (``capitals``: a word
    in capitals off a capitals line counts, but in a symbol code)."""
    letters = [c for c in tok if c.isalpha()]
    if not letters or not letters[0].isupper():
        return False
    return upper or len(letters) <= 2 or any(c.islower() for c in letters[1:]) or (capitals and len(letters) >= 3)


#: a line ready for decoding: its index, word tokens (start, end, text), their slots, and whether it is in capitals
LineSlots = tuple[int, list[tuple[int, int, str]], list[Slot], bool]


SHORT_CODED_LINE = 4  # words of a header's line that goes on with the capitals of the line above it in a code


GENERATOR_MEMO_LIMIT = 200_000  # entries a generator's memo holds before it is emptied (a long batch's memory)


def _decode_lines(lines: list[str], idx: list[int], kind: str, lex: Lexicon, ch: Channel,
                  protected: dict[int, list[tuple[int, int]]], gen: Generator | None = None,
                  context: bool = True, seen_lines: dict[int, tuple] | None = None,
                  name_lines: dict[int, dict[int, str]] | None = None,
                  ) -> tuple[dict[int, list[tuple[int, int, str, str, float]]], int, Generator]:
    """Decode word tokens of the given lines; returns per-line (start, end, orig, new, margin).
    ``context=False`` skips the neighbour-suggested candidates (a quick pass for table learning);
    ``seen_lines`` keeps each line's tokens and capitals test for a later pass over the same lines;
    ``name_lines``: a signature's name line → its words' roles (:func:`person_name_roles`)."""
    gen = gen or generator_for(lex, ch)
    results: dict[int, list[tuple[int, int, str, str, float]]] = {}
    maybe_small: dict[int, list[int]] = {}  # a code's words opened by a capital that may be small (_line_readings)
    ntok = 0
    seen_lines = {} if seen_lines is None else seen_lines
    for i in idx:
        if i not in seen_lines:
            seen_lines[i] = (_tokens(lines[i], kind, protected.get(i, [])), _upper_line(lines[i], kind))
    line_toks = {i: seen_lines[i][0] for i in idx}
    uppers = {i: seen_lines[i][1] for i in idx}
    if kind == "substitution" and name_lines:  # a signer's name is written Capitalised: in capitals only if every
        # letter is one ("L? D^C Ha" is Lê Đức Hà, not "LÃ ĐỨC HÀ": the code's capital C, its stand-ins no letters)
        for i in name_lines.keys() & uppers.keys():
            if uppers[i] and any(c.islower() for c in CODE_MARKS.sub("", lines[i])):
                uppers[i] = False
    if kind == "substitution":  # the issuer's name going on in capitals on a short line of the header whose every word
        # opens with a capital, its small letters the code's stand-ins ("SỞ LAO ĐỘNG - THƯƠNG BINH" / "Ve Xu H,rI": VÀ
        # XÃ HỘI, which had been "Và Xã Hội", the issuer's end lost)
        for i in sorted(uppers):
            words = lines[i].split()
            if not uppers[i] and 0 < i < HEADER_LINES // 3 and uppers.get(i - 1) and i not in (name_lines or {}) \
                    and 2 <= len(words) <= SHORT_CODED_LINE and all(w[:1].isupper() for w in words):
                uppers[i] = True
    # (a shared generator's memos serve every document a batch worker reads: each is emptied past GENERATOR_MEMO_LIMIT
    # entries, which changes no result — every memo is a function of its key alone)
    for memo in gen.memos.values():
        if isinstance(memo, dict) and len(memo) > GENERATOR_MEMO_LIMIT:
            memo.clear()
    # a token's options (and the decoder's per-slot work) depend only on (kind, token, upper-case line)
    opt_cache = gen.memos.setdefault("_options", {})
    cased: dict[tuple, str] = {}  # (token, reading, capitals line, what else the case reads) → cased text
    vmemo = gen.memos.setdefault("_viterbi_memo", {})
    preps: dict[str, str] = {}  # token → its prepared form, once per token of the region

    def prep(tok: str) -> str:
        low = preps.get(tok)
        if low is None:
            low = _prep(tok, kind, not _foreign_word(tok, lex))
            if kind == "ocr_eng" and HORN_MARK.search(low := _horn_d_as_o(low)):  # the marks cost in the options
                low = HORN_MARK.sub("", low)
            preps[tok] = low
        return low

    todo = []
    looked: set[tuple[str, str, bool]] = set()
    for i in idx:
        upper = uppers[i]
        for _s, _e, tok in line_toks[i]:
            key = (kind, tok, upper)
            if key in opt_cache or key in looked:
                continue
            looked.add(key)
            if not _keep_as_is(tok, kind, lex, upper):
                todo.append(low := prep(tok))
                todo += [other[0] for other in _other_readings(tok, low, kind, context)]  # the slot below asks for them
    gen.prefetch(todo)  # candidate costs of the region's new tokens in one vectorised pass
    # text OCR'd with the Vietnamese model: a token that is no syllable has a letter wrong ("chímh" chính,
    # "trìmh" trình), which the marks-only channel cannot read; the Tesseract-eng channel's edit costs can
    odd = [low for low in todo if _letters_wrong(low)] if kind == "ocr_vie" else []
    misread = generator_for(lex, load_eng_channel()) if odd else None
    if misread is not None:
        misread.prefetch(odd)
    if kind == "substitution":  # and of the parts of those that may have lost a space (a name's syllables glued, read
        # in the table-learning pass too: _coded_pairs), a capital part also as its small letter
        parts = [part for low in todo for cut in gen.split_cuts(low) or () for part in cut]
        gen.prefetch(parts + [p[0].lower() + p[1:] for p in parts if p[0].isupper()])
    built: list[LineSlots] = []
    for i in idx:
        line = lines[i]
        toks = line_toks[i]
        ntok += len(toks)
        upper = uppers[i]
        slots: list[Slot] = []
        kept: list[bool] = []
        lows: list[str] = []
        prev_end = 0
        for s, e, tok in toks:
            gap = line[prev_end:s]
            boundary = _context(gap if slots else line[:s], bool(slots))
            if boundary == "<s>" and slots and kind != "substitution" and (
                    gap == "." or (gap in (". ", ":") and tok[0].islower())):
                boundary = None  # a speck read as a stop inside a sentence: "co.so", "Ha.Noi", "nang. cao", "cong:tac"
            prev_end = e
            low = prep(tok)
            lows.append(low)
            key = (kind, tok, upper)
            got = opt_cache.get(key)
            if got is not None:
                slots.append(Slot(list(got[1]), boundary, key))
                kept.append(got[0])
                continue
            if _keep_as_is(tok, kind, lex, upper):
                # an abbreviation the LM knows stays as it is but is context for its neighbours
                abbr = abbreviation_token(tok)
                keep: tuple[tuple[str, ...] | None, float] = (None, 0.0)
                if abbr is not None and abbr in lex.uni:
                    keep = ((abbr,), 0.0)
                opt_cache[key] = (True, (keep,))
                slots.append(Slot([keep], boundary, key))
                kept.append(True)
                continue
            # the quick table-learning pass (context=False) needs no lost-space splits: they teach no symbol
            cands = gen.candidates(low, allow_split=((kind == "substitution" and context) or (
                kind == "ocr_eng" and any(c in "’'‘," for c in tok)) or (  # (a lost space: "tiéptuc", "CHÍMINH")
                kind == "ocr_eng" and _GLUED_WORDS_CAPITAL.search(tok) is not None) or (  # ("S&Ndi": Sở Nội)
                kind in OCR_KINDS and ENG_SPLIT_MIN <= len(low) <= ENG_SPLIT_MAX and low.isalpha()
                and not is_valid_skeleton(low))))
            if kind in OCR_KINDS and SHORT_SPLIT_MIN <= len(low) < ENG_SPLIT_MIN and low.isalpha() and \
                    not is_valid_skeleton(low):  # (its two-word readings beside its one-word ones, never for them)
                two: list[Cand] = [(c[0], c[1] + SHORT_SPLIT_COST) for c in gen.candidates(low, allow_split=True)
                                   if len(c[0]) == 2]
                cands = _merge_readings(cands, two)
            if kind == "ocr_eng" and low != tok.lower() and (  # prep() took horn marks out ("co’" → "co")
                    horns := len(HORN_MARK.findall(marked := _horn_d_as_o(tok.lower())))):
                if any(m.end() < len(marked) for m in HORN_MARK.finditer(marked)):  # inside: a lost space too?
                    cands = _merge_readings(cands, gen.candidates(marked, allow_split=True))
                cands = sorted(((c, x + HORN_MISSING_COST * max(0, horns - _horn_count(c))) for c, x in cands),
                               key=lambda c: c[1])
            if misread is not None and _letters_wrong(low):
                cands = _merge_readings(cands, [c for c in misread.candidates(low, allow_split=False)
                                                if c[1] <= VIE_MISREAD_MAX_COST])
                for broken, letter in BROKEN_STROKES:  # ("rigày": ngày, its n's stroke parted)
                    if broken in low:
                        whole = low.replace(broken, letter, 1)
                        cands = _merge_readings(cands, [(c, x + BROKEN_STROKE_COST) for c, x in gen.single(whole)])
            for reading, extra, split in _other_readings(tok, low, kind, context):
                cands = _merge_readings(cands, [(c, x + extra) for c, x in gen.candidates(reading, split)])
            keep_syl = canonical(tok.lower())
            options: list[tuple[tuple[str, ...] | None, float]] = []
            if is_valid_syllable(keep_syl) and keep_syl in lex.uni:
                own = gen.own_cost(keep_syl, low) if kind == "ocr_eng" else 0.0
                if not any(c[0] == (keep_syl,) for c in cands):
                    options.append(((keep_syl,), own))
            options.extend(cands)
            keep_cost = 8.0 if kind != "stripped" else 30.0
            if kind != "stripped" and (not tok.isalpha() or (kind == "substitution" and not (
                    tok.islower() or tok.isupper() or tok.istitle()))):
                keep_cost = 16.0
            elif (kind in OCR_KINDS or (kind == "substitution" and len(tok) > LONGEST_SYLLABLE)) and \
                    not is_valid_skeleton(tok) and not tok.isupper():
                keep_cost = 11.0  # (in a code too, a token of letters only longer than any syllable: words run together
                # — "Daotaonghe cho" had been kept, the title lost, fresh seed 10636 code; restore.py's sample-004 code
                # sets 97.41/97.50% → 97.51/97.57%, no other set lower; for every such token, 97.55/97.60%, but a short
                # one the fixers read whole after the decoder was then read as a word, "và Diutm" Điểm for Đầu tư,
                # fresh seed 10474 code004)
            if _foreign_word(tok, lex):
                # an English word ("email", "website", "Skills"): keeping it is cheap, though a damaged
                # syllable that happens to spell one ("phil" = phù) can still be read when its
                # Vietnamese reading is much better
                keep_cost = min(keep_cost, FOREIGN_KEEP_COST)
            if not is_valid_syllable(keep_syl) or keep_syl not in lex.uni:
                options.append((None, keep_cost))
            if kind == "substitution" and upper and tok.isupper() and tok in lex.abbreviations and (
                    abbr := abbreviation_token(tok)) in lex.uni:
                # a two-letter abbreviation in a heading of capitals, or a word ("UBND TP HÀ NỘI", "ĐẦU TU"):
                # its neighbours decide
                options.append(((abbr,), CAPS_ABBR_COST))
            opt_cache[key] = (False, tuple(options))
            slots.append(Slot(options, boundary, key))
            kept.append(False)
        if kind not in SKELETON_CHANNELS and context:  # (their candidates are their skeleton's forms)
            _add_context_candidates(slots, toks, lows, gen, lex)
            for slot in slots:
                if len(slot.cands) > MAX_CANDS:
                    slot.key = None
                    slot.cands.sort(key=lambda c: c[1] - 0.3 * (lex.logp(c[0][0]) if c[0] else -12.0))
                    slot.cands[:] = slot.cands[:MAX_CANDS]
        for k in range(1, len(slots)):  # a lone stop between two words may be a speck (see _longest_name)
            if slots[k].boundary_before == "<s>" and line[toks[k - 1][1]:toks[k][0]].strip() in _STOP_SPECKS and (
                    toks[k][2][:1].isupper()):  # (a colon before a Capitalised word: "So: Thong tin"; "S6-: N6ng")
                slots[k].stop_speck = True
        _add_number_evidence(slots, toks, line, lex, lines[i + 1] if i + 1 < len(lines) else "")
        _add_place_names(slots, toks, lex, upper, gen, lows, lines[i + 1] if i + 1 < len(lines) else "")
        if name_lines and i in name_lines:
            _add_person_names(slots, toks, lows, name_lines[i], gen)
        if not line.islower():
            _add_type_before_highland_names(slots, toks, line, kind == "substitution")
        built.append((i, toks, slots, upper))
    for run in _sentence_runs(built, lines, soft_capitals=kind != "substitution"):
        run_slots = [slot for _i, _t, sl, _u in run for slot in sl]
        run_path, run_margins = viterbi(run_slots, lex, start="<s>", lm_weight=LM_WEIGHT, memo=vmemo)
        if REREAD_UNLIKELY and kind != "stripped" and context:  # (a stripped word's readings are all candidates)
            run_lows = [prep(tok) for _i, toks, _sl, _u in run for _s, _e, tok in toks]
            # the Vietnamese model's text: what the LM finds out of place may have a letter misread too ("thông
            # tím" tin), costed by the Tesseract-eng channel as the tokens that spell no syllable are (its
            # generator made on the first such word)
            run_path, run_margins = reread_unlikely(
                run_slots, run_path, run_margins, lex,
                lambda j, a, b, pool=REREAD_POOL, lows=run_lows, sl=run_slots: _neighbour_words(
                    j, a, b, lows, sl, gen if kind != "ocr_vie" else generator_for(lex, load_eng_channel()), lex, pool),
                LM_WEIGHT, gate=REREAD_GATE_ENG if kind == "ocr_eng" else REREAD_GATE, sure_pool=REREAD_SURE_POOL)
        # (the table-learning pass skips the trigram re-reading: it re-reads slots under 1 nat of margin, and
        # that pass keeps only readings sure by 2)
        if TRIGRAM_GATE > 0 and context:
            run_path, run_margins = refine_with_trigrams(run_slots, run_path, run_margins, lex, LM_WEIGHT,
                                                         gate=TRIGRAM_GATE, sweeps=TRIGRAM_SWEEPS)
        if (kind == "substitution" and NAMES_ONLY_IN_CODES) or kind == "ocr_eng":
            # (Tesseract-eng's middle names too: "Nguyen Thu Diing" is Thu, the LM had liked "Nguyễn Thế" better;
            # signers of 219 Tesseract-eng plans 196 right → 197, none lost)
            _names_by_channel(run_slots, run_path, run_margins, lex)
        else:
            _names_by_channel(run_slots, run_path, run_margins, lex, given_only=True)
        at = 0
        for i, toks, slots, upper in run:
            path, margins = run_path[at:at + len(slots)], run_margins[at:at + len(slots)]
            at += len(slots)
            results[i] = _line_readings(toks, slots, path, margins, upper, lex, cased, coded=kind == "substitution",
                                        line=lines[i], scanned=kind in OCR_KINDS,
                                        heading=bool(ROMAN_AT_START.match(lines[i])),
                                        maybe_small=maybe_small.setdefault(i, []))
            if kind == "ocr_eng" and "Uy" in lines[i]:
                results[i] = _small_uy_after_its_body(results[i])
            if kind == "substitution" and not upper:
                as_named = {toks[k][0]: slot.name_case[1][:1] == (True,) for k, slot in enumerate(slots)
                            if slot.name_case is not None and path[k] < len(slot.cands)
                            and slot.cands[path[k]][0] == slot.name_case[0]}  # (a name's "Đồng", "Đầu tư": theirs)
                results[i] = _lower_d_read_from_p(lines[i], results[i], as_named)
    if kind == "substitution" and any(maybe_small.values()):
        _small_words_of_a_capitalising_code(results, maybe_small, lines)
    return results, ntok, gen


#: how many words never a name's a code must write with a capital of their small letter's shape inside a sentence
#: (and what share of them) for its other such capitals to be read small where running text writes the word so
CAPITALISING_CODE_MIN = 2
CAPITALISING_CODE_SHARE = 0.1


def _small_words_of_a_capitalising_code(results: dict[int, list[tuple[int, int, str, str, float]]],
                                        maybe_small: dict[int, list[int]], lines: list[str]) -> None:
    """Where a code capitalises small letters of a capital's shape opening words (sample 004's engine: "KS ho?ch Va",
    "UBND Cae huy~n", "nhiem V\\l tu van" — its words never a name's, :data:`_NEVER_NAMES`, so written, at least
    :data:`CAPITALISING_CODE_MIN` and :data:`CAPITALISING_CODE_SHARE` of those inside a sentence), the other words so
    opened between small words (``maybe_small``: each line's indexes) are written small where running text mostly
    writes them so (:func:`~vetplan.normalize.lexicon.written_small_mostly`): "Triển khai Cong tac giao" is "công tác"
    (fresh seeds 1652 and 1657 code004, the title lost), "nhiệm V\\l," "vụ"; "Chính phủ" stays. A code that keeps
    the words' case (as written, a capital is the writer's: "thực hiện Chỉ thị", "Trường … Công nghệ cao") is left. In
    place."""
    capital = small = 0
    for i, res in results.items():
        for k, (s, _e, tok, new, _mg) in enumerate(res):
            if new.lower() in _NEVER_NAMES and tok[:1].lower() in "cosvwxz" and k and res[k - 1][3][:1].islower() \
                    and lines[i][res[k - 1][1]:s] == " ":
                capital += tok[:1].isupper()
                small += tok[:1].islower()
    if capital < CAPITALISING_CODE_MIN or capital < CAPITALISING_CODE_SHARE * (capital + small):
        return
    for i, ks in maybe_small.items():
        res = results.get(i, [])
        for k in ks:
            s, e, tok, new, mg = res[k]
            after = res[k + 1][3] if k + 1 < len(res) and lines[i][e:res[k + 1][0]] == " " else ""
            if res[k - 1][3].lower() != "và" and written_small_mostly(new, res[k - 1][3], after):  # (an agency's
                # words after "và" are Capitalised: "Thương binh và Xã hội")
                res[k] = (s, e, tok, new[:1].lower() + new[1:], mg)


#: the bodies whose party committee is written "… ủy" after their Capitalised name: "Tỉnh ủy", "Thành ủy", "Huyện ủy"
_UY_BODIES = frozenset(("Tỉnh", "Thành", "Huyện", "Quận", "Thị", "Đảng"))


Reading = tuple[int, int, str, str, float]  # a decoded token: (start, end, original, reading, margin)


def _small_uy_after_its_body(readings: list[Reading]) -> list[Reading]:
    """Tesseract-eng reads the hooked small "ủ" as a capital ("Tinh Uy"): "ủy" after a Capitalised body ("Tỉnh",
    "Thành", "Huyện") is written small, as the committee's name is ("Thường trực Tỉnh ủy", not "Tỉnh Ủy"); "Ủy ban"
    stays."""
    out = list(readings)
    for k in range(1, len(out)):
        s, e, tok, new, mg = out[k]
        if tok == "Uy" and new == "Ủy" and out[k - 1][3] in _UY_BODIES and out[k - 1][1] + 1 == s and (
                k + 1 == len(out) or out[k + 1][3].lower() != "ban"):  # ("Ban cán sự Đảng Ủy ban nhân dân")
            out[k] = (s, e, tok, "ủy", mg)
    return out


def _letters_wrong(low: str) -> bool:
    """A lower-case token of three or more letters that no Vietnamese syllable spells: ``"chímh"`` (not
    ``"chính"``, not "2024", not a unit: "km", "kg")."""
    return len(low) >= 3 and low.isalpha() and not is_valid_syllable(canonical(low))


def _horn_d_as_o(low: str) -> str:
    """A "d" before a horn mark is the horned vowel's letter: ``"sd’"`` → ``"so’"`` (sở)."""
    return HORN_D.sub("o", low) if "d" in low else low


def _horn_count(words: tuple[str, ...]) -> int:
    """Letters with a horn in a reading: ``("cơ", "sở")`` → 2."""
    return sum(unicodedata.normalize("NFD", w).count("\u031b") for w in words)


def _other_readings(tok: str, low: str, kind: str, context: bool) -> list[tuple[str, float, bool]]:
    """The other ways a token may be read, whose candidates its slot takes too: (the token as the channel
    then sees it, the extra cost, whether lost-space splits are looked for) — a symbol code's ambiguous
    group read as a letter and a stand-in ("l}P"), a first letter read for a capital Đ ("Pay manh",
    "P>o tao"), both ("P(rA ban": địa bàn, its "(r" a stand-in, which had been "Pha ban"), a small l that
    Tesseract-eng read as "I" ("Iinh"), a code's two letters before a vowel read as one u-vowel's stand-in
    ("vira" vừa, beside "thira" thì ra: :data:`LETTER_GROUPS` takes them only before no vowel); none for any
    other token."""
    if kind == "substitution" and CODED_NH_AS_M.search(low):
        return [(low[:-1] + "nh", CODED_NH_AS_M_COST, False), *_misread_readings(tok, low, kind, context)]
    if kind == "substitution" and (grouped := LETTER_GROUP_BEFORE_A_VOWEL.sub(_group_mark, low)) != low:
        return [(grouped, 0.0, context), *_misread_readings(tok, low, kind, context)]
    return _misread_readings(tok, low, kind, context)


def _misread_readings(tok: str, low: str, kind: str, context: bool) -> list[tuple[str, float, bool]]:
    """:func:`_other_readings` but a code's letter groups before a vowel."""
    d_cost = _capital_d_cost(tok, kind)
    if kind == "substitution" and AMBIGUOUS_GROUP.search(tok):
        grouped = (_prep(tok, kind, ambiguous_groups=False), 0.0, context)
        return [grouped] if d_cost is None else [grouped, ("đ" + low[1:], d_cost, context)]
    if d_cost is not None:
        return [("đ" + low[1:], d_cost, kind == "substitution" and context)]
    if kind == "substitution" and context and "P" in low and (inner := _INNER_P_FOR_D.search(low)):
        # (a glued word's capital Đ: "tr~nP|a ban" trên địa bàn, which had been "trên là bàn")
        return [(low[:inner.start()] + "đ" + low[inner.end():], SYMBOL_D_AS_P_COST, True)]
    if kind == "ocr_eng" and L_READ_AS_I.match(tok):
        return [("l" + low[1:], L_READ_AS_I_COST, False)]
    if kind == "ocr_eng" and (read := _capital_h_read_as_strokes(tok)) is not None:
        return [(read, H_AS_STROKES_COST, False)]
    return []


def _capital_d_cost(tok: str, kind: str) -> float | None:
    """The extra cost of reading a token's first letter as a capital Đ that the OCR misread ("Pay manh"
    in Tesseract-eng, "P>o tao" in a symbol code), or None when the token cannot be one."""
    if kind == "ocr_eng" and CAPITAL_D_MISREAD.match(tok):
        return CAPITAL_D_AS[tok[0]]
    if kind == "substitution" and SYMBOL_D_AS_P.match(tok):
        return SYMBOL_D_AS_P_COST
    return None


SPLIT_PUNCT = ",;"


def _keep_split_mark(tok: str, reading: str) -> str:
    """The two-word ``reading`` of a token whose one comma or semicolon is no stand-in (not a symbol
    code's ",r") lost the space after that mark: the mark stays between the words ("quận,các" →
    "quận, các", not "quận các")."""
    if not any(c in tok for c in SPLIT_PUNCT):
        return reading
    bare = SUBST_GROUPS.sub("", tok)
    at = [k for k, c in enumerate(bare) if c in SPLIT_PUNCT]
    if len(at) == 1 and 0 < at[0] < len(bare) - 1 and bare[at[0] - 1].isalpha() and \
            bare[at[0] + 1].isalpha():  # between letters: "n,c"; not a code's "';'"
        first, second = reading.split(" ")
        return f"{first}{bare[at[0]]} {second}"
    return reading


def _lower_d_read_from_p(line: str, readings: list[tuple[int, int, str, str, float]],
                         named: dict[int, bool] | None = None) -> list[tuple[int, int, str, str, float]]:
    """A symbol code's "P" for đ is a capital whatever the letter was: "chất lượng P>o tạo" is "đào tạo".
    The reading keeps its capital only where a capital belongs: at a line's or sentence's start, after
    a capitalised word, or where a gazetteer name writes one; inside a name, as the name writes it (``named``: the
    tokens' starts → whether the name writes a capital there; "tỉnh Pong Nai" is "tỉnh Đồng Nai", "Kế hoạch và P~u
    tư" "Đầu tư", "Sở Lao Pong" "Lao động")."""
    named = named or {}
    out = []
    prev_new = ""
    for s, e, tok, new, mg in readings:
        if new[:1] == "Đ" and new[1:2].islower() and SYMBOL_D_AS_P.match(tok) and not named.get(s, False):
            before = line[:s].rstrip()
            if s in named or (before and before[-1] not in ".:;!?-–+*•(\"“" and not prev_new[:1].isupper()):
                new = "đ" + new[1:]
        out.append((s, e, tok, new, mg))
        prev_new = new
    return out


def _sentence_runs(built: list[LineSlots], lines: list[str], soft_capitals: bool = True) -> list[list[LineSlots]]:
    """Group wrapped lines into the runs decoded as one sequence, so a word at a line's end sees the next
    line's first word too: "... Tạo điều kiện thuận lợi, ho" / "tro để học sinh ..." → "hỗ trợ", not "họ" /
    "trở". A line continues the previous one when that ends without a sentence mark. The joining gap (the
    previous line's tail) sets the LM context as a gap inside a line does ("năm" / "2024" → ``<num>``).
    A capitalised first word may start a sentence or go on with one ("Thủ đô", "Sở" inside a sentence):
    with ``soft_capitals`` each of its readings takes the likelier context (:attr:`Slot.soft`); without
    (symbol code, whose capitals are noise: "qU?n") such a line starts a sentence of its own."""
    runs: list[list[LineSlots]] = []
    for item in built:
        i, toks, slots, _upper = item
        if not toks and not lines[i].strip() and runs and runs[-1][-1][0] == i - 1:
            continue  # (a blank line: a sentence may go on past it, below)
        prev = runs[-1][-1] if runs else None
        # (a blank line an OCR put inside a sentence: "… phối hợp: Se Tai" / "" / "chinh; thời gian …" goes on only
        # with a small letter, a paragraph's end being likelier)
        after_blank = prev is not None and prev[0] == i - 2 and not lines[i - 1].strip() and bool(toks) and \
            toks[0][2][:1].islower()
        if (prev is not None and (prev[0] == i - 1 or after_blank) and prev[1] and toks
                and not LINE_END.search(lines[prev[0]]) and (soft_capitals or not toks[0][2][:1].isupper())):
            if not lines[i][:toks[0][0]].strip():
                slots[0].boundary_before = _context(lines[prev[0]][prev[1][-1][1]:], True)
                slots[0].soft = toks[0][2][:1].isupper() and slots[0].boundary_before is None
            runs[-1].append(item)
        else:
            runs.append([item])
    return runs


def _line_readings(toks: list[tuple[int, int, str]], slots: list[Slot], path: list[int], margins: list[float],
                   upper: bool, lex: Lexicon, cased: dict[tuple, str],
                   coded: bool = False, heading: bool = False, line: str = "", scanned: bool = False,
                   maybe_small: list[int] | None = None) -> list[tuple[int, int, str, str, float]]:
    """A line's decoded tokens as (start, end, original, reading in the token's case, margin). In a symbol code
    (``coded``) a token opened by a stand-in takes no case from the letter after it, which the code capitalises
    at random ("Tinh ~Y" is "Tỉnh ủy", not "Tỉnh Ủy"), and one in capitals away from other capitals is no word in
    capitals ("DAN vi" is "Đơn vị", "CAC so" "Các sở") but on a part's heading (``heading``: "I.MT)Cntca, YEU
    cAu", a real code's damaged capitals); a word never a name's opened inside a sentence by a capital with its small
    letter's shape is written small (``line``: the tokens' line; :func:`_size_only_capital_inside_a_sentence`), in a
    code and in a scan (``scanned``: "nghé Cho lao dfng", Tesseract-eng's C read large, fresh seed 1098 eng000). In a
    code, the readings of other words that may be written small so go to ``maybe_small`` (their indexes), for the
    document to decide (:func:`_small_words_of_a_capitalising_code`)."""
    res = []
    small_later: list[int] = []  # a code's words whose capital may be its small letter's shape
    for at, ((s, e, tok), slot, k, mg) in enumerate(zip(toks, slots, path, margins, strict=True)):
        cand = slot.cands[k][0]
        if cand is None or cand[0][:1] == ABBR_MARK:
            res.append((s, e, tok, tok, mg))
            continue
        if len(cand) == 1 and cand[0] in lex.iy_variants:
            cand = (_iy_spelling(cand[0], lex.iy_variants[cand[0]], tok, lex),)
        caps = upper or _short_word_in_capitals(toks, at, coded) or (not coded and not tok.isupper() and (
            (sum(map(str.isupper, tok)) >= 2 and (_beside_capitals(toks, at, 1, 3) or (
                _beside_capitals(toks, at, 1, 2) and _beside_capitals(toks, at, 2, 3))))  # ("HOANG SU PHi": PHÌ)
            or _marked_vowel_read_small(toks, at)))
        # (a word in capitals whose marked vowel the scan read small: "THANH PHO HO CHi MINH" is CHÍ; not beside a
        # word of two capitals, which is as often a Capitalised word's marked vowel read big: "SO NOi vu" Sở Nội vụ)
        # (the memo's key holds all the case below reads: a name's slot is Capitalised, "van" on a signer's line Văn
        # where the word elsewhere is "văn", fresh seed 604 code004, whose signer had been lost)
        mkey = (tok, cand, caps, slot.title, slot.name_case, heading,
                coded and not caps and not heading and tok.isupper() and _beside_capitals(toks, at))
        new = cased.get(mkey)
        if new is None:
            source = tok.lower() if coded and not caps and (
                (not tok[:1].isalpha() and tok[:1] not in "(\"'“‘[")
                or (tok[:1].isupper() and cand[0][:1] not in "đĐ" and skeleton(cand[0][:1]) != tok[:1].lower()
                    and not tok.isupper())) else tok  # (a capital stand-in opening the word: "Qy" ủy, "By")
            if coded and not caps and not heading and source.isupper() and not _beside_capitals(toks, at):
                source = tok[:1] + tok[1:].lower()  # capitals that are stand-ins: "DAN vị" is "Đơn vị", not "ĐƠN"
            # a small "l" read as "I" is written small: "Iinh" → "lĩnh" (not "Lĩnh")
            new = match_case("l" + tok[1:] if cand[0][:1] == "l" and L_READ_AS_I.match(tok) and not caps
                             else source, cand, caps or (  # (a capital read small opening capitals: "sO LAO DONG";
                                 # not after a small word: "vién, cO SO GDNN" is "cơ sở")
                                 not coded and tok[:1].islower() and tok[1:].isupper() and _beside_capitals(toks, at)
                                 and (at == 0 or toks[at - 1][2].isupper())))
            if slot.title and not caps:
                new = " ".join(w[:1].upper() + w[1:] for w in new.split(" "))  # a person's name
            if coded and not caps and slot.name_case is not None and slot.name_case[0] == cand and not (
                    sum(map(str.isupper, tok)) >= 2 and _beside_capitals(toks, at)):
                new = _gazetteer_case(new, slot.name_case)  # a code's capitals are noise: "Sở lao động" → "Sở Lao động"
            if tok[:1] == "(" and len(tok) > 2 and tok[1].isalpha() and skeleton(cand[0][:1]) == tok[1].lower():
                new = "(" + new  # the reading starts with the letter after "(": a parenthesis, no stand-in ("(cao")
            if new.lower() == tok.lower() and not (coded and slot.title and not caps):
                new = tok  # the reading is the token itself: its own case stands ("các" in a line of codes), but a
                # code's name ("ThU" is Thu: its capital a stand-in's)
                if coded and not caps and tok[:1].islower() and not tok.islower():
                    new = tok.lower()  # … and a small word's capital, a stand-in ("rA soát" is "ra soát", fresh seed
                    # 1291 code: the partner had run on past the verb)
            elif len(cand) == 2:
                new = _keep_split_mark(tok, new)
            cased[mkey] = new
        if not coded and new[:1] == "đ" and tok[:1] == "b" and (at == 0 or (
                slot.name_case is not None and slot.name_case[0] == cand and slot.name_case[1][:1] == (True,)
                and _SMALL_B_FOR_D.match(tok))):
            new = "Đ" + new[1:]  # a name's capital Đ Tesseract-eng read as a small b: "Kế hoạch và bau tư" (Đầu); or
            # a line's first word ("bao tao nghé cho …": Đào; a small đ it reads "d", sample 000: 459 of 459)
        elif not coded and slot.name_case is not None and slot.name_case[0] == cand and slot.name_case[2] > 0 and \
                slot.name_case[1][:1] == (True,) and tok[:1] in SIZE_ONLY_LETTERS and new[:1] == tok[:1]:
            new = new[:1].upper() + new[1:]  # a name's capital OCR read small, the same shape ("Thương binh và xa hi":
            # Xã hội)
        elif (coded or scanned) and line and not caps and _size_only_capital_inside_a_sentence(toks, at, line, new,
                                                                                                  scanned):
            new = new[:1].lower() + new[1:]  # ("UBND Cae huy~n": các)
        elif coded and line and not caps and slot.name_case is None and not slot.title and \
                _size_only_capital_between_small_words(toks, at, line, new):
            small_later.append(len(res))  # (what the word after it reads as tells: below)
        res.append((s, e, tok, new, mg))
    if maybe_small is not None:
        maybe_small += small_later
    return res


#: words never a name's syllable, written small inside a sentence: a code's capital of the same shape opening one is
#: its small letter wherever it stands ("UBND Các huyện", "Chủ tịch, Các PCT", "phối hợp Với Sở"); not "chỉ" ("Chỉ thị
#: số 24/CT-TTg", a document's type) nor "vì" (Ba Vì)
_NEVER_NAMES = frozenset(("các", "với", "về", "và", "vào", "cho", "của", "có", "cũng", "còn", "sẽ", "vẫn", "vừa", "cả",
                          "chưa", "cùng", "sau", "sự", "xong"))


#: a place's type words by their letters that are no other word's ("huyen", "tinh"): a word after one opens the place's
#: name ("phuong", "quan", "xa" are as often "phương", "quan", "xa": "địa phương Về chế độ" is "về")
_PLACE_TYPE_LETTERS = frozenset(("tinh", "huyen"))


def _size_only_capital_inside_a_sentence(toks: list[tuple[int, int, str]], at: int, line: str, new: str,
                                         scanned: bool = False) -> bool:
    """Whether a code's or a scan's (``scanned``) capital C, O, S, V, W, X or Z opening a word inside a sentence (after
    a word, no stop, colon, semicolon or dash between them) is its small letter, which has its shape (sample 004's
    engine wrote "dan Vj" for "đơn vị", "KS ho?ch Va" for "và"; Tesseract-eng read "nghé Cho lao"): for a word never a
    name's (:data:`_NEVER_NAMES`: "UBND Cae huy~n" các; in a scan not after a place's type word, whose name's first
    syllable it may be, misread: "huyen Vii Quang"; "Vi" may be a name's, Vị Xuyên, and the case of the words beside
    it is the code's too: "vai Sa cong Thuong" is "với Sở Công Thương")."""
    tok = toks[at][2]
    if tok[:1] not in "COSVWXZ" or not new[:1].isupper() or " " in new or (
            any(c.isalpha() for c in tok[1:]) and not any(c.islower() for c in tok[1:] if c.isalpha())):
        return False  # (a word in capitals; but a capital and a code's stand-ins alone, "V~ giao duc", is as likely
        # the small letter's: fresh seed 1694 code004 had "tuyên truyền Về giáo dục")
    if scanned and at and skeleton(toks[at - 1][2].lower()) in _PLACE_TYPE_LETTERS:  # (a scan's word after a place's
        return False  # type is its name's, misread: "huyen Vii Quang" read "Với Quảng" is Vũ Quang, mended later)
    before = line[:toks[at][0]].rstrip()  # (the text before it, a fixer's words too: they are no tokens)
    return bool(before) and before[-1] not in ".:;!?-–+*•(\"“" and new.lower() in _NEVER_NAMES


#: two words that open a document's type, Capitalised where a text cites one ("Công văn số 12/UBND"): a code's capital
#: of the same shape opening them may be the writer's
_TYPE_WORDS_BY_LETTERS = frozenset((("cong", "van"), ("chi", "thi"), ("chuong", "trinh"), ("van", "ban"),
                                    ("cong", "dien")))


def _size_only_capital_between_small_words(toks: list[tuple[int, int, str]], at: int, line: str, new: str) -> bool:
    """Whether a code's word opened by a capital C, O, S, V, W, X or Z, inside a sentence between two words opened by
    small letters, one space either side, may be its small letter: sample 004's engine writes such a letter in either
    size ("nhiem V\\l tu van": nhiệm vụ, "khu V\\l'Cva", "qU?nco Chuang trinh": chương; fresh seeds 1652 and 1657
    code004 "Triển khai Cong tac giao" had been read "Công tác", the title lost) — whether it is, the word's and the
    next word's case in running text tells (:func:`~vetplan.normalize.lexicon.written_small_mostly`). Not a name the
    decoder read as one, nor a person's (the caller asks); a name opening after a Capitalised head ("Sở Xây dựng") has
    no small word before it; a document's type cited may be Capitalised (:data:`_TYPE_WORDS_BY_LETTERS`)."""
    tok = toks[at][2]
    rest = SUBST_GROUPS.sub("", tok)[1:]  # ("VI)": V and a group)
    if tok[:1] not in "COSVWXZ" or not new[:1].isupper() or " " in new or not at or (
            rest and not any(c.islower() for c in rest if c.isalpha())):
        return False
    _a, b0, prev = toks[at - 1]
    if line[b0:toks[at][0]] != " " or not prev[:1].islower():
        return False
    end = toks[at][1]
    if at + 1 < len(toks) and line[end:toks[at + 1][0]] == " ":  # (a small word after it, or a stop: "nhiem V\\l,")
        nxt = toks[at + 1][2]
        return nxt[:1].islower() and (skeleton(new.lower()), skeleton(SUBST_GROUPS.sub("", nxt).lower())) not in \
            _TYPE_WORDS_BY_LETTERS
    return line[end:end + 1] in ",.;:" or not line[end:].strip()


def _beside_capitals(toks: list[tuple[int, int, str]], at: int, reach: int = 2, letters: int = 2) -> bool:
    """Whether a word within ``reach`` words of the token is written in capitals (``letters`` letters or more): in a
    line of mixed case, a run of capitals is a heading's or a name's ("Nơi nhận: TM. ỦY BAN NHÂN DÂN", "GIÁM ĐỐC
    Sở"; a code's small stand-in may break the run, so two words either side by default: "BAN NHjN DAN")."""
    return any(0 <= j < len(toks) and j != at and toks[j][2].isupper() and sum(map(str.isalpha, toks[j][2])) >= letters
               for j in range(at - reach, at + reach + 1))


def _marked_vowel_read_small(toks: list[tuple[int, int, str]], at: int) -> bool:
    """A two-letter word, a capital and a small vowel, right after a word of three capitals or more and ending a run of
    capitals (the line's end, or the national motto's column merged after it): a word in capitals whose marked vowel
    a scan read small ("THANH PHO UONG Bi Doc lap": BÍ, the city's name had been "UÔNG Bí"; "TINH Ha Nam" stays)."""
    tok = toks[at][2]
    return (len(tok) == 2 and tok[0].isupper() and tok[1] in "aeiouy" and at > 0 and toks[at - 1][2].isupper()
            and sum(map(str.isalpha, toks[at - 1][2])) >= 3
            and (at + 1 == len(toks) or skeleton(toks[at + 1][2].lower()) in ("doc", "cong")))


def _gazetteer_case(text: str, name_case: tuple[tuple[str, ...], tuple[bool, ...], int]) -> str:
    """A slot's reading of a gazetteer name written as the name is: ``"lao"`` of "Sở Lao động …" → "Lao", ``"Động"``
    → "động"; the name's first syllable keeps its case (a place's type word is Capitalised or not: "Quận", "quận")."""
    _reading, pattern, at = name_case
    words = text.split(" ")
    if len(words) != len(pattern):
        return text
    return " ".join(w if at + k == 0 else (w[:1].upper() + w[1:] if cap else w.lower())
                    for k, (w, cap) in enumerate(zip(words, pattern, strict=True)))


def _short_word_in_capitals(toks: list[tuple[int, int, str]], at: int, coded: bool = False) -> bool:
    """A word of one or two capitals beside a word of capitals is written in capitals too: "TM. UY BAN
    NHAN DAN" → "ỦY BAN", not "Ủy BAN" (a line of mixed case is no capitals line); so is one beside such a word:
    "HUYEN BA BE Doc lap" → "BA BỂ" (it had been "BA Bể"). In a symbol code a word of one letter and stand-ins
    beside one word of capitals alone is Capitalised: that word's capitals may be stand-ins ("S> NBI vu chu tri" is
    "Sở Nội vụ", not "SỞ")."""
    tok = toks[at][2]
    if not tok.isupper() or sum(map(str.isalpha, tok)) > 2:  # (most words: one C call)
        return False
    if coded and sum(map(str.isalpha, tok)) == 1:
        run = [at]
        for step in (-1, 1):
            j = at + step
            while 0 <= j < len(toks) and toks[j][2].isupper():
                run.append(j)
                j += step
        if sum(sum(map(str.isalpha, toks[j][2])) >= 2 for j in run) < 2:
            return False
    if _beside_capitals(toks, at, reach=1, letters=3):
        return True
    for step in (-1, 1):  # through short words of capitals: "HUYEN BA BE" (BE beside BA, BA beside HUYEN)
        j = at + step
        while 0 <= j < len(toks) and toks[j][2].isupper() and sum(map(str.isalpha, toks[j][2])) <= 2:
            if _beside_capitals(toks, j, reach=1, letters=3):
                return True
            j += step
    return False


def _sample_lines(lines: list[str], idx: list[int], budget: int) -> list[int]:
    """Every k-th line of ``idx`` so that about ``budget`` word tokens are covered (all when fewer)."""
    total = sum(len(lines[i].split()) for i in idx)
    if budget <= 0 or total <= budget:
        return idx
    step = -(-total // budget)
    return idx[::step]


def _iy_spelling(word: str, variant: str, tok: str, lex: Lexicon) -> str:
    """Choose between the i and y spellings of one syllable ("lí"/"lý", "kĩ"/"kỹ"): the letter the
    token shows, else the more frequent spelling. The bigram model often learned one spelling in a
    phrase and the other elsewhere ("quản lí" in news text); the spelling is not a reading."""
    letters = set(skeleton(tok.lower()))
    y_form, i_form = (word, variant) if "y" in skeleton(word) and "y" not in skeleton(variant) else (variant, word)
    if "y" in letters and "i" not in letters:
        return y_form
    if "i" in letters and "y" not in letters:
        return i_form
    return max((word, variant), key=lambda w: (lex.uni.get(w, 0.0), w == word))


#: the place before the date of a plan's header ("Hà Nội, ngày 02 tháng 3 năm 2024") as Tesseract-eng leaves it
#: ("Tla Noi,-ngay 02"): capitalised words, a comma or specks, "ngày" however read, a day
#: (specks between the place's words and around the day: "Thanh: Hoa; ngay.05")
# (a word of the place may hold a digit Tesseract-eng read for a marked vowel, "H6 Chi Minh", and a speck may stand
# before it, "~-H6"; a code's "KH-UBND" opens none; its words may be hyphened, "Bình-Phước", or a word's Đ read as a
# small b, "Hon bat, ngay": Hòn Đất)
HEADER_PLACE = regex.compile(r"(?<![\p{L}/])(?<![\p{L}\d]-)"
                             # (a place's Ý read as a yen sign: "¥ Yén, ngay", sample 000's engine on fresh seed 4745
                             # eng000, read "Yên", the place lost)
                             r"(?P<place>(?:\p{Lu}|¥(?=[ ]\p{Lu})|b(?=[aeiouy0][\p{Ll}\d]{0,2}[ ]\p{Lu}))"
                             r"(?:[\p{L}\d]|‘(?=\p{Ll})|(?<=^[ ]*\p{Lu})\)(?=\p{Ll}))*"
                             r"(?:(?:[:.]?[ ]{1,2}[“‘]?|-|\.(?=\p{Lu}))(?:\p{Lu}|bp?(?=[aeiouy])"  # (a quote's
                             # speck before a word: "Nam “Pinh, ngay", sample 000's engine on fresh seed 14065
                             # eng000, read "Năm “Vinh", the place lost)
                             r"|g(?=[aiâ]))(?:[\p{L}\d]|‘(?=\p{Ll}))*){0,5})"  # (a speck's opening quote inside a
                             # word: "An G‘iang, ngay", fresh seed 977 eng000: the place was not read, nor the issuer's
                             # "AN GIANg" written in capitals; a bracket after the line's first capital, "P)ng ba,
                             # ngay" under "QUAN PÉNG DA", sample 000's engine on fresh seed 12030 eng000, read "Ở)nợ
                             # ba", the place lost)
                             r"[¿?!'‘’`~_|°*•·]?[ ]*[,;]?:?[ \-–.]*"  # (a colon's speck after the comma: "Chí
                             # Linh,:ngày 26", vetplan's OCR of fresh seed 2032's scan, the place lost)
                             r"(?:[Nnu][il]?|r[il])[Gg]\p{L}[yY][ .,:\-]*(?:\d{1,2}|£\d|[lIL|][Oo\d]|[ÔOoô][đð]?\d)"
                             r"[ .,:\-]*"
                             # (its day's figures letters: "Thanh Oai, ngay LO thang 11", real Tesseract-eng on fresh
                             # seed 10095, read "Thành Hai", the place lost; "Thanh Hóa, ngày Ôð1 tháng", vetplan's OCR
                             # of fresh seed 6027's scan)
                             r"[Tt][Hh](?:\p{L}|[&@$¢])?\d?\p{L}{1,3}"
                             r"(?!\p{L})")  # (a serif's 1 read as a pound sign: "Thanh Phu, ngay £9 thang 06", real
# Tesseract-eng on fresh seed 833: the place had been read "Thành Phố"; the month word's á read as a 4: "Cao Bang, ngay
# 09 th4ng 10", sample 000's engine on fresh seed 4364 eng000, read "Cao Đẳng"; or an ampersand: "Lim P0ng, ngay 24
# th&ng 05", 6113 eng000, read "Làm Cùng")
# (its first word's Đ read as a small b: "214/KH-SLDTBXH ba Nang, ngay 15", real Tesseract-eng on fresh seed 1539, read
# "và Nâng"; "bién Bién, ngay 14", sample 000's engine on fresh seed 4288 eng000, read "biến Biển")
# (a capital Đ read as a small b and a p: "Nam bpinh, ngay 28", real Tesseract-eng on fresh seed 847, read "Năm bình")
# (a word's capital G read small: "An giang, ngay 14", sample 000's engine on another plan, fresh seed 803 eng000: the
# place had not been read, nor the title's type word before it)
# ("tháng12"; the n of ngày read as "ri" or "u": "Nghe. An; rigay 22 thang 02", or a stroke after it: "Dak Lik, nigay
# 19", fresh seed 495 eng000; a speck after the place: "Cân Giùð¿,")
#: the same in a symbol code, whose stand-ins may be in the place's words and the date's ("S{n La, ng{y 22 th?ng 09")
HEADER_PLACE_CODED = regex.compile(r"(?<![\p{L}/])(?<![\p{L}\d]-)(?P<place>(?:\p{Lu}|(?<=^[ ]*)[cosuvwxz])"
                                   r"(?:,r|<;>|[^\s,;])*"
                                   r"(?:[ ]{1,2}(?:\p{Lu}"
                                   r"|[cosuvwxz](?=\S*(?:[ ]*[,;]?[ \-–.]*[Nn][Gg]|[ ]{1,2}\p{Lu})))"
                                   r"(?:,r|<;>|[^\s,;])*){0,5})"  # (a code's ",r", "<;>" inside: "C,r"; two spaces
                                   # between its words: "B~c  K?n", fresh seed 875 code004; a later word's capital
                                   # read small where the two have one shape, before the date: "Tra vinh, ngay",
                                   # fresh seed 4308 code004, the place lost; or before a Capitalised word of it: "HA
                                   # chi Minh, ngay", fresh seed 10038 code004, read "Hồ chí Vinh")
                                   r"[ ]*[,;]?[ \-–.]*[Nn][Gg]\S{1,3}?[yY][ .,:\-]*\d{1,2}[ .,:\-]*"
                                   r"(?:[Tt][Hh]\S{2,6}?|h\S{2,4}?|M\S{2,4}?)(?:[ ]|(?=\d))")
# ("th|ng12": a space lost; "th<;>ng"; its "th" a code's M: "Tam Duong, ngay 10 Mang 06", fresh seed 11538 code004;
# its t lost too, "hang11", fresh seed 1109 code004: the issuer "TINH NAMT DINH" had not been read through the place;
# the place's capital read small where the two have one shape, opening the line: "vinh Phuc, ngay", fresh seed 628
# code004)
HEADER_LINES = 15  # the header zone: a place-date line further down is a quoted date, not the header's
#: a name's type word and how much likelier it is as a header's place, in nats: plans are issued by provinces and
#: cities (the place is theirs), then by districts; a ward or commune seldom issues one
PLACE_TYPES = {"Thành phố": 3.0, "Tỉnh": 3.0, "Quận": 1.5, "Huyện": 1.5, "Thị xã": 1.5, "Thị trấn": 0.0,
               "Phường": 0.0, "Xã": 0.0}
#: a place's type word as the gazetteers write it: "Thành phố", now and then "Thành Phố" (underthesea's "Thành Phố Đồng
#: Hới", "Thị Xã …": such a name had been no place); :func:`place_type` gives its key in PLACE_TYPES
PLACE_TYPE_WORDS = regex.compile(r"^(" + "|".join(PLACE_TYPES) + r")\s+", regex.IGNORECASE)


def place_type(word: str) -> str:
    """The key in :data:`PLACE_TYPES` of a type word as a gazetteer wrote it: ``"Thành Phố"`` → "Thành phố"."""
    return word[:1].upper() + word[1:].lower()


PLACE_MAX_COST = 4.5  # nats per syllable a place name may cost as a reading of the header's words, less its type's
#: the channel the header's place is read through, per damage kind: the OCR'd kinds' and stripped text's ("Gia
#: Lam, ngay 08" is "Gia Lâm": the decoder alone made it "Gia Làm", a common word), a symbol code's before its table
#: is learned ("S{n La": Sơn La, not "Sơn Là")
HEADER_PLACE_CHANNELS = {"ocr_eng": load_eng_channel, "ocr_vie": ocr_vie_channel, "stripped": stripped_channel,
                         "substitution": default_subst_channel}
PLACE_MARGIN = 2.0  # nats the best name must beat the next by
#: nats cheaper for a name the header's other lines give (the issuer's locality): "Thdi Binh, ngay" under "HUYEN THOI
#: BINH" is Thới Bình, though the province Thái Bình weighs more (at 3 nats the two were too close to choose and the
#: place was lost). Places of 162 Tesseract-eng official plans: 5 wrong at 3 nats, 4 at 4
HEADER_NAME_BONUS = 4.0
#: the type words of each type's weight, as the header's letters give them ("TINH", "THANH PHO")
_TYPE_SKELETONS = {w: tuple(skeleton(t.lower()) for t, tw in PLACE_TYPES.items() if tw == w)
                   for w in set(PLACE_TYPES.values())}


def _issuer_names(header: str, name: tuple[str, str, float]) -> bool:
    """Whether the header zone's letters (``header``: its skeleton in small letters) give the name after a type
    word of its type: "ubnd tinh thanh hoa" gives the province Thanh Hóa (weight 3), not the district; so does
    "tinhthanh hoa" (the space after the type word lost, as merged header columns lose it), and "huyen thanhphu" (the
    name's own space lost, as a symbol code loses it: the district Thạnh Phú, not the commune Thanh Phú)."""
    words = skeleton(" ".join(name[0].lower().split()))
    return any(f"{t} {w}" in header or f"{t}{w}" in header for t in _type_skeletons_of(name)
               for w in {words, words.replace(" ", "")})


def _canonical_of_words() -> Callable[[str], str]:
    """:func:`canonical` memoised for one pass over the gazetteer, whose names repeat their words ("Phú" in hundreds):
    a first document's place tables had cost more than the lexicon's load."""
    memo: dict[str, str] = {}

    def canon(word: str) -> str:
        got = memo.get(word)
        if got is None:
            got = memo[word] = canonical(word)
        return got

    return canon


@cache
def _place_types() -> dict[str, frozenset[str]]:
    """Each place name (as :func:`_bare_place_names` writes it) → the type words the gazetteer gives it, in small
    letters: "Phú Yên" → {"tỉnh"}, "Phổ Yên" → {"thành phố", "thị xã"} (the province's type word is no city's)."""
    out: dict[str, set[str]] = {}
    canon = _canonical_of_words()
    for full in gazetteer_full_names():
        m = PLACE_TYPE_WORDS.match(full)
        if m:  # (one spelling of a tone's place: "Thanh Hoá" and "Thanh Hóa" are one name)
            name = " ".join(w[:1] + canon(w.lower())[1:] for w in full[m.end():].split())
            out.setdefault(name, set()).add(place_type(m.group(1)).lower())
    return {n: frozenset(t) for n, t in out.items()}


@cache
def _place_syllable_pairs() -> frozenset[tuple[str, str]]:
    """The letters of each two neighbouring words of a province's, city's, district's or town's name, none across the
    name's own hyphen: ``("soc", "trang")`` of Sóc Trăng, ``("vung", "tau")`` but not ``("ria", "vung")`` of Bà Rịa -
    Vũng Tàu (for :func:`fix_hyphen_inside_a_header_term`)."""
    out: set[tuple[str, str]] = set()
    for name, types in _place_types().items():  # (the gazetteer's names by their type words, read once)
        if types & {"tỉnh", "thành phố", "huyện", "quận", "thị xã"}:
            for part in name.split("-"):
                out.update(itertools.pairwise(skeleton(w.lower()) for w in part.split()))
    return frozenset(out)


@cache
def _place_types_by_small_letters() -> dict[str, frozenset[str]]:
    """:func:`_place_types` by the names in small letters ("đắk r'lấp": the gazetteer's "Đắk R'Lấp" is "Đắk R'lấp"
    there, each word canonical)."""
    out: dict[str, set[str]] = {}
    for name, types in _place_types().items():
        out.setdefault(name.lower(), set()).update(types)
    return {n: frozenset(t) for n, t in out.items()}


def _own_type_words(name: tuple[str, str, float]) -> tuple[str, ...]:
    """The type words, in small letters, the gazetteer gives the name ``(name, letters, weight)`` of its weight: "tỉnh"
    for Phú Yên, not "thành phố" (a city of that weight is named so); none for a name it gives no type."""
    return tuple(t for t in _place_types().get(name[0], ()) if PLACE_TYPES.get(place_type(t)) == name[2])


def _type_skeletons_of(name: tuple[str, str, float]) -> tuple[str, ...]:
    """The type words, by their letters, a header writes before the name: its own (:func:`_own_type_words`), or, for
    a name the gazetteer gives none of its weight, those of its weight."""
    return tuple(skeleton(t) for t in _own_type_words(name)) or _TYPE_SKELETONS.get(name[2], ())


#: a word of a place name as written (letters, maybe an apostrophe: "M'Drắk", "H'Leo")
_NAME_WORD = regex.compile(r"\p{L}+(?:'\p{L}+)?")


@cache
def _highland_place_names() -> tuple[dict[str, tuple[str, ...]], frozenset[str], dict[str, float]]:
    """Place names with a word that is no Vietnamese syllable — the Central Highlands' "Đắk Lắk", "Krông Pắc",
    "Kon Tum", "Ea Kar", "KBang", written in the peoples' own languages — by their words' letters (``"dak
    lak"`` → ``("Đắk Lắk",)``), those names' first words' letters, and each key's likeliest unit's type weight.
    The decoder, knowing only syllables, had made "Krông" "Không" and "Đắk Lắk" "Đắc Lắc" in every kind of text."""
    by_key: dict[str, dict[str, float]] = {}
    canon = _canonical_of_words()
    for full in gazetteer_full_names():
        m = PLACE_TYPE_WORDS.match(full)
        name = full[m.end():] if m else full
        parts = name.split()
        if not parts or not all(_NAME_WORD.fullmatch(w) for w in parts) or len(parts) > 3 or (
                len(parts) == 1 and (len(name) < 4 or ROMAN_NUMERAL.fullmatch(name))):
            continue  # (one short word, "Ka", "Ning", or a ward's numeral, "VII", is what OCR makes of others too)
        if any(not is_valid_syllable(canon(w.lower())) for w in parts):
            spellings = by_key.setdefault(_name_key(name), {})
            spellings[name] = max(spellings.get(name, 0.0), PLACE_TYPES[place_type(m.group(1))] if m else 0.0)
    # a name spelled two ways is spelled as its likeliest unit is: the province Đắk Nông, not a commune's "Đăk Nông"
    return {k: tuple(sorted(n for n, w in v.items() if w == max(v.values()))) for k, v in by_key.items()}, \
        frozenset(k.split()[0] for k in by_key), {k: max(v.values()) for k, v in by_key.items()}


def _name_key(name: str) -> str:
    """A name's words by their letters alone: ``"Đa Krông"`` → ``"da krong"``, ``"Cư M'gar"`` → ``"cu mgar"``; an ư
    as Tesseract-eng reads it, its horn a quote after it or the letter a w (``"CHU’"``, ``"Chw"``), is a u: no name has
    a w; an ô or ơ Tesseract-eng read as a 6 is an o (``"Dak N6ng"``): no name has a figure."""
    return skeleton(name.lower()).replace("'", "").replace("’", "").replace("w", "u").replace("6", "o")


#: a Capitalised word (a place's name as a scan or stripped text leaves it; a horn read as a quote after it: "CHU’"; a
#: marked o read as a 6 inside it: "N6ng")
_CAPITALISED_WORD = regex.compile(r"(?<![\p{L}'’\d])\p{Lu}(?:[\p{L}'’]|6(?=\p{L}))*(?![\p{L}'’\d])")
#: a word of small letters opened by an l, a Capitalised word after it (an I read as l: "la Grai")
_SMALL_L_FOR_I = regex.compile(r"(?<![\p{L}'’\d])l\p{Ll}{0,3}(?![\p{L}'’\d])(?=[ ]\p{Lu})")
#: … in a symbol code, its stand-ins in it ("D~K", "NSng"; no stop or comma after it)
_CODED_CAPITALISED_WORD = regex.compile(r"(?<!\S)\p{Lu}(?:<;>|(?<=\p{Lu})';'|,r|\(r|[^\s.,;:()])*")  # (a group
# inside: "L(rK"; a capital Ạ's, "B~C K';'N", fresh seed 1597 code004: read "BẮC KỲ", the place and issuer lost)
#: a place's type word before a name as a code writes it, its stand-ins any letter ("TINH", "huy<;>n", "th(r x@")
_CODED_TYPE_BEFORE = regex.compile(r"(?i:t\S{1,3}nh|h\S{1,3}n|q\S{1,3}n|th\S{1,3}[ ]x\S{1,3}|th\S{1,4}[ ]ph\S{1,3}"
                                   r"|x\S{1,2})[ ]$")  # (xã: "Xufn" Xuân is none)
#: a place-date line's date after a name ("Dak NSng, ngay09")
_DATE_AFTER = regex.compile(r"[ ]*[,;][ ]*[nN][gG]")


#: a token of a code that may be an agency's name of three words or more run together ("SoTaichinh", "BoLaodong")
_GLUED_AGENCY_TOKEN = regex.compile(r"(?<!\S)[SB]\S+?\p{Lu}\S{3,}")


@cache
def _agency_keys() -> dict[int, tuple[tuple[str, tuple[int, ...]], ...]]:
    """The agencies of three words or more opened by "Sở" or "Bộ", by the length of their letters run together: (those
    letters, where each word after the first starts)."""
    out: dict[int, list[tuple[str, tuple[int, ...]]]] = {}
    for name in AGENCIES:
        words = skeleton(name.lower()).split()
        if len(words) >= 3 and name[:2] in ("Sở", "Bộ"):
            starts = tuple(itertools.accumulate(len(w) for w in words[:-1]))
            out.setdefault(len("".join(words)), []).append(("".join(words), starts))
    return {n: tuple(v) for n, v in out.items()}


@cache
def _agency_prefix_keys() -> dict[int, tuple[tuple[str, tuple[int, ...], tuple[str, ...]], ...]]:
    """The opening three words or more of the agencies of four words or more opened by "Sở" or "Bộ", by the length of
    their letters run together: (those letters, where each word after the first starts, the name's words after them)."""
    out: dict[int, list[tuple[str, tuple[int, ...], tuple[str, ...]]]] = {}
    for name in AGENCIES:
        words = skeleton(name.lower()).split()
        if len(words) < 4 or name[:2] not in ("Sở", "Bộ"):
            continue
        for k in range(3, len(words)):
            starts = tuple(itertools.accumulate(len(w) for w in words[:k - 1]))
            out.setdefault(len("".join(words[:k])), []).append(("".join(words[:k]), starts, tuple(words[k:])))
    return {n: tuple(v) for n, v in out.items()}


def split_glued_agency(line: str) -> list[tuple[int, int, str, float]]:
    """An agency's name of three words or more whose spaces a symbol code lost, its letters the name's (each stand-in
    any one) and a capital inside it where one of the name's words starts: ``"SoTaichinh"`` → "So Tai chinh" (Sở Tài
    chính; read as one token or two it had been "Soái chính"); where none fits so, a plain vowel may be another
    (``"SaTaichinh"``). Insertions; a token several names fit is left."""
    out: list[tuple[int, int, str, float]] = []
    for m in _GLUED_AGENCY_TOKEN.finditer(line):
        tok = m.group().rstrip(".,;:")
        if SUBST_GROUPS.search(tok) or "/" in tok:
            continue  # (a group is several characters for one letter: the letters' places are not the token's; a
            # slash is a document number's, "So:6/KH-UBND", which had been parted "Số :6/K H-UBND", fresh seed 4335
            # code)
        key = _coded_name_key(tok)
        fits = [starts for letters, starts in _agency_keys().get(len(key), ()) if _fits(key, letters)]
        if not fits:  # (a code's plain vowel may stand for another: "SaTaichinh", its "a" the ở of Sở, fresh seed 520
            # code004; it had been left whole, the partner lost)
            fits = [starts for letters, starts in _agency_keys().get(len(key), ())
                    if _fits(key, letters, any_vowel=True)]
        if not fits:  # (or its opening words only, the name going on after it as written: "SaThongtinva Truy~n thong",
            # fresh seed 2673 code004, read "thông tin và Truyền thông", the partner lost)
            after = [_coded_name_key(w.strip(".,;:")) for w in line[m.end():].split()]
            fits = list({starts for any_vowel in (False, True) for letters, starts, rest in
                         _agency_prefix_keys().get(len(key), ()) if _fits(key, letters, any_vowel=any_vowel)
                         and len(after) >= len(rest) and all(_fits(a, r, any_vowel=True)
                                                             for a, r in zip(after[:len(rest)], rest, strict=True))})
        if len(fits) == 1 and any(tok[x].isupper() for x in fits[0]):
            out += [(m.start() + x, m.start() + x, " ", 0.8) for x in fits[0]]
    return out


def _place_stands_here(line: str, a: int, b: int) -> bool:
    """Whether a code's words at ``line[a:b]`` stand where a place's name does: after a place's type word, or before
    a place-date line's date (elsewhere a code's letters spell a highland name by chance: "Chu Pong" is Chủ động, its
    Đ a P, not Chư Pơng)."""
    return _coded_type_before(line, a) or bool(_DATE_AFTER.match(line, b))


def _coded_type_before(line: str, at: int) -> bool:
    """Whether a place's type word, as a code writes it, ends one space before ``at`` (its groups one stand-in each:
    ``"HUYl,rN KON PLONG"``, huyện)."""
    return bool(_CODED_TYPE_BEFORE.search(SUBST_GROUPS.sub("~", line[:at])))


_STAND_IN = "."  # (a code's stand-in in a name's key: any one letter)
#: a code's word of letters with an apostrophe inside, as a highland name writes one ("H'leo", "M'Drak")
_APOSTROPHE_WORD = regex.compile(r"[A-Za-z]+'[A-Za-z]+")
#: … with a code's stand-ins after it
_CODED_APOSTROPHE_WORD = regex.compile(r"[A-Za-z]+'[A-Za-z][^\s']*")


def _coded_name_key(word: str, mixed: bool = False) -> str:
    """A code's word by its letters, each stand-in (a symbol, a group, a capital inside a word of small letters, a
    letter no Vietnamese word has after the first: "Djk Ljk", fresh seed 998 code, had been read "Đây Là") a
    :data:`_STAND_IN`: ``"NSng"`` → ``"n.ng"``, ``"D~K"`` → ``"d.k"``, ``"Kon"`` → ``"kon"``. ``mixed``: the word is
    part of a longer one with small letters, so its capitals after the first are stand-ins too ("KSN" of "BacKSN":
    ``"k.."``)."""
    word = SUBST_GROUPS.sub("~", word)
    mixed = mixed or any(c.islower() for c in word)
    small = not any(c.isupper() for c in word[1:])  # (its letters after the first small: "Djk"; in "TRIjU" the
    # capitals are the stand-ins, the j a letter of the key, as before — a j there too made it any highland name)
    # (in capitals, one no Vietnamese word has, or a Q but before its U: "TaNHB}C KQN", its ạ a Q, fresh seed 11640
    # code, read "BẮC SƠN")
    return "".join(_STAND_IN if not c.isalpha() or (mixed and k and c.isupper())
                   or (small and k and c in NON_VIETNAMESE_LETTERS)
                   or (not mixed and k and (c.lower() in NON_VIETNAMESE_LETTERS
                                            or (c == "Q" and word[k + 1:k + 2] != "U")))
                   else skeleton(c.lower())
                   for k, c in enumerate(word))


@lru_cache(maxsize=16384)
def _opens_a_name(key: str, coded: bool = True) -> bool:
    """Whether a word's key is the first word of a highland name, or (``coded``) a code's word key with a stand-in
    fits one (memoised: a document repeats its words)."""
    if key in _highland_place_names()[1]:
        return True
    return coded and _STAND_IN in key and any(_fits(key, f) for f in _highland_keys_by_length()[1].get(len(key), ()))


@lru_cache(maxsize=16384)
def _names_fitting(key: str) -> tuple[str, ...]:
    """The highland names a code's words' key fits, those of the likeliest unit only ("Dak NSng" is the province Đắk
    Nông, no commune)."""
    return _of_the_likeliest_unit([k for k in _highland_keys_by_length()[0].get(len(key), ()) if _fits(key, k)])


def _of_the_likeliest_unit(keys: list[str]) -> tuple[str, ...]:
    """The highland names of ``keys`` (names' letters) whose unit is the likeliest of them: "Dak Nong" is the province
    Đắk Nông, no commune's."""
    names, _firsts, weights = _highland_place_names()
    top = max((weights[k] for k in keys), default=0.0)
    return tuple({n for k in keys if weights[k] == top for n in names[k]})


@lru_cache(maxsize=4096)
def _names_a_vowel_off(key: str) -> tuple[str, ...]:
    """The highland names of several words whose letters are a scan's but for one vowel read as another ("dak neng":
    Đắk Nông), those of the likeliest unit only (two so near: the caller reads neither)."""
    return _of_the_likeliest_unit([k for k in _highland_keys_by_length()[0].get(len(key), ())
                                   if _vowels_off(key, k) == 1])


def _vowels_off(key: str, name_key: str) -> int | None:
    """How many of two keys' letters, of one length, differ, each a vowel read as another (None where a letter that
    differs is no vowel): ``("dak neng", "dak nong")`` → 1, ``("lik", "lak")`` → 1, ``("lan", "lak")`` → None."""
    off = 0
    for a, b in zip(key, name_key, strict=True):
        if a != b:
            if a not in _VOWELS or b not in _VOWELS:
                return None
            off += 1
    return off


def _off_at_marked_letters(key: str, letters: str, name: str) -> list[int] | None:
    """Where a code's word key in capitals differs from a name's ``letters`` (its key), each a letter the ``name``
    writes marked (a code writes a plain letter as it is, a marked one as a stand-in: "LSK" for Lắk), or None when a
    plain one differs."""
    off = [x for x, (a, b) in enumerate(zip(key, letters, strict=True)) if a != b]
    return None if any("a" <= name[x] <= "z" for x in off) else off


@lru_cache(maxsize=4096)
def _opens_a_name_a_marked_letter_off(key: str) -> bool:
    """Whether a code's word in capitals is a highland name's first word but for a capital standing in for its marked
    letter (``"DUK"``: Đăk, its U for ă)."""
    for name_key, names in _highland_place_names()[0].items():
        first, word = name_key.split(" ")[0], names[0].lower().split(" ")[0]
        if len(key) >= 2 and len(first) == len(key) == len(word) and \
                len(_off_at_marked_letters(key, first, word) or ()) == 1:
            return True
    return False


@lru_cache(maxsize=4096)
def _names_a_marked_letter_off(key: str) -> tuple[str, ...]:
    """The highland names of several words a code's words in capitals spell but for a capital standing in for a marked
    letter, one a word at most (``"DAK LSK"``: Đắk Lắk, its S for ắ), those of the likeliest unit only."""
    names = _highland_place_names()[0]

    def fits(k: str) -> bool:
        off = _off_at_marked_letters(key, k, names[k][0].lower()) or []  # (None: a plain letter differs)
        return bool(off) and all(key.count(" ", 0, x) != key.count(" ", 0, y) for x, y in itertools.pairwise(off))

    return _of_the_likeliest_unit([k for k in _highland_keys_by_length()[0].get(len(key), ())
                                   if len(names[k][0]) == len(k) and fits(k)])


@cache
def _highland_keys_by_length() -> tuple[dict[int, tuple[str, ...]], dict[int, tuple[str, ...]]]:
    """The highland names' keys and their first words' keys by length (a key fits only one of its own length)."""
    names, firsts, _weights = _highland_place_names()
    by_name: dict[int, list[str]] = {}
    by_first: dict[int, list[str]] = {}
    for key in names:
        by_name.setdefault(len(key), []).append(key)
    for key in firsts:
        by_first.setdefault(len(key), []).append(key)
    return ({n: tuple(v) for n, v in by_name.items()}, {n: tuple(v) for n, v in by_first.items()})


def _fits(key: str, name_key: str, any_vowel: bool = False) -> bool:
    """Whether a code's word key (:func:`_coded_name_key`) fits a name's letters, a stand-in any one letter (and, with
    ``any_vowel``, a plain vowel any other vowel)."""
    return len(key) == len(name_key) and all(a == b or a == _STAND_IN or (any_vowel and a in _VOWELS and b in _VOWELS)
                                             for a, b in zip(key, name_key, strict=True))


_VOWELS = frozenset("aeiouy")


@lru_cache(maxsize=4096)
def _highland_runs(line: str, coded: bool = False) -> tuple[tuple[int, int, str], ...]:
    """(start, end, name) of each run of one to three Capitalised words, one or two spaces apart, whose letters spell
    exactly one Central Highlands place name of as many words (from each word the longest run; memoised: the
    fixers and the decoder both ask). In a symbol code (``coded``) a stand-in may be any of a name's letters ("D~K
    NONG", "Dak NSng": Đắk Nông), one each, as long as one name alone fits."""
    names, firsts, _weights = _highland_place_names()
    words = []
    glued: set[tuple[int, int]] = set()
    for m in (_CODED_CAPITALISED_WORD if coded else _CAPITALISED_WORD).finditer(line):  # (two run together, their
        # space lost: "D9kLak" Đắk Lắk; a code's group is no small letter before a capital: "L(rK" is one word)
        word = SUBST_GROUPS.sub(lambda g: "~" * len(g.group()), m.group()) if coded else m.group()
        cuts = [m.start(), *(m.start() + c.start() for c in _INNER_CAPITAL.finditer(word)), m.end()]
        words += list(itertools.pairwise(cuts))
        if coded and len(cuts) > 2:  # (a later part's capitals after its first are a code's stand-ins as in the
            # whole word, not letters: "BacKSN, ngay" is Bắc Kạn, its ạ an S — fresh seed 11642 code, read "Bị cuốn")
            glued.update((a, b) for a, b in itertools.pairwise(cuts[1:]))
    if not coded and "l" in line:  # a name's capital I an OCR read as a small l, alike in most fonts ("huyện la Grai":
        # Ia Grai, which had been "là Giải"; only where the I's letters open a name)
        words = sorted(words + [m.span() for m in _SMALL_L_FOR_I.finditer(line)
                                if _opens_a_name(f"i{_name_key(m.group())[1:]}", coded)])
    keys = [_coded_name_key(line[a:b], (a, b) in glued) if coded else _name_key(line[a:b]) for a, b in words]
    keys = [f"i{key[1:]}" if line[a] == "l" else key for (a, _b), key in zip(words, keys, strict=True)]
    # a capital Đ a scan read as a B or P ("TINH BAK LAK": Đắk Lắk), a code wrote as a P ("ToNH PAK NONG", "P|k N?ng"),
    # no name's first word so written
    keys = [f"d{key[1:]}" if key[:1] in ("p" if coded else "bp") and not _opens_a_name(key, coded)
            and _opens_a_name(f"d{key[1:]}", coded) else key for key in keys]
    # … or after a name's apostrophe ("HUYEN M'PRAK", "M'brak, ngay": M'Đrắk, sample 000's engine on fresh seed 13922
    # eng000, the issuer and place lost; the key has no apostrophe)
    keys = [f"{key[0]}d{key[2:]}" if line[a + 1:a + 2] == "'" and key[1:2] in ("p" if coded else "bp")
            and not _opens_a_name(key, coded) and _opens_a_name(f"{key[0]}d{key[2:]}", coded) else key
            for (a, _b), key in zip(words, keys, strict=True)]
    # a code's apostrophe between letters may be the name's own ("Ea H'leo"), no stand-in: its letters alone too
    # (its letters after it a code's stand-ins too: "HUYiN M'DR6K", M'Đrắk, fresh seed 14407 code, read "MỘ ĐẠO")
    plain = [_name_key(line[a:b]) if coded and _APOSTROPHE_WORD.fullmatch(line[a:b]) else
             _coded_name_key(line[a:b].replace("'", ""), (a, b) in glued)
             if coded and _CODED_APOSTROPHE_WORD.fullmatch(line[a:b]) else key
             for (a, b), key in zip(words, keys, strict=True)]
    out: list[tuple[int, int, str]] = []
    k = 0
    while k < len(words):
        if not _opens_a_name(keys[k], coded) and plain[k] == keys[k] and not (
                coded and SUBST_GROUPS.sub("", line[words[k][0]:words[k][1]]).isupper()
                and _opens_a_name_a_marked_letter_off(keys[k])):  # (a code's capitals: "DUK GLONG", Đăk Glong)
            # (most words open no such name)
            k += 1
            continue
        if coded and k and _name_goes_on(line, words[k - 1], words[k][0]):
            k += 1  # (a name opens no run of a place's words: "Lai Chl,rU" is Lai Châu, not the commune "Ch'ơm")
            continue
        for j in range(min(len(words), k + 3), k, -1):
            if any(line[words[x][1]:words[x + 1][0]] not in (" ", "  ", "") for x in range(k, j - 1)):
                continue  # (two spaces a scan or code may put between them: "B~c  K?n", fresh seed 875 code004)
            a, b = words[k][0], words[j - 1][1]
            key = " ".join(keys[k:j])
            if coded and not _place_stands_here(line, a, b):
                continue
            found = names.get(key, ()) or names.get(" ".join(plain[k:j]), ())
            if not found and coded and _STAND_IN in key:
                found = _names_fitting(key) or (_names_fitting(" ".join(plain[k:j])) if plain[k:j] != keys[k:j]
                                                 else ())
            elif not found and not coded and j > k + 1 and _place_stands_here(line, a, b):
                found = _names_a_vowel_off(key)  # ("Dak Néng, ngay": Đắk Nông, had been read Đà Nẵng)
            elif not found and coded and j > k + 1 and SUBST_GROUPS.sub("", line[a:b]).isupper():
                found = _names_a_marked_letter_off(key)  # ("TINH DAK LSK": ĐẮK LẮK, had been "ĐÂY LÀ")
            if not found and coded and key[:1] == "p" and _STAND_IN in key:  # (a code's P for Đ where "P" plus a
                found = _names_fitting(f"d{key[1:]}")  # stand-in opens a name too: "P,r Huoai, ngfiy": Đạ Huoai)
            if line[a:b] in found:
                found = (line[a:b],)  # written right, one of the name's spellings ("KBang", "Kbang")
            if len(found) == 1:  # (in capitals as written; a code's groups no letters of it: "DAK L(rK" ĐẮK LẮK)
                written = SUBST_GROUPS.sub("", line[a:b]) if coded else line[a:b]
                out.append((a, b, found[0].upper() if written.isupper() else found[0]))
                k = j
                break
        else:
            k += 1
    if any(len(key) == 3 for key in keys):
        out += _short_highland_runs(line, words, keys, out, coded)
    return tuple(sorted(out))


@cache
def _short_highland_names() -> dict[str, tuple[str, str]]:
    """The names of a district or larger unit that are one short word, no Vietnamese syllable (the district "Lắk"), by
    their letters (three), each with its type's letters: ``{"lak": ("Lắk", "huyen")}``. :func:`_highland_place_names`
    leaves them out (what OCR makes of other words spells them as often); :func:`_short_highland_runs` reads them
    where a place stands. (Communes, "xã Hra", are left: a code's "Xj Hl,rI" is XÃ HỘI far more often.)"""
    out: dict[str, set[tuple[str, str]]] = {}
    canon = _canonical_of_words()
    for full in gazetteer_full_names():
        m = PLACE_TYPE_WORDS.match(full)
        name = full[m.end():] if m else full
        if m and PLACE_TYPES[place_type(m.group(1))] > 0 and " " not in name and len(_name_key(name)) == 3 and \
                _NAME_WORD.fullmatch(name) and not is_valid_syllable(canon(name.lower())):
            out.setdefault(_name_key(name), set()).add((name, skeleton(m.group(1).lower())))
    return {k: next(iter(v)) for k, v in out.items() if len(v) == 1}


def _short_highland_runs(line: str, words: list[tuple[int, int]], keys: list[str], runs: list[tuple[int, int, str]],
                         coded: bool) -> list[tuple[int, int, str]]:
    """Capitalised words that spell a one-word highland name (:func:`_short_highland_names`) where a place stands —
    right after the name's type word ("huyen Lak", "HUYEN LAK"; a code's, "huy~n L~k", "HUYBN LAK") or as a place-date
    line's place ("Lak, ngay 26 …") — and no longer name goes on after them: ``(start, end, name)`` each. A code's
    stand-in may be any letter, in the type word too, and so may a plain vowel ("LUK": ắ written as a letter); a
    scan's word one vowel off will do ("Lik, ngay": its ắ read i). Fresh seed 1621 read the district Lắk as "Làm",
    "Là", "Lí" in all three learned and coded ways (the place, issuer and title lost each time)."""
    shorts = _short_highland_names()
    out: list[tuple[int, int, str]] = []
    for k, ((a, b), key) in enumerate(zip(words, keys, strict=True)):
        if len(key) != 3 or any(x < b and a < y for x, y, _n in runs):
            continue
        found = [v for n, v in shorts.items()
                 if (_fits(key, n, any_vowel=True) if coded else _vowels_off(key, n) in (0, 1))]
        if len(found) != 1 or (k + 1 < len(words) and line[b:words[k + 1][0]] == " "):
            continue  # (two names fit, or a Capitalised word goes on after it: a longer name's)
        name, kind = found[0]
        before = line[:a].rstrip().rsplit(None, 1)[-1] if line[:a].strip() else ""
        typed = line[a - 1:a] == " " and (_type_word_in_a_code(_coded_name_key(before), kind) if coded
                                          else skeleton(before.lower()) == kind)
        dated = (m := (HEADER_PLACE_CODED if coded else HEADER_PLACE).search(line)) is not None and \
            m.start("place") == a and m.end("place") == b
        if typed or dated:
            written = SUBST_GROUPS.sub("", line[a:b]) if coded else line[a:b]
            out.append((a, b, name.upper() if written.isupper() else name))
    return out


def _type_word_in_a_code(key: str, kind: str) -> bool:
    """Whether a code's word key (:func:`_coded_name_key`) is a place's type word by its letters (``kind``), a stand-in
    any letter and one more letter any other: a stand-in of a word in capitals is a capital letter ("HUYBN", huyện)."""
    return len(key) == len(kind) and sum(a != b and a != _STAND_IN for a, b in zip(key, kind, strict=True)) <= 1


def _name_goes_on(line: str, before: tuple[int, int], at: int) -> bool:
    """Whether a code's Capitalised word at ``at`` goes on a place's name opened by the word ``before`` it, one space
    apart: a syllable of a name ("Lai", "Chl,rU"), not a place's type word ("Tinh", "huy<;>n") nor an abbreviation
    ("UBND")."""
    word = line[before[0]:before[1]]
    return line[before[1]:at] == " " and not _coded_type_before(line, at) and (
        not word.isalpha() or is_valid_skeleton(skeleton(word.lower())))


#: an agency's head word as a scan may misread it ("Sd", "SG", "B6"), then the agency's next two words
_HEAD_MISREAD = regex.compile(r"(?<![\p{L}\d])([SB][^\s.,;:]{1,2})(?=[ ]+(\p{Lu}\p{L}*)[.,]?[ ]+(\p{L}+))")
_HEAD_WORDS = {"S": "sở", "B": "bộ"}


def restore_agency_heads(line: str, lex: Lexicon) -> list[tuple[int, int, str, float]]:
    """An agency's head word "Sở" or "Bộ" that a scan misread into no syllable, before the first two words of an agency
    it heads (the gazetteer's, by their letters): ``"- Đơn vị phối hợp: SG Nong nghiep"`` → "Sở", ``"- B6 Lao dong -
    Thuong binh"`` → "Bộ" (a partner and a recipient had kept "SG", "B6"); a syllable ("So", "Sau") is the decoder's."""
    out: list[tuple[int, int, str, float]] = []
    distance = fuzzy_matchers()[1]  # (the second word one letter off will do: "B6 Lao deng")
    for m in _HEAD_MISREAD.finditer(line):
        tok = m.group(1)
        if tok.isalpha() and is_valid_skeleton(skeleton(tok.lower())):
            continue
        head = _HEAD_WORDS[tok[0]]
        node = lex.gazetteer.get(head) or {}
        first, second = skeleton(m.group(2).lower()), skeleton(m.group(3).lower())
        if any(w and skeleton(w) == first and any(x and (skeleton(x) == second or (
                len(second) >= 3 and distance(skeleton(x), second, score_cutoff=1) <= 1)) for x in nxt)
               for w, nxt in node.items()):
            out.append((m.start(1), m.end(1), head.upper() if m.group(2).isupper() else head.capitalize(), 0.8))
    return out


def restore_highland_names(line: str, coded: bool = False) -> tuple[list[tuple[int, int, str, float]],
                                                                    list[tuple[int, int]]]:
    """Capitalised words whose letters spell one Central Highlands place name, written as it: ``"huyen Krong Pac
    tinh Dak Lak"`` → "Krông Pắc", "Đắk Lắk" (letters that spell two names, a spelling each, are left). Returns
    the edits and the spans of the names (restored or written right), which the decoder must leave: it knows
    only syllables, and would make "Pắc" after "Krông" "Đặc", a code's "Kon Tum" "con Tư". ``coded``: a symbol
    code's stand-ins are any letter (:func:`_highland_runs`)."""
    runs = [(a, b, name.upper() if in_capitals(line[a:b]) or (coded and _coded_type_before(line, a)
                                                               and line[:a].split()[-1].isupper())
             else name)  # (in capitals as written: a code's "TINH DAK LjK", its stand-in small, fresh seed 4565 code,
            for a, b, name in _highland_runs(line, coded)]  # had been written "Đắk Lắk" and the issuer's line, no
    # longer in capitals, lost; or after a type word in capitals, a code's group and small stand-in making most of its
    # letters: "UBND TINH P\lK LaK", fresh seed 13404 code)
    return [(a, b, name, 0.85) for a, b, name in runs if line[a:b] != name], [(a, b) for a, b, _n in runs]


def highland_names_across_a_break(line: str, before: str, after: str, coded: bool = False
                                  ) -> tuple[list[tuple[int, int, str, float]], list[tuple[int, int]]]:
    """:func:`restore_highland_names` for a name a line break parts: its first words ending the line ``before`` or
    this one, its rest opening this line or the one ``after`` (``"… trên địa bàn huyện Ea"`` / ``"H'leo năm 2021"``:
    each line alone spells no name, and the decoder had made it "Và" / "Heo"). Returns the edits and spans of the
    name's words on this line."""
    out: list[tuple[int, int, str, float]] = []
    spans: list[tuple[int, int]] = []
    body = line.rstrip()
    joints = []
    if before.strip() and body[:1].isupper() and before.rstrip().rsplit(None, 1)[-1][:1].isupper():
        tail = " ".join(before.split()[-2:])
        joints.append((tail + " ", len(tail) + 1, " ".join(body.split(" ")[:3]), 0))
    if after.strip() and body and body.rsplit(None, 1)[-1][:1].isupper() and after.lstrip()[:1].isupper():
        start = len(" ".join(body.split(" ")[:-2])) + 1 if body.count(" ") >= 2 else 0
        joints.append(("", len(body) - start, body[start:] + " " + " ".join(after.split()[:2]), start))
    for prefix, cut, rest, offset in joints:
        joined = prefix + rest if prefix else rest
        for a, b, name in _highland_runs(joined, coded):
            if not a < cut - (1 if prefix else 0) < b or joined[cut - 1 if prefix else cut] != " ":
                continue
            words = name.split(" ")
            if prefix:  # the name's rest opens this line
                k = joined[a:cut].count(" ")
                part, at, end = " ".join(words[k:]), 0, b - cut
            else:  # its first words end this line
                k = joined[a:cut].count(" ") + 1
                part, at, end = " ".join(words[:k]), offset + a, len(body)
            if len(part.split(" ")) != len(body[at:end].split(" ")):
                continue
            spans.append((at, end))
            if body[at:end] != part:
                out.append((at, end, part, 0.85))
    return out, spans


@cache
def _bare_place_names() -> dict[int, tuple[tuple[str, str, float], ...]]:
    """Names of provinces, districts and wards without their type word, by syllable count, each with its
    skeleton and its type's weight (:data:`PLACE_TYPES`): ``{2: (("Hà Nội", "hanoi", 3.0), ...)}`` (the
    gazetteer the lexicon's place names come from)."""
    weight = {name: max(PLACE_TYPES[place_type(t)] for t in types) for name, types in _place_types().items()}
    out: dict[int, list[tuple[str, str, float]]] = {}
    canon = _canonical_of_words()
    for name, w in sorted(weight.items()):
        words = name.split()
        if 1 <= len(words) <= 3 and all(is_valid_syllable(canon(x.lower())) for x in words):
            out.setdefault(len(words), []).append((name, skeleton(name.lower()).replace(" ", ""), w))
    return {k: tuple(v) for k, v in out.items()}


#: each place type's words as the header writes them before the issuer's name ("HUYỆN THANH THỦY"), by type weight
_TYPE_WORDS = {w: tuple(t.lower().split() for t, tw in PLACE_TYPES.items() if tw == w) for w in (3.0, 1.5)}


def _issuer_reads_as(header_lines: Sequence[str], name: tuple[str, str, float], ch: Channel) -> bool:
    """Whether a header line reads, through the channel ``ch``, as the name after a type word of its type, at most
    :data:`PLACE_MAX_COST` a word on the whole: a code's ``"HUY<;>N THANH TH\\lY"`` reads as "huyện Thanh Thủy"
    (its letters alone give no name: the header zone's skeleton test, :func:`_issuer_names`, cannot see it)."""
    own = _own_type_words(name)
    lines = [[_prep(w, ch.name).lower() for w in line.split()] for line in header_lines]
    for type_words in [t.split() for t in own] if name[0] in _place_types() else _TYPE_WORDS.get(name[2], ()):
        want = [*type_words, *name[0].lower().split()]
        budget = PLACE_MAX_COST * len(want)
        for words in lines:
            for k in range(len(words) - len(want) + 1):
                total = 0.0
                for a, b in zip(want, words[k:k + len(want)], strict=True):  # (stopped once over the budget)
                    total += word_cost(ch, a, b)  # (a header's words are weighed against many names)
                    if total > budget:
                        break
                else:
                    return True
    return False


#: what parts a header place's words: spaces, or a hyphen before a Capital ("Bình-Phước")
_PLACE_WORD_GAP = regex.compile(r"\s+|[-.](?=\p{Lu})")  # (a stop between its words too: "Nam.Dinh, ngay", real
# Tesseract-eng on fresh seed 8309, read "Năm Vinh", the place lost)


def _place_words(place: str) -> list[str]:
    """A header place's words as written, without a speck after one ("Thanh: Hoa" → ``["Thanh", "Hoa"]``)."""
    return [w.rstrip(":.") for w in _PLACE_WORD_GAP.split(place) if w]


#: a hyphen between two letters
_HYPHEN_IN_A_WORD = regex.compile(r"(?<=\p{L})-(?=\p{L})")


def read_header_place(line: str, ch: Channel, header: str = "", header_lines: Sequence[str] = ()
                      ) -> tuple[list[tuple[int, int, str, float]], tuple[int, int] | None]:
    """The place of a header's place-date line read as a gazetteer name through the damage kind's channel
    ``ch``: ``"73/KH-UBND Tla Noi,-ngay 02 thang 3"`` → "Hà Nội" through Tesseract-eng's (an H read as "Tl"; the
    decoder alone made it "Là Nơi": two syllables it knows), "Gia Lam, ngay 08" → "Gia Lâm" in stripped text.
    The last one to three capitalised words before the date are tried; a name is taken when it costs at most
    :data:`PLACE_MAX_COST` a syllable (less its type's weight: a province's name is the likeliest) and beats
    every other by :data:`PLACE_MARGIN` (``header``: the header zone's letters; a name it gives after its type
    word, the issuer's, is :data:`HEADER_NAME_BONUS` cheaper); a place already written right is left. Returns
    the edit (if any) and
    the place's span when it is a name (read or written right), which the decoder must then leave: "Vinh" (a
    city) is no "Vĩnh" there."""
    m = (HEADER_PLACE_CODED if ch.name == "substitution" else HEADER_PLACE).search(line)
    if m is None:
        return [], None
    # whether the header's issuer gives a name after its type word: in its letters, or read through the channel (a
    # code's stand-ins spell no letters: "TINH vJNH PHUC"; a scan's letters may be off: "HUYEN THANH PHI" above "Thanh
    # Pha, ngay" gives Thạnh Phú, fresh seed 821 eng000) — for a scan its issuer's line alone, a place's type word
    # opening it, and a place that issues plans (through Tesseract-eng's channel a citation's "thj x4 Ky Anh" gives the
    # commune Kim Anh, fresh seed 1310 eng, and "THI XA PHU THO" the commune Phi Tô)
    issuer_lines = [x for x in header_lines if _ISSUER_PLACE_LINE.match(x)] if ch.name in OCR_KINDS else header_lines
    gives: Callable[[tuple[str, str, float]], bool] | None = (
        (lambda x: _issuer_names(header, x) or (x[2] > 0 and _issuer_reads_as(issuer_lines, x, ch)))
        if ch.name in OCR_KINDS and header else
        (lambda x: _issuer_gives(header, header_lines, x, ch)) if ch.name == "substitution" and header_lines else None)
    # (a scan's specks before the place are none of it: "73/KH-UBND ~-H6 Chi Minh, ngay 23")
    # (a hyphen a scan read for the space between a name's words parts them too: "Binh-Phuoc" Bình Phước)
    spans = [(w.start(), w.end()) for w in regex.finditer(r"[^\s~_\-–'‘“`|.](?:[^\s\-.]|[-.](?!\p{Lu}))*",
                                                          m.group("place"))]
    best: tuple[int, str] | None = None  # (words, name)
    for k in range(min(3, len(spans)), 0, -1):  # the longest name the words can be: "Tra Vinh" is Trà Vinh, not "Vinh"
        place = m.group("place")[spans[-k][0]:]
        written = _place_words(place)
        names = _bare_place_names().get(k, ())
        if header:  # the issuer's own highland name, which the gazetteer's syllable names lack ("Đak Ndng, ngay" under
            # "TINH DAK NÉNG" is Đắk Nông: it had been read Đà Nẵng, fresh seed 539 eng000; in a code too, "D>k NeNg,
            # ngay" under "T?NH D>K NONG", fresh seed 2668 code)
            names += _issuers_highland_names(written, k, ch, header, header_lines)
        as_written = [x for x in names if x[0] == place or x[0].upper() == place]
        right = [(s, w) for _n, s, w in as_written]
        # written right, unless stripped text's letters spell a likelier name too ("Kim Thanh" under "HUYEN KIM THANH"
        # is the district Kim Thành, not the ward its letters spell as they are), or Tesseract-eng's without a mark
        # ("Vinh Thanh" under "HUYEN VINH THANH": the district Vĩnh Thạnh, fresh seed 882)
        unmarked = ch.name == "stripped" or (ch.name == "ocr_eng" and place.isascii())
        # (or a scan's mark misread made it another place's name than the issuer's, whose letters it has: "Kiến
        # Giang, ngày" under "TỈNH KIÊN GIANG", a town's name for the province's, fresh seed 1062 scan)
        misread = ch.name in OCR_KINDS and bool(header) and bool(right) and not any(
            _issuer_names(header, x) for x in as_written) and any(
            x[1] == right[0][0] and _issuer_names(header, x) for x in names)
        # (Tesseract-eng's B or P for a capital Đ: "Ba Nang" is a commune's name, but Đà Nẵng's letters too)
        as_d = "d" + right[0][0][1:] if right and ch.name == "ocr_eng" and place[:1] in "BP" else None
        if right and not misread and (not unmarked or not any((s == right[0][0] or s == as_d) and w > right[0][1]
                                                              for _n, s, w in names)):
            return [], (m.start("place") + spans[-k][0], m.end("place"))
        scored = _header_place_readings(written, names, ch, header, header_lines)
        glued = [part for w in written for part in (_CODED_GLUED_WORDS if ch.name == "substitution" else _INNER_CAPITAL
                                                    ).split(  # (a code's bracket for the space too:
            _BRACKET_BEFORE_A_CAPITAL.sub("", w) if ch.name == "substitution" else w)]  # "Ha)NQi, ngay", fresh seed
        # 14524 code004, whose issuer "THANHPH6HANOI" then had no place to be read as
        # (a space lost: "NgheAn" Nghệ An; a
        # code's "HoCh9 Minh", Hồ Chí Minh, fresh seed 1496 code: read "Hoạch Vinh")
        if k < len(glued) <= 3 and (len(glued) == 2 or min(map(len, glued)) > 1):  # (not where a part is one letter,
            # a code's random capital: "VinhPhuC" is Vĩnh Phúc, no "Vĩnh Phước A", dev seed 322 code004)
            scored = sorted(scored + _header_place_readings(glued, _bare_place_names().get(len(glued), ()), ch,
                                                            header, header_lines))
        if k == 1 and len(glued) == 3 and ch.name == "substitution":  # (in a code a later capital may be a random
            # one: "HeTl,rNh, ngay" is Hà Tĩnh, its two words at the first capital only — fresh seed 10258 code, read
            # "Hành")
            at = _INNER_CAPITAL.search(written[0])
            pair = [written[0][:at.start()], written[0][at.start():]] if at is not None else []
            scored = sorted(scored + _header_place_readings(pair, _bare_place_names().get(2, ()), ch, header,
                                                            header_lines))
        if k == 1 and len(glued) == 1 and ch.name == "substitution":  # (or its capitals all a code's, one its
            # vowel: "DUN}ng, ngUy" is Đà Nẵng, its U the à — fresh seed 13834 code, read "Dương", the place lost)
            word = written[0]
            for j in (j for j in range(2, len(word) - 1) if word[j].isupper() and word[:j].isupper()):
                scored = sorted(scored + _header_place_readings([word[:j], word[j:]], _bare_place_names().get(2, ()),
                                                                ch, header, header_lines))
        if not scored or scored[0][0] > PLACE_MAX_COST * len(scored[0][1].split()):
            if k > 1 and ch.name == "substitution" and gives is not None and (near := _the_issuers_place_near(
                    written, "", names, header, gives, coded=True)):  # (the issuer's name, before a shorter one its
                # last words spell: "ViuM Phue, ngay" under "UBND TINH VJNH PHUC", fresh seed 13960 code004, had been
                # read "Viêm Huế", "Phue" as Huế)
                best = (k, near)
                break
            continue
        if len(scored) > 1 and scored[1][0] - scored[0][0] < PLACE_MARGIN:
            break  # (two names as likely: no shorter one of its last words either, "Th9i Binh" is no "Vinh")
        best = (k, _the_issuers_place_near(written, scored[0][1], names, header, gives) if gives is not None else
                scored[0][1])
        break
    if best is None and gives is not None:  # the place the issuer gives, a letter or two off, that the
        # channel read as no name alone ("Binh Binh, ngay" under "UBND TINH BINH DINH": its Đ read as a B; "Ea Heo,
        # ngày" under "HUYỆN EA H'LEO": a highland name's "'l" lost, no syllables, the channel reads none; a code's
        # "VilM Phuc, ngay" under "TINH vJNH PHUC", its nh lost, fresh seed 596 code004: it had been read "Và Phục")
        best = next(((k, near) for k in range(min(3, len(spans)), 0, -1) if (near := _the_issuers_place_near(
            _place_words(m.group("place")[spans[-k][0]:]), "",
            _bare_place_names().get(k, ()) + _highland_names_of(k), header, gives))), None)
    if best is None:
        return [], None
    k, name = best
    start = m.start("place") + spans[-k][0]
    place = line[start:m.end("place")]
    # in capitals as written; in a code only with the date so written (its capitals may be stand-ins, or letters
    # after one: "H> NSI, ngay 02" is Hà Nội)
    if place.isupper() and len(place) > 1 and (ch.name != "substitution" or not any(
            c.islower() for c in line[m.end("place"):m.end()])):
        name = name.upper()
    return [(start, m.end("place"), name, round(1.0 / (1.0 + pow(2.718281828, -PLACE_MARGIN)), 3))], \
        (start, m.end("place"))


def _issuers_highland_names(written: list[str], k: int, ch: Channel, header: str, header_lines: Sequence[str]
                            ) -> tuple[tuple[str, str, float], ...]:
    """The Central Highlands names of ``k`` words whose letters are near the words as ``written`` (half their letters
    off at most) that the header's issuer names, or its lines read as through ``ch``, after their type word."""
    letters = skeleton("".join(written).lower())
    distance = fuzzy_matchers()[1]
    return tuple(h for h in _highland_names_of(k) if distance(h[1], letters, score_cutoff=len(letters) // 2)
                 <= len(letters) // 2 and _issuer_gives(header, header_lines, h, ch))


def _issuer_gives(header: str, header_lines: Sequence[str], name: tuple[str, str, float], ch: Channel) -> bool:
    """Whether the header's issuer names ``name`` after its type word, in its letters (:func:`_issuer_names`) or read
    through ``ch`` (:func:`_issuer_reads_as`)."""
    return _issuer_names(header, name) or _issuer_reads_as(header_lines, name, ch)


#: a name's first letter as a scan may misread it (its letters, the name's first): a capital Đ read as a B or P, a B
#: as a Đ ("Đắc Giang, ngày" under "UBND TỈNH BẮC GIANG": vetplan's OCR of fresh seed 1951's scan, read "Đức Giang")
_FIRST_LETTER_MISREADS = {("d", "b"), ("d", "p"), ("b", "d")}


@cache
def _highland_names_of(words: int) -> tuple[tuple[str, str, float], ...]:
    """The highland names of so many words as :func:`_bare_place_names` gives the others: (name, letters, weight)."""
    by_key, _firsts, weights = _highland_place_names()
    return tuple((n, key.replace(" ", ""), weights[key]) for key, names in sorted(by_key.items())
                 if key.count(" ") + 1 == words for n in names)


def _the_issuers_place_near(written: list[str], name: str, names: tuple[tuple[str, str, float], ...], header: str,
                            gives: Callable[[tuple[str, str, float]], bool] | None = None, coded: bool = False) -> str:
    """The place the issuer's lines name after its type word, for a scan's reading of the place-date line's place
    ``name`` that is no issuer's, when the words as ``written`` are the issuer's place but for one word two letters
    off or less, its first letter kept (or a Đ read as a B or P: "Binh Binh" Bình Định): "Hiệu Giang" under "UBND TỈNH
    HẬU GIANG" is Hậu Giang (the Vietnamese model's letters wrong; through its marks it had been read "Hiếu Giang");
    ``name`` otherwise (``name`` empty: the channel read no name there). ``gives``: whether the issuer gives a name
    (the header's letters name it, :func:`_issuer_names`, by default); ``coded``: a symbol code's words, any of them
    off so ("ViuM Phue, ngay" under "UBND TINH VJNH PHUC" is Vĩnh Phúc, its n written u, its h M and c e)."""
    gives = gives or (lambda x: _issuer_names(header, x))
    if not header or any(n == name and gives((n, s, w)) for n, s, w in names):
        return name
    letters = [skeleton(w.lower()) for w in written]
    distance = fuzzy_matchers()[1]
    near = [(n, w) for n, s, w in names if len(parts := skeleton(n.lower()).split()) == len(letters)
            and (coded or sum(a != b for a, b in zip(parts, letters, strict=True)) <= 1)  # (or none: "Ba Don, ngay"
            # under "THI XA BA DON" is Ba Đồn, its letters as read, where the channel found "Đạ Đờn" as likely; fresh
            # seed 618 eng)
            and all(a == b or ((a[:1] == b[:1] or (a[:1], b[:1]) in _FIRST_LETTER_MISREADS) and
                                 distance(a, b, score_cutoff=2) <= 2)
                    for a, b in zip(parts, letters, strict=True)) and gives((n, s, w))]
    # only places that issue plans (a province's, a district's or a town's name, not a commune's) where the name read is
    # one, its letters as written ("Lam Dong, ngay" under a code's "UBNDTINH LAMT DONG" had been read as the commune Lai
    # Đồng, fresh seed 928 code004), or where names of one spelling are near ("Dfng Hoa" under a code's "TH| X\\l DONG
    # HOA" is the town Đông Hòa, not the communes Đồng Hòa or Đồng Hóa, which the code's letters read as too; fresh
    # seed 816 code)
    if len({n for n, _w in near}) > 1 or any(n == name and w > 0 and skeleton(n.lower()).split() == letters
                                             for n, _s, w in names):
        near = [x for x in near if x[1] > 0]
    return near[0][0] if len({n for n, _w in near}) == 1 else name


#: nats for a name's capital Đ that Tesseract-eng read as a B or P: its channel, learned from small letters, prices
#: them as a đ's misreadings (5 nats), but sample 000's engine read a capital Đ as P 26 times, D 12, B 3 in 41
CAPITAL_D_AS_B_COST = 0.5


#: a header's issuer line in capitals: the council's words maybe, a place's type word as read, the place's words
_ISSUER_PLACE_LINE = regex.compile(r"^\s*(?:(?:UBND|[UỦ]Y[ ]BAN[ ]NH[AÂ]N[ ]D[AÂ]N)[ ]*)?"  # (its space lost:
                                   # "UBNDTINH L';'NG SO-N", fresh seed 593 code004)
                                   r"(?P<type>TH\S{1,3}[ ]{0,2}[Pp][Hh]\S{1,2}|TH\S{1,2}[ ]X\S{1,2}|\S+)[ ]+"
                                   r"(?P<place>\S+(?:[ ]+\S+){0,3})\s*$")
#: the types of place that issue plans (:data:`PLACE_TYPES` of some weight), by their letters, as a header writes them
#: ("tinh": TỈNH)
_TYPE_WORDS_WRITTEN = {skeleton(t.lower()): t.upper() for t, w in PLACE_TYPES.items() if w > 0}


def read_issuer_place(line: str, ch: Channel, dated: str) -> list[tuple[int, int, str, float]]:
    """The issuer's place on a header line of capitals after its type word, its letters too damaged to spell a name,
    read as the place-date line's place ``dated`` when that is the cheapest name of as many words through ``ch`` by
    :data:`PLACE_MARGIN`, :data:`HEADER_NAME_BONUS` cheaper and costing at most :data:`PLACE_MAX_COST` a word after
    it: ``"HUYEN HÉN PÉT"`` above "Hòn Đất, ngày …" → "HÒN ĐẤT", ``"THANH PHO HD NQl"`` above "Hà Nội, ngày" → "HÀ
    NỘI" (fresh seeds 488 and 492 eng000: the decoder had read "HỒN HẾT", "HD NÀY"). A place whose letters spell a
    name is the decoder's: "HUYỆN THỚI BÌNH" above "Thái Bình, ngày" stays."""
    m = _ISSUER_PLACE_LINE.match(line)
    coded = ch.name == "substitution"
    # (in capitals: a code's may have a small letter or stand-in among them, "TiNH BuC K<N", fresh seed 893 code)
    # (a code's city's words run together, its P small: "THANHpH6 CFIM PHA" above "C?m Pha, ngay", Cẩm Phả, fresh seed
    # 1146 code004: the issuer had been "CFIM PHỐ")
    # (its case kept: a code's group is read in its own case, "T(rNH" TỈNH, fresh seed 2702 code, whose issuer had been
    # read "ĐỂ LÀM")
    typ = regex.sub(r"(?<=[^\s])(?=[Pp][Hh])", " ", m["type"]) if m is not None and coded else ""
    if m is None or not (m["type"].isupper() or (coded and m["type"][:1].isupper() and sum(
            c.islower() for c in m["type"]) <= 2)) or (kind := _type_word_read(typ or " ".join(m["type"].split()),
                                                                                coded)) is None:  # (two spaces inside
        # it: "UBND THDNH  PHO HD NQ1", sample 000's engine on fresh seed 6297 eng000, read "HD NÀY", the issuer lost;
        # a code's stand-in of two small letters: "UBND Tl,rNH DuK LuK" above "Dak Lak, ngay", fresh seed 8709 code,
        # read "Tỉnh Duy Lập", the issuer lost)
        return []
    # (a code's "o-" is its ơ, no hyphen between a name's words: "TAN PH\\L'IO-C", Tân Phước, fresh seed 545 code004)
    written = m["place"].split() if ch.name == "substitution" else _place_words(m["place"])
    want = dated.split()
    if ch.name == "substitution" and len(written) == 1 < len(want) and len(written[0]) == len("".join(want)) == len(
            _prep(written[0], ch.name)):  # (a code's name whose space was lost, each letter one character: "TỈNH
        # LANGSAN" above "Lạng Sơn, ngày", fresh seed 593 code: the issuer had kept it) its words as the dated one's
        cuts = [sum(map(len, want[:k])) for k in range(len(want) + 1)]
        written = [written[0][a:b] for a, b in itertools.pairwise(cuts)]
    if len(written) != len(want) or " ".join(written) == dated.upper() or \
            sum(c.islower() for c in m["place"]) > len(written):  # (in capitals but for a misread letter: "NQl")
        return []
    names = _bare_place_names().get(len(want), ())
    letters = skeleton("".join(written).lower())
    if any(s == letters for _n, s, _w in names) or _is_place_name(m["place"]):
        return []
    weight = {n: w for n, _s, w in names}  # (a name of the tables' only: "Bắc Kạn", whose "kạn" spells no syllable,
    # is read on the place-date line as a highland name is)
    read = [_prep(w, ch.name) for w in written] if ch.name == "substitution" else written  # (a code's groups: "Ml,R")
    cost = sum(_name_word_cost(ch, a, b) for a, b in zip(want, read, strict=True)) - weight.get(dated, 0.0)
    cost -= HEADER_NAME_BONUS
    others = [c for c, n in _header_place_readings(written, names, ch, "", ()) if n != dated]
    # (a code's stand-ins cost more than a scan's misreadings: "HUY~N Ml,RANG LA" is Mường La, fresh seed 490 code004)
    if cost > PLACE_MAX_COST * len(want) * (1.5 if ch.name == "substitution" else 1.0) or (
            others and others[0] < cost + PLACE_MARGIN):
        return []
    # (the type word in the edit too, as the header writes it: the decoder's gazetteer names no longer read it, "TINH")
    return [(m.start("type"), m.end("place"), _TYPE_WORDS_WRITTEN[kind] + line[m.end("type"):m.start("place")]
             + dated.upper(),
             round(1.0 / (1.0 + pow(2.718281828, -PLACE_MARGIN)), 3))]


def _type_word_read(word: str, coded: bool) -> str | None:
    """A place type's letters a header's word spells (``"HUYEN"`` → "huyen"), one of two words a letter off (``"THÉNH
    PHO"``); in a symbol code each stand-in any letter (``"HUY~N"``), a group of characters one stand-in (``"T<;>NH"``,
    fresh seed 593 code: the issuer's place had been left as the code wrote it)."""
    letters = skeleton(word.lower())
    if letters in _TYPE_WORDS_WRITTEN:
        return letters
    if not coded and " " in letters:  # a type of two words a letter off ("THÉNH PHO", its À read É: fresh seed 704
        # eng000, whose issuer had been "HD NÀY" for HÀ NỘI)
        near = [t for t in _TYPE_WORDS_WRITTEN if " " in t and len(t) == len(letters)
                and 0 < sum(a != b for a, b in zip(t, letters, strict=True)) <= 1 + (len(t) >= 9)]  # (two in nine:
        # "TH3NH PHD HD NQI" above "Hà Nội, ngày", sample 000's engine on fresh seed 7652 eng000, the issuer lost)
        return near[0] if len(near) == 1 else None
    if coded:
        # (a letter no Vietnamese word has, a J, is a stand-in too: "TJNH" TỈNH, fresh seed 875 code004)
        letters = skeleton(_prep(word, "substitution").lower())
        found = next((t for t in _TYPE_WORDS_WRITTEN if len(t) == len(letters) and all(
            a == b or not b.isalpha() or not b.isascii() or (b in NON_VIETNAMESE_LETTERS and a in "aeiouy")
            for a, b in zip(t, letters, strict=True))), None)
        if found is None and word.isupper() and word.isalpha():  # (a capital consonant for its one marked vowel, a
            # stand-in among capitals: "TBNH PHS THj" above "Ph> Thj, ng|y", Phú Thọ: fresh seed 1171 code, whose
            # issuer had been read "THÀNH PHỐ THỦ")
            found = next((t for t in _TYPE_WORDS_WRITTEN if len(t) == len(letters) and len(
                off := [(a, b) for a, b in zip(t, letters, strict=True) if a != b]) == 1
                and off[0][0] in "aeiouy" and off[0][1] not in "aeiouy"), None)
        return found
    return None


def _name_word_cost(ch: Channel, name: str, read: str) -> float:
    """The channel cost of reading a name's word ``name`` as ``read``; in Tesseract-eng's a capital Đ read as a B or P
    costs :data:`CAPITAL_D_AS_B_COST` ("Ba Nang" is Đà Nẵng), or as a small b, as the decoder reads it too
    (:data:`_SMALL_B_FOR_D`: "ba Nang, ngay", real Tesseract-eng on fresh seed 1539, read "và Nâng")."""
    cost = ch.cost(name.lower(), read.lower())
    if ch.name == "ocr_eng" and name[:1] == "Đ" and read[:1] in "BPb":
        cost = min(cost, ch.cost(name.lower(), "d" + read[1:].lower()) + CAPITAL_D_AS_B_COST)
    return cost


def _header_place_readings(words: list[str], names: tuple[tuple[str, str, float], ...], ch: Channel, header: str,
                           header_lines: Sequence[str]) -> list[tuple[float, str]]:
    """:func:`read_header_place`'s gazetteer names of as many words as ``words`` (as written) near their letters, with
    their costs through ``ch`` (cheapest first)."""
    extract, distance = fuzzy_matchers()
    if ch.name == "substitution":  # (a code's groups as the channel knows them: "V(rN" → v + one mark + n; each
        # stand-in one letter of the name, whichever: "Ch$(rNg M<;>" Chương Mỹ)
        words = [_prep(w, "substitution") for w in words]
        skel = "".join(skeleton(c) if c.isascii() and c.isalpha() else "?" for c in "".join(words).lower())
        cutoff = max(2, len(skel) // 3) + skel.count("?")
    else:
        skel = skeleton("".join(words).lower())
        cutoff = max(2, len(skel) // 3)
        if ch.name == "ocr_eng":  # (a marked o read as a figure, a letter's shape: "Lim P0ng, ngay" is Lâm Đồng, sample
            # 000's engine on fresh seed 6113 eng000 — three letters off, the name not asked, "P0ng" read "Đông")
            skel = skel.translate(_O_FIGURES)
    choices = [s for _n, s, _w in names]
    near = extract(skel, choices, scorer=distance, score_cutoff=cutoff, limit=None)
    if ch.name == "ocr_eng" and (two := _ENG_TWO_FOR_U.sub("u", skel)) != skel:  # (its ư read "ir", its ũ "ii": two
        # letters for one, which the letters' distance counts twice — "Hiru Liing" is Hữu Lũng, fresh seed 1073
        # eng000, four letters off; the channel prices them)
        seen = {j for _s, _d, j in near}
        near += [x for x in extract(two, choices, scorer=distance, score_cutoff=cutoff, limit=None) if x[2] not in seen]
    # a name the header's issuer gives with its type ("UBND TINH THANH HOA": the province, not the district
    # Thạnh Hóa) is the likeliest: HEADER_NAME_BONUS
    scored = sorted((sum(_name_word_cost(ch, a, b) for a, b in zip(names[j][0].split(), words, strict=True))
                     - names[j][2], j) for _s, _d, j in near)
    if scored and (header or header_lines):  # (only names that could come first with the bonus are asked)
        scored = sorted((c - (HEADER_NAME_BONUS if c <= scored[0][0] + HEADER_NAME_BONUS + PLACE_MARGIN
                              and _issuer_gives(header, header_lines, names[j], ch) else 0.0), j) for c, j in scored)
    return [(c, names[j][0]) for c, j in scored]


#: the figures Tesseract-eng reads for a marked o (ó, ô, ồ, ơ …): 0 and 6
_O_FIGURES = str.maketrans("06", "oo")
#: a u with a horn or tilde as Tesseract-eng reads it, two letters: "ir" (ư: "thirc" thức), "ii" (ũ, ủ: "Diing" Dũng)
_ENG_TWO_FOR_U = re.compile(r"ir|ii|itr")  # (or three: "Ditrc  Ph6, ngay" under "THI XA BUC PHO", Đức Phổ, sample
# 000's engine on fresh seed 12437 eng000, the place lost)


def _dated_highland_name(line: str, i: int, coded: bool) -> tuple[int, str] | None:
    """``(i, name)`` where ``line`` is a place-date line whose place is a Central Highlands name or another the tables
    name whose syllables the lexicon lacks ("B~c K?n, ngay": Bắc Kạn), which :func:`read_header_place` leaves to
    :func:`restore_highland_names` — the issuer's place is read by it too (fresh seed 875 code004: "UBND TJNH B~C
    K';'N" had been "BẮC KỲ")."""
    m = (HEADER_PLACE_CODED if coded else HEADER_PLACE).search(line)
    if m is None:
        return None
    return next(((i, name) for a, _b, name in _highland_runs(line, coded) if a == m.start("place")), None)


def _place_as_named(place: str) -> str:
    """A place's name as the gazetteer writes it ("HÀ NỘI" → "Hà Nội"); a name it lacks as it is."""
    return _names_by_capitals().get(place.upper(), place) if place.isupper() else place


@cache
def _names_by_capitals() -> dict[str, str]:
    return {n.upper(): n for names in _bare_place_names().values() for n, _s, _w in names}


def _gazetteer_form(text: str) -> str | None:
    """A place's name as the gazetteer writes it, from its letters in any case ("KBANG" → "KBang", "HOÀI ÂN" → "Hoài
    Ân"); None for no place's name."""
    return _names_by_capitals().get(text.upper()) or next(
        (n for n in _highland_place_names()[0].get(_name_key(text), ()) if n.upper() == text.upper()), None)


def _is_a_place_of_type(text: str, typ: str) -> bool:
    """Whether the gazetteer has a place of the type ``typ`` (a type word in small letters, "huyện") named ``text``:
    ("Tuy An", "huyện") → True, ("Húc", "thành phố") → False (a commune's name)."""
    return typ in _place_types_by_small_letters().get(text.lower(), ())


def _is_place_name(text: str) -> bool:
    """Whether ``text`` is a place's name as the gazetteer writes it, in any case ("Thanh Hóa", "HỘI AN"): left as it
    is beside a header's place it is near (:func:`place_as_the_header_writes_it`); a Central Highlands name too
    ("ĐẮK NÔNG": it had been made the header's misread "ĐÀ NẴNG")."""
    return _gazetteer_form(text) is not None


def _decode_plan(regions: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Regions as decoded: in a symbol-coded document every damaged region uses the substitution
    decoder (plain-looking parts come from the same OCR engine); adjacent equal kinds are merged."""
    kinds = {k for _a, _b, k in regions}
    out: list[tuple[int, int, str]] = []
    for a, b, k in regions:
        if "substitution" in kinds and k != "clean":
            k = "substitution"
        if out and out[-1][2] == k and out[-1][1] + 1 == a:
            out[-1] = (out[-1][0], b, k)
        else:
            out.append((a, b, k))
    return out


MAX_PASSES = 5
#: letters of the longest Vietnamese syllable ("nghiêng"): a token of more spells two words or more
LONGEST_SYLLABLE = 7


def run(text: str, *, damage: str | None = None, lexicon_path: str | None = None) -> NormalizationResult:
    """Full pipeline (see :func:`vetplan.normalize.normalize_text`), repeated until its output is stable.

    Decoding can change how the text looks to the detector (restored marks make a stripped line
    look like OCR damage), so a second pass could repair tokens the first deliberately kept. The
    result is the fixed point: one more pass changes nothing (normally the output is detected clean
    and the extra pass costs one detection); where passes alternate between texts, the first of them in order.
    """
    with _collector_paused():
        res = _run_once(text, damage=damage, lexicon_path=lexicon_path, first=True)
        passes = 1
        # (text OCR'd with the Vietnamese model looks clean: its later passes are told so again)
        later = damage if damage == "ocr_vie" else None
        seen = [res.text]
        while passes < MAX_PASSES and (res.changed or res.text != text):  # (a fixer's change alone: "ND" → "NĐ")
            again = _run_once(res.text, damage=later, lexicon_path=lexicon_path)
            passes += 1
            if again.text == res.text:
                break
            # passes that alternate ("Thành Phố Chủ tịch" ↔ "Thành Phó Chủ tịch") settle on the text first in order
            # of the two, whichever one a run starts from, so a second run gives what the first did
            cycle = again.text in seen
            if cycle and again.text > res.text:
                break
            res = NormalizationResult(again.text, res.damage, res.regions, res.tokens, res.changed + again.changed,
                                      again.uncertain, again.confidence, res.changes + again.changes,
                                      again.uncertain_tokens)
            if cycle:
                break
            seen.append(res.text)
    return res


@contextmanager
def _collector_paused() -> Iterator[None]:
    """The cyclic garbage collector off while one document is decoded: decoding makes hundreds of
    thousands of short-lived candidate tuples and lists, none in a cycle (reference counting frees
    them), and each collection would walk them all (about 6% of the instructions of a cold decode,
    measured with callgrind). It is switched back on afterwards. What the decoding made and kept (its
    caches) would then be walked by the next young-generation collection, and again by the middle one
    (3–4% of a cold decode): unless the program froze objects of its own (``gc.freeze``), they are moved
    straight into the oldest generation, which a full collection still walks now and then."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            if gc.get_freeze_count() == 0:
                gc.freeze()
                gc.unfreeze()  # everything tracked now sits in the oldest generation, nothing stays frozen
            gc.enable()


def _header_place_as_the_body_names(out_lines: list[str], changes: list[TextChange]) -> None:
    """The header's place and the place-date line's, where damage misread them both, written as the plan's basis
    sentence names its issuer ("Ủy ban nhân dân tỉnh Đồng Nai ban hành Kế hoạch"): a vote of the document, after every
    line is read (:func:`~vetplan.normalize.fixers.header_place_as_the_body_names`). In place on ``out_lines``."""
    body = "\n".join(out_lines[HEADER_LINES // 2:])
    if "ban hành" not in body:
        return
    named = issuer_place_the_body_names(body, lambda t, n: t in _place_types_by_small_letters().get(n.lower(), ()))
    if named is None:
        return
    place_type, place = named
    date_line = next((i for i, ln in enumerate(out_lines[:HEADER_LINES]) if ", ngày " in ln), None)
    issuer_names_it = f"{place_type} {place}".upper() in " ".join(out_lines[:date_line or HEADER_LINES])
    if date_line is not None:  # (the date line first: where damage left it near the body's place, it names it too,
        # for the header's line above it — "Mlwang La, ngay" read "Mlwang Là" under a code's "HUY~NMTIRANG LA", fresh
        # seed 17272 code004, the issuer lost)
        out_lines[date_line] = _recorded(out_lines[date_line], date_line, header_place_as_the_body_names(
            out_lines[date_line], place_type, place, _is_place_name, date_line=True, issuer_names_it=issuer_names_it),
            "restore_header_place", changes)
    dated_names_it = date_line is not None and f"{place}, ngày " in out_lines[date_line]
    for i in range(min(HEADER_LINES, len(out_lines))):
        line = out_lines[i]
        if i != date_line and (place_type.upper() in line or (date_line is not None and i < date_line)):  # (the type
            # word misread too, above the date line: "TINEE LÀ CHÂU")
            out_lines[i] = _recorded(line, i, header_place_as_the_body_names(
                line, place_type, place, _is_place_name, dated_names_it=dated_names_it), "restore_header_place",
                changes)


#: the recipients' heading ("Nơi nhận:")
_RECIPIENTS_HEADING = regex.compile(r"(?<![\p{L}\d])Nơi nhận[ ]?:")


def _recipients_as_their_usual_items(out_lines: list[str], changes: list[TextChange]) -> None:
    """The items below the recipients' heading (up to twelve lines) that damage left near one usual item, written as it
    is (:func:`~vetplan.normalize.fixers.recipient_as_its_usual_item`). In place on ``out_lines``."""
    at = next((i for i, ln in enumerate(out_lines) if _RECIPIENTS_HEADING.search(ln)), None)
    if at is None:
        return
    level = next((m[1].lower() for ln in out_lines[:HEADER_LINES] if (m := _ISSUER_TYPE_AND_PLACE.search(ln))), None)
    for i in range(at + 1, min(len(out_lines), at + 13)):
        out_lines[i] = _recorded(out_lines[i], i, recipient_as_its_usual_item(out_lines[i], level),
                                 "recipient_as_its_usual_item", changes)


#: the place-date line's year ("Mê Linh, ngày 10 tháng 04 năm 2023")
_DATE_LINE_YEAR = regex.compile(r"ngày[ .:;\-]{1,2}\d{1,2}[ .]{1,2}tháng[ .]{1,2}(?:\d{1,2}|\S{1,3})[ .]{1,2}"
                                r"năm[ .]{1,2}((?:19|20)\d\d)(?!\d)")  # (a speck's stop for a space: "ngày
# 09.tháng 07 năm 2023", vetplan's OCR of fresh seed 2805's scan, whose task's "Quý III/20235" had kept its figure
# more; its month unread, the year still the plan's: "ngày 21 tháng Từ năm 2023", real Tesseract-eng's "thang TE" on
# fresh seed 8641, whose task's "Quy II/20235" had kept its figure more)


_FIVE_FIGURES_AFTER_A_SLASH = regex.compile(r"/\d{5}(?![\d/])")


#: the plan's type on a line of its own, as the decoder writes it
#: the specks a scan leaves before the plan's type on its line ("| _ KẾ HOẠCH", "-. KẾ HOẠCH", "¬ KẾ HOẠCH")
_SPECKS_BEFORE_A_TYPE = r"(?:[|_.,:;'‘’`~\-–¬]+[ ]?)"
_PLAN_TYPE_ALONE = regex.compile(rf"^\s*{_SPECKS_BEFORE_A_TYPE}{{0,2}}(?:KẾ HOẠCH|CHƯƠNG TRÌNH)\s*$")  # (a speck before
# it: "| KẾ HOẠCH", real Tesseract-eng on fresh seed 4517; two: "| _ KẾ HOẠCH", vetplan's OCR of fresh seed 2858's scan)


#: specks a scan left after the plan's type word alone on its line ("KẾ HOẠCH _ˆ": vetplan's OCR of fresh seed 3051's
#: scan, the type line and its title lost), group 1
_SPECKS_AFTER_THE_PLAN_TYPE = regex.compile(rf"^\s*{_SPECKS_BEFORE_A_TYPE}{{0,2}}(?:KẾ HOẠCH|CHƯƠNG TRÌNH)"
                                            r"([ ]*[_ˆ^~`'‘’|.,:;*°\-–]{1,2}"
                                            r"(?:[ ]+[_ˆ^~`'‘’|.,:;*°\-–]{1,2})?)\s*$")


def _specks_after_the_plan_type(out_lines: list[str], changes: list[TextChange]) -> None:
    """Specks after the plan's type word alone on its line in the opening lines taken off: ``"KẾ HOẠCH _ˆ"`` → "KẾ
    HOẠCH". In place on ``out_lines``."""
    for i, line in enumerate(out_lines[:2 * HEADER_LINES]):
        if (m := _SPECKS_AFTER_THE_PLAN_TYPE.match(line)) is not None:
            out_lines[i] = _recorded(line, i, [(*m.span(1), "", 0.8)], "fix_specks_after_the_plan_type", changes)
            return


def _plan_type_line(out_lines: list[str]) -> int | None:
    """The index of the plan's type line alone ("KẾ HOẠCH") in the opening lines, the title under it; None."""
    return next((i for i, ln in enumerate(out_lines[:2 * HEADER_LINES]) if _PLAN_TYPE_ALONE.match(ln)), None)


def _lines_under_the_type_line(out_lines: list[str]) -> list[int]:
    """The indices of the first two lines with words within four under the plan's type line (its title's two lines, or
    its one line and the preamble's first); none without a type line."""
    at = _plan_type_line(out_lines)
    return [] if at is None else [k for k in range(at + 1, min(len(out_lines), at + 5)) if out_lines[k].strip()][:2]


def _title_opening_capitalised(out_lines: list[str], lines: list[str], changes: list[TextChange]) -> None:
    """The title under the plan's type line, opened in a small letter, Capitalised
    (:func:`~vetplan.normalize.fixers.capitalise_title_opening`): "pao tao" read "đào tạo" (Đào tạo, its capital
    misread as a small letter of another shape); a line the decoder left opened by the letter it was read with, where
    it ends as a sentence introducing what follows does, is no title ("ban hành kế hoạch như sau:", ``lines``: as
    read). After every line is read; in place on ``out_lines``."""
    at = _plan_type_line(out_lines)
    title = next((k for k in range(at + 1, min(len(out_lines), at + 4)) if out_lines[k].strip()), None) \
        if at is not None else None
    if title is not None and (lines[title].lstrip()[:1] != out_lines[title].lstrip()[:1]
                              or not out_lines[title].rstrip().endswith(":")):
        out_lines[title] = _recorded(out_lines[title], title, capitalise_title_opening(out_lines[title]),
                                     "capitalise_title_opening", changes)


#: a line that opens the plan's body below its title: its basis sentence or a part's heading
_BODY_OPENING = regex.compile(r"^\s*(?:Căn cứ|Thực hiện|Theo|Để|Nhằm|[IVX]{1,4}[.,][ ])")
#: "căn cứ" in small letters opening a line before a cited document's type and number (group 1: its c)
_BASIS_OPENING_SMALL = regex.compile(r"^\s*(c)ăn cứ[ ]+(?i:chỉ thị|quyết định|thông tư|nghị định|kế hoạch|công văn)[ ]+"
                                     r"(?i:số)[ ]+\d")


def _preamble_opening_capitalised(out_lines: list[str], changes: list[TextChange]) -> None:
    """"căn cứ chỉ thị số 24/CT-TTg …" on the line under the plan's title (the first under its type line): the
    preamble's opening, its C written small (a code's small c for its capital: fresh seed 5388 code004, the title had
    run into it) → "Căn cứ"; elsewhere a wrapped sentence's "căn cứ" stays. In place on ``out_lines``."""
    below = _lines_under_the_type_line(out_lines)
    if len(below) == 2 and (m := _BASIS_OPENING_SMALL.match(out_lines[below[1]])):
        k = below[1]
        out_lines[k] = _recorded(out_lines[k], k, [(m.start(1), m.end(1), "C", 0.75)], "fix_basis_opening", changes)


def _item_number_stops_lost(out_lines: list[str], changes: list[TextChange]) -> None:
    """Numbered items' headings whose stop a scan lost, below the plan's part headings, where the next item follows
    within twelve lines (:func:`~vetplan.normalize.fixers.item_number_stop_lost`: "1 Kiểm tra, giám sát"). After every
    line is read; in place on ``out_lines``."""
    for i in range(HEADER_LINES, len(out_lines)):
        if out_lines[i][:4].lstrip()[:1].isdigit():
            out_lines[i] = _recorded(out_lines[i], i, item_number_stop_lost(out_lines[i], out_lines[i + 1:i + 13]),
                                     "fix_item_number_stop", changes)


def _speck_dashes_inside_names(out_lines: list[str], changes: list[TextChange]) -> None:
    """A speck's dash opening a line that goes on with a department's name the line before opened after a task's label
    (:func:`~vetplan.normalize.fixers.speck_dash_inside_a_name`: "phối hợp: Sở Công" / "- Thương; thời gian"), or a
    hyphen ending the line before inside such a name (:func:`~vetplan.normalize.fixers.
    hyphen_inside_a_name_ending_a_line`: "Sở Công -" / "Thương tổ chức"). After every line is read; in place on
    ``out_lines``."""
    for i in range(1, len(out_lines)):
        if out_lines[i - 1].rstrip().endswith(_NAME_OPENINGS) and out_lines[i].lstrip()[:1] in ("-", "–"):
            out_lines[i] = _recorded(out_lines[i], i, speck_dash_inside_a_name(out_lines[i], out_lines[i - 1],
                                                                               AGENCIES), "fix_agency_head", changes)
        if (out_lines[i - 1].rstrip().endswith(("-", "–")) and out_lines[i - 1].rstrip(" -–").endswith(
                _NAME_OPENINGS)) or out_lines[i - 1].rstrip().endswith(" và ."):
            # ("… Sở Công -" / "Thương tổ chức"; a speck's stop after "và": "Sở Kế hoạch và ." / "Đầu tư; thời gian")
            out_lines[i - 1] = _recorded(out_lines[i - 1], i - 1, hyphen_inside_a_name_ending_a_line(
                out_lines[i - 1], out_lines[i], AGENCIES), "fix_agency_head", changes)


#: the first words of the departments' names a line may end with, its name going on to the next line
_NAME_OPENINGS = ("Công", "Tài", "Kế", "Nội", "Lao", "Giáo", "Nông", "Thông", "Kế hoạch", "Giáo dục", "Nông nghiệp",
                  "Lao động", "Thông tin", "Tài nguyên", "Văn hóa", "Khoa học", "Xây", "Giao", "Giao thông", "Tư",
                  "Y", "Văn")


def _title_hyphen_specks(out_lines: list[str], changes: list[TextChange]) -> None:
    """A scan's speck read as a hyphen between two words of the plan's title, its two lines under the type line
    (:func:`~vetplan.normalize.fixers.fix_hyphen_between_syllables`: "Phát triển-giáo dục nghề nghiệp", real
    Tesseract-eng on fresh seed 3266, the title lost). Only there: in running text a hyphen joins compounds so ("kinh
    tế-xã hội"), and a title of a plan of this kind names none. After every line is read; in place on
    ``out_lines``."""
    if (at := _plan_type_line(out_lines)) is not None and (m := _SPECKS_BEFORE_THE_TYPE.match(out_lines[at])):
        # (the type line's specks: "| _ KẾ HOẠCH", vetplan's OCR of fresh seed 2858's scan, the type and title lost)
        out_lines[at] = _recorded(out_lines[at], at, [(*m.span(1), "", 0.75)], "fix_underscore_speck", changes)
    for n, k in enumerate(_lines_under_the_type_line(out_lines)):
        if n and _BODY_OPENING.match(out_lines[k]):
            break  # (the title's one line, the basis sentence below it: "Căn cứ …")
        if "-" in out_lines[k]:
            out_lines[k] = _recorded(out_lines[k], k, fix_hyphen_between_syllables(out_lines[k]),
                                     "fix_hyphen_between_syllables", changes)
        if not n and (m := _DASH_ENDING_A_TITLE_LINE.search(out_lines[k])) and k + 1 < len(out_lines) and (
                after := out_lines[k + 1].split()) and (
                f"{m[1]} {after[0]}".upper() in (head := " ".join(out_lines[:at or 0])).upper()
                and f"{m[1]} - {after[0]}".upper() not in head.upper()):  # (a speck's dash ending its first line
            # inside the place the header names without one: "… trên địa bàn huyện Văn -" / "Quan năm 2020" under
            # "HUYỆN VĂN QUAN", vetplan's OCR of fresh seed 3149's scan, the title lost)
            out_lines[k] = _recorded(out_lines[k], k, [(m.end(1), len(out_lines[k]), "", 0.75)],
                                     "fix_underscore_speck", changes)
        if not n and (m := _SPECK_OPENING_A_SMALL_TITLE.match(out_lines[k])):  # (a quote's speck opening it before
            # its first letter read small: "“đào tạo nghề cho lao động nông thôn năm 2024", real Tesseract-eng on fresh
            # seed 5334, the title lost)
            out_lines[k] = _recorded(out_lines[k], k, [(m.start(1), m.end(2), m[2].upper(), 0.75)],
                                     "fix_underscore_speck", changes)
        if not n and (m := _DASH_OPENING_THE_TITLE.match(out_lines[k])):  # (its first line after a speck's dash: "-
            # Phát triển giáo dục nghề nghiệp trên địa bàn thành phố", vetplan's OCR of fresh seed 2858's scan, the
            # title taken for a list's item and lost)
            out_lines[k] = _recorded(out_lines[k], k, [(m.start(1), m.end(1), "", 0.75)], "fix_underscore_speck",
                                     changes)
        if n and (m := _SPECKS_OPENING_A_TITLE_LINE.match(out_lines[k])):  # (its second line opened by a scan's
            # specks: "_ .Hồ Chí Minh năm 2024" under "… trên địa bàn thành phố", real Tesseract-eng on fresh seed
            # 4104, the title lost)
            out_lines[k] = _recorded(out_lines[k], k, [(m.start(1), m.end(1), "", 0.75)], "fix_underscore_speck",
                                     changes)
        if (m := _DASH_ENDING_THE_TITLE.search(out_lines[k])) is not None:  # (a lone dash a speck made after the
            # title's year: "Triển khai công tác giáo dục nghề nghiệp năm 2018 —", real Tesseract-eng on fresh seed
            # 5036, the title kept it)
            out_lines[k] = _recorded(out_lines[k], k, [(*m.span(), "", 0.75)], "fix_underscore_speck", changes)
        if ", năm" in out_lines[k]:  # (a speck's comma before the title's year: "Đào tạo nghề cho lao động nông thôn,
            # năm 2023", sample 000's engine on fresh seed 5192 eng000, the title lost)
            out_lines[k] = _recorded(out_lines[k], k, [(m.start(), m.end(), "", 0.75)
                                                       for m in _COMMA_BEFORE_THE_TITLES_YEAR.finditer(out_lines[k])],
                                     "fix_comma_before_the_titles_year", changes)


#: specks opening a title's line before its words (group 1)
_SPECKS_OPENING_A_TITLE_LINE = regex.compile(r"^[ ]*([_.,:;'‘’`~|](?:[ ]?[_.,:;'‘’`~|])*[ ]?)"
                                             r"(?=\p{L}|(?:19|20)\d\d\s*$)")  # (or before the year alone: "| 2016",
# real Tesseract-eng on fresh seed 4107)
#: specks before the plan's type alone on its line (group 1)
_SPECKS_BEFORE_THE_TYPE = regex.compile(rf"^[ ]*({_SPECKS_BEFORE_A_TYPE}{{1,2}})(?=(?:KẾ HOẠCH|CHƯƠNG TRÌNH)\s*$)")
# (a dash and a stop: "-. KẾ HOẠCH", vetplan's OCR of fresh seed 3312's scan, the title lost)
#: a quote's speck opening a title's first line before a small first letter (groups 1 and 2)
_SPECK_OPENING_A_SMALL_TITLE = regex.compile(r"^[ ]*([“”\"'‘’`]+[ ]?)(\p{Ll})(?=\p{Ll}*[ ]\p{Ll})")
#: a lone dash ending a title's line after a Capitalised word (group 1)
_DASH_ENDING_A_TITLE_LINE = regex.compile(r"(?<=[ ])(\p{Lu}\p{Ll}*)[ ]+[-–][ ]*$")
#: a speck's dash opening the title's first line before its Capitalised first word and a small one (group 1)
_DASH_OPENING_THE_TITLE = regex.compile(r"^[ ]*([-–~][ ]+)(?=\p{Lu}\p{Ll}+[ ]\p{Ll})")
#: a lone dash ending a title's line after its year, or a lone letter (a speck: "Phát triển … huyện Đông Hải năm" /
#: "2017 l", vetplan's OCR of fresh seed 3072's scan, the title kept it), the year after "năm" or alone on the line
_DASH_ENDING_THE_TITLE = regex.compile(r"(?<=(?:năm[ ]|^[ ]*)(?:19|20)\d\d)[ ]+(?:[—–\-_~ˆ^}]+|[a-zA-Z|])[ ]*$")  # (or
# specks: "… nông thôn năm 2018 _ˆ", vetplan's OCR of fresh seed 3426's scan; a brace: "Trang nam 2023 }", real
# Tesseract-eng on fresh seed 6161)
#: a comma before "năm" and the year closing a title's line
_COMMA_BEFORE_THE_TITLES_YEAR = regex.compile(r"(?<=\p{Ll}),(?=[ ]+năm[ ]+(?:19|20)\d\d\s*$)")


#: a title's year ending its line, the plan's own ("… nghề nghiệp năm 2023"; not a vision's "đến năm 2030")
_TITLE_LINE_YEAR = regex.compile(r"(?<=(?<!(?:đến|nhìn|hướng)[ ])(?<![\p{L}\d])năm[ ])((?:19|20)\d\d)(?=[ ]*$)")


def _future_year_as_the_other_names(out_lines: list[str], changes: list[TextChange], this_year: int) -> None:
    """The place-date line's year or the title's where one is after ``this_year``'s next, the other not and one figure
    off: a scan's misread figure ("ngày 01 tháng 07 năm 2033" above the title "Đào tạo nghề … năm 2023": vetplan's OCR
    of fresh seed 2900's scan, the date read 2033; "năm 2046" in a title under "ngày 05 tháng 05 năm 2016", fresh seed
    2748) — no plan is dated in the future, or made for a year thirty years after its date. In place on
    ``out_lines``."""
    head = out_lines[:2 * HEADER_LINES]
    dated = next(((i, m) for i, ln in enumerate(head[:HEADER_LINES]) if (m := _DATE_LINE_YEAR.search(ln))), None)
    if dated is None:
        return
    titled = next(((i, m) for i, ln in enumerate(head) if i > dated[0] and (m := _TITLE_LINE_YEAR.search(ln))), None)
    if titled is None:
        return
    (di, dm), (ti, tm) = dated, titled
    d, t = dm.group(1), tm.group(1)
    if not one_figure_off(d, t):
        return
    if int(d) > this_year + 1 >= int(t):
        out_lines[di] = _recorded(out_lines[di], di, [(*dm.span(1), t, 0.7)], "fix_future_year", changes)
    elif int(t) > this_year + 1 >= int(d) and int(t) - int(d) > 5:
        out_lines[ti] = _recorded(out_lines[ti], ti, [(*tm.span(1), d, 0.7)], "fix_future_year", changes)


#: a cited document's date after "ngày" (group 1 its year), its number before it
_CITED_DATE_YEAR = regex.compile(r"(?<=\d/(?:(?:19|20)\d\d/)?[A-ZĐ]{2,4}-[A-ZĐ][A-Za-zĐ]{1,7}[ ]ngày[ ]"
                                 r"\d{1,2}/\d{1,2}/)((?:19|20)\d\d)(?!\d)")


def _cited_years_after_the_plan(out_lines: list[str], changes: list[TextChange], this_year: int) -> None:
    """A cited document's year after the plan's own, where a 7 read for a 1 made it so and the year as a 1 is the plan's
    or before: "522/QĐ-TTg ngày 14/5/2078" in a plan of 2021 → 2018 (real Tesseract-eng on fresh seed 11358, the
    basis lost) — no plan cites a document of its future. In place on ``out_lines``."""
    dated = next(((k, m) for k, ln in enumerate(out_lines[:HEADER_LINES]) if (m := _DATE_LINE_YEAR.search(ln))), None)
    if dated is None or int(dated[1].group(1)) > this_year + 1:
        return
    year = int(dated[1].group(1))
    for i in range(dated[0] + 1, min(len(out_lines), 4 * HEADER_LINES)):
        if "ngày" in out_lines[i] and "7" in out_lines[i]:
            out_lines[i] = _recorded(out_lines[i], i, [
                (*m.span(1), fixed, 0.7) for m in _CITED_DATE_YEAR.finditer(out_lines[i])
                if int(m[1]) > year and (fixed := _year_a_seven_misread(m[1], year)) is not None], "fix_future_year",
                changes)


def _year_a_seven_misread(year: str, latest: int) -> str | None:
    """The year ``year`` (four figures) with one of its last two figures, a 7, read as a 1, where that alone makes it
    ``latest`` or before: ("2078", 2021) → "2018", ("2077", 2021) → "2017" (one figure misread), ("2029", 2021) →
    None."""
    fixed = [y for k in (2, 3) if year[k] == "7" and int(y := f"{year[:k]}1{year[k + 1:]}") <= latest]
    return fixed[0] if len(fixed) == 1 else None


#: the place-date line's year with its last figure lost, ending the line (group 1)
_DATE_LINE_CUT_YEAR = regex.compile(r"ngày[ .:]{1,2}\d{1,2}[ .]{1,2}tháng[ .]{1,2}\d{1,2}[ .]{1,2}năm[ .]{1,2}"
                                    r"((?:19|20)\d)[ ]*$")
#: a quarter's year of three figures after its slash (group 1)
_QUARTERS_CUT_YEAR = regex.compile(r"(?<=(?<![\p{L}\d])Quý[ ]+(?:I{1,3}|IV|[1-4])/)((?:19|20)\d)(?![\d/])")


def _titles_year(head: list[str], dated: int) -> str | None:
    """The title's year after the place-date line (line ``dated``): "năm 2023" ending a line, or "2023" alone on the
    line after one ending in "năm" ("… tỉnh Bình Phước năm" / "2023", vetplan's OCR of fresh seed 3547's scan)."""
    before = ""
    for ln in head[dated + 1:]:
        if (m := _TITLE_LINE_YEAR.search(ln)) is not None:
            return m.group(1)
        if before.endswith(" năm") and regex.fullmatch(r"[ ]*(?:19|20)\d\d[ ]*", ln):
            return ln.strip()
        before = ln.rstrip() or before
    return None


def _title_year_as_the_date_names(out_lines: list[str], changes: list[TextChange]) -> None:
    """A year of five figures in the plan's opening lines, or after a period's slash anywhere ("Quý III/20119"), that is
    the place-date line's year with a figure more, written as that year
    (:func:`~vetplan.normalize.fixers.fix_year_with_a_figure_more`), after every line is read; the date line's year
    with its last figure lost written as the title's that begins so; and in a plan of one year (the title's year the
    date line's) a period's year a figure off it (:func:`~vetplan.normalize.fixers.fix_period_year_off_the_plans`). In
    place on ``out_lines``."""
    head = out_lines[:2 * HEADER_LINES]
    at, year = next(((i, m.group(1)) for i, ln in enumerate(head[:HEADER_LINES]) if (m := _DATE_LINE_YEAR.search(ln))),
                    (None, None))
    if year is None:  # (its last figure lost: "Tây Ninh, ngày 08 tháng 04 năm 201" above the title "… năm 2017",
        # vetplan's OCR of fresh seed 3522's scan, the date lost): the title's year, where it begins so
        cut = next(((i, m) for i, ln in enumerate(head[:HEADER_LINES]) if (m := _DATE_LINE_CUT_YEAR.search(ln))), None)
        titled = _titles_year(head, cut[0]) if cut is not None else None
        if cut is None or titled is None or not titled.startswith(cut[1].group(1)):
            return
        out_lines[cut[0]] = _recorded(out_lines[cut[0]], cut[0], [(*cut[1].span(1), titled, 0.7)],
                                      "fix_year_with_a_figure_more", changes)
        year = titled
        for i, line in enumerate(out_lines):  # (… and a quarter's: "Quý IV/201.")
            if "Qu" in line and "/" in line:
                out_lines[i] = _recorded(line, i, [(*m.span(1), year, 0.7) for m in _QUARTERS_CUT_YEAR.finditer(line)
                                                   if year.startswith(m.group(1))], "fix_year_with_a_figure_more",
                                         changes)
    for i, line in enumerate(out_lines):  # (the opening lines' "năm 20253"; a period's "Quý III/20119" anywhere)
        if ("năm " in line and i < 2 * HEADER_LINES) or _FIVE_FIGURES_AFTER_A_SLASH.search(line) or (
                "Qu" in line and "/" in line):  # ("Quy 1/2924")
            fixed = _recorded(line, i, fix_year_with_a_figure_more(line, year), "fix_year_with_a_figure_more",
                              changes)
            if fixed != line and "Qu" in fixed:  # (the quarter's word read again, its year now one: "Quy. H/20238."
                # → "Quy. II/2023." → "Quý II/2023.", real Tesseract-eng on fresh seed 5085, the task's time lost)
                fixed = _recorded(fixed, i, fix_quarter_word(fixed), "fix_quarter_word", changes)
            out_lines[i] = fixed
    if at is None or _titles_year(head, at) != year:
        return
    for i, line in enumerate(out_lines):  # a plan of one year: a quarter's year a figure off it, two years or more
        # away, is it misread ("Quý IV/2028" in a plan of 2023, vetplan's OCR of fresh seed 3460's scan)
        if ("Qu" in line or "trước ngày" in line or "tháng" in line or i and (
                "trước ngày" in out_lines[i - 1] or "tháng" in out_lines[i - 1])) and "/" in line:
            out_lines[i] = _recorded(line, i, fix_period_year_off_the_plans(line, year, out_lines[i - 1] if i else ""),
                                     "fix_period_year_off_the_plans", changes)


@lru_cache(maxsize=1)
def _typed_names_by_letters() -> dict[tuple[str, str], tuple[str, ...]]:
    """(letters of a place's name without marks, a type word) → the gazetteer's names so spelt that have that type:
    ``("kim thanh", "huyện")`` → ("Kim Thành",) (the ward Kim Thanh is no district)."""
    out: dict[tuple[str, str], list[str]] = {}
    for name, types in _place_types().items():
        for t in types:
            out.setdefault((skeleton(name.lower()), t), []).append(name)
    return {k: tuple(v) for k, v in out.items()}


#: a header line's place type in capitals and the capitals words after it
_ISSUER_TYPE_AND_PLACE = regex.compile(r"(?<![\p{L}\d])(TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ)[ ]+"
                                       r"(\p{Lu}[\p{Lu}1]*(?:[ ]\p{Lu}[\p{Lu}1]*){0,3})(?![\p{L}\d])")  # (an I read
# as a figure one inside it: "UBND TINH P1ENBIEN", sample 000's engine on fresh seed 15211 eng000, the issuer lost)


def _issuers_place_of_its_type(out_lines: list[str], changes: list[TextChange]) -> None:
    """The issuer's place in a header line read as a place of another type, where the gazetteer has one name of the
    issuer's type spelt with those letters: "HUYỆN KIM THANH" (a code's "HUYEN KIM TH{NH", fresh seed 2955 code and
    code004: Kim Thanh is a ward) → "KIM THÀNH", the district; after every line is read, before the place-date line and
    the title are written as the issuer names it. In place on ``out_lines``."""
    for i in range(min(len(out_lines), HEADER_LINES)):
        line = out_lines[i]
        for m in _ISSUER_TYPE_AND_PLACE.finditer(line):
            typ, words = m[1].lower(), m[2].split(" ")
            for k in range(len(words), 0, -1):
                text = " ".join(words[:k])
                if typ in _place_types_by_small_letters().get(text.lower(), ()):
                    break  # (a place of its type as it is)
                named = _typed_names_by_letters().get((skeleton(text.lower()), typ), ())
                if not named and k == 1 and len(text) >= 5:  # (its words run together, its Đ read B or P, as the
                    # place-date line names it: "THÀNH PHỐ BANANG" above "Đà Nẵng, ngày", real Tesseract-eng on fresh
                    # seed 3700, the issuer lost)
                    dated = next((ln[:ln.index(", ngày")] for ln in out_lines[:HEADER_LINES] if ", ngày" in ln), "")
                    named = tuple(n for n in _typed_names_by_glued_letters().get((_glued_letters(text), typ), ())
                                  if n in dated)
                    if not named and len(text) >= 8:  # (a letter of it misread besides, the one name of the type
                        # a letter off: a code's "UBND TINH THANHHBA" above "Thanh H~a, ngay", fresh seed 6690 code,
                        # the issuer and the place lost)
                        # (its B a B, not a misread Đ: "UBND TỈNH BINHTHUÉN", sample 000's engine on fresh seed 7661
                        # eng000, the issuer lost)
                        named = _typed_name_a_letter_off(skeleton(text.lower()), typ) or \
                            _typed_name_a_letter_off(_glued_letters(text), typ)
                    if not named:  # (a short one, a letter off, where the place-date line names it: "THÀNH PHỐ HOLAN"
                        # above "Hội An, ngày", real Tesseract-eng on fresh seed 5211, the issuer lost)
                        named = tuple(n for n in _typed_name_a_letter_off(_glued_letters(text), typ) if n in dated)
                if not named and not _is_place_name(text):  # (its words misread each, the place-date line naming
                    # a place of the issuer's type by as many words, each of the same first letter, half the letters
                    # off at most: "TỈNH HÀ DIRDNG" above "Hải Dương, ngày", "TỈNH BRFK NĂNG" above "Đắk Nông, ngày",
                    # sample 000's engine on fresh seeds 14936 and 14876 eng000, the issuer lost)
                    named = _dated_place_near(text, typ, out_lines)
                if len(named) == 1:
                    end = m.start(2) + len(text)
                    if line[end:end + 1] in (")", "]", "(", "|", "!", "'", "’") and not line[end:end + 2].endswith(" "):
                        end += len(line[end:].split(" ", 1)[0])  # (the rest of its word after a speck the pattern
                        # stops at: "LAM PICF)NG", sample 000's engine on fresh seed 15529 eng000, read "LÂM ĐỒNG)NG";
                        # or an apostrophe inside a highland name: "HUYỆN ĐẮK R'LẤP", read "ĐẮK R'LẤP'LẤP", 16568)
                    line = _recorded(line, i, [(m.start(2), end, named[0].upper(), 0.8)], "restore_header_place",
                                     changes)
                    break
        out_lines[i] = line


#: a hyphen glued between two words of the issuer's place in capitals ("UBND TỈNH LẠNG-SƠN": real Tesseract-eng's "TINH.
#: LANG-SON" on fresh seed 11945, the issuer read with it) — group 1 the type word
_HYPHEN_BETWEEN_THE_ISSUERS_PLACE_WORDS = regex.compile(r"(?<![\p{L}\d])(TỈNH|HUYỆN|QUẬN|THÀNH PHỐ|THỊ XÃ)[ ]+"
                                                        r"(\p{Lu}+(?:[ ]\p{Lu}+)?)-(\p{Lu}+)(?![\p{L}\d-])")


def _hyphen_between_the_issuers_place_words(out_lines: list[str], changes: list[TextChange]) -> None:
    """``"UBND TỈNH LẠNG-SƠN"`` → "LẠNG SƠN": the hyphen a space where the words apart are a place of the issuer's type
    and with it none ("BÀ RỊA-VŨNG TÀU" keeps its own). In place on ``out_lines``."""
    for i in range(min(len(out_lines), HEADER_LINES)):
        if "-" not in out_lines[i]:
            continue
        types = _place_types_by_small_letters()
        for m in _HYPHEN_BETWEEN_THE_ISSUERS_PLACE_WORDS.finditer(out_lines[i]):
            if m[1].lower() in types.get(f"{m[2]} {m[3]}".lower(), ()) and not types.get(f"{m[2]}-{m[3]}".lower()):
                out_lines[i] = _recorded(out_lines[i], i, [(m.end(2), m.start(3), " ", 0.8)], "restore_header_place",
                                         changes)
                break


#: the place-date line's place: the words before ", ngày" opening the line
_DATED_PLACE = regex.compile(r"^\s*(\p{Lu}[^,\d]{0,40}?)[ ]*,[ ]*ngày[ ]+\d")


def _dated_place_near(text: str, typ: str, out_lines: list[str]) -> tuple[str, ...]:
    """The place-date line's place, where it is a place of the type ``typ`` and ``text`` (a header's words in capitals)
    is near it: as many words, each word's first letter its own (a B or P for a Đ), their letters half off at most."""
    from rapidfuzz.distance import Levenshtein

    dated = next((m[1] for ln in out_lines[:HEADER_LINES] if (m := _DATED_PLACE.match(ln))), None)
    if dated is None or not _is_a_place_of_type(dated, typ) or len(dated.split()) != len(words := text.split()):
        return ()
    firsts = {"b": "d", "p": "d"}
    if any(firsts.get(a := skeleton(w[:1].lower()), a) != skeleton(x[:1].lower())
           for w, x in zip(words, dated.split(), strict=True)):
        return ()
    letters = skeleton(dated.lower()).replace(" ", "")
    if Levenshtein.distance(skeleton(text.lower()).replace(" ", ""), letters) > max(2, (len(letters) + 1) // 2):
        return ()
    return (dated,)


def _written_line_before(lines: Sequence[str], i: int) -> str:
    """The nearer of the two lines before line ``i`` that holds anything, or "" (a blank line may part a sentence's
    lines: "… Xã hội" / "" / "từ việc ngày 13/12/2022.")."""
    return next((ln for ln in reversed(lines[max(0, i - 2):i]) if ln.strip()), "")


def _written_line_after(lines: Sequence[str], i: int) -> str:
    """The nearer of the two lines after line ``i`` that holds anything, or ""."""
    return next((ln for ln in lines[i + 1:i + 3] if ln.strip()), "")


#: an issuer's line of a scan, as read: its place's type word in capitals, then the words after it
_ISSUER_TYPE_OPENING = regex.compile(r"^\s*(?:UBND[ ]+)?"
                                     r"(TINH|TỈNH|HUYEN|HUYỆN|THANH PHO|THÀNH PHỐ|QUAN|QUẬN|THI XA|THỊ XÃ)"
                                     r"[ ]+(\p{Lu}+(?:[ ]\p{Lu}+){0,3})")


#: a header line's first word in capitals (group 1), the words after it (2)
_HEADER_FIRST_WORD = regex.compile(r"^[ ]*(\p{Lu}{4,5})(?=([ ]+\p{Lu}.*)$)")
#: the issuer's type words OCR may misread in a letter, by their letters: "tinh" → "TỈNH"
_TYPE_WORD_LETTERS = {"tinh": "TỈNH", "huyen": "HUYỆN", "quan": "QUẬN"}


def fix_issuers_type_word(line: str) -> list[tuple[int, int, str, float]]:
    """The issuer's type word opening a header's line with a letter misread, where the words after it spell one place
    of that type (:func:`_issuers_place_spelt`): ``"LĨNH SƠN LA Độc lập - Tự do"`` → "TỈNH" (vetplan's OCR of fresh
    seed 2801's scan, the issuer lost), or a letter more ("TỈNÑH CÀ MAU": 3440); a word that spells no type, or before
    no place of it, stays."""
    m = _HEADER_FIRST_WORD.match(line)
    if m is None:
        return []
    letters = skeleton(m[1].lower())
    distance = fuzzy_matchers()[1]
    for typed, word in _TYPE_WORD_LETTERS.items():
        if letters != typed and abs(len(letters) - len(typed)) <= 1 and \
                distance(letters, typed, score_cutoff=1) <= 1 and \
                _issuers_place_spelt(typed.upper() + m[2]) is not None:
            return [(*m.span(1), word, 0.8)]
    return []


#: a header line's issuer's type word in capitals glued to the place's first word ("T\\lNHKON TUM", group 2)
_TYPE_WORD_OPENING = r"^([ ]*(?:UBND[ ]+)?)(T\S{1,3}NH|HUY\S{1,3}N)"
_TYPE_WORD_GLUED_TO_THE_PLACE = regex.compile(_TYPE_WORD_OPENING + r"(?=\p{Lu}{2})")
#: … or before its place, a space between (the place after it)
_TYPE_WORD_BEFORE_THE_PLACE = regex.compile(_TYPE_WORD_OPENING + r"[ ]+(?=\p{Lu})")


def _type_words_letters(m: regex.Match[str]) -> str:
    """The plain letters of the type word a match of those patterns holds in group 2: "T\\lNH" → "TINH"."""
    return "TINH" if m[2][0] == "T" else "HUYEN"


def split_type_word_glued_to_the_place(line: str) -> list[tuple[int, int, str, float]]:
    """A space between the issuer's type word and its place's first word where the words after it spell one place of
    that type (:func:`_issuers_place_spelt`): a code's ``"T\\lNHKON TUM"`` → "T\\lNH KON TUM" (fresh seed 7028 code,
    read "TỰ NHIÊN TÌM", the issuer lost); a type word before no place of its type stays glued."""
    m = _TYPE_WORD_GLUED_TO_THE_PLACE.match(line)
    if m is None:
        return []
    typed = _type_words_letters(m)
    if _issuers_place_spelt(f"{typed} {line[m.end():]}") is None:
        return []
    return [(m.end(), m.end(), " ", 0.75)]


#: a hyphen inside a word in capitals, no space beside it (a code's stand-in: "HO-P", hợp)
_HYPHEN_INSIDE_A_CAPITAL_WORD = regex.compile(r"(?<=[ ]\p{Lu}{1,4})-(?=\p{Lu}{1,4}(?![\p{L}\d-]))")


def drop_hyphen_inside_the_place(line: str) -> list[tuple[int, int, str, float]]:
    """A code's hyphen inside a word of the issuer's place, where without it the words spell one place of the type
    (:func:`_issuers_place_spelt`): ``"HUY~N QUY HO-P"`` → "HUY~N QUY HOP" (sample 004's code on fresh seed 13769
    code004, read "HUYỆN QUẾ HẠ-ÁP", the issuer lost); a name's spaced hyphen ("PHAN RANG - THÁP CHÀM") is none."""
    m = _TYPE_WORD_BEFORE_THE_PLACE.match(line)
    if m is None:
        return []
    typed = _type_words_letters(m)
    hyphens = list(_HYPHEN_INSIDE_A_CAPITAL_WORD.finditer(line, m.end()))
    place = _HYPHEN_INSIDE_A_CAPITAL_WORD.sub("", line[m.end() - 1:])  # (from the space before it: the lookbehind's)
    if not hyphens or _issuers_place_spelt(f"{typed}{place}") is None:
        return []
    out = []
    for h in hyphens:  # (the word whole, so that the decoder reads it as one: "HO-P" → "HOP", not "HẠ" and "ÁP")
        a = line.rfind(" ", 0, h.start()) + 1
        b = line.find(" ", h.end()) % (len(line) + 1)  # (-1, no space after it: the line's end)
        out.append((a, b, line[a:b].replace("-", ""), 0.75))
    return out


#: a header line's city type word "THÀNH PHỐ" misread, its space lost maybe, before the place (group 2: "THDNHPH6",
#: "THÀNH PHICF)")
_CITY_TYPE_WORDS_MISREAD = regex.compile(r"^([ ]*(?:UBND[ ]+)?)(TH\S{1,2}NH[ ]?PH\S{1,4})(?=[ ]+\p{L})")


def fix_city_type_words(line: str) -> list[tuple[int, int, str, float]]:
    """The issuer's type words "THÀNH PHỐ" misread where the words after them spell one city
    (:func:`_issuers_place_spelt`), the place read by the decoder: sample 000's engine's ``"UBND THDNHPH6 HÀ NỘI"`` →
    "UBND THÀNH PHỐ HÀ NỘI" and ``"THÀNH PHICF) HUẾ"`` → "THÀNH PHỐ HUẾ" (fresh seeds 7445 and 7502 eng000, the issuer
    lost); the place in small letters or its first letters glued to the type words (a code's: ``"THANHPHB cà Mau"``,
    ``"THANH PHBHA NÓI"``, fresh seeds 7860 and 8039 code004) is written as the gazetteer names it, in capitals; before
    no city's name they stay."""
    m = _CITY_TYPE_WORDS_MISREAD.match(line)
    if m is None or m[2] in ("THÀNH PHỐ", "THANH PHO"):
        return []
    after, glued = line[m.end():], ""
    if (named := _issuers_place_spelt(f"THANH PHO{after.upper()}")) is None:
        g = regex.match(r"TH\S{1,2}NH[ ]?PH\S(\p{Lu}{1,3})$", m[2])
        if g is None or (named := _issuers_place_spelt(f"THANH PHO {g[1]}{after.upper()}")) is None:
            return []
        glued = g[1]
    place = regex.match(rf"[ ]+(\S+(?:[ ]\S+){{{named.count(' ') - bool(glued)}}})", after) if \
        named.count(" ") or not glued else None
    if glued or (place is not None and not place[1].isupper()):
        return [(m.start(2), m.end() + (place.end(1) if place else 0), f"THÀNH PHỐ {named.upper()}", 0.75)]
    return [(*m.span(2), "THÀNH PHỐ", 0.75)]


def _plan_type_line_misread(out_lines: list[str], lines: list[str], changes: list[TextChange]) -> None:
    """The plan's type line "KẾ HOẠCH" misread past the decoder, where no type line is found: the first short line after
    the place-date line whose letters lie two from "kehoach", or three as it came (``lines``, a K first: a code's
    "KEaO';'ca", read "Khảo cả": fresh seed 7056 code004, the title lost). In place on ``out_lines``."""
    if _plan_type_line(out_lines) is not None:
        return
    dated = next((i for i, ln in enumerate(out_lines[:HEADER_LINES]) if ", ngày" in ln), None)
    if dated is None:
        return
    distance = fuzzy_matchers()[1]
    for i in range(dated + 1, min(len(out_lines), dated + 3)):
        line = out_lines[i].strip()
        if not line:
            continue
        letters = plain_letters(line)
        came = plain_letters(lines[i]) if i < len(lines) else ""
        if len(line.split()) <= 2 and len(letters) >= 5 and (
                distance(letters, "kehoach", score_cutoff=2) <= 2
                or (came[:1] == "k" and len(came) >= 5 and distance(came, "kehoach", score_cutoff=3) <= 3)):
            at = out_lines[i].index(line)
            out_lines[i] = _recorded(out_lines[i], i, [(at, at + len(line), "KẾ HOẠCH", 0.7)], "fix_plan_type_line",
                                     changes)
        return


def _issuers_place_spelt(line: str) -> str | None:
    """The gazetteer's one name of the issuer's type that the first words after the type word spell, letter for letter
    without marks (``"TINH SON LA Doc lap"`` → "Sơn La"), the longest; None."""
    m = _ISSUER_TYPE_OPENING.match(line)
    if m is None:
        return None
    typ = _TYPE_WORDS_WRITTEN.get(skeleton(m[1].lower()), "").lower()  # ("tinh" → "tỉnh")
    words = m[2].split(" ")
    for k in range(len(words), 0, -1):
        named = _typed_names_by_letters().get((skeleton(" ".join(words[:k]).lower()), typ), ())
        if len(named) == 1:
            return _gazetteer_form(named[0]) or named[0]  # (as the gazetteer writes it: "KBang")
    return None


def _typed_name_a_letter_off(letters: str, typ: str) -> tuple[str, ...]:
    """The one name of two words or more of the place type ``typ`` whose letters run together lie one letter from
    ``letters`` (:func:`_glued_letters`' of a header's word: "thanhhba" → ("Thanh Hóa",)), or () where none or two
    do."""
    distance = fuzzy_matchers()[1]
    found = {n for (glued, t), names in _typed_names_by_glued_letters().items()
             if t == typ and abs(len(glued) - len(letters)) <= 1 and distance(glued, letters, score_cutoff=1) <= 1
             for n in names}
    return tuple(found) if len(found) == 1 else ()


def _glued_letters(text: str) -> str:
    """A place's letters without marks or spaces, a first B or P (a Đ misread) read as a D: "BANANG" → "danang"."""
    letters = skeleton(text.lower()).replace(" ", "").replace("1", "i")  # ("P1ENBIEN": Điện Biên)
    return "d" + letters[1:] if letters[:1] in ("b", "p") else letters


@cache
def _typed_names_by_glued_letters() -> dict[tuple[str, str], tuple[str, ...]]:
    """:func:`_typed_names_by_letters` of names of two words or more, by their letters run together:
    ``("danang", "thành phố")`` → ("Đà Nẵng",)."""
    out: dict[tuple[str, str], list[str]] = {}
    for (letters, t), names in _typed_names_by_letters().items():
        if " " in letters:
            out.setdefault((letters.replace(" ", ""), t), []).extend(names)
    return {k: tuple(v) for k, v in out.items()}


def _issuing_agency_as_named(out_lines: list[str], changes: list[TextChange]) -> None:
    """The header's line naming the issuing department, its words misread, written as the agency's name it spells with
    the next line (:func:`~vetplan.normalize.fixers.issuing_agency_as_named`: "SD LAO ĐỘNG - THÌ ÔNG BINH" / "VÀ XÃ
    HỘI"), after every line is read. In place on ``out_lines``."""
    for i in range(min(len(out_lines), HEADER_LINES)):
        line = out_lines[i]
        at = len(line) - len(line.lstrip())
        if (line[at:at + 1] in ("S", "B") and not any(c.islower() for c in line[:at + 8])) or (
                line[at:at + 1] == "s" and not any(c.islower() for c in line[at + 3:at + 8])):  # ("sở LAO ĐỘNG")
            here, there = issuing_agency_as_named(line, out_lines[i + 1] if i + 1 < len(out_lines) else "", AGENCIES)
            out_lines[i] = _recorded(line, i, here, "fix_agency_name_misread", changes)
            if there:
                out_lines[i + 1] = _recorded(out_lines[i + 1], i + 1, there, "fix_agency_name_misread", changes)


#: a figure 6 where an issuer's place in capitals opens with the word Ô after its type word (group 1 the next word)
_SIX_FOR_O_IN_A_HEADER_PLACE = regex.compile(r"(?<=(?<![\p{L}\d])(?:QUẬN|HUYỆN|THỊ XÃ|THÀNH PHỐ|TỈNH)[ ])6[.]?[ ]?"
                                             r"(?=(\p{Lu}{2,})(?![\p{L}\d]))")


def _six_read_for_o_in_the_issuers_place(line: str) -> list[tuple[int, int, str, float]]:
    """Tesseract-eng's 6 for an Ô (as in "S6" for Số) opening an issuer's place after its type word, where "Ô" and the
    word after it name a place of the gazetteer: ``"QUẬN 6 MÔN"`` → "QUẬN Ô MÔN" (real Tesseract-eng on fresh seeds
    5898 and 6331, "QUAN 6.MON", "QUAN 6 MON": the issuer, place and title lost); "QUẬN 6" alone (a district of Hồ
    Chí Minh City) stays."""
    return [(m.start(), m.end(), "Ô ", 0.75) for m in _SIX_FOR_O_IN_A_HEADER_PLACE.finditer(line)
            if _is_place_name(f"Ô {m.group(1)[:1]}{m.group(1)[1:].lower()}")]


def _places_as_the_issuer_names(out_lines: list[str], changes: list[TextChange], lines: Sequence[str] = ()) -> None:
    """The place-date line's place and a title's after "địa bàn" written as the header's issuer line names its place,
    where damage misread them ("Châu thành, ngày", "Địa Lí, ngày" under "TỈNH ĐẮK LẮK":
    :func:`~vetplan.normalize.fixers.date_place_cased_as_the_issuer`), after every line is read; only for an issuer's
    place the gazetteer names; ``lines``: the lines as written, whose place-date line's words may spell the place where
    the decoded ones do not. In place on ``out_lines``."""
    for i in range(min(len(out_lines), HEADER_LINES)):  # ("QUẬN 6 MÔN": Ô MÔN, first)
        if " 6" in out_lines[i]:
            out_lines[i] = _recorded(out_lines[i], i, _six_read_for_o_in_the_issuers_place(out_lines[i]),
                                     "restore_header_place", changes)
    issuer, place = next(((ln, p) for ln in (regex.sub(r"[ ]{2,}", " ", x) for x in out_lines[:HEADER_LINES])
                          if (p := issuers_place(ln))), ("", None))  # (two spaces a damage left read as one: "TỈNH BÀ
    # RỊA  - VŨNG TÀU", a code's on fresh seed 7905 code004, whose date line's "vung Tau" had been read "vũng Tư")
    if place and "-" in place:  # (its hyphen's space lost: "TỈNH BÀ RỊA- VŨNG TÀU", sample 004's code on fresh seed
        # 6317 code004, whose date line's "vung Tau" had been read "vũng Tư")
        place = place_hyphen_spaced(place)
    for i in range(min(len(out_lines), HEADER_LINES)):  # "Bắc Giangngay 21 tháng": the comma and the word's mark
        if "gay" in out_lines[i] or "gày" in out_lines[i]:
            out_lines[i] = _recorded(out_lines[i], i, [(m.start(), m.end(), ", ngày", 0.75)
                                                       for m in _DATE_WORD_GLUED_TO_THE_PLACE.finditer(out_lines[i])],
                                     "restore_header_place", changes)
    header = "\n".join(out_lines[:HEADER_LINES])
    for i in range(min(len(out_lines), 2 * HEADER_LINES)):
        if "địa bàn " in out_lines[i]:  # "… trên địa bàn tìm lao Cái năm 2017" under "TỈNH LÀO CAI": tỉnh
            out_lines[i] = _recorded(out_lines[i], i, title_type_word_as_the_issuer(out_lines[i], header),
                                     "restore_header_place", changes)
    named = _gazetteer_form(place) if place else None
    if named is None and place and " - " in place and all(parts := [_gazetteer_form(x) for x in place.split(" - ")]):
        named = " - ".join(str(x) for x in parts)  # (a province named by two places: "BÀ RỊA - VŨNG TÀU", its date line
        # "Bà Rịa - vũng Tư" read from a code's "\\lng Tau": fresh seed 3247 code004, the place lost)
    if named is None:
        return
    for i in range(min(len(out_lines), HEADER_LINES)):  # specks before the place read right, after the number's code
        # ("Số: 90/KH-UBND Tj \" Long An, ngày": vetplan's OCR of fresh seed 2869's scan, read "Tj \" Long An")
        if f"{named}, ngày" in out_lines[i]:
            out_lines[i] = _recorded(out_lines[i], i, _specks_before_the_dated_place(out_lines[i], named),
                                     "restore_header_place", changes)
    dated = any(ln[:ln.index(", ngày")].endswith(named) for ln in out_lines[:HEADER_LINES] if ", ngày" in ln)
    entitled = regex.compile(rf"(?<![\p{{L}}\d])địa bàn \p{{Ll}}+(?: \p{{Ll}}+)? {regex.escape(named)}(?![\p{{L}}\d])")
    titled = any(entitled.search(ln) for ln in out_lines[:2 * HEADER_LINES])
    for i in range(min(len(out_lines), 2 * HEADER_LINES)):
        before = next((out_lines[k] for k in range(i - 1, max(-1, i - 3), -1) if out_lines[k].strip()), "")
        if ", ngày" in out_lines[i] or "địa b" in out_lines[i] or "địa đ" in out_lines[i] or "địa bàn " in before:
            # (the title's place opening its line: "… trên địa bàn huyện" / "Thành Trị năm 2018"; "bàn" read "đầu")
            out_lines[i] = _recorded(out_lines[i], i, date_place_cased_as_the_issuer(
                out_lines[i], issuer, _is_place_name, named, before, dated, titled, _is_a_place_of_type,
                lines[i] if i < len(lines) and ", ngày" in out_lines[i] else ""),
                "restore_header_place", changes)


#: the place-date line's "ngày" glued to the place's last word, its comma lost ("Số: 50/KH-UBND Bắc Giangngay 21 tháng
#: 01 năm 2019": real Tesseract-eng's "Bac Gianesngay" on fresh seed 10884, its place read, the place and date lost)
_DATE_WORD_GLUED_TO_THE_PLACE = regex.compile(r"(?<=(?<![\p{L}\d])\p{Lu}\p{Ll}{1,7})ng[aà]y"
                                              r"(?=[ ]+\d{1,2}[ ]+tháng[ ]+\d)")


def _specks_before_the_dated_place(line: str, place: str) -> list[tuple[int, int, str, float]]:
    """Specks between the plan's number and the place-date line's place read right (``place``): ``"Số: 90/KH-UBND Tj \"
    Long An, ngày 03"`` → "Số: 90/KH-UBND Long An, ngày 03" — one or two tokens of two signs at most, none a
    syllable."""
    m = regex.search(rf"(?<=\d/[A-ZĐ]{{2,}}-[A-ZĐ]{{2,}}[ ]+)((?:\S{{1,2}}[ ]+){{1,2}})"
                     rf"(?={regex.escape(place)},[ ]ngày)", line)
    if m is None:  # (or glued to the number: "Số: 277/KH-UBND_-. Nam Sách, ngày", vetplan's OCR of fresh seed 6723's
        # scan, the place read "KH-UBND_-. Nam Sách")
        glued = regex.search(rf"(?<=\d/[A-ZĐ]{{2,}}-[A-ZĐ]{{2,}})[-_.,~‘'`]{{1,3}}"
                             rf"(?=[ ]+{regex.escape(place)},[ ]ngày)", line)
        return [] if glued is None else [(*glued.span(), "", 0.75)]
    if any(t.isalpha() and is_valid_syllable(t.lower()) for t in m[1].split()):
        return []
    return [(*m.span(1), "", 0.75)]


def _code_written_right(line: str, a: int, b: int, rep: str, abbreviations: dict[str, str]) -> tuple[int, int, str]:
    """A document number's edit (``line[a:b]`` → ``rep``) with the code it holds, or that follows it, written as the
    abbreviations are and as :func:`fix_document_codes` reads a misread one on the line as the edit leaves it (the
    edit's span grown over that code): ``"KH- SLDTBXH"`` → "-SLĐTBXH", ``"268/KH, -SLBTBXH"`` → "268/KH-SLĐTBXH" (its Đ
    read B; the fixers see the line as it came, where the speck parted the code from the number: the plan's number had
    been "268/KH-SLBTBXH")."""
    if len(rep) > 2:
        rep = apply_edits(rep, fix_abbreviations(rep, abbreviations))
    if "/" not in line:
        return a, b, rep
    edited = line[:a] + rep + line[b:]
    codes = [e for e in fix_document_codes(edited, abbreviations) if a <= e[0] <= a + len(rep)]
    if not codes:
        return a, b, rep
    end = max(a + len(rep), *(e[1] for e in codes))
    return a, max(b, end - len(rep) + b - a), apply_edits(edited[a:end], [(x - a, y - a, r, c) for x, y, r, c in codes])


def _one_space_each(eds: list[tuple[int, int, str, float, str]]) -> list[tuple[int, int, str, float, str]]:
    """The fixers' edits with one inserted space at a column however many fixers put one there ("trucHDND": parted
    after "trực" and before "HĐND")."""
    spaces: set[int] = set()
    out = []
    for x in eds:
        if x[0] == x[1] and x[2] == " ":
            if x[0] in spaces:
                continue
            spaces.add(x[0])
        out.append(x)
    return out


def _clear_of(eds: list[tuple[int, int, str, float, str]], new: list[tuple[int, int, str, float]],
              name: str) -> list[tuple[int, int, str, float, str]]:
    """A fixer's ``new`` edits that overlap none of ``eds`` (those of the fixers before it), named for the record."""
    if not eds:  # (the first fixer's on a line, or the line's first edits)
        return [(*x, name) for x in new]
    return [(*x, name) for x in new if not any(x[0] < e[1] and e[0] < x[1] for e in eds)]


def _spaces(points: list[tuple[int, float]]) -> list[tuple[int, int, str, float]]:
    """The insertions of a space a splitting fixer's points ``(at, confidence)`` ask for."""
    return [(at, at, " ", c) for at, c in points]


def _recorded(line: str, n: int, edits: list[tuple[int, int, str, float]], name: str,
              changes: list[TextChange]) -> str:
    """``line`` (index ``n``) with a fixer's ``edits`` applied, each recorded in ``changes`` under ``name``."""
    if not edits:  # (most fixers on most lines)
        return line
    changes += [TextChange(n + 1, a, line[a:b], rep, conf, name) for a, b, rep, conf in edits]
    return apply_edits(line, edits)


def _run_once(text: str, *, damage: str | None = None, lexicon_path: str | None = None,
              first: bool = False) -> NormalizationResult:
    """One pass: detect → fixers → decoding (``first``: a document's first pass, which bounds what the token memos
    carry over from the documents before it)."""
    raw_lines = text.split("\n")
    lines: list[str] = []
    changes: list[TextChange] = []
    for n, ln in enumerate(raw_lines):
        ln = _recorded(ln, n, fix_unicode(ln), "fix_unicode", changes)
        if "™" in ln or "®" in ln:  # "TM™. ỦY BAN": Tesseract-eng's "TM." as a trademark sign
            marks = [(m.start(), m.end(), "", 0.8) for m in TRADEMARK_AFTER_MARK.finditer(ln)]
            marks += [(m.start(), m.end(), "TM.", 0.8) for m in TRADEMARK_FOR_M.finditer(ln)]
            ln = _recorded(ln, n, marks, "fix_signature_mark", changes)
        if "M" in ln:  # "I'M. UY BAN NHAN DAN": the T read as I and a quote
            marks = [(m.start(), m.end(), "TM." if m[0].endswith(",") else "TM", 0.8)
                     for m in SIGNATURE_MARK_MISREAD.finditer(ln)]
            ln = _recorded(ln, n, marks, "fix_signature_mark", changes)
        if "T.." in ln:  # "Noi nhan: T.. UY BAN NHAN DAN": TM. with its M lost (read "TỪ..")
            ln = _recorded(ln, n, [(m.start(), m.end(), "TM.", 0.8) for m in MARK_M_LOST.finditer(ln)],
                           "fix_signature_mark", changes)
        if "PHO" in ln:  # "thanh pho PHO. GIAM DOC": a speck's stop after a deputy's PHÓ (read "HỒ." after "thành phố")
            ln = _recorded(ln, n, [(m.start(), m.end(), "" if ln[m.end():m.end() + 1] == " " else " ", 0.8)
                                   for m in DEPUTYS_STOP.finditer(ln)], "fix_signature_mark", changes)  # (a space
            # where it stood for one: "PHO.CHU TICH", real Tesseract-eng on fresh seed 6419)
        if ";" in ln and "T" in ln:  # "TM; ỦY BAN NHÂN DÂN"
            ln = _recorded(ln, n, [(m.start(), m.end(), ".", 0.8) for m in MARK_STOP_AS_SEMICOLON.finditer(ln)],
                           "fix_signature_mark", changes)
        if ("K" in ln or "k" in ln) and ("CH" in ln or "GI" in ln):  # "KP. CHU TICH", "kí. CHỦ TỊCH": KT.
            marks = [(m.start(), m.end(), "KT." if m[0].endswith(",") else "KT", 0.8)
                     for m in DEPUTY_MARK_MISREAD.finditer(ln)]
            marks += [(m.start(1), m.end(1), "", 0.8) for m in SPECK_BEFORE_A_DEPUTY_MARK.finditer(ln)]
            ln = _recorded(ln, n, marks, "fix_signature_mark", changes)
        if "ưu" in ln or "uu" in ln:  # "xLưu: VT": a speck's letter glued before the file copy
            ln = _recorded(ln, n, [(m.start(1), m.end(1), "", 0.8) for m in SPECK_BEFORE_THE_FILE_COPY.finditer(ln)],
                           "fix_file_copy_label", changes)
        if n < HEADER_LINES and ("!" in ln or "]" in ln):  # "HA NO!", "TH] XA": an I (then NỘI, THỊ)
            ln = _recorded(ln, n, fix_bang_read_for_i(ln), "fix_bang_read_for_i", changes)
        lines.append(ln)
    if damage in KINDS:
        regions = [(1, len(lines), damage)]
    else:
        regions = detect_regions("\n".join(lines))
    kinds = {k for _a, _b, k in regions}
    doc_damage = "mixed" if len(kinds) > 1 else regions[0][2]
    if kinds == {"clean"}:
        ntok = sum(len(LETTERS_RE.findall(ln)) for ln in lines)
        return NormalizationResult("\n".join(lines), "clean", regions, ntok, len(changes), 0, 1.0, changes, [])

    lex = get_lexicon(lexicon_path)
    if first:
        trim_caches(lex)
    out_lines = list(lines)
    heading_numbers = fix_heading_numbers(lines)  # "II." between "II." and "IV." is "III.": the whole document's
    # "lL, Đẩy mạnh" before "2. …" is "1.", and so is an "I." below a part's heading the numbering made II. or III. ("I.
    # CHI TIEU", "I. NHIEM VU" / "I. Phat trien doi ngu": the task had become a part)
    item_numbers = fix_item_numbers([apply_edits(ln, [heading_numbers[i]]) if i in heading_numbers else ln
                                     for i, ln in enumerate(lines)])
    uncertain: list[TextChange] = []
    ntok = 0
    changed = 0
    # (read_header_place's; a hyphen a scan put between a type's words is a space: "THI-XA KY ANH")
    header_zone = skeleton(" ".join(_HYPHEN_IN_A_WORD.sub(" ", " ".join(lines[:HEADER_LINES])).lower().split()))
    header_places: set[str] = set()
    for a, b, kind in _decode_plan(regions):
        idx = list(range(a - 1, b))
        if kind == "clean":
            ntok += sum(len(LETTERS_RE.findall(lines[i])) for i in idx)
            continue
        if kind in OCR_KINDS:  # "$6 Lao động": the S read as "$", put back before the words are read (then Sở)
            for i in idx:
                if "$" in lines[i]:
                    lines[i] = _recorded(lines[i], i, fix_dollar_read_for_s(lines[i]), "fix_dollar_read_for_s", changes)
                if "°" in lines[i]:  # "tháng 3°den": a speck for the space
                    lines[i] = _recorded(lines[i], i, fix_degree_speck_after_a_figure(lines[i]),
                                         "fix_degree_speck_after_a_figure", changes)
                if "cho" in lines[i]:  # "chor'550": a speck for the space
                    lines[i] = _recorded(lines[i], i, fix_speck_between_for_and_a_count(lines[i]),
                                         "fix_speck_between_for_and_a_count", changes)
                if "n9" in lines[i] and kind == "ocr_eng":  # "Sa Con9 Thuong": Cong
                    lines[i] = _recorded(lines[i], i, fix_nine_read_for_g(lines[i]), "fix_nine_read_for_g", changes)
                if i < HEADER_LINES and ("BAN" in lines[i] or "lap" in lines[i] or " P " in lines[i] or ":-" in lines[i]
                                         or "/K" in lines[i]
                                         or any(c in lines[i] for c in "_\"“”‘’'`~)]")):  # "UY BAN :‘NHAN DAN",
                    # "TINH_NGHE", "NHAN DAN” CONG", "GIANG oo Déc lap", "THANH P PHO", "HUYEN:- BAK SONG"
                    lines[i] = _recorded(lines[i], i, fix_specks_between_header_capitals(lines[i]),
                                         "fix_specks_between_header_capitals", changes)
                if i < HEADER_LINES and (",n" in lines[i] or ":n" in lines[i] or ".n" in lines[i] or ";n" in lines[i]):
                    # "Pa Lat,ngay 23": the place's comma, then "ngày"; "Ninh Bình.:ngày": specks for it
                    lines[i] = _recorded(lines[i], i, fix_places_comma_glued_to_the_date(lines[i]),
                                         "fix_places_comma_glued_to_the_date", changes)
                if lines[i].lstrip()[:1] in ("5", "S", "$") and lines[i].lstrip()[1:2] in ("0", "o", "6", "9") or \
                        "i 5" in lines[i] or "83 " in lines[i]:
                    # "vai 56 Gido duc": Sở; "50 Lao dong … chu tri": Sở
                    lines[i] = _recorded(lines[i], i, fix_agency_head_as_figures(lines[i]),
                                         "fix_agency_head_as_figures", changes)
                if "'" in lines[i] or "‘" in lines[i] or "’" in lines[i]:  # "-UBND'cac huyen": a quote for a space
                    lines[i] = _recorded(lines[i], i, fix_quote_after_capitals(lines[i]), "fix_quote_after_capitals",
                                         changes)
                    lines[i] = _recorded(lines[i], i, fix_quote_between_small_words(lines[i]),  # "nghé'cho"
                                         "fix_quote_between_small_words", changes)
                if lines[i][:1] in ",.'‘’`":  # ", - Thudng truc HPND tinh;": a speck before the item's dash
                    lines[i] = _recorded(lines[i], i, fix_speck_before_item_dash(lines[i], lines[i - 1] if i else ""),
                                         "fix_speck_before_item_dash", changes)
                if " /" in lines[i]:  # "S6: 173  /KH-SLPTBXH": spaces before a number's slash
                    lines[i] = _recorded(lines[i], i, fix_space_before_number_slash(lines[i]),
                                         "fix_space_before_number_slash", changes)
                if "S " in lines[i] or " s " in lines[i]:  # "với S 6 Noi vu": Sở parted after its S ("véiS Thong")
                    lines[i] = _recorded(lines[i], i, fix_so_parted(lines[i]), "fix_so_parted", changes)
                if ",-" in lines[i] or ", -" in lines[i]:  # "Sở Lao dong , - Thuong binh": a speck's comma before
                    # the name's dash
                    lines[i] = _recorded(lines[i], i, fix_comma_before_dash(lines[i]), "fix_comma_before_dash", changes)
                if i < HEADER_LINES and lines[i].count(",") > 1:  # "Quang, Binh, ngay 28 thang 06": one place
                    lines[i] = _recorded(lines[i], i, fix_comma_inside_place(lines[i]), "fix_comma_inside_place",
                                         changes)
                if "|" in lines[i] or "1a " in lines[i] or "1A " in lines[i] or "la " in lines[i]:  # "THUC H|EN": an
                    # I read as a pipe inside a word of capitals (HIỆN); "huyén |a Grai", "HUYEN 1A PA", "la Pa,
                    # ngay": Ia
                    lines[i] = _recorded(lines[i], i, fix_pipe_read_for_i(lines[i], i < HEADER_LINES),
                                         "fix_pipe_read_for_i", changes)
                if kind in OCR_KINDS and "m " in lines[i] and (lines[i][1:2] == " "
                                                              or lines[i].rstrip(" .")[-4:].isdigit()):
                    # "i nam 2022", "… Hoa Lu nam n 2020": a speck
                    lines[i] = _recorded(lines[i], i, fix_letter_before_a_lone_year(lines[i]), "fix_year_word", changes)
                if ("Lừ " in lines[i] or "thá ng" in lines[i]) and kind in OCR_KINDS:  # "Lừ tháng 2 đến thá ng 3/2023"
                    lines[i] = _recorded(lines[i], i, fix_span_words_parted(lines[i]), "fix_span_words_parted", changes)
                if ("Quy" in lines[i] or "(u" in lines[i]) and kind in OCR_KINDS:  # ": bQuy I1/2022": a speck glued
                    # before the quarter
                    lines[i] = _recorded(lines[i], i, fix_letter_glued_before_the_quarter_word(lines[i]),
                                         "fix_quarter_word", changes)
                if "%" in lines[i] and kind in OCR_KINDS:  # "dao tao datG7,1%o.": đạt 67,1%
                    lines[i] = _recorded(lines[i], i, fix_rate_figure_glued_as_a_letter(lines[i]),
                                         "fix_percent_read_as_figures", changes)
                if i and "," in lines[i] and len(lines[i]) < 40:  # "Lưu: VT" / "Đặng, Hong Hải": a speck's comma
                    lines[i] = _recorded(lines[i], i, fix_comma_inside_a_signers_name(
                        lines[i], _written_line_before(lines, i)), "fix_comma_inside_a_signers_name", changes)
                if "TTg" in lines[i] or "g ng" in lines[i]:  # "24/CT-TTg-ngay": a speck's hyphen for the space;
                    # "QD-TTgq ngay"; "QĐ“T'EFg ngày"
                    lines[i] = _recorded(lines[i], i, fix_hyphen_after_the_prime_ministers_code(lines[i]),
                                         "fix_prime_ministers_code", changes)
                if (": " in lines[i] and "S" in lines[i]) or "§" in lines[i] or "i PS" in lines[i] or (
                        "i S" in lines[i] and kind in OCR_KINDS):  # "vdi i SO N6i vu": a speck; "chu tri: bSo
                    # Nong": a speck glued before the head; "- §@ Théng tin": its S read as a section sign
                    lines[i] = _recorded(lines[i], i, fix_letter_speck_before_a_head(lines[i], kind in OCR_KINDS),
                                         "fix_quotes_before_a_capital", changes)
                if i < HEADER_LINES and kind in OCR_KINDS and _SMALL_OPENING_CAPITALS.search(lines[i]):  # "BAC gIANG"
                    lines[i] = _recorded(lines[i], i, fix_small_letter_opening_capitals(lines[i]),
                                         "fix_small_letter_opening_capitals", changes)
                if "b" in lines[i] and kind == "ocr_eng":  # "TINH bAK NÉNG": a capital Đ read as a small b
                    lines[i] = _recorded(lines[i], i, fix_small_b_opening_capitals(lines[i]),
                                         "fix_small_b_opening_capitals", changes)
                if kind in OCR_KINDS and ("U y" in lines[i] or "u y" in lines[i]):  # "U y" / "ban nhan dan": Ủy
                    lines[i] = _recorded(lines[i], i, join_parted_uy(lines[i], lines[i + 1] if i + 1 < len(lines)
                                                                      else ""), "join_parted_uy", changes)
                if kind in OCR_KINDS and lines[i].lstrip()[:1] in ("C", "c"):  # "Canc Quyét dinh": Căn cứ
                    lines[i] = _recorded(lines[i], i, split_glued_basis_opening(lines[i]), "split_glued_basis_opening",
                                         changes)
                if "ban " in lines[i] and kind in OCR_KINDS:  # "dia ban Phuyén Bau Bang": a speck's capital
                    lines[i] = _recorded(lines[i], i, fix_capital_glued_before_the_titles_type(lines[i]),
                                         "fix_capital_glued_before_the_titles_type", changes)
                if "1" in lines[i] and kind == "ocr_eng":  # "cho1ao": cho lao
                    lines[i] = _recorded(lines[i], i, fix_one_for_l_glued(lines[i]), "fix_one_for_l_glued", changes)
                if "}" in lines[i] and kind == "ocr_eng":  # "sinl} vién", "P}at trién": an h or n parted into a
                    # letter and a brace (a code's braces are its stand-ins: not there)
                    lines[i] = _recorded(lines[i], i, fix_brace_in_a_letter(lines[i]), "fix_brace_in_a_letter", changes)
                if "Q" in lines[i] and kind == "ocr_eng":  # "XA HQI": an Ộ read as a Q (HỘI)
                    lines[i] = _recorded(lines[i], i, fix_q_read_for_o(lines[i]), "fix_q_read_for_o", changes)
                if "u:" in lines[i] and kind == "ocr_eng":  # "nhu:ng": a ư's horn read as a colon (những)
                    lines[i] = _recorded(lines[i], i, fix_horn_read_as_colon(lines[i]), "fix_horn_read_as_colon",
                                         changes)
                if "(tj" in lines[i] and kind == "ocr_eng":  # "- (tjhuong tryc": a T read as a bracket (Thường)
                    lines[i] = _recorded(lines[i], i, fix_t_read_as_bracket(lines[i]), "fix_t_read_as_bracket", changes)
                if "cf)" in lines[i] and kind == "ocr_eng":  # "Lao gicf)ng": an ộ read as its parts (động)
                    lines[i] = _recorded(lines[i], i, fix_o_read_as_arcs(lines[i]), "fix_o_read_as_arcs", changes)
                if "." in lines[i] or ":" in lines[i] or ";" in lines[i]:  # "truo.c ngay": a word a speck's stop
                    # parted (trước; the decoder had read "trước có"), or its colon ("Sở L:ao động")
                    lines[i] = _recorded(lines[i], i, join_stop_parted_word(lines[i], kind == "ocr_eng"),
                                         "join_stop_parted_word", changes)
                if any(q in lines[i] for q in "‘’'`\"“”"):  # "cho 1.050‘lao động": a quote for the space (a double
                    # one too: "chủ trì: Sd” Tai chinh", real Tesseract-eng on fresh seed 3512, read "Số”", the lead
                    # lost)
                    lines[i] = _recorded(lines[i], i, fix_quote_after_a_count(lines[i]), "fix_quote_after_a_count",
                                         changes)
                    lines[i] = _recorded(lines[i], i, fix_quotes_before_a_capital(lines[i]),  # "Sé'‘Lao dng"
                                         "fix_quotes_before_a_capital", changes)
                    lines[i] = _recorded(lines[i], i, fix_quote_after_a_head_before_its_name(lines[i], AGENCIES),
                                         "fix_quotes_before_a_capital", changes)  # "S6' giao duc va Dao tao"
                if "“" in lines[i] or "\"" in lines[i] or "‘" in lines[i] or (  # "trén “dia ban": a speck's opening
                        i < HEADER_LINES and lines[i].rstrip()[-1:] in ("’", "'", "`", "”")):  # quote; "HUYEN BU BANG’"
                    lines[i] = _recorded(lines[i], i, fix_opening_quote_speck(
                        lines[i], lines[i + 1] if i + 1 < len(lines) else "", i < HEADER_LINES),
                        "fix_opening_quote_speck", changes)
                if "»" in lines[i]:  # "… nong thon nam 2017»": a speck's guillemet
                    lines[i] = _recorded(lines[i], i, fix_lone_guillemet(lines[i], "\n".join(lines[max(0, i - 3):i])),
                                         "fix_lone_guillemet", changes)
                if "-h" in lines[i] or " ph" in lines[i] or ": " in lines[i] or " -v" in lines[i] or ":ph" in lines[i]:
                    # "Dan vi phdi-hgp:": the label's words parted by a speck's hyphen; "đơn Vị ¡| phối hợp:", specks
                    # between them; "hgp: P So Gido"; "don -vi phéi hop", "cht: tri:"; "chu tri, :phdi hop voi"
                    lines[i] = _recorded(lines[i], i, fix_partner_label_hyphen(lines[i]), "fix_partner_label_hyphen",
                                         changes)
        for i in idx[:HEADER_LINES]:  # "TINHHWNG YEN": TỈNH HƯNG YÊN, put apart before the fixers that read the name
            if i < HEADER_LINES and ("N" in lines[i] or "X" in lines[i]):  # ("THIXA cAI LAY": no N in it, fresh
                # seed 5011 code004, read "THIẾU", the issuer lost)
                lines[i] = _recorded(lines[i], i, _spaces(split_glued_place_type(lines[i])),
                                     "split_glued_place_type", changes)
        for i in idx[:2 * HEADER_LINES]:  # "qU?n4": quận 4, put apart before the decoder reads the figure
            if "n" in lines[i] or "N" in lines[i]:
                lines[i] = _recorded(lines[i], i, _spaces(split_district_number_glued(lines[i])),
                                     "split_glued_place_type", changes)
        for i in idx:  # "H'leonam2021": a place's word and the year's, put apart before the place names are read
            if kind == "substitution" and ("l" in lines[i] or ")" in lines[i]):  # "SalNong nghiep", "-lB9 Lao d9ng":
                # a space written l (or a bracket: "tm)chu tri"), put
                # back before the words are read (as a protected edit it had parted "Sa" from the "Lao" after it, whose
                # context makes it Sở: fresh seeds 1222 and 1237 code004, the task's lead lost)
                lines[i] = _recorded(lines[i], i, fix_coded_space_as_l(lines[i]), "fix_coded_space_as_l", changes)
            if kind == "substitution" and i < HEADER_LINES and "," in lines[i]:  # "H?lLong,rgay 06 thang 10": the
                # place's comma and the day's word apart
                lines[i] = _recorded(lines[i], i, space_after_the_places_comma(lines[i]),
                                     "space_after_the_places_comma", changes)
            if kind == "substitution" and "1ao" in lines[i]:  # "cho 8001aod9ng": 800 lao động
                lines[i] = _recorded(lines[i], i, fix_one_for_l_glued(lines[i], words=False), "fix_one_for_l_glued",
                                     changes)
            if kind == "substitution" and (" -" in lines[i] or "/ " in lines[i]) and "/" in lines[i]:  # "43/2016/TT
                # -BLDTBXHngay", "205/ KH -SLDTBXH": the code whole again before the fixers read it
                lines[i] = _recorded(lines[i], i, fix_space_before_issuer_hyphen(lines[i]),
                                     "fix_space_before_issuer_hyphen", changes)
            if kind == "substitution" and "\\" in lines[i]:  # "\\inh Long": a code's V (Vĩnh), read so first too
                lines[i] = _recorded(lines[i], i, fix_v_read_as_backslash(lines[i]), "fix_v_read_as_backslash", changes)
            # "Mlai": a code's M (Mai); below the header, whose place-date line's words the place reading takes whole
            # ("H6 cMi MTinh": with "Minh" alone mended, its last word had been read as the city Vinh, dev seed 55)
            if kind == "substitution" and i >= HEADER_LINES and ("Ml" in lines[i] or "MT" in lines[i]):
                lines[i] = _recorded(lines[i], i, fix_m_read_with_a_stroke(lines[i]), "fix_m_read_with_a_stroke",
                                     changes)
            if "nam" in lines[i] or "ngay" in lines[i]:
                lines[i] = _recorded(lines[i], i, _spaces(split_date_word_glued_after_a_word(lines[i])),
                                     "split_glued_date_words", changes)
        abbr_forms = {f for f in lex.abbreviations.values() if "Đ" in f}
        positions = {k for k in idx if POSITION_LETTERS.search(skeleton(lines[k].lower()).upper())} \
            if kind in ("stripped", "ocr_eng", "ocr_vie") else \
            {k for k in idx if POSITION_CODED.search(lines[k]) or _CODED_POSITION_LINE.match(lines[k])} \
            if kind == "substitution" else set()  # ("PHaCH$ T,rCH": PHÓ glued to CHỦ)
        # (a code's line under a signature's mark, its letters a position's but for one or two: "caU TJCH")
        # (or under the file copy's item, the signature's column read after the recipients': "- Luu: \\T." /
        # "GIAMl)D9c", fresh seed 2656 code004, the position and signer lost)
        # (in an OCR's text only a position glued into one word in capitals: "GIAMPOC" under "- Luu: VT.", sample 000's
        # engine on fresh seed 16674 eng000, the position lost)
        under_marks = {k: form for k in idx if k not in positions and k and (
            _SIGNATURE_MARK_LINE.match(lines[k - 1]) or FILE_COPY.match(lines[k - 1]))
                       and (kind == "substitution" or (len(lines[k].split()) == 1 and lines[k].strip().isupper()))
                       and (form := position_under_its_mark(lines[k]))} \
            if kind in ("substitution", "ocr_eng", "ocr_vie") else {}
        positions |= set(under_marks)
        # the signer's name within NAME_AFTER_POSITION lines with words below a position's line: its family and
        # middle names read as names
        name_lines: dict[int, dict[int, str]] = {}
        since = None
        for i in idx:
            if i in positions:
                # (a recipients' item that names a position, the name merged after it: "- Chủ tịch, …; Đinh Kim Khánh")
                if since is not None and (roles := person_name_roles(lines[i], kind)):
                    name_lines[i] = roles
                since = 0
            elif since is not None and lines[i].strip():
                since += 1
                # (or a name the file copy's line ends with, however far below: the recipients' column merged into
                # the signature's, "- Luu: VT. Tran Van Nam" five lines under "PHO GIAM B6c" had been "Năm")
                if "V" in lines[i] and any(c in lines[i] for c in ":.;,"):  # ("- Luu: VT Do:Anh Viet")
                    lines[i] = _recorded(lines[i], i, fix_speck_glued_in_a_name_after_the_file_copy(lines[i]),
                                         "fix_file_copy_label", changes)
                if (since <= NAME_AFTER_POSITION or FILE_COPY.match(lines[i])) and (
                        roles := person_name_roles(lines[i], kind)):
                    name_lines[i] = roles
                    if kind in OCR_KINDS and (end := _NAMES_SPECK_AFTER.search(lines[i])) and end.start() > max(roles):
                        lines[i] = _recorded(lines[i], i, [(end.start(), end.end(), "", 0.75)],
                                             "fix_speck_before_a_names_capital", changes)  # ("Huynh Thi Tuan,")
                elif kind == "ocr_eng" and since <= NAME_AFTER_POSITION and (specks := [
                        (m.start(), m.end(), "", 0.75) for m in _SPECK_BEFORE_A_NAMES_CAPITAL.finditer(lines[i])]) and (
                        roles := person_name_roles(apply_edits(lines[i], specks), kind)):
                    lines[i] = _recorded(lines[i], i, specks, "fix_speck_before_a_names_capital", changes)
                    name_lines[i] = roles
        # line-level fixers first (their spans are protected from the decoder)
        pre: dict[int, list[tuple[int, int, str, float, str]]] = {}
        protected: dict[int, list[tuple[int, int]]] = {}
        # the header's place-date line read first: an issuer's line above it too damaged to spell a name is read as its
        # place (read_issuer_place)
        dated_reads = {i: read_header_place(lines[i], HEADER_PLACE_CHANNELS[kind](), header_zone, lines[:HEADER_LINES])
                       for i in idx if i < HEADER_LINES} if kind in HEADER_PLACE_CHANNELS else {}
        dated = next(((i, _place_as_named(got[0][0][2] if got[0] else lines[i][got[1][0]:got[1][1]]))
                      for i, got in dated_reads.items() if got[1]), None) or next(
            (x for i in dated_reads if (x := _dated_highland_name(lines[i], i, kind == "substitution"))), None)
        for i in idx:
            eds: list[tuple[int, int, str, float, str]] = []
            # (text with no marks at all may be an OCR's too, whose numbers are as damaged: "So: 97 KH-SLDTBXH", "Il.
            # CHE TIEU" — real Tesseract-eng on fresh seed 1811, read as stripped text, the plan's number and tasks
            # lost; their patterns match no number written right)
            # (there only a line a stroke opens, or one with a figure and a code's hyphen: the fixers' time on text
            # without marks stays small)
            coded = kind == "stripped" and "-" in lines[i] and _CODES_HYPHEN.search(lines[i]) is not None
            if kind != "stripped" or lines[i].lstrip()[:1] in "Il|[]" or (
                    DIGIT.search(lines[i]) and (i < HEADER_LINES or coded)):
                eds += [(*x, "fix_roman_numerals") for x in fix_roman_numerals(lines[i])]
                # (a code the edit holds written as the abbreviations are: "237/KH- SLDTBXH" → "-SLĐTBXH", the edit
                # keeping it from the abbreviations' fixer)
                raw = fix_document_numbers(lines[i], kind == "substitution", kind == "ocr_eng") \
                    if kind != "stripped" or coded else []
                for k, (a, b, rep, c) in enumerate(raw):
                    grown = _code_written_right(lines[i], a, b, rep, lex.abbreviations)
                    if grown[:2] != (a, b) and any(x[0] < grown[1] and grown[0] < x[1]
                                                   for j, x in enumerate(raw) if j != k):
                        grown = (a, b, rep)  # (the code after it has an edit of its own: "19561QBTTg", its slash's
                        # edit grown to "/QĐ-TTg" and the code's "QĐ-TTg" had both been applied, "1956/QĐ-TTgg", fresh
                        # seed 510 eng000)
                    eds += _clear_of(eds, [(*grown, c)], "fix_document_numbers")
                if kind != "stripped" or i < HEADER_LINES:  # (text without marks: the header's date only, "ngay 26
                    # thang O01 nam 2019", real Tesseract-eng on fresh seed 1794)
                    eds += [(*x, "fix_date_slashes") for x in fix_date_slashes(lines[i])]  # "ngay 28I5I2020"
            eds += [(*x, "fix_number_label") for x in fix_number_label(lines[i])]  # "S50: 73/KH-UBND"
            if i < HEADER_LINES and kind != "stripped":  # "ngay 16 Mang 06 nam 2020": tháng
                eds += _clear_of(eds, fix_month_word_in_a_date(lines[i]), "fix_month_word_in_a_date")
                eds += _clear_of(eds, fix_year_parted(lines[i]), "fix_year_parted")  # "nam 202‘ 2"
            if "V" in lines[i] or "T" in lines[i] or "W" in lines[i]:  # ("vT", "\\T": a code's; "-buu: WI")
                eds += [(*x, "fix_file_copy_label") for x in fix_file_copy_label(lines[i])]  # "- L}U:VT.": Lưu
            after = lines[i + 1] if i + 1 < len(lines) else ""  # (a quarter's number, a span's end may open it)
            if "u" in lines[i] or "U" in lines[i]:
                eds += [(*x, "fix_quarter_word") for x in fix_quarter_word(lines[i], after)]  # "Qu> III/2022": Quý
                if kind != "stripped":  # "Quy II2017": the slash read as a stroke (I/2017)
                    eds += _clear_of(eds, fix_quarter_slash(lines[i]), "fix_quarter_slash")
            if i and "L" in lines[i] and lines[i][:1] in " I" and kind != "stripped":  # "Quý" / "IIL2020."
                eds += _clear_of(eds, fix_quarter_opening_a_line(lines[i], lines[i - 1]), "fix_quarter_opening_a_line")
            if kind == "substitution" and i in positions:  # "PHa CH?TICH": PHÓ CHỦ TỊCH
                eds += [(*x, "restore_coded_position") for x in restore_coded_position(lines[i])]
                if i in under_marks and not eds:  # "caU TJCH" under "TMl. UY BAN": CHỦ TỊCH
                    a = len(lines[i]) - len(lines[i].lstrip())
                    eds.append((a, len(lines[i].rstrip()), under_marks[i], 0.85, "restore_coded_position"))
            elif i in under_marks:  # an OCR's "GIAMPOC" under the file copy: GIÁM ĐỐC
                a = len(lines[i]) - len(lines[i].lstrip())
                eds.append((a, len(lines[i].rstrip()), under_marks[i], 0.8, "restore_position_glued"))
            if kind == "substitution" and "BAN" in lines[i]:  # "CY BAN NH@N D@N": ỦY BAN NHÂN DÂN
                eds += _clear_of(eds, restore_coded_committee(lines[i]), "restore_coded_committee")
                eds += _clear_of(eds, restore_coded_behalf_mark(lines[i]), "restore_coded_behalf_mark")  # "TMT."
            if kind == "substitution" and "I" in lines[i][:6]:  # "II. cHI)TIEu": CHỈ TIÊU
                eds += _clear_of(eds, restore_coded_targets_heading(lines[i]), "restore_coded_targets_heading")
            elif kind in OCR_KINDS and "I" in lines[i][:6]:  # "II. bCHI TEU": CHỈ TIÊU
                eds += _clear_of(eds, targets_heading_misread(lines[i]), "fix_targets_heading")
            if "th" in lines[i]:  # "t} thang 3 d|n th9ng 10/2024": từ
                eds += [(*x, "fix_time_span_from") for x in fix_time_span_from(lines[i], after,
                                                                               lines[i - 1] if i else "")]
            if "LAO" in lines[i] and kind != "stripped":  # "S' LAO D6NG - THFGNG BINH": the department's name
                eds += _clear_of(eds, restore_labour_department_in_capitals(lines[i]),
                                 "restore_labour_department_in_capitals")
            if "Lao " in lines[i] and kind != "stripped":  # "Sở Lao động,=.Thương binh": the dash's specks
                eds += _clear_of(eds, fix_labour_dash_specks(lines[i]), "fix_labour_dash_specks")
            if "LA" in lines[i]:  # "SO LAODCNG - THU@NG BINH": LAO ĐỘNG
                eds += _clear_of(eds, fix_labour_glued(lines[i]), "fix_labour_glued")
            if "UBND" in lines[i] or "YBAN" in lines[i] or "BANNH" in lines[i]:  # "UBNDTUNH QUANG NAM": UBND TỈNH;
                # "UYBAN NHAN DAN", "ỦY BANNHÂNDÂN"
                eds += _clear_of(eds, fix_committee_glued(lines[i]), "fix_committee_glued")
            if "Th" in lines[i] or "TH" in lines[i] or "Ph" in lines[i] or "[h" in lines[i]:  # "- Thudng tre HDND
                # tinh;": Thường trực; "[hương trực"
                eds += _clear_of(eds, fix_standing_committee(lines[i]), "fix_standing_committee")
                if "-" in lines[i] or "–" in lines[i] or "H" in lines[i]:  # "Thường trực -Tỉnh ủy", "… HIðNBD tỉnh"
                    eds += _clear_of(eds, fix_dash_after_standing_committee(lines[i]),
                                     "fix_dash_after_standing_committee")
            if "Ch" in lines[i] or "CH" in lines[i] or (
                    "ND" in lines[i] and ("P" in lines[i] or "pc" in lines[i] or "pC" in lines[i])):
                # "- Chi tich, cac PCT UBND tinh;": Chủ tịch; "PHÓ CHỦ LỊCH"; the deputies alone ("các PcT UBND", the
                # title misread past it; a code's small p: "- chu tich, caelpcT UBND tinh;")
                eds += _clear_of(eds, fix_chairman_title(lines[i]), "fix_chairman_title")
            if "gay" in lines[i] and (
                    "tr" in lines[i] or "tn" in lines[i] or " r" in lines[i] or "tw" in lines[i]):  # ("hoitwo-C ngay")
                # "… Xa h9itruo-engay 07/12/2019.": hội trước ngày; "tnwaC)ngay"; "truo-cngay12I12I2024";
                # "truaelrgay"; its t lost, "Xa hoi ruo-C ngay"; its n read m, "truacmgay16I12I2019."
                eds += _clear_of(eds, fix_deadline_glued(lines[i]), "fix_deadline_glued")
            if i and lines[i].lstrip()[:1] in "-–—" and lines[i - 1].rstrip()[-2:] in TITLES_PLACE_TYPE_ENDS:
                # "… địa bàn huyện" / "- Long Mỹ năm 2024": the dash a speck
                eds += _clear_of(eds, fix_dash_speck_before_a_titles_place(lines[i], lines[i - 1]),
                                 "fix_dash_speck_before_a_titles_place")
            if ("ND" in lines[i] or "HDN" in lines[i]) and lines[i].lstrip()[:1] in "-+–•":  # "- Chu tich, cac
                # PCTuBND tilh;": tỉnh; "- Thường trực HDNItinh:": HĐND tinh
                eds += _clear_of(eds, fix_province_after_a_council(lines[i]), "fix_province_after_a_council")
                eds += _clear_of(eds, fix_speck_before_committee(lines[i]), "fix_speck_before_committee")  # "- bUBND"
            if "PH" in lines[i] and kind != "substitution":  # "PHD CHU TICH" (a code's own: restore_coded_position)
                eds += _clear_of(eds, fix_deputy_word(lines[i]), "fix_deputy_word")
            if kind == "substitution" and i < HEADER_LINES and ("HO" in lines[i] or "aO" in lines[i]):  # "KElHO';'CH",
                # "KEaO';'cH" (a scan's: below)
                eds += _clear_of(eds, fix_plan_type_line(lines[i]), "fix_plan_type_line")
            if "gi" in lines[i] or "GI" in lines[i]:  # "; thoigianthuc hien: Quý III/2019"
                eds += _clear_of(eds, fix_time_label(lines[i]), "fix_time_label")
            if kind in OCR_KINDS and any(c in lines[i] for c in ",.;"):  # "Don vi, phoi hop:", "thdi, gian thyc hién"
                eds += _clear_of(eds, fix_speck_inside_a_task_label(lines[i]), "fix_speck_inside_a_task_label")
            if ":" in lines[i] and kind != "stripped":  # "- DoVi chu tri: Sở Nội vụ": Đơn vị chủ trì
                eds += _clear_of(eds, fix_lead_label(lines[i]), "fix_lead_label")
                if kind == "substitution" or (kind == "ocr_eng" and "ph" in lines[i]):  # "danvi ph6iMgp:": đơn vị
                    # phối hợp (Tesseract-eng's too: "don vi ph6ihop:", sample 000's engine on fresh seed 11858
                    # eng000, the partner lost)
                    eds += _clear_of(eds, fix_partner_label(lines[i], kind == "substitution"), "fix_partner_label")
            if kind == "substitution" and "S" in lines[i]:  # "ph6i hgpVoiSa Tai chinh": với Sở
                eds += _clear_of(eds, fix_with_glued_to_the_head(lines[i]), "fix_with_glued_to_the_head")
            if "h" in lines[i] and ("," in lines[i] or ";" in lines[i]) and kind != "stripped":  # "chii ri, ph6i
                # hgp": chủ trì (or a semicolon after it: "chi tri; phi hop véi", fresh seed 692 eng)
                eds += _clear_of(eds, fix_lead_verb(lines[i]), "fix_lead_verb")
            if (" 6 ch" in lines[i] or " B ch" in lines[i]) and kind != "stripped":  # "dao t?o 6 chirc H9i thi": tổ
                # chức; a code's B for ổ: "nong hon B chirc"
                eds += _clear_of(eds, fix_organise_t_lost(lines[i]), "fix_organise_t_lost")
            place_span = None
            names: list[tuple[int, int]] = []  # the spans of names written as they are (left to no decoder)
            if i in name_lines:  # a space lost inside the name ("Tr}nDfC Phong"): its words' starts say where
                # (clear of a fixer's edit of the line: a code's position "PH9 GIAMllD9C", read as a name too, had been
                # made "PHÓ GIÁM ĐỐCC", fresh seed 1450 code004)
                eds += _clear_of(eds, [(a, a, " ", 0.8) for a in name_lines[i] if a and lines[i][a - 1].isalpha()],
                                 "split_glued_name")
                eds += _clear_of(eds, stops_inside_a_name(lines[i], name_lines[i]), "stops_inside_a_name")
            if kind in ("stripped", "ocr_eng") and i in name_lines:
                # "Phan Duc Long": a name, not "Phần Dục"
                fixed, names = restore_name_line(lines[i], name_lines[i], kind == "ocr_eng")
                eds += [(*x, "restore_name_line") for x in fixed]
            elif kind == "ocr_vie" and i in name_lines:  # "Định Xuân Quân": a family name's mark misread (Đinh)
                fixed, _family = misread_family_name(lines[i], name_lines[i])
                eds += [(*x, "restore_name_line") for x in fixed]
                eds += [(*x, "restore_name_line") for x in misread_middle_names(lines[i], name_lines[i])]  # "Ngốc"
                eds += [(*x, "restore_name_line") for x in misread_given_name(lines[i], name_lines[i])]  # "Hãng"
                # (the name's words as read, or so mended, are left by the decoder: its LM had made "Hà Anh Hương"
                # "Hà Ảnh Hưởng")
                names = [(a, _name_word_end(lines[i], a, name_lines[i])) for a in sorted(name_lines[i])]
            if not lines[i].islower() and i not in name_lines:  # (names are Capitalised; a signer's is no place's:
                # a code's "H9 Thanh H^ong" had become "Hà Thanh HBông", a commune's H'Bông, fresh seed 1492 code)
                # "Dak Lak" → "Đắk Lắk", "Krông Pắc" kept: a name no syllable of the lexicon spells
                fixed, spans = restore_highland_names(lines[i], kind == "substitution")
                eds += [(*x, "restore_highland_names") for x in fixed]
                names += spans
                # (a name a line break parts: "… huyện Ea" / "H'leo năm 2021")
                fixed, spans = highland_names_across_a_break(lines[i], lines[i - 1] if i else "",
                                                             lines[i + 1] if i + 1 < len(lines) else "",
                                                             kind == "substitution")
                eds += _clear_of(eds, fixed, "restore_highland_names")
                names += spans
            if dated is not None and i < dated[0]:  # "HUYEN HÉN PÉT" above "Hòn Đất, ngày": HÒN ĐẤT
                eds += _clear_of(eds, read_issuer_place(lines[i], HEADER_PLACE_CHANNELS[kind](), dated[1]),
                                 "read_issuer_place")
            if i in dated_reads:
                place_edits, place_span = dated_reads[i]
                if place_span:  # (the place the header names, as the gazetteer writes it: so wherever the text
                    # spells it — a highland name's too, "Đắk Nông" read above: fresh seed 1212 code004, the title's
                    # "tinh D~k Norg" had been "Đất Nông")
                    header_places.add(_place_as_named(place_edits[0][2] if place_edits else
                                                      lines[i][place_span[0]:place_span[1]]))
                if place_span and any(a < place_span[1] and place_span[0] < b for a, b in names):
                    place_edits, place_span = [], None  # a highland name's: read above
                eds += [(*x, "read_header_place") for x in place_edits]
            if i < HEADER_LINES and kind in OCR_KINDS and lines[i].lstrip()[:1].isupper():  # "LĨNH SƠN LA": TỈNH
                eds += _clear_of(eds, fix_issuers_type_word(lines[i]), "fix_issuers_type_word")
            if i < HEADER_LINES and kind != "stripped" and lines[i].lstrip()[:1] in ("T", "H", "U"):  # a code's
                # "T\lNHKON TUM": its space back
                eds += _clear_of(eds, split_type_word_glued_to_the_place(lines[i]), "split_type_word_glued")
                if "-" in lines[i]:  # "HUY~N QUY HO-P": Quỳ Hợp
                    eds += _clear_of(eds, drop_hyphen_inside_the_place(lines[i]), "drop_hyphen_inside_the_place")
            if i < HEADER_LINES and kind in OCR_KINDS and (named := _issuers_place_spelt(lines[i])) is not None:
                header_places.add(named)  # (the issuer's place its letters spell, one name of its type: "TINH SON LA"
                # above a date line whose "son La" the place-date pattern, a capital first, does not read — the title's
                # "… tỉnh Sơn" / "La năm 2020" had become "Là", real Tesseract-eng on fresh seed 4341)
            if header_places and any(c.isupper() for c in lines[i][1:]):  # "tinhLongAn": tỉnh Long An (a code's
                # three words in one token, whose reading had dropped "An")
                eds += _clear_of(eds, split_glued_place(lines[i], header_places), "split_glued_place")
            if kind == "substitution" and "ban" in lines[i]:  # "- caesa, ban, nganh;": Các sở, ban, ngành (fresh seed
                # 1531 code004; a scan's: in the block below)
                eds += _clear_of(eds, fix_departments_phrase(lines[i]), "fix_departments_phrase")
                if "banM" in lines[i] or "banh" in lines[i]:  # "dja banMuyen Ky Anh": bàn huyện
                    eds += _clear_of(eds, split_district_word_after_the_area(lines[i]), "split_district_word")
            if kind == "substitution" and AND_GLUED_BEFORE_A_CAPITAL.search(lines[i]):  # "Thuong binhvaXaM9i"
                eds += _clear_of(eds, split_departments_and_glued(lines[i]), "split_departments_and_glued")
            if kind == "substitution" and "UBND" in lines[i] and "uy" in lines[i]:  # "- UBNDeaehuy~n, thanh ph6;":
                # UBND các huyện (fresh seed 4915 code004; a scan's: in the block below)
                eds += _clear_of(eds, fix_districts_phrase(lines[i]), "fix_districts_phrase")
            if kind == "substitution" and ("S" in lines[i] or "B" in lines[i]):  # "SoTaichinh": Sở Tài chính (a code's
                # three words in one token, read "Soái chính")
                eds += _clear_of(eds, split_glued_agency(lines[i]), "split_glued_agency")
            if kind == "substitution" and "p" in lines[i]:  # "ngh~nghi~ptrendia": nghề nghiệp | trên địa
                eds += _clear_of(eds, [(at, at, " ", c) for at, c in split_coded_p_coda(lines[i])],
                                 "split_coded_p_coda")
            if kind == "substitution" and lines[i].lstrip()[:1] in ("C", "c"):  # "canCulThong tu": Căn cứ Thông tư
                eds += _clear_of(eds, split_glued_basis_opening(lines[i], True), "split_glued_basis_opening")
            if kind == "substitution" and "GIAM" in lines[i] and _DIRECTOR_OPENING.match(lines[i]):  # "GIAMT Đ6C": a
                # code's GIÁM ĐỐC opening its line (a deputy's is the decoder's, in its context: "PH<;> GIAM Đ6C", whose
                # PHÓ had been read "PHỐ" beside the edit, dev seed 404 code004)
                eds += _clear_of(eds, fix_director_title(lines[i]), "fix_director_title")
            if kind == "substitution" and "gay" in lines[i]:  # "tro-elgay 06/12I2016": trước ngày
                eds += _clear_of(eds, fix_coded_deadline_words(lines[i]), "fix_deadline_word")
            if kind == "substitution" and "th" in lines[i].lower():  # "t9 th,rng 5 den thang 6/2023": từ
                eds += _clear_of(eds, fix_coded_span_opening(lines[i]), "fix_coded_span_opening")
            if kind == "stripped" and ("S" in lines[i] or "B" in lines[i]):  # "SG Nong nghiep": Sở (text
                # Tesseract-eng left without marks looks stripped, and the stripped channel reads no misread letter;
                # the OCR channels read such a head with its context, which a fixer's edit would take from the decoder)
                eds += _clear_of(eds, restore_agency_heads(lines[i], lex), "restore_agency_heads")
            if kind in OCR_KINDS:
                eds += [(*x, "fix_part_numerals") for x in fix_part_numerals(lines[i])]  # "phu luc 1l" → "II"
                if "%" in lines[i] or "°" in lines[i] or "»" in lines[i] or "cho " in lines[i] or "sinh " in lines[i]:
                    # ("dat 61,0°", "dat 60,9».": its sign read as a degree sign or a guillemet; "cho P1.600 lao
                    # dong": a speck's capital before a count)
                    eds += [(*x, "fix_decimal_comma") for x in fix_decimal_comma(lines[i])]  # "đạt 79;3%"
                elif '"' in lines[i] or "”" in lines[i] or "“" in lines[i]:  # "đạt 79,3","
                    eds += _clear_of(eds, fix_percent_read_as_quote(lines[i]), "fix_percent_read_as_quote")
                elif "," in lines[i] or "." in lines[i]:  # "Tỷ lệ … đạt 78,39,": the sign read as figures (78,3%;
                    # Tesseract-eng's too: "dat 77,45.", fresh seed 657 eng; its comma a stop, "đạt 77.594.", 722 scan)
                    eds += _clear_of(eds, fix_percent_read_as_figures(lines[i]), "fix_percent_read_as_figures")
                if kind == "ocr_vie" and "I" in lines[i]:  # "Cao lIlữu Thủy": an H read as three strokes (Hữu)
                    eds += _clear_of(eds, fix_h_read_as_strokes(lines[i]), "fix_h_read_as_strokes")
                if kind in OCR_KINDS and "]" in lines[i]:  # "cho 2.000 ]ao động": lao
                    eds += _clear_of(eds, fix_bracket_read_for_l(lines[i]), "fix_bracket_read_for_l")
                if kind == "ocr_vie":  # "PHÓO CHỦ TỊCH", "Huỷỳnh": a vowel read twice
                    eds += _clear_of(eds, fix_vowel_read_twice(lines[i], lambda w: lex.uni.get(w, 0.0)),
                                     "fix_vowel_read_twice")
                if "ng-" in lines[i]:  # "đến thang-8/2024"
                    eds += _clear_of(eds, fix_month_dash(lines[i]), "fix_month_dash")
                if "ng " in lines[i] or "NG " in lines[i]:  # "dén thang 1 1/2022", "thang ‘ 2", "thang 6/I2022"
                    eds += _clear_of(eds, fix_month_number_specks(lines[i]), "fix_month_number_specks")
                    if "n th" in lines[i]:  # "thang r4 dén thang 10/2017"
                        eds += _clear_of(eds, fix_span_month_speck(lines[i]), "fix_span_month_speck")
                if ("y " in lines[i] or "m " in lines[i]) and i < HEADER_LINES:  # "Hai Phong, ngay b25 thang 06",
                    # "thang r11 nam 2016", "nam r2021"
                    eds += _clear_of(eds, fix_day_speck(lines[i]), "fix_day_speck")
                if "y " in lines[i] and "/" in lines[i]:  # "trudc ngay 2‘ 2/12/2021"
                    eds += _clear_of(eds, fix_day_figures_speck(lines[i]), "fix_day_figures_speck")
                if ("/" in lines[i] or "y " in lines[i]) and " " in lines[i] and i and kind in OCR_KINDS:  # "… trước
                    # ngay" / "20 12/2019,"; "ngay 22 12 2023."
                    eds += _clear_of(eds, fix_date_slash_as_space(lines[i], _written_line_before(lines, i)),
                                     "fix_date_slashes")
                    eds += _clear_of(eds, fix_day_letters_before_slash(lines[i]), "fix_day_letters_before_slash")
                if ":" in lines[i] or ";" in lines[i] or "ng Th" in lines[i]:  # "Sở Lao động : Thương binh và Xã
                    # hội", "Bo Lao dong Thuong binh va Xa hdi;"
                    eds += _clear_of(eds, fix_labour_dash(lines[i]), "fix_labour_dash")
                if "?" in lines[i]:  # "- Chui tich; cac PCT BND tinh?": an item's end
                    eds += _clear_of(eds, fix_item_ending_asks(lines[i]), "fix_item_ending_asks")
                if "a." in lines[i] or "à." in lines[i] or "a:" in lines[i]:  # "Sở Giáo dục và. Đào tạo"
                    eds += _clear_of(eds, fix_speck_after_and(lines[i], lines[i + 1] if i + 1 < len(lines) else ""),
                                     "fix_speck_after_and")
                if "/" in lines[i]:  # "từ tháng 7 dén Cheng 11/2019"
                    eds += _clear_of(eds, fix_end_month_word(lines[i]), "fix_end_month_word")
                    if "/4" in lines[i] and kind in OCR_KINDS:  # "ngay 05/42/2024": 12
                        eds += _clear_of(eds, fix_month_one_read_as_four(lines[i]), "fix_date_slashes")
                if ":" in lines[i] or ";" in lines[i] or "." in lines[i] or " 0" in lines[i]:  # "Tuyển sinh 5:900
                    # người", "cho 1. 550", "cho 3  00"
                    eds += _clear_of(eds, fix_thousands_stop(lines[i]), "fix_thousands_stop")
                if "." in lines[i] or "," in lines[i]:  # "Tuyển sinh L.300 người"
                    eds += _clear_of(eds, fix_count_one_read_as_letter(lines[i]), "fix_count_one_read_as_letter")
                if " n" in lines[i] or "-n" in lines[i]:  # "Tuyển sinh 1.400 ng oi.", "4.200 newoi.", "3.700-nevol:"
                    eds += _clear_of(eds, fix_count_unit_parted(lines[i]), "fix_count_unit_parted")
                if "M." in lines[i] or "T." in lines[i] or "L." in lines[i] or "BAN" in lines[i] or "Kr " in lines[i]:
                    # "T™M. ỦY BAN", "TI. UY BAN", "KTL. CHỦ TỊCH", "Kr CHU TICH"
                    eds += _clear_of(eds, fix_behalf_mark(lines[i]), "fix_behalf_mark")
                if "T" in lines[i] and i < HEADER_LINES:  # "ngày, T9 tháng: T0 năm 2022"
                    eds += _clear_of(eds, fix_date_one_read_as_t(lines[i]), "fix_date_one_read_as_t")
                if "ng" in lines[i] and i < HEADER_LINES:  # "ngày 24 tháng Ol năm 2017"
                    eds += _clear_of(eds, fix_date_letters_read_as_figures(lines[i]),
                                     "fix_date_letters_read_as_figures")
                if "ban" in lines[i] or "băn" in lines[i] or "bân" in lines[i] or "ạn" in lines[i] or \
                        "bạn" in lines[i]:  # "- Cac 6, ban, nganh;": sở; "- Gác sử, hạn, hgànl"
                    eds += _clear_of(eds, fix_departments_phrase(lines[i]), "fix_departments_phrase")
                if "UBND" in lines[i] and ("huy" in lines[i] or "}uy" in lines[i]):  # "- UBND các huyện thành phố":
                    # its comma lost; "cac}uy¢n", its h a brace
                    eds += _clear_of(eds, fix_districts_phrase(lines[i]), "fix_districts_phrase")
                if "CH" in lines[i] or "Ch" in lines[i]:  # "II. CHi TEU"
                    eds += _clear_of(eds, fix_targets_heading(lines[i]), "fix_targets_heading")
                    if i < HEADER_LINES:  # "KF HOACH"
                        eds += _clear_of(eds, fix_plan_type_line(lines[i]), "fix_plan_type_line")
                if "TH" in lines[i] and "PH" in lines[i] and i < HEADER_LINES:  # "THANEL PHILO BA RIA"
                    eds += _clear_of(eds, fix_city_words(lines[i]), "fix_city_words")
                if "GI" in lines[i] or "AM" in lines[i] or "ÁM" in lines[i] or "GLI" in lines[i] or \
                        "VM " in lines[i]:  # "GIAM DOG", "GEVM ĐÓC"
                    eds += _clear_of(eds, fix_director_title(lines[i]), "fix_director_title")
                if "XA" in lines[i] or "XÃ" in lines[i]:  # "VAXAHOI", "vA XAHOI"
                    eds += _clear_of(eds, fix_and_social_affairs(lines[i]), "fix_and_social_affairs")
                if "Qu" in lines[i] or "qu" in lines[i]:  # "Quý 11/2023"
                    eds += _clear_of(eds, fix_quarter_numerals(lines[i]), "fix_quarter_numerals")
                if i and "/" in lines[i] and lines[i - 1].rstrip()[-2:] in ("ng", "NG"):  # "… den thang" / "LO/2017."
                    eds += _clear_of(eds, fix_month_letters_after_a_break(lines[i], lines[i - 1]), "fix_date_slashes")
                if i and ("Qu" in lines[i - 1] or "qu" in lines[i - 1]):  # "… Quy" / "11/2017."
                    eds += _clear_of(eds, fix_quarter_number_after_break(lines[i], lines[i - 1]),
                                     "fix_quarter_numerals")
                if "-S" in lines[i]:  # "76/KH-S6LbTBXH": the department's code whole, before its part is read alone
                    eds += _clear_of(eds, fix_department_code_speck(lines[i], lex.abbreviations), "fix_document_codes")
                if "/" in lines[i] and "-" in lines[i]:  # "43/KšH-UBND"
                    eds += _clear_of(eds, fix_speck_inside_a_type_code(lines[i]), "fix_document_codes")
                misread = fix_misread_abbreviations(lines[i], lex.abbreviations)  # "UEBND", "LIBND": UBND
                eds += _clear_of(eds, misread, "fix_misread_abbreviations")
                if i < HEADER_LINES and ("." in lines[i] or "," in lines[i]):  # "trên địa bàn tỉnh. Hà Nam"
                    eds += _clear_of(eds, fix_speck_after_a_titles_place_type(lines[i]),
                                     "fix_speck_after_a_titles_place_type")
                if "-" in lines[i] and i < HEADER_LINES:  # "THỊ-XÃ KỲ ANH"
                    eds += _clear_of(eds, fix_hyphen_inside_a_header_term(lines[i], _place_syllable_pairs()),
                                     "fix_hyphen_inside_a_header_term")
                if "." in lines[i] and "/" in lines[i]:  # "43/2016/TT.BLĐTBXH"
                    eds += _clear_of(eds, fix_stop_inside_a_document_code(lines[i], lex.abbreviations),
                                     "fix_stop_inside_a_document_code")
            if kind != "stripped":  # "24/C1-TTg" (a scan), "43/2016/TT-BLPTBXH" (a code's Đ as P)
                if "g ng" in lines[i]:  # "522/OD-T Ig ngay": QĐ-TTg (the code whole, before its parts are read)
                    eds += _clear_of(eds, fix_spaced_national_code(lines[i]), "fix_spaced_national_code")
                eds += _clear_of(eds, fix_document_codes(lines[i], lex.abbreviations), "fix_document_codes")
                if "/20" in lines[i] and ("ng t" in lines[i] or "ng T" in lines[i] or "TBXH" in lines[i]):  # "Thong tu
                    # so 43/2016/1E-BLDTBNH"; "43/2016 TEBLDTBXH" after a break
                    eds += _clear_of(eds, fix_circulars_code(lines[i]), "fix_document_codes")
                if "-TT" in lines[i] or "-TP" in lines[i] or "-TF" in lines[i] or "-PTg" in lines[i] or \
                        "-FTg" in lines[i] or "1TTg" in lines[i]:  # "46/2015/QĐ-TT ngày … của Thủ tướng": its g
                    # lost; "QD-TPs", its T and g misread; "QD-PTg", "QD-1TTg"
                    eds += _clear_of(eds, fix_prime_ministers_code(lines[i], after), "fix_prime_ministers_code")
            if kind == "substitution":  # a code writes Đ as P ("HPND" HĐND), the only misreading a code makes
                misread = fix_misread_abbreviations(lines[i], lex.abbreviations)
                eds += _clear_of(eds, [x for x in misread if x[1] - x[0] == len(x[2])], "fix_misread_abbreviations")
                # … and small letters of its capitals' shapes ("PCT uBND")
                eds += _clear_of(eds, fix_abbreviation_small_letters(lines[i], lex.abbreviations),
                                 "fix_abbreviation_small_letters")
            # (each clear of the edits before it: "43/2016/TTBLDTBXH", which fix_document_codes parts "TT-BLĐTBXH",
            # had had fix_abbreviations' and split_glued_codes' edits of the same letters applied too: "TTBLĐTBXHHH")
            eds += _clear_of(eds, fix_abbreviations(lines[i], lex.abbreviations), "fix_abbreviations")
            # "QD-TTgngay28/9I2015cua": ngày and its date put apart (the code's protected span ends there too)
            dated_cuts = split_date_glued_after_a_code(lines[i]) if "ng" in lines[i] and "/" in lines[i] else []
            eds += _clear_of(eds, dated_cuts, "split_date_glued_after_a_code")
            cuts = dated_cuts + split_glued_codes(lines[i], lex.abbreviations)  # "73/KH-UBNDHà Nội": after "UBND"
            # (but not after a slash a fixer put for a stroke: "15/20191ND -CP" is 2019/NĐ, no "2019/ NĐ")
            slashes = {e[1] for e in eds if e[2] == "/"}
            # (nor inside a code whose end a fixer already parted from the word glued to it: "TT-BLPTBXHngay 28/12" is
            # BLĐTBXH and "ngay", not "BLPTBX" and "Hngay" — real Tesseract-eng's "… Hà ngày", fresh seed 3197 eng000)
            parted = [e[1] for e in eds if e[2].endswith(" ") and e[4] == "fix_document_numbers"]
            eds += _clear_of(eds, [c for c in cuts if c[0] not in slashes and not any(
                c[0] < at and " " not in lines[i][c[0]:at] for at in parted)], "split_glued_codes")
            # "tịchUBND", "UBNDcác": a lost space beside an abbreviation (the tokenizer parts them there)
            eds += _clear_of(eds, split_glued_abbreviations(lines[i], lex.abbreviations), "split_glued_abbreviations")
            numerals = split_glued_numerals(lines[i]) if kind != "stripped" else []  # "PHU LUCI": "LUC I"
            # (a space none of them puts inside an edit before it: "Quy 11lI2023" is "III/2023", no "III/I2023")
            eds += _clear_of(eds, [(at, at, " ", conf) for at, _end, conf in numerals], "split_glued_numerals")
            if "S" in lines[i] and (kind in OCR_KINDS or kind == "substitution"):  # "véiS¢ Nong": với Sở; a code's
                # "voiSaKS ho?ch"
                eds += _clear_of(eds, _spaces(split_agency_head_glued(lines[i], kind == "substitution")),
                                 "split_agency_head_glued")
            if kind == "substitution" and "o" in lines[i] and "ngh" in lines[i]:  # "ngh~eMo1.850": nghề cho 1.850
                eds += _clear_of(eds, fix_for_glued_before_a_count(lines[i]), "fix_for_glued_before_a_count")
            eds += _clear_of(eds, _spaces(split_glued_date_words(lines[i])),
                             "split_glued_date_words")
            if "pam" in lines[i]:  # "nghi~pam2017", "nghiepam 2019": nghiệp năm
                eds += _clear_of(eds, fix_year_word_its_n_lost(lines[i]), "split_glued_date_words")
            if "1" in lines[i]:  # "cho 2001ao d9ng": 200 lao động (an l read as a 1 glued to the count)
                eds += _clear_of(eds, fix_l_read_as_one_after_a_count(lines[i]), "fix_l_read_as_one_after_a_count")
            eds += _clear_of(eds, _spaces(split_glued_counts(lines[i])),  # "sinh300"
                             "split_glued_counts")
            if kind == "substitution" or kind in OCR_KINDS:  # "tháng 5d{n": 5 đến, "dưới 3thang"
                starts = {e[0] for e in eds if e[1] > e[0] and e[2].isdigit()}  # (no space where an edit reads
                # figures: "Số: 3LI/KH" had become "3 11/KH", the number's 1s read, real Tesseract-eng on fresh seed
                # 5012; a word's edit there keeps its space, "tháng 5d{n": 5 đến)
                eds += _clear_of(eds, [x for x in _spaces(split_number_before_word(lines[i], ocr=kind in OCR_KINDS))
                                       if x[0] not in starts], "split_number_before_word")
            # the national name and motto: mended ("Doe lap - Tudo - Hanh phuc"), or, written right on a line with
            # none to mend, left as by the pass that mended them (idempotence)
            national, national_kept = read_national_header(lines[i]) if i < HEADER_LINES else ([], [])
            if national:
                eds = [x for x in eds if not any(x[0] < b and a < x[1] for a, b, *_r in national)]
                eds += [(*x, "restore_national_header") for x in national]
                national_kept = []
            if i in heading_numbers and (kind != "stripped" or not DIGIT.search(lines[i], *heading_numbers[i][:2])):
                a, b, rep, conf = heading_numbers[i]  # (text with no marks: no Arabic "1." made a Roman one)
                eds = [x for x in eds if x[1] <= a or x[0] >= b] + [(a, b, rep, conf, "fix_heading_numbers")]
            elif i in item_numbers and (kind in OCR_KINDS or (kind == "stripped" and _STROKES_AS_LETTERS.search(
                    lines[i], *item_numbers[i][:2]))):  # (text with no marks: an OCR's "IL. Gắn kết", no "I.", "1-")
                a, b, rep, conf = item_numbers[i]
                eds = [x for x in eds if x[1] <= a or x[0] >= b] + [(a, b, rep, conf, "fix_item_numbers")]
            pre[i] = eds = _one_space_each(eds)
            protected[i] = [(s, e) for s, e, *_r in eds] + ([place_span] if place_span else []) + names + national_kept
            # (a speck a fixer reads as a space between two letters parts the decoder's words there too, where the
            # edit's span had kept the whole token from the decoder: "Thường.trực" in a code, the stop one token's;
            # the code's space written l, "SalNong", for which this was made, is put back before the words are read,
            # above, so that the words beside it are each other's context)
            protected[i] += [x for s, e, rep, *_r in eds if rep == " " and e == s + 1 and lines[i][s] != " "
                             and lines[i][s - 1:s].isalpha() and lines[i][e:e + 1].isalpha() for x in ((s, s), (e, e))]
            # (between two letters only: "so'4312016" is số and its number, which a fixer reads after the decoder)
            m = ROMAN_AT_START.match(lines[i]) or LIST_AT_START.match(lines[i]) or ROMAN_ROW.match(lines[i])
            if m:
                protected[i].append((m.start(1), m.end(1)))
            if "I" in lines[i] or "V" in lines[i] or "X" in lines[i]:  # "Phụ lục I", "Mục V", "PHẦN IV"
                protected[i] += numbered_part_numerals(lines[i]) + [(at, end) for at, end, _c in numerals]
            # protect document numbers / codes with digits and slashes, web addresses and e-mail addresses
            # (each pattern only where the line holds a character it needs: most lines hold none)
            line = lines[i]
            if "/" in line or "-" in line:
                # (but two words a hyphen a scan read joined, "NHAN-DAN", or "UBND" and its place's type, "UBND-THANH
                # PHO": no code, the words are read; the type had been left "THANH", fresh seed 599 eng)
                parted = [a for a, _b, _r, _c, name in eds
                          if name in ("fix_hyphen_inside_a_header_term", "fix_committee_glued")]
                protected[i] += [(m.start(), min([c for c, *_x in cuts if m.start() < c < m.end()] or [end]))
                                 for m in DOCNUM_RE.finditer(line) if (end := _code_end(m)) is not None
                                 and not any(m.start() < a < m.end() for a in parted)
                                 and not _syllables_joined(m.group(), lex)]
            if "." in line:
                protected[i] += [(m.start(), m.end()) for m in SIGNATURE_MARK.finditer(line)]
                protected[i] += [(m.start(), m.end()) for m in ETC_ABBR.finditer(line)]
                if kind != "substitution":  # initials are letters, not words ("P.T.T." was "A.Ú.Ứ.")
                    protected[i] += [(m.start(), m.end()) for m in INITIALS.finditer(line)]
            if ("V" in line or "T" in line) and (m := FILE_COPY.match(line)):  # the file copy's "VT" in any line's
                # case: "- Lfiu: VT."
                protected[i].append(m.span(4))  # is no "VÀ"
            if WEB_HINT.search(line):
                protected[i] += [(m.start(), m.end()) for m in WEB_RE.finditer(line)]
            if kind == "ocr_vie":
                protected[i] += [(m.start(), m.end()) for m in PERSON_NAME.finditer(line)]
            if kind != "substitution" and "&" in line:  # "công ty A&B": its letters are no words ("Á")
                protected[i] += [(m.start(), m.end()) for m in AMP_ABBR_WORD.finditer(line)]
            # an abbreviation already written right ("NĐ", "QĐ") is protected as one the fixer just
            # restored is ("ND" → "NĐ"), so a second pass over the output decodes the same tokens
            if "Đ" in line:
                protected[i] += [(m.start(), m.end()) for m in ABBR_WORD.finditer(line) if m.group(0) in abbr_forms]
        if kind == "stripped":
            ch = stripped_channel()
        elif kind == "ocr_vie":
            ch = ocr_vie_channel()
        elif kind == "ocr_eng":
            ch = load_eng_channel()
        else:
            ch = default_subst_channel()
        seen_lines: dict[int, tuple] = {}  # a line's tokens, for every pass over it
        if kind == "substitution" and EM_ITERATIONS > 0:
            # the first pass only supplies sure pairs for the symbol table: a spread sample of lines,
            # without neighbour-suggested candidates, does (the default code's generator serves every document of the
            # process, and its memos are the last document's code's, each a glued token's pairs and the like: they go
            # — its candidate cache stays — so a batch of documents in many codes does not keep them all)
            generator_for(lex, ch).memos.clear()
            results, nt, gen = _decode_lines(lines, _sample_lines(lines, idx, EM_SAMPLE_TOKENS), kind, lex, ch,
                                             protected, context=False, seen_lines=seen_lines)
        else:
            # (Vietnamese OCR reads a name's syllables well: only a family name it misread is mended, above)
            results, nt, gen = _decode_lines(lines, idx, kind, lex, ch, protected,
                                             name_lines=name_lines if kind != "ocr_vie" else None)
        if kind == "substitution":
            for _it in range(EM_ITERATIONS):
                pairs = []
                for res in results.values():
                    for _s, _e, tok, new, mg in res:
                        if new != tok and mg > 2.0 and " " not in new:
                            pairs.append((new.lower(), _prep(tok, kind)))
                # a heading a fixer read whole still teaches the code its words' stand-ins, as the decoder's reading
                # of it had ("CH? TI^U": ? is ỉ; without it held-out seed 1318 code read "UBND t?nh" as "thành")
                # (so does the recipients' "Các sở, ban, ngành" read whole: "Cac sa, ban, nganh", its "sa" Sở — without
                # it the identity corpus's 2103_code had read "Sa" as Sở at a margin of 0.5)
                pairs += [(new.lower().strip(",.;:"), _prep(tok.strip(",.;:"), kind)) for i in results
                          for s, e, rep, _c, name in pre[i]
                          if name in _FIXERS_THAT_TEACH_THE_CODE and len(words := lines[i][s:e].split()) ==
                          len(rep.split()) for tok, new in zip(words, rep.split(), strict=True) if new != tok]
                table = learn_doc_table(pairs)
                ch = subst_channel(table, learn_doc_rates(pairs, table), learn_symbol_floors(pairs))
                results, nt, gen = _decode_lines(lines, idx, kind, lex, ch, protected, seen_lines=seen_lines,
                                                 name_lines=name_lines)
                release_channel(ch)  # this document's own: its caches go now, not at a full collection
        if kind == "ocr_eng" and ADAPT_ENG:
            # opt-in: learn this scan's own confusions from its sure readings, then decode again with them
            # (about twice the decoding time; README "Accuracy of the repair" has the measured gain)
            pairs = [(canonical(new.lower()), tok.lower()) for res in results.values()
                     for _s, _e, tok, new, mg in res if new != tok and mg > ADAPT_MARGIN and " " not in new]
            table = learn_eng_table(pairs, ch)
            if table:
                own = adapted_channel(ch, table)
                results, nt, gen = _decode_lines(lines, idx, kind, lex, own, protected, name_lines=name_lines)
                release_channel(own)
        ntok += nt
        fixer = FIXER_NAME[kind]
        for i in idx:
            edits = []
            for s, e, rep, conf, name in pre[i]:
                edits.append((s, e, rep, conf))
                changes.append(TextChange(i + 1, s, lines[i][s:e], rep, conf, name))
                if conf < FIXER_GUESS:
                    uncertain.append(changes[-1])
            for s, e, _tok, new, mg in results.get(i, []):
                conf = round(1.0 / (1.0 + pow(2.718281828, -mg)), 3)
                was = lines[i][s:e]  # (the token's text but for a syllable a scan parted: "N Ong" read as "Nong")
                if new != was:
                    changed += 1
                    edits.append((s, e, new, conf))
                    changes.append(TextChange(i + 1, s, was, new, conf, fixer))
                if mg < UNCERTAIN_MARGIN:
                    uncertain.append(TextChange(i + 1, s, was, new, conf, fixer))
            out = apply_edits(lines[i], edits)
            if out.endswith("nam") and i + 1 < len(lines):  # "… Tân Hồng nam" / ", 2017": năm
                out = _recorded(out, i, fix_years_word_at_a_break(out, lines[i + 1]), "fix_years_word_at_a_break",
                                changes)
            if kind in OCR_KINDS:
                # a speck between two repaired words ("giáo.dục"): found in the repaired line, whose columns
                # its changes give (the words beside it, digits or marks before, are words only now)
                out = _recorded(out, i, split_speck_joined_words(out), "split_speck_joined_words", changes)
                out = _recorded(out, i, fix_small_letter_read_large(out), "fix_small_letter_read_large", changes)
                if "-" in out:  # "giáo-dục": a speck's hyphen inside a word (Viet74K's words, read on first use)
                    out = _recorded(out, i, fix_hyphen_inside_a_word(out, two_syllable_words()),
                                    "fix_hyphen_inside_a_word", changes)
            elif "số)" in out:  # a code's bracket for the space: "Chỉ thị số)24/CT-TTg"
                out = _recorded(out, i, fix_speck_after_the_number_word(out), "split_speck_joined_words", changes)
            if kind == "substitution" and ("," in out or ";" in out):  # "chủ trì,phối hợp": the space lost (SUB_SPLIT)
                out = _recorded(out, i, space_after_comma(out), "space_after_comma", changes)
            if "ngày" in out or "năm" in out or (kind == "substitution" and "tháng" in out):  # "trước ngày08/12/2022":
                # a day's word the decoder read glued to its number ("trujCngl,ry08", two words and the number run
                # together), a code's month the decoder parted from the words it was glued to ("hang4I2024" read
                # "tháng4I2024")
                out = _recorded(out, i, _spaces(split_glued_date_words(out)),
                                "split_glued_date_words", changes)
            if "%" in out:  # "đạt68,4%": a percentage glued to a word the decoder read (a code's "P$t68,4%")
                out = _recorded(out, i, _spaces(split_glued_counts(out)),
                                "split_glued_counts", changes)
                if "đạt " in out:  # "đạt 6 1,9%"
                    out = _recorded(out, i, fix_rate_parted(out), "fix_rate_parted", changes)
            if "/T" in out or "/Q" in out or "/C" in out or "/N" in out:  # "Tháng tám 43/2016/TT-BLĐTBXH": Thông tư số
                out = _recorded(out, i, fix_cited_type_words(out), "fix_cited_type_words", changes)
            if kind in OCR_KINDS and (" người" in out or " lao động" in out or " học viên" in out):  # "b800 người"
                out = _recorded(out, i, fix_letter_glued_before_a_count(out), "fix_letter_glued_before_a_count",
                                changes)
            if "- " in out or " -" in out:  # "Phan Rang- Tháp Chàm", "Lao động- Thương binh": " - "
                out = _recorded(out, i, fix_hyphen_spacing(out), "fix_hyphen_spacing", changes)
            if "diaban" in out or "dia ban" in out or "địa ba" in out or "dja" in out:  # "trên diabantinh Tiền
                # Giang": địa bàn tỉnh; "treldjaban huyện"
                out = _recorded(out, i, fix_area_phrase_run_together(out), "fix_area_phrase_run_together", changes)
            if ("_" in out or "dục" in out or " ." in out or "©" in out or "®" in out or "°" in out or "•" in out) \
                    and kind in OCR_KINDS:  # "giáo dục _nghề nghiệp", "giáo
                # dục: nghề", "Phát triển, giáo dục nghề nghiệp", "lao .động"
                out = _recorded(out, i, fix_underscore_speck(out), "fix_underscore_speck", changes)
            if ("lao" in out and "lao động nông thôn" not in out) or "khai" in out or "cơ quan," in out or (
                    "Đào tạo " in out and "Đào tạo nghề cho " not in out) or (
                    "giáo " in out and "giáo dục nghề" not in out) or (
                    "công " in out and "công tác giáo dục" not in out) or "cho" in out:  # "lao
                # dongnengthen năm 2018": động nông thôn; "Triển khaieongtac": khai công tác
                out = _recorded(out, i, fix_phrase_run_together(out, two_syllable_words()), "fix_phrase_run_together",
                               changes)
            if "-năm" in out or "năm-" in out or "- năm" in out:  # "nông thôn-năm 2020": a speck's hyphen
                out = _recorded(out, i, fix_hyphen_around_year_word(out), "fix_hyphen_around_year_word", changes)
            if "ừ " in out and " đến tháng " in out:  # "từ _ 7 đến tháng 11/2020": the span's "tháng" lost
                out = _recorded(out, i, fix_span_opening_month_word(out), "fix_span_month_speck", changes)
            if "/" in out and " ngày " in out:  # "43/2016/TT-BLĐTBXH ngày 28/12/2056": the number's year
                out = _recorded(out, i, fix_cited_dates_year(out), "fix_cited_dates_year", changes)
            if "/" in out:  # "Quyết định sa 46/2015/QĐ-TTg": số
                out = _recorded(out, i, fix_number_word_before_document(out, out_lines[i - 1] if i else ""),
                                "fix_number_word_before_document", changes)
            if " ng" in out or " T" in out or " lao" in out or " hảo" in out or "sinh " in out or " cao đẳng" in out:
                # "Tuyển sinh 3.500 ngoài.": người
                # (its count and space before it); "cho 300 Tạo động", "cho 1.700 hảo động": lao; "cho 1.550 lao: động"
                out = _recorded(out, i, fix_count_unit_word(out), "fix_count_unit_word", changes)
            if kind != "stripped" and out.lstrip()[:1] in "Cc":  # "cần có chỉ thị số 24/CT-TTg": Căn cứ
                out = _recorded(out, i, fix_basis_opening(out), "fix_basis_opening", changes)
            if kind != "stripped" and ("ngày" in out or "báo" in out):  # "… Xã hội thảo ngày 11/12/2021.": trước (or
                # "ngày" opening the next line: "… Xã hội trụ đốc" / "ngay 17/12/2016.")
                out = _recorded(out, i, fix_deadline_word(out, _written_line_before(out_lines, i),
                                                          _written_line_after(lines, i)), "fix_deadline_word", changes)
                # (the date's line after a blank one too: "… Xã hội tree ngày" / "" / "22/12/2047,", real Tesseract-eng
                # on 1838; and the sentence's line before one: "… Xã hội" / "" / "từ việc ngày 13/12/2022.", 2840)
            if i and "/" in out and out.lstrip()[:1] in "tT":  # "… đến" / "thống 9/2022.": tháng
                out = _recorded(out, i, fix_end_month_word_after_a_break(out, _written_line_before(out_lines, i)),
                                "fix_end_month_word", changes)
            if out.rstrip().endswith(("và -", "và–", "và –", "và-")):  # "… Sở Giáo dục và -" / "Đào tạo"
                out = _recorded(out, i, fix_hyphen_after_and_ending_a_line(out, _written_line_after(lines, i)),
                                "fix_hyphen_after_and_ending_a_line", changes)
            if i < HEADER_LINES and kind in OCR_KINDS and (out.lstrip()[:4] == "UBND" or out.lstrip()[:2] in (
                    "TỈ", "HU", "QU") or "." in out[:12] or ":" in out[8:]):  # "UBND- TỈNH. LONG AN", "Số: 1.77/KH",
                # "Tây:Ninh, ngày"
                out = _recorded(out, i, fix_specks_in_the_issuers_line(out), "fix_specks_in_the_issuers_line",
                                changes)
            if out.lstrip()[:1] == "”" and kind in OCR_KINDS:  # "” Thực hiện Quyết định …": a speck's closing quote
                out = _recorded(out, i, fix_closing_quote_opening_a_line(out), "fix_closing_quote_opening_a_line",
                                changes)
            if i < HEADER_LINES and out.lstrip()[:1] in "“”\"‘’'`" and kind in OCR_KINDS:  # "“ỦY BAN NHÂN DÂN"
                out = _recorded(out, i, fix_quote_opening_a_header_line(out), "fix_quote_opening_a_header_line",
                                changes)
            if i and out.lstrip()[:1] in "-–~_.'‘’`":  # "… trước ngày" / "-25/12/2018.": a speck before the date
                before = _written_line_before(out_lines, i)
                out = _recorded(out, i, fix_speck_opening_a_date(out, before), "fix_deadline_word", changes)
                out = _recorded(out, i, fix_dash_before_a_labels_agency(out, before),
                                "fix_task_field_label", changes)  # "… phối hợp:" / "- sở Công Thương"
                if out.lstrip()[:1] == "~" and kind in OCR_KINDS:  # "- Thường trực Tỉnh ủy;" / "~'Bộ Lao động …"
                    out = _recorded(out, i, fix_tilde_for_an_items_dash(out, before), "fix_tilde_for_an_items_dash",
                                    changes)
            if out.rstrip().endswith((":.", ":,", ": .")) and kind in OCR_KINDS:  # "thời gian thực hiện:." / "Quý IV"
                out = _recorded(out, i, fix_speck_after_a_label_ending_the_line(out), "fix_task_field_label", changes)
            if "nam" in out or " n" in out or "làm " in out:  # "Vũ Quang nam 2024": năm (the place had made the LM
                # read "Quảng nam"; read after the decoder, whose context the year's word stays); "nghiệp làm 2018"
                out = _recorded(out, i, fix_year_word(out, _written_line_after(lines, i)), "fix_year_word", changes)
                # (the year's line after a blank one: "… tỉnh Thái Bình nam" / "" / "2022", real Tesseract-eng on fresh
                # seed 5238, the title lost)
            if out.rstrip()[-1:] in ".,;:'‘’`—–~-0123456789" and ("năm" in out or "ngày" in out or "tháng" in out):
                # "… năm." / "2022"; "… từ tháng:" / "4 đến tháng 10/2022."; "… năm. 2018"
                out = _recorded(out, i, fix_speck_after_a_date_word(out, _written_line_after(lines, i)),
                                "fix_speck_after_a_date_word", changes)
            if i and i < HEADER_LINES and "BINH" in out_lines[i - 1]:  # "… THƯƠNG BINH" / "và Xã hội"
                out = _recorded(out, i, fix_and_social_affairs_line(out, out_lines[i - 1]), "fix_and_social_affairs",
                                changes)
            if i and i < 2 * HEADER_LINES and (opening := out.lstrip()[:1]) and opening in "—_~-–.,·|":  # "… trên
                # địa bàn huyện" / "—_ Hương Sơn năm 2024": the title's place
                out = _recorded(out, i, fix_specks_opening_a_titles_place(out, _written_line_before(out_lines, i)),
                                "fix_specks_opening_a_titles_place", changes)
            if i < 2 * HEADER_LINES and "địa bàn " in out and kind in OCR_KINDS:  # "địa bàn tỉnh “Hà Tĩnh năm 2024"
                out = _recorded(out, i, fix_quote_opening_a_titles_place(out), "fix_specks_opening_a_titles_place",
                                changes)
            if i < HEADER_LINES and ("HUY" in out or "NH" in out or "QU" in out or "PHỐ" in out
                                     or " X" in out):  # "HUYỀN VỊ XUYÊN": HUYỆN; "THLANTE PHỐ": THÀNH; "THÌ XE AYUN
                # PA": THỊ XÃ
                out = _recorded(out, i, fix_issuer_type_word(out), "fix_issuer_type_word", changes)
            if i < HEADER_LINES and kind in OCR_KINDS:  # "PHAN RANg": its G read small
                out = _recorded(out, i, fix_small_letter_ending_a_capital_word(out),
                                "fix_small_letter_ending_a_capital_word", changes)
            if "NHÂN" in out and "DÂN" in out:  # "ỦY BAN NHÂN:- DÂN"
                out = _recorded(out, i, fix_specks_inside_the_committee(out), "fix_specks_inside_the_committee",
                                changes)
            if "TỊCH" in out or "ĐỐC" in out or "CHỦ" in out:  # "PHÓ CHỦ.TỊCH", "PHÓ GIÁM.ĐỐC", "CHỦ. TÍCH"
                out = _recorded(out, i, fix_speck_inside_a_position(out), "fix_speck_inside_a_position", changes)
            if i and out_lines[i - 1].lstrip()[:3] == "KT.":  # "KT. GIÁM ĐỐC" / "PHÓ GIÁM Ở)CÓ"
                out = _recorded(out, i, deputy_position_under_its_mark(
                    out, out_lines[i - 1], lines[i] if kind == "substitution" else None), "restore_position", changes)
            if i and kind in OCR_KINDS and (out.lstrip()[:1] or "x") in "-–—_~.,'‘’`|" and out_lines[
                    i - 1].rstrip().endswith(":"):  # "đơn vị phối hợp:" / "-_ Sở Nông nghiệp …": specks before it
                out = _recorded(out, i, specks_before_a_fields_value(out, out_lines[i - 1]),
                                "specks_before_a_fields_value", changes)
            if i and kind in OCR_KINDS and (": và " in out[:40] or "; và " in out[:40]):  # "Sở Nông" / "nghiệp: và
                # Phát triển nông thôn": a speck inside a name going on from the line before
                out = _recorded(out, i, fix_speck_before_and_going_on(out, out_lines[i - 1]),
                                "fix_speck_inside_an_agency", changes)
            if "Sở" in out or "Bộ" in out:  # "Sở-Nội vụ", "Bộ - Lao động", "Sở*Giáo dục"
                out = _recorded(out, i, fix_hyphen_after_an_agency_head(out), "fix_hyphen_after_an_agency_head",
                                changes)
                if " bao động" in out or " sao động" in out:  # "Sở bao động - Thương binh": Lao
                    out = _recorded(out, i, fix_labour_l_read_b(out), "fix_labour_l_read_b", changes)
            if "Sở " in out or "Bộ " in out or "SỞ " in out or "BỘ " in out or "Số" in out or "với sở " in out or (
                    kind == "substitution" and "Sa" in out):  # "Sở Kế hoạch và đầu tư":
                # Đầu tư, as the department's name is written ("SỞ TÀI chính": a code's random capitals); "Số. Lao
                # động": its head misread, a speck after it
                out = _recorded(out, i, fix_agency_name_case(out, AGENCIES), "fix_agency_name_case", changes)
                if kind in OCR_KINDS:  # "Sở Công, Thương": a speck inside the name
                    out = _recorded(out, i, fix_speck_inside_an_agency(out, AGENCIES), "fix_speck_inside_an_agency",
                                    changes)
                if " và " in out or " Và " in out:  # "Sở Kế hoạch và Đều ở": Đầu tư
                    out = _recorded(out, i, fix_agency_name_end(out, AGENCIES), "fix_agency_name_end", changes)
                if kind == "substitution" and " v" in out:  # "Sở Giáo dục vào tạo": và Đào tạo
                    out = _recorded(out, i, fix_agency_and_run_together(out, AGENCIES), "fix_agency_name_end", changes)
                out = _recorded(out, i, fix_agency_name_last_word(out, AGENCIES), "fix_agency_name_end", changes)
                if kind == "substitution":  # "… nông thonrasoat": a code's lost space after the name
                    out = _recorded(out, i, fix_agency_last_word_glued(out, AGENCIES), "fix_agency_name_end",
                                    changes)
                    out = _recorded(out, i, fix_agency_name_glued_whole(out, AGENCIES), "fix_agency_name_end",
                                    changes)
                    out = _recorded(out, i, fix_agency_run_together_with_its_head(out, AGENCIES),
                                    "fix_agency_name_end", changes)
                    out = _recorded(out, i, fix_agency_name_with_stand_ins(out, AGENCIES), "fix_agency_name_end",
                                    changes)
            if "BND" in out and ("huy" in out or "uye" in out or "Huy" in out or ", thành phố" in out):  # "- UBND có
                # huyện, thành phố;": các; "các Huyện", "các Muốn"; a code's "- UBND caelMuyen, thành phố;" (its
                # letters run together)
                out = _recorded(out, i, fix_districts_word(out), "fix_districts_word", changes)
            if kind != "stripped" and "/" in out and "-" in out and DOC_CODE.search(out):  # a cited number's code the
                # fixers saw glued to the word after it, written as the abbreviations are after the decoder parted them
                # ("43/2016/TT-BLPTBXHngay 28/12/2016": real Tesseract-eng on fresh seed 3197 eng000, and a code's
                # "TT-BLDTBXHngay28/12/2016" on 2994 code — the citations lost)
                codes = [e for e in fix_document_codes(out, lex.abbreviations)  # (a stop ending the sentence stays:
                         if out[e[0]:e[1]].rstrip(".,;:") != e[2]]  # "4197/KH-SGDĐT.")
                spans = [m.span() for m in DOC_CODE.finditer(out)]
                out = _recorded(out, i, codes + [e for e in fix_abbreviations(out, lex.abbreviations)
                                                 if any(a <= e[0] and e[1] <= b for a, b in spans)
                                                 and not any(c[0] < e[1] and e[0] < c[1] for c in codes)],
                                "fix_document_codes", changes)
                if " ng" in out:  # "43/2016/TT-BLĐTBXH ng@y 28/12/2016": ngày
                    out = _recorded(out, i, fix_date_word_after_a_code(out), "fix_date_word_after_a_code", changes)
            if "hối hợp" in out and kind != "stripped":  # "phối hợp v61 Sở", "phối hợp vài Sở", "phối hợp, với": với
                out = _recorded(out, i, fix_partners_with(out), "fix_partners_with", changes)
                if "chủ trì" in out:  # "chủ trì: phối hợp", "chủ trì, -—phối hợp"
                    out = _recorded(out, i, fix_speck_after_the_lead_verb(out), "fix_speck_after_the_lead_verb",
                                    changes)
            if "nông " in out and kind == "substitution":  # "nông hơn", "nông Môn": a code's th lost or written M
                out = _recorded(out, i, fix_rural_word(out), "fix_rural_word", changes)
            if ("tháng" in out or "ngày " in out) and kind == "substitution":  # a month the decoder parted from the
                # words it was glued to
                # ("đSnthang812024" read "đến tháng 812024", parted above if glued to the month's word; a deadline's
                # "ruacgay 24112/2018." read "trước ngày" only then, fresh seed 8607 code004): its date read
                # as the fixers read one before decoding ("tháng 8/2024"), and a span's "đến" ("từ tháng 2 đã tháng
                # 11/2018")
                out = _recorded(out, i, fix_date_slashes(out), "fix_date_slashes", changes)
                out = _recorded(out, i, fix_span_to_word(out), "fix_span_to_word", changes)
            elif "từ tháng" in out and " đến " in out and kind in OCR_KINDS:  # "từ tháng 3 đến em 4/2018": a scan's
                # second "tháng" misread (real Tesseract-eng on fresh seed 9064, the task's time lost)
                out = _recorded(out, i, fix_span_to_word(out), "fix_span_to_word", changes)
            if "số " in out and kind == "substitution" and ("I" in out or "l" in out or "|" in out):  # "Thông tư số
                # 43I2016/TT-BLĐTBXH": a slash the fixers before the decoder did not see, the number glued to words
                out = _recorded(out, i, fix_cited_numbers_slash(out), "fix_cited_numbers_slash", changes)
            if "đến tháng" in out and kind in ("substitution", "ocr_eng"):  # "chúng tôi tháng 2 đến tháng 10/2021": từ
                out = _recorded(out, i, fix_span_from_word(out), "fix_span_from_word", changes)
            if kind in OCR_KINDS and ("Quy" in out or "Quý" in out) and ("/" in out or " 20" in out):  # a quarter the
                # fixers before the decoder could not read whole, its slash another fixer's or a space ("Quy HL
                # 2022"; "Quy 11I2019": the date's slash put back and the number left "11"; "Quy V/I2023": IV; "Quy
                # Il/202‘ 2": the word left "Quy"), read again
                out = _recorded(out, i, fix_quarter_numerals(out), "fix_quarter_numerals", changes)
                out = _recorded(out, i, fix_quarter_slash(out), "fix_quarter_slash", changes)
                out = _recorded(out, i, fix_quarter_word(out), "fix_quarter_word", changes)
                if " 1" in out or " 2" in out:  # ("Quy |1l/‘ 20 16": the year parted)
                    out = _recorded(out, i, fix_date_slashes(out), "fix_date_slashes", changes)
            if "tháng" in out and "đến" in out and kind in OCR_KINDS:  # "từ tháng. 2-đến, tháng 10/2023"
                out = _recorded(out, i, fix_specks_in_a_time_span(out), "fix_specks_in_a_time_span", changes)
            if kind in OCR_KINDS and ("gian thực" in out or "hiện" in out[:8]):  # "thời gian thực." / ". hiện: Quý"
                out = _recorded(out, i, fix_stop_inside_a_broken_time_label(
                    out, out_lines[i - 1] if i else "", lines[i + 1] if i + 1 < len(lines) else ""),
                    "fix_stop_inside_a_broken_time_label", changes)
            if "gian thực hiện" in out or (" gian " in out and kind == "substitution"):  # "; hai gian thực hiện:":
                # thời; "; Mới gian hvchisn:"
                out = _recorded(out, i, fix_time_label_word(out), "fix_time_label_word", changes)
            # "Các sẽ, ban, ngành": sở; "trên địa ba tỉnh": bàn; "Triển Khai công tác": khai; "giáo dục Nghề nghiệp":
            # nghề; "nghề nghiệp nên địa bàn": trên; "Triển khai công về giáo dục": tác; … (each pattern tried only on
            # a line holding its phrase's words: _FIXED_PHRASE_WORDS)
            out = _recorded(out, i, fix_fixed_phrase_words(out), "fix_fixed_phrase_words", changes)
            if "binh và " in out:  # "Thương binh và Là" / "hội trước ngày": Xã
                out = _recorded(out, i, fix_social_word_at_a_break(out, _written_line_after(lines, i)),
                                "fix_fixed_phrase_words", changes)
            if i and kind in OCR_KINDS and out.lstrip()[:1] in "|_.,'‘’`~":  # "._ nông thôn" under "… Phát triển":
                # specks
                out = _recorded(out, i, fix_specks_opening_a_line_going_on(out, _written_line_before(out_lines, i)),
                                "fix_specks_opening_a_line_going_on", changes)
            if "Sở K" in out[-7:]:  # "… phối hợp với Sở Kô" / "hoạch và Đầu tư": Kế
                out = _recorded(out, i, fix_planning_word_at_a_break(out, _written_line_after(lines, i)),
                                "fix_planning_word_at_a_break", changes)
            if "tháng" in out[-8:] and kind in OCR_KINDS:  # "… đại chúng ta tháng" / ". 3dén thang 9/2016.": từ
                out = _recorded(out, i, fix_span_word_at_a_break(out, _written_line_after(lines, i)),
                                "fix_span_words_parted", changes)
            if i and out.lstrip()[:1] in ".,:;'‘’`|" and kind in OCR_KINDS:  # ". 3 đến tháng 9/2016." under "từ tháng"
                out = _recorded(out, i, fix_speck_opening_a_spans_end(out, _written_line_before(out_lines, i)),
                                "fix_span_words_parted", changes)
            if "th" in out[-6:] and kind in OCR_KINDS:  # "Sở Tài chính; thật" / "gian thực hiện:": thời
                out = _recorded(out, i, fix_time_word_at_a_break(out, _written_line_after(lines, i)),
                                "fix_fixed_phrase_words", changes)
            if kind != "stripped":  # "Dao áo nghề cho cao đẳng nông thôn": Đào tạo nghề cho lao động nông thôn
                out = _recorded(out, i, fix_fixed_phrase_misread(out), "fix_fixed_phrase_misread", changes)
            if kind in OCR_KINDS and i and out[1:2] == " " and out[:1].isascii() and out[:1].isalpha():  # "i Thường
                # trực Tỉnh ủy;" under a list's item: its dash
                before = _written_line_before(out_lines, i)
                out = _recorded(out, i, fix_letter_read_for_a_list_dash(out, before), "fix_speck_before_item_dash",
                                changes)
            if "NDt" in out or "NDh" in out or "NDq" in out:  # "Thường trực HĐNDtỉnh": HĐND tỉnh
                out = _recorded(out, i, split_council_glued_to_its_place(out), "fix_standing_committee", changes)
            if kind in OCR_KINDS and ("]" in out or "|" in out or "_" in out or "~" in out or "-l" in out) and (
                    "lao động" in out or "người" in out):  # "cho 300-]lao động": the count's specks
                out = _recorded(out, i, fix_specks_between_a_count_and_its_unit(out), "fix_count_specks", changes)
            if kind in OCR_KINDS and "A đến tháng" in out:  # "từ tháng" / "A đến tháng 5/2022": 4
                out = _recorded(out, i, month_four_read_a(out, _written_line_before(out_lines, i)),
                                "fix_span_words_parted", changes)
            if kind in OCR_KINDS and "*" in out and "Lao " in out:  # "Sở Lao động * Thương binh": its dash
                out = _recorded(out, i, fix_labour_dash_specks(out), "fix_labour_dash_specks", changes)
            if ("Phòng" in out or "Sở" in out or "Bộ" in out or " S. " in out) and kind in OCR_KINDS:  # "về Phòng.
                # Lao động": a speck
                out = _recorded(out, i, fix_stop_after_an_agency_head(out, AGENCIES), "fix_stop_after_an_agency_head",
                                changes)
            if kind != "stripped" and ("trì: " in out or "hợp: " in out):  # "phối hợp: Để Nông nghiệp …": Sở
                out = _recorded(out, i, fix_head_after_a_field_label(out, AGENCIES), "fix_agency_head", changes)
                if out.rstrip().endswith(_NAME_OPENINGS):  # (its name going on to the next line)
                    out = _recorded(out, i, head_after_a_field_label_ending_a_line(
                        out, _written_line_after(lines, i), AGENCIES), "fix_agency_head", changes)
            if "S" in out or "B" in out or "sở " in out or "bộ " in out or out.lstrip().startswith("để "):  # "Sử
                # Giáo dục và Đào tạo": Sở
                out = _recorded(out, i, fix_agency_head(out, AGENCIES), "fix_agency_head", changes)
                if kind != "stripped":  # "Số Nợ vụ", "Sở Những Nghiệp và Phát triển nông thôn", "Sở Công Thể lượng"
                    out = _recorded(out, i, fix_agency_name_misread(out, AGENCIES), "fix_agency_name_misread",
                                    changes)
            if "ơn" in out and ("vị" in out or "Vị" in out or "Đơn vi" in out or "Đơn Vi" in out) and \
                    kind != "stripped":  # "Đơn
                # vị phố hộp Sở Kế hoạch": phối hợp; "Đơn viehu i:" (after
                # the head word is read: "Sọ"; "Đơn ‘vị")
                out = _recorded(out, i, fix_task_field_label(out), "fix_task_field_label", changes)
            if kind != "stripped" and (" gian thực hiện" in out or "n chủ trì:" in out or "n phối hợp:" in out
                                       or "i chủ trì:" in out or "i phối hợp:" in out or (" v" in out and ":" in out)):
                # "Phố gian thực hiện:", "-
                # Doneyi chủ trì:", "Đơn phối hợp:"
                out = _recorded(out, i, fix_label_words_misread(out), "fix_task_field_label", changes)
            if kind == "substitution" and (i in name_lines or (i and out_lines[i - 1].rstrip().endswith(
                    ("TỊCH", "ĐỐC")))) and (roles := person_name_roles(out, kind)):  # "Hoàng
                # Minh Huyện": Huyền (a code's "Huy(rN", read as the word the LM knows: fresh seed 4676 code, the
                # signer lost) — a given name no name has, as :func:`misread_given_name` reads it
                out = _recorded(out, i, misread_given_name(out, roles), "restore_name_line", changes)
            if header_places and kind in OCR_KINDS:  # "trên địa bàn tìm} An Giang": tỉnh
                out = _recorded(out, i, place_type_before_a_header_place(out, header_places),
                                "place_type_before_a_header_place", changes)
            if header_places and i not in name_lines:  # "… trên địa bàn tỉnh" / "Thành Hoa năm 2019": Thanh Hóa (the
                # issuer's too: a code's "HUY~N LAP Vf" had been "HUYỆN LẬP VÀ" beside the place-date line's Lấp Vò;
                # not a signer's name, "Võ Quang Bình" under a header's Quảng Bình, fresh seed 3483)
                out = _recorded(out, i, place_as_the_header_writes_it(out, header_places, _is_place_name, lines[i]),
                                "restore_header_place", changes)
                if kind in ("substitution", "ocr_eng"):  # ("HUY9N MO DUC": not Mỹ Đức beside a Mộ Đức;
                    # Tesseract-eng's "HUYEN BUC LINH" not Bắc Bình beside Đức Linh; below the header after its type
                    # word: "tinh bak Lak", read "tỉnh ban Là")
                    out = _recorded(out, i, place_the_code_spells(lines[i], out, header_places, kind == "ocr_eng",
                                                                  i >= HEADER_LINES, _spells_a_place),
                                    "restore_header_place", changes)
                if kind == "substitution" and i < HEADER_LINES // 2:  # "HUY~N MTAIcHAU": MAI CHÂU
                    out = _recorded(out, i, place_glued_in_the_issuer(lines[i], out, header_places, _spells_a_place),
                                    "restore_header_place", changes)
                    if out.lstrip().startswith("UBND") and out[out.index("UBND") + 4:][:1].isalpha():  # "UBNDTJNHTUYEN"
                        out = _recorded(out, i, issuer_line_glued(out, header_places), "restore_header_place", changes)
                if i < HEADER_LINES // 2 and (ISSUER_TYPE_AND_PLACE_GLUED.match(out) or (
                        kind == "substitution" and out.lstrip()[:1] in ("T", "H", "Q", "U"))):  # "HUYENMUONGLA":
                    # HUYỆN MƯỜNG LA; a code's "T^NHLAICHfiU": TỈNH LAI CHÂU
                    out = _recorded(out, i, issuer_type_and_place_glued(out, header_places, kind == "substitution"),
                                    "restore_header_place", changes)
                if kind == "substitution" and i < HEADER_LINES // 2 and out != lines[i]:  # (its type word again, the
                    # place now read: "TINH BẮC KẠN", a code's "TINH B~clK';'N", fresh seed 13981 code004, whose type
                    # word the decoder had left beside the place it left too)
                    out = _recorded(out, i, fix_issuer_type_word(out), "fix_issuer_type_word", changes)
                # (a blank line or two between, as Tesseract writes a wider gap: "… huyện Hoai" / "" / "An nam 2023",
                # real Tesseract-eng on fresh seed 2760, read "Ăn", the title lost)
                if i and any(" " in p for p in header_places):  # (its first words ending the line before)
                    before = next((out_lines[k] for k in range(i - 1, max(-1, i - 4), -1) if out_lines[k].strip()), "")
                    out = _recorded(out, i, place_going_on_from_the_line_before(out, before, header_places, lines[i]),
                                    "restore_header_place", changes)
                if i + 1 < len(lines) and any(" " in p for p in header_places):  # (its rest opening the next line)
                    after = next((lines[k] for k in range(i + 1, min(len(lines), i + 4)) if lines[k].strip()), "")
                    out = _recorded(out, i, place_going_on_to_the_next_line(out, after, header_places, lines[i]),
                                    "restore_header_place", changes)
            out_lines[i] = out if out.isascii() or unicodedata.is_normalized("NFC", out) else \
                unicodedata.normalize("NFC", out)
    if "substitution" in kinds:  # "HUYỆN HÒA vANG": a code's small letter opening a word of the header's capitals,
        # the letters right, which the decoder keeps as written (fresh seed 6287 code004, the issuer lost)
        for i in range(min(len(out_lines), HEADER_LINES)):
            if _SMALL_OPENING_CAPITALS_READ.search(out_lines[i]):
                out_lines[i] = _recorded(out_lines[i], i, fix_small_letter_opening_capitals(out_lines[i]),
                                         "fix_small_letter_opening_capitals", changes)
    for i in range(min(len(out_lines), HEADER_LINES)):  # "UBND THDNHPH6 HÀ NỘI": THÀNH PHỐ (the place as read)
        if "PH" in out_lines[i] and out_lines[i].lstrip()[:1] in ("T", "U"):
            out_lines[i] = _recorded(out_lines[i], i, fix_city_type_words(out_lines[i]), "fix_city_type_words",
                                     changes)
    if kinds & set(OCR_KINDS):  # "KẾ HOẠCH _ˆ" (before the title's steps, which find it)
        _specks_after_the_plan_type(out_lines, changes)
    _hyphen_between_the_issuers_place_words(out_lines, changes)
    _issuers_place_of_its_type(out_lines, changes)
    if kinds - {"stripped", "clean"}:  # (stripped text's capitals are read whole by the decoder)
        _issuing_agency_as_named(out_lines, changes)
    _header_place_as_the_body_names(out_lines, changes)
    if kinds & {"substitution", *OCR_KINDS}:
        _recipients_as_their_usual_items(out_lines, changes)
    _future_year_as_the_other_names(out_lines, changes, datetime.date.today().year)
    _title_year_as_the_date_names(out_lines, changes)
    _cited_years_after_the_plan(out_lines, changes, datetime.date.today().year)
    _title_opening_capitalised(out_lines, lines, changes)
    _plan_type_line_misread(out_lines, lines, changes)
    if kinds & set(OCR_KINDS):
        _title_hyphen_specks(out_lines, changes)
        _item_number_stops_lost(out_lines, changes)
        _speck_dashes_inside_names(out_lines, changes)
    _preamble_opening_capitalised(out_lines, changes)
    _places_as_the_issuer_names(out_lines, changes, lines)
    changes.sort(key=lambda c: (c.line, c.column))
    uncertain.sort(key=lambda c: (c.line, c.column))
    conf = 1.0 - (len(uncertain) / ntok if ntok else 0.0)
    return NormalizationResult("\n".join(out_lines), doc_damage, regions, ntok, changed, len(uncertain),
                               round(conf, 4), changes, uncertain)


regex.cache_all(_CACHE_ALL_BEFORE)  # (see the module's top)
