"""Decodes a PNG screenshot with the standard library and says whether it shows a page.

Prints "W×H, N colours, P% not white" and exits 0 when the picture has more than a handful of
distinct colours and some non-white pixels; prints what is wrong and exits 1 otherwise (not a PNG,
an unsupported kind of PNG, a blank or single-colour picture).
"""
import struct
import sys
import zlib


def pixels(path):
    data = open(path, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG file")
    pos, idat, header = 8, [], None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat.append(body)
        elif kind == b"IEND":
            break
        pos += 12 + length
    if header is None:
        raise ValueError("no IHDR chunk")
    width, height, depth, colour, _, _, interlace = header
    channels = {2: 3, 6: 4, 0: 1, 4: 2}.get(colour)
    if depth != 8 or channels is None or interlace != 0:
        raise ValueError(f"unsupported PNG (bit depth {depth}, colour type {colour}, interlace {interlace})")
    raw = zlib.decompress(b"".join(idat))
    stride = width * channels
    previous = bytearray(stride)
    rows = []
    for y in range(height):
        start = y * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        for x in range(stride):
            a = line[x - channels] if x >= channels else 0
            b = previous[x]
            c = previous[x - channels] if x >= channels else 0
            if kind == 1:
                line[x] = (line[x] + a) & 0xFF
            elif kind == 2:
                line[x] = (line[x] + b) & 0xFF
            elif kind == 3:
                line[x] = (line[x] + ((a + b) >> 1)) & 0xFF
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 0xFF
        rows.append(bytes(line))
        previous = line
    return width, height, channels, rows


def main(path):
    try:
        width, height, channels, rows = pixels(path)
    except (OSError, ValueError, zlib.error, struct.error) as error:
        print(f"cannot decode {path}: {error}")
        return 1
    colours, non_white, total = set(), 0, width * height
    for row in rows:
        for x in range(0, len(row), channels):
            pixel = row[x:x + min(channels, 3)]
            colours.add(pixel)
            if any(v < 245 for v in pixel):
                non_white += 1
    share = 100 * non_white / total if total else 0
    summary = f"{width}x{height}, {len(colours)} colours, {share:.1f}% not white"
    if len(colours) <= 8 or non_white < 500:
        print(f"the screenshot is blank: {summary}")
        return 1
    print(summary)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
