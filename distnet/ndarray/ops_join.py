"""Joining, splitting and repeating operators: Concat, stack, SliceChannel, tile, repeat, Pad."""
import functools
import inspect
import math

import numpy as np

from .. import autograd
from ..base import MXNetError, located, negative_size_text
from . import onednn
from ..util import is_np_shape
from .failures import KernelError, backward_kernel_error, real_switch_refusal, state_refusal
from .kernel_folds import refuse_reduce_folds
from .ndarray import NDArray
from .ops_reduce import kahan_sum
from .ops_select import linear_grad
from .ops_shape import no_bool
from .registry import Op, defop, inferred_type_name, invoke
from .views import is_view
from .shape_text import OperatorMessage, axis_exceeds, inference_failure, inferred_dims, legacy_dim


def _axis(axis, ndim):
    """``axis`` normalised into [0, ndim), or MXNet's check failing."""
    if not -ndim <= axis < ndim:
        raise MXNetError(axis_exceeds(axis, ndim))
    return axis % ndim


@defop("Concat", aliases=("concat",))
def concat(*data, dim=1, num_args=None):
    """Join arrays along axis ``dim``; all other axes must agree."""
    return _join(data, dim, "Concat")


def _axis_of_known_ranks(ranks, attrs):
    """Concat's axis check against each input of known rank, which a legacy 0-d input (rank -1) skips."""
    dim = int(attrs.get("dim", 1))
    return next((axis_exceeds(dim, r) for r in ranks if r != -1 and not -r <= dim < r), None)


concat.shapeless_ranks = _axis_of_known_ranks


def _concat_into_out(inputs, attrs, out):
    """Concat into an out= array, whose shape enters its shape inference."""
    return _join(inputs, attrs.get("dim", 1), "Concat", out.shape)


concat.into_out = _concat_into_out


def _join(data, dim, name, out_shape=()):
    first = data[0]
    ins, out, listed = _concat_shapes(data, dim, out_shape)
    if out is None or -1 in out:
        raise inference_failure(name, ins, [listed])
    axis = _axis(dim, len(out))
    for i, d in enumerate(data[1:], 1):     # MXNet infers the types after the shapes
        if d.dtype != first.dtype:
            raise MXNetError(f"Check failed: in_type->at(i) == dtype || in_type->at(i) == -1: Non-uniform data type "
                             f"in Concat, expected data type "
                             f"{inferred_type_name(first.dtype)}, got data type {inferred_type_name(d.dtype)} "
                             f"for input {i}")
    for d, shape in zip(data, ins):     # an unknown (legacy 0) size inferred from the others: the kernel finds
        if d.size != math.prod(shape):  # the input holds fewer elements
            raise KernelError(_blob_size_refusal(d.size, math.prod(shape)), np.zeros(out, first.dtype))
    no_bool("Concat", *data)
    out = np.concatenate(data, axis=axis)
    if name == "Concat" and _onednn_rank_refused(data, dim):
        raise KernelError(f"MKLDNN doesn't support {out.ndim} dimensions", np.zeros(out.shape, out.dtype))
    return onednn.concat_block(out, data, autograd.is_training()) if axis else out


def _onednn_rank_refused(data, dim):
    """Whether MXNet's Concat fails making oneDNN memory of its first input: it asks oneDNN for a ``dim`` given
    positive, and checks its inputs in turn (a view, another type than float32 or an empty one sends it to its own
    kernel) until it makes that memory, which oneDNN refuses past 6 dimensions."""
    first = data[0]
    return int(dim) > 0 and first.dtype == np.float32 and not is_view(first) and first.size and first.ndim > 6


def _concat_shapes(data, dim, out_shape=()):
    """MXNet's Concat shape inference (sizes as it holds them, -1 unknown): the inputs, their joined axis made
    unknown, merged in turn, each up to its first conflicting size (then an out= array's shape, of ``out_shape``);
    each input must then fit the merged shape (and takes its sizes); the output's axis is the sum of the inputs',
    unless one of them is unknown, and the out= array must fit it. Returns (the inputs' shapes, the output's, the
    output's as a failed inference lists it: the out= array's, its unknown sizes filled)."""
    def assign(target, shape):      # (filled target, whether every size fitted)
        if target is None:
            return list(shape), True
        if len(target) != len(shape):
            return target, False
        target = list(target)
        for k, size in enumerate(shape):
            if target[k] == -1:
                target[k] = size
            elif size != -1 and size != target[k]:
                return target, False
        return target, True

    shapes = [[legacy_dim(n) for n in d.shape] for d in data]
    merged, total = None, 0
    for shape in [s for s in shapes if s]:     # (each input of known rank, 0-d ones skipped: MXNet checks the axis
        axis = _axis(dim, len(shape))             # against every one before comparing their shapes)
        total = -1 if total == -1 or shape[axis] == -1 else total + shape[axis]
        merged = assign(merged, [-1 if k == axis else n for k, n in enumerate(shape)])[0]
    given = [legacy_dim(n) for n in out_shape]
    if given:
        axis = _axis(dim, len(given))
        merged = assign(merged, [-1 if k == axis else n for k, n in enumerate(given)])[0]
    if merged is None:
        return shapes, None, None
    ins = []
    for shape in shapes:
        filled, fits = assign(shape, merged)
        if not fits:
            raise MXNetError(f"Concat: Check failed: shape_assign(&(*in_shape)[i], dshape): Incompatible input "
                             f"shape: expected {inferred_dims(merged)}, got {inferred_dims(filled)}")
        ins.append(filled)
    merged[axis] = total
    if given:
        filled, fits = assign(given, merged)
        if not fits:
            raise MXNetError(f"Check failed: shape_assign(&(*out_shape)[0], dshape): Incompatible output shape: "
                             f"expected {inferred_dims(merged)}, got {inferred_dims(filled)}")
        return ins, merged, filled
    return ins, merged, merged


def _blob_size_refusal(actual, wanted):
    """MXNet's words when a kernel reads an array of ``actual`` elements as one of ``wanted``."""
    return ("TBlob.get_with_shape: Check failed: this->shape_.Size() == static_cast<size_t>(shape.Size()) "
            f"({actual} vs. {wanted}) : new and old shape do not match total elements")


@concat.grad
def _(dy, out, *data, dim=1, num_args=None):
    axis = dim % data[0].ndim
    return tuple(np.split(dy, np.cumsum([d.shape[axis] for d in data])[:-1], axis=axis))


@defop("_rnn_param_concat")
def rnn_param_concat(*data, dim=1, num_args=None):
    """Concat of the fused RNN layers' parameters; its shape rule also infers unknown inputs from the total."""
    return _join(data, dim, "_rnn_param_concat")


rnn_param_concat.grad(concat.bwd)


@defop("stack")
def stack(*data, axis=0, num_args=None):
    """Join same-shaped arrays along a new axis ``axis``."""
    ndim = _first_known(data).ndim
    if not -ndim - 1 <= axis <= ndim:      # shapes are inferred first, then dtypes
        raise MXNetError("stack: " + axis_exceeds(axis, ndim + 1))
    ax = axis % (ndim + 1)
    for i, d in enumerate(data[1:], 1):
        if d.dtype != data[0].dtype:
            raise MXNetError(f"stack: Check failed: assign(&dattr, vec.at(i)): Incompatible attr in node  at {i}-th "
                             f"input: expected {inferred_type_name(data[0].dtype)}, got {inferred_type_name(d.dtype)}")
    refusal = _stack_size_refusal(data)
    if refusal:     # MXNet's kernel finds it: the result (in the first known shape) fails on reading
        shape = _first_known(data).shape
        raise KernelError(refusal, np.zeros(shape[:ax] + (len(data),) + shape[ax:], data[0].dtype))
    # MXNet only checks element counts: a same-sized input is read in input 0's shape
    data = [d.reshape(data[0].shape) for d in data]
    return np.stack(data, axis=ax)


def _stack_size_refusal(data):
    """The words of MXNet's stack kernel for an input whose element count is not the first known input's (a 0-d
    legacy array's is unknown), or None."""
    first = _first_known(data)
    for d in data:
        if d.size != first.size:
            return _blob_size_refusal(d.size, first.size)
    return None


def _first_known(data):
    """The first input of a shape MXNet's inference knows (legacy shapes: a 0-d one only where none has more
    axes)."""
    from ..util import is_np_shape
    return data[0] if is_np_shape() else next((d for d in data if d.ndim), data[0])


@stack.grad
def _(dy, out, *data, axis=0, num_args=None):
    refusal = _stack_size_refusal(data)
    if refusal:     # the backward kernel fails as the forward did: the gradients carry it
        from .failures import backward_kernel_error
        backward_kernel_error(refusal)
        return tuple(np.zeros(d.shape, d.dtype) for d in data)
    ax = axis % dy.ndim
    return tuple(np.squeeze(part, axis=ax).reshape(d.shape) for part, d in zip(np.split(dy, len(data), axis=ax), data))


def split_refusal(shape, axis, num_outputs, squeeze_axis=False):
    """MXNet's words refusing to split ``shape`` (legacy: a 0 dimension is unknown, -1 to C++'s remainder) into
    ``num_outputs`` along ``axis``, or None."""
    ndim = len(shape)
    if axis >= ndim:
        return f"Check failed: param_.axis < dshape.ndim() ({axis} vs. {ndim}) : "
    if axis + ndim < 0:           # the shape's own index check then refuses the axis
        return f"Check failed: i >= 0 && i < ndim(): index = {axis + ndim} must be in range [0, {ndim})"
    real = axis % ndim
    size = legacy_dim(shape[real])
    rest = int(math.fmod(size, num_outputs))          # C++'s remainder keeps the dividend's sign
    if rest:
        return (f"Check failed: dshape[real_axis] % param_.num_outputs == 0U ({rest} vs. 0) : You are trying to split "
                f"the {real}-th axis of input tensor with shape {inferred_dims(shape)} into "
                f"num_outputs={num_outputs} evenly sized chunks, but this is not possible because {num_outputs} does "
                f"not evenly divide {size}")
    if squeeze_axis and size != -1 and size != num_outputs:
        return (f"Check failed: ishape[real_axis] == param_.num_outputs ({size} vs. {num_outputs}) : If squeeze "
                f"axis is True, the size of the sliced axis must be the same as num_outputs. Input "
                f"shape={inferred_dims(shape)}, axis={real}, num_outputs={num_outputs}.")
    return None


def _split_outputs(attrs):
    """How many arrays split makes (an out= list is counted against it before the shapes are checked)."""
    n = attrs.get("num_outputs")
    return n if isinstance(n, int) and n >= 1 else None


@defop("SliceChannel", aliases=("split",), methods=("split",))
def split(data, *, num_outputs, axis=1, squeeze_axis=False):
    """Cut ``data`` into ``num_outputs`` equal parts along ``axis`` (a list, or one array when 1)."""
    if num_outputs < 1:
        raise MXNetError(f"SliceChannel: cannot split axis {axis} of an array of shape {data.shape} into "
                         f"num_outputs={num_outputs} evenly sized parts")
    refusal = split_refusal(data.shape, axis, num_outputs, squeeze_axis)
    if refusal is not None:
        raise MXNetError(f"SliceChannel: {refusal}")
    if data.dtype == np.bool_:      # refused once the shapes are known, at the call, as MXNet does
        raise MXNetError("Unknown type enum 7")
    ax = axis % data.ndim
    parts = np.split(data, num_outputs, axis=ax)
    if squeeze_axis:
        parts = [p.reshape(p.shape[:ax] + p.shape[ax + 1:]) for p in parts]
    return tuple(parts) if num_outputs > 1 else parts[0]


@split.grad
def _(dy, out, data, *, num_outputs, axis=1, squeeze_axis=False):
    ax = axis % data.ndim
    parts = dy if isinstance(dy, tuple) else (dy,)
    if squeeze_axis:
        parts = [p.reshape(p.shape[:ax] + (1,) + p.shape[ax:]) for p in parts]
    if any(isinstance(p, NDArray) for p in parts):     # a recorded gradient (create_graph)
        return invoke(concat, parts, {"dim": ax})
    return np.concatenate(parts, axis=ax)


def split_v2_bounds(n, indices, sections, squeeze=False):
    """[start, end) of each part: ``sections`` parts (the first ``n % sections`` one longer, as the operator
    cuts them), or parts starting at ``indices``; MXNet's checks of each part in turn (of size 1 to squeeze)."""
    n = legacy_dim(n)
    if sections and n == -1:      # (legacy shapes' unknown size: C's integer division of it, every cut refused)
        starts = [i * int(-1 / sections) for i in range(sections)]
    elif sections:
        size, longer = divmod(n, sections)
        starts = [i * size + min(i, longer) for i in range(sections)]
    else:
        starts = list(indices)
    ends = starts[1:] + [n]
    if n == 0:              # an empty axis (NumPy shapes) gives empty parts wherever they were to start
        return [(0, 0)] * len(starts)
    for i, (b, e) in enumerate(zip(starts, ends)):
        if b > e:
            raise MXNetError(f"Check failed: start <= end: start {b} is not less than end {e}for subarray {i}")
        if e > n:
            raise MXNetError(f"Check failed: end <= ishape[real_axis]: end {e} is no less than the size of the axis {n}")
        if squeeze and e - b != 1:
            raise MXNetError(f"Check failed: end - start == 1U ({e - b} vs. 1) : expected axis size of 1 but got {e - b}")
    return list(zip(starts, ends))


def check_split_v2_axis(axis, ndim):
    """split_v2's shape function checks a non-negative axis against the data's rank."""
    if axis >= ndim:
        raise located(MXNetError(f"Check failed: param.axis < dshape.ndim() ({axis} vs. {ndim}) : "),
                      ("../src/operator/tensor/./matrix_op-inl.h", 2838))


@defop("_split_v2")
def split_v2_(data, *, indices=(), axis=0, squeeze_axis=False, sections=0):
    """``data`` cut along ``axis`` into ``sections`` equal parts or at the start positions ``indices``."""
    no_bool("split_v2", data)
    check_split_v2_axis(int(axis), data.ndim)
    ax = _axis(axis, data.ndim)
    parts = [np.take(data, range(b, e), axis=ax)
             for b, e in split_v2_bounds(data.shape[ax], indices, sections, squeeze_axis)]
    if squeeze_axis:
        parts = [np.squeeze(p, axis=ax) for p in parts]
    return tuple(parts) if len(parts) > 1 else parts[0]


@split_v2_.grad
def _(dy, out, data, *, indices=(), axis=0, squeeze_axis=False, sections=0):
    ax = axis % data.ndim
    parts = dy if isinstance(dy, tuple) else (dy,)
    bounds = split_v2_bounds(data.shape[ax], indices, sections)
    parts = [p.reshape(p.shape[:ax] + (e - b,) + p.shape[ax:]) if squeeze_axis else p
             for p, (b, e) in zip(parts, bounds)]
    if any(isinstance(p, NDArray) for p in parts):
        return invoke(concat, parts, {"dim": ax})
    return np.concatenate(parts, axis=ax)


def _v2_attrs(indices_or_sections, axis, squeeze_axis):
    if isinstance(indices_or_sections, int):
        return dict(sections=indices_or_sections, axis=axis, squeeze_axis=squeeze_axis)
    return dict(indices=(0,) + tuple(indices_or_sections), axis=axis, squeeze_axis=squeeze_axis)


@defop("split_v2")
def split_v2(ary, *, indices_or_sections, axis=0, squeeze_axis=False):
    """numpy-style split: ``indices_or_sections`` is a number of equal parts or a tuple of split points."""
    refusal = _sections_refusal(ary.shape[axis], indices_or_sections or 1)
    if refusal:
        raise SplitSpecError(refusal)
    _read_as_called(ary.shape[axis], indices_or_sections, axis, squeeze_axis)
    return split_v2_.fwd(ary, **_v2_attrs(indices_or_sections, axis, squeeze_axis))


def _read_as_called(axis_size, indices_or_sections, axis, squeeze_axis):
    """The parser's refusals of the attributes MXNet's split_v2 hands its operator: the parts' start positions
    as a list, the axis and squeeze_axis."""
    from .param_text import read_attrs
    if isinstance(indices_or_sections, int):
        starts = [i * (axis_size // indices_or_sections) for i in range(indices_or_sections)]
    else:
        starts = [0] + list(indices_or_sections)
    read_attrs("_split_v2", {"indices": starts, "axis": axis, "squeeze_axis": squeeze_axis}, imperative=True)


def _sections_refusal(axis_size, indices_or_sections):
    """MXNet's Python checks of split_v2's ``indices_or_sections``: a number of sections dividing the axis
    (none: ZeroDivisionError), or a tuple of split points (a list is refused); the refusal's words or None."""
    if isinstance(indices_or_sections, int):
        return "array split does not result in an equal division" if axis_size % indices_or_sections else None
    if not isinstance(indices_or_sections, tuple):
        return "indices_or_sections must either int or tuple of ints"
    return None


class SplitSpecError(MXNetError, ValueError):
    """split_v2's ``indices_or_sections`` refused by MXNet's Python wrapper, which raises a plain ValueError."""


SplitSpecError.__name__ = "ValueError"     # the class name scripts see, as with MXNet


@split_v2.grad
def _(dy, out, ary, *, indices_or_sections, axis=0, squeeze_axis=False):
    return split_v2_.bwd(dy, out, ary, **_v2_attrs(indices_or_sections, axis, squeeze_axis))


def _split_v2_python_signature(ary, indices_or_sections, axis=0, squeeze_axis=False):
    """MXNet's nd.split_v2 is a plain Python function of these arguments (no out=, no name=), which reads the
    axis's length (an IndexError past the shape), divides it by a number of sections (ZeroDivisionError for
    none) and refuses anything but an int or a tuple, before calling the operator."""
    refusal = _sections_refusal(ary.shape[axis], indices_or_sections)
    if refusal:
        raise ValueError(refusal)


_split_v2_python_signature.__qualname__ = "split_v2"       # the name Python's binding errors give


class _PythonFunctionOp(Op):
    """An operator MXNet reaches through a plain Python function: a call that function's signature cannot bind
    is Python's TypeError, before any operator check."""

    __signature__ = inspect.signature(_split_v2_python_signature)

    def __call__(self, *args, **kwargs):
        _split_v2_python_signature(*args, **kwargs)
        ary = args[0] if args else kwargs["ary"]
        if not isinstance(ary, NDArray):        # the operator's function it hands the array on to refuses others
            self._refuse_non_array("data", ary, 0)
        return super().__call__(*args, **kwargs)


split_v2.__class__ = _PythonFunctionOp


def _split_v2_method(self, *args, **kwargs):
    """``x.split_v2(...)``: MXNet's method calls nd.split_v2 with the array first."""
    return split_v2(self, *args, **kwargs)


NDArray.split_v2 = _split_v2_method


@defop("tile", methods=("tile",))
def tile(data, *, reps):
    """``data`` repeated ``reps[i]`` times along each axis (numpy's tile; an int ``reps`` is one entry)."""
    reps = _reps(reps)
    if is_np_shape():       # NumPy shapes allow empty axes
        interleaved = _interleaved(data.shape, reps)
        _refuse_sizes_below_unknown([r * d for r, d in zip(interleaved[::2], interleaved[1::2])])
        if any(r < 0 for r in reps):
            raise MXNetError(f"tile: every entry of reps must be >= 1, got reps={reps}")
    else:
        _refuse_tiled_dims(data.shape, _interleaved(data.shape, reps))
    result = np.tile(data, reps)
    interleaved = _interleaved(data.shape, reps)        # MXNet broadcasts (1, d0, 1, d1, ...) to this shape
    refuse_reduce_folds("tile", interleaved, [1 if i % 2 == 0 else d for i, d in enumerate(interleaved)], result)
    return result


def _refuse_tiled_dims(shape, interleaved):
    """MXNet's shape checks of tile's output, each size a repetition times a size: one below -1 is invalid, a 0
    or -1 is unknown to legacy shape semantics (a failed inference; an input of unknown size infers nothing).
    The sizes are checked in order, up to the first unknown one."""
    if not all(shape):
        raise inference_failure("tile", [shape], [None])
    dims = [r * d for r, d in zip(interleaved[::2], interleaved[1::2])]
    known = next((i for i, d in enumerate(dims) if d in (0, -1)), len(dims))
    _refuse_sizes_below_unknown(dims[:known])
    if known < len(dims):
        raise inference_failure("tile", [shape], [[d or -1 for d in dims]])


def _refuse_sizes_below_unknown(dims):
    """MXNet's shape check of tile's output sizes (each a repetition times a size): none below -1."""
    for d in dims:
        if d < -1:
            raise MXNetError(negative_size_text(d))


def _reps(reps):
    if reps is None:        # MXNet reads "None" as a Shape of unknown rank, which tiles nothing
        return ()
    return (int(reps),) if isinstance(reps, (int, np.integer)) else tuple(reps)


def _interleaved(shape, reps):
    """(reps[0], shape[0], reps[1], shape[1], ...), both padded with leading 1s to one length: the shape through
    which MXNet's tile broadcasts forward and reduces backward."""
    ndim = max(len(reps), len(shape))
    reps = (1,) * (ndim - len(reps)) + tuple(reps)
    shape = (1,) * (ndim - len(shape)) + tuple(shape)
    return [d for pair in zip(reps, shape) for d in pair]


@tile.grad
def _(dy, out, data, *, reps):
    interleaved = _interleaved(data.shape, _reps(reps))
    g = kahan_sum(dy.reshape(interleaved), tuple(range(0, len(interleaved), 2)))     # MXNet's reducer
    return np.asarray(g).reshape(data.shape)


@defop("repeat", methods=("repeat",))
def repeat(data, *, repeats, axis=None):
    """Each element repeated ``repeats`` times along ``axis`` (the flattened array when None)."""
    if repeats < 0:
        raise MXNetError(f"Check failed: *repeats >= 0 ({repeats} vs. 0) : repeats cannot be a negative number")
    if axis is not None and not -data.ndim <= axis < data.ndim:
        raise MXNetError(f"Check failed: axis >= 0 && axis < ndims: axis = {axis} out of bounds")
    if axis is None or repeats == 0:         # MXNet gives shape (0,) for any zero repeat
        return np.repeat(data.reshape(-1), repeats)
    return repeated(data, repeats, axis)


def repeated(data, repeats, axis):
    """MXNet's repeat kernel along ``axis``: it broadcasts (..., n, 1, rest) to (..., n, repeats, rest), and, folding
    the empty axes away, reads an empty output after the repeated axis as the sizes up to it (failing when read)."""
    ax = axis % data.ndim
    result = np.repeat(data, repeats, axis=ax)
    if repeats > 1 and not result.size and all(data.shape[:ax + 1]):
        wanted = math.prod(result.shape[:ax + 1])
        raise located(KernelError("TBlob.get_with_shape: Check failed: this->shape_.Size() == static_cast<size_t>"
                                  f"(shape.Size()) (0 vs. {wanted}) : new and old shape do not match total elements",
                                  result), ("../include/mxnet/././tensor_blob.h", 310))
    return result


def refuse_empty_repeat_backward(data, repeats):
    """MXNet's repeat backward reads the gradient of an empty ``data`` as one element: it fails (when read)."""
    if repeats and not data.size:
        backward_kernel_error(OperatorMessage("Check failed: this->shape_.Size() == shape.Size() (0 vs. 1) : Shape "
                                              "size mismatch 0 v.s. 1", site=("../include/mxnet/././tensor_blob.h", 197)))


@repeat.grad
def _(dy, out, data, *, repeats, axis=None):
    if repeats == 0:        # MXNet's backward returns at once: the gradient buffer keeps what it held
        return None
    refuse_empty_repeat_backward(data, repeats)
    if axis is None:        # summed with MXNet's reducer
        return np.asarray(kahan_sum(dy.reshape(data.size, repeats), (1,))).reshape(data.shape)
    ax = axis % data.ndim
    shape = data.shape[:ax] + (data.shape[ax], repeats) + data.shape[ax + 1:]
    return np.asarray(kahan_sum(dy.reshape(shape), (ax + 1,))).reshape(data.shape)


_PAD_MODES = ("constant", "edge", "reflect")


def _pad_pairs(data, mode, pad_width):
    """Check Pad's restrictions in MXNet's order and words, which name no operator (its shapes, then the float
    type); return numpy's ((before, after), ...) per axis."""
    if mode not in _PAD_MODES:
        raise MXNetError(f"Pad: mode must be one of {_PAD_MODES}, got {mode!r}")
    if data.ndim not in (4, 5):
        raise MXNetError("Current implementation only supports 4-D or 5-D input.")
    width = () if pad_width is None else tuple(int(w) for w in pad_width)
    for i in range(4):          # MXNet reads the first four entries one by one, then counts them all
        if i >= len(width):     # (None: a tuple of unknown length, -1)
            raise MXNetError(f"Pad: Check failed: i >= 0 && i < ndim(): index = {i} must be in range "
                             f"[0, {-1 if pad_width is None else len(width)})")
        if width[i]:
            raise MXNetError("Current implementation expects padding on the first two axes to be zero.")
    if len(width) != 2 * data.ndim:
        raise MXNetError("Input shape vs padding spec mismatch.")
    pairs = tuple(zip(width[::2], width[1::2]))
    if mode == "reflect" and any(max(p) >= n and not (n == -1 and axis < 2)   # (an unknown batch or channel passes)
                                 for axis, (p, n) in enumerate(zip(pairs, map(legacy_dim, data.shape)))):
        raise MXNetError("Current implementation of reflection padding only supports padding sizes smaller "
                         "than the input size.")
    if data.dtype.kind != "f":      # the kernel's real-type switch, whose bool case is its unknown type
        padded = tuple(n + lo + hi for n, (lo, hi) in zip(data.shape, pairs))
        raise state_refusal(real_switch_refusal(None, data.dtype), [np.zeros(padded, data.dtype)])
    return pairs


@defop("Pad", aliases=("pad",), methods=("pad",))
def pad(data, *, mode, pad_width, constant_value=0.0):
    """``data`` padded on its spatial axes; ``pad_width`` is MXNet's flat (before, after, ...) tuple."""
    pairs = _pad_pairs(data, mode, pad_width)
    if not data.size and -1 in map(legacy_dim, data.shape):
        return _padded_unknown(data, pairs, constant_value)
    if min(min(p) for p in pairs) < 0:      # a negative width crops that side
        sources = [_pad_sources(n, lo, hi, mode) for n, (lo, hi) in zip(data.shape, pairs)]
        out = data[np.ix_(*(index for index, _ in sources))]
        if mode == "constant":
            out = np.where(_inside(sources), out, data.dtype.type(constant_value))
        return out
    if mode == "constant":
        return np.pad(data, pairs, mode="constant", constant_values=constant_value)
    return np.pad(data, pairs, mode=mode)


def _padded_sizes(shape, pairs):
    """Pad's output sizes as legacy shape inference gives them over data of unknown (0, read as -1) sizes: an axis
    padded by one gets a real 0 size, by more a known size of padding alone, one not padded stays unknown."""
    return [legacy_dim(n) + lo + hi for n, (lo, hi) in zip(shape, pairs)]


def _padded_unknown(data, pairs, constant_value):
    """Pad over data of unknown (legacy 0) sizes: its known output holds the padding value alone (edge padding's
    kernel fails there); an output of unknown size (0 here) the registry defers (see _DEFERS_UNKNOWN)."""
    return np.full([max(n, 0) for n in _padded_sizes(data.shape, pairs)], constant_value, data.dtype)


def _pad_sizes_known(inputs, attrs):
    """Whether Pad's legacy shape inference knows every output size over data of unknown sizes."""
    width = tuple(int(w) for w in attrs["pad_width"])
    return min(_padded_sizes(inputs[0].shape, zip(width[::2], width[1::2]))) >= 0


pad.sizes_known = _pad_sizes_known


def _pad_sources(n, before, after, mode):
    """Per output position of one axis: the input index it reads, and whether it lies inside the input
    (MXNet reads input position ``out - before``, so negative widths crop)."""
    i = np.arange(-before, n + after)
    inside = (i >= 0) & (i < n)
    if mode == "reflect":
        i = np.where(i < 0, -i, np.where(i >= n, 2 * (n - 1) - i, i))
    return np.clip(i, 0, n - 1), inside


def _inside(sources):
    """Whether each output position of the padded block reads an input element (not the constant)."""
    last = len(sources) - 1
    return functools.reduce(np.logical_and, (keep.reshape((-1,) + (1,) * (last - k))
                                             for k, (_, keep) in enumerate(sources)))


@linear_grad(pad)
def _(dy, data, *, mode=None, pad_width=None, constant_value=0.0):
    pairs = _pad_pairs(data, mode, pad_width)
    if mode == "constant" and min(min(p) for p in pairs) >= 0:     # MXNet adds into zeros: a -0 becomes +0
        return dy[tuple(slice(lo, lo + n) for (lo, _), n in zip(pairs, data.shape))] + dy.dtype.type(0)
    return pad_grad_onto(np.zeros(data.shape, dtype=dy.dtype), dy, mode=mode, pad_width=pad_width)


def pad_grad_onto(acc, dy, *, mode, pad_width):
    """``acc`` (an array shaped as Pad's input) with Pad's gradient added in as MXNet's kernel adds it: walking
    the output positions in order, each into the input element it copied."""
    pairs = _pad_pairs(acc, mode, pad_width)
    spatial = acc.shape[2:]
    found = [_pad_sources(n, lo, hi, mode) for n, (lo, hi) in zip(spatial, pairs[2:])]
    sources = [index for index, _ in found]
    if mode == "constant":      # padding values take no gradient
        dy = np.where(_inside(found), dy, dy.dtype.type(0))
    flat = np.ravel_multi_index(np.meshgrid(*sources, indexing="ij"), spatial).ravel()
    rows = acc.reshape(acc.shape[0] * acc.shape[1], -1)
    np.add.at(rows, (slice(None), flat), dy.reshape(rows.shape[0], -1).astype(acc.dtype, copy=False))
    return rows.reshape(acc.shape)


split.output_count = _split_outputs
