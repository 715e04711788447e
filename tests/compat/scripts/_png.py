"""``png(pixels)``: the bytes of an 8-bit RGB PNG of ``pixels`` (H x W x 3 uint8), for record files and decoders."""
import struct
import zlib


def png(pixels):
    """An 8-bit RGB PNG of ``pixels`` (H x W x 3 uint8)."""
    rows = b"".join(b"\x00" + row.tobytes() for row in pixels)

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    head = struct.pack(">IIBBBBB", pixels.shape[1], pixels.shape[0], 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", head) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")
