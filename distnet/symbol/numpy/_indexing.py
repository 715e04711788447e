"""Basic indexing of a ``_Symbol``: integers and slices become a ``slice`` node (and an ``_npx_reshape``
dropping the integer-indexed axes), as MXNet 1.x builds them."""
import numbers

import numpy as _np


def _refuse(key):
    raise IndexError(f"Only integer, slice, or tuple of these types are supported! Received key={key}")


def _is_int(k):
    return isinstance(k, (numbers.Integral, _np.integer)) and not isinstance(k, bool)


def basic_index(sym, key):
    """``sym[key]`` for an integer, a slice or a tuple of them."""
    from ._symbol import create_np
    if isinstance(key, tuple) and not key:      # the symbol itself
        return sym
    if isinstance(key, slice):      # an open bound written [None], as MXNet's node has it (a step stays None)
        begin, end = ([None] if b is None else b for b in (key.start, key.stop))
        return create_np("slice", sym, begin=begin, end=end, step=key.step, hint="slice")
    if _is_int(key):
        key = int(key)
        part = create_np("slice", sym, begin=[key], end=[key + 1], hint="slice")
        return create_np("_npx_reshape", part, newshape=(-3, -4), hint="reshape")
    if not isinstance(key, tuple) or not all(_is_int(k) or isinstance(k, slice) for k in key):
        _refuse(key)
    begin, end, step, codes = [], [], [], []
    for k in key:
        if isinstance(k, slice):
            begin.append(k.start)
            end.append(k.stop)
            step.append(k.step)
            codes.append(-2)
        else:               # a negative index counts backwards, so -1 needs no end past the last element
            k = int(k)
            begin.append(k)
            end.append(k + 1 if k >= 0 else k - 1)
            step.append(1 if k >= 0 else -1)
            codes.append(-3)
    part = create_np("slice", sym, begin=begin, end=end, step=step, hint="slice")
    return create_np("_npx_reshape", part, newshape=tuple(codes) + (-4,), hint="reshape")
