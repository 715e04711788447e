"""Numbers in text read as MXNet reads them: CSV fields (float32, or int64 as C's strtoll reads them) and
operator attributes (double), the floats not correctly rounded.

MXNet parses a field with its own fast routine: the integer part as a wrapping uint64, at most 19
fractional digits added as one double quotient, an exponent clamped to 38 and applied with a float32
scale; a tiny nonzero result becomes the largest subnormal. A field that starts with nothing
numeric is skipped (the row gets shorter).
"""
import re

import numpy as np

_F32 = np.float32
_SMALLEST_NORMAL = np.finfo(np.float32).tiny
_CLAMPED_TINY = np.array(0x7FFFFF, np.uint32).view(np.float32)[()]
_FIELD = re.compile(r"[ \t\n\v\f\r]*([+-]?)(?:((?i:infinity|inf))|((?i:nan))|(\d*)(?:\.(\d*))?(?:[eE]([+-]?)(\d*))?)")


def parse_float32(field, pos=0):
    """The float32 MXNet reads at ``field[pos:]``; None when nothing there reads as a number."""
    m = _FIELD.match(field, pos)
    if not m.group(0):
        return None
    sign, inf, nan, whole, frac, exp_sign, exp = m.groups()
    if inf or nan:
        value = _F32(np.inf if inf else np.nan)
    else:
        value = _F32(int(whole or 0) % (1 << 64))
        if frac is not None:
            digits = frac[:19]
            value = _F32(value + _F32(int(digits or 0) / float(10 ** len(digits))))
        if exp is not None:
            value = _scaled(value, min(int(exp or 0), 38), exp_sign == "-")
        if value != 0 and value < _SMALLEST_NORMAL:
            value = _CLAMPED_TINY
    return -value if sign == "-" else value


def _scaled(value, exponent, negative):
    """``value`` times (or divided by) 10**exponent, the power built in float32 steps."""
    scale = _F32(1.0)
    with np.errstate(over="ignore"):
        while exponent >= 8:
            scale, exponent = _F32(scale * _F32(1e8)), exponent - 8
        while exponent > 0:
            scale, exponent = _F32(scale * _F32(10.0)), exponent - 1
        return _F32(value / scale) if negative else _F32(value * scale)


def parse_csv_line(line, text="", end=0):
    """The float32 values of one CSV line (``text[:end]``'s last), fields that hold no number left out. A last
    field of blanks reads on past the line, as the parser skips line breaks as it skips blanks."""
    fields = line.split(",")
    values = [parse_float32(field) for field in fields]
    ahead = parse_float32(text, end) if _blanks(fields[-1]) else None
    if ahead is not None:
        values[-1] = ahead
    return [v for v in values if v is not None]


def _blanks(field):
    """Whether ``field`` is blanks only (that a number parser skips, reading on past the line's end)."""
    return field and not field.strip(" \t\v\f")


# C's strtoll with base 0: optional space and sign, then hex (0x...), octal (0...) or decimal digits
_STRTOLL = re.compile(r"[ \t\n\v\f\r]*([+-]?)(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)")
_INT64_MIN, _INT64_MAX = -(1 << 63), (1 << 63) - 1


def parse_int64(field, pos=0):
    """The integer C's ``strtoll(field + pos, 0)`` reads (clamped to int64, as strtoll saturates); None when
    nothing there reads as one."""
    m = _STRTOLL.match(field, pos)
    if m is None:
        return None
    sign, digits = m.groups()
    base = 16 if digits[1:2] in ("x", "X") else 8 if digits.startswith("0") else 10
    value = int(digits, base) * (-1 if sign == "-" else 1)
    return min(max(value, _INT64_MIN), _INT64_MAX)


def parse_csv_int_line(line, text="", end=0):
    """The integers of one CSV line (``text[:end]``'s last) as MXNet's integer CSV reader takes them, fields without
    one left out. strtoll skips line breaks as it skips blanks, so a last field of blanks reads on past the line:
    the number starting the next line that holds one counts as its value."""
    fields = line.split(",")
    values = [parse_int64(field) for field in fields[:-1]]
    values.append(parse_int64(text, end) if _blanks(fields[-1]) else parse_int64(fields[-1]))
    return [v for v in values if v is not None]


_DECIMAL = re.compile(r"\s*([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?\s*$")


def double_attr(value):
    """A double attribute as MXNet holds it: its parser adds the fraction's digits as one quotient, which can
    miss the correctly rounded value by an ulp (only plain decimal text; anything else is read exactly)."""
    if not isinstance(value, (str, float, np.floating)):
        return float(value)
    m = _DECIMAL.match(str(value))
    if m is None or not (m.group(2) or m.group(3)):
        return float(value)
    sign, whole, frac, exp = m.groups()
    digits = (frac or "")[:19]
    parsed = float(int(whole or 0) % (1 << 64)) + (int(digits) / float(10 ** len(digits)) if digits else 0.0)
    if exp is not None:         # the power of ten built in double steps, then one multiply or divide
        power, scale = abs(int(exp)), 1.0
        while power >= 8:
            scale, power = scale * 1e8, power - 8
        while power > 0:
            scale, power = scale * 10.0, power - 1
        parsed = parsed / scale if int(exp) < 0 else parsed * scale
    return -parsed if sign == "-" else parsed
