"""Small server-side SVG charts, readable without colour: every bar and point carries its value as text,
and a second series is told apart by a hatch pattern and a legend, not by hue."""

from collections.abc import Sequence
from xml.sax.saxutils import escape

BAR_HEIGHT = 18
GAP = 8
LABEL_WIDTH = 170
PLOT_WIDTH = 360
FILLS = ["#333", "url(#hatch)"]
_DEFS = (
    '<defs><pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">'
    '<rect width="6" height="6" fill="#fff"/><line x1="0" y1="0" x2="0" y2="6" stroke="#333" stroke-width="3"/>'
    "</pattern></defs>"
)


def _fmt(value: float | None) -> str:
    if value is None:
        return "—"
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"


def bar_chart(title: str, rows: Sequence[tuple[str, Sequence[float | None]]], series: Sequence[str]) -> str:
    """Horizontal bars, one group per row and one bar per series, each labelled with its value."""
    top = 22 if len(series) > 1 else 4
    group = len(series) * BAR_HEIGHT + GAP
    height = top + max(len(rows), 1) * group + 4
    # Wide enough for the longest label (about 7 px a character at 12 px), so none is cut at the left.
    label_width = max([LABEL_WIDTH] + [7 * len(label) + 12 for label, _ in rows])
    width = label_width + PLOT_WIDTH + 70
    peak = max([v for _, values in rows for v in values if v is not None] + [0]) or 1
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" class="chart"><title>{escape(title)}</title>{_DEFS}'
    ]
    if len(series) > 1:
        for i, name in enumerate(series):
            x = label_width + i * 140
            parts.append(
                f'<rect x="{x}" y="4" width="14" height="12" fill="{FILLS[i % 2]}" stroke="#333"/>'
                f'<text x="{x + 18}" y="14" font-size="12">{escape(name)}</text>'
            )
    for r, (label, values) in enumerate(rows):
        y0 = top + r * group
        parts.append(
            f'<text x="{label_width - 6}" y="{y0 + len(series) * BAR_HEIGHT / 2 + 4}" font-size="12" '
            f'text-anchor="end">{escape(label)}</text>'
        )
        for i, value in enumerate(values):
            y = y0 + i * BAR_HEIGHT
            w = 0 if value is None else max(1.0, PLOT_WIDTH * float(value) / peak)
            parts.append(
                f'<rect x="{label_width}" y="{y + 2}" width="{w:.1f}" height="{BAR_HEIGHT - 4}" '
                f'fill="{FILLS[i % 2]}" stroke="#333"><title>{escape(series[i])}: {_fmt(value)}</title></rect>'
                f'<text x="{label_width + w + 4:.1f}" y="{y + BAR_HEIGHT - 5}" font-size="11">{_fmt(value)}</text>'
            )
    parts.append("</svg>")
    return "".join(parts)


def line_chart(title: str, points: Sequence[tuple[str, float]]) -> str:
    """A line with square markers; the first, peak and last values are written on the chart."""
    width, height, left, bottom, top = 560, 200, 40, 30, 16
    peak = max([v for _, v in points] + [0]) or 1
    step = (width - left - 10) / max(len(points) - 1, 1)

    def xy(i: int, v: float) -> tuple[float, float]:
        return left + i * step, top + (height - top - bottom) * (1 - float(v) / peak)

    coords = [xy(i, v) for i, (_, v) in enumerate(points)]
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" class="chart"><title>{escape(title)}</title>',
        f'<line x1="{left}" y1="{height - bottom}" x2="{width - 10}" y2="{height - bottom}" stroke="#333"/>',
        f'<text x="{left - 4}" y="{top + 4}" font-size="11" text-anchor="end">{_fmt(peak)}</text>',
        f'<text x="{left - 4}" y="{height - bottom}" font-size="11" text-anchor="end">0</text>',
        '<polyline fill="none" stroke="#333" stroke-width="2" points="'
        + " ".join(f"{x:.1f},{y:.1f}" for x, y in coords)
        + '"/>',
    ]
    labelled = {0, len(points) - 1, max(range(len(points)), key=lambda i: points[i][1])} if points else set()
    for i, ((label, value), (x, y)) in enumerate(zip(points, coords, strict=True)):
        parts.append(
            f'<rect x="{x - 3:.1f}" y="{y - 3:.1f}" width="6" height="6" fill="#333">'
            f"<title>{escape(label)}: {_fmt(value)}</title></rect>"
        )
        if i in labelled:
            parts.append(f'<text x="{x:.1f}" y="{y - 6:.1f}" font-size="11" text-anchor="middle">{_fmt(value)}</text>')
    if points:
        parts.append(f'<text x="{left}" y="{height - 10}" font-size="11">{escape(points[0][0])}</text>')
        parts.append(
            f'<text x="{width - 10}" y="{height - 10}" font-size="11" text-anchor="end">{escape(points[-1][0])}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)
