#!/usr/bin/env python3
"""Regenerates the Teams app icons in src/main/teams/ (standard library only, no PIL).

  color.png    192x192: navy square, white glyph (a ring around a check mark), anti-aliased
  outline.png   32x32: the same glyph in white on a fully transparent background; hard edges, so every
                pixel is either opaque white or fully transparent (what Teams asks of an outline icon)

Run from anywhere: python3 manifest/make-icons.py. The PNGs are committed; rerun only to change the design.
"""
import math
import os
import struct
import zlib

NAVY = (0x1F, 0x3A, 0x5F)
WHITE = (0xFF, 0xFF, 0xFF)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "src", "main", "teams")


def seg_dist(px, py, ax, ay, bx, by):
    vx, vy, wx, wy = bx - ax, by - ay, px - ax, py - ay
    t = max(0.0, min(1.0, (wx * vx + wy * vy) / (vx * vx + vy * vy)))
    return math.hypot(px - (ax + t * vx), py - (ay + t * vy))


def in_glyph(u, v):
    """u, v in [0, 1] across the glyph box: a ring and a check mark."""
    r = math.hypot(u - 0.5, v - 0.5)
    ring = abs(r - 0.42) <= 0.065
    half = 0.07
    check = (seg_dist(u, v, 0.29, 0.52, 0.44, 0.67) <= half
             or seg_dist(u, v, 0.44, 0.67, 0.72, 0.37) <= half)
    return ring or check


def coverage(x, y, size, box0, box, samples):
    hits = 0
    for i in range(samples):
        for j in range(samples):
            u = (x + (i + 0.5) / samples - box0) / box
            v = (y + (j + 0.5) / samples - box0) / box
            hits += in_glyph(u, v)
    return hits / (samples * samples)


def png(path, size, pixels):
    raw = b"".join(b"\x00" + bytes(c for px in pixels[y * size:(y + 1) * size] for c in px) for y in range(size))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n")
        f.write(chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)))  # 8-bit RGBA
        f.write(chunk(b"IDAT", zlib.compress(raw, 9)))
        f.write(chunk(b"IEND", b""))


def color_icon(size=192):
    box0, box = size * 0.25, size * 0.5  # glyph in the central 96x96, the rest is background
    out = []
    for y in range(size):
        for x in range(size):
            a = coverage(x, y, size, box0, box, 4)
            out.append(tuple(round(n + (w - n) * a) for n, w in zip(NAVY, WHITE)) + (255,))
    return out


def outline_icon(size=32):
    box0, box = 1.0, size - 2.0
    out = []
    for y in range(size):
        for x in range(size):
            on = coverage(x, y, size, box0, box, 4) >= 0.5
            out.append(WHITE + (255,) if on else (0, 0, 0, 0))
    return out


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    png(os.path.join(OUT, "color.png"), 192, color_icon())
    png(os.path.join(OUT, "outline.png"), 32, outline_icon())
    print("wrote", os.path.join(OUT, "color.png"), "and outline.png")
