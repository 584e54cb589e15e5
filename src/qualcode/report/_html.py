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
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Sequence

import pandas as pd

from qualcode._io import atomic_write
from qualcode._io import _for_csv

__all__ = ["Figure", "Section", "find_cjk_font", "heatmap", "bar_chart", "write_report", "CJK_FONT_HINT"]

CJK_FONT_HINT = ("no CJK font found for PNG figures: install one, e.g. 'apt install fonts-noto-cjk' (Debian/Ubuntu), "
                 "'dnf install google-noto-sans-cjk-fonts' (Fedora) or 'brew install --cask font-noto-sans-cjk' (macOS), "
                 "or set QUALCODE_CJK_FONT=/path/to/font.ttf; the SVG figures render Chinese with the reader's fonts")
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

    with warnings.catch_warnings(), matplotlib.rc_context({"svg.fonttype": "none", "font.family": family, "axes.unicode_minus": False,
                                "svg.hashsalt": "qualcode"}):
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


def heatmap(matrix: pd.DataFrame, name: str, title: str, value_format: str = "{:.0f}%",
            cmap: str = "Blues") -> Figure:
    """A heatmap of ``matrix`` (rows x columns of numbers), annotated with the values."""
    import numpy as np

    values = matrix.to_numpy(dtype=float)

    def draw(fig, ax):
        im = ax.imshow(np.nan_to_num(values), cmap=cmap, aspect="auto", vmin=0)
        ax.set_xticks(range(matrix.shape[1]), [str(c) for c in matrix.columns])
        ax.set_yticks(range(matrix.shape[0]), [str(r) for r in matrix.index])
        top = np.nanmax(values) if values.size else 0
        for i in range(values.shape[0]):
            for j in range(values.shape[1]):
                v = values[i, j]
                if not np.isnan(v):
                    ax.text(j, i, value_format.format(v), ha="center", va="center",
                            color="white" if top and v > 0.6 * top else "black", fontsize=9)
        ax.set_title(title)
        fig.colorbar(im, ax=ax, fraction=0.04)

    return _draw(draw, name, title, (1.6 + 1.3 * matrix.shape[1], 1.2 + 0.45 * matrix.shape[0]))


def bar_chart(table: pd.DataFrame, x: str, y: str, hue: str | None, name: str, title: str,
              low: str | None = None, high: str | None = None) -> Figure:
    """Grouped horizontal bars of ``y`` by ``x`` (and ``hue``), with error bars from ``low``/``high`` if given."""
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
                err = np.vstack([(sub[y] - sub[low]).clip(lower=0).fillna(0), (sub[high] - sub[y]).clip(lower=0).fillna(0)])
            ax.barh(pos, sub[y].fillna(0), height=height, xerr=err, label=str(g) if g is not None else None,
                    capsize=2)
        ax.set_yticks(np.arange(len(cats)) + 0.4 - height / 2, [str(c) for c in cats])
        ax.invert_yaxis()
        ax.set_title(title)
        if hue:
            ax.legend(fontsize=8)

    return _draw(draw, name, title, (7.5, 1.2 + 0.35 * len(cats) * max(1, len(groups)) ** 0.5))


@dataclass
class Section:
    """One part of the report: a heading, an explanation, then tables and figures in order."""

    title: str
    intro: str = ""
    tables: Sequence[tuple[str, pd.DataFrame]] = ()
    figures: Sequence[Figure] = ()
    notes: Sequence[str] = ()
    anchor: str = ""
    extra_html: str = ""
    #: tables that go into the workbook only (shown in the page some other way, e.g. through ``extra_html``)
    workbook_tables: Sequence[tuple[str, pd.DataFrame]] = ()


_CSS = """
body{font-family:"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei","WenQuanYi Micro Hei",
sans-serif;margin:2em auto;max-width:72em;padding:0 1em;color:#1d1d1f;line-height:1.5}
h1{font-size:1.6em}h2{border-bottom:1px solid #ccd;padding-bottom:.2em;margin-top:2em}
table{border-collapse:collapse;margin:.8em 0;font-size:.88em}th,td{border:1px solid #ccd;padding:.25em .5em;
vertical-align:top;text-align:left}th{background:#eef1f7}td.num{text-align:right;font-variant-numeric:tabular-nums}
.note{color:#6a4a00;background:#fff6dc;padding:.4em .6em;border-left:3px solid #e0b000}
.banner{background:#eef6ee;border-left:3px solid #3a8a3a;padding:.5em .8em}
figure{margin:1em 0}figure svg{max-width:100%;height:auto}nav a{margin-right:1em}
.quote{font-size:.92em}.muted{color:#666}
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


def table_html(df: pd.DataFrame, max_rows: int = 400) -> str:
    """An escaped HTML table of ``df`` (first ``max_rows`` rows)."""
    shown = df.head(max_rows)
    numeric = {c for c in shown.columns if pd.api.types.is_numeric_dtype(shown[c])}
    head = "".join(f"<th>{html.escape(str(c))}</th>" for c in shown.columns)
    rows = []
    for rec in shown.itertuples(index=False):
        cells = "".join(f'<td class="num">{_fmt(v)}</td>' if c in numeric else f"<td>{_fmt(v)}</td>"
                        for c, v in zip(shown.columns, rec))
        rows.append(f"<tr>{cells}</tr>")
    more = f'<p class="muted">{len(df) - max_rows} more rows in the workbook.</p>' if len(df) > max_rows else ""
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>{more}"


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
        with pd.ExcelWriter(fh, engine="openpyxl") as writer:
            for name, df in tables:
                sheet = _sheet_name(name, used)
                _for_csv(df).to_excel(writer, sheet_name=sheet, index=False)
                ws = writer.sheets[sheet]
                ws.freeze_panes = "A2"
                for col_cells in ws.columns:
                    width = max((len(str(c.value)) if c.value is not None else 0) for c in col_cells[:50])
                    ws.column_dimensions[col_cells[0].column_letter].width = min(60, max(8, width * 1.6))
    return target


def write_report(sections: Sequence[Section], out_dir: str | os.PathLike, *, title: str,
                 subtitle: str = "", banner: str = "") -> dict[str, Path]:
    """Write ``index.html``, ``tables.xlsx`` and ``figures/*.svg|png`` into ``out_dir``; return their paths."""
    out = Path(out_dir)
    (out / "figures").mkdir(parents=True, exist_ok=True)
    written: dict[str, Path] = {}
    body, nav, all_tables = [], [], []
    for k, sec in enumerate(sections, start=1):
        anchor = sec.anchor or f"s{k}"
        nav.append(f'<a href="#{anchor}">{html.escape(sec.title)}</a>')
        parts = [f'<h2 id="{anchor}">{html.escape(sec.title)}</h2>']
        if sec.intro:
            parts.append(f"<p>{html.escape(sec.intro)}</p>")
        for note in sec.notes:
            parts.append(f'<p class="note">{html.escape(note)}</p>')
        if sec.extra_html:
            parts.append(sec.extra_html)
        all_tables.extend(sec.workbook_tables)
        for fig in sec.figures:
            svg_path = out / "figures" / f"{fig.name}.svg"
            with atomic_write(svg_path) as fh:
                fh.write(fig.svg)
            written[f"{fig.name}.svg"] = svg_path
            if fig.png is not None:
                png_path = out / "figures" / f"{fig.name}.png"
                with atomic_write(png_path, "wb") as fh:
                    fh.write(fig.png)
                written[f"{fig.name}.png"] = png_path
            note = f'<figcaption class="note">{html.escape(fig.note)}</figcaption>' if fig.note else ""
            parts.append(f"<figure>{fig.svg}{note}</figure>")
        for name, df in sec.tables:
            parts.append(f"<h3>{html.escape(name)}</h3>{table_html(df)}")
            all_tables.append((name, df))
        body.append("\n".join(parts))
    page = (
        "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
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
