"""Selection operators: slice, slice_axis, slice_like, take, pick, one_hot, gather_nd, scatter_nd."""
import math

import numpy as np

from ..base import MXNetError, error_like, located, message_of
from ..util import is_np_shape
from .bfloat16 import is_bfloat16_name, truncated_to_bfloat16
from .failures import KernelError, backward_kernel_error, backward_reads_no_outputs, refuse_negative_dims
from .ndarray import NDArray
from .registry import defop, invoke, zeroed_first
from .shape_text import assigned, axis_exceeds, inference_failure, inferred_dims, legacy_dim, provided


def no_bool(op, *arrays):
    """MXNet 1.9.1 has no bool kernel for ``op``: its kernel fails, so the error comes when the result is read."""
    for a in arrays:
        if a.dtype == np.bool_:
            raise KernelError("Unknown type enum 7", None)


IndexOutOfBounds = error_like(IndexError)      # an index outside its axis: MXNet raises IndexError for these


def _axis(axis, ndim, op):
    if not -ndim <= axis < ndim:
        raise MXNetError(f"{op}: axis {axis} is out of range for an array of {ndim} dimensions")
    return axis % ndim


def _scatter_add(shape, dtype, key, values):
    """A zero array of ``shape`` with ``values`` added at ``key`` (repeated indices accumulate)."""
    g = np.zeros(shape, dtype=dtype)
    np.add.at(g, key, values)
    return g


# ---- gradients that can themselves be differentiated ---------------------------------------
_ADJOINTS = {}    # op name -> numpy gradient of an op that is linear in its first input


def linear_grad(op):
    """Register the decorated numpy function ``(dy, data, *consts, **attrs) -> d data`` as ``op``'s backward.

    ``op`` must be linear in ``data`` (a selection or placement); its other inputs are constants.
    Under ``autograd.grad(create_graph=True)`` the gradient is recorded as ``_backward_linear``,
    whose own gradient is ``op`` again (the adjoint of a linear map's adjoint is the map).
    """
    def register(np_grad):
        _ADJOINTS[op.name] = np_grad

        def backward(dy, out, data, *consts, **attrs):
            if isinstance(dy, NDArray):
                g = invoke(_backward_linear, (dy, data) + consts, dict(attrs, op_name=op.name))
            else:
                g = np_grad(dy, data, *consts, **attrs)
            return (g,) + (None,) * len(consts) if consts else g
        op.grad(backward)
        return np_grad
    return register


@defop("_backward_linear")
def _backward_linear(dy, data, *consts, op_name, **attrs):
    """The gradient of the linear operator ``op_name`` for output gradient ``dy``."""
    return _ADJOINTS[op_name](dy, data, *consts, **attrs)


@_backward_linear.grad
def _(ddx, out, dy, data, *consts, op_name, **attrs):
    from .registry import OPS
    op = OPS[op_name]
    args = (ddx,) + consts
    again = invoke(op, args, attrs) if isinstance(ddx, NDArray) else op.fwd(*args, **attrs)
    return (again, None) + (None,) * len(consts)


# ---- slicing ----------------------------------------------------------------------------
def _per_axis(value):
    """A begin/end/step attribute as a tuple; MXNet reads a bare number as a one-axis tuple."""
    return tuple(value) if isinstance(value, (tuple, list)) else (value,)


def _slices(shape, begin, end, step, op="slice"):
    """The per-axis slices of ``begin``/``end``/``step``, refused in the words of MXNet's ``op``."""
    if begin is None or end is None:        # (MXNet reads a shape of None as one of unknown rank, -1)
        ranks = [-1 if v is None else len(_per_axis(v)) for v in (begin, end)]
        if ranks[0] != ranks[1]:
            raise MXNetError(f"{op}: Check failed: param_begin.ndim() == param_end.ndim() ({ranks[0]} vs. "
                             f"{ranks[1]}) : begin and end must have the same length")
        raise MXNetError(f"{op}: Check failed: i >= 0 && i < ndim(): index = -1 must be in range [0, {len(shape)})")
    begin, end = _per_axis(begin), _per_axis(end)
    step = _per_axis(step) if step not in ((), [], None) else (None,) * len(begin)
    if len(begin) > len(shape):
        raise MXNetError(f"{op}: Check failed: param_begin.ndim() <= dshape.ndim() ({len(begin)} vs. {len(shape)}) "
                         ": Slicing axis exceeds data dimensions")
    if len(end) > len(shape):
        raise MXNetError(f"{op}: Check failed: param_end.ndim() <= dshape.ndim() ({len(end)} vs. {len(shape)}) "
                         ": Slicing axis exceeds data dimensions")
    if len(begin) != len(end):
        raise MXNetError(f"{op}: Check failed: param_begin.ndim() == param_end.ndim() ({len(begin)} vs. {len(end)}) "
                         ": begin and end must have the same length")
    if len(step) != len(begin):
        raise MXNetError(f"{op}: Check failed: param_step.ndim() == param_begin.ndim() ({len(step)} vs. "
                         f"{len(begin)}) : step and begin must have the same length")
    for i, s in enumerate(step):
        if s == 0:
            raise MXNetError(f"{op}: Check failed: s != 0 (0 vs. 0) : slice op step[{i}] cannot be 0")
    return tuple(slice(b, e, s) for b, e, s in zip(begin, end, step))


SLICE_KERNEL_MAX_NDIM = 5       # MXNet compiles its slice kernels for arrays of up to 5 dimensions


def _rank_too_large(ndim):
    return f"ndim={ndim}too large "         # (MXNet's words, trailing space included)


def rank_too_large(ndim, op, kernel=False):
    """MXNet's refusal of an array of ``ndim`` dimensions by operator ``op``'s slice code (compiled for up to 5): its
    shape inference fails, or (``kernel``) its kernel, an error raised when the result is read."""
    error = KernelError(_rank_too_large(ndim), None) if kernel else MXNetError(_rank_too_large(ndim))
    error.op_name = op      # (its check stands in each operator's own code)
    return error


def slice_kernel(ndim, result):
    """``result``, computed by one of MXNet's slice kernels on an array of ``ndim`` dimensions: past their
    limit, the kernel fails (raised when the result is read)."""
    if ndim > SLICE_KERNEL_MAX_NDIM:
        raise KernelError(_rank_too_large(ndim), np.zeros_like(result))
    return result


def check_slice_rank(ndim, op="slice"):
    """The shape inference of slice and _slice_assign (``op``), which picks its code by the array's rank as their
    kernels do: past the kernels' limit it fails at once, before the slice's bounds are checked."""
    if ndim > SLICE_KERNEL_MAX_NDIM:
        raise rank_too_large(ndim, op)


@defop("slice", aliases=("crop",), methods=("slice",))
def slice_(data, *, begin, end, step=()):
    """``data[begin:end:step]`` per axis; None entries mean the whole axis (Python slicing rules)."""
    check_slice_rank(data.ndim)
    if data.ndim == 0:
        raise MXNetError("slice: Check failed: dshape.ndim() > 0 (0 vs. 0) : slice only works for ndim > 0")
    key = _slices(data.shape, begin, end, step)
    result = data[key]
    if onednn_offset_negative(data, key, result):
        raise KernelError("could not construct a sub-memory", np.zeros_like(result))
    return result


def onednn_offset_negative(data, key, result):
    """MXNet slices float32 arrays of 1, 2 or 4 dimensions with unit steps by oneDNN, which takes a begin before
    the axis's start (past -size) as a negative offset, and fails."""
    return (data.dtype == np.float32 and data.ndim in (1, 2, 4) and result.size
            and all(k.step in (None, 1) for k in key)
            and any(k.start is not None and k.start < -n for k, n in zip(key, data.shape)))


@linear_grad(slice_)
def _(dy, data, *, begin, end, step=()):
    g = np.zeros_like(data, dtype=dy.dtype)
    key = _slices(data.shape, begin, end, step)
    if onednn_offset_negative(data, key, dy):
        backward_reads_no_outputs()     # (the forward's oneDNN error stays with its output)
    g[key] = dy
    return g


@defop("_slice_assign", aliases=("_crop_assign",))
def slice_assign(lhs, rhs, *, begin, end, step=()):
    """``lhs`` with ``lhs[begin:end:step]`` replaced by ``rhs`` (of ``lhs``'s dtype, as MXNet's type inference
    wants)."""
    check_slice_rank(lhs.ndim, "_slice_assign")
    key = _slices(lhs.shape, begin, end, step, op="_slice_assign")
    target = np.broadcast_to(0, lhs.shape)[key].shape
    if np.shape(rhs) != target:     # (shapes are inferred before types; the value is never broadcast)
        raise MXNetError(f"Shape inconsistent, Provided = {provided(np.shape(rhs))}, inferred shape="
                         f"{provided(target)}")
    if np.asarray(rhs).dtype != lhs.dtype:
        raise MXNetError("Check failed: assign(&dattr, vec.at(i)): Incompatible attr in node  at 1-th input: "
                         f"expected {lhs.dtype.name}, got {np.asarray(rhs).dtype.name}")
    out = lhs.copy()
    out[key] = rhs
    return out


@slice_assign.grad
def _(dy, out, lhs, rhs, *, begin, end, step=()):
    key = _slices(lhs.shape, begin, end, step)
    dlhs = dy.copy()
    dlhs[key] = 0
    return dlhs, dy[key].reshape(rhs.shape)


@defop("_slice_assign_scalar", aliases=("_crop_assign_scalar",))
def slice_assign_scalar(data, *, scalar=0.0, begin, end, step=()):
    """``data`` with ``data[begin:end:step]`` set to ``scalar``."""
    out = data.copy()
    out[_slices(data.shape, begin, end, step, op="_slice_assign_scalar")] = scalar
    return slice_kernel(data.ndim, out)


@slice_assign_scalar.grad
def _(dy, out, data, *, scalar=0.0, begin, end, step=()):
    g = dy.copy()
    g[_slices(data.shape, begin, end, step)] = 0
    return g


def _slice_assign_method(self, rhs, begin, end, step):
    """Assign ``rhs`` to ``self[begin:end:step]`` in place; returns ``self``."""
    if not isinstance(rhs, NDArray):
        raise AssertionError(f"Argument rhs must have NDArray type, but got {rhs}")
    return slice_assign(self, rhs, begin=begin, end=end, step=step, out=self)


def _slice_assign_scalar_method(self, value, begin, end, step):
    """Set ``self[begin:end:step]`` to ``value`` in place; returns ``self`` (the value is read as the operator's
    ``scalar`` attribute, with its refusals)."""
    return slice_assign_scalar(self, scalar=value, begin=begin, end=end, step=step, out=self)


NDArray.slice_assign = _slice_assign_method
NDArray.slice_assign_scalar = _slice_assign_scalar_method


def _axis_range(shape, axis, begin, end):
    """The index of slice_axis's [begin, end) along ``axis``, refused in MXNet's order and words."""
    ax = axis + len(shape) if axis < 0 else axis
    if not 0 <= ax < len(shape):
        raise MXNetError(f"slice_axis: Check failed: *axis < ishape.ndim() && *axis >= 0: Transformed axis must be "
                         f"smaller than the source ndim and larger than zero! Recieved axis={axis}, "
                         f"src_ndim={len(shape)}, transformed axis={ax}")
    n = shape[ax]
    if n == 0:      # MXNet checks no range on an empty axis (legacy shapes: an unknown one, refused later)
        return (slice(None),) * ax + (slice(0, 0),)
    b = begin + n if begin < 0 else begin
    e = n if end is None else (end + n if end < 0 else end)
    if e > n:
        raise MXNetError(f"slice_axis: Check failed: *end <= axis_size: Invalid end for end={end} as axis_size is {n}")
    if b >= e:
        raise MXNetError(f"slice_axis: Check failed: (*begin < *end): Invalid begin, end, get begin={begin}, end={end}")
    if e < 0:
        raise MXNetError(f"slice_axis: Check failed: *end >= 0: Invalid begin, end, get begin={begin}, end={end}")
    if b < 0:
        raise MXNetError(f"slice_axis: Check failed: *begin >= 0: Invalid begin for begin={begin}")
    return (slice(None),) * ax + (slice(b, e),)


@defop("slice_axis", methods=("slice_axis",))
def slice_axis(data, *, axis, begin, end):
    """``data`` cut to ``[begin, end)`` along ``axis`` (end None: to the end)."""
    no_bool("slice_axis", data)
    return data[_axis_range(data.shape, axis, begin, end)]


@linear_grad(slice_axis)
def _(dy, data, *, axis, begin, end):
    g = np.zeros_like(data, dtype=dy.dtype)
    g[_axis_range(data.shape, axis, begin, end)] = dy
    return g


def like_window(shape, like, axes):
    """The index of slice_like's window, refused in the order and words of MXNet's shape inference."""
    if axes is None:        # (axes of unknown number: none is sliced)
        return (slice(None),) * len(shape)
    if isinstance(axes, (int, np.integer)):
        axes = (axes,)
    if not axes:
        if len(shape) != len(like):
            raise MXNetError(f"Check failed: ishape.ndim() == from_shape.ndim() ({len(shape)} vs. {len(like)}) : By "
                             f"default slice_axis performs slice on all axes, but ndim mismatch for inputs: "
                             f"{len(shape)} vs. {len(like)}")
        for i, (n, m) in enumerate(zip(shape, like)):
            if n < m:
                raise MXNetError(f"Check failed: ishape[i] >= from_shape[i] ({legacy_dim(n)} vs. {m}) : Slice axis {i} "
                                 f"with size {m}exceeds limit of input with size {legacy_dim(n)}")
        return tuple(slice(0, m) for m in like)
    key = [slice(None)] * len(shape)
    for a in axes:
        ax = a + len(shape) if a < 0 else a
        if ax < 0:
            raise MXNetError(f"Check failed: axis >= 0 ({ax} vs. 0) : Slice axis: {a} too small")
        if ax >= len(shape):
            raise MXNetError(f"Check failed: ishape.ndim() > axis ({len(shape)} vs. {ax}) : Slice axis: {ax} exceeds "
                             f"first input: {len(shape)}")
        if ax >= len(like):
            raise MXNetError(f"Check failed: from_shape.ndim() > axis ({len(like)} vs. {ax}) : Slice axis: {ax} "
                             f"exceeds second input: {len(like)}")
        if like[ax] > shape[ax]:
            n = legacy_dim(shape[ax])
            raise MXNetError(f"Check failed: ishape[axis] >= from_shape[axis] ({n} vs. {like[ax]}) : Slice axis {ax} "
                             f"with size {like[ax]}exceeds limit of input with size {n}")
        key[ax] = slice(0, like[ax])
    return tuple(key)


@defop("slice_like", methods=("slice_like",))
def slice_like(data, shape_like, *, axes=()):
    """``data`` cut to the shape of ``shape_like`` on ``axes`` (all axes when empty)."""
    no_bool("slice_like", data)
    return slice_kernel(data.ndim, data[like_window(data.shape, shape_like.shape, axes)])


@linear_grad(slice_like)
def _(dy, data, shape_like, *, axes=()):
    g = np.zeros_like(data, dtype=dy.dtype)
    g[like_window(data.shape, shape_like.shape, axes)] = dy
    return g


# ---- take, pick, one_hot ------------------------------------------------------------------
_INDEX_MODES = ("clip", "wrap", "raise")


def _positions(op, indices, n, mode):
    """Integer positions from (float) ``indices`` on an axis of size ``n``: truncated, then clipped/wrapped."""
    modes = _INDEX_MODES if op == "take" else _INDEX_MODES[:2]     # pick has no mode="raise"
    if mode not in modes:
        valid = ", ".join(repr(m) for m in sorted(modes))
        raise MXNetError(f"Invalid Input: '{mode}', valid values are: {{{valid}}}, in operator {op}(name=\"\", "
                         f"mode=\"{mode}\")")
    if mode == "raise":
        bad = (indices < 0) | (indices > n - 1)
        if bad.any():
            raise MXNetError(f"{op}: indices out of bounds for an axis of size {n}: "
                             f"{np.asarray(indices)[bad].tolist()[:5]}")
    pos = indices.astype(np.int64)      # a float index is truncated towards zero, as MXNet does
    if mode == "wrap":
        return np.mod(pos, n)
    return np.minimum(np.maximum(pos, 0, out=pos), n - 1, out=pos)     # np.clip, without its dispatch cost


def _index32(indices):
    """``indices`` as the 32-bit index type of pick's kernels and take's backward holds them: a float truncated
    (NaN or beyond 32 bits: INT_MIN, as x86's conversion gives), an integer wrapped to 32 bits."""
    if indices.dtype.kind == "f":
        whole = np.trunc(indices.astype(np.float64))
        return np.where((whole >= -2 ** 31) & (whole < 2 ** 31), whole, -2 ** 31).astype(np.int64)
    return indices.astype(np.int32).astype(np.int64)


TAKE_AXIS_REFUSAL = ("Check failed: param.axis >= -1 * arrshape.ndim() && param.axis < arrshape.ndim(): Axis should "
                     "be in the range of [-r, r-1] where r is the rank of input tensor")


def _scalar_shapes_unknown():
    """Whether an operator reads a 0-d array's shape () as unknown: under legacy shape semantics, but not while a
    graph runs it (its shape pass knew a 0-d shape an op computed, split's squeezed parts of 1-D data)."""
    from .. import autograd
    return not is_np_shape() and not autograd._state.graph_forward


@defop("take", methods=("take",))
def take(a, indices, *, axis=0, mode="clip"):
    """Entries of ``a`` at ``indices`` along ``axis``; the indices' shape replaces that axis."""
    if 0 in indices.shape and not is_np_shape():    # (legacy: an empty index's size is unknown; MXNet's shape
        raise inference_failure("take", [a.shape, indices.shape], [None])   # inference waits for it, axis unread)
    if not -a.ndim <= axis < a.ndim:
        raise MXNetError(f"take: {TAKE_AXIS_REFUSAL}")
    ax = axis % a.ndim
    if indices.ndim == 0 and _scalar_shapes_unknown():     # (a known 0-d index drops the axis)
        raise MXNetError("take: indices must have at least 1 dimension, got a 0-d array")
    if mode == "raise" and ((indices < 0) | (indices > a.shape[ax] - 1)).any():     # the kernel's check
        raise KernelError("Check failed: is_valid: take operator contains indices out of bound",
                          np.zeros(a.shape[:ax] + indices.shape + a.shape[ax + 1:], a.dtype))
    return np.take(a, _positions("take", indices, a.shape[ax], mode), axis=ax)


# a legacy 0-d array's rank reads as -1, which no axis is within
take.shapeless_ranks = lambda ranks, attrs: TAKE_AXIS_REFUSAL if ranks[0] == -1 else None


@linear_grad(take)
def _(dy, a, indices, *, axis=0, mode="clip"):
    if indices.dtype == np.bool_:       # the backward kernel's switch on the index type has no bool case
        backward_kernel_error("take backward: Unknown type enum 7")
        return np.zeros(a.shape, dy.dtype)
    ax = axis % a.ndim
    if mode == "raise" and ((indices < 0) | (indices > a.shape[ax] - 1)).any():
        backward_reads_no_outputs()     # the forward failed; the backward reads no output and wraps the indices
    pos = _positions("take", _index32(indices), a.shape[ax], "wrap" if mode == "raise" else mode).reshape(-1)
    moved = np.moveaxis(dy.reshape(a.shape[:ax] + (pos.size,) + a.shape[ax + 1:]), ax, 0)
    g = _scatter_add((a.shape[ax],) + moved.shape[1:], dy.dtype, pos, moved)
    return np.moveaxis(g, 0, ax)


def _pick_positions(data, index, axis, mode, keepdims=False):
    if axis is None:
        raise MXNetError("axis=None is not supported by pick yet. Must specify an axis.")
    if not -data.ndim <= axis < data.ndim and data.ndim != 1:      # (1-D data: see pick)
        raise MXNetError(axis_exceeds(axis, data.ndim))
    ax = axis % data.ndim
    kept = data.shape[:ax] + data.shape[ax + 1:] if data.ndim > 1 else (1,)     # MXNet reduces 1-D data to (1,)
    if index.ndim == 0 and math.prod(kept) == 1:    # MXNet infers a 0-d index's shape (but see refuse_shapeless)
        index = index.reshape(kept)
    ones = data.shape[:ax] + (1,) + data.shape[ax + 1:]
    if index.shape not in (kept, ones):
        expected = ones if index.ndim == data.ndim else kept     # MXNet compares an index of the data's rank
        if not is_np_shape() and len(expected) == index.ndim and all(e in (0, g) for e, g in zip(expected, index.shape)):
            # legacy: the index fits the expected shape's unknown (0) sizes, which shape inference cannot fill
            raise inference_failure("pick", [data.shape, index.shape], [None])
        if index.ndim == 0:     # a graph's 0-d index: its shape function sets the output, then fails on the index
            raise inference_failure("pick", [data.shape, ()], [ones if keepdims else kept])
        given = assigned(index.shape, [legacy_dim(d) for d in expected])
        raise MXNetError(f"Shape inconsistent, Provided = {provided(given)}, inferred shape={inferred_dims(expected)}")
    pos = _positions("pick", _index32(index), data.shape[ax], mode)
    return ax, pos.reshape(data.shape[:ax] + (1,) + data.shape[ax + 1:])


def pick_shapeless_refusal(data, index, attrs):
    """MXNet's refusal of pick, called by itself under NumPy shapes, of a 0-d ``data`` or ``index`` (None when
    neither is): axis=None first, then a 0-d data's axis, then its failed shape inference with the output shape it
    found (none for 0-d data). (A graph's shape inference takes them.)"""
    if data.ndim and index.ndim:
        return None
    axis = attrs.get("axis", -1)
    if axis is None:
        error = MXNetError("axis=None is not supported by pick yet. Must specify an axis.")
        error.raised_at = ("../src/operator/tensor/./broadcast_reduce_op.h", 1667)
        return error
    if data.ndim == 0 and axis not in (0, -1):
        error = MXNetError(axis_exceeds(axis, 0))
        error.raised_at = ("../src/operator/nn/./../tensor/broadcast_reduce_op.h", 177)
        return error
    if data.ndim == 0 and attrs.get("keepdims", False):     # (its shape function reads the kept axis's size)
        error = MXNetError("Check failed: i >= 0 && i < ndim(): index = 0 must be in range [0, 0)")
        error.raised_at = ("../include/mxnet/tuple.h", 230)
        return error
    if data.ndim > 1 and not -data.ndim <= axis < data.ndim:        # (1-D data: any axis, see pick)
        error = MXNetError(axis_exceeds(axis, data.ndim))
        error.raised_at = ("../src/operator/nn/./../tensor/broadcast_reduce_op.h", 181)
        return error
    out = (1,) if data.ndim == 1 else None
    if data.ndim > 1:
        ax = axis % data.ndim
        kept = (1,) if attrs.get("keepdims", False) else ()
        out = data.shape[:ax] + kept + data.shape[ax + 1:] or (1,)
    return inference_failure("pick", [data.shape, index.shape], [out])


def _pick_key(data, ax, pos):
    """An index tuple selecting ``pos`` (the picked positions, ``ax`` kept as size 1) from ``data``."""
    if data.ndim == 2:              # (batch, classes): the loss functions' case, kept cheap
        rows = np.arange(data.shape[1 - ax])
        return (rows, pos[:, 0]) if ax == 1 else (pos[0], rows)
    grids = np.ogrid[tuple(slice(n) for n in pos.shape)]
    grids[ax] = pos
    return tuple(np.broadcast_arrays(*grids))


# the axis check of the kernels of pick, argmax and argmin, which meet the axis shape inference passes for 1-D data
KERNEL_AXIS_CHECK = ("../src/operator/tensor/./broadcast_reduce_op.h", 181)


@defop("pick", aliases=("choose_element_0index",), methods=("pick",))
def pick(data, index, *, axis=-1, keepdims=False, mode="clip"):
    """The entry of ``data`` at ``index`` along ``axis``, one per position of the other axes."""
    no_bool("pick", data, index)
    ax, pos = _pick_positions(data, index, axis, mode, keepdims)
    if data.ndim == 1 and not -1 <= axis < 1:     # MXNet's shape inference takes any axis of 1-D data; its kernel not
        raise located(KernelError(axis_exceeds(axis, 1), np.zeros(pos.shape, data.dtype)), KERNEL_AXIS_CHECK)
    if data.shape[ax]:
        r = data[_pick_key(data, ax, pos)].reshape(pos.shape)
    else:       # (nothing to pick from: a bool array's placeholder, see no_bool)
        r = np.zeros(pos.shape, data.dtype)
    if keepdims or data.ndim == 1:      # a 1-D data's pick is (1,) whatever keepdims, NumPy shapes or not
        return r
    return np.squeeze(r, axis=ax)


def _pick_out_shape(shapes, attrs):
    """The output shape MXNet's pick assigns from data's shape alone (before it checks the index's)."""
    data = shapes[0]
    axis = attrs.get("axis", -1)
    if not data or axis is None or 0 in data and not is_np_shape():
        return None         # (its shape inference fails first, or the output's size is unknown)
    axis = int(axis)
    if len(data) == 1:
        return [(1,)]
    if not -len(data) <= axis < len(data):
        return None
    ax = axis % len(data)
    return [data[:ax] + ((1,) if attrs.get("keepdims", False) else ()) + data[ax + 1:]]


pick.out_shape_first = _pick_out_shape


@linear_grad(pick)
def _(dy, data, index, *, axis=-1, keepdims=False, mode="clip"):
    ax, pos = _pick_positions(data, index, axis, mode)
    g = np.zeros_like(data, dtype=dy.dtype)
    picked = dy.reshape(pos.shape).reshape(-1) if data.ndim == 2 else dy.reshape(pos.shape)
    g[_pick_key(data, ax, pos)] = picked + dy.dtype.type(0)     # MXNet adds into zeros: a -0 becomes +0
    return g


@defop("one_hot", methods=("one_hot",))
def one_hot(indices, *, depth, on_value=1.0, off_value=0.0, dtype="float32"):
    """A ``depth``-long vector per index: ``on_value`` at the index, ``off_value`` elsewhere."""
    if not is_bfloat16_name(dtype) and np.dtype(dtype) == np.bool_:
        raise MXNetError("Invalid Input: 'bool', valid values are: {'bfloat16', 'float16', 'float32', 'float64', "
                         "'int32', 'int64', 'int8', 'uint8'}, in operator one_hot")
    if depth < 0:
        raise MXNetError(f"Check failed: *depth >= 0 ({depth} vs. 0) : Dimension size, depth, must be a "
                         "non-negative integer")
    if depth and indices.size:      # (MXNet runs no kernel for an empty result)
        no_bool("one_hot", indices)
    if indices.ndim == 0 and _scalar_shapes_unknown():
        raise inference_failure("one_hot", [None], [None])
    pos = np.trunc(indices).astype(np.int64)
    hot = pos[..., None] == np.arange(depth)
    values = np.where(hot, on_value, off_value)
    if is_bfloat16_name(dtype):     # (MXNet's kernel cuts its values to bfloat16)
        return truncated_to_bfloat16(values)
    return values.astype(dtype)


# ---- gather_nd, scatter_nd -----------------------------------------------------------------
def _index_text(value):
    """An index as MXNet's kernel prints it: an 8-bit one as the character of its byte (ASCII ones only here)."""
    if value.dtype.itemsize == 1 and value.dtype.kind in "iu" and 0 <= value < 128:
        return chr(int(value))
    return f"{value:g}"


def _check_index_shape(indices, shape, op):
    """MXNet's shape inference of ``indices`` (M, ...) addressing the first M axes of ``shape``."""
    if indices.ndim < 2:
        raise MXNetError(f"{op}: Check failed: ishape.ndim() > 1 ({indices.ndim} vs. 1) : {op} requires index tensor "
                         "to have at least 2 dimensions")
    if indices.shape[0] > len(shape):
        raise MXNetError(f"{op}: Check failed: ishape[0] <= dshape.ndim() ({indices.shape[0]} vs. {len(shape)}) : "
                         "Number of indices exceeds data dimension")


def _nd_key(indices, shape, op):
    """A tuple of integer index arrays from ``indices`` of shape (M, ...) into the first M axes of ``shape``."""
    _check_index_shape(indices, shape, op)
    m = indices.shape[0]
    for i in range(m):
        row = indices[i]
        bad = (row < -shape[i]) | (row > shape[i] - 1)
        if bad.any():       # (words of MXNet's C++ kernel, which name their type; a byte index prints as a char)
            raise IndexOutOfBounds(f"IndexError: index {_index_text(row[bad].reshape(-1)[-1])} is out of bounds "
                                   f"for axis {i} with size {shape[i]}")
    # MXNet wraps a negative index (as its dtype holds it) before truncating it: -0.5 on an axis of 2 is 1
    return tuple(np.trunc(np.where(indices[i] < 0, indices[i] + shape[i], indices[i])).astype(np.int64)
                 for i in range(m))


def _check_empty_axes(indices, shape):
    """MXNet's gather kernel, given no positions, still checks position 0 on each axis they address: an empty
    axis among them is out of bounds."""
    if not indices.size:
        empty = next((i for i in range(indices.shape[0]) if not shape[i]), None)
        if empty is not None:
            raise IndexOutOfBounds(f"IndexError: index 0 is out of bounds for axis {empty} with size 0")


@defop("gather_nd")
def gather_nd(data, indices):
    """``data[indices[0], indices[1], ...]``: slices of ``data`` addressed by the first axis of ``indices``."""
    _check_index_shape(indices, data.shape, "gather_nd")        # (shapes are inferred before the kernel's types)
    no_bool("gather_nd", indices)
    try:
        _check_empty_axes(indices, data.shape)
        key = _nd_key(indices, data.shape, "gather_nd")
    except IndexOutOfBounds as e:           # found by MXNet's kernel: raised (as IndexError) on reading
        raise KernelError(message_of(e), np.zeros(indices.shape[1:] + data.shape[indices.shape[0]:], data.dtype),
                          kind=IndexError) from None
    return data[key]


def gather_nd_slots(indices, shape):
    """Where gather_nd's backward kernel adds each gathered slice: ``(slots, kept)``, the row of each kept slice
    in ``shape`` seen as (rows, slice) and which slices are kept. MXNet adds at the flat offset of the truncated
    coordinates, unwrapped: a negative coordinate lands earlier in the array, or outside it, where the write is lost."""
    m = indices.shape[0]
    strides = np.cumprod((1,) + tuple(shape[m - 1:0:-1]))[::-1].astype(np.int64)
    flat = np.tensordot(strides, np.trunc(indices).astype(np.int64).reshape(m, -1), axes=1)
    kept = (flat >= 0) & (flat < math.prod(shape[:m]))
    return flat[kept], kept


@linear_grad(gather_nd)
def _(dy, data, indices):
    m = indices.shape[0]
    if math.prod(data.shape[m:]):       # (slices of no elements: MXNet's kernel reads no position to check)
        _nd_key(indices, data.shape, "gather_nd")       # (its range checks)
    slots, kept = gather_nd_slots(indices, data.shape)
    g = np.zeros((math.prod(data.shape[:m]), math.prod(data.shape[m:])), dtype=dy.dtype)
    np.add.at(g, slots, dy.reshape(kept.size, g.shape[1])[kept])
    return g.reshape(data.shape)


@defop("scatter_nd")
def scatter_nd(data, indices, *, shape):
    """A zero array of ``shape`` with ``data`` written at ``indices`` (gather_nd's inverse; last write wins).

    As MXNet's kernel, a position is the flat offset of its (truncated) coordinates, and a write whose
    offset falls outside the array is dropped.
    """
    if shape is None:       # (an optional shape given None: no output shape at all)
        raise inference_failure("scatter_nd", [data.shape, indices.shape], [None])
    shape = tuple(shape)
    refuse_negative_dims([d for d in shape if d != -1])       # (MXNet's shape parameter parser)
    if -1 in shape:       # a size left unknown: no output shape to infer
        raise inference_failure("scatter_nd", [data.shape, indices.shape], [shape])
    if indices.ndim < 2:
        raise MXNetError(f"Check failed: ishape.ndim() > 1 ({indices.ndim} vs. 1) : scatter_nd requires index "
                         "tensor to have at least 2 dimensions")
    m = indices.shape[0]
    if m > len(shape):
        raise MXNetError(f"Check failed: ishape[0] <= oshape.ndim() ({m} vs. {len(shape)}) : Number of indices "
                         f"exceeds output dimension in operator scatter_nd")
    if data.shape != indices.shape[1:] + shape[m:]:
        dims = ", ".join("[" + ",".join(map(str, s)) + "]" for s in (data.shape, indices.shape, shape))
        raise MXNetError(f"Check failed: valid: Invalid data, indices, and output shape combination for "
                         f"scatter_nd: {dims}")
    out = np.zeros(shape, dtype=data.dtype)
    strides = np.cumprod((1,) + shape[m - 1:0:-1])[::-1].astype(np.int64)
    flat = np.tensordot(strides, np.trunc(indices).astype(np.int64).reshape(m, -1), axes=1)
    slots = int(np.prod(shape[:m]))
    kept = (flat >= 0) & (flat < slots)
    out.reshape(slots, -1)[flat[kept]] = data.reshape(flat.size, -1)[kept]
    return out


@scatter_nd.grad
def _(dy, out, data, indices, *, shape):
    if isinstance(dy, NDArray):
        return invoke(gather_nd, (dy, indices), {}), None
    try:
        return gather_nd.fwd(dy, indices), None
    except KernelError as e:            # the gradient is read at once: raise as reading it would
        raise e.kind(message_of(e)) from None

# an out= array sharing an input's storage (MXNet's in-place write request): one_hot zeroes it before reading the
# indices, pick's kernel refuses it
one_hot.in_place_write = zeroed_first
pick.in_place_write = ("Check failed: req[0] == kWriteTo (2 vs. 1) : ", ("../src/operator/tensor/./broadcast_reduce_op.h",
                                                                       1701))


# ops whose backward kernels write zeros into the gradients of their constant inputs (indices, a shape source)
for _op in (take, pick, gather_nd, slice_like, scatter_nd):
    _op.zeroes_constants = True
