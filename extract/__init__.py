"""extract stage: repaired plan text → sections → every field analysts need (``vetplan.schemas`` models).

>>> from vetplan.extract import extract_plan
>>> extract_plan("Số: 73/KH-UBND\\nHà Nội, ngày 02 tháng 3 năm 2024\\nKẾ HOẠCH").document.number
'73/KH-UBND'
"""

from .plan import ExtractedPlan, extract_plan
from .sections import split_sections

__all__ = ["ExtractedPlan", "extract_plan", "split_sections"]
