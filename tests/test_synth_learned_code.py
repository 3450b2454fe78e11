"""A symbol code learned from a damaged text beside its truth (``synth.LearnedCode``), the held-out test of
the decoder on sample 004's engine: its alignment and its sampling."""

from __future__ import annotations

from vetplan.normalize.synth import LearnedCode, written_as


def test_a_stand_in_of_two_characters_is_its_vowels() -> None:
    assert written_as("nhiệm vụ", "nhi~m V\\l") == ["n", "h", "i", "~", "m", " ", "V", "\\l"]
    assert written_as("Phấn đấu", "Phfin dfiu") == ["P", "h", "fi", "n", " ", "d", "fi", "u"]


def test_a_lost_space_is_written_as_nothing() -> None:
    assert written_as("triển khai", "tri@nkhai") == ["t", "r", "i", "@", "n", "", "k", "h", "a", "i"]


TRUTH = "\n".join(["nghiệp vụ hạn chế"] * 4)
CODED = "\n".join(["nghi~p V\\l h?n chS"] * 4)


def test_applied_to_other_words_it_writes_them_as_the_engine_did() -> None:
    code = LearnedCode(TRUTH, CODED)
    out = code.apply("kế hoạch hạn chế\n\ndoanh nghiệp", seed=3)
    assert out.split("\n") == ["kS ho?ch h?n chS", "", "doanh nghi~p"]


def test_its_choices_follow_how_often_the_engine_made_them() -> None:
    truth = "\n".join(["ạ"] * 10)
    coded = "\n".join(["?"] * 7 + ["a"] * 3)
    code = LearnedCode(truth, coded)
    out = code.apply(" ".join(["ạ"] * 2000), seed=1).split()
    assert set(out) == {"?", "a"}
    assert 0.62 < out.count("?") / len(out) < 0.78
    assert code.apply("ạ ạ ạ ạ ạ ạ", seed=5) == code.apply("ạ ạ ạ ạ ạ ạ", seed=5)  # a seed, one text
    assert len({code.apply(" ".join(["ạ"] * 40), seed=s) for s in range(4)}) > 1


def test_what_it_never_saw() -> None:
    code = LearnedCode(TRUTH, CODED)
    # an accented e it never saw: written as its letter's accented forms were (ệ "~", ế "S")
    assert code.apply("về", seed=2)[1] in "~S"
    # … the same vowel's other tones before its letter's other forms: ờ as ớ was (ơ), ồ as ổ was (ô)
    code = LearnedCode("mới tổ\n" * 3, "mai t6\n" * 3)
    assert code.apply("ờ ồ", seed=1) == "a 6"
    # a character without marks seen seldom, and damaged each time, is still written as it is now and then
    code = LearnedCode("Vụ V\nVề V", "\\\\l \\\n~ v")
    assert set(code.apply(" ".join(["V"] * 300), seed=4).split()) == {"V", "\\", "v"}
    code = LearnedCode(TRUTH, CODED)
    # a consonant, digit or sign as it is; a vowel whose letter it never saw accented, without its marks
    assert code.apply("x 7/2024 ồ", seed=2) == "x 7/2024 o"
