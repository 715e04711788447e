"""How libjpeg walks a JPEG byte stream between markers: a scan's entropy-coded data (byte stuffing, fill
bytes, restart markers) and the resynchronisation when restart markers are missing or out of order."""
import re

_FF_RUN = re.compile(rb"\xff+(.)", re.S)      # fill bytes, then a stuffed zero, a restart or another marker
_NEXT_MARKER = re.compile(rb"\xff+[^\x00\xff]")


def next_marker(data, pos):
    """The match of the next marker at or after ``pos`` (libjpeg skips the bytes before it), or None."""
    return _NEXT_MARKER.search(data, pos)


def entropy_segments(data, pos):
    """The scan's entropy-coded data from ``pos``, unstuffed and split at restart markers: ([(bytes, RST
    number following them or None)], offset of the marker ending the scan, whether the data is cut off)."""
    segments, piece, start = [], [], pos
    for m in _FF_RUN.finditer(data, pos):
        code = m.group(1)[0]
        if code == 0:
            piece.append(data[start:m.start()] + b"\xff")
        elif 0xD0 <= code <= 0xD7:
            segments.append((b"".join(piece) + data[start:m.start()], code - 0xD0))
            piece = []
        else:
            segments.append((b"".join(piece) + data[start:m.start()], None))
            return segments, m.end() - 2, False
        start = m.end()
    segments.append((b"".join(piece) + data[start:].rstrip(b"\xff"), None))
    return segments, len(data), True


def resync(segments, index, expected):
    """libjpeg's read_restart_marker and resync_to_restart: the segment to read after a restart (``index``: the
    segment just read), and whether the decoder stays stuck at a marker (then it reads no data)."""
    while True:
        found = segments[index][1]
        if found == expected:
            return index + 1, False
        if found is None or found in ((expected + 1) & 7, (expected + 2) & 7):
            return index, True                  # leave the marker for later: an empty interval
        if found in ((expected - 1) & 7, (expected - 2) & 7):
            index += 1                          # an earlier restart: skip its data and look again
            continue
        return index + 1, False                 # a restart too far away: taken as the expected one
