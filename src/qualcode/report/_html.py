"""Formatting only: the HTML report, the .xlsx workbook and the figures. Nothing is computed here.

Every number in the report comes from a table that the analysis functions produced (see :mod:`qualcode.study._run`) and
that a notebook can compute directly. The HTML page is self-contained (inline CSS and inline SVG, no CDN, no
script), so it opens offline. Figures are written twice: SVG with text kept as text (Chinese renders with the
reader's fonts) and PNG rendered with a CJK font found on this machine; where none is found the PNG is skipped and
the report says which package to install.
"""

from __future__ import annotations

import html
import io
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO, cast

import pandas as pd

from qualcode._io import _for_csv, atomic_write
from qualcode.report._text import TABLE_NAMES_ZH

__all__ = ["CJK_FONT_HINT", "LANGS", "Figure", "Section", "bar_chart", "find_cjk_font", "heatmap", "split_title",
           "table_html", "write_report"]

CJK_FONT_HINT = ("no CJK font found for PNG figures: install one, e.g. 'apt install fonts-noto-cjk' (Debian/Ubuntu), "
                 "'dnf install google-noto-sans-cjk-fonts' (Fedora) or 'brew install --cask font-noto-sans-cjk' "
                 "(macOS), or set QUALCODE_CJK_FONT=/path/to/font.ttf; the SVG figures render Chinese with the "
                 "reader's fonts")
_CJK_NAMES = ("Noto Sans CJK", "Noto Serif CJK", "Source Han Sans", "Source Han Serif", "WenQuanYi", "SimHei",
              "Microsoft YaHei", "PingFang", "Heiti", "STHeiti", "SimSun", "Songti", "AR PL", "Droid Sans Fallback",
              "Hiragino Sans GB", "Sarasa")


def find_cjk_font() -> str | None:
    """Path of a font that covers Chinese: QUALCODE_CJK_FONT, else the first known CJK family installed."""
    env = os.environ.get("QUALCODE_CJK_FONT")
    if env:
        return env if Path(env).is_file() else None
    from matplotlib import font_manager

    for entry in font_manager.fontManager.ttflist:
        if any(name.lower() in entry.name.lower() for name in _CJK_NAMES):
            return entry.fname
    for path in font_manager.findSystemFonts():
        low = Path(path).name.lower()
        if any(k in low for k in ("cjk", "wqy", "simhei", "msyh", "pingfang", "sourcehan", "droidsansfallback")):
            return path
    return None


@dataclass
class Figure:
    """A figure drawn twice: ``svg`` (text kept as text) and ``png`` bytes (None when no CJK font was found)."""

    name: str
    title: str
    svg: str
    png: bytes | None
    note: str = ""

    def save(self, svg_path: Path) -> list[Path]:
        """Write the SVG to ``svg_path`` and, when there is one, the PNG beside it (same stem), each atomically;
        returns the paths written."""
        with atomic_write(svg_path) as fh:
            fh.write(self.svg)
        if self.png is None:
            return [svg_path]
        png_path = svg_path.with_suffix(".png")
        with atomic_write(png_path, "wb") as fh:
            fh.write(self.png)
        return [svg_path, png_path]


def _draw(draw, name: str, title: str, size: tuple[float, float]) -> Figure:
    import matplotlib

    matplotlib.use("Agg", force=False)
    import matplotlib.pyplot as plt
    from matplotlib import font_manager

    font = find_cjk_font()
    family = ["sans-serif"]
    if font:
        font_manager.fontManager.addfont(font)
        family = [font_manager.FontProperties(fname=font).get_name(), "sans-serif"]
    import warnings

    with warnings.catch_warnings(), matplotlib.rc_context({"svg.fonttype": "none", "font.family": family,
                                                           "axes.unicode_minus": False, "svg.hashsalt": "qualcode"}):
        # SVG keeps text as text, so a glyph missing from the layout font does not matter there
        warnings.filterwarnings("ignore", message="Glyph .* missing from font")
        fig, ax = plt.subplots(figsize=size)
        draw(fig, ax)
        fig.tight_layout()
        buf = io.StringIO()
        fig.savefig(buf, format="svg", metadata={"Date": None})
        svg = buf.getvalue()
        png = None
        if font:
            pbuf = io.BytesIO()
            fig.savefig(pbuf, format="png", dpi=150, metadata={"Software": None})
            png = pbuf.getvalue()
        plt.close(fig)
    svg = svg[svg.find("<svg"):]  # drop the XML prolog so it can be inlined
    return Figure(name, title, svg, png, "" if font else CJK_FONT_HINT)


def _text_width(text: str, size: float = 10) -> float:
    """Approximate width in inches of ``text`` at ``size`` points (a Chinese character is about one em wide)."""
    ems = sum(1.0 if ord(ch) > 0x2E80 else 0.55 for ch in str(text))
    return ems * size / 72


def heatmap(matrix: pd.DataFrame, name: str, title: str, value_format: str = "{:.0f}%",
            cmap: str = "Blues") -> Figure:
    """A heatmap of ``matrix`` (rows x columns of numbers), annotated with the values.

    The figure is sized to its labels: row labels set the left margin, column labels are tilted when they would
    overlap, and the title is wrapped to the figure's width (so it is never cut)."""
    import textwrap

    import numpy as np

    values = matrix.to_numpy(dtype=float)
    cols = [str(c) for c in matrix.columns]
    rows = [str(r) for r in matrix.index]
    cell = 0.95
    widest_col = max((_text_width(c, 9) for c in cols), default=0)
    tilt = widest_col > cell * 0.95
    label_w = max((_text_width(r, 9) for r in rows), default=0)
    width = max(label_w + cell * len(cols) + 1.6, 5.0)
    chars = max(12, int((width - 0.4) / _text_width("m", 11) * 0.9))
    wrapped = textwrap.fill(title, width=chars) if _text_width(title, 11) > width - 0.4 else title
    extra = (0.55 * widest_col if tilt else 0.3) + 0.25 * wrapped.count("\n")

    def draw(fig, ax):
        im = ax.imshow(np.nan_to_num(values), cmap=cmap, aspect="auto", vmin=0)
        ax.set_xticks(range(matrix.shape[1]), cols, rotation=30 if tilt else 0, ha="right" if tilt else "center",
                      fontsize=9)
        ax.set_yticks(range(matrix.shape[0]), rows, fontsize=9)
        top = np.nanmax(values) if values.size else 0
        for i in range(values.shape[0]):
            for j in range(values.shape[1]):
                v = values[i, j]
                if not np.isnan(v):
                    ax.text(j, i, value_format.format(v), ha="center", va="center",
                            color="white" if top and v > 0.6 * top else "black", fontsize=9)
        ax.set_title(wrapped, fontsize=11)
        fig.colorbar(im, ax=ax, fraction=0.04)

    return _draw(draw, name, title, (width, 1.3 + extra + 0.42 * matrix.shape[0]))


def bar_chart(table: pd.DataFrame, x: str, y: str, hue: str | None, name: str, title: str,
              low: str | None = None, high: str | None = None) -> Figure:
    """Grouped horizontal bars of ``y`` by ``x`` (and ``hue``), with error bars from ``low``/``high`` if given."""
    import textwrap

    import numpy as np

    groups = list(dict.fromkeys(table[hue])) if hue else [None]
    cats = list(dict.fromkeys(table[x]))

    def draw(fig, ax):
        height = 0.8 / len(groups)
        for k, g in enumerate(groups):
            sub = table if g is None else table[table[hue] == g]
            sub = sub.set_index(x).reindex(cats)
            pos = np.arange(len(cats)) + k * height
            err = None
            if low and high:
                err = np.vstack([(sub[y] - sub[low]).clip(lower=0).fillna(0),
                                 (sub[high] - sub[y]).clip(lower=0).fillna(0)])
            ax.barh(pos, sub[y].fillna(0), height=height, xerr=err, label=str(g) if g is not None else None,
                    capsize=2)
        ax.set_yticks(np.arange(len(cats)) + 0.4 - height / 2, [str(c) for c in cats], fontsize=9)
        ax.invert_yaxis()
        ax.set_title(textwrap.fill(title, width=70), fontsize=11)
        if hue:
            ax.legend(fontsize=8)

    label_w = max((_text_width(c, 9) for c in cats), default=0)
    return _draw(draw, name, title, (max(7.5, 5.5 + label_w), 1.2 + 0.35 * len(cats) * max(1, len(groups)) ** 0.5))


@dataclass
class Section:
    """One part of the report: a heading, an explanation, then tables and figures in order.

    ``title`` may hold both languages ("Findings 研究发现": the Chinese part is what follows the first CJK character),
    or give ``title_zh``; ``intro_zh`` and ``notes_zh`` are the Chinese text for ``write_report(lang="zh"|"both")``.
    ``display`` maps a table name to the (narrower) table shown on the page; the workbook keeps the full one.
    """

    title: str
    intro: str = ""
    tables: Sequence[tuple[str, pd.DataFrame]] = ()
    figures: Sequence[Figure] = ()
    notes: Sequence[str] = ()
    anchor: str = ""
    extra_html: str = ""
    #: tables that go into the workbook only (shown in the page some other way, e.g. through ``extra_html``)
    workbook_tables: Sequence[tuple[str, pd.DataFrame]] = ()
    title_zh: str = ""
    intro_zh: str = ""
    notes_zh: Sequence[str] = ()
    display: dict = field(default_factory=dict)


LANGS = ("zh", "en", "both")

_CSS = """
body{font-family:"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei","WenQuanYi Micro Hei",
sans-serif;margin:2em auto;max-width:72em;padding:0 1em;color:#1d1d1f;line-height:1.5}
h1{font-size:1.6em}h2{border-bottom:1px solid #ccd;padding-bottom:.2em;margin-top:2em}
.tw{max-width:100%;overflow-x:auto}
table{border-collapse:collapse;margin:.8em 0;font-size:.88em;max-width:100%}th,td{border:1px solid #ccd;
padding:.25em .5em;vertical-align:top;text-align:left}th{background:#eef1f7;font-weight:600}
td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}td.short{white-space:nowrap}
td.long{min-width:10em;overflow-wrap:anywhere}td.mid{min-width:4.5em;overflow-wrap:break-word}
.note{color:#6a4a00;background:#fff6dc;padding:.4em .6em;border-left:3px solid #e0b000}
.banner{background:#eef6ee;border-left:3px solid #3a8a3a;padding:.5em .8em}
.caption{color:#555;font-size:.85em;margin:.2em 0 -.4em}
figure{margin:1em 0}figure svg{max-width:100%;height:auto}nav a{margin-right:1em;display:inline-block}
.quote{font-size:.92em}.muted{color:#666}
table.kwic{font-size:.9em;table-layout:fixed;width:100%}table.kwic td{border:none;border-bottom:1px solid #eee;
padding:.15em .3em;vertical-align:baseline}table.kwic td.muted{width:6.5em;font-size:.85em}
table.kwic td.kl,table.kwic td.kr{white-space:nowrap;overflow:hidden;width:32%}
table.kwic td.kl{text-align:right;direction:rtl}table.kwic td.kl span{direction:ltr;unicode-bidi:isolate}
table.kwic td.km{font-weight:600;text-align:center}
mark{background:#ffe58a;padding:0 .1em}
@media (max-width:50em){body{margin:1em auto;font-size:15px}}
@media print{
@page{size:A4;margin:14mm 12mm}
body{max-width:none;margin:0;padding:0;font-size:9.5pt;line-height:1.4;color:#000}
nav{display:none}h2{break-after:avoid;margin-top:1.2em}h3{break-after:avoid}
table{font-size:8.5pt;break-inside:auto}tr,figure,.note{break-inside:avoid}thead{display:table-header-group}
td.long{min-width:8em}figure svg{max-height:230mm}.tw{overflow:visible}
}
"""


def _fmt(value: Any) -> str:
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return ""
    if isinstance(value, float):
        if abs(value) >= 100 or value == int(value) and abs(value) >= 1:
            return f"{value:.0f}" if value == int(value) else f"{value:.1f}"
        return f"{value:.3f}" if abs(value) < 1 else f"{value:.2f}"
    if isinstance(value, (list, tuple)):
        return html.escape(" ".join(map(str, value)))
    return html.escape(str(value)).replace("\n", "<br>")


def _blank(value: Any) -> bool:
    if isinstance(value, str):
        return not value.strip()
    return value is None or (isinstance(value, float) and pd.isna(value))


def _constant_columns(df: pd.DataFrame) -> list[str]:
    """Columns with one and the same (non-empty) value on every row of a table of 3+ rows."""
    if len(df) < 3:
        return []
    out = []
    for c in df.columns:
        vals = df[c].tolist()
        if not _blank(vals[0]) and all(isinstance(v, (str, int, float)) and v == vals[0] for v in vals):
            out.append(c)
    return out


def table_html(df: pd.DataFrame, max_rows: int = 400) -> str:
    """An escaped HTML table of ``df`` (first ``max_rows`` rows) laid out to fit the page: columns empty on every
    row are left out, a column with the same value on every row is said once above the table instead, column names
    can wrap at underscores, a column repeating an earlier one is left out, numbers and short labels do not wrap and
    longer text wraps within a minimum width."""
    shown = df.head(max_rows)
    empty = [c for c in shown.columns if all(_blank(v) for v in shown[c].tolist())]
    constant = [c for c in _constant_columns(shown) if c not in empty]
    if len(shown.columns) - len(empty) - len(constant) < 1:
        constant = []
    cols = [c for c in shown.columns if c not in empty and c not in constant]
    same = [c for i, c in enumerate(cols) if any(shown[c].equals(shown[d]) for d in cols[:i])]
    cols = [c for c in cols if c not in same]  # a copy of an earlier column (respondent_id = doc_id) is said once
    numeric = {c for c in cols if pd.api.types.is_numeric_dtype(shown[c])}
    kinds = {}
    for c in cols:
        longest = max((len(_fmt(v)) for v in shown[c].tolist()), default=0)
        kinds[c] = "num" if c in numeric else "short" if longest <= 9 else "mid" if longest <= 32 else "long"
    head = "".join(f"<th>{html.escape(str(c)).replace('_', '_<wbr>')}</th>" for c in cols)
    rows = []
    for rec in shown[cols].itertuples(index=False):
        cells = "".join(f'<td class="{kinds[c]}">{_fmt(v)}</td>' for c, v in zip(cols, rec))
        rows.append(f"<tr>{cells}</tr>")
    caption = " · ".join(f"{html.escape(str(c))}: {_fmt(shown[c].iloc[0])}" for c in constant)
    caption = f'<p class="caption">{caption}</p>' if caption else ""
    more = f'<p class="muted">{len(df) - max_rows} more rows in the workbook.</p>' if len(df) > max_rows else ""
    table = f'<table><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>'
    return f'{caption}<div class="tw">{table}</div>{more}'


def split_title(title: str) -> tuple[str, str]:
    """("Findings", "研究发现") from "Findings 研究发现": the Chinese part starts at the first CJK character."""
    for i, ch in enumerate(title):
        if "\u4e00" <= ch <= "\u9fff":
            return title[:i].strip(), title[i:].strip()
    return title.strip(), ""


def _in_lang(en: str, zh: str, lang: str, sep: str = " ") -> str:
    if lang == "en" or not zh:
        return en
    if lang == "zh" or not en:
        return zh
    return f"{en}{sep}{zh}"


def _sheet_name(name: str, used: set[str]) -> str:
    base = "".join(ch for ch in name if ch not in "[]:*?/\\")[:31] or "table"
    out, k = base, 2
    while out in used:
        out = f"{base[:28]}_{k}"
        k += 1
    used.add(out)
    return out


def write_workbook(tables: Sequence[tuple[str, pd.DataFrame]], path: str | os.PathLike) -> Path:
    """Every table on its own sheet of one .xlsx file (written atomically); list cells become strings."""

    used: set[str] = set()
    target = Path(path)
    with atomic_write(target, "wb") as fh:
        with pd.ExcelWriter(cast(BinaryIO, fh), engine="openpyxl") as writer:  # opened "wb"
            for name, df in tables:
                sheet = _sheet_name(name, used)
                _for_csv(df).to_excel(writer, sheet_name=sheet, index=False)
                ws = writer.sheets[sheet]
                ws.freeze_panes = "A2"
                for col_cells in ws.columns:
                    width = max((len(str(c.value)) if c.value is not None else 0) for c in col_cells[:50])
                    ws.column_dimensions[col_cells[0].column_letter].width = min(60, max(8, width * 1.6))
    return target


def _section_html(sec: Section, anchor: str, lang: str, out: Path, written: dict[str, Path]) -> tuple[str, str]:
    """(nav link, section HTML); figures are written into ``out/figures``."""
    en, zh = split_title(sec.title)
    title = _in_lang(en, sec.title_zh or zh, lang)
    parts = [f'<h2 id="{anchor}">{html.escape(title)}</h2>']
    for text in ([sec.intro] if lang != "zh" or not sec.intro_zh else []) + ([sec.intro_zh] if lang != "en" else []):
        if text:
            parts.append(f"<p>{html.escape(text)}</p>")
    notes = list(sec.notes) if lang != "zh" or not sec.notes_zh else []
    notes += list(sec.notes_zh) if lang != "en" else []
    for note in notes:
        parts.append(f'<p class="note">{html.escape(note)}</p>')
    if sec.extra_html:
        parts.append(sec.extra_html)
    for fig in sec.figures:
        for path in fig.save(out / "figures" / f"{fig.name}.svg"):
            written[path.name] = path
        note = f'<figcaption class="note">{html.escape(fig.note)}</figcaption>' if fig.note else ""
        parts.append(f"<figure>{fig.svg}{note}</figure>")
    for name, df in sec.tables:
        parts.append(f"<h3>{html.escape(_in_lang(name, TABLE_NAMES_ZH.get(name, ''), lang, ' · '))}</h3>"
                     f"{table_html(sec.display.get(name, df))}")
    nav = f'<a href="#{anchor}">{html.escape(title)}</a>'
    return nav, "\n".join(parts)


def write_report(sections: Sequence[Section], out_dir: str | os.PathLike, *, title: str,
                 subtitle: str = "", banner: str = "", lang: str = "both") -> dict[str, Path]:
    """Write ``index.html``, ``tables.xlsx`` and ``figures/*.svg|png`` into ``out_dir``; return their paths.

    ``lang``: the language of the report's own text (headings, explanations, notes): ``"zh"``, ``"en"`` or
    ``"both"`` (default). Data (quotes, labels, column names) is shown as it is."""
    if lang not in LANGS:
        raise ValueError(f"lang == {lang!r}, must be one of {', '.join(map(repr, LANGS))}")
    out = Path(out_dir)
    (out / "figures").mkdir(parents=True, exist_ok=True)
    written: dict[str, Path] = {}
    body: list[str] = []
    nav: list[str] = []
    all_tables: list[tuple[str, pd.DataFrame]] = []
    for k, sec in enumerate(sections, start=1):
        link, part = _section_html(sec, sec.anchor or f"s{k}", lang, out, written)
        nav.append(link)
        body.append(part)
        all_tables.extend(sec.workbook_tables)
        all_tables.extend(sec.tables)
    page = (
        f"<!DOCTYPE html>\n<html lang=\"{'en' if lang == 'en' else 'zh-CN'}\"><head><meta charset=\"utf-8\">"
        f"<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\"><title>{html.escape(title)}</title>"
        f"<style>{_CSS}</style></head><body>"
        f"<h1>{html.escape(title)}</h1>"
        + (f"<p class=\"muted\">{html.escape(subtitle)}</p>" if subtitle else "")
        + (f"<p class=\"banner\">{html.escape(banner)}</p>" if banner else "")
        + f"<nav>{''.join(nav)}</nav>" + "\n".join(body) + "</body></html>\n"
    )
    index = out / "index.html"
    with atomic_write(index) as fh:
        fh.write(page)
    written["index.html"] = index
    if all_tables:
        written["tables.xlsx"] = write_workbook(all_tables, out / "tables.xlsx")
    return written
