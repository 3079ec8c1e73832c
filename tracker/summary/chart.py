"""Small indicator charts drawn by hand: inline SVG for HTML, PNG for Word, blocks for text.

One geometry for all: values left to right, evenly spaced, scaled into a box that
also holds the target (drawn as a dashed line). No plotting library: the chart is
a line, dots and one dashed line, so a few dozen lines of drawing do.
"""

from __future__ import annotations

import functools
import itertools
import math
import struct
import zlib
from typing import NamedTuple

from tracker.summary.document import Chart

WIDTH, HEIGHT, PAD = 120, 32, 4
LINE = (31, 78, 121)  # dark blue
TARGET = (150, 150, 150)
TRANSPARENT = (255, 255, 255, 0)  # so the picture never hides a table's borders
SPARKS = "▁▂▃▄▅▆▇█"


def _finite(values: tuple[float, ...]) -> tuple[float, ...]:
    return tuple(v for v in values if math.isfinite(v))


def _scale_factor(low: float, high: float) -> float:
    """What values are multiplied by before their spread is taken: 1, or a half where the
    spread of values near the float limits (±1.8e308) would overflow to infinity."""
    return 1.0 if math.isfinite(high - low) else 0.5


def geometry(
    chart: Chart, width: float = WIDTH, height: float = HEIGHT, pad: float = PAD
) -> tuple[list[tuple[float, float]], float | None]:
    """Points of the line and the y of the target line, in a width x height box."""
    values = _finite(chart.values)
    target = chart.target if chart.target is not None and math.isfinite(chart.target) else None
    scale = [*values, *([target] if target is not None else [])]
    if not scale:
        return [], None
    low, high = min(scale), max(scale)
    k = _scale_factor(low, high)

    def y(v: float) -> float:
        if high == low:  # one level: the middle of the box
            return height / 2
        return pad + (high * k - v * k) / (high * k - low * k) * (height - 2 * pad)

    n = len(values)
    step = (width - 2 * pad) / (n - 1) if n > 1 else 0
    x0 = pad if n > 1 else width / 2
    points = [(x0 + i * step, y(v)) for i, v in enumerate(values)]
    return points, (y(target) if target is not None else None)


def svg(chart: Chart) -> str:
    """An inline SVG element; `chart.alt` must already be escaped by the caller's template."""
    points, target = geometry(chart)
    parts = [
        f'<svg class="chart" width="{WIDTH}" height="{HEIGHT}" viewBox="0 0 {WIDTH} {HEIGHT}" '
        'role="img" xmlns="http://www.w3.org/2000/svg">'
    ]
    if target is not None:
        parts.append(
            f'<line x1="{PAD}" x2="{WIDTH - PAD}" y1="{target:.1f}" y2="{target:.1f}" '
            'stroke="#969696" stroke-width="1" stroke-dasharray="3 2"/>'
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


class Raster(NamedTuple):
    """A picture as PNG stores it before compression: per row, a filter byte, then RGBA."""

    width: int
    height: int
    rows: bytes


# Margin on a squared distance beyond which a pixel is known to be in or out without
# the test itself: the test's rounding is some 1e-13 of a pixel.
_CERTAIN = 1e-6


@functools.cache
def _disc(radius: float) -> tuple[tuple[tuple[int, int, int], ...], tuple[tuple[int, int], ...]]:
    """The pixels of a dot, relative to the pixel its centre falls in.

    Wherever in that pixel the centre lies, the `core` pixels (rows of `(dy, first dx,
    last dx)`) are inside the circle, and pixels in neither `core` nor `edge` (`(dx, dy)`
    pairs) are outside; only `edge` pixels need the test.
    """

    def squares(k: int) -> tuple[float, float]:
        # (k + 0.5 - f) ** 2 for the centre's offset f within its pixel, 0 <= f < 1
        near, far = k - 0.5, k + 0.5
        low = 0.0 if near <= 0 <= far else min(near * near, far * far)
        return low, max(near * near, far * far)

    r2 = radius * radius
    reach = int(radius) + 2
    core, edge = [], []
    for dy in range(-reach, reach + 1):
        y_low, y_high = squares(dy)
        inside = []
        for dx in range(-reach, reach + 1):
            x_low, x_high = squares(dx)
            if x_high + y_high <= r2 - _CERTAIN:
                inside.append(dx)
            elif x_low + y_low <= r2 + _CERTAIN:
                edge.append((dx, dy))
        if inside:
            core.append((dy, inside[0], inside[-1]))
    return tuple(core), tuple(edge)


class _Canvas:
    """Pixels as indexes into a palette, one byte each.

    A dot covers the pixels whose centre passes `(x + 0.5 - cx) ** 2 + (y + 0.5 - cy) ** 2
    <= r2`; that test, computed the same way, decides every pixel that could go either
    way, so a picture is the same to the bit however the drawing is organised.
    """

    def __init__(self, width: int, height: int) -> None:
        self.width, self.height = width, height
        self.index = bytearray(width * height)
        self.palette = [TRANSPARENT]

    def _ink(self, colour: tuple[int, int, int]) -> int:
        rgba = (*colour, 255)
        if rgba not in self.palette:
            self.palette.append(rgba)
        return self.palette.index(rgba)

    def dots(
        self,
        centres: list[tuple[float, float]],
        radius: float,
        colour: tuple[int, int, int],
        level: bool = False,
    ) -> None:
        """A filled circle at each centre, all in one colour; `level`: one y for all."""
        if not centres:
            return
        ink = self._ink(colour)
        index, width, height = self.index, self.width, self.height
        core, edge = _disc(radius)
        reach = int(radius) + 2
        fill = bytes((ink,)) * (2 * reach + 1)
        floor = math.floor
        placed = [(cx, cy, floor(cx), floor(cy)) for cx, cy in centres]
        xs, ys = [cx for cx, _ in centres], [cy for _, cy in centres]
        left = min(xs)
        if not (
            reach <= left
            and max(xs) < width - reach
            and reach <= min(ys)
            and max(ys) < height - reach
        ):
            self._dots_clipped(placed, radius, ink)
            return
        if level and left >= 2 * (reach + 1):
            self._level_dots(placed, radius, ink)
            return
        r2 = radius * radius
        runs = [(dy * width + first, dy * width + last + 1) for dy, first, last in core]
        # Every core first: then most edge pixels are painted already and need no test.
        for _, _, bx, by in placed:
            at = by * width + bx
            for start, end in runs:
                index[at + start : at + end] = fill[: end - start]
        offsets = [(dy * width + dx, dx + 0.5, dy + 0.5) for dx, dy in edge]
        for cx, cy, bx, by in placed:
            at = by * width + bx
            for offset, x, y in offsets:
                if index[at + offset] != ink and (bx + x - cx) ** 2 + (by + y - cy) ** 2 <= r2:
                    index[at + offset] = ink

    def _level_dots(
        self, placed: list[tuple[float, float, int, int]], radius: float, ink: int
    ) -> None:
        # With every centre at one height and at least 2 * (reach + 1) from the left edge,
        # x + 0.5 - cx is computed exactly (Sterbenz), so a dot's pixels depend only on
        # where its centre falls within its pixel: a dashed line draws a few shapes.
        index, width = self.index, self.width
        r2 = radius * radius
        reach = int(radius) + 2
        fill = bytes((ink,)) * (2 * reach + 1)
        cy, by = placed[0][1], placed[0][3]
        shapes: dict[float, list[tuple[int, int]]] = {}
        for cx, _, bx, _ in placed:
            shape = shapes.get(cx - bx)
            if shape is None:
                shape = shapes[cx - bx] = []
                for dy in range(-reach, reach + 1):
                    down = (by + dy + 0.5 - cy) ** 2
                    across = [
                        dx
                        for dx in range(-reach, reach + 1)
                        if (bx + dx + 0.5 - cx) ** 2 + down <= r2
                    ]
                    if across:
                        shape.append((dy * width + across[0], dy * width + across[-1] + 1))
            at = by * width + bx
            for start, end in shape:
                index[at + start : at + end] = fill[: end - start]

    def _dots_clipped(
        self, placed: list[tuple[float, float, int, int]], radius: float, ink: int
    ) -> None:
        index, width, height = self.index, self.width, self.height
        r2 = radius * radius
        reach = int(radius) + 2
        for cx, cy, bx, by in placed:
            for y in range(max(0, by - reach), min(height, by + reach + 1)):
                for x in range(max(0, bx - reach), min(width, bx + reach + 1)):
                    if (x + 0.5 - cx) ** 2 + (y + 0.5 - cy) ** 2 <= r2:
                        index[y * width + x] = ink

    def line(
        self,
        a: tuple[float, float],
        b: tuple[float, float],
        thickness: float,
        colour: tuple[int, int, int],
        dash: float = 0,
    ) -> None:
        """Dots along a to b, each a third of `thickness` (at least half a pixel) apart."""
        length = math.hypot(b[0] - a[0], b[1] - a[1])
        steps = max(1, int(length / max(thickness / 3, 0.5)))
        (ax, ay), (bx, by) = a, b
        ts = [i / steps for i in range(steps + 1)]
        if dash:
            ts = [t for t in ts if not int(t * length / dash) % 2]
        centres = [(ax + (bx - ax) * t, ay + (by - ay) * t) for t in ts]
        self.dots(centres, thickness / 2, colour, level=ay == by)

    def raster(self) -> Raster:
        rgba = bytearray(4 * len(self.index))
        for channel in range(4):
            table = bytearray(256)
            for n, colour in enumerate(self.palette):
                table[n] = colour[channel]
            rgba[channel::4] = self.index.translate(table)
        stride = 4 * self.width
        rows = b"".join(b"\0" + rgba[y * stride : (y + 1) * stride] for y in range(self.height))
        return Raster(self.width, self.height, rows)


def encode_png(raster: Raster) -> bytes:
    """The PNG file of `raster`: RGBA, compressed at zlib's level 9."""

    def chunk(tag: bytes, data: bytes) -> bytes:
        body = tag + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", raster.width, raster.height, 8, 6, 0, 0, 0)  # RGBA
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raster.rows, 9))
        + chunk(b"IEND", b"")
    )


def raster(chart: Chart, scale: int = 3) -> Raster:
    """The chart's pixels, drawn at `scale` times the SVG size so it prints sharply."""
    canvas = _Canvas(WIDTH * scale, HEIGHT * scale)
    points, target = geometry(chart, WIDTH * scale, HEIGHT * scale, PAD * scale)
    if target is not None:
        canvas.line(
            (PAD * scale, target), ((WIDTH - PAD) * scale, target), scale, TARGET, dash=3 * scale
        )
    for a, b in itertools.pairwise(points):
        canvas.line(a, b, 1.5 * scale, LINE)
    for x, y in points:
        canvas.dots([(x, y)], 2 * scale, LINE)
    return canvas.raster()


def png(chart: Chart, scale: int = 3) -> bytes:
    """The chart as a PNG file."""
    return encode_png(raster(chart, scale))
