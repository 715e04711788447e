"""``mx.np.ndarray`` indexing: NumPy's basic, advanced and boolean indexing, differentiable."""
import sys as _sys
import warnings as _warnings

import numpy as _np

from .. import autograd
from ..base import MXNetError, class_text as type_text, integer_types, located
from ..ndarray.ndarray import _DATA_SLOT, NDArray, warn_complex_cast
from ..ndarray.failures import KernelError, backward_reads_no_outputs, deliver, write_carrying
from ..ndarray.index_record import sliced_steps
from ..ndarray.indexing import (array_positions, as_value_array, broadcast_numpy_value, check_slice_bounds,
                                clip_positions, filled_number, gather_placeholder, listed_positions, mask_refused,
                                number_value_steps, one_position, positions_unwrapped, refuse_empty_range,
                                refuse_entry_types, scalar_position,
                                selects_one_block, selects_whole, slice_kernel_size, slice_op_fails, unwrapped_offsets,
                                without_bools, write_unwrapped)
from ..ndarray.ops_select import SLICE_KERNEL_MAX_NDIM, check_slice_rank, linear_grad, rank_too_large
from ..ndarray.registry import IN_GRAPH_WRITE, INPLACE_RECORDED, defop, refuse_recording
from ..ndarray.shape_text import inference_failure
from .multiarray import (INTERNAL, _is_np_shape, check_broadcastable, check_reshape, empty, invoke_np, ndarray,
                         refuse_legacy_scalars, type_inconsistent)
from ..ndarray.views import note_alias, note_view
from ..ndarray.workspace import asks_when
from .gather_index import gathered, has_empty_positions, mask_positions, scattered

_OWNER = "mxnet.np.ndarray"     # how MXNet's refusal of a value names the class (not as str(type) does)


def _key(key):
    """``key`` with arrays as numpy index arrays: bool arrays stay masks, other arrays become integers."""
    if isinstance(key, NDArray):
        data = key._data
        return data if data.dtype == _np.bool_ else array_positions(data)
    if isinstance(key, (float, _np.floating, str, bytes, dict, set)):
        raise ValueError(f"NDArray does not support slicing with key {key} of type {type(key)}.")
    if isinstance(key, slice) and key.step == 0:
        raise ValueError("slice step cannot be zero")
    if isinstance(key, tuple):
        beside_integer = any(isinstance(k, integer_types) and not isinstance(k, bool) for k in key)
        scalar = one_position if beside_integer else _as_given
        return tuple(_key(_tuple_positions(k) if isinstance(k, tuple) and k else scalar(k)) for k in key)
    if type(key) is range:
        key = list(key)         # a range is its positions (see _written_range_key for a write)
    if isinstance(key, list) and any(isinstance(k, NDArray) for k in key):
        return [_key(k) for k in key]
    if isinstance(key, list):
        _refuse_ragged(key)
    if isinstance(key, (list, _np.ndarray)):
        return _float_positions(key)
    return key


def _as_given(entry):
    """A key entry as it is: MXNet's NumPy indexing reads a 0-d numpy array as 0-d positions, one of no axis; only
    an integer beside it is read as one position of one axis (see one_position)."""
    return entry


def _tuple_positions(entry):
    """A tuple inside a tuple key as MXNet reads it: a list of positions, its bools taken as 0 and 1."""
    return [int(v) if isinstance(v, (bool, _np.bool_)) else v for v in entry]


def _refuse_ragged(key):
    """MXNet's TypeError for a list key that makes no numeric array (ragged, or holding slices, ``None``, text...)."""
    try:
        values = _np.asarray(key)
    except ValueError:
        values = None
    if values is None or values.dtype.kind not in "biuf":
        raise TypeError("source_array must be array like object")


def _bools_as_positions(key):
    """A (nested) list or NumPy array of bools as MXNet's setitem reads it: the integer positions 0 and 1;
    else ``key``."""
    if isinstance(key, _np.ndarray):
        return key.astype(_np.int64) if key.dtype == _np.bool_ else key
    if not isinstance(key, list) or not key:
        return key
    try:
        values = _np.asarray(key)
    except ValueError:          # a ragged list: NumPy's own error later
        return key
    return values.astype(_np.int64) if values.dtype == _np.bool_ else key


def _float_positions(key):
    """A list or NumPy array of numbers as the positions MXNet makes of it (see listed_positions; a bool array
    stays a mask); else ``key``."""
    try:
        values = _np.asarray(key)
    except ValueError:          # a ragged list: NumPy's own error later
        return key
    return key if values.dtype == _np.bool_ else listed_positions(key)


def _scatter_key(key):
    """``key`` with boolean masks spelled as the integer positions they select (for ``np.add.at`` and the gather's
    position check); a 0-d mask (which adds an axis) is kept."""
    parts = key if isinstance(key, tuple) else (key,)
    out = []
    for k in parts:
        if isinstance(k, _np.ndarray) and k.dtype == _np.bool_ and k.ndim:
            out.extend(_np.nonzero(k))
        else:
            out.append(k)
    return tuple(out)


@defop("_npi_getitem")
def getitem_op(data, *, key=None):
    """``data[key]`` with NumPy's semantics (a view when the selection is one contiguous block)."""
    if (type(key) is int or isinstance(key, _np.integer)) and data.ndim == 1:
        key = (key, Ellipsis)       # one element by an integer: a 0-d view, as MXNet's (NumPy's would be a copy)
    elif isinstance(key, tuple) and key and all(isinstance(k, (int, _np.integer)) and not isinstance(k, bool)
                                                for k in key):
        key = key + (Ellipsis,)
    try:
        r = _np.asarray(data[key])
    except IndexError:
        if not gathers(key):
            raise
        r = _np.asarray(data[_gathered_positions(data, key)])   # (refuses positions past their axes in MXNet's words)
    if not r.size and gathers(key):     # (NumPy checks no position for an empty result; MXNet's kernel does)
        _gathered_positions(data, key)
    if r.flags.c_contiguous or r.base is None:
        return r
    if not gathers(key) and slice_op_fails(data, key, r):
        raise KernelError("could not construct a sub-memory", _np.zeros(r.shape, r.dtype))
    return r.copy()


getitem_op.gives_views = True


@asks_when("_npi_getitem")
def _read_by_operator(inputs, attrs):
    """Whether MXNet reads ``key`` by an operator asking for temp space: a gather, or a slice of what is no one
    contiguous block (of which it makes a view)."""
    key = attrs.get("key")
    return gathers(key) or not selects_one_block(inputs[0].shape, key)


def _gathered_positions(data, key):
    """An index-array ``key`` as it is; one holding positions past their axes is refused by MXNet's gather kernel,
    so the result (placeholder zeros) fails when read, with the kernel's words (a boolean mask gathers the
    positions it selects, so an integer beside it fails the same way)."""
    parts = _scatter_key(key)
    arrays = [_np.asarray(k) for k in parts if isinstance(k, (list, tuple, _np.ndarray))]
    if any(k is None for k in parts) or any(a.dtype == _np.bool_ for a in arrays) or not any(a.ndim for a in arrays):
        return key
    from ..ndarray.indexing_keys import indexing_key_expand_implicit_axes
    kept, failure = clip_positions(data.shape, indexing_key_expand_implicit_axes(parts, data.shape)[0])
    if failure is not None:
        # (checked whenever there are positions, even for an empty result: the error comes when it is read)
        raise KernelError(failure, gather_placeholder(data, kept), kind=IndexError)
    return key


def gathers(key):
    """Whether ``key`` (as the getitem operator holds it) picks elements by index arrays."""
    return any(isinstance(k, (_np.ndarray, list)) for k in (key if isinstance(key, tuple) else (key,)))


@linear_grad(getitem_op)
def _(dy, x, key=None):
    g = _np.zeros(x.shape, dy.dtype)
    if gathers(key):
        write_unwrapped(g, _scatter_key(key), _np.asarray(dy), add=True)   # a scatter-add (-0 + 0 is +0)
    else:
        picked = x[key]
        if not picked.flags.c_contiguous and slice_op_fails(x, key, picked):
            backward_reads_no_outputs()     # (the forward's oneDNN error stays with its output)
        g[key] = dy         # a basic slice's gradient: copied into zeros (a -0 stays -0)
    return g


def _check_tuple_masks(shape, key):
    """MXNet's own size check of the boolean arrays in a tuple key (see _check_mask_sizes); then its count of the
    axes the key indexes (None taking none)."""
    if not isinstance(key, tuple) or not any(isinstance(k, NDArray) and k.dtype == _np.bool_ for k in key):
        return
    count = _check_mask_sizes(shape, key) - sum(k is None for k in key)
    if count > len(shape):
        raise IndexError(f"too many indices ({count}) for array with {len(shape)} dimensions")


def _check_mask_sizes(shape, key):
    """MXNet's size check of the boolean arrays in a tuple key, as its key expansion makes it: its IndexError, on
    the axis it counts (every entry but ``...`` and 0-d masks takes one axis, a mask its ndim), or at a second
    ``...``; the axes counted."""
    axis, ellipses = 0, 0
    for k in key:
        ellipses += k is Ellipsis
        if ellipses > 1:
            raise IndexError("Cannot use more than one ellipsis (`...`) for indexing")
        if k is Ellipsis or isinstance(k, (bool, _np.bool_)):
            continue
        if isinstance(k, NDArray) and k.dtype == _np.bool_:
            for i, n in enumerate(k.shape):
                if axis + i >= len(shape):
                    raise IndexError("tuple index out of range")        # (MXNet reads the shape there)
                if shape[axis + i] != n:
                    raise IndexError(f"boolean index did not match indexed array along axis {axis + i}; size is "
                                     f"{shape[axis + i]} but corresponding boolean size is {n}")
            axis += k.ndim
        else:
            axis += 1
    return axis


def _check_index_count(ndim, key):
    """MXNet's count of the axes a key indexes, with its ``...`` spelled out (more than one is its IndexError),
    before the key is read: a key of more entries than ``ndim`` is its IndexError. (Masks are counted by the
    mask path.)"""
    from ..ndarray.indexing_keys import indexing_key_expand_implicit_axes
    entries = key if isinstance(key, tuple) else (key,)
    if all(type(k) is slice or type(k) is int for k in entries):     # (the common key: one axis per entry)
        count = len(entries)
        if count > ndim:
            raise IndexError(f"too many indices ({count}) for array with {ndim} dimensions")
        return
    if type(key) is bool or any(_bools_listed(k) or isinstance(k, NDArray) and k.dtype == _np.bool_
                                for k in entries):
        return      # (a Python bool in a tuple takes no axis: the expansion drops it; masks: _check_tuple_masks)
    expanded = indexing_key_expand_implicit_axes(key, (0,) * ndim)[0]
    count = sum(k is not None for k in expanded)
    if count > ndim:
        raise IndexError(f"too many indices ({count}) for array with {ndim} dimensions")


def _check_basic_integers(shape, key):
    """MXNet checks every integer of a basic key against its axis before it reads the key's slices: an integer past
    its axis is that axis's IndexError even beside a slice of step 0."""
    parts = key if isinstance(key, tuple) else (key,)
    for k, axis in zip(parts, _entry_axes(len(shape), parts)):
        if not isinstance(k, integer_types) or axis is None or axis >= len(shape):
            continue
        if not -shape[axis] <= k < shape[axis]:
            raise IndexError(f"index {k} is out of bounds for axis {axis} with size {shape[axis]}")


def _check_integer_per_axis(shape, key):
    """MXNet reads a key of one integer per axis one axis at a time, each from what the last left: an integer past
    its axis is refused as past axis 0."""
    if type(key) is tuple and len(key) == len(shape) and all(isinstance(k, integer_types) and type(k) is not bool
                                                             for k in key):
        for k, n in zip(key, shape):
            if not -n <= k < n:
                raise IndexError(f"index {k} is out of bounds for axis 0 with size {n}")


def _check_scalar_key(arr, key, writing=False):
    """MXNet's refusal of any index of a 0-d array but ``()`` or a bool (an index array read is refused later).
    A read compares the key with ``()`` first: a numpy integer or array of at most one element passes that, and
    a numpy integer then fails reading axis 0 of the shape."""
    if arr.ndim or type(key) is bool or type(key) is tuple and not key:
        return
    if isinstance(key, NDArray) and (not writing or key.dtype == _np.bool_):       # (a mask is read first)
        return
    if not writing and isinstance(key, _np.integer):
        raise IndexError("tuple index out of range")
    if not writing and (isinstance(key, _np.bool_) or isinstance(key, _np.ndarray) and key.size <= 1):
        return
    raise IndexError("scalar tensor can only accept `()` as index")


def _scalar_positions_read(ndim, key):
    """How many axes ``key`` reads by 0-d numpy arrays alone (0 if it reads any otherwise): MXNet's gather (scatter)
    then stacks their 0-d positions into an index array of one dimension. A lone array reads one axis; in a tuple,
    None and the full slices closing the key are left out, an integer (one position of one axis) keeps the stack
    two-dimensional, as does any other slice."""
    if isinstance(key, _np.ndarray):
        return int(not key.ndim and key.dtype != _np.bool_)
    if type(key) is not tuple:
        return 0
    entries = [k for k in key if k is not None]
    at = next((i for i, k in enumerate(entries) if k is Ellipsis), None)
    if at is not None:
        entries[at:at + 1] = [slice(None)] * (ndim - len(entries) + 1)
    while entries and type(entries[-1]) is slice and entries[-1] == slice(None):
        entries.pop()
    scalars = entries and all(isinstance(k, _np.ndarray) and not k.ndim for k in entries)
    return len(entries) if scalars else 0


def _refuse_scalar_positions(ndim, key, op):
    """A key of 0-d numpy arrays alone (see _scalar_positions_read): MXNet's check refuses its index array."""
    if _scalar_positions_read(ndim, key):
        raise MXNetError(f"Check failed: ishape.ndim() > 1 (1 vs. 1) : {op} requires index tensor to have at least 2 "
                         "dimensions")


def _refuse_scalar_position_write(arr, key, value):
    """A key of 0-d numpy arrays alone as a write's key (a bool one read as the integer it is): MXNet broadcasts
    an array value to the element block those positions select, then refuses the key as _refuse_scalar_positions
    does."""
    if isinstance(key, _np.ndarray) and not key.ndim:
        key = key.astype(_np.int64)
    axes = _scalar_positions_read(arr.ndim, key)
    if not axes:
        return
    if not isinstance(value, (int, float, _np.generic)):
        shape = value.shape if isinstance(value, (NDArray, _np.ndarray)) else as_value_array(arr, value, _OWNER).shape
        _refuse_value_shape(shape, arr.shape[axes:])
    _refuse_scalar_positions(arr.ndim, key, "scatter_nd")


def _refuse_legacy_masks(key):
    """MXNet reads a boolean index array by its ``nonzero``, which a legacy NDArray lacks."""
    for k in key if isinstance(key, tuple) else (key,):
        if isinstance(k, NDArray) and not isinstance(k, ndarray) and k.dtype == _np.bool_ and k.ndim:
            raise AttributeError(f"'{type(k).__name__}' object has no attribute 'nonzero'")


def _is_scalar_mask(key):
    """Whether ``key`` is a 0-d boolean array (which, as a Python bool, adds an axis of length 1 or 0)."""
    return isinstance(key, (NDArray, _np.ndarray)) and not key.ndim and key.dtype == _np.bool_


def _check_mask_ndim(ndim, key):
    """MXNet reads a key of bools alone (a list or array of them) as a mask first: one of more axes than the array
    is its IndexError."""
    mask = key._data if isinstance(key, NDArray) else key
    if isinstance(mask, list):
        try:
            mask = _np.asarray(mask)
        except ValueError:      # ragged: refused later
            return
    if isinstance(mask, _np.ndarray) and mask.dtype == _np.bool_ and mask.ndim > ndim:
        raise IndexError(f"too many indices, whose ndim = {mask.ndim}, for array with ndim = {ndim}")


def _refuse_numpy_bools(key):
    """MXNet's indexing takes no numpy bool scalar in a key (a Python bool it does)."""
    for k in key if isinstance(key, tuple) else (key,):
        if isinstance(k, _np.bool_):
            raise ValueError(f"NDArray does not support slicing with key {k} of type {type_text(k)}.")


def _refuse_entry_types(key):
    """MXNet's checks of the entry types once the entries are counted: no numpy integer but np.int32 and
    np.int64 (see refuse_entry_types)."""
    if type(key) is not int and type(key) is not slice:
        refuse_entry_types(key if isinstance(key, tuple) else (key,))


def _before_index_arrays(key):
    """A tuple key's entries before its first array-like one (the entries MXNet's read checks the types of before
    it counts them); another key as it is."""
    if type(key) is not tuple:
        return key
    first = next((i for i, k in enumerate(key) if isinstance(k, (NDArray, _np.ndarray, list, tuple, range))
                  and not scalar_position(k)), len(key))
    return key[:first]


def _empty_tuple_first(key):
    """Whether a tuple key's first array-like entry is ``()`` (MXNet then reads no element: see _empty_tuple_read)."""
    rest = key[len(_before_index_arrays(key)):] if type(key) is tuple else ()
    return bool(rest) and type(rest[0]) is tuple and not rest[0]


def _empty_tuple_read(arr, key):
    """MXNet's ``arr[key]`` for a key whose first array-like entry is ``()``: a new empty array (of the default
    context) with an axis of 1 per None, of 0 per ``()`` and of the array's size per full slice; its integers and
    other slices take an axis of the array but give none."""
    from ..ndarray.indexing_keys import indexing_key_expand_implicit_axes
    shape, added = [], 0
    for i, k in enumerate(indexing_key_expand_implicit_axes(key, arr.shape)[0]):
        if k is None:
            shape.append(1)
            added += 1
        elif type(k) is tuple and not k:
            shape.append(0)
        elif k == slice(None):
            shape.append(arr.shape[i - added])
    return empty(tuple(shape), dtype=arr.dtype)


def _is_index_array(k):
    """Whether a key entry is an index array (advanced indexing): a list, a range, or an array of at least one
    axis."""
    return isinstance(k, (list, range)) or isinstance(k, (NDArray, _np.ndarray)) and k.ndim > 0


def _index_shape(k):
    """The shape of the positions an index array entry gives (a mask: its count of True)."""
    if isinstance(k, NDArray) and k.dtype == _np.bool_:
        return (int(_np.count_nonzero(k._data)),)
    return _np.shape(k._data if isinstance(k, NDArray) else k)


def _entry_axes(ndim, parts):
    """The first axis each key entry indexes (``None`` entries: None), ``...`` spanning the axes left over."""
    def width(k):
        return k.ndim if isinstance(k, NDArray) and k.dtype == _np.bool_ else 1
    spanned = sum(width(k) for k in parts if k is not None and k is not Ellipsis)
    axes, axis = [], 0
    for k in parts:
        axes.append(None if k is None else axis)
        axis += 0 if k is None else ndim - spanned if k is Ellipsis else width(k)
    return axes


def _move_index_arrays(key):
    """MXNet moves each mx.np index array of the key (of at least one axis) to the indexed array's device by the
    deprecated ``as_in_context``, twice: its DeprecationWarnings, in the user's indexing only. A lone boolean mask
    takes MXNet's mask path, which moves nothing."""
    if isinstance(key, ndarray) and key.dtype == _np.bool_:
        return
    entries = key if isinstance(key, tuple) else (key,)
    if not any(isinstance(k, ndarray) and k.ndim for k in entries) or INTERNAL.depth or not _indexed_by_user():
        return
    together = None
    for k in filter(_is_index_array, entries):
        try:        # (it broadcasts them as it goes: one that does not fit stops it, see _check_gather_key)
            together = _np.broadcast_shapes(*(() if together is None else (together,)), _index_shape(k))
        except ValueError:
            return
        if isinstance(k, ndarray):
            for _ in range(2):
                k.as_in_context(k.ctx)


_NP_BOOL_ALIAS = ("`np.bool` is a deprecated alias for the builtin `bool`. To silence this warning, use `bool` by "
                  "itself. Doing this will not modify any behavior and is safe. If you specifically wanted the numpy "
                  "scalar type, use `np.bool_` here.\nDeprecated in NumPy 1.20; for more details and guidance: "
                  "https://numpy.org/devdocs/release/1.20.0-notes.html#deprecations")


def _read_numpy_bool_alias(times):
    """MXNet's indexing reads NumPy's deprecated ``np.bool`` (a python bool key; any array key it writes through),
    and NumPy 1.23 warns at each read: its DeprecationWarnings, in the user's indexing only."""
    if times and not INTERNAL.depth and _indexed_by_user():
        for _ in range(times):
            _warnings.warn(_NP_BOOL_ALIAS, DeprecationWarning)


_INDEXING_FRAMES = frozenset({__name__, "distnet.numpy.multiarray", "distnet.ndarray.ndarray"})


def _indexed_by_user():
    """Whether the code indexing (past the indexing machinery's own frames) is outside distnet."""
    frame = _sys._getframe(1)
    while frame is not None and frame.f_globals.get("__name__", "") in _INDEXING_FRAMES:
        frame = frame.f_back
    return frame is None or not frame.f_globals.get("__name__", "").startswith("distnet.")


def _check_gather_key(shape, key):
    """MXNet's checks of a tuple key with index arrays, made before it gathers: the arrays' positions must
    broadcast together (ValueError), and each slice, which it turns into an index range, must select something
    (MXNetError)."""
    parts = key if isinstance(key, tuple) else (key,)
    arrays = [k for k in parts if _is_index_array(k) or isinstance(k, _np.ndarray)    # (a 0-d numpy one too)
              or type(k) is tuple and k]
    if not arrays or isinstance(key, NDArray) and key.dtype == _np.bool_:      # (a mask alone: its own checks)
        return
    for k in arrays:
        if isinstance(k, list):
            _refuse_ragged(k)
    indexed = sum(k is not None and k is not Ellipsis for k in parts)
    if indexed > len(shape):
        raise IndexError(f"too many indices ({indexed}) for array with {len(shape)} dimensions")
    axes = _entry_axes(len(shape), parts)
    ranged = len(parts)
    while ranged and (parts[ranged - 1] is None or _is_full_slice(parts[ranged - 1])):
        ranged -= 1       # (MXNet takes the axes of trailing full slices whole, making no index range)
    for i, (k, axis) in enumerate(zip(parts[:ranged], axes)):
        later = next((a for a in axes[i + 1:] if a is not None), None)
        if k is Ellipsis and later is not None:     # the axes it spans before an index are whole slices to MXNet
            if 0 in shape[axis:later]:
                raise MXNetError("Check failed: param.start < param.stop.value(): Invalid range (start, stop, "
                                 "step) = (0,0,1)")
        if isinstance(k, slice) and axis is not None and axis < len(shape):
            refuse_empty_range(*k.indices(shape[axis]))
    together = _index_shape(arrays[0])
    for k in arrays[1:]:
        try:
            together = _np.broadcast_shapes(together, _index_shape(k))
        except ValueError:
            raise ValueError(f"shape1={together} is not broadcastable to shape2={_index_shape(k)}") from None


def _is_full_slice(k):
    """Whether a key entry is ``:``."""
    return isinstance(k, slice) and k == slice(None)


def _check_written_slices(shape, key):
    """MXNet's assertion on a basic key written to: a slice may select nothing only by starting where it stops,
    not by running backwards past its end (``x[0, 2:1] = v`` is an AssertionError, ``x[0, 2:2] = v`` is not)."""
    parts = _scalar_arrays_as_ints(key if isinstance(key, tuple) else (key,))
    if not _basic(parts):
        return
    for k, axis in zip(parts, _entry_axes(len(shape), parts)):
        if isinstance(k, slice) and axis is not None and axis < len(shape):
            start, stop, step = k.indices(shape[axis])
            if start != stop and (start > stop) == (step > 0):
                raise AssertionError


def getitem(arr, key):
    """``arr[key]`` as an ``mx.np.ndarray``."""
    _refuse_empty_ranges(key, arr.ndim)
    _read_numpy_bool_alias(isinstance(key, bool))
    if type(key) is tuple and not key or type(key) is slice and arr.ndim and key.start is None \
            and key.stop is None and (key.step is None or key.step == 1):
        return arr      # MXNet's x[()] and x[:] are x itself
    given = key = _tuple_key_entries(arr, key)
    _refuse_legacy_masks(key)
    _check_mask_ndim(arr.ndim, key)
    _check_scalar_key(arr, key)
    if type(key) is tuple and any(type(k) is bool for k in key):
        return _getitem_with_bools(arr, key)
    _refuse_numpy_bools(key)
    key = check_slice_bounds(key, arr.shape[0] if arr.ndim else None)
    if not _is_np_shape():
        _refuse_empty_index(key)
    if arr.ndim == 0 and isinstance(key, NDArray) and key.dtype != _np.bool_:
        raise TypeError(f"type {tuple} not supported")     # MXNet compares the key with ()
    _refuse_entry_types(_before_index_arrays(key))     # (a read checks these before the count; a write after)
    if _empty_tuple_first(key):
        return _empty_tuple_read(arr, key)
    _check_index_count(arr.ndim, key)
    _refuse_entry_types(key)
    _refuse_scalar_positions(arr.ndim, key, "gather_nd")
    _check_integer_per_axis(arr.shape, key)
    if _basic(key):
        _check_basic_integers(arr.shape, key)
    _check_tuple_masks(arr.shape, key)
    if type(key) is tuple:
        key = _mask_expanded(key)
    _move_index_arrays(key)
    _check_gather_key(arr.shape, key)
    if has_empty_positions(key):
        return gathered(arr, key)
    if (isinstance(key, (bool, _np.bool_)) or _is_scalar_mask(key)) and not arr.size:
        if arr.ndim and not arr.shape[-1]:  # MXNet's reshape to a new first axis copies the empty last axis past the end
            raise MXNetError(f"Check failed: src_idx < dshape_len ({arr.ndim} vs. {arr.ndim}) : ")
        raise MXNetError("Check failed: data.shape()[axis] == idx.shape()[0] (0 vs. 1) : ")     # (its mask kernel)
    if isinstance(key, slice) and arr.ndim and (key.step is None or key.step == 1):
        begin, end, _ = key.indices(arr.shape[0])
        if begin > end:             # MXNet's unit-step slice of the first axis alone checks its range
            raise MXNetError(f"Check failed: begin <= end ({begin} vs. {end}) : Invalid slicing range [{begin}, {end})")
    one_row_slices = None
    if type(key) is not int and type(key) is not slice and not _basic(key) and _basic(_scalar_arrays_as_ints(key)):
        one_row_slices = _scalar_arrays_as_slices(arr.shape, key)
        key = _scalar_arrays_as_ints(key)       # 0-d arrays beside basic entries index as integers: a view
    if isinstance(key, tuple) and any(k is None for k in key):
        key = _masks_as_positions(key)
    key = _without_empty_ellipsis(arr.ndim, key)
    new_axes, moved_from, batch_ndim = _new_axes_after_gather(arr.ndim, key)
    if new_axes:
        key = _without_none(key)
    if _basic(key) and arr.ndim > SLICE_KERNEL_MAX_NDIM and not INTERNAL.depth \
            and not selects_one_block(arr.shape, _key(key)):
        check_slice_rank(arr.ndim)      # (MXNet slices it by its slice op, whose shape inference checks the rank)
    try:
        res = invoke_np(getitem_op, (arr,), {"key": _key(key)})
    except MXNetError as e:
        if isinstance(e.__cause__, IndexError):
            raise IndexError(str(e.__cause__)) from None
        raise
    if one_row_slices is not None and res._node is not None and not res._node[0].is_leaf:
        autograd.note_index_steps(res._node[0], sliced_steps(arr.shape, one_row_slices, res.shape))
    _number_recorded_steps(res, given)
    if new_axes:
        res = _place_new_axes(res, new_axes, moved_from, batch_ndim)
        if _np.may_share_memory(_DATA_SLOT.__get__(res), _DATA_SLOT.__get__(arr)):
            if arr._ctx is not arr._ctx._op_ctx:
                res._ctx = arr._ctx
            if not arr.writable:
                res.writable = arr.writable     # a view takes its array's flag, as MXNet's
        return res
    view, source = _DATA_SLOT.__get__(res), _DATA_SLOT.__get__(arr)       # raw: reading them raises no error
    if isinstance(view, _np.ndarray) and view.base is not None and view.flags.c_contiguous \
            and _cut_from(view, source, given):
        note_view(view, source)     # MXNet's result for a contiguous block is a view of ``arr``
        note_alias(res, arr)
        if arr._ctx is not arr._ctx._op_ctx:
            res._ctx = arr._ctx     # a view stays in the (pinned or shared) memory
        if not arr.writable:
            res.writable = arr.writable     # and takes its array's flag
    if res.ndim == 0 and arr.ndim and not _is_np_shape() and _integers_only(given):
        # without NumPy shape semantics MXNet's integer fast path gives shape (1,) (through ... or an index
        # array its slicing and gathering give a 0-d result)
        with INTERNAL:
            res = invoke_np("reshape", (res,), {"shape": (1,)})
        if isinstance(view, _np.ndarray) and _np.may_share_memory(view, source) and not autograd.is_recording():
            _DATA_SLOT.__set__(res, view.reshape((1,)))     # still a view of ``arr``, as MXNet's
            note_view(_DATA_SLOT.__get__(res), source)
            note_alias(res, arr)
            res._ctx = arr._ctx     # (in the pinned or shared memory too)
            if not arr.writable:
                res.writable = arr.writable
    return res


def _cut_from(view, source, key):
    """Whether MXNet's result ``view`` of ``source[key]`` shares its storage: one contiguous block of it; with no
    elements, only a result of one integer or unit-step slice (a tuple key slices a copy)."""
    if view.size:
        return _np.may_share_memory(view, source)
    return isinstance(key, integer_types) and not isinstance(key, (bool, _np.bool_)) or \
        isinstance(key, slice) and key.step in (None, 1)


def _getitem_with_bools(arr, key):
    """``arr[key]`` for a tuple key holding Python bools, as MXNet reads it: one integer per axis (a bool counts as
    one) indexes an axis at a time; otherwise the bools are dropped (an ``...`` keeps its place among all the
    entries) and a True gives the rest a new first axis, a False an empty one (where the rest gathers, MXNet
    calls a misspelt method)."""
    if len(key) == arr.ndim and all(isinstance(k, integer_types) for k in key):
        out = arr
        for k in key:
            out = getitem(out, k)
        return out
    rest = without_bools(key)
    _check_mask_sizes(arr.shape, rest)     # (the masks are read before the new axis is placed)
    if sum(k is Ellipsis for k in rest) > 1:
        raise IndexError("Cannot use more than one ellipsis (`...`) for indexing")
    if _last_bool(key):
        return getitem(arr, (None, *_masks_as_positions(_mask_expanded(key))))
    if not _basic(rest):
        raise AttributeError("'ndarray' object has no attribute '_get_np_adanced_indexing'")
    shape = getitem(arr, rest).shape
    return empty((0, *shape), dtype=arr.dtype, ctx=arr.ctx)


def _last_bool(key):
    """The last Python bool of tuple ``key``: MXNet's key expansion keeps that one (True adds an axis, False
    selects nothing)."""
    return [k for k in key if type(k) is bool][-1]


def _tuple_key_entries(arr, key):
    """A tuple key's entries as MXNet reads them: a numpy bool array or a list of bools there is positions (True
    is 1), not a mask; an mx.np mask beside other entries is refused as by legacy indexing without NumPy
    semantics."""
    if not isinstance(key, tuple):
        return key
    if len(key) > 1 and not _is_np_shape():
        entries = [k for k in key if k is not Ellipsis and type(k) is not bool]     # the axes MXNet counts
        for axis, k in enumerate(entries):
            if isinstance(k, NDArray) and k.dtype == _np.bool_ and k.ndim:
                mask_refused(arr.shape, axis, k)
    return tuple(_np.asarray(k, _np.int64) if _bools_listed(k) else k for k in key)


def _bools_listed(entry):
    """Whether ``entry`` is a numpy bool array or a non-empty list of Python/numpy bools."""
    if isinstance(entry, _np.ndarray):
        return entry.dtype == _np.bool_
    return isinstance(entry, list) and bool(entry) and all(isinstance(x, (bool, _np.bool_)) for x in entry)


def _refuse_empty_index(key):
    """MXNet's failure at the first index list or array of ``key`` with no elements, whose zero size legacy shapes
    read as unknown: copying an MXNet array fails _copyto's shape inference, making one of a list or numpy array
    the check of its shape's sizes."""
    entries = key if isinstance(key, tuple) else (key,)
    for k in entries:
        if isinstance(k, NDArray) and k.size == 0:
            raise inference_failure("_copyto", [k.shape], [k.shape], [])
        if isinstance(k, (list, _np.ndarray)) and _np.size(k) == 0:
            raise MXNetError("Check failed: dim_size_is_known(*it): Shape dim size cannot be a negative value -1")


def _refuse_legacy_shape_write(arr, key, value):
    """MXNet's failures of a write without NumPy shape semantics: an empty index array, and a text value (or
    None into a float array) read by its fill operator."""
    _refuse_empty_index(key)
    if isinstance(key, NDArray) and key.dtype == _np.bool_:
        return      # a mask write checks its value's type itself
    if isinstance(value, (str, bytes)):
        as_value_array(arr, value, _OWNER)      # text that is no number: the TypeError of its conversion first
    if isinstance(value, (str, bytes)) or value is None and _np.issubdtype(arr.dtype, _np.floating):
        # the value becomes a 0-d array, whose shape legacy shapes read as unknown: broadcasting it fails
        raise inference_failure("_npi_broadcast_to", [None], [None], [("shape", _region_shape(arr, key))])


def _region_shape(arr, key):
    """The shape of the region ``arr[key]`` (a single element's as (1,))."""
    entries = tuple(k.asnumpy() if isinstance(k, NDArray) else k for k in (key if type(key) is tuple else (key,)))
    region = _np.broadcast_to(_np.empty((), bool), arr.shape)[entries if type(key) is tuple else entries[0]]
    return _np.shape(region) or (1,)


def _number_recorded_steps(res, given):
    """Take the node numbers of the further steps MXNet records for basic indexing (see index_record) and for a
    boolean mask (``given``: the key as passed), so the nodes recorded next are numbered as MXNet numbers them."""
    link = res._node
    if link is None or link[0].is_leaf or link[0].op is not getitem_op:
        return
    if autograd.masks_rows(link[0].attrs.get("key")):
        # MXNet's boolean_mask between reshapes of the array and of its result; the mask's reshape is recorded
        # where the mask is, else the mask is a constant
        recorded = isinstance(given, NDArray) and given._node is not None
        autograd.reserve_sequence(2 + recorded)
        if recorded:
            autograd.note_recorded_mask(link[0], given)
        else:
            autograd._number_constant(link[0])
        return
    if autograd.gathers_rows(link[0].attrs.get("key")):
        autograd._number_constant(link[0])      # (the index array MXNet makes for its gather_nd)
        return
    steps = autograd.numpy_index_steps(link[0])
    if steps:
        autograd.reserve_sequence(len(steps) - 1)


def _integers_only(key):
    """Whether ``key`` holds neither ``...`` nor an index array."""
    entries = key if isinstance(key, tuple) else (key,)
    return not any(k is Ellipsis or isinstance(k, NDArray) for k in entries)


def _without_empty_ellipsis(ndim, key):
    """A tuple key without a ``...`` that spans no axis: MXNet expands it first, so index arrays on either side
    of it stand together (NumPy would move their axes first)."""
    at = [i for i, k in enumerate(key) if k is Ellipsis] if isinstance(key, tuple) else []
    if len(at) != 1:
        return key
    i, axes = at[0], _entry_axes(ndim, key)
    later = next((a for a in axes[i + 1:] if a is not None), ndim)
    return key[:i] + key[i + 1:] if later == axes[i] else key


def _mask_expanded(key):
    """Tuple ``key`` without its Python bools, as MXNet's expansion reads it: beside a ``...``, the boolean masks
    become the position arrays they select (checked against the axes counted without the ``...``) and the
    ``...`` keeps its entry's index (among all the entries), which may now fall among those arrays."""
    rest = without_bools(key)
    at = [i for i, k in enumerate(key) if k is Ellipsis]
    if len(at) != 1 or not any(isinstance(k, NDArray) and k.dtype == _np.bool_ and k.ndim for k in key):
        return rest
    parts = [p for k in rest if k is not Ellipsis for p in (
        mask_positions(k) if isinstance(k, NDArray) and k.dtype == _np.bool_ and k.ndim else (k,))]
    parts.insert(at[0], Ellipsis)
    return tuple(parts)


def _masks_as_positions(key):
    """A tuple key's boolean masks as the integer arrays of the positions they select (one per mask axis), as
    MXNet reads them before it places the key's new axes."""
    parts = []
    for k in key:
        if isinstance(k, NDArray) and k.dtype == _np.bool_ and k.ndim:
            parts.extend(_np.nonzero(k._data))
        else:
            parts.append(k)
    return tuple(parts)


def _place_new_axes(res, new_axes, moved_from, batch_ndim):
    """A gathered ``res`` with the index arrays' axes moved first (from ``moved_from``) and length-1 axes
    inserted at ``new_axes``, as MXNet lays out a key with ``None`` entries and index arrays."""
    with INTERNAL:
        if moved_from:
            order = list(range(moved_from, moved_from + batch_ndim))
            order += [a for a in range(res.ndim) if a not in order]
            res = invoke_np("transpose", (res,), {"axes": tuple(order)})
        shape = list(res.shape)
        for axis in new_axes:
            shape.insert(axis, 1)
        return res.reshape(tuple(shape))      # (NumPy's reshape: a 0 in the shape is a size, not a copy code)


def _integer_axes(shape, key):
    """The axes basic ``key`` indexes by an integer (its ``...`` spelled out, its new axes left out)."""
    from ..ndarray.indexing_keys import indexing_key_expand_implicit_axes
    entries = [k for k in indexing_key_expand_implicit_axes(key, shape)[0] if k is not None]
    return [i for i, k in enumerate(entries) if not isinstance(k, slice)]


def _whole(arr, key):
    """Whether ``key`` selects all of ``arr`` by slices (``:``, ``...``, ``0:n``), as ``arr[:] = value``."""
    keys = key if isinstance(key, tuple) else (key,)
    if not all(isinstance(k, slice) or k is Ellipsis for k in keys):
        return False
    ellipses = [i for i, k in enumerate(keys) if k is Ellipsis]
    if len(ellipses) > 1:
        return False
    if ellipses:
        i = ellipses[0]
        keys = keys[:i] + (slice(None),) * (arr.ndim - len(keys) + 1) + keys[i + 1:]
    return len(keys) <= arr.ndim and all(k.indices(n) == (0, n, 1) for k, n in zip(keys, arr.shape))


def setitem(arr, key, value):
    """``arr[key] = value`` with broadcasting (``value`` a scalar, list or array)."""
    if isinstance(value, NDArray) and not isinstance(value, ndarray):      # (refused before the key is read)
        raise TypeError("Cannot assign mx.nd.NDArray to mxnet.numpy.ndarray")
    if write_carrying(arr, value, lambda: setitem(arr, key, value)):
        return
    _read_numpy_bool_alias(isinstance(key, bool) + isinstance(key, (bool, ndarray)))
    _refuse_empty_ranges(key, arr.ndim)
    if _lone_range(key):
        key = _written_range_key(arr, key, value)
    key = _tuple_key_entries(arr, key)
    _refuse_legacy_masks(key)
    _check_scalar_key(arr, key, writing=True)
    if not arr.ndim and type(key) is tuple and not isinstance(value, (int, float, _np.generic)) and \
            not (isinstance(value, (NDArray, _np.ndarray)) and value.size == 1):
        raise ValueError("setting an array element with a sequence.")      # MXNet writes a 0-d array one element
    entries = key
    if type(key) is tuple and any(type(k) is bool for k in key):
        if not _last_bool(key):
            _check_mask_sizes(arr.shape, without_bools(key))
            return      # MXNet's key expansion: a False (the last bool) selects nothing to write
        key = without_bools(key)
    if not _is_np_shape():
        _refuse_legacy_shape_write(arr, key, value)
    _check_index_count(arr.ndim, key)
    _refuse_numpy_bools(key)
    _refuse_entry_types(key)
    _refuse_scalar_position_write(arr, key, value)
    _check_tuple_masks(arr.shape, key)
    if type(entries) is tuple:
        key = _mask_expanded(entries)
    _move_index_arrays(key)
    _check_gather_key(arr.shape, key)
    if isinstance(key, tuple) and any(isinstance(k, tuple) and not k for k in key):
        return      # an empty tuple in the key selects nothing: MXNet writes nothing, whatever the value
    if has_empty_positions(key) and not (autograd.is_recording() and (
            autograd.in_graph(arr) or getattr(value, "_node", None) is not None)):     # (recorded writes: below)
        scattered(arr, key, value, lambda v, target, new_axes: _value_for_scatter(arr, v, target, new_axes))
        return
    basic_key = _scalar_arrays_as_ints(key)
    if _basic(basic_key):
        _check_basic_integers(arr.shape, basic_key)
        arr._data[basic_key]      # an index out of range (or too many) is MXNet's IndexError first
    _check_written_slices(arr.shape, key)
    if value is arr and _basic(basic_key) and selects_whole(arr.shape, basic_key):
        return          # MXNet writes nothing (and checks no more) when an array is assigned whole to itself
    refusal = None
    if autograd.is_recording() and not (isinstance(value, _np.ndarray) and _basic(basic_key)
                                        and selects_whole(arr.shape, basic_key)):
        # (MXNet copies a numpy value into a whole array by no operator: nothing to refuse)
        if autograd.in_graph(arr):
            refusal = IN_GRAPH_WRITE
        elif getattr(value, "_node", None) is not None:
            if not _whole(arr, key):
                refusal = INPLACE_RECORDED
            else:
                _record_whole_copy(arr, value)
                return
        if getattr(value, "_node", None) is not None and refusal is not None:
            # (an advanced write is numbered where its _scatter_set_nd is refused)
            number_value_steps(arr, basic_key, value, write=int(_basic(basic_key)))
    _assign(arr, key, value, basic_key)
    if refusal is not None:         # (MXNet writes first: its recording refuses the op it has run)
        refuse_recording(None, refusal, (arr,), numbered=False)


def _value_for_scatter(arr, value, target, new_axes):
    """``value`` as MXNet prepares it for a scatter to a selection of shape ``target``: squeezed at the key's
    new axes, then reshaped (when empty) or broadcast to it, with their checks."""
    if isinstance(value, (int, float, _np.generic)):
        return _np.full(target, value)
    if not isinstance(value, NDArray):
        value = as_value_array(arr, value, _OWNER)
    value = _squeeze_axes(value, new_axes, len(target))
    if not value.size:
        check_reshape(0, target)
        return value.reshape(target)
    while value.ndim > len(target) and value.shape[0] == 1:
        value = value[0]
    check_broadcastable(value.shape, target)
    return _np.broadcast_to(value, target)


def _refuse_empty_ranges(key, ndim):
    """MXNet makes each range in a key a position array by its arange, whose check refuses an empty one (once it
    counted the axes the key indexes)."""
    ranges = [k for k in (key if type(key) is tuple else (key,)) if type(k) is range]
    if ranges and ndim:
        _check_index_count(ndim, key)
    for k in ranges:
        refuse_empty_range(k.start, k.stop, k.step)


def _written_range_key(arr, key, value):
    """A write's key whose one index-array entry is a range: MXNet scatters to the range's positions once the
    value broadcasts to them all; positions past the axis (which its scatter writes out of bounds) are dropped."""
    entries = key if type(key) is tuple else (key,)
    axes = _entry_axes(arr.ndim, entries)
    kept = tuple([p for p in k if axis < arr.ndim and 0 <= p < arr.shape[axis]] if type(k) is range else k
                 for k, axis in zip(entries, axes))
    dropped = any(type(k) is range and len(k) != len(p) for k, p in zip(entries, kept))
    if dropped and not isinstance(value, (int, float, _np.generic)) and \
            sum(k is not None and k is not Ellipsis for k in entries) <= arr.ndim:
        value_shape = value.shape if isinstance(value, (NDArray, _np.ndarray)) else \
            as_value_array(arr, value, _OWNER).shape
        every = tuple([0] * len(k) if type(k) is range else k for k in entries if k is not None)
        _refuse_value_shape(value_shape, _np.broadcast_to(0, arr.shape)[every].shape)
    return kept if type(key) is tuple else kept[0]


def _lone_range(key):
    """Whether ``key``'s one index-array entry is a range (a range beside other index arrays is positions, as a
    list is)."""
    entries = key if type(key) is tuple else (key,)
    ranges = sum(type(k) is range for k in entries)
    return ranges == 1 and not any(isinstance(k, (list, NDArray, _np.ndarray)) for k in entries)


def _record_whole_copy(arr, value):
    """MXNet copies a recorded value into the whole array (cast and broadcast): a recorded copy."""
    copied = value.astype(arr.dtype, copy=False)
    if copied.shape != arr.shape:
        from .shaping import broadcast_to
        copied = broadcast_to(copied, arr.shape)
    copied = invoke_np("_copy", (copied.reshape(arr.shape),))     # (MXNet reshapes it first)
    arr._data[...] = copied._data
    arr._node = copied._node


def _assign(arr, key, value, basic_key):
    """Write ``value`` into ``arr[key]`` as MXNet's kernels do, with their checks."""
    if isinstance(value, _np.ndarray) and value.dtype.kind == "c":
        warn_complex_cast("copy")
    if isinstance(key, NDArray) and key.dtype == _np.bool_:
        _check_mask_value(arr, key.shape, value)
        if _mask_value_refused(arr, key, value):
            return
    elif isinstance(key, (bool, _np.bool_)):
        _check_mask_value(arr, (), value)       # MXNet reads a bool key as a 0-d mask
    # a NumPy value for the whole array (integers only on axes of length 1) MXNet broadcasts with NumPy: NumPy's
    # ValueError
    numpy_broadcast = isinstance(value, _np.ndarray) and _basic(basic_key) and selects_whole(arr.shape, basic_key)
    if not isinstance(value, (NDArray, int, float, _np.generic)):
        value = as_value_array(arr, value, _OWNER)
    if numpy_broadcast:     # reshaped to the array's rank (whatever new axes the key adds), broadcast by numpy
        arr._data[...] = broadcast_numpy_value(value, arr.shape, _integer_axes(arr.shape, basic_key))
        return
    if arr.dtype == _np.bool_ and not isinstance(value, (int, float, _np.generic)) and _basic(basic_key) \
            and not selects_whole(arr.shape, basic_key):
        # MXNet's slice-assign kernel has no bool case: the array fails when read (once the value is broadcast);
        # a key selecting every element (integers only on axes of length 1) is a plain copy
        target = _np.broadcast_to(0, arr.shape)[_without_none(basic_key)].shape or (1,)
        value_shape = _np.shape(value._data if isinstance(value, NDArray) else value)
        if 0 in target:     # an empty selection: only a value that cannot fit fails, then the kernel may not run
            if int(_np.prod(value_shape)):
                _refuse_value_shape(value_shape, target)
            if not slice_kernel_size(arr.shape, basic_key):
                return
        else:
            _refuse_value_shape(value_shape, target)
        error = KernelError("Unknown type enum 7", None)
        error.raised_at = ("../src/operator/tensor/./matrix_op-inl.h", 1148)
        deliver(error, arr, None)
        return
    if _basic(basic_key) and arr.ndim > SLICE_KERNEL_MAX_NDIM and not _whole(arr, _without_none(basic_key)):
        if isinstance(value, NDArray):
            check_slice_rank(arr.ndim, "_slice_assign")     # (an array by a slice-assign, whose inference fails)
        deliver(rank_too_large(arr.ndim, "_slice_assign_scalar", kernel=True), arr, None)     # (a number by its kernel)
        return
    if isinstance(value, (int, float, _np.generic)):
        value = _written_number(arr, key, basic_key, value)
    if isinstance(value, NDArray):
        refuse_legacy_scalars("_npi_setitem", (value,))
        value = value._data
    key = _bools_as_positions(key)
    if isinstance(key, tuple):      # (a mask alone in a tuple too: MXNet scatters to its positions)
        key = _masks_as_positions(key)
    key = (None,) if key is None else _key(key)
    if isinstance(key, tuple) and any(k is None for k in key):     # new axes select nothing: MXNet drops them
        as_ints = (None,) if basic_key is None else basic_key       # (its 0-d arrays, of any type, are integers)
        if _basic(as_ints):
            key, value = _without_none(as_ints), _squeeze_new_axes(arr.ndim, as_ints, value)
        elif _integer_arrays(key) is not None:
            key = _without_empty_ellipsis(arr.ndim, key)        # (as a read lays out the selection)
            new_axes, moved_from, batch_ndim = _new_axes_after_gather(arr.ndim, key)
            key = _without_none(key)
            selection = unwrapped_offsets(arr.shape, key).shape
            value = _squeeze_axes(value, new_axes, len(selection))
            if moved_from:
                value = _batch_axes_back(value, selection, moved_from, batch_ndim)
    if isinstance(value, _np.ndarray) and _np.may_share_memory(value, arr._data):
        value = value.copy()        # MXNet reads a view of the array whole before writing (NumPy may not)
    lone_integer = isinstance(key, _np.ndarray) and not key.ndim      # (a lone 0-d index array wraps, as an integer)
    if not _basic(key) and not lone_integer and positions_unwrapped(arr.shape, key):
        try:
            write_unwrapped(arr._data, key, value)      # MXNet's scatter does not wrap positions into their axes
        except ValueError:
            _refuse_value_shape(_np.shape(value), unwrapped_offsets(arr.shape, key).shape)
            raise
        return
    try:
        arr._data[key] = value
    except ValueError:
        target = _np.broadcast_to(0, arr.shape)[_without_none(key)].shape or (1,)
        if not _np.size(value) and 0 in target:
            return      # nothing written to nothing: MXNet passes
        _refuse_value_shape(_np.shape(value), target)
        raise


def _written_number(arr, key, basic_key, value):
    """The element a number written through ``key`` becomes: a mask's operator parses its text as a double (a
    numpy True it cannot parse, a numpy False it reads as 0) and C-casts it to the dtype (NaN and out-of-range
    numbers as x86's conversion gives them); other keys' operators read it as filled_number says."""
    if isinstance(key, (bool, _np.bool_)) or isinstance(key, NDArray) and key.dtype == _np.bool_:
        from ..ndarray.ops_elemwise import c_cast
        from ..ndarray.param_text import read_value
        if isinstance(value, _np.bool_):
            if value:
                raise located(MXNetError("No conversion could be performed"), ("", 0))
            value = 0
        elif type(value) is bool:
            value = int(value)      # (MXNet's own conversion of a Python bool)
        return c_cast(read_value("_npi_boolean_mask_assign_scalar", "value", "d", value), arr.dtype)[()]
    return filled_number(arr, basic_key if _basic(basic_key) else _key(key), value)


def _refuse_value_shape(value_shape, target_shape):
    """MXNet's checks of a value that does not fit the selection it is written to: an empty value is reshaped to
    it; any other, without the leading length-1 axes it has beyond the selection's, broadcast to it."""
    if not int(_np.prod(value_shape)):
        check_reshape(0, target_shape)
    while len(value_shape) > len(target_shape) and value_shape[0] == 1:
        value_shape = value_shape[1:]
    check_broadcastable(value_shape, target_shape)


def _new_axis_positions(ndim, key, start=0):
    """Where MXNet puts the ``None`` entries of ``key``: each at ``start`` plus the count of slices and new axes
    before it (``...`` counting the axes it spans; integers and index arrays counting none). Also returns the
    count of slices before the first other entry."""
    consumed = sum(k is not None and k is not Ellipsis for k in key)
    axis, new_axes, leading = start, [], None
    for k in key:
        if k is None:
            new_axes.append(axis)
        elif k is Ellipsis:
            axis += ndim - consumed
        elif isinstance(k, slice):
            axis += 1
        elif leading is None:
            leading = axis - start - len(new_axes)
        axis += k is None
    return new_axes, leading or 0


def _new_axes_after_gather(ndim, key):
    """For a key with ``None`` entries and integer index arrays: MXNet gathers without the ``None`` entries
    (the index arrays' axes first when they are apart in the full key, even if only a ``None`` separates them),
    then inserts the new axes (after the index arrays' axes when those come first). Returns (the new axes, where
    the index arrays' axes are to be moved from, how many there are); (None, 0, 0) for other keys."""
    if not isinstance(key, tuple) or not any(k is None for k in key):
        return None, 0, 0
    parts = _integer_arrays(_key(key))
    if parts is None:
        return None, 0, 0
    batch_ndim = len(_np.broadcast_shapes(*(_np.shape(k) for k in parts
                                            if k is not Ellipsis and not isinstance(k, slice))))
    apart = not _adjacent(key)
    new_axes, leading = _new_axis_positions(ndim, key, batch_ndim if apart else 0)
    moved_from = leading if apart and _adjacent(_without_none(key)) else 0
    return new_axes, moved_from, batch_ndim


def _adjacent(key):
    """Whether the integer and index-array entries of ``key`` stand next to each other."""
    at = [i for i, k in enumerate(key) if k is not None and k is not Ellipsis and not isinstance(k, slice)]
    return at == list(range(at[0], at[-1] + 1))


def _squeeze_new_axes(ndim, key, value):
    """A value written through a basic key with ``None`` entries, as MXNet prepares it: the key's new axes
    select nothing, so a value with more axes than the selection loses those (length-1) axes."""
    new_axes, _ = _new_axis_positions(ndim, key)
    selected = sum(isinstance(k, slice) for k in key) + ndim - sum(k is not None and k is not Ellipsis for k in key)
    return _squeeze_axes(value, new_axes, max(selected, 1))     # (a selection of one element: MXNet's shape (1,))


def _squeeze_axes(value, new_axes, selected):
    """``value`` without its length-1 axes at ``new_axes`` when it has more than ``selected`` axes."""
    value = _np.asarray(value._data if isinstance(value, NDArray) else value)
    if value.ndim <= selected:
        return value
    squeezed = tuple(a for a in new_axes if a < value.ndim)
    for a in squeezed:      # MXNet squeezes those axes out with mx.np's squeeze
        if value.shape[a] != 1:
            from .shaping import squeeze_size_refusal
            raise squeeze_size_refusal(value.shape[a])
    return value.squeeze(axis=squeezed)


def _batch_axes_back(value, selection, moved_from, batch_ndim):
    """A value for a key whose index arrays only a ``None`` keeps apart: MXNet lays out the selection with the
    index arrays' axes first and broadcasts the value to that; here they go back to ``moved_from``, where the
    key without its ``None`` entries puts them."""
    order = list(range(moved_from, moved_from + batch_ndim))
    order += [a for a in range(len(selection)) if a not in order]
    layout = tuple(selection[a] for a in order)
    value = _np.asarray(value)
    while value.ndim > len(layout) and value.shape[0] == 1:
        value = value[0]
    if value.shape != layout:
        _refuse_value_shape(value.shape, layout)
        value = _np.broadcast_to(value, layout)
    return _np.moveaxis(value, tuple(range(batch_ndim)), tuple(range(moved_from, moved_from + batch_ndim)))


def _integer_arrays(key):
    """The entries of ``key`` but ``None`` when it holds integer index arrays (and no masks); else None."""
    parts = key if isinstance(key, tuple) else (key,)
    parts = [_np.asarray(k) if isinstance(k, list) else k for k in parts if k is not None]
    arrays = [k for k in parts if isinstance(k, _np.ndarray)]
    if not any(k.ndim for k in arrays) or any(k.dtype.kind not in "iu" for k in arrays):
        return None
    if any(isinstance(k, (bool, _np.bool_)) or not isinstance(k, (slice, int, _np.integer, _np.ndarray))
           for k in parts if k is not Ellipsis):
        return None
    return parts


def _without_none(key):
    """``key`` without its ``None`` entries (new axes select nothing away)."""
    if key is None:
        return ()
    return tuple(k for k in key if k is not None) if isinstance(key, tuple) else key


def _scalar_arrays_as_ints(key):
    """``key`` with its 0-d (non-bool) arrays as the integers MXNet's basic indexing reads them as."""
    def entry(k):
        return int(k.item()) if isinstance(k, NDArray) and k.ndim == 0 and k.dtype != _np.bool_ else k
    return tuple(entry(k) for k in key) if isinstance(key, tuple) else entry(key)


def _scalar_arrays_as_slices(shape, key):
    """``key`` (a tuple) with its 0-d (non-bool) arrays as the one-row slices MXNet records basic indexing by
    them with (their axes dropped by its last reshape)."""
    entries = key if isinstance(key, tuple) else (key,)
    named = sum(k is not None and k is not Ellipsis for k in entries)
    axis, out = 0, []
    for k in entries:
        if k is Ellipsis:
            out += [slice(None)] * (len(shape) - named)
            axis += len(shape) - named
            continue
        if isinstance(k, NDArray) and k.ndim == 0 and k.dtype != _np.bool_:
            row = int(k.item()) % shape[axis]
            k = slice(row, row + 1)
        out.append(k)
        axis += k is not None
    return tuple(out)


def _basic(key):
    """Whether ``key`` is a basic index (integers, slices, ``...`` and ``None`` only)."""
    keys = key if isinstance(key, tuple) else (key,)
    return all(k is Ellipsis or k is None or isinstance(k, slice) or
               isinstance(k, (int, _np.integer)) and not isinstance(k, (bool, _np.bool_)) for k in keys)


def _check_mask_value(arr, mask_shape, value):
    """MXNet's checks of a value assigned through one boolean mask of ``mask_shape``: an mx.np array (or a
    number) of ``arr``'s dtype, 0-d or 1-d for a full mask, else of one element or the shape the mask leaves."""
    if not isinstance(value, (NDArray, int, float, _np.generic)):
        raise NotImplementedError(f"type {type(value)} is not supported.")
    mask_ndim = len(mask_shape)
    for i, n in enumerate(mask_shape):
        if i >= arr.ndim:
            raise MXNetError(f"Check failed: i >= 0 && i < ndim(): index = {i} must be in range [0, {arr.ndim})")
        if arr.shape[i] != n:
            raise MXNetError(f"Check failed: dshape[i + start_axis] == mshape[i] ({arr.shape[i]} vs. {n}) : boolean "
                             f"index did not match indexed array along dimension {i}; dimension is {arr.shape[i]} "
                             f"but corresponding boolean dimension is {n}")
    if not isinstance(value, NDArray):
        return
    if mask_ndim == arr.ndim and value.ndim > 1:
        raise MXNetError(f"Check failed: in_attrs->at(2).ndim() <= 1U ({value.ndim} vs. 1) : boolean array indexing "
                         f"assignment requires a 0 or 1-dimensional input, input has {value.ndim} dimensions")
    rest = arr.shape[mask_ndim:]
    if mask_ndim < arr.ndim and value.size > 1:
        for i in range(1, min(value.ndim, len(rest)) + 1):
            have, want = value.shape[-i], rest[-i]
            if have != want:
                raise MXNetError(f"Check failed: dshape[dshape.ndim() - i] == vshape[vshape.ndim() - i] ({want} vs. "
                                 f"{have}) : shape mismatch of value with input at dimension {arr.ndim - i}; dimension "
                                 f"is {want} but corresponding value dimension is {value.shape[-1]}")  # (MXNet's slip)
    if mask_ndim < arr.ndim and value.size > 1 and value.shape[-len(rest):] != rest:
        # (MXNet's check reads the value's shape one axis past its first)
        raise MXNetError(f"Check failed: i >= 0 && i < ndim(): index = -1 must be in range [0, {value.ndim})")
    if value.dtype != arr.dtype:        # (types are inferred after the shapes)
        raise type_inconsistent(value.dtype, arr.dtype)


def _mask_value_refused(arr, mask, value):
    """Whether MXNet's kernel for boolean ``mask`` writes nothing: with no True entry it writes nothing and refuses
    nothing; it refuses (the array then fails when read) a value of more than one element with more axes than the
    mask leaves plus one, or with that many whose first is neither 1 nor the count of True entries."""
    if not isinstance(value, NDArray) or value.size == 1:
        return False
    count = int(_np.count_nonzero(mask._data))
    if not count:
        return True
    axes = arr.ndim - mask.ndim + 1
    if value.ndim > axes:
        _refuse_in_kernel("Check failed: vndim <= (dndim - mndim + 1): ", arr)
        return True
    if value.ndim == axes and value.shape[0] not in (1, count):
        shape = "[" + ",".join(map(str, value.shape)) + "]"
        _refuse_in_kernel(f"Check failed: static_cast<size_t>(valid_num) == vshape[start_axis] ({count} vs. "
                          f"{value.shape[0]}) : boolean array indexing assignment cannot assign {shape} input "
                          f"values to the {count} output values where the mask is true\n", arr)
        return True
    return False


def _refuse_in_kernel(message, arr):
    """MXNet's boolean mask assignment kernel failing with ``message``: ``arr`` fails when next read."""
    deliver(KernelError(message, None), arr, None)


ndarray.__getitem__ = getitem
ndarray.__setitem__ = setitem
