"""The program's icons, all made from one source image: ``resources/icon-source.png``.

    python packaging/icons.py            # resources/icons/: .ico, .icns and PNGs
    python packaging/icons.py --draw     # redraw resources/icon-source.png first

The source is a 1024 px PNG drawn by :func:`draw_source` (a SIM card on a teal-to-blue
tile); a designer may replace it with any square PNG of at least 1024 px and run the
script again. Needs Pillow (a test extra), never the program itself.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "resources" / "icon-source.png"
ICONS = ROOT / "resources" / "icons"
NAME = "esim-counter"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)  # Explorer, taskbar, Alt+Tab, installer
SIDE = 1024

TOP = (14, 159, 142)  # teal
BOTTOM = (31, 79, 168)  # blue
CHIP = (240, 190, 70)  # gold contacts


def draw_source(side: int = SIDE) -> Image.Image:
    """A white SIM card with a gold chip on a rounded tile, drawn at 4x then reduced."""
    scale = 4
    big = side * scale
    tile = Image.new("RGBA", (big, big), (0, 0, 0, 0))

    gradient = Image.new("RGBA", (1, big))
    for y in range(big):
        t = y / (big - 1)
        colour = [round(a + (b - a) * t) for a, b in zip(TOP, BOTTOM, strict=True)]
        gradient.putpixel((0, y), (*colour, 255))
    gradient = gradient.resize((big, big))
    mask = Image.new("L", (big, big), 0)
    margin = big * 0.06
    ImageDraw.Draw(mask).rounded_rectangle(
        (margin, margin, big - margin, big - margin), radius=big * 0.2, fill=255
    )
    tile.paste(gradient, (0, 0), mask)

    draw = ImageDraw.Draw(tile)
    # The card: portrait, its top-right corner cut like a real SIM.
    left, top, right, bottom = big * 0.27, big * 0.2, big * 0.73, big * 0.8
    cut = big * 0.12
    radius = big * 0.04
    card = [
        (left + radius, top),
        (right - cut, top),
        (right, top + cut),
        (right, bottom - radius),
        (right - radius, bottom),
        (left + radius, bottom),
        (left, bottom - radius),
        (left, top + radius),
    ]
    draw.polygon(card, fill=(255, 255, 255, 255))
    for cx, cy in ((left + radius, bottom - radius), (right - radius, bottom - radius)):
        draw.ellipse((cx - radius, cy - radius, cx + radius, cy + radius), fill="white")
    draw.ellipse((left, top, left + 2 * radius, top + 2 * radius), fill="white")
    draw.rectangle((left, top + radius, left + radius, bottom - radius), fill="white")

    # The chip: a gold rounded square with contact lines in the tile's blue.
    cw, ch = big * 0.24, big * 0.2
    cx0, cy0 = (left + right) / 2 - cw / 2, big * 0.5 - ch / 2 + big * 0.03
    draw.rounded_rectangle((cx0, cy0, cx0 + cw, cy0 + ch), radius=big * 0.025, fill=CHIP)
    line = max(2, round(big * 0.008))
    for fraction in (1 / 3, 2 / 3):
        y = cy0 + ch * fraction
        draw.line((cx0, y, cx0 + cw, y), fill=BOTTOM, width=line)
    draw.line((cx0 + cw / 2, cy0, cx0 + cw / 2, cy0 + ch), fill=BOTTOM, width=line)
    return tile.resize((side, side), Image.Resampling.LANCZOS)


def load_source(path: Path = SOURCE) -> Image.Image:
    with Image.open(path) as opened:
        image = opened.convert("RGBA")
    if image.width != image.height or image.width < SIDE:
        raise SystemExit(f"{path}: need a square image of at least {SIDE} px")
    return image


def make_icons(source: Image.Image, out: Path = ICONS) -> list[Path]:
    """Write every icon file made from ``source`` into ``out``; return their paths."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for size in PNG_SIZES:
        path = out / f"{NAME}-{size}.png"
        source.resize((size, size), Image.Resampling.LANCZOS).save(path, optimize=True)
        written.append(path)
    ico = out / f"{NAME}.ico"
    source.save(ico, sizes=[(s, s) for s in ICO_SIZES])
    written.append(ico)
    icns = out / f"{NAME}.icns"
    source.save(icns)  # Pillow writes 16 … 512@2x from the 1024 px source
    written.append(icns)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--draw", action="store_true", help="redraw the source image first")
    args = parser.parse_args(argv)
    if args.draw:
        draw_source().save(SOURCE, optimize=True)
        print(f"drew {SOURCE.relative_to(ROOT)}")
    for path in make_icons(load_source()):
        print(f"wrote {path.relative_to(ROOT)} ({path.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
