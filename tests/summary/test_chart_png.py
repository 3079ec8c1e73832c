"""The indicator charts: the PNG decoded by Pillow and its pixels checked where they
matter (the target line, the data points, the scale), and the shared geometry."""

from __future__ import annotations

import io
import math
import re

from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image

from tracker.summary import chart
from tracker.summary.chart import GUTTER, HEIGHT, LINE, PAD, SCALE, TARGET, WIDTH, geometry
from tracker.summary.document import Chart


def _decode(picture: Chart, lang: str = "en") -> Image.Image:
    image = Image.open(io.BytesIO(chart.png(picture, lang)))
    assert image.format == "PNG"
    return image.convert("RGBA")


def _near(pixel: tuple[int, ...], colour: tuple[int, int, int], slack: int = 40) -> bool:
    return pixel[3] > 200 and all(abs(a - b) <= slack for a, b in zip(pixel, colour, strict=False))


def test_size_and_transparent_ground() -> None:
    image = _decode(Chart((1.0, 2.0), 3.0, ""))
    assert image.size == (WIDTH * SCALE, HEIGHT * SCALE)
    # A corner of the plot far from the line and the target: nothing drawn, see-through.
    assert image.getpixel((WIDTH * SCALE - 2, HEIGHT * SCALE - 2))[3] == 0


def test_data_points_where_the_values_put_them() -> None:
    picture = Chart((10.0, 30.0, 20.0, 40.0), None, "")
    image = _decode(picture)
    points, _ = geometry(picture, WIDTH * SCALE, HEIGHT * SCALE, PAD * SCALE, GUTTER * SCALE)
    for x, y in points:
        assert _near(image.getpixel((round(x), round(y))), LINE), (x, y)
    # Highest value at the top of the box, lowest at the bottom.
    assert round(points[3][1]) == PAD * SCALE
    assert round(points[0][1]) == (HEIGHT - PAD) * SCALE
    # Between the points, along the line: the line; far from it: nothing.
    (x0, y0), (x1, y1) = points[0], points[1]
    assert _near(image.getpixel((round((x0 + x1) / 2), round((y0 + y1) / 2))), LINE)
    assert image.getpixel((round((x0 + x1) / 2), PAD * SCALE))[3] == 0


def test_target_line_dashed_at_its_value() -> None:
    picture = Chart((0.0, 50.0, 100.0), 75.0, "")
    image = _decode(picture)
    _, target = geometry(picture, WIDTH * SCALE, HEIGHT * SCALE, PAD * SCALE, GUTTER * SCALE)
    assert target is not None
    y = round(target)
    # 75 of 0..100: a quarter of the box's height down from its top.
    assert y == round(PAD * SCALE + 0.25 * (HEIGHT - 2 * PAD) * SCALE)
    row = [image.getpixel((x, y)) for x in range(GUTTER * SCALE, (WIDTH - PAD) * SCALE)]
    inked = [_near(pixel, TARGET) for pixel in row]
    # Dashed: runs of grey with gaps, across the whole plot; nothing of it above or below.
    assert sum(inked) > len(row) / 3
    assert any(not i for i in inked[: chart.DASH * SCALE * 3])
    assert not any(_near(image.getpixel((x, y - 3 * SCALE)), TARGET) for x in range(len(row)))


def test_scale_written_in_the_gutter() -> None:
    image = _decode(Chart((0.0, 100.0), None, ""))
    gutter = image.crop((0, 0, (GUTTER - 2) * SCALE, HEIGHT * SCALE))
    top = gutter.crop((0, 0, gutter.width, HEIGHT * SCALE // 2))
    bottom = gutter.crop((0, HEIGHT * SCALE // 2, gutter.width, HEIGHT * SCALE))
    # Ink in both halves: the highest and the lowest value are written.
    assert top.getchannel("A").getbbox() is not None
    assert bottom.getchannel("A").getbbox() is not None
    # Wider text for 100 than for 0, right-aligned against the axis.
    top_box, bottom_box = top.getchannel("A").getbbox(), bottom.getchannel("A").getbbox()
    assert top_box[0] < bottom_box[0] and abs(top_box[2] - bottom_box[2]) <= SCALE * 2


def test_scale_numbers() -> None:
    assert chart.scale_label(88.5, "nl") == "88,5"
    assert chart.scale_label(88.5, "en") == "88.5"
    assert chart.scale_label(1234567.0, "en") == "1.235e6"
    assert chart.scale_label(90.0, "en") == "90"


def test_legible_in_greyscale() -> None:
    image = _decode(Chart((0.0, 100.0, 50.0), 75.0, "")).convert("LA")
    grey_line = Image.new("RGB", (1, 1), LINE).convert("L").getpixel((0, 0))
    grey_target = Image.new("RGB", (1, 1), TARGET).convert("L").getpixel((0, 0))
    # Line darker than the target, both well away from white paper.
    assert grey_line + 50 < grey_target < 200
    assert image.mode == "LA"


def test_the_same_chart_the_same_file() -> None:
    picture = Chart((1.0, 3.0, 2.0), 2.5, "")
    assert chart.png(picture) == chart.png(Chart((1.0, 3.0, 2.0), 2.5, "other alt text"))
    assert chart.png(picture, "nl") != chart.png(Chart((1.5, 3.0, 2.0), 2.5, ""), "nl")


_ANY_FLOAT = st.one_of(
    st.floats(),  # NaN and the infinities included: charts leave them out
    st.sampled_from([1.7976931348623157e308, -1.7976931348623157e308, 5e-324, 2.0**53]),
)


@settings(max_examples=150, deadline=None)
@given(values=st.lists(_ANY_FLOAT, max_size=6).map(tuple), target=st.none() | _ANY_FLOAT)
def test_any_values_give_a_chart_inside_its_box(
    values: tuple[float, ...], target: float | None
) -> None:
    picture = Chart(values, target, "")
    points, target_y = geometry(picture)
    ys = [y for _, y in points] + ([target_y] if target_y is not None else [])
    assert all(PAD <= y <= HEIGHT - PAD for y in ys), ys
    assert all(GUTTER <= x <= WIDTH - PAD for x, _ in points)
    assert len(chart.sparkline(picture)) == len(points)
    assert _decode(picture).size == (WIDTH * SCALE, HEIGHT * SCALE)
    svg = chart.svg(picture)
    numbers = re.findall(r'="([^"]*)"', svg) + re.findall(r">([^<]+)<", svg)
    assert not [n for n in numbers if "nan" in n or "inf" in n], svg
    assert len(points) == sum(1 for v in values if math.isfinite(v))


def test_values_near_the_float_limits() -> None:
    huge = 1.7976931348623157e308
    points, target_y = geometry(Chart((-huge, huge, 0.0), huge, ""))
    assert [y for _, y in points] == [HEIGHT - PAD, PAD, HEIGHT / 2]
    assert target_y == PAD
    assert chart.sparkline(Chart((-huge, huge, 0.0), None, "")) == "▁█▅"
    # One level, however large: the middle of the box, as for any other level.
    points, _ = geometry(Chart((1e17, 1e17), None, ""))
    assert points == [(GUTTER + PAD, HEIGHT / 2), (WIDTH - PAD, HEIGHT / 2)]
