"""The published contract: JSON Schema export and validation that rejects nonsense."""

from __future__ import annotations

import json
import subprocess
import sys

import jsonschema
import pytest
from pydantic import ValidationError

from vetplan.schemas import (
    SCHEMA_VERSION,
    DocumentInfo,
    Evidence,
    Normalization,
    Plan,
    Section,
    Source,
    TargetIndicator,
    plan_json_schema,
)


def _minimal_plan(**overrides) -> Plan:
    data = dict(
        source=Source(path="a.txt", sha256="0" * 64, format="txt", pages=1),
        document=DocumentInfo(number="73/KH-UBND", doc_type="Kế hoạch"),
        normalization=Normalization(damage="clean", tokens=3, changed=0, uncertain=0, confidence=1.0),
        text="KẾ HOẠCH",
    )
    data.update(overrides)
    return Plan(**data)


def test_schema_is_valid_draft_2020_12_and_versioned():
    schema = plan_json_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(schema)
    for name in ("schema_version", "source", "document", "legal_basis", "sections", "targets", "tasks", "funding",
                 "implementation", "reporting", "normalization", "text"):
        assert name in schema["properties"], name
    assert SCHEMA_VERSION in schema["title"]


def test_cli_schema_command_prints_the_same_schema():
    out = subprocess.run([sys.executable, "-m", "vetplan", "schema"], capture_output=True, text=True, check=True)
    assert json.loads(out.stdout) == json.loads(json.dumps(plan_json_schema()))


def test_minimal_plan_round_trips_and_validates_against_schema():
    plan = _minimal_plan()
    data = json.loads(plan.model_dump_json())
    jsonschema.Draft202012Validator(plan_json_schema()).validate(data)
    assert Plan.model_validate(data) == plan
    assert data["schema_version"] == SCHEMA_VERSION


def test_percentage_over_100_is_rejected_with_a_clear_message():
    with pytest.raises(ValidationError, match=r"percentage 120.0 is outside 0–100"):
        TargetIndicator(text="tỷ lệ đạt 120%", value=120, unit="%")
    assert TargetIndicator(text="235.000 lượt người", value=235000, unit="lượt người").value == 235000


def test_range_upper_bound_below_lower_bound_is_rejected():
    with pytest.raises(ValidationError, match="upper bound"):
        TargetIndicator(text="55%-50%", value=55, value_max=50, unit="%")


def test_impossible_dates_are_rejected():
    with pytest.raises(ValidationError):
        DocumentInfo(issued_date="2024-02-30")
    assert str(DocumentInfo(issued_date="2024-02-29").issued_date) == "2024-02-29"


def test_line_ranges_must_be_ordered():
    with pytest.raises(ValidationError, match="before line_start"):
        Evidence(line_start=10, line_end=3)
    with pytest.raises(ValidationError, match="before line_start"):
        Section(kind="tasks", heading="NHIỆM VỤ", text="", line_start=5, line_end=4)


def test_unknown_fields_and_incompatible_versions_are_rejected():
    with pytest.raises(ValidationError):
        DocumentInfo(numbr="73/KH-UBND")
    with pytest.raises(ValidationError, match="not compatible"):
        _minimal_plan(schema_version="2.0.0")
    with pytest.raises(ValidationError):
        Source(path="a.txt", sha256="not-a-hash", format="txt", pages=1)
    with pytest.raises(ValidationError):
        Source(path="a.txt", sha256="0" * 64, format="xls", pages=1)


def test_a_plan_of_an_earlier_minor_version_still_validates_and_the_lexicon_is_checked():
    """1.2.0 adds ``normalization.lexicon``: a 1.1.0 plan (without it) reads as made with the base lexicon."""
    old = json.loads(_minimal_plan().model_dump_json())
    old["schema_version"] = "1.1.0"
    del old["normalization"]["lexicon"]
    assert Plan.model_validate(old).normalization.lexicon is None
    jsonschema.Draft202012Validator(plan_json_schema()).validate(old)
    with pytest.raises(ValidationError):
        Normalization(damage="clean", tokens=0, changed=0, uncertain=0, confidence=1.0,
                      lexicon={"path": "m.json", "sha256": "not-a-hash"})
    # 1.3.0 adds ``vetplan_build``: a 1.2.0 plan (without it) validates; a build is 16 hex digits
    older = json.loads(_minimal_plan().model_dump_json())
    older["schema_version"] = "1.2.0"
    older.pop("vetplan_build", None)
    assert Plan.model_validate(older).vetplan_build is None
    jsonschema.Draft202012Validator(plan_json_schema()).validate(older)
    with pytest.raises(ValidationError):
        Plan.model_validate({**older, "vetplan_build": "not-a-build"})
