"""NDArray indexing: MXNet's rules on top of numpy's basic and advanced indexing."""
import operator

import numpy as np

from ..base import MXNetError, class_text, integer_types, located, numeric_types
from .ndarray import _DATA_SLOT, NDArray, _reordered_target, _shape_text, _wrap, check_boolean_array_dimension
from .ndarray import warn_complex_cast
from ..util import is_np_array, is_np_shape
from . import onednn
from .array_kinds import called_by_user
from .registry import IN_GRAPH_WRITE, INPLACE_RECORDED, KEEP_CLASS, OPS, defop, invoke, refuse_recording
from .failures import (UNKNOWN_SHAPE, KernelError, backward_kernel_error, backward_reads_no_outputs, deliver,
                       write_carrying)
from .ops_select import SLICE_KERNEL_MAX_NDIM, check_slice_rank, linear_grad, onednn_offset_negative, rank_too_large
from .overlap_copy import copy_in_order
from .shape_text import inference_failure
from .views import note_alias, note_view
from .workspace import asks_when


def _key(key):
    """Turn NDArray indices into integer numpy arrays; keep everything else as numpy takes it."""
    if isinstance(key, NDArray):
        if key._data.dtype == np.bool_:
            raise ValueError("boolean NDArray indices are not supported; use an integer index array "
                             "(e.g. from nd.contrib.boolean_mask or numpy's nonzero)")
        if not key.size and type(key) is NDArray and not is_np_shape():
            raise unknown_shape_copy(key.shape)      # MXNet copies the index array first
        return array_positions(key._data)
    if isinstance(key, (float, np.floating, str, bytes, dict, set)):
        raise ValueError(f"NDArray does not support slicing with key {key} of type {class_text(key)}.")
    if isinstance(key, tuple):
        one_axis = not is_np_shape() or any(isinstance(k, integer_types) and type(k) is not bool for k in key)
        return tuple(_key(_legacy_position(k, one_axis)) for k in key)
    if isinstance(key, list) and any(isinstance(k, NDArray) for k in key):
        if any(isinstance(k, NDArray) and type(k) not in KEEP_CLASS for k in key):
            raise TypeError("source_array must be array like object")      # numpy cannot read a legacy NDArray
        return _positions([k.asnumpy() if isinstance(k, NDArray) else k for k in key])
    if isinstance(key, np.bool_):
        raise ValueError(f"NDArray does not support slicing with key {key} of type {class_text(key)}.")
    if isinstance(key, (list, np.ndarray)):
        return _positions(key)
    return key


def unknown_shape_copy(shape):
    """MXNet's refusal to copy an array whose legacy shape is unknown (0-d, or a 0 size)."""
    text = _shape_text(shape, -1) if shape else "None"
    return MXNetError(f"Operator _copyto inferring shapes failed.\ninput shapes:\n{text}\noutput shapes:\n{text}\n"
                      "operator attributes:\n\n")


def one_position(entry):
    """A key entry as MXNet reads it in a tuple: a 0-d numpy array is an index array of one position."""
    return entry.reshape(1) if isinstance(entry, np.ndarray) and not entry.ndim and entry.dtype != np.bool_ else entry


def _legacy_position(entry, one_axis=True):
    """A tuple key entry as MXNet's legacy indexing reads it: a 0-d numpy bool is the position it equals, as a
    0-d integer array is; with ``one_axis`` (legacy shapes, or an integer in the key), one position of one axis."""
    if isinstance(entry, np.ndarray) and not entry.ndim and entry.dtype == np.bool_:
        entry = entry.astype(np.int64)
    return one_position(entry) if one_axis else entry


def _positions(key):
    """A list or numpy array index as MXNet reads it: integer positions (booleans as 0/1, floats truncated)."""
    try:
        positions = np.asarray(key)
    except ValueError:
        positions = None
    if positions is None or positions.dtype.kind not in "biuf":    # ragged, or not numbers: MXNet's array() refuses it
        raise TypeError("source_array must be array like object")
    if positions.size == 0 and not is_np_shape():     # shape (0,) is an unknown shape to legacy shapes
        raise MXNetError("Check failed: dim_size_is_known(*it): Shape dim size cannot be a negative value -1")
    return listed_positions(key)


def _as_index_type(positions):
    """Integer positions in MXNet's 32-bit index type (wrapping), held as int64."""
    return positions.astype(np.int32).astype(np.int64)


def array_positions(data):
    """An NDArray's elements as the positions MXNet's indexing casts them to (its 32-bit index type): integers
    wrap, floats truncate (NaN and those out of its range becoming its lowest value, as x86's conversion does)."""
    if data.dtype.kind == "f":
        from .ops_elemwise import c_cast
        return c_cast(data, np.int32).astype(np.int64)
    return _as_index_type(data)


def listed_positions(key):
    """A list or numpy array key as the positions MXNet's indexing reads (numpy's conversion to its 32-bit index
    type: bools as 0 and 1, floats truncated, integers wrapping); ``key`` itself when it holds such positions
    already."""
    positions = np.asarray(key)
    if positions.dtype.kind == "f":
        with np.errstate(invalid="ignore"):
            return _as_index_type(np.trunc(positions).astype(np.int64))
    if positions.dtype.kind in "iub" and positions.size and \
            (positions.dtype == np.bool_ or positions.min() < -2**31 or positions.max() >= 2**31):
        return _as_index_type(positions.astype(np.int64))
    return key


def _takes_positions(k):
    """An entry MXNet's gather reads as positions (integers included)."""
    return isinstance(k, (np.ndarray, list, tuple, range) + integer_types)


def _gather_layout(shape, key):
    """How MXNet's gather lays out ``x[key]`` for an advanced ``key``, against numpy's indexing by the key
    without its None entries: ``(inner key, front, new_axes)``. ``inner`` has one entry per axis (no None,
    no Ellipsis); ``front`` (an axis and a count, or None) is the block of gathered axes MXNet moves to the
    front, as it does whenever a None separates the position entries; ``new_axes`` are where it then inserts
    the None axes: after the non-position entries before each None (and after the whole block when that
    block is at the front), whatever the block's own axes."""
    from .indexing_keys import indexing_key_expand_implicit_axes
    expanded = indexing_key_expand_implicit_axes(key, shape)[0]
    inner = tuple(k for k in expanded if k is not None)
    if len(inner) == len(expanded):
        return inner, None, ()
    at = [i for i, k in enumerate(expanded) if _takes_positions(k)]
    inner_at = [i for i, k in enumerate(inner) if _takes_positions(k)]
    block = broadcast_positions(inner)
    together = all(b - a == 1 for a, b in zip(at, at[1:]))
    front = None
    if not together and all(b - a == 1 for a, b in zip(inner_at, inner_at[1:])) and inner_at[0]:
        front = (inner_at[0], len(np.broadcast_shapes(*(np.shape(inner[i]) for i in inner_at))))
    lead = 0 if together else len(block)
    new_axes = tuple(lead + sum(1 for k in expanded[:i] if not _takes_positions(k))
                     for i, k in enumerate(expanded) if k is None)
    return inner, front, new_axes


def _move_block(r, front, back=False):
    """Move the ``front`` block of axes (at, count) of ``r`` to the front (or back from it)."""
    at, count = front
    places, firsts = range(at, at + count), range(count)
    return np.moveaxis(r, firsts, places) if back else np.moveaxis(r, places, firsts)


def _gather(data, key):
    """``data[key]`` for an advanced key, as MXNet's gather gives it; a position past its axis fails in
    MXNet's kernel (raised when the result is read)."""
    inner, front, new_axes = _gather_layout(data.shape, key)
    kept, failure = clip_positions(data.shape, inner)
    r = data[kept] if failure is None else gather_placeholder(data, kept)
    failure = failure if r.size else None       # the kernel never runs for an empty result
    if front is not None:
        r = _move_block(r, front)
    if new_axes:
        shape = list(r.shape)
        for a in new_axes:
            shape.insert(a, 1)
        r = r.reshape(shape)
    if failure is not None:
        raise KernelError(failure, np.zeros_like(r), kind=IndexError)
    return np.ascontiguousarray(r)


def clip_positions(shape, entries):
    """``entries`` (one per axis) with the positions past their axis clipped to it, and the words of MXNet's gather
    kernel for them (or None): it names the first axis holding such positions, and the last of them there."""
    kept, failure = [], None
    for axis, k in enumerate(entries):
        if _takes_positions(k) and axis < len(shape):
            n, positions = shape[axis], np.asarray(k)
            bad = (positions < -n) | (positions >= n)
            if bad.any():
                failure = failure or f"index {positions[bad].reshape(-1)[-1]} is out of bounds for axis {axis} " \
                                     f"with size {n}"
                k = np.clip(positions, -n, n - 1) if n else np.zeros_like(positions)
        kept.append(k)
    return tuple(kept), failure


def gather_placeholder(data, kept):
    """Zeros of the shape ``data[kept]`` has, ``kept`` from clip_positions (an index array's axis of length 0 read
    as length 1, its positions clipped to 0)."""
    shape = tuple(max(n, 1) if _takes_positions(k) else n for n, k in zip(data.shape, kept)) + data.shape[len(kept):]
    return np.zeros(np.broadcast_to(np.zeros((), data.dtype), shape)[kept].shape, data.dtype)


def _scatter_gradient(x, key, dy):
    """The gradient of ``x[key]`` (advanced key) for ``dy``: the gathered positions may repeat, their gradients
    add up."""
    inner, front, _ = _gather_layout(x.shape, key)
    picked = x[clip_positions(x.shape, inner)[0]]       # (a position past its axis failed the forward)
    if front is not None:
        dy = _move_block(dy.reshape(_move_block(picked, front).shape), front, back=True)
    g = np.zeros_like(x)
    write_unwrapped(g, inner, dy.reshape(picked.shape), add=True)
    return g


@defop("_index")
def index(data, key=None):
    """``data[key]``; a result with no dimensions left has shape (1,), as in MXNet."""
    if not _is_basic(key):
        return _gather(data, key)
    r = data[key]
    if np.ndim(r) == 0:
        if data.ndim == 0:
            return np.asarray(r)
        # one element picked by integers: MXNet returns a writable (1,) view of it (a 0-d one under NumPy shape)
        ints = tuple(k for k in (key if isinstance(key, tuple) else (key,)) if k is not Ellipsis)   # ... spans none
        last = int(ints[-1]) % data.shape[len(ints) - 1]
        view = data[ints[:-1] + (slice(last, last + 1),)]
        # (a key with ``...`` is read by the slice op, whose result keeps shape (1,))
        spelled = key if isinstance(key, tuple) else (key,)
        return view.reshape(()) if is_np_shape() and not any(k is Ellipsis for k in spelled) else view
    # MXNet returns a view only when the selected elements form one contiguous block, else runs its slice kernel
    if r.flags.c_contiguous or r.base is None:
        return r
    if slice_op_fails(data, key, r):
        raise KernelError("could not construct a sub-memory", np.zeros(r.shape, r.dtype))
    return r.copy()


def slice_op_fails(data, key, r):
    """Whether MXNet's slice op, by which it reads the basic ``key`` selecting ``r`` (not one contiguous block),
    fails in oneDNN: the op is given each slice's start as written, an integer k as k:k+1."""
    entries = _plain_entries(data.ndim, key if isinstance(key, tuple) else (key,))
    slices = tuple(slice(k, k + 1 or None) if isinstance(k, integer_types) else k for k in entries)
    return onednn_offset_negative(data, slices, r)


index.gives_views = True


@asks_when("_index")
def _read_by_operator(inputs, attrs):
    """Whether MXNet reads ``key`` by an operator asking for temp space: its gather operators, or its slice
    operator for a basic key selecting no one contiguous block (of which it makes a view)."""
    key = attrs.get("key")
    return not _is_basic(key) or not selects_one_block(inputs[0].shape, key)
index.keeps_failed_buffers = (0,)     # the data's, when the backward of an empty selection fails


@linear_grad(index)
def _(dy, x, key=None):
    g = np.zeros_like(x)
    if _is_basic(key):      # MXNet's slice backward writes the gradient in (a -0.0 stays -0.0)
        if not dy.size and not _fast_path(key) and not is_np_shape():
            # MXNet reads it through reshapes of the flat array, whose backward kernel meets the empty shape as
            # unknown: the buffer keeps its data and carries the error (see keeps_failed_buffers)
            backward_kernel_error(UNKNOWN_SHAPE)
            return None
        picked = x[key]
        if not picked.flags.c_contiguous and slice_op_fails(x, key, picked):
            backward_reads_no_outputs()     # (the forward's oneDNN error stays with its output)
        g[key] = dy.reshape(np.shape(picked))
        return g
    return _scatter_gradient(x, key, dy)


def _integers_first(shape, key):
    """The entries of a basic ``key`` one per axis (None dropped, ``...`` spelled out): MXNet checks each integer
    of them before it reads any slice."""
    return tuple(_plain_entries(len(shape), key if isinstance(key, tuple) else (key,)))


def _refuse_zero_steps(key):
    """Python's refusal of a slice with step 0, as MXNet's reading of a basic key's slices meets it."""
    for k in key if isinstance(key, tuple) else (key,):
        if isinstance(k, slice) and k.step is not None and int(k.step) == 0:
            raise ValueError("slice step cannot be zero")


def _check_position_slices(shape, key):
    """MXNet turns the slices of an advanced key into position arrays (arange) before it broadcasts them, in key
    order (and its ranges too): a zero step is Python's ValueError, an empty range its arange's error. The full
    slices closing the key are left out, as MXNet leaves them."""
    entries = _plain_entries(len(shape), key if isinstance(key, tuple) else (key,))
    while entries and isinstance(entries[-1], slice) and entries[-1] == slice(None):
        entries.pop()
    for k, n in zip(entries, shape):
        if isinstance(k, slice):
            refuse_empty_range(*k.indices(n))
        elif type(k) is range:
            refuse_empty_range(k.start, k.stop, k.step)


def refuse_empty_range(start, stop, step):
    """MXNet's arange check on a slice it makes a position array of: the range must hold a position."""
    if len(range(start, stop, step)):
        return
    if step > 0:
        raise MXNetError(f"Check failed: param.start < param.stop.value(): Invalid range (start, stop, step) = "
                         f"({start},{stop},{step})")
    raise MXNetError(f"Check failed: param.start > param.stop.value(): Invalid range (start, stop, step)= "
                     f"({start},{stop},{step})")


def _check_ints(shape, key):
    """Raise MXNet's IndexError for an integer index past the end of its axis."""
    ints = key if isinstance(key, tuple) else (key,)
    if any(k is None or k is Ellipsis for k in ints):
        return
    for axis, k in enumerate(ints):
        if isinstance(k, (int, np.integer)) and not isinstance(k, bool) and axis < len(shape):
            if not -shape[axis] <= k < shape[axis]:
                raise IndexError(f"index {k} is out of bounds for axis {axis} with size {shape[axis]}")


def _refuse_unbroadcastable(ndim, key):
    """MXNet's ValueError for position entries that do not broadcast together (once the key's length is
    known to fit the array: too many indices is numpy's IndexError, as MXNet's)."""
    entries = key if type(key) is tuple else (key,)
    if sum(1 for k in entries if k is not None and k is not Ellipsis) <= ndim:
        broadcast_positions(entries)


def broadcast_positions(entries):
    """The shape the position entries among ``entries`` broadcast to (an integer as one position), folded
    pair by pair as MXNet's indexing does: its ValueError names the shape so far and the next one."""
    out = ()
    for k in entries:
        if _takes_positions(k):
            out = _broadcast_pair(out, (1,) if isinstance(k, integer_types) else np.shape(k))
    return out


def _broadcast_pair(shape1, shape2):
    """numpy's broadcast of two shapes, in MXNet's indexing words when they do not broadcast."""
    n = max(len(shape1), len(shape2))
    a, b = (1,) * (n - len(shape1)) + tuple(shape1), (1,) * (n - len(shape2)) + tuple(shape2)
    if any(x != 1 and y != 1 and x != y for x, y in zip(a, b)):
        raise ValueError(f"shape1={tuple(shape1)} is not broadcastable to shape2={tuple(shape2)}")
    return tuple(y if x == 1 else x for x, y in zip(a, b))


def _check_slice_directions(shape, key):
    """MXNet refuses to assign through a slice that runs backwards (start past stop for its step) with a bare
    AssertionError; a slice that is merely empty (start == stop, or past the end) assigns nothing. A zero step
    anywhere in the key is refused first."""
    _refuse_zero_steps(key)
    entries = key if isinstance(key, tuple) else (key,)
    axis = 0
    for i, k in enumerate(entries):
        if k is None:
            continue
        if k is Ellipsis:       # the axes the entries after it do not take
            axis = len(shape) - sum(1 for e in entries[i + 1:] if e is not None and e is not Ellipsis)
            continue
        if isinstance(k, slice) and axis < len(shape):
            start, stop, step = k.indices(shape[axis])
            if (step > 0 and start > stop) or (step < 0 and start < stop):
                raise AssertionError()      # bare, as MXNet's assert on the slice's length
        axis += 1


def _check_empty_slices(shape, key):
    """MXNet's basic indexing (integers, slices, None, Ellipsis) takes no empty range past the first
    axis: its reshape of the sliced result fails there."""
    entries = key if isinstance(key, tuple) else (key,)
    if not all(k is None or k is Ellipsis or isinstance(k, (slice, int, np.integer)) for k in entries):
        return
    axis = 0
    for i, k in enumerate(entries):
        if k is None:
            continue
        if k is Ellipsis:
            axis = len(shape) - sum(1 for e in entries[i + 1:] if e is not None and e is not Ellipsis)
            continue
        if isinstance(k, slice) and 0 < axis < len(shape) and shape[axis] and not len(range(*k.indices(shape[axis]))):
            # MXNet's reshape of the sliced result reads its empty axis as unknown
            raise MXNetError(f"Check failed: src_idx < dshape_len ({axis} vs. 1) : ")
        axis += 1


def legacy_reshape_fails(source, target):
    """Whether MXNet's legacy reshape of an array of shape ``source`` with no elements to ``target`` fails: a 0
    in the target copies the source's size on that axis (failing where the source has none), and the sizes
    must then agree."""
    if any(n == 0 and i >= len(source) for i, n in enumerate(target)):
        return True
    copied = [source[i] if n == 0 else n for i, n in enumerate(target)]
    return int(np.prod(copied)) != int(np.prod(source))


def _check_empty_result(shape, key):
    """MXNet's reading of a basic key selecting no element (of any array, empty or not): it slices (an integer
    keeping its axis) and reshapes the empty result with its legacy reshape, which can fail."""
    if not _is_basic(key) or _fast_path(key):
        return
    data = np.broadcast_to(np.empty((), np.bool_), shape)       # shapes only: reading the array would wait
    entries = key if isinstance(key, tuple) else (key,)
    kept = tuple(slice(k, k + 1 or None) if isinstance(k, integer_types) else k for k in entries if k is not None)
    sliced, final = data[kept].shape, data[key].shape
    if not 0 in final or sliced == final or not legacy_reshape_fails(sliced, final):
        return
    # a 0 in the final shape copies the sliced size on that axis (there must be one); the sizes must then agree
    past = next((i for i, n in enumerate(final) if n == 0 and i >= len(sliced)), None)
    if past is not None:
        raise MXNetError(f"Check failed: src_idx < dshape_len ({past} vs. {len(sliced)}) : ")
    size = int(np.prod([sliced[i] if n == 0 else n for i, n in enumerate(final)]))
    if is_np_shape():
        raise MXNetError(f"NDArray.Reshape: Check failed: shape_.Size() == shape.Size() (0 vs. {size}) : target shape "
                         "must have the same size as current shape.")
    raise MXNetError(f"NDArray.Reshape: Check failed: shape_.Size() >= shape.Size() (0 vs. {size}) : target shape "
                     "size is larger than the current shape")


def _plain_entries(ndim, entries):
    """``entries`` with ``...`` spelled out as slices and None dropped: one entry per axis indexed."""
    out = []
    for i, k in enumerate(entries):
        if k is Ellipsis:
            rest = sum(1 for e in entries[i + 1:] if e is not None and e is not Ellipsis)
            out.extend([slice(None)] * (ndim - len(out) - rest))
        elif k is not None:
            out.append(k)
    return out


def _check_first_axis_range(shape, key):
    """A lone unit-step slice is MXNet's first-axis slice, which refuses a start past its stop (x[2:1])."""
    if type(key) is slice and (key.step is None or key.step == 1) and shape:
        start, stop, _ = slice(key.start, key.stop).indices(shape[0])
        if start > stop:
            raise MXNetError(f"Check failed: begin <= end ({start} vs. {stop}) : Invalid slicing range [{start}, "
                             f"{stop})")


def _gather_index_shape(shape, key):
    """The shape of the index array MXNet's gather reads an advanced ``key`` by: one row per entry up to the
    last that is not a whole slice, over the position entries' broadcast shape (integers included) with each
    slice's length on an axis of its own (all after that shape when a None or slice separates the positions)."""
    from .indexing_keys import indexing_key_expand_implicit_axes
    expanded = indexing_key_expand_implicit_axes(key, shape)[0]
    at = [i for i, k in enumerate(expanded) if _takes_positions(k)]
    entries = [k for k in expanded if k is not None]
    while entries and type(entries[-1]) is slice and entries[-1] == slice(None):
        entries.pop()
    lengths = [len(range(*k.indices(n))) if type(k) is slice else None for k, n in zip(entries, shape)]
    block = broadcast_positions(entries)
    if at != list(range(at[0], at[-1] + 1)):
        return (len(entries),) + block + tuple(n for n in lengths if n is not None)
    first = next(i for i, n in enumerate(lengths) if n is None)
    return (len(entries),) + tuple(lengths[:first]) + block + tuple(n for n in lengths[first:] if n is not None)


def _fast_path(key):
    """Whether MXNet reads ``x[key]`` by a fast path, without reshaping: an integer, or a unit-step slice."""
    return type(key) is int or isinstance(key, np.integer) or type(key) is slice and key.step in (None, 1)


def _check_empty_source(shape, key):
    """MXNet indexes an empty array only by its fast paths (an integer, a unit-step slice) or, when just the
    first axis is empty, by other basic keys (whose reshape _check_empty_result checks): its gather reads the
    zero-length axes as unknown, and its slice of a later zero-length axis fails its reshape."""
    if 0 not in shape:
        return
    entries = key if isinstance(key, tuple) else (key,)
    if sum(1 for k in entries if k is not None and k is not Ellipsis) > len(shape):
        return      # too many indices: the IndexError numpy raises
    if not _is_basic(key):
        if is_np_shape():
            return      # (only legacy shapes read a 0 size as unknown)
        raise MXNetError(f"Operator gather_nd inferring shapes failed.\ninput shapes:\n{_shape_text(shape, -1)}\n"
                         f"{_shape_text(_gather_index_shape(shape, key))}\noutput shapes:\nNone\n"
                         "operator attributes:\n\n")
    if 0 in shape[1:] and not _fast_path(key):
        if key is not None:
            np.empty(shape, np.bool_)[key]      # an integer past its axis: numpy's IndexError, as MXNet's
        raise MXNetError(f"Check failed: src_idx < dshape_len ({1 + shape[1:].index(0)} vs. 1) : ")


def _written_entries(shape, key):
    """The key ``arr[key] = v`` writes through, read as MXNet reads it: its scalar entries (see
    _scalar_entries), too many indices an IndexError, then the entry types checked. An mx.np index array
    fails in MXNet's legacy scatter (AttributeError)."""
    entries = _scalar_entries(shape, key)
    if any(type(k) in KEEP_CLASS and k.ndim for k in entries):
        raise AttributeError("'list' object has no attribute 'shape'")     # (MXNet's scatter reads their list)
    check_index_count(len(shape), entries)
    refuse_entry_types(entries)
    return entries if type(key) is tuple or len(entries) != 1 else entries[0]


def check_index_count(ndim, key):
    """MXNet's first check of a key: one ``...`` at most, and no more entries (but None and ``...``) than axes."""
    entries = key if isinstance(key, tuple) else (key,)
    if sum(1 for k in entries if k is Ellipsis) > 1:
        raise IndexError("Cannot use more than one ellipsis (`...`) for indexing")
    count = sum(1 for k in entries if k is not None and k is not Ellipsis)
    if count > ndim:
        raise IndexError(f"too many indices ({count}) for array with {ndim} dimensions")


def check_slice_bounds(key, length=None):
    """``key`` once MXNet's TypeErrors for slice bounds that are no integers are checked: a lone unit-step slice
    (its first-axis fast path, along an axis of ``length``) has each bound compared with 0 and moved into the axis
    (a start at or past its end, a stop past it, a negative bound before its start become integers), then taken
    as a C integer; any other slice is read by Python's slice.indices."""
    if type(key) is slice and key.step in (None, 1):
        bounds = [key.start, key.stop]
        for i, bound in enumerate(bounds):
            if bound is not None:
                if not isinstance(bound, NDArray):
                    if length is not None and not isinstance(bound, integer_types):
                        bounds[i] = bound = _into_axis(bound, length, stop=i == 1)
                    else:
                        bound < 0       # noqa: B015 -- a str bound: Python's TypeError for the comparison
                operator.index(bound)
        moved = bounds[0] is not key.start or bounds[1] is not key.stop
        return slice(bounds[0], bounds[1], key.step) if moved else key
    for k in key if isinstance(key, tuple) else (key,):
        for bound in (k.start, k.stop, k.step) if isinstance(k, slice) else ():
            if isinstance(bound, NDArray):
                operator.index(bound)       # (a non-scalar array: its TypeError)
            elif bound is not None and not hasattr(bound, "__index__"):
                raise TypeError("slice indices must be integers or None or have an __index__ method")
    return key


def _into_axis(bound, length, stop):
    """A fast-path slice bound as MXNet moves it into an axis of ``length``: negative ones counted from the end
    (0 if still negative), a start at or past the end (a stop past it) the length; others are kept as given."""
    if bound < 0:
        bound += length
        return 0 if bound < 0 else bound
    return length if bound > length or bound == length and not stop else bound


def _integer_per_axis(shape, key):
    """Whether ``key`` is a tuple of one integer (bools included) per axis: MXNet's fast path, which indexes
    axis after axis (x[0, True] is x[0][1])."""
    return type(key) is tuple and len(key) == len(shape) and all(isinstance(k, integer_types) for k in key)


def _python_bools(key, reading, shape):
    """MXNet's reading of Python bools in a key: a read key of one integer (or bool) per axis takes a bool as
    the integer it equals (x[True] is x[1]); other keys drop their bools (x[False] = v writes the whole array).
    A key whose only positions are 0-d numpy arrays is refused (once its slices made their position ranges)."""
    if _shapeless_refused(len(shape), key) and (reading or not is_np_shape()):    # (a write: _refuse_shapeless_scatter)
        _check_position_slices(shape, key)
        if is_np_shape():       # an index array of one axis, which its gather refuses
            raise MXNetError(_ONE_AXIS_INDEX.format("gather_nd"))
        # broadcast to their shape (), which legacy shapes read as unknown
        raise MXNetError("Operator broadcast_to inferring shapes failed.\ninput shapes:\nNone\noutput shapes:\nNone\n"
                         "operator attributes:\nshape : ()\n\n")
    if type(key) is bool:
        return int(key) if reading else slice(None)
    if type(key) is not tuple or not any(type(k) is bool for k in key):
        return key
    if reading and all(isinstance(k, (int, np.integer)) for k in key):
        return tuple(int(k) for k in key)
    return without_bools(key) or slice(None)


_ONE_AXIS_INDEX = "Check failed: ishape.ndim() > 1 (1 vs. 1) : {} requires index tensor to have at least 2 dimensions"


def _refuse_shapeless_scatter(arr, key, value):
    """Under NumPy shapes, a write whose only positions are 0-d numpy arrays: MXNet makes the value the shape the
    positions select (a number by its _full operator, which for shape () cannot parse a Python bool's text; an
    array by its broadcast_to method), then its scatter refuses their index array of one axis."""
    positions = tuple(k.astype(np.int64) if isinstance(k, np.ndarray) else k for k in _without_none(key))
    target = np.broadcast_to(0, arr.shape)[positions].shape
    if type(value) is bool and not target:
        from .param_text import read_value
        read_value("_full", "value", "d", value, {"shape": target, "ctx": str(arr.context), "value": value,
                                                  "dtype": np.dtype(arr.dtype).name}, True)
    elif not isinstance(value, numeric_types):
        vshape = np.shape(value)
        while len(vshape) > max(len(target), 1) and vshape[0] == 1:
            vshape = vshape[1:]
        padded = (1,) * (len(target) - len(vshape)) + vshape
        if len(target) < len(vshape) or any(v != t and v != 1 for v, t in zip(padded, target)):
            raise ValueError(f"operands could not be broadcast together with remapped shapes[original->remapped]: "
                             f"{vshape} and requested shape {target}")
    raise MXNetError(_ONE_AXIS_INDEX.format("scatter_nd"))


def without_bools(key):
    """Tuple ``key`` without its Python bools, as MXNet's key expansion drops them: an ``...`` keeps its place
    among all the entries, so a bool dropped before it moves it past the entry that followed it."""
    rest = [k for k in key if type(k) is not bool]
    at = [i for i, k in enumerate(key) if k is Ellipsis]
    if len(at) == 1:        # (two are refused later, as MXNet refuses them)
        rest = [k for k in rest if k is not Ellipsis]
        rest.insert(min(at[0], len(rest)), Ellipsis)
    return tuple(rest)


def _only_shapeless_positions(key):
    """Whether the position entries of ``key`` (integers, lists, arrays) are all 0-d numpy arrays."""
    if isinstance(key, np.ndarray):
        return key.ndim == 0
    positions = [k for k in key if not (k is None or k is Ellipsis or isinstance(k, slice))] \
        if type(key) is tuple else ()
    return bool(positions) and all(isinstance(k, np.ndarray) and not k.ndim for k in positions)


def _shapeless_refused(ndim, key):
    """Whether MXNet refuses ``key`` for its positions of 0-d numpy arrays alone: under legacy shapes, whatever
    slices stand beside them; under NumPy shapes, only where they read every axis but trailing full ones, as for
    an mx.np array (see _scalar_positions_read)."""
    if not _only_shapeless_positions(key):
        return False
    if not is_np_shape() or type(key) is not tuple:
        return True
    from ..numpy.indexing import _scalar_positions_read
    return bool(_scalar_positions_read(ndim, key))


def mask_refused(shape, axis, mask, np_array=False):
    """MXNet's legacy indexing takes no boolean NDArray: IndexError when its shape does not match the axes it
    would cover (from ``axis``), else ValueError (with ``np_array``, NumPy array semantics on: the AttributeError
    of its call of the mask's ``nonzero``)."""
    check_boolean_array_dimension(shape, axis, mask.shape)
    if np_array:
        if type(mask) in KEEP_CLASS:
            return      # an mx.np mask: MXNet reads its nonzero positions
        raise AttributeError(f"'{type(mask).__name__}' object has no attribute 'nonzero'")
    raise ValueError("Cannot perform boolean indexing in legacy mode. Please activate numpy semantics by calling "
                     "`npx.set_np()` in the global scope before calling this function.")


def _scalar_entries(shape, key):
    """The entries of ``key`` as MXNet's legacy indexing reads them before indexing: boolean scalars (Python's
    or a 0-d bool NDArray) dropped, a 0-d mx.np index taken as its integer; a 0-d legacy NDArray (which has no
    ``item``) and boolean NDArrays refused. ``axis`` counts every entry but Ellipsis, as MXNet counts."""
    entries, axis = [], 0
    for k in key if type(key) is tuple else (key,):
        if k is Ellipsis:
            entries.append(k)
            continue
        if type(k) is bool:
            continue
        if isinstance(k, NDArray) and k.dtype == np.bool_:
            if not k.ndim:
                continue
            mask_refused(shape, axis, k, is_np_array())
            from .. import numpy as mnp
            entries.extend(mnp.array(positions, dtype=np.int64) for positions in np.nonzero(k.asnumpy()))
            axis += k.ndim
            continue
        if isinstance(k, NDArray) and not k.ndim:
            if type(k) not in KEEP_CLASS:
                raise AttributeError("'NDArray' object has no attribute 'item'")
            k = int(k.asnumpy())
        entries.append(k)
        axis += 1
    return tuple(entries)


def _gather_arguments(key, array):
    """How MXNet's legacy gather prints the index arrays it is given for ``key`` (holding the mx.np index
    ``array``): for a key of positions only, each cast to int32 and broadcast to their common shape, an mx.np
    array staying one; else the mx.np array alone."""
    entries = key if isinstance(key, tuple) else (key,)
    if not all(isinstance(k, (NDArray, list) + integer_types) for k in entries):
        return str(array)
    from .. import numpy as mnp
    from .creation import array
    shape = np.broadcast_shapes(*((1,) if isinstance(k, integer_types) else np.shape(k) for k in entries))
    printed = []
    for k in entries:
        positions = np.broadcast_to(np.asarray(k.asnumpy() if isinstance(k, NDArray) else k).astype(np.int32), shape)
        if type(k) in KEEP_CLASS:
            printed.append(repr(mnp.array(positions, dtype=np.int32)))
        else:
            printed.append(repr(array(positions, dtype=np.int32)))
    return "[" + ", ".join(printed) + "]"


def scalar_position(k):
    """Whether key entry ``k`` is a 0-d NDArray of numbers, which MXNet's check of the entry types reads as the
    integer it holds (not as an index array)."""
    return isinstance(k, NDArray) and k.ndim == 0 and k.dtype != np.bool_


def refuse_entry_types(entries, ndim=None):
    """MXNet's checks of a key's entry types: before the first array-like entry, anything but an integer
    (Python's, np.int32 or np.int64), a slice or None is a ValueError; after it, a RuntimeError, which a read
    (of an array of ``ndim`` axes) raises after counting the entries."""
    advanced = False
    for k in entries:
        if k is Ellipsis or k is None or isinstance(k, (slice,) + integer_types) or scalar_position(k):
            continue
        if isinstance(k, (NDArray, np.ndarray, list, tuple, range)):
            advanced = True
        elif advanced:
            if ndim is not None:
                check_index_count(ndim, tuple(entries))
            raise RuntimeError(f"illegal index type {class_text(k)}")
        else:
            raise ValueError(f"NDArray does not support slicing with key {k} of type {class_text(k)}.")


def _refuse_shapeless_read(key):
    """A 0-d legacy NDArray (with or without NumPy shapes) reads only by ``()`` and ``[:]``; any other key fails where MXNet's reading of it
    does: comparing it with ``()`` (an NDArray or a numpy array of several elements refuses that), reading axis 0
    of the shape for an integer or a plain slice, then counting the entries of the expanded key."""
    from .indexing_keys import indexing_key_expand_implicit_axes
    if isinstance(key, NDArray):
        raise TypeError(f"type {tuple} not supported")
    if isinstance(key, np.ndarray) and key.size > 1:
        raise ValueError("The truth value of an array with more than one element is ambiguous. Use a.any() or "
                         "a.all()")
    if isinstance(key, integer_types) or type(key) is slice and key.step in (None, 1):
        raise IndexError("tuple index out of range")
    _refuse_zero_steps(key)
    entries = indexing_key_expand_implicit_axes(key, ())[0]
    if not entries:
        raise ValueError("indexing key cannot be an empty tuple")
    refuse_entry_types(entries)
    count = sum(1 for k in entries if k is not None)
    if not count:       # MXNet's basic indexing unpacks (begin, end, step) of no axes
        raise ValueError("not enough values to unpack (expected 3, got 0)")
    raise IndexError(f"too many indices ({count}) for array with 0 dimensions")


def getitem(arr, key):
    """``arr[key]`` as a new NDArray (a view for basic slices, as in MXNet)."""
    if type(key) is tuple and not key or type(key) is slice and key.start is None and key.stop is None \
            and (key.step is None or key.step == 1):
        return arr          # MXNet's x[:] and x[()] are x itself
    if not arr.ndim and type(arr) is NDArray:
        _refuse_shapeless_read(key)
    if type(key) is tuple and any(type(k) is bool for k in key) and not _integer_per_axis(arr.shape, key):
        key = without_bools(key) or slice(None)
    if not isinstance(key, integer_types + (slice,)) and not _integer_per_axis(arr.shape, key):
        entries = _scalar_entries(arr.shape, key)
        refuse_entry_types(entries, arr.ndim)
        key = entries if type(key) is tuple or len(entries) != 1 else entries[0]
        if isinstance(key, integer_types) or _integer_per_axis(arr.shape, key):
            # 0-d arrays read as integers: MXNet's basic path, not its integer one
            key = (key if type(key) is tuple else (key,)) + (Ellipsis,)
    check_index_count(arr.ndim, key)
    key = check_slice_bounds(key, arr.shape[0] if arr.ndim else None)
    for k in key if isinstance(key, tuple) else (key,):
        if type(arr) is NDArray and type(k) in KEEP_CLASS and k.ndim and called_by_user(2):
            raise AssertionError(f"Argument indices must have NDArray type, but got {_gather_arguments(key, k)}")
    if type(key) is bool and arr.ndim and key > arr.shape[0] - 1:       # MXNet's integer fast path names it so
        raise IndexError(f"index {key} is out of bounds for axis 0 with size {arr.shape[0]}")
    if type(key) is tuple and _integer_per_axis(arr.shape, key):      # (its bools named so too, in their turn)
        for k, n in zip(key, arr.shape):
            if type(k) is bool and k > n - 1:
                raise IndexError(f"index {k} is out of bounds for axis 0 with size {n}")
            _check_ints((n,), k)
    key = _python_bools(key, reading=True, shape=arr.shape)
    key = _key(key)
    if _integer_per_axis(arr.shape, key):       # MXNet's fast path indexes one axis at a time: each is its axis 0
        for k, n in zip(key, arr.shape):
            _check_ints((n,), k)
    elif _is_basic(key):
        _check_ints(arr.shape, _integers_first(arr.shape, key))
        _refuse_zero_steps(key)
    else:
        _check_position_slices(arr.shape, key)
        _refuse_unbroadcastable(arr.ndim, key)
    _check_empty_slices(arr.shape, key)
    _check_first_axis_range(arr.shape, key)
    _check_empty_source(arr.shape, key)
    _check_empty_result(arr.shape, key)
    if _is_basic(key) and arr.ndim > SLICE_KERNEL_MAX_NDIM and not selects_one_block(arr.shape, key):
        check_slice_rank(arr.ndim)      # (MXNet slices it by its slice op, whose shape inference checks the rank)
    try:
        out = invoke(index, (arr,), {"key": key})
    except MXNetError as e:
        raise IndexError(f"index {key!r} is out of bounds or invalid for an NDArray of shape {arr.shape}") from e
    _number_recorded_steps(arr, out, key)
    buffer, source = _DATA_SLOT.__get__(out), _DATA_SLOT.__get__(arr)     # raw: reading them raises no error
    if isinstance(buffer, np.ndarray) and buffer.base is not None and \
            (np.may_share_memory(buffer, source) or not buffer.size and _is_basic(key)):
        # ``index`` shares memory exactly where MXNet returns a view (one contiguous block, or of no elements,
        # any basic key's)
        note_view(buffer, source)
        note_alias(out, arr)
        if not arr.writable:
            out.writable = arr.writable     # a view takes its array's flag, as MXNet's
        if arr._ctx is not arr._ctx._op_ctx:
            out._ctx = arr._ctx     # MXNet's view stays in the (pinned or shared) memory
    return out


def selects_one_block(shape, key):
    """Whether the basic ``key`` selects one contiguous block of an array of ``shape`` (of which MXNet returns a
    view rather than slicing)."""
    strides = tuple(int(np.prod(shape[i + 1:])) for i in range(len(shape)))
    layout = np.lib.stride_tricks.as_strided(np.zeros(1, np.int8), shape, strides)     # (never read)
    return layout[key].flags.c_contiguous


def _number_recorded_steps(arr, out, key):
    """Take the node numbers of the further steps MXNet records for a legacy array's basic indexing (see
    index_record), or the ``null<n>`` number of the index array its advanced indexing gathers with, so the
    nodes and variables recorded next are numbered as MXNet numbers them."""
    link = out._node
    if link is None or link[0].is_leaf or link[0].op is not index or type(arr) is not NDArray:
        return
    from .index_record import recorded_steps
    from ..autograd import _number_constant, reserve_sequence
    steps = recorded_steps(arr.shape, key)
    if steps is None:
        _number_constant(link[0])        # (named by the node: see autograd._op_symbol)
    elif steps:
        reserve_sequence(len(steps) - 1)


def _refuse_numpy_value(arr, value):
    """MXNet assigns no mx.np array into a legacy NDArray (arr[key] = value by a user's code)."""
    from .array_kinds import called_by_user
    if called_by_user(3):
        refuse_numpy_value(arr, value)


def refuse_numpy_value(arr, value):
    """MXNet's TypeError for an mx.np array ``value`` written into the legacy NDArray ``arr``."""
    from .registry import KEEP_CLASS
    if type(value) in KEEP_CLASS and type(arr) not in KEEP_CLASS:
        raise TypeError(f"{class_text(arr)} does not support assignment with non-array-like object {value} of type "
                        f"{class_text(value)}")


def _refuse_sparse_value(arr, value):
    """MXNet's dense NDArray takes no sparse array as an assigned value (arr[key] = csr by a user's code)."""
    from .array_kinds import called_by_user
    if called_by_user(3):
        refuse_sparse_into_dense(arr, value)


def refuse_sparse_into_dense(arr, value):
    """MXNet's TypeError for a sparse ``value`` written into the dense NDArray ``arr``."""
    if isinstance(value, NDArray) and value.stype != "default" and arr.stype == "default":
        raise TypeError(f"{class_text(arr)} does not support assignment with non-array-like object {value} of type "
                        f"{class_text(value)}")


def _refuse_shapeless_write(arr, key, value):
    """A 0-d legacy NDArray takes only ``()`` and slices as keys; MXNet's legacy shape semantics read its shape
    () as unknown, so the fill (_full) or copy (_copyto) a scalar or NDArray value runs fails its shape
    inference, while a numpy value of one element is copied in."""
    if not (isinstance(key, slice) or type(key) is tuple and not key):
        raise IndexError("scalar tensor can only accept `()` and `:` as index")
    if isinstance(value, np.ndarray) and value.size == 1:
        return
    if isinstance(value, (bool, np.bool_)):     # its fill parses the text 'True' before inferring any shape
        from .param_text import read_value
        read_value("_full", "value", "d", value, {"dtype": np.dtype(arr.dtype).name, "value": value,
                                                  "ctx": str(arr.context), "shape": ()}, True)
    if isinstance(value, numeric_types):
        raise MXNetError("Operator _full inferring shapes failed.\ninput shapes:\noutput shapes:\nNone\n"
                         f"operator attributes:\ndtype : {np.dtype(arr.dtype).name}\nvalue : {value}\n"
                         f"ctx : {arr.context}\nshape : ()\n\n")
    if isinstance(value, NDArray) and value.size == 1:
        raise MXNetError("Operator _copyto inferring shapes failed.\ninput shapes:\nNone\noutput shapes:\nNone\n"
                         "operator attributes:\n\n")
    raise ValueError("setting an array element with a sequence.")


def as_value_array(arr, value, owner=None):
    """A value that is not a number or an array, as MXNet reads it: an array of ``arr``'s dtype (None is NaN
    in a float array), a TypeError for what numpy cannot make one of (naming ``owner``, by default the class of
    ``arr``)."""
    from .creation import sequence_items
    try:
        # numpy reads the NDArrays inside a list as MXNet's numpy does (a legacy one is no sequence of numbers)
        listed = sequence_items(value, np.dtype(arr.dtype)) if isinstance(value, (list, tuple)) else value
        return np.array(listed, dtype=arr.dtype)
    except (TypeError, ValueError):
        raise TypeError(f"{owner or class_text(arr)} does not support assignment with non-array-like object {value} "
                        f"of type {class_text(value)}") from None


def selects_whole(shape, key):
    """Whether basic ``key`` selects every element of an array of ``shape`` in order (an integer only on an axis
    of length 1, slices running forwards over whole axes)."""
    from .indexing_keys import indexing_key_expand_implicit_axes
    entries = [k for k in indexing_key_expand_implicit_axes(key, shape)[0] if k is not None]
    for k, n in zip(entries, shape):
        if isinstance(k, slice):
            start, stop, step = k.indices(n)
            if step < 0 or len(range(start, stop, step)) != n:
                return False
        elif n != 1:
            return False
    return True


def slice_kernel_size(shape, key):
    """How many elements MXNet's slice-assign kernel counts for basic ``key`` on an array of ``shape`` (it runs
    when this is not 0): its begin/end clamping marks a start past the axis with -1, so a selection empty at the
    axis's end (``x[3:]`` of 3) counts elements while one empty inside it (``x[1:1]``) counts none."""
    from .indexing_keys import indexing_key_expand_implicit_axes
    entries = [k for k in indexing_key_expand_implicit_axes(key, shape)[0] if k is not None]
    size = 1
    for k, n in zip(entries, shape):
        if isinstance(k, slice):
            size *= _kernel_axis_count(n, k.start, k.stop, 1 if k.step is None else k.step)
    return size


def _kernel_axis_count(n, start, stop, step):
    """The count of one axis from the kernel's (begin, end, step), in C's integer division."""
    if n == 0:
        return 0
    b = start if start is not None else (n - 1 if step < 0 else 0)
    e = stop if stop is not None else (-1 if step < 0 else n)
    b = b + n if b < 0 else b
    e = e + n if e < 0 and stop is not None else e
    b = 0 if b < 0 and step > 0 else n - 1 if b > n - 1 and step < 0 else b
    b = -1 if b < 0 or b > n - 1 else b
    e = min(max(e, -1), n)
    if b == e:
        return 0
    span, stride = (e - b - 1, step) if step > 0 else (b - e - 1, -step)
    return int(span / stride) + 1


def filled_number(arr, key, value):
    """The element a number written by ``arr[key] = value`` fills in, as MXNet computes it: its fill operators
    take the number as text (of a float first when a basic key selects only part of the array), parse it as
    a double (integer digits wrap past 2**64; text such as numpy's 'True' fails) and C-cast it to the dtype."""
    from .ops_elemwise import c_cast
    from .param_text import read_value
    partial = _is_basic(key) and not selects_whole(arr.shape, key)
    if partial:
        if isinstance(value, np.complexfloating):
            warn_complex_cast("fill")
        value = float(value.real if isinstance(value, np.complexfloating) else value)
    elif type(value) is bool:
        value = int(value)
    try:
        parsed = read_value("_full", "value", "d", value)
    except MXNetError:
        if not partial:     # the refusal again, listing the attributes NDArray._full sends its operator
            # (index arrays fill an array of the selection's shape first)
            shape = arr.shape if _is_basic(key) else np.broadcast_to(0, arr.shape)[_without_none(key)].shape
            read_value("_full", "value", "d", value, {"shape": shape, "ctx": str(arr.context), "value": value,
                                                      "dtype": np.dtype(arr.dtype).name}, True)
        raise
    number = c_cast(parsed, arr.dtype)[()]
    return number if partial else filled_by_fill_kernel(number)


def _without_none(key):
    """``key`` without its None entries (as a tuple)."""
    return tuple(k for k in (key if isinstance(key, tuple) else (key,)) if k is not None)


def filled_by_fill_kernel(number):
    """The number MXNet's fill kernel (a whole-array or index-array write of a number) stores: one equal to zero
    goes through memset, so -0.0 lands as +0.0."""
    return abs(number) if number == 0 else number


def _drop_leading_ones(value, ndim):
    """MXNet drops a value's leading length-1 axes beyond the ``ndim`` axes it is written to (x[0] = [[1, 2]])."""
    lead = 0
    while lead < value.ndim - max(ndim, 1) and value.shape[lead] == 1:
        lead += 1
    return value.reshape(value.shape[lead:]) if lead else value


def _check_scalar_tensor_value(arr, value):
    """Under NumPy shapes MXNet fills a 0-d NDArray with a number by its _full operator (which cannot parse a
    Python bool's text) and takes no value of other than one element."""
    if type(value) is bool:
        from .param_text import read_value
        read_value("_full", "value", "d", value, {"shape": (), "ctx": str(arr.context), "value": value,
                                                  "dtype": np.dtype(arr.dtype).name}, True)
    if not isinstance(value, numeric_types) and not (isinstance(value, (NDArray, np.ndarray)) and value.size == 1):
        raise ValueError("setting an array element with a sequence.")


def _as_bfloat16_value(value):
    """A number or array written into a bfloat16 array, cut to bfloat16 as MXNet's copy does."""
    from .bfloat16 import is_bfloat16, truncated_to_bfloat16
    return value if is_bfloat16(value) else truncated_to_bfloat16(np.asarray(value, np.float32))


def setitem(arr, key, value):
    """``arr[key] = value`` with broadcasting; ``value`` may be a scalar, NDArray or numpy array."""
    from .. import autograd
    if write_carrying(arr, value, lambda: setitem(arr, key, value)):
        return
    given_key, given_value = key, value
    if not arr.ndim and type(arr) is NDArray:
        if not is_np_shape():
            _refuse_shapeless_write(arr, key, value)
        elif not (type(key) is tuple and not key or type(key) is slice):
            raise IndexError("scalar tensor can only accept `()` and `:` as index")
        else:
            _check_scalar_tensor_value(arr, value)
    numpy_value = isinstance(value, np.ndarray)     # MXNet copies these into a whole array by numpy's rules
    if numpy_value and value.dtype.kind == "c":
        warn_complex_cast("copy")
    # legacy shapes read a 0-d or empty array's shape as unknown: MXNet's cast of such a value to arr's dtype fails
    cast_unknown = type(value) is NDArray and not (value.ndim and value.size) and value.dtype != arr.dtype \
        and not is_np_shape()
    if isinstance(value, NDArray):
        _refuse_numpy_value(arr, value)
        _refuse_sparse_value(arr, value)
        value = value._data
    if not numpy_value and arr._data.dtype.kind == "V":
        value = _as_bfloat16_value(value)
    if not arr.ndim and isinstance(key, slice):
        key = ()            # x[:] = v of a 0-d array writes it whole, as MXNet does
    if not arr.size:
        return          # MXNet writes nothing into an empty array, whatever the key and value
    if type(key) is tuple and any(type(k) is bool for k in key):
        key = without_bools(key) or slice(None)
    if arr.ndim:
        key = _written_entries(arr.shape, key)
    key = _python_bools(key, reading=False, shape=arr.shape)
    shapeless = key if is_np_shape() and _shapeless_refused(arr.ndim, key) else None
    key = _key(key)
    if not _is_basic(key):
        _check_position_slices(arr.shape, key)      # MXNet's scatter fails as its gather does
        _refuse_unbroadcastable(arr.ndim, key)
    if _is_basic(key):
        _check_ints(arr.shape, _integers_first(arr.shape, key))
    _check_slice_directions(arr.shape, key)
    if given_value is arr and _is_basic(key) and selects_whole(arr.shape, key):
        return          # MXNet writes nothing (and checks no more) when an array is assigned whole to itself
    if not isinstance(value, numeric_types + (np.ndarray,)):
        value = as_value_array(arr, value)
    if shapeless is not None:
        _refuse_shapeless_scatter(arr, shapeless, value)
    if not isinstance(value, numeric_types):
        try:
            _check_value_shape(arr.shape, key, np.shape(value), numpy_value, cast_unknown)
        except ValueError:
            if autograd.is_recording() and getattr(given_value, "_node", None) is not None:
                number_value_steps(arr, key, given_value)     # (its cast and squeeze ran before its broadcast)
            raise
    refusal = _written_while_recording(arr, given_key, given_value) if autograd.is_recording() else None
    if refusal is _RECORDED_COPY:
        return
    if onednn.holds_layouts() and onednn.reordered_weight(arr._data) and _is_basic(key) \
            and selects_whole(arr.shape, key) and not _written_whole_reordered(arr, given_value):
        return
    with np.errstate(over="ignore", invalid="ignore"):     # MXNet's casts to the array's dtype warn of nothing
        _assign(arr, key, value, numpy_value)
    if refusal is not None:         # (MXNet writes first: its recording refuses the op it has run)
        # (an index array key enters MXNet's scatter op as one more input)
        refuse_recording(None, refusal, (arr,), numbered=False, later_inputs=0 if _is_basic(key) else 1)


def _written_whole_reordered(arr, value):
    """Whether MXNet writes ``value`` whole into a weight oneDNN holds in its own layout: an array's copy fails when
    it runs (``arr`` keeps its data and carries the error), a numpy array's at once; a number gives it a plain
    layout."""
    if isinstance(value, NDArray):
        return not _reordered_target(arr)
    if isinstance(value, np.ndarray):
        words = ("Check failed: !IsMKLDNNData(): We can't generate TBlob for MKLDNN data. Please use Reorder2Default() "
                 "to generate a new NDArray first")
        raise located(MXNetError(words), ("../src/ndarray/ndarray.cc", 766))
    onednn.forget_layout(arr._data)
    return True


def _assign(arr, key, value, numpy_value):
    """Write ``value`` (checked) into ``arr[key]`` as MXNet's kernels do."""
    number = isinstance(value, numeric_types)
    if number:
        value = filled_number(arr, key, value)
    if numpy_value and isinstance(value, np.ndarray) and _is_basic(key) and selects_whole(arr.shape, key):
        key = tuple(k for k in key if k is not None) if isinstance(key, tuple) else key    # (numpy's broadcast)
    else:
        key, value = _without_new_axes(arr.shape, key, value)
    if _is_basic(key):
        if _writes_nothing(arr, key, value, numpy_value):
            return
    elif _scatter_past_end(arr._data, key, value):
        return
    if isinstance(value, np.ndarray):
        value = _drop_leading_ones(value, arr._data[key].ndim)
        if arr.dtype == np.bool_ and _is_basic(key) and not selects_whole(arr.shape, key):
            # MXNet copies an array into part of an array by its slice-assign kernel, which has no bool case
            np.broadcast_to(value, arr._data[key].shape or (1,))       # once the value is broadcast
            deliver(KernelError("Unknown type enum 7", None), arr, None)
            return
    if _is_basic(key) and not selects_whole(arr.shape, key) and arr.ndim > SLICE_KERNEL_MAX_NDIM:
        if not number:
            check_slice_rank(arr.ndim, "_slice_assign")     # (an array by _slice_assign, whose inference fails)
        deliver(rank_too_large(arr.ndim, "_slice_assign_scalar", kernel=True), arr, None)     # (a number by its kernel)
        return
    if not numpy_value and isinstance(value, np.ndarray) and _is_basic(key) and np.may_share_memory(value, arr._data):
        target = arr._data[key]
        if target.shape == value.shape:         # (a value broadcast first is a new array: no overlap)
            copy_in_order(target, value)        # a view of the array itself, read as it is written
            return
    if isinstance(value, (list, tuple, np.ndarray)) and np.size(value) == 1:
        value = np.asarray(value).reshape(())      # MXNet broadcasts a one-element value anywhere
    if numpy_value and isinstance(value, np.ndarray) and value.ndim and _is_basic(key) \
            and selects_whole(arr.shape, key):      # (x[:, 0] of an n x 1 array: the numpy value fills it whole)
        entries = _plain_entries(arr.ndim, key if isinstance(key, tuple) else (key,))
        key, value = Ellipsis, broadcast_numpy_value(value, arr.shape, [i for i, k in enumerate(entries)
                                                                        if not isinstance(k, slice)])
    try:
        arr._data[key] = value
    except IndexError as e:
        raise IndexError(f"index {key!r} is out of bounds for an NDArray of shape {arr.shape}: {e}") from e
    except ValueError as e:
        raise ValueError(f"cannot assign a value of shape {np.shape(value)} to index {key!r} "
                         f"of an NDArray of shape {arr.shape}: {e}") from e


def _check_value_shape(shape, key, vshape, numpy_value, cast_unknown):
    """MXNet's preparation of an array value of shape ``vshape`` for ``arr[key] = value``, with its errors. A
    numpy value written to the whole array is reshaped and broadcast by numpy; any other is made an NDArray,
    which loses the axes the key's None entries add and its extra leading length-1 axes, and is broadcast to the
    selection (the integer-indexed axes dropped), or, with no elements, reshaped to it."""
    entries = [k for k in _plain_entries(len(shape), key if isinstance(key, tuple) else (key,))]
    entries += [slice(None)] * (len(shape) - len(entries))
    if _is_basic(key):
        int_axes = [i for i, k in enumerate(entries) if not isinstance(k, slice)]
        ranges = [range(*(slice(k, k + 1 or None) if i in int_axes else k).indices(n))
                  for i, (k, n) in enumerate(zip(entries, shape))]
        if numpy_value and tuple(map(len, ranges)) == shape and all(r.step > 0 for r in ranges):
            broadcast_numpy_value(np.empty(vshape, np.bool_), shape, int_axes)
            return
        target = tuple(len(r) for i, r in enumerate(ranges) if i not in int_axes) or (1,)
    else:
        target = _selected_shape(shape, tuple(entries))
    if cast_unknown:        # MXNet's cast of the value copies it into a new array of its (unknown) shape
        raise unknown_shape_copy(vshape)
    vshape = _without_new_axes(shape, key, np.empty(vshape, np.bool_))[1].shape
    vshape = _squeezed_value_shape(vshape, len(target))
    if vshape == target:
        return
    if 0 in vshape:     # reshaped, not broadcast: an empty selection takes it by legacy rules (_writes_nothing)
        if 0 not in target:
            size = int(np.prod(target))
            if is_np_shape():
                raise MXNetError(f"NDArray.Reshape: Check failed: shape_.Size() == shape.Size() (0 vs. {size}) : "
                                 "target shape must have the same size as current shape.")
            raise _empty_reshape_refusal(vshape, target)
        return
    if len(vshape) > len(target) or any(v != t and v != 1 for v, t in zip(vshape[::-1], target[::-1])):
        raise ValueError(f"operands could not be broadcast together with remapped shapes[original->remapped]: "
                         f"{vshape} and requested shape {target}")


def _selected_shape(shape, key):
    """The shape ``key`` (without None entries) selects from an array of ``shape``; positions past their axis
    are clipped into it, as only the shape matters here."""
    entries = _plain_entries(len(shape), key if isinstance(key, tuple) else (key,))
    clipped = tuple(np.clip(k, -n, n - 1) if _takes_positions(k) else k for k, n in zip(entries, shape))
    return np.broadcast_to(np.empty((), np.bool_), shape)[clipped].shape


def broadcast_numpy_value(value, shape, int_axes=()):
    """MXNet's preparation of a numpy ``value`` written to a whole array of ``shape``: reshaped by
    ``_shape_for_bcast``, then broadcast by numpy, with numpy's errors."""
    return np.broadcast_to(value.reshape(_shape_for_bcast(value.shape, shape, int_axes)), shape)


def _shape_for_bcast(vshape, shape, int_axes):
    """The shape MXNet gives a numpy value written to a whole array of ``shape`` by an integer-indexed key: 1 on
    the integer-indexed axes (when the value has fewer axes), the value's sizes from the right, then 1."""
    out = [1 if i in int_axes and len(vshape) < len(shape) else None for i in range(len(shape))]
    sizes = list(vshape)
    for i in reversed(range(len(shape))):
        if out[i] is None:
            out[i] = sizes.pop() if sizes else 1
    return tuple(out)


def _scatter_past_end(data, key, value):
    """MXNet writes through position entries by flat offsets (see unwrapped_offsets): a position past the end of
    its axis moves the write on to a later row (x[[0], [9]] of a 3x4 array writes x[2, 1]), a negative one back
    to an earlier row (x[[1], [-1]] writes x[0, 3]), and a write past either end of the array is dropped. Makes
    such a write and returns True; False for a key whose positions all lie inside their axes."""
    if not positions_unwrapped(data.shape, key):
        return False
    write_unwrapped(data, key, value)
    return True


def positions_unwrapped(shape, key):
    """Whether a position entry of ``key`` lies outside [0, length) of its axis, where MXNet's scatter kernels
    (a write's, a gather's gradient) and numpy's indexing part ways."""
    from .indexing_keys import indexing_key_expand_implicit_axes
    entries = [k for k in indexing_key_expand_implicit_axes(key, shape)[0] if k is not None]
    if any(isinstance(k, np.ndarray) and k.dtype == np.bool_ for k in entries):
        return False        # (a mask's positions are its own)
    return any(np.any((np.asarray(k) < 0) | (np.asarray(k) >= n))
               for k, n in zip(entries, shape) if _takes_positions(k))


def unwrapped_offsets(shape, key):
    """The flat offsets MXNet's scatter kernels compute for the elements ``x[key]`` selects, laid out as numpy lays
    out ``x[key]``: they sum each position times its axis' stride without wrapping it into the axis (so a negative
    position reaches back into an earlier row, or before the array, and one past its axis into a later row), in
    its 32-bit index type (which wraps)."""
    from .indexing_keys import indexing_key_expand_implicit_axes
    entries = indexing_key_expand_implicit_axes(key, shape)[0]
    table, picks, axis = np.zeros((), np.int64), [], 0
    for k in entries:
        if k is None:
            picks.append(None)
            continue
        stride = int(np.prod(shape[axis + 1:]))
        if _takes_positions(k):     # read through a table of the positions given (not of all the axis can reach)
            positions = np.asarray(k, np.int64)
            values, at = np.unique(positions, return_inverse=True)
            picks.append(at.reshape(positions.shape))
        else:
            values = np.arange(shape[axis], dtype=np.int64)
            picks.append(k)
        table = np.add.outer(table, values * stride)
        axis += 1
    return _as_index_type(table[tuple(picks)])


def write_unwrapped(data, key, value, add=False):
    """Write (or with ``add``, add) ``value`` into ``data`` at the unwrapped offsets of ``key`` that land inside
    it, as MXNet's scatter kernels do; the value is broadcast to the selection as numpy lays it out."""
    if not positions_unwrapped(data.shape, key):
        if add:
            np.add.at(data, key, value)
        else:
            data[key] = value
        return
    offsets = unwrapped_offsets(data.shape, key)
    values = np.asarray(value)
    while values.ndim > offsets.ndim and values.shape[0] == 1:
        values = values[0]
    values = np.broadcast_to(values, offsets.shape)
    kept = (offsets >= 0) & (offsets < data.size)
    flat = data.reshape(-1)
    if add:
        np.add.at(flat, offsets[kept], values[kept])
    else:
        flat[offsets[kept]] = values[kept]


def _is_basic(key):
    """Integers, slices, None and Ellipsis only: MXNet's basic indexing."""
    return all(k is None or k is Ellipsis or isinstance(k, (slice, int, np.integer))
               for k in (key if isinstance(key, tuple) else (key,)))


def _without_new_axes(shape, key, value):
    """MXNet's setitem ignores a key's None entries; a value with more dimensions than the target first
    loses the axes those entries would have added (they must have length 1): where a read would put them."""
    entries = key if isinstance(key, tuple) else (key,)
    if not any(k is None for k in entries):
        return key, value
    if _is_basic(key):
        new_axes, axis = [], 0
        for i, k in enumerate(entries):
            if k is None:
                new_axes.append(axis)
                axis += 1
            elif k is Ellipsis:
                axis += len(shape) - sum(1 for e in entries if e is not None and e is not Ellipsis)
            elif isinstance(k, slice):
                axis += 1
    else:
        new_axes = _gather_layout(shape, key)[2]
    key = tuple(k for k in entries if k is not None)
    if isinstance(value, (list, tuple, np.ndarray)):
        value = np.asarray(value)
        if value.ndim > (len(_selected_shape(shape, key)) or 1):    # (MXNet's target for integers alone: (1,))
            squeezed = tuple(a for a in new_axes if a < value.ndim)
            from .ops_shape import _squeezed
            _squeezed(value.shape, squeezed)        # MXNet squeezes those axes out: its squeeze words
            value = value.reshape([n for a, n in enumerate(value.shape) if a not in squeezed])
    return key, value


def _broadcastable(shape, target):
    """MXNet's broadcast_to check: leading length-1 axes dropped, each remaining axis 1 or the target's."""
    shape = list(shape)
    while len(shape) > len(target) and shape[0] == 1:
        shape.pop(0)
    if len(shape) > len(target):
        return False
    return all(s in (1, t) for s, t in zip(shape[::-1], target[::-1]))


def _empty_selection_refusal(shape, key, vshape):
    """MXNet's error for a value of elements written to an empty basic selection: the value is broadcast to the
    selection without its integer axes (a legacy broadcast keeps the value's length on an empty axis), reshaped by
    the reshape method to the selection with them (a 0 there copies a length of the value: the method's errors),
    and the slice assignment then finds the two shapes differ."""
    entries = _plain_entries(len(shape), key if isinstance(key, tuple) else (key,))
    entries += [slice(None)] * (len(shape) - len(entries))
    indexed = tuple(len(range(*k.indices(n))) if isinstance(k, slice) else 1 for k, n in zip(entries, shape))
    target = [n for n, k in zip(indexed, entries) if isinstance(k, slice)]
    padded = (1,) * (len(target) - len(vshape)) + tuple(vshape)
    broadcast = tuple(v if t == 0 else t for v, t in zip(padded, target))
    provided = _wrap(np.empty(broadcast, np.bool_)).reshape(indexed).shape
    return (f"Shape inconsistent, Provided = [{','.join(map(str, provided))}], inferred shape="
            f"[{','.join(map(str, indexed))}]")


def _writes_nothing(arr, key, value, numpy_value):
    """Whether an array ``value`` with no elements, or one written to a basic selection with none, leaves ``arr``
    as it is; raises as MXNet's preparation of the value does where that fails. MXNet squeezes leading length-1
    axes, reshapes an empty value to the selection's shape (legacy reshape: a 0 there copies the value's size on
    that axis) and broadcasts any other, refusing a zero-size target."""
    if not isinstance(value, (list, tuple, np.ndarray)) or numpy_value and selects_whole(arr.shape, key):
        return False
    target, shape = arr._data[key].shape, np.shape(value)
    if np.size(value) and 0 not in target:
        return False
    shape = _squeezed_value_shape(shape, len(target))
    if shape == target:
        return True
    if np.size(value):
        if not _broadcastable(shape, target):
            raise ValueError(f"cannot broadcast a value of shape {shape} to the selection of shape {target} of "
                             f"index {key!r}")
        raise MXNetError(_empty_selection_refusal(arr.shape, key, shape))
    if legacy_reshape_fails(shape, target):
        raise _empty_reshape_refusal(shape, target)
    return True


def _squeezed_value_shape(shape, rank):
    """A written value's shape without the leading length-1 axes MXNet squeezes to the selection's ``rank``: its
    squeeze fails on a value with no elements, whose shape legacy shape inference reads as unknown."""
    lead = 0
    while lead < len(shape) - rank and shape[lead] == 1:
        lead += 1
    if lead and 0 in shape and not is_np_shape():
        raise inference_failure("squeeze", [shape], [None], [("axis", str(list(range(lead))))])
    return tuple(shape[lead:])


def _empty_reshape_refusal(shape, target):
    """MXNet's legacy reshape of a value of ``shape`` with no elements to the selection's ``target``: a 0 there
    copies the value's size on that axis, and the result must not hold more elements than the value."""
    copied = [shape[i] if n == 0 and i < len(shape) else n for i, n in enumerate(target)]
    return MXNetError(f"NDArray.Reshape: Check failed: shape_.Size() >= shape.Size() (0 vs. {int(np.prod(copied))}) "
                      ": target shape size is larger than the current shape")


_RECORDED_COPY = "recorded copy"


def number_value_steps(arr, key, value, write=1):
    """Number the ops MXNet records on a recorded ``value`` before it writes it through ``key`` into ``arr``, a
    write refused here: a cast, a squeeze of extra leading 1-size axes, a broadcast and a reshape (each numbered,
    as recorded ops), and the ``write`` itself unless it is numbered where it is refused. A value that does not
    broadcast fails at its broadcast: nothing after it is numbered."""
    from .. import autograd
    legacy = type(arr) is NDArray
    target = np.shape(arr._data[key]) or ((1,) if legacy else ())   # (no 0-d legacy selection)
    shape = value.shape
    extra = len(shape) - len(target)
    leading_ones = next((i for i, d in enumerate(shape[:max(extra, 0)]) if d != 1), max(extra, 0))
    shape = shape[leading_ones:]
    steps = (value.dtype != arr.dtype) + (leading_ones > 0)
    broadcast = shape != target
    if not broadcast or _broadcasts(shape, target):
        # (a legacy broadcast_to of fewer axes reshapes first; mx.np's is one op)
        steps += write + broadcast + (broadcast and legacy and len(shape) < len(target))
    autograd.reserve_sequence(steps)


def _broadcasts(shape, target):
    """Whether ``shape`` broadcasts to ``target``."""
    try:
        return np.broadcast_shapes(shape, target) == tuple(target)
    except ValueError:
        return False


def _written_while_recording(arr, key, value):
    """MXNet's refusal of ``arr[key] = value`` while recording, once the key and value have passed its checks:
    ``arr`` in the graph, or a recorded ``value`` written to part of ``arr`` (None: no refusal). A recorded value
    written to the whole array is copied in as a recorded op (_RECORDED_COPY)."""
    from .. import autograd
    recorded = isinstance(value, NDArray) and value._node is not None
    plain = _key(tuple(k for k in (key if type(key) is tuple else (key,)) if type(k) is not bool))
    if isinstance(value, np.ndarray) and _is_basic(plain) and selects_whole(arr.shape, plain):
        return None     # MXNet copies a numpy value into a whole array by no operator: nothing to refuse
    if recorded and arr.ndim:
        if _is_basic(plain) and not autograd.in_graph(arr) and selects_whole(arr.shape, plain):
            _record_whole_copy(arr, value)       # MXNet copies into the whole array: recorded
            return _RECORDED_COPY
        # (an advanced write is numbered where its _scatter_set_nd is refused)
        number_value_steps(arr, plain, value, write=int(_is_basic(plain)))
    if autograd.in_graph(arr):
        return IN_GRAPH_WRITE
    return INPLACE_RECORDED if recorded else None


def _record_whole_copy(arr, value):
    """``arr[:] = value`` while recording: MXNet converts ``value`` to ``arr``'s dtype, broadcasts it, reshapes it
    to ``arr``'s shape and copies it in (``_copyto``), each a recorded op; ``arr`` joins the graph as the copy."""
    if value.dtype != arr.dtype:
        value = invoke(OPS["Cast"], (value,), {"dtype": np.dtype(arr.dtype).name})
    if value.shape != arr.shape:
        if value.ndim < arr.ndim:
            value = invoke(OPS["reshape"], (value,), {"shape": (1,) * (arr.ndim - value.ndim) + value.shape})
        value = invoke(OPS["broadcast_to"], (value,), {"shape": arr.shape})
    value = invoke(OPS["reshape"], (value,), {"shape": arr.shape})
    copied = invoke(OPS["_copyto"], (value,), {})
    arr._data[...] = copied._data
    arr._node = copied._node
