"""extract_plan never raises and never emits invalid models, whatever the text."""

from __future__ import annotations

import time
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vetplan.extract import extract_plan
from vetplan.extract.reflow import reflow
from vetplan.schemas import DocumentInfo, Section

ROOT = Path(__file__).parents[1]

_PIECES = [
    "I. ",
    "II.",
    "|. ",
    "Il.",
    "MỤC ĐÍCH",
    "KẾ HOẠCH\n",
    "Số: ",
    "/KH-UBND",
    " ngày ",
    " tháng ",
    " năm ",
    "2024",
    "99/99/9999",
    "Căn cứ Quyết định số 1/QĐ-UBND ngày 31/02/2023 của UBND Tỉnh;",
    "- ",
    "+ ",
    "1.",
    "2.1.",
    "a) ",
    "150%",
    "khoảng 224.500 lượt người (cao đẳng 1, trung cấp 2)",
    "trước ngày 99/13",
    "Nơi nhận:",
    "TM. ",
    "PHỤ LỤC",
    "\n",
    "\n\n",
    "\t",
    "**",
    "Đơn vị chủ trì thực hiện: ",
    "Sở A, Sở B",
    "50%-40%",
    "Kinh phí ",
]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_random_text_never_raises(text: str) -> None:
    r = extract_plan(text)
    assert isinstance(r.document, DocumentInfo)
    assert not [w for w in r.warnings if "extractor failed" in w]
    assert 0.0 <= r.plan_confidence <= 1.0


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_PIECES), max_size=60), st.lists(st.integers(-3, 5), max_size=30))
def test_plan_like_text_valid_models(pieces: list[str], pages: list[int]) -> None:
    text = "".join(pieces)
    r = extract_plan(text, line_pages=pages)
    assert not [w for w in r.warnings if "extractor failed" in w]
    n = max(1, text.count("\n") + 1)
    for item in [*r.legal_basis, *r.targets, *r.tasks, *r.funding, *r.implementation, *r.reporting]:
        assert item.evidence is not None
        assert 1 <= item.evidence.line_start <= item.evidence.line_end <= n
        type(item).model_validate(item.model_dump())
    for s in r.sections:
        Section.model_validate(s.model_dump())


def test_reflow_joins_hyphen_and_drops_page_numbers() -> None:
    paras = reflow(
        "Thực hiện các Kế hoạch của Thành phố: số 23/KH-\nUBND ngày 26/01/2024 về việc Triển khai Kế hoạch của\n"
        "Thành ủy Hà Nội về giáo dục nghề nghiệp\n\n12\n\nđào tạo.\n- Tổ chức."
    )
    assert len(paras) == 2
    assert paras[0].text == (
        "Thực hiện các Kế hoạch của Thành phố: số 23/KH-UBND ngày 26/01/2024 về việc Triển khai Kế hoạch của "
        "Thành ủy Hà Nội về giáo dục nghề nghiệp đào tạo."
    )
    assert paras[1].marker == "bullet" and paras[1].start == 8
    assert (paras[0].start, paras[0].end) == (1, 7)
    assert paras[0].line_at(paras[0].text.index("UBND ngày")) == 2


def test_page_from_line_pages() -> None:
    text = (ROOT / "samples" / "002_3303c71ebc34c61c.txt").read_text(encoding="utf-8")
    n = text.count("\n") + 1
    pages = [1 + i // 60 for i in range(n)]
    r = extract_plan(text, line_pages=pages)
    assert r.sections[2].page == 2  # "III. TỔ CHỨC THỰC HIỆN" on line 77
    assert r.implementation[0].evidence is not None and r.implementation[0].evidence.page == 2


def test_speed_on_samples() -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "samples").glob("*.txt"))]
    t0 = time.perf_counter()
    for t in texts:
        extract_plan(t)
    assert time.perf_counter() - t0 < 5.0


def test_running_heads_and_page_numbers_dropped() -> None:
    page = "KẾ HOẠCH GIÁO DỤC NGHỀ NGHIỆP 2024\n- Nội dung trang {n} về đào tạo nghề cho lao động nông thôn.\n{n}\n"
    text = "".join(page.format(n=n) for n in range(1, 5))
    paras = reflow(text)
    assert [p.text for p in paras] == [
        f"- Nội dung trang {n} về đào tạo nghề cho lao động nông thôn." for n in range(1, 5)
    ]
    assert [p.start for p in paras] == [2, 5, 8, 11]
