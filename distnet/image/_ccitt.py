"""CCITT bilevel coding as TIFF stores it: compression 2 (modified Huffman runs, each row byte-aligned), 3 (T.4:
rows led by EOL codes, 1-D or, with T4Options bit 0, 1-D/2-D by a tag bit) and 4 (T.6: 2-D rows against the row
above, the first against a white one).

``decode(data, width, rows, compression, options, lsb_first, state)`` returns a strip's rows as packed bits,
black = 1, decoded as libtiff decodes them, damaged data included: an invalid code ends its row (white to the
end), an EOL inside a 2-D row runs the current colour on, and the rows after the data runs out stay zero.
"""
import numpy as np

_WHITE = """
0:00110101 1:000111 2:0111 3:1000 4:1011 5:1100 6:1110 7:1111 8:10011 9:10100 10:00111 11:01000 12:001000
13:000011 14:110100 15:110101 16:101010 17:101011 18:0100111 19:0001100 20:0001000 21:0010111 22:0000011
23:0000100 24:0101000 25:0101011 26:0010011 27:0100100 28:0011000 29:00000010 30:00000011 31:00011010
32:00011011 33:00010010 34:00010011 35:00010100 36:00010101 37:00010110 38:00010111 39:00101000 40:00101001
41:00101010 42:00101011 43:00101100 44:00101101 45:00000100 46:00000101 47:00001010 48:00001011 49:01010010
50:01010011 51:01010100 52:01010101 53:00100100 54:00100101 55:01011000 56:01011001 57:01011010 58:01011011
59:01001010 60:01001011 61:00110010 62:00110011 63:00110100 64:11011 128:10010 192:010111 256:0110111
320:00110110 384:00110111 448:01100100 512:01100101 576:01101000 640:01100111 704:011001100 768:011001101
832:011010010 896:011010011 960:011010100 1024:011010101 1088:011010110 1152:011010111 1216:011011000
1280:011011001 1344:011011010 1408:011011011 1472:010011000 1536:010011001 1600:010011010 1664:011000
1728:010011011"""
_BLACK = """
0:0000110111 1:010 2:11 3:10 4:011 5:0011 6:0010 7:00011 8:000101 9:000100 10:0000100 11:0000101 12:0000111
13:00000100 14:00000111 15:000011000 16:0000010111 17:0000011000 18:0000001000 19:00001100111 20:00001101000
21:00001101100 22:00000110111 23:00000101000 24:00000010111 25:00000011000 26:000011001010 27:000011001011
28:000011001100 29:000011001101 30:000001101000 31:000001101001 32:000001101010 33:000001101011
34:000011010010 35:000011010011 36:000011010100 37:000011010101 38:000011010110 39:000011010111
40:000001101100 41:000001101101 42:000011011010 43:000011011011 44:000001010100 45:000001010101
46:000001010110 47:000001010111 48:000001100100 49:000001100101 50:000001010010 51:000001010011
52:000000100100 53:000000110111 54:000000111000 55:000000100111 56:000000101000 57:000001011000
58:000001011001 59:000000101011 60:000000101100 61:000001011010 62:000001100110 63:000001100111
64:0000001111 128:000011001000 192:000011001001 256:000001011011 320:000000110011 384:000000110100
448:000000110101 512:0000001101100 576:0000001101101 640:0000001001010 704:0000001001011 768:0000001001100
832:0000001001101 896:0000001110010 960:0000001110011 1024:0000001110100 1088:0000001110101
1152:0000001110110 1216:0000001110111 1280:0000001010010 1344:0000001010011 1408:0000001010100
1472:0000001010101 1536:0000001011010 1600:0000001011011 1664:0000001100100 1728:0000001100101"""
_EXTENDED = """
1792:00000001000 1856:00000001100 1920:00000001101 1984:000000010010 2048:000000010011 2112:000000010100
2176:000000010101 2240:000000010110 2304:000000010111 2368:000000011100 2432:000000011101 2496:000000011110
2560:000000011111"""
# 2-D modes: pass, horizontal, vertical with a1 - b1 in -3..3, and the extension code libtiff does not read
_MODES = {"0001": "P", "001": "H", "1": 0, "011": 1, "000011": 2, "0000011": 3, "010": -1, "000010": -2, "0000010": -3,
          "0000001": "X"}


def _table(text):
    return {code: int(run) for run, code in (item.split(":") for item in (text + _EXTENDED).split())}


_RUNS = (_table(_WHITE), _table(_BLACK))


class _Stop(Exception):
    """The coded data ran out: libtiff keeps the rows decoded so far, the rest of the strip stays zero."""


class _Bad(Exception):
    """An invalid code: libtiff ends the row there (the rest white) and goes on with the next row."""


class _Bits:
    """The coded bits as a '0'/'1' string, read by prefix codes. Like libtiff's bit reader, a read past the end
    pads the data with zeros (which later reads then see) while at least one bit is left, and stops when none is."""

    def __init__(self, data, lsb_first):
        raw = np.frombuffer(data, np.uint8)
        self.bits = np.unpackbits(raw, bitorder="little" if lsb_first else "big").tobytes().translate(
            bytes.maketrans(b"\0\1", b"01")).decode()
        self.pos, self.eol = 0, False

    def peek(self, n):
        if self.pos >= len(self.bits):
            raise _Stop
        if self.pos + n > len(self.bits):
            self.bits += "0" * (self.pos + n - len(self.bits))
        return self.bits[self.pos:self.pos + n]

    def code(self, table, width, eol_zeros):
        """The value of the next code of ``table`` (looked up in ``width`` bits, as libtiff does), or "EOL" for
        ``eol_zeros`` zeros; an invalid code reads nothing and is _Bad."""
        window = self.peek(width)
        if window[:eol_zeros] == "0" * eol_zeros:
            self.pos += eol_zeros
            return "EOL"
        for n in range(1, width + 1):
            value = table.get(window[:n])
            if value is not None:
                self.pos += n
                return value
        raise _Bad

    def sync_eol(self):
        """libtiff's start of a T.4 row: up to an EOL (unless one ended the last row), zero fill, its final one."""
        if not self.eol:
            while self.peek(11) != "0" * 11:
                self.pos += 1
        while self.peek(8) == "0" * 8:
            self.pos += 8
        while self.peek(1) == "0":
            self.pos += 1
        self.pos += 1
        self.eol = False

    def align(self):
        """Skips to a byte boundary as libtiff does: of the bits it holds (zero padding included), a whole
        number of bytes is left."""
        self.pos += (len(self.bits) - self.pos) % 8


class _Row:
    """libtiff's decoding state of one row: run lengths (white, black, white, ...) in a fixed buffer, the
    position a0 and the length of the run still open (extended by make-up codes and pass modes)."""

    def __init__(self, runs, width):
        self.runs, self.width, self.count, self.a0, self.pending = runs, width, 0, 0, 0

    def set(self, length):
        """Closes the open run ``length`` further on."""
        if self.count >= len(self.runs):
            raise _Stop                 # libtiff gives up on a row of more runs than its buffer holds
        self.runs[self.count] = self.pending + length
        self.count += 1
        self.a0 += length
        self.pending = 0

    def run(self, bits, colour, one_dimensional):
        """One run of make-up codes then a terminating code; an EOL ends a 1-D row and marks it, inside a 2-D
        row's horizontal mode it is just invalid."""
        while True:
            length = bits.code(_RUNS[colour], 12 + colour, 11)
            if length == "EOL":
                bits.eol = one_dimensional
                raise _Bad
            if length < 64:
                self.set(length)
                return
            self.a0 += length
            self.pending += length

    def cleanup(self):
        """libtiff's end of a row: an open run closed, runs past the row's end dropped, the rest of it white."""
        if self.pending:
            self.set(0)
        width = self.width
        if self.a0 != width:
            while self.a0 > width and self.count > 0:
                self.count -= 1
                self.a0 -= self.runs[self.count]
            if self.a0 < width:
                self.a0 = max(self.a0, 0)
                if self.count & 1:
                    self.set(0)
                self.set(width - self.a0)
            elif self.a0 > width:
                self.set(width)
                self.set(0)

    def pixels(self):
        """Packed bits of the row (black = 1); like libtiff's filler, clips the runs to the row in place."""
        x, row = 0, np.zeros(self.width, np.uint8)
        for k in range(0, self.count, 2):
            for colour in (0, 1):
                if k + colour >= len(self.runs):
                    break
                length = self.runs[k + colour]
                if x + length > self.width or length > self.width:
                    length = self.runs[k + colour] = self.width - x
                row[x:x + length] = colour
                x += length
        return np.packbits(row)


def _one_dimensional(bits, row):
    """libtiff's 1-D row: white and black runs until the row is full."""
    try:
        while True:
            row.run(bits, 0, True)
            if row.a0 >= row.width:
                break
            row.run(bits, 1, True)
            if row.a0 >= row.width:
                break
            if row.runs[row.count - 1] == 0 and row.runs[row.count - 2] == 0:
                row.count -= 2
    except _Bad:
        pass
    finally:        # (a _Stop goes on to the strip's loop after it)
        row.cleanup()


def _two_dimensional(bits, row, ref):
    """libtiff's 2-D row against the runs of the row above (``ref``, read past their end as libtiff does)."""
    width = row.width

    def reference(i):
        return ref[i] if 0 <= i < len(ref) else 0
    b1, pb = reference(0), 1

    def check_b1():
        nonlocal b1, pb
        if row.count:
            while b1 <= row.a0 and b1 < width:
                b1 += reference(pb) + reference(pb + 1)
                pb += 2
    try:
        while row.a0 < width:
            mode = bits.code(_MODES, 7, 7)
            if mode in ("EOL", "X"):    # libtiff runs the current colour from a0 over the rest of the row's length
                row.runs[row.count] = width - row.a0
                row.count += 1
                if mode == "EOL":
                    bits.peek(4)
                    bits.pos += 4
                    bits.eol = True
                raise _Bad
            if mode == "H":
                first = row.count & 1
                row.run(bits, first, False)
                row.run(bits, first ^ 1, False)
                check_b1()
                continue
            check_b1()
            if mode == "P":
                b1 += reference(pb)
                row.pending += b1 - row.a0
                row.a0 = b1
                b1 += reference(pb + 1)
                pb += 2
            elif mode >= 0:
                row.set(b1 - row.a0 + mode)
                b1 += reference(pb)
                pb += 1
            else:
                if b1 - row.a0 + mode < 0 or (b1 - row.a0 + mode == 0 and row.count):
                    raise _Bad          # a change left of a0, or on it past the row's start
                row.set(b1 - row.a0 + mode)
                pb -= 1
                b1 -= reference(pb)
        if row.pending:
            if row.pending + row.a0 < width:    # libtiff expects a final V0
                if bits.peek(1) != "1":
                    raise _Bad
                bits.pos += 1
            row.set(0)
    except _Bad:
        pass
    finally:        # (a _Stop goes on to the strip's loop after it)
        row.cleanup()


class State:
    """libtiff's run buffers, kept from strip to strip of one image: the current row's and the reference row's
    swap after each row of 2-D-capable coding, and hold what earlier rows left past the runs written since."""

    def __init__(self, width, compression, options=0):
        self.two_d = compression == 4 or (compression == 3 and options & 1 == 1)
        size = 2 * -(-width // 32) * 32 if self.two_d else width
        self.current, self.reference = [0] * (size + 2), [0] * (size + 2)


def decode(data, width, rows, compression, options=0, lsb_first=False, state=None):
    """Packed-bit rows (black = 1) of CCITT-coded TIFF data; rows past where libtiff stops stay zero."""
    state = state or State(width, compression, options)
    bits = _Bits(data, lsb_first)
    state.reference[0], state.reference[1] = width, 0
    out = []
    for _ in range(rows):
        row = _Row(state.current, width)
        stop = False
        try:
            if compression == 3:
                bits.sync_eol()
            two_d = compression == 4
            if compression == 3 and options & 1:
                two_d = bits.peek(1) == "0"
                bits.pos += 1
            if two_d:
                _two_dimensional(bits, row, state.reference)
            else:
                _one_dimensional(bits, row)
            stop = compression == 4 and bits.eol        # T.6 has no EOLs: one ends the strip
        except _Stop:
            if not row.count:           # out of data before the row began: a white row
                row.cleanup()
            stop = True
        out.append(row.pixels())
        if stop:
            break
        if compression == 2:
            bits.align()
        if state.two_d:
            row.set(0)                  # libtiff's imaginary change closing the reference row
            state.current, state.reference = state.reference, state.current
    row_bytes = (width + 7) // 8
    return b"".join(r.tobytes() for r in out).ljust(rows * row_bytes, b"\0")
