"""Operator attributes as MXNet 1.9.1's backend reads them: from their text, so '1', '(1, 0)', 'None', 'cpu(0)' and
'true' parse, while True, 1.5 or 'abc' where an integer is expected are refused with MXNetError."""
import re

import numpy as _np

from ..base import MXNetError, located
from ..context import CONTEXT_PARSE, Context, resolved_id
from ..ndarray.ndarray import NDArray

SCALARS = (int, float, bool, _np.generic)
_INTS = (int, _np.integer)
_INT_TEXT = re.compile(r"\s*-?\d+\s*")
_SIGNED_INT_TEXT = re.compile(r"\s*[+-]?\d+\s*")      # (as a C++ stream reads an int: '+1' too, not as axes)
_TUPLE_TEXT = re.compile(r"\s*[(\[]\s*([+-]?\d+\s*(,\s*[+-]?\d+\s*)*,?\s*)?[)\]]\s*")


def _is_int(value):
    return isinstance(value, _INTS) and not isinstance(value, bool)     # True is the text 'True' to MXNet's parser


def parses(value, kind):
    """Whether MXNet's backend parses ``value`` as an attribute of ``kind``: axes (an int, a tuple or None), axis,
    int, shape, number, or tuple (axes whose int is a 1-tuple)."""
    if kind == "number":        # (a NumPy bool is handed over as the text 'True' or 'False', which is no number)
        text = number_text(value)
        if text is not None:
            return _number_text(text) is not None
        return isinstance(value, SCALARS) or isinstance(value, (NDArray, _np.ndarray)) and value.ndim == 0
    if _is_int(value) or value is None and kind in ("axes", "axis", "tuple"):
        return True
    return kind in ("axes", "shape", "tuple") and isinstance(value, (tuple, list)) and all(_is_int(v) for v in value)


# what MXNet's double parser reads of a text: spaces, a sign, inf/nan or digits with a fraction and an exponent, and
# an optional f suffix ('F' alone reads as 0, 'False' leaves 'alse' over)
_DOUBLE_TEXT = re.compile(r"\s*[+-]?(?:(?:inf(?:inity)?|nan(?:\([^)]*\))?)|\d*(?:\.\d*)?(?:[eE][+-]?\d+)?)[fF]?",
                          re.IGNORECASE)


def double_refusal(name, label, text):
    """The words of MXNet's refusal of ``text`` for a double attribute ``name`` (its type ``label``), or None when
    its parser reads all of it."""
    read = _DOUBLE_TEXT.match(text).group()
    if not read:
        return f"Invalid Parameter format for {name} expect {label} but value='{text!s}'"
    if _double(read) == _np.inf and "inf" not in read.lower():
        return f"Out of range value for {name}, value='{text!s}'"
    if len(read) < len(text):
        return f"Some trailing characters could not be parsed: '{text[len(read):]}'"
    return None


def _double(read):
    """The number of a text the parser read (a lone sign, point or space is 0)."""
    core = read.strip().split("(")[0]
    core = core if core.lower().endswith("inf") or core[-1:] not in ("f", "F") else core[:-1]
    try:
        return float(core)
    except ValueError:
        return -0.0 if core.startswith("-") else 0.0


def _number_text(text):
    """The number MXNet's parser reads from ``text`` ('1', '2.5e0', ' 3'), or None."""
    text = str(text)
    return None if double_refusal("", "", text) else _double(text)


def number_text(value):
    """The text MXNet hands its parser for a number attribute: a NumPy bool (or a 0-d bool array) as 'True' or
    'False', other texts as given; None for a value handed over as a number."""
    if isinstance(value, (NDArray, _np.ndarray)) and value.ndim == 0 and value.dtype == _np.bool_ or \
            isinstance(value, _np.bool_):
        return str(bool(value.item()))
    return value if isinstance(value, str) else None


def attribute_value(value, kind):
    """An attribute given as text read as MXNet's backend reads it ('1', '(1, 0)', 'None'); other values as given."""
    if kind == "tuple" and _is_int(value):
        return (value,)
    if kind == "number" and isinstance(value, str):
        number = _number_text(value)
        return value if number is None else number
    if not isinstance(value, str):
        return value
    if value.strip() == "None" and kind in ("axes", "axis", "tuple"):
        return None
    if (_SIGNED_INT_TEXT if kind in ("int", "axis") else _INT_TEXT).fullmatch(value):
        return (int(value),) if kind == "tuple" else int(value)
    if kind in ("axes", "shape", "tuple") and _TUPLE_TEXT.fullmatch(value):
        return tuple(int(v) for v in value.strip().strip("()[]").split(",") if v.strip())
    return value


_CONTEXT_TEXT = re.compile(r"(cpu|gpu|cpu_pinned|cpu_shared)\((\d+)\)")


def operator_context(ctx):
    """``ctx`` as MXNet's backend reads an operator's ctx attribute: a Context, None, or its text ('cpu(0)')."""
    if ctx is None:
        return ctx
    if isinstance(ctx, Context):
        return resolved_id(ctx, by_operator=True)
    match = _CONTEXT_TEXT.fullmatch(str(ctx))
    if match is None:
        raise located(MXNetError(f"Invalid context string {ctx}"), CONTEXT_PARSE)
    return Context(match.group(1), int(match.group(2)))


def operator_number(name, value):
    """A scalar parameter as MXNet's backend parses its text: '2' and '1e0' are numbers, True is refused."""
    text = str(bool(value)) if isinstance(value, bool) else number_text(value)
    if text is None:
        return value
    refusal = double_refusal(name, "float or None", text)
    if refusal:
        raise MXNetError(refusal)
    return _number_text(text)


_BOOLEAN_TEXT = {"true": True, "1": True, "false": False, "0": False}


def operator_boolean(name, value):
    """``value`` as MXNet's backend reads a boolean attribute: the text true/false/1/0 in any case."""
    parsed = _BOOLEAN_TEXT.get(str(value).lower())
    if parsed is None:
        raise MXNetError(f"Invalid Parameter format for {name} expect boolean but value='{value!s}'")
    return parsed
