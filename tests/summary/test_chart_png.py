"""The PNG charts are drawn faster than pixel by pixel, and come out the same to the bit."""

from __future__ import annotations

import itertools
import math

from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.summary import chart
from tracker.summary.chart import HEIGHT, LINE, PAD, TARGET, TRANSPARENT, WIDTH, geometry
from tracker.summary.document import Chart


class _PixelByPixel:
    """The drawing as chart.py first did it: every pixel near each dot, tested in turn."""

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

    def rows(self) -> bytes:
        stride = 4 * self.width
        return b"".join(
            b"\0" + bytes(self.pixels[y * stride : (y + 1) * stride]) for y in range(self.height)
        )


def _pixel_by_pixel(picture: Chart, scale: int) -> bytes:
    canvas = _PixelByPixel(WIDTH * scale, HEIGHT * scale)
    points, target = geometry(picture, WIDTH * scale, HEIGHT * scale, PAD * scale)
    if target is not None:
        canvas.line(
            (PAD * scale, target), ((WIDTH - PAD) * scale, target), scale, TARGET, dash=3 * scale
        )
    for a, b in itertools.pairwise(points):
        canvas.line(a, b, 1.5 * scale, LINE)
    for x, y in points:
        canvas.dot(x, y, 2 * scale, LINE)
    return canvas.rows()


_VALUES = st.one_of(
    st.floats(-1e6, 1e6, allow_nan=False),
    st.sampled_from([0.0, 1.0, 0.5, 1 / 3, 90.0, 100.0, -2.5]),
)


@settings(max_examples=150, deadline=None)
@given(
    values=st.lists(_VALUES, max_size=12).map(tuple),
    target=st.one_of(st.none(), _VALUES),
    scale=st.integers(1, 4),
)
def test_same_pixels_as_pixel_by_pixel(
    values: tuple[float, ...], target: float | None, scale: int
) -> None:
    picture = Chart(values, target, "")
    raster = chart.raster(picture, scale)
    assert raster.rows == _pixel_by_pixel(picture, scale)
    assert chart.png(picture, scale) == chart.encode_png(raster)


def test_dots_at_the_edge_clipped_as_before() -> None:
    canvas = chart._Canvas(20, 10)
    reference = _PixelByPixel(20, 10)
    for cx, cy, radius in ((0.2, 0.3, 6.0), (19.9, 9.5, 2.25), (-1.0, 5.0, 1.5), (10, 12, 3)):
        canvas.dots([(cx, cy)], radius, LINE)
        reference.dot(cx, cy, radius, LINE)
    assert canvas.raster().rows == reference.rows()


_ANY_FLOAT = st.one_of(
    st.floats(),  # NaN and the infinities included: charts leave them out
    st.sampled_from([1.7976931348623157e308, -1.7976931348623157e308, 5e-324, 2.0**53]),
)


@settings(max_examples=300, deadline=None)
@given(values=st.lists(_ANY_FLOAT, max_size=6).map(tuple), target=st.none() | _ANY_FLOAT)
def test_any_values_give_a_chart_inside_its_box(
    values: tuple[float, ...], target: float | None
) -> None:
    picture = Chart(values, target, "")
    points, target_y = geometry(picture)
    ys = [y for _, y in points] + ([target_y] if target_y is not None else [])
    assert all(PAD <= y <= HEIGHT - PAD for y in ys), ys
    assert len(chart.sparkline(picture)) == len(points)
    assert chart.png(picture, 1).startswith(b"\x89PNG")
    assert "nan" not in chart.svg(picture) and "inf" not in chart.svg(picture)


def test_values_near_the_float_limits() -> None:
    huge = 1.7976931348623157e308
    points, target_y = geometry(Chart((-huge, huge, 0.0), huge, ""))
    assert [y for _, y in points] == [HEIGHT - PAD, PAD, HEIGHT / 2]
    assert target_y == PAD
    assert chart.sparkline(Chart((-huge, huge, 0.0), None, "")) == "▁█▅"
    # One level, however large: the middle of the box, as for any other level.
    points, _ = geometry(Chart((1e17, 1e17), None, ""))
    assert points == [(PAD, HEIGHT / 2), (WIDTH - PAD, HEIGHT / 2)]
