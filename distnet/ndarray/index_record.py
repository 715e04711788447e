"""The ops MXNet 1.9.1 records for a legacy NDArray's basic indexing, as ``autograd.get_symbol`` shows them.

distnet records ``x[key]`` as one ``_index`` node; MXNet's front end builds the result from ``slice`` and
``Reshape`` steps (each numbered as a node of its own): an integer on the first axis is a one-row slice and a
reshape dropping that axis; a unit-step slice on the first axis is one slice; a tuple of integers, one per axis,
is a chain of those; any other basic key is read as a slice of the flattened array when the elements it picks
are contiguous (else one strided ``slice``), then reshaped to the result's shape.
"""
import numpy as np

from ..base import integer_types


def recorded_steps(shape, key):
    """[(op name, attrs as MXNet writes them)] MXNet records for ``x[key]`` with ``x`` of ``shape``; None for
    advanced indexing (an index array), which stays one node."""
    if isinstance(key, tuple) and len(key) == len(shape) and all(_is_int(k) for k in key):
        steps = []
        for k in key:
            steps += _at(shape, k)
            shape = shape[1:] or (1,)
        return steps
    if _is_int(key):
        return _at(shape, key)
    if isinstance(key, slice) and key.step in (None, 1):
        start, stop, _ = key.indices(shape[0])
        return [("slice", {"begin": str(start), "end": str(stop)})]
    key = key if isinstance(key, tuple) else (key,)
    if not all(k is None or k is Ellipsis or _is_int(k) or isinstance(k, slice) for k in key):
        return None
    return _basic(shape, _expanded(key, len(shape)))


def _is_int(k):
    return isinstance(k, integer_types) and not isinstance(k, bool)


def reshape_step(shape):
    """A legacy Reshape to ``shape``, as MXNet records it."""
    return "Reshape", {"shape": "[" + ",".join(str(int(n)) for n in shape) + "]"}


def _at(shape, k):
    """Row ``k`` of the first axis: a one-row slice, reshaped to the remaining axes when there are any."""
    k = int(k) % shape[0]
    steps = [("slice", {"begin": str(k), "end": str(k + 1)})]
    return steps + [reshape_step(shape[1:])] if len(shape) > 1 else steps


def _expanded(key, ndim):
    """``key`` with its Ellipsis (or the missing trailing axes) spelled out as full slices."""
    named = sum(k is not None and k is not Ellipsis for k in key)
    if any(k is Ellipsis for k in key):
        at = [k is Ellipsis for k in key].index(True)
        return key[:at] + (slice(None),) * (ndim - named) + key[at + 1:]
    return key + (slice(None),) * (ndim - named)


def _basic(shape, key):
    """A flat or strided slice, then the reshape dropping integer axes and adding the new (None) ones."""
    key_nd = [k for k in key if k is not None]
    int_axes = [ax for ax, k in enumerate(key_nd) if _is_int(k)]
    slices = [(slice(k, k + 1 if k != -1 else None) if _is_int(k) else k) for k in key_nd]
    sliced_shape = [len(range(*s.indices(n))) for s, n in zip(slices, shape)]
    if contiguous(slices, shape):
        begin, end = _flat_range(slices, shape)
        steps = [reshape_step([int(np.prod(shape))]), ("slice", {"begin": str(begin), "end": str(end)}),
                 reshape_step(sliced_shape)]
    else:
        steps = [("slice", {"begin": str(tuple(s.start for s in slices)), "end": str(tuple(s.stop for s in slices)),
                            "step": str(tuple(s.step for s in slices))})]
    final = [n for ax, n in enumerate(sliced_shape) if ax not in int_axes]
    kept = np.cumsum([0] + [0 if _is_int(k) else 1 for k in key])
    for ax in (ax for ax, k in enumerate(key) if k is None):
        final.insert(int(kept[ax]), 1)
    return steps + [reshape_step(final or [1])]


def sliced_steps(shape, key, out_shape):
    """The steps MXNet records for basic indexing by ``key`` (slices and ``None`` only, the one-row slices standing
    for 0-d index arrays): the flat or strided slice, then one reshape to the result's ``out_shape``."""
    steps = _basic(shape, _expanded(key, len(shape)))
    return steps[:-1] + [reshape_step(out_shape)]


def contiguous(slices, shape):
    """Whether the picked elements are one block of the flattened array (MXNet's rule, from the last axis back)."""
    counts = [len(range(*s.indices(n))) for s, n in zip(slices, shape)]
    if np.prod(counts) in (0, 1):
        return True
    partial = False
    for s, n, count in zip(reversed(slices), reversed(shape), reversed(counts)):
        step = s.indices(n)[2]
        if count == 0:
            return True
        if count > 1 and (step > 1 or step < 0) or partial and count > 1:
            return False
        partial = partial or count < n
    return True


def _flat_range(slices, shape):
    """The flat [begin, end) of a contiguous block."""
    begin = end = 0
    for s, n in zip(slices, shape):
        count = len(range(*s.indices(n)))
        if count == 0:
            return 0, 0
        first = s.indices(n)[0]
        begin, end = begin * n + first, end * n + first + count - 1
    return begin, end + 1


def numpy_recorded_steps(shape, key, result_ndim):
    """The steps MXNet records for an mx.np array's basic indexing (None: other keys, kept as one node): the
    legacy array's, then a reshape to 0-d when integers pick one element."""
    steps = recorded_steps(shape, key)
    if steps is not None and result_ndim == 0 and shape:
        steps = steps + [("Reshape", {"shape": "[]"})]
    return steps

