"""Small indicator charts: inline SVG for HTML, PNG (through Pillow) for Word, blocks for text.

One geometry for all: values left to right, evenly spaced, scaled into a box that
also holds the target, drawn as a dashed line. A gutter on the left carries the
scale: the highest and lowest value of the box, written where they fall. The line
is dark and solid, the target mid-grey and dashed, so the two stay apart when the
report is printed in greyscale.
"""

from __future__ import annotations

import functools
import io
import math
from typing import TYPE_CHECKING

from tracker.summary.document import Chart

if TYPE_CHECKING:
    from PIL import ImageFont

# The SVG's size in CSS pixels; the PNG is drawn at SCALE times this so it prints sharply.
WIDTH, HEIGHT, PAD = 160, 40, 5
GUTTER = 34  # left of the plot: the scale's numbers
FONT_PX = 11  # the scale's numbers: about 7 pt where the picture is 3.6 cm wide
SCALE = 3
LINE = (31, 78, 121)  # dark blue; grey level about 70
TARGET = (140, 140, 140)  # grey level 140: lighter than the line, darker than the paper
AXIS = (190, 190, 190)
INK = (40, 40, 40)  # the scale's numbers
TRANSPARENT = (255, 255, 255, 0)  # so the picture never hides a table's borders
DASH, GAP = 4, 3  # the target line's dashes, in CSS pixels
SPARKS = "▁▂▃▄▅▆▇█"


def _finite(values: tuple[float, ...]) -> tuple[float, ...]:
    return tuple(v for v in values if math.isfinite(v))


def _scale_factor(low: float, high: float) -> float:
    """What values are multiplied by before their spread is taken: 1, or a half where the
    spread of values near the float limits (±1.8e308) would overflow to infinity."""
    return 1.0 if math.isfinite(high - low) else 0.5


def _bounds(chart: Chart) -> tuple[float, float] | None:
    """The lowest and highest of the values and the target: the box's scale."""
    scale = [*_finite(chart.values)]
    if chart.target is not None and math.isfinite(chart.target):
        scale.append(chart.target)
    return (min(scale), max(scale)) if scale else None


def geometry(
    chart: Chart,
    width: float = WIDTH,
    height: float = HEIGHT,
    pad: float = PAD,
    left: float = GUTTER,
) -> tuple[list[tuple[float, float]], float | None]:
    """Points of the line and the y of the target line, in the box right of `left`."""
    values = _finite(chart.values)
    target = chart.target if chart.target is not None and math.isfinite(chart.target) else None
    bounds = _bounds(chart)
    if bounds is None:
        return [], None
    low, high = bounds
    k = _scale_factor(low, high)

    def y(v: float) -> float:
        if high == low:  # one level: the middle of the box
            return height / 2
        return pad + (high * k - v * k) / (high * k - low * k) * (height - 2 * pad)

    n = len(values)
    step = (width - left - 2 * pad) / (n - 1) if n > 1 else 0
    x0 = left + pad if n > 1 else (left + width) / 2
    points = [(x0 + i * step, y(v)) for i, v in enumerate(values)]
    return points, (y(target) if target is not None else None)


def scale_label(value: float, lang: str) -> str:
    """A number of the scale: at most four significant digits, Dutch decimal comma."""
    text = f"{value:.4g}"
    if "e" in text:  # 1.235e+15: the exponent without its padding
        mantissa, exponent = text.split("e")
        text = f"{mantissa}e{int(exponent)}"
    return text.replace(".", ",") if lang == "nl" else text


def _ticks(chart: Chart, height: float, pad: float) -> list[tuple[float, float]]:
    """(value, y) of the numbers on the scale: the top and bottom of the box, or the one
    level when every value is the same."""
    bounds = _bounds(chart)
    if bounds is None:
        return []
    low, high = bounds
    if low == high:
        return [(low, height / 2)]
    return [(high, pad), (low, height - pad)]


def svg(chart: Chart, lang: str = "en") -> str:
    """An inline SVG element. It is hidden from screen readers: the element around it
    carries `chart.alt`, escaped by the caller."""
    points, target = geometry(chart)
    parts = [
        f'<svg class="chart" width="{WIDTH}" height="{HEIGHT}" viewBox="0 0 {WIDTH} {HEIGHT}" '
        'aria-hidden="true" xmlns="http://www.w3.org/2000/svg">'
    ]
    ticks = _ticks(chart, HEIGHT, PAD)
    if ticks:
        parts.append(
            f'<line x1="{GUTTER}" x2="{GUTTER}" y1="{PAD}" y2="{HEIGHT - PAD}" '
            'stroke="#bebebe" stroke-width="1"/>'
        )
    for value, y in ticks:
        parts.append(
            f'<text x="{GUTTER - 3}" y="{y:.1f}" font-size="{FONT_PX}" fill="#282828" '
            'text-anchor="end" dominant-baseline="middle" '
            f'font-family="Arial, Liberation Sans, sans-serif">{scale_label(value, lang)}</text>'
        )
    if target is not None:
        parts.append(
            f'<line x1="{GUTTER}" x2="{WIDTH - PAD}" y1="{target:.1f}" y2="{target:.1f}" '
            f'stroke="#8c8c8c" stroke-width="1.2" stroke-dasharray="{DASH} {GAP}"/>'
        )
    if len(points) > 1:
        coords = " ".join(f"{x:.1f},{y:.1f}" for x, y in points)
        parts.append(
            f'<polyline points="{coords}" fill="none" stroke="#1f4e79" stroke-width="1.5"/>'
        )
    for x, y in points:
        parts.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="2" fill="#1f4e79"/>')
    parts.append("</svg>")
    return "".join(parts)


def sparkline(chart: Chart) -> str:
    """The values as block characters, for Markdown and the terminal."""
    values = _finite(chart.values)
    if not values:
        return ""
    low, high = min(values), max(values)
    if high == low:
        return SPARKS[3] * len(values)
    k = _scale_factor(low, high)
    top = len(SPARKS) - 1
    return "".join(SPARKS[round((v * k - low * k) / (high * k - low * k) * top)] for v in values)


@functools.cache
def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    from PIL import ImageFont

    # Pillow's own font (built in, so every machine draws the same pixels).
    return ImageFont.load_default(size)


# The PNG's palette: index 0 is the see-through ground (so the picture never hides a
# table's borders), then one index per ink. A palette image is a quarter of the bytes
# of RGBA and is written without PNG's per-row filter search: three times faster to
# encode, and a third of the file.
_PALETTE = [*TRANSPARENT[:3], *LINE, *TARGET, *AXIS, *INK]
_GROUND, _LINE, _TARGET, _AXIS, _INK = range(5)


def png(chart: Chart, lang: str = "en", scale: int = SCALE) -> bytes:
    """The chart as a PNG file on a transparent ground, `scale` times the SVG size."""
    # Imported here: only the Word summary draws pictures.
    from PIL import Image, ImageDraw

    width, height = WIDTH * scale, HEIGHT * scale
    image = Image.new("P", (width, height), _GROUND)
    image.putpalette(_PALETTE)
    draw = ImageDraw.Draw(image)
    points, target = geometry(chart, width, height, PAD * scale, GUTTER * scale)
    ticks = _ticks(chart, height, PAD * scale)
    if ticks:
        axis = GUTTER * scale
        draw.line([(axis, PAD * scale), (axis, height - PAD * scale)], fill=_AXIS, width=scale)
        font = _font(FONT_PX * scale)
        for value, y in ticks:
            draw.text(
                (axis - 3 * scale, y), scale_label(value, lang), fill=_INK, font=font, anchor="rm"
            )
    if target is not None:
        x, end = GUTTER * scale, (WIDTH - PAD) * scale
        while x < end:
            draw.line(
                [(x, target), (min(x + DASH * scale, end), target)], fill=_TARGET, width=scale
            )
            x += (DASH + GAP) * scale
    if len(points) > 1:
        draw.line(points, fill=_LINE, width=round(1.5 * scale), joint="curve")
    radius = 2 * scale
    for x, y in points:
        draw.ellipse([(x - radius, y - radius), (x + radius, y + radius)], fill=_LINE)
    out = io.BytesIO()
    # 72 dpi times the scale: the picture's intended size for any reader that asks.
    image.save(out, "PNG", transparency=_GROUND, dpi=(72 * scale, 72 * scale))
    return out.getvalue()
