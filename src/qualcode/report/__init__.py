"""Reports: a self-contained HTML page with figures (SVG text, PNG with a CJK font) and a workbook of every table.

Modules (private): ``_html`` (sections, figures, the page), ``_study`` (the report of a :func:`qualcode.run_study`).
The report formats tables; it computes nothing.
"""

from __future__ import annotations

from qualcode.report._html import CJK_FONT_HINT, Figure, Section, bar_chart, find_cjk_font, heatmap, write_report
from qualcode.report._study import study_sections, write_study

__all__ = [
    "CJK_FONT_HINT",
    "Figure",
    "Section",
    "bar_chart",
    "find_cjk_font",
    "heatmap",
    "study_sections",
    "write_report",
    "write_study",
]
