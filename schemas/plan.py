"""The published JSON contract of vetplan: one ``Plan`` per input document.

Downstream tools read these field names; change them only with a new ``SCHEMA_VERSION``
(semantic versioning: a new optional field is a minor bump, a renamed or removed one is major).
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

SCHEMA_VERSION = "1.3.0"

SectionKind = Literal["purpose", "targets", "tasks", "funding", "implementation", "reporting", "appendix", "other"]
#: "odt", "html", "rtf" (1.2.0): an OpenDocument text, a plan saved from a web page, Rich Text Format
#: "doc" (1.3.0): a Word 97–2003 binary document
SourceFormat = Literal["txt", "pdf", "image", "docx", "odt", "html", "rtf", "doc"]
#: "ocr_vie" (1.1.0): text vetplan OCR'd with Tesseract's Vietnamese model, its marks repaired in context
DamageKind = Literal["clean", "stripped", "ocr_eng", "substitution", "ocr_vie", "mixed", "unknown"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class Evidence(_Model):
    """Where an extracted item came from: 1-based, inclusive line range of the repaired text
    (which has the same lines as the input), and the page where known."""

    line_start: int = Field(ge=1)
    line_end: int = Field(ge=1)
    page: int | None = Field(default=None, ge=1)

    @model_validator(mode="after")
    def _ordered(self) -> Evidence:
        if self.line_end < self.line_start:
            raise ValueError(f"line_end ({self.line_end}) is before line_start ({self.line_start})")
        return self


class Source(_Model):
    """The input file: ``{"path": "samples/000.txt", "format": "txt", "pages": 1, "ocr": false}``."""

    path: str
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    format: SourceFormat
    pages: int = Field(ge=0)
    ocr: bool = False
    ocr_engine: str | None = None
    ocr_lang: str | None = None
    encoding: str | None = None
    page_methods: list[str] = Field(default_factory=list,
                                    description="how each page was read: text|pdf-text|ocr|docx|odt|html|rtf")


class Signer(_Model):
    """``KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / Hà Minh Hải`` → position "PHÓ CHỦ TỊCH", name "Hà Minh Hải"."""

    name: str | None = None
    position: str | None = None
    on_behalf_of: str | None = Field(default=None, description='e.g. "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"')


class DocumentInfo(_Model):
    number: str | None = Field(default=None, description='"73/KH-UBND"; null when left blank (drafts)')
    doc_type: str | None = Field(default=None, description='"Kế hoạch"')
    issuer: str | None = Field(default=None, description='"UBND thành phố Hà Nội"')
    place: str | None = None
    issued_date: dt.date | None = Field(default=None, description="ISO date; null when the day is blank")
    title: str | None = None
    signer: Signer | None = None
    recipients: list[str] = Field(default_factory=list)
    evidence: Evidence | None = None


class LegalReference(_Model):
    """A cited document: "Quyết định số 522/QĐ-TTg ngày 14/5/2018 của Thủ tướng Chính phủ"."""

    number: str | None = None
    doc_type: str | None = None
    date: dt.date | None = None
    issuer: str | None = None
    text: str
    evidence: Evidence | None = None


class Section(_Model):
    kind: SectionKind
    number: str | None = Field(default=None, description='"I", "II", "1", "2.1", "a" …')
    heading: str
    text: str
    line_start: int = Field(ge=1)
    line_end: int = Field(ge=1)
    page: int | None = None
    subsections: list[Section] = Field(default_factory=list)

    @model_validator(mode="after")
    def _ordered(self) -> Section:
        if self.line_end < self.line_start:
            raise ValueError(
                f"section {self.number!r}: line_end ({self.line_end}) before line_start ({self.line_start})"
            )
        return self


#: the years a plan's dates fall in: a target's year is checked against them, and extraction drops a date outside them
PLAN_YEARS = range(1945, 2101)


class TargetIndicator(_Model):
    """"Phấn đấu tỷ lệ lao động qua đào tạo đạt 74,2%" → value 74.2, unit "%"."""

    text: str
    value: float | None = None
    value_max: float | None = Field(default=None, description='upper bound of a range "50%-55%"')
    unit: str | None = Field(default=None, description='"%", "người", "lượt người", "trường" …')
    qualifier: str | None = Field(default=None, description='"trên", "khoảng", "từ", "ít nhất" …')
    year: int | None = Field(default=None, ge=PLAN_YEARS.start, le=PLAN_YEARS.stop - 1)
    source: Literal["section", "appendix"] = "section"
    label: str | None = Field(default=None, description="row/column label for appendix rows, e.g. a district")
    evidence: Evidence | None = None

    @model_validator(mode="after")
    def _percent_in_range(self) -> TargetIndicator:
        if self.unit == "%":
            for v in (self.value, self.value_max):
                if v is not None and not 0 <= v <= 100:
                    raise ValueError(f"percentage {v} is outside 0–100 in target {self.text[:80]!r}")
        if self.value is not None and self.value_max is not None and self.value_max < self.value:
            raise ValueError(f"range upper bound {self.value_max} below lower bound {self.value}")
        return self


class Task(_Model):
    number: str | None = None
    title: str
    actions: list[str] = Field(default_factory=list)
    lead: list[str] = Field(default_factory=list)
    partners: list[str] = Field(default_factory=list)
    timeline: str | None = None
    evidence: Evidence | None = None


class FundingSource(_Model):
    text: str
    kind: Literal[
        "state_budget", "central_budget", "local_budget", "tuition", "oda", "socialized", "enterprise", "other"
    ] = "other"
    evidence: Evidence | None = None


class ImplementationDuty(_Model):
    agency: str
    duties: list[str] = Field(default_factory=list)
    evidence: Evidence | None = None


class ReportingObligation(_Model):
    text: str
    deadline: dt.date | None = None
    frequency: Literal["once", "monthly", "quarterly", "semiannual", "annual", "periodic", "ad_hoc"] | None = None
    recipient: str | None = None
    evidence: Evidence | None = None


class TextChange(_Model):
    """One repair: line 1 col 1 "S6" → "Số" (fixer ``fix_digit_letters``, confidence 0.97)."""

    line: int = Field(ge=1)
    column: int = Field(ge=0)
    original: str
    replacement: str
    confidence: float = Field(ge=0, le=1)
    fixer: str


class DamageRegion(_Model):
    line_start: int = Field(ge=1)
    line_end: int = Field(ge=1)
    damage: DamageKind


class LocalLexicon(_Model):
    """The user's own lexicon (``vetplan lexicon learn``) the repair used beside the base one (1.2.0)."""

    path: str = Field(description="the model file as given")
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$", description="hash of the model file's bytes")


class Normalization(_Model):
    damage: DamageKind
    regions: list[DamageRegion] = Field(default_factory=list)
    tokens: int = Field(ge=0)
    changed: int = Field(ge=0)
    uncertain: int = Field(ge=0)
    confidence: float = Field(ge=0, le=1)
    changes: list[TextChange] = Field(default_factory=list)
    uncertain_tokens: list[TextChange] = Field(default_factory=list)
    lexicon: LocalLexicon | None = Field(default=None, description="the local lexicon the repair used; null: the "
                                         "base lexicon alone (1.2.0)")

    @model_validator(mode="after")
    def _counts(self) -> Normalization:
        if self.changed > self.tokens:
            raise ValueError(f"changed tokens ({self.changed}) exceed tokens ({self.tokens})")
        return self


class Plan(_Model):
    """A Vietnamese vocational-education plan ("Kế hoạch … giáo dục nghề nghiệp") as structured data."""

    schema_version: str = SCHEMA_VERSION
    vetplan_version: str | None = None
    vetplan_build: str | None = Field(default=None, pattern=r"^[0-9a-f]{16}$", description=(
        "hash of the vetplan code and data that made this plan (1.3.0): plans of the same version number can differ "
        "between builds; --resume redoes a plan of another build"))
    source: Source
    document: DocumentInfo
    is_plan: bool = Field(default=True, description="false when the text does not look like a plan (see warnings)")
    plan_confidence: float = Field(default=1.0, ge=0, le=1)
    legal_basis: list[LegalReference] = Field(default_factory=list)
    sections: list[Section] = Field(default_factory=list)
    targets: list[TargetIndicator] = Field(default_factory=list)
    tasks: list[Task] = Field(default_factory=list)
    funding: list[FundingSource] = Field(default_factory=list)
    implementation: list[ImplementationDuty] = Field(default_factory=list)
    reporting: list[ReportingObligation] = Field(default_factory=list)
    normalization: Normalization
    warnings: list[str] = Field(default_factory=list)
    text: str

    @field_validator("schema_version")
    @classmethod
    def _known_version(cls, v: str) -> str:
        if v.split(".")[0] != SCHEMA_VERSION.split(".")[0]:
            raise ValueError(f"schema_version {v} is not compatible with {SCHEMA_VERSION}")
        return v


def plan_json_schema() -> dict:
    """JSON Schema (draft 2020-12) of ``Plan``, as ``vetplan schema`` prints it."""
    schema = Plan.model_json_schema(mode="serialization")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://vetplan.invalid/schema/plan-{SCHEMA_VERSION}.json",
        **schema,
        "title": f"vetplan Plan {SCHEMA_VERSION}",
    }
