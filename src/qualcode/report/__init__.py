"""Reports: a self-contained HTML page with figures (SVG text, PNG with a CJK font) and a workbook of every table.

Modules (private): ``_html`` (sections, figures, the page), ``_study`` (the report of a :func:`qualcode.run_study`),
``_explore`` (network and correspondence-analysis figures, the exploration sections), ``_text`` (Chinese text).
The report formats tables; it computes nothing.
"""

from __future__ import annotations

from qualcode.report._explore import ca_biplot, explore_sections, network_figure
from qualcode.report._html import (
                                   CJK_FONT_HINT,
                                   LANGS,
                                   Figure,
                                   Section,
                                   bar_chart,
                                   find_cjk_font,
                                   heatmap,
                                   split_title,
                                   table_html,
                                   write_report,
)
from qualcode.report._study import study_sections, write_study

__all__ = [
    "CJK_FONT_HINT",
    "Figure",
    "LANGS",
    "Section",
    "bar_chart",
    "ca_biplot",
    "explore_sections",
    "find_cjk_font",
    "heatmap",
    "network_figure",
    "split_title",
    "study_sections",
    "table_html",
    "write_report",
    "write_study",
]
