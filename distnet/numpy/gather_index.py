"""The position array MXNet stacks for an ``mx.np`` key holding an empty index list or array.

MXNet gathers (and scatters) by one position array it builds from the whole key: each entry becomes a position
array, broadcast in place by its ``broadcast_to`` and ``reshape`` (for a legacy one, any entry but an mx.np array,
a 0 in the target shape keeps the entry's own axis); the arrays are then stacked, each read in the first one's
shape. Beside an empty entry an integer (or a longer list) keeps its length, so the stack fails in its kernel:
the result carries the error, raised when it is read (never, for an empty result).
"""
from functools import reduce

import numpy as _np

from ..ndarray.failures import carried_error, with_error
from ..ndarray.ndarray import NDArray

_INDEX_ARRAYS = (NDArray, _np.ndarray, list)      # (an empty tuple MXNet reads as no element at all)


def has_empty_positions(key):
    """Whether ``key`` is or holds an index list or array (or, in a tuple, a mask) that selects no position."""
    if type(key) is not tuple:
        return _is_index_array(key) and not _is_mask(key) and _positions_count(key) == 0
    return any(_is_index_array(k) and _positions_count(k) == 0 for k in key)


def _is_index_array(entry):
    """Whether a key entry is a list or an array of at least one axis."""
    return isinstance(entry, _INDEX_ARRAYS) and _raw(entry).ndim > 0


def _is_mask(entry):
    """Whether an index entry is boolean."""
    return _raw(entry).dtype == _np.bool_


def _positions_count(entry):
    """How many positions an index entry gives (a mask: its count of True)."""
    data = _raw(entry)
    return int(_np.count_nonzero(data)) if data.dtype == _np.bool_ else data.size


def _raw(entry):
    """An index entry's numpy array as it is held (an error it carries not raised)."""
    return _np.asarray(entry._data if isinstance(entry, NDArray) else entry)


def _data(entry):
    """An index entry's positions as a numpy array."""
    return entry.asnumpy() if isinstance(entry, NDArray) else _np.asarray(entry)


def _expanded(shape, key):
    """``key`` as MXNet expands it: masks as their positions, 0-d arrays as integers, ``...`` as full slices."""
    entries = []
    for k in key:
        if isinstance(k, NDArray) and k.dtype == _np.bool_ and k.ndim:
            entries.extend(mask_positions(k))
        elif isinstance(k, NDArray) and k.ndim == 0:
            entries.append(int(k.item()))
        else:
            entries.append(k)
    taken = sum(k is not None and k is not Ellipsis for k in entries)
    fill = [slice(None)] * (len(shape) - taken)
    at = next((i for i, k in enumerate(entries) if k is Ellipsis), len(entries))
    return tuple(entries[:at] + fill + entries[at + 1:])


def mask_positions(mask):
    """The positions an mx.np ``mask`` selects as MXNet's key expansion gives them: mx.np int64 arrays, one per
    mask axis, which it broadcasts and reshapes by NumPy's rules (not the legacy ones, where a 0 keeps a size)."""
    from .multiarray import wrap_np
    return tuple(wrap_np(p, mask.ctx) for p in _np.nonzero(mask.asnumpy()))


def _is_advanced(entry):
    """Whether a (expanded) key entry gives positions: all but ``None`` and slices."""
    return not (entry is None or isinstance(entry, slice))


def _positions(entry, length):
    """A key entry as the int64 position array MXNet makes of it: an mx.np array stays one (it broadcasts and
    reshapes by NumPy's rules), any other entry becomes a legacy array."""
    from .. import ndarray as nd
    if isinstance(entry, NDArray):
        return entry if entry.dtype == _np.int64 else entry.astype(_np.int64)
    if isinstance(entry, slice):
        data = _np.arange(*entry.indices(length))
    elif isinstance(entry, range):
        data = _np.arange(entry.start, entry.stop, entry.step)
    elif isinstance(entry, (int, _np.integer)):
        data = _np.array([entry])
    else:
        data = _data(entry)
    return nd.array(data.astype(_np.int64), dtype=_np.int64)


def _broadcast_in_place(arrays, block):
    """The arrays broadcast by their place in the key: those at ``block`` (adjacent) together, each other one
    along its own axis, by their own methods."""
    block_shape = reduce(_np.broadcast_shapes, [arrays[i].shape for i in block], ())
    lead, trail = block[0], len(arrays) - block[-1] - 1
    delta = len(block_shape) - len(block)
    full = tuple(arrays[i].shape[0] for i in range(lead)) + block_shape + \
        tuple(arrays[i].shape[0] for i in range(block[-1] + 1, len(arrays)))
    out = list(arrays)
    for i in block:
        placed = (1,) * lead + block_shape + (1,) * trail
        out[i] = arrays[i].broadcast_to(block_shape).reshape(placed).broadcast_to(full)
    for i in set(range(len(arrays))) - set(block):
        placed = [1] * len(full)
        placed[i if i < lead else i + delta] = arrays[i].shape[0]
        out[i] = arrays[i].reshape(tuple(placed)).broadcast_to(full)
    return out


def gather_index(shape, key):
    """The stacked position array (maybe carrying the stack's error) and the new axes' places
    MXNet makes of ``key`` (a tuple) to gather from an array of ``shape``."""
    from .. import ndarray as nd
    key = _expanded(shape, key if type(key) is tuple else (key,))
    key_nd = [k for k in key if k is not None]
    adv = [i for i, k in enumerate(key) if _is_advanced(k)]
    adv_nd = [i for i, k in enumerate(key_nd) if _is_advanced(k)]
    adjacent = all(b - a == 1 for a, b in zip(adv, adv[1:]))
    kept = len(key_nd)
    while kept and isinstance(key_nd[kept - 1], slice) and key_nd[kept - 1] == slice(None):
        kept -= 1           # (trailing full slices: gather_nd takes those axes whole)
    if adjacent:
        order, entries, block = list(range(len(key_nd))), key_nd[:kept], adv_nd
    else:
        rest = [i for i in range(len(key_nd)) if i not in adv_nd]
        order, block = adv_nd + rest, list(range(len(adv_nd)))
        entries = [key_nd[i] for i in adv_nd] + [key_nd[i] for i in rest if i < kept]
    arrays = [_positions(k, shape[i]) for k, i in zip(entries, order)]
    placed = _broadcast_in_place(arrays, block)
    stacked = [placed[p] for p in _np.argsort(order) if order[p] < kept]
    batch_ndim = len(reduce(_np.broadcast_shapes, [arrays[i].shape for i in block], ()))
    return nd.stack(*(a.as_nd_ndarray() for a in stacked)), _new_axes(key, adv, batch_ndim, adjacent)


def _new_axes(key, adv, batch_ndim, adjacent):
    """Where the key's ``None`` entries go in the gathered result."""
    steps = [0 if adjacent else batch_ndim] + [0 if i in adv else 1 for i in range(len(key))]
    places = _np.cumsum(steps)
    return [int(places[i]) for i, k in enumerate(key) if k is None]


def gathered(arr, key):
    """``arr[key]`` as MXNet gathers it for a key with an empty index entry."""
    from .. import ndarray as nd
    index, new_axes = gather_index(arr.shape, key)
    res = nd.gather_nd(arr.as_nd_ndarray(), index).as_np_ndarray()
    if new_axes:
        shape = list(res.shape)
        for axis in new_axes:
            shape.insert(axis, 1)
        res = res.reshape(tuple(shape))
    return res


def scattered(arr, key, value, prepared):
    """``arr[key] = value`` as MXNet scatters it for a key with an empty index entry: ``prepared(value, shape,
    new_axes)`` gives the value broadcast to the gathered shape; the write carries the stack's error, if any."""
    index, new_axes = gather_index(arr.shape, key)
    target = tuple(index.shape[1:]) + tuple(arr.shape[index.shape[0]:])
    value = prepared(value, target, new_axes)
    failure = carried_error([index])
    if failure is not None:
        with_error(arr, failure)
        return
    positions = tuple(index.asnumpy())
    arr._data[positions] = _data(value).astype(arr.dtype, copy=False)
