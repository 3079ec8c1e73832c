"""Small indicator charts drawn by hand: inline SVG for HTML, PNG for Word, blocks for text.

One geometry for all: values left to right, evenly spaced, scaled into a box that
also holds the target (drawn as a dashed line). No plotting library: the chart is
a line, dots and one dashed line, so a few dozen lines of drawing do.
"""

from __future__ import annotations

import itertools
import math
import struct
import zlib

from tracker.summary.document import Chart

WIDTH, HEIGHT, PAD = 120, 32, 4
LINE = (31, 78, 121)  # dark blue
TARGET = (150, 150, 150)
TRANSPARENT = (255, 255, 255, 0)  # so the picture never hides a table's borders
SPARKS = "▁▂▃▄▅▆▇█"


def _finite(values: tuple[float, ...]) -> tuple[float, ...]:
    return tuple(v for v in values if math.isfinite(v))


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
    if high == low:
        low, high = low - 1, high + 1

    def y(v: float) -> float:
        return pad + (high - v) / (high - low) * (height - 2 * pad)

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
    return "".join(SPARKS[round((v - low) / (high - low) * (len(SPARKS) - 1))] for v in values)


class _Canvas:
    def __init__(self, width: int, height: int) -> None:
        self.width, self.height = width, height
        self.pixels = bytearray(bytes(TRANSPARENT) * (width * height))

    def dot(self, cx: float, cy: float, radius: float, colour: tuple[int, int, int]) -> None:
        r2 = radius * radius
        for y in range(max(0, int(cy - radius)), min(self.height, int(cy + radius) + 2)):
            for x in range(max(0, int(cx - radius)), min(self.width, int(cx + radius) + 2)):
                if (x + 0.5 - cx) ** 2 + (y + 0.5 - cy) ** 2 <= r2:
                    i = 4 * (y * self.width + x)
                    self.pixels[i : i + 4] = bytes((*colour, 255))

    def line(
        self,
        a: tuple[float, float],
        b: tuple[float, float],
        thickness: float,
        colour: tuple[int, int, int],
        dash: float = 0,
    ) -> None:
        length = math.hypot(b[0] - a[0], b[1] - a[1])
        steps = max(1, int(length / max(thickness / 3, 0.5)))
        for i in range(steps + 1):
            t = i / steps
            if dash and int(t * length / dash) % 2:
                continue
            self.dot(a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, thickness / 2, colour)

    def png(self) -> bytes:
        rows = b"".join(
            b"\0" + bytes(self.pixels[4 * y * self.width : 4 * (y + 1) * self.width])
            for y in range(self.height)
        )

        def chunk(tag: bytes, data: bytes) -> bytes:
            body = tag + data
            return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

        header = struct.pack(">IIBBBBB", self.width, self.height, 8, 6, 0, 0, 0)  # RGBA
        return (
            b"\x89PNG\r\n\x1a\n"
            + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(rows, 9))
            + chunk(b"IEND", b"")
        )


def png(chart: Chart, scale: int = 3) -> bytes:
    """The chart as a PNG, drawn at `scale` times the SVG size so it prints sharply."""
    canvas = _Canvas(WIDTH * scale, HEIGHT * scale)
    points, target = geometry(chart, WIDTH * scale, HEIGHT * scale, PAD * scale)
    if target is not None:
        canvas.line(
            (PAD * scale, target), ((WIDTH - PAD) * scale, target), scale, TARGET, dash=3 * scale
        )
    for a, b in itertools.pairwise(points):
        canvas.line(a, b, 1.5 * scale, LINE)
    for x, y in points:
        canvas.dot(x, y, 2 * scale, LINE)
    return canvas.png()
