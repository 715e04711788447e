"""``mx.np`` shape functions: reshape, transpose, joining, splitting, tiling, flipping, padding.

Each is one application of the ``_npi_rearrange`` operator: a NumPy function that only moves (or
copies) elements. Its gradient applies the same function to the elements' flat positions and sums
the output gradient back into the positions each output element came from.
"""
import functools
import inspect

import numpy as _np

from ..base import MXNetError, _Null, builtin_at, located, message_of, negative_size_text
from ..ndarray.shape_text import inference_failure, listed_shape
from ..ndarray.failures import KernelError, backward_kernel_error, carried_error, data_to_write, with_error
from ..ndarray.failures import write_carrying
from ..ndarray.ndarray import NDArray
from ..ndarray.ops_reduce import kahan_sum
from ..ndarray.param_text import read_value as _read_value
from ..ndarray.ops_join import refuse_empty_repeat_backward as _refuse_empty_repeat_backward, repeated as _repeated
from ..ndarray.registry import defop
from ..ndarray.workspace import asks_when
from ..util import is_np_shape
from .multiarray import as_method, full as _full, invoke_np, ndarray, refuse_legacy_arrays, type_inconsistent
from .multiarray import refuse_legacy_scalars, refuse_unknown_shapes, refuse_unknown_sizes
from .attribute_text import attribute_value
from .recorded_names import show_as_method, shown_as, with_shown
from .multiarray import KERNEL_MAX_DIMS, TRANSPOSE_MAX_DIMS, fails_when_read, too_many_dims, transpose_dims_check
from .multiarray import check_broadcastable as _check_broadcastable, check_reshape as _check_reshape
from .multiarray import with_copied_sizes
from .multiarray import inferred_type_name, type_text


@defop("_npi_rearrange")
def rearrange_op(*data, fn=None, index_fn=None):
    """``fn(*data)`` for a NumPy function ``fn`` that rearranges (or repeats) the elements of its inputs;
    ``index_fn`` (default ``fn``) does the same to positions, filling new elements with -1."""
    r = _np.asarray(fn(*data))
    # a new array, as MXNet's operators make (never a view writing through to an input)
    return r.copy() if r.base is not None or not r.flags.c_contiguous else r


# the rearranging operators (and NumPy functions run as one) asking for temp space
_ASKING = frozenset({"_npi_flip", "_np_roll", "_npi_rot90", "expand_dims", "take", "take_along_axis"})


@asks_when("_npi_rearrange")
def _asks(inputs, attrs):
    fn = attrs.get("fn")
    name = getattr(fn, "mxnet_op", None) or operator_of(fn) or getattr(getattr(fn, "func", fn), "__name__", "")
    return name in _ASKING


# Rearrangements whose MXNet gradient is a sum (started at +0) even where an element is used once.
_SUMMED = (_np.tile, _np.repeat, _repeated, _np.broadcast_to)


@rearrange_op.grad
def _(dy, out, *data, fn=None, index_fn=None):
    if getattr(fn, "func", fn) in (_repeated, _np.repeat):
        _refuse_empty_repeat_backward(data[0], fn.keywords["repeats"])
    sizes = [d.size for d in data]
    starts = _np.cumsum([0] + sizes)
    positions = [(_np.arange(n) + s).reshape(d.shape) for n, s, d in zip(sizes, starts, data)]
    try:
        source = _np.asarray((index_fn or fn)(*positions))
    except KernelError as e:        # the backward kernel fails as the forward did: the gradients carry it
        backward_kernel_error(message_of(e))
        return tuple(_np.zeros(d.shape, d.dtype) for d in data)
    if isinstance(dy, NDArray):     # a gradient to differentiate again (create_graph)
        return (_unpermuted(dy, source, data),)
    flat = _np.zeros(starts[-1], _np.result_type(dy))
    valid = source >= 0          # padded elements (position -1) come from no input
    taken, grads = source[valid].ravel(), _np.asarray(dy)[valid].ravel()
    counts = _np.bincount(taken, minlength=flat.size) if taken.size else taken
    summed = getattr(fn, "func", fn) in _SUMMED
    if taken.size and not summed and counts.max() == 1:
        flat[taken] = grads     # each element moved once: its gradient is copied (a -0 stays -0)
    elif taken.size and summed and flat.dtype.kind == "f" and counts.min() == counts.max():
        wide = getattr(fn, "func", fn) is _np.broadcast_to and flat.dtype == _np.float16     # (summed in float)
        flat[:] = _summed_in_order(taken, grads.astype(_np.float32) if wide else grads, counts[0])
    else:
        _np.add.at(flat, taken, grads)
    # (in the output gradient's dtype: a head gradient of another one that grad() passes through keeps it)
    return tuple(flat[s:s + n].reshape(d.shape) for s, n, d in zip(starts, sizes, data))


def _summed_in_order(taken, grads, count):
    """The gradients ``grads`` of the output elements summed into the input elements they were ``taken`` from (each
    ``count`` times), in the outputs' order, as MXNet's sum kernel reduces them (compensated)."""
    by_source = _np.argsort(taken, kind="stable")
    return kahan_sum(grads[by_source].reshape(-1, count).T, (0,))


def _unpermuted(dy, source, data):
    """The gradient of a permutation of one array's elements (transpose): the inverse permutation of ``dy``,
    recorded; other rearrangements have no recorded gradient (a TypeError for autograd)."""
    if len(data) != 1 or source.size != data[0].size or not _np.array_equal(_np.sort(source.ravel()),
                                                                           _np.arange(source.size)):
        raise TypeError("the gradient of a rearrangement that is no permutation is not recorded")
    order = _np.argsort(source.ravel())
    return _rearrange(functools.partial(_flat_take, order=order, shape=data[0].shape), dy)


def _flat_take(a, order, shape):
    return a.ravel()[order].reshape(shape)


# the NumPy function a rearrangement runs: the MXNet operator whose shape inference refuses unknown shapes
_OPERATORS = {"atleast_1d": "_np_atleast_1d", "atleast_2d": "_np_atleast_2d", "atleast_3d": "_np_atleast_3d",
              "flip": "_npi_flip", "_flip_each": "_npi_flip", "fliplr": "_npi_flip", "flipud": "_npi_flip",
              "expand_dims": "expand_dims", "tile": "tile", "repeat": "repeat", "reshape": "_np_reshape",
              "transpose": "_np_transpose", "squeeze": "_np_squeeze", "moveaxis": "_np_moveaxis", "roll": "_np_roll",
              "rot90": "_npi_rot90", "broadcast_to": "_npi_broadcast_to", "diagonal": "_np_diagonal"}


# the operators whose legacy shape inference infers nothing from an input of unknown sizes
_WHOLE_SHAPE_INFERENCE = frozenset({"_npi_stack", "tile", "_npi_broadcast_to", "_np_squeeze"})


def operator_of(fn):
    """The MXNet operator of the NumPy function a rearrangement runs (None if not known)."""
    name = getattr(getattr(fn, "func", fn), "__name__", "")
    return _OPERATORS.get(name) or _JOINS.get(name)


def _legacy_output(op, fn, arrays):
    """The output shape legacy shape inference gives operator ``op`` (running ``fn``) of ``arrays``, some of whose
    sizes (0) are unknown: each size ``fn`` computes from known sizes only; 1 (one unknown output) if it infers none.
    A reshape keeps its target as given."""
    ranked = all(isinstance(a, NDArray) and a.ndim for a in arrays)      # (an unknown rank infers nothing)
    if is_np_shape() or op in _WHOLE_SHAPE_INFERENCE or not ranked or all(a.size for a in arrays):
        return 1
    if op == "_np_reshape":
        return tuple(fn.keywords["newshape"])
    try:        # (two stand-ins for the unknown sizes: a size that differs between their results depends on one)
        first, second = (fn(*[_np.empty([d or size for d in a.shape], a.dtype) for a in arrays]).shape
                         for size in (2, 3))
    except Exception:   # noqa: BLE001  (a function refusing a stand-in: nothing inferred)
        return 1
    return tuple(x if x == y else 0 for x, y in zip(first, second)) if len(first) == len(second) else 1


def _rearrange(fn, *arrays, index_fn=None, shown=None):
    """``fn`` applied to ``arrays`` as one recorded ``_npi_rearrange``; ``shown``: the operator and attributes
    MXNet records for the call, as get_symbol shows it."""
    if shown is not None:
        fn = shown_as(functools.partial(fn), *shown)
    for a in arrays:
        if not isinstance(a, NDArray):
            raise TypeError(f"type {type_text(a)} not supported")
    op = operator_of(fn)
    if op is not None:
        refuse_legacy_scalars(op, arrays, dict(shown[1]) if shown is not None and shown[0] == op else (),
                              outputs=_legacy_output(op, fn, arrays))
    attrs = {"fn": fn} if index_fn is None else {"fn": fn, "index_fn": index_fn}
    try:
        return invoke_np(rearrange_op, arrays, attrs)
    except MXNetError as e:
        if e.__cause__ is None:
            raise
        name = getattr(getattr(fn, "func", fn), "__name__", "rearrange")
        shapes = ", ".join(str(a.shape) for a in arrays)
        raise MXNetError(f"{name} failed on arrays of shapes {shapes}: {e.__cause__}") from None


def _shape_arg(shape):
    return tuple(shape) if isinstance(shape, (list, tuple)) else (shape,)


def reshape(a, newshape, order=_Null, out=None):
    """``a`` with shape ``newshape`` (one entry may be -1); like MXNet 1.9.1, ``order`` is not read (recorded when
    given)."""
    return _reshaped(a, newshape, out, ("_np_reshape", {"newshape": newshape, **_if_given("order", order)}))


def _if_given(name, value):
    """The attribute ``name`` as MXNet's generated functions pass it: when the caller gave it (None too)."""
    return {} if value is _Null else {name: value}


def _reshaped(a, newshape, out, shown):
    if newshape is None:        # (MXNet's parser reads it as a shape of unknown rank)
        raise inference_failure("_np_reshape", [listed_shape(a.shape)], [None], [("newshape", "None")])
    newshape = _shape_arg(newshape)
    if shown[0] == "_np_reshape" and not a.ndim:       # (an unknown rank fails with the target shape inferred)
        refuse_unknown_shapes(shown[0], (a,), dict(shown[1]), outputs=newshape)
    reshaped = functools.partial(_np.reshape, newshape=newshape)
    if not is_np_shape() and a.ndim and not a.size:     # legacy shape semantics: an empty array's sizes are unknown
        if -1 not in newshape:
            return _into(out, _reshaped_unknown(a, newshape, reshaped, shown), types="assigned")
    else:
        _check_reshape(a.size, newshape)
    return _into(out, _rearrange(reshaped, a, shown=shown), types="assigned")


def _reshaped_unknown(a, newshape, reshaped, shown):
    """MXNet's reshape of an array of unknown sizes into a target of known ones: taken as it is; a target with
    elements fails its copy when read (once: the array then holds zeros)."""
    from .multiarray import INTERNAL, wrap_np
    size = int(_np.prod(newshape))
    if not size:
        with INTERNAL:
            return _rearrange(reshaped, a, shown=shown)
    return fails_when_read(wrap_np(_np.zeros(newshape, a.dtype), a.ctx),
                           f"Check failed: from.Size() == to.Size() (0 vs. {size}) : ",
                           site=("../src/operator/contrib/../tensor/./../mxnet_op.h", 737))



def ravel(x, order="C"):
    """``x`` flattened to one axis (MXNet refuses order 'F' and takes any other order as C)."""
    if order == "F":        # (an mx.np array compared with text: TypeError, as MXNet)
        raise NotImplementedError(f"order {order} is not supported")
    if isinstance(x, NDArray):
        refuse_legacy_scalars("_npx_reshape", (x,), {"newshape": -1})      # (MXNet flattens with npx's reshape)
    return _reshaped(x, (-1,), None, ("_npx_reshape", {"newshape": -1}))


def transpose(a, axes=_Null):
    """``a`` with its axes permuted (reversed when ``axes`` is None)."""
    return _transposed(a, None if axes is _Null else axes, _if_given("axes", axes))


def _transposed(a, axes, shown_attrs):
    if axes is not None:
        _check_transpose_axes(a.shape, tuple(axes))
    if a.ndim > TRANSPOSE_MAX_DIMS:
        raise located(MXNetError(transpose_dims_check(a.ndim)), ("../src/operator/numpy/np_matrix_op.cc", 52))
    return permuted(a, axes, ("_np_transpose", shown_attrs))


def _check_transposed_out(out, a, axes=None):
    """MXNet's shape inference of transpose's ``out=`` array (its number of dimensions, then the axes, then the
    input's shape inferred back from it), then its type inference (an elementwise assignment)."""
    if out.ndim != a.ndim:
        raise MXNetError(f"Check failed: out_shp.ndim() == shp.ndim() ({out.ndim} vs. {a.ndim}) : ")
    if axes is not None:
        _check_transpose_axes(a.shape, tuple(axes))
    order = range(a.ndim - 1, -1, -1) if axes is None else [ax % a.ndim for ax in axes]
    inferred = [0] * a.ndim
    for i, ax in enumerate(order):
        inferred[ax] = out.shape[i]
    if tuple(inferred) != a.shape:
        raise MXNetError(f"Shape inconsistent, Provided = {_shape_list(a.shape)}, inferred shape="
                         f"{_shape_list(inferred)}")
    if out.dtype != a.dtype:
        raise MXNetError("Check failed: assign(&dattr, vec.at(i)): Incompatible attr in node  at 0-th output: "
                         f"expected {inferred_type_name(a.dtype)}, got {inferred_type_name(out.dtype)}")


def permuted(a, axes=None, shown=None):
    """``a`` with its axes permuted, for the functions that transpose as a step of their own kernels."""
    return _rearrange(functools.partial(_np.transpose, axes=axes), a, shown=shown)


def _check_transpose_axes(shape, axes):
    """MXNet's checks of transpose's ``axes``, in its order: one per axis, each in range, none repeated."""
    ndim = len(shape)
    if len(axes) != ndim:
        raise MXNetError(f"Check failed: ndim == param.axes.ndim() ({ndim} vs. {len(axes)}) : The number of axes "
                         f"does not match the dimension of the tensor. axes = [{','.join(map(str, axes))}], input "
                         f"tensor shape = [{','.join(map(str, shape))}]")
    positive = [ax + ndim if ax < 0 else ax for ax in axes]
    for i, ax in enumerate(positive):
        if not 0 <= ax < ndim:
            raise MXNetError(f"Check failed: axes[i] >= 0 && axes[i] < ndim: axes[{i}]={ax} exceeds the range "
                             f"[0, {ndim})")
    if len(set(positive)) != len(axes):
        raise builtin_at(ValueError, f"ValueError: Check failed: axes_set.size() == axes.ndim() ({len(set(positive))} "
                         f"vs. {len(axes)}) : Repeated axis in transpose. param.axes = [{','.join(map(str, axes))}]",
                         ("../src/operator/numpy/np_matrix_op.cc", 76))


def swapaxes(a, axis1, axis2):
    """``a`` with two axes interchanged."""
    refuse_legacy_arrays("_npi_swapaxes", (a,))
    given = {"dim1": axis1, "dim2": axis2}
    # (read from their text, '1' too, in the order MXNet's parser reads them)
    axis2 = _read_value("SwapAxis", "dim2", "i", axis2, given, imperative=True)
    axis1 = _read_value("SwapAxis", "dim1", "i", axis1, given, imperative=True)
    if isinstance(a, NDArray) and a.ndim == 0:
        refuse_unknown_shapes("SwapAxis", (a,), given)     # (an unknown rank)
    for label, ax in (("axis1", axis1), ("axis2", axis2)):
        if isinstance(a, NDArray) and isinstance(ax, (int, _np.integer)) and not -a.ndim <= ax < a.ndim:
            raise MXNetError(f"{label}: Check failed: {label} >= 0 && {label} < shape0.ndim(): axis {ax} is out of "
                             f"bounds for array of ndim {a.ndim}")
    if isinstance(a, NDArray):     # (unknown sizes, without NumPy semantics: the swapped shape is inferred)
        swapped = list(a.shape)
        swapped[axis1], swapped[axis2] = swapped[axis2], swapped[axis1]
        refuse_unknown_shapes("SwapAxis", (a,), given, outputs=tuple(swapped))
    return _rearrange(functools.partial(_np.swapaxes, axis1=axis1, axis2=axis2), a, shown=("SwapAxis", given))


def moveaxis(a, source, destination):
    """``a`` with axes moved from ``source`` to ``destination`` (by MXNet's transpose)."""
    if isinstance(a, NDArray) and a.ndim > TRANSPOSE_MAX_DIMS:
        raise located(MXNetError(transpose_dims_check(a.ndim)), ("../src/operator/numpy/np_matrix_op.cc", 1246))
    if isinstance(a, NDArray) and a.ndim == 0 and not is_np_shape():
        _refuse_unknown_rank_move(source, destination)
    if isinstance(a, NDArray):
        _check_moved_axes(a.ndim, source, destination)
    shown = ("_np_moveaxis", {"source": source, "destination": destination})
    if source is None and destination is None:      # (two unknown shapes, of one rank: no axis moves)
        source = destination = ()
    return moved(a, source, destination, shown)


def _refuse_unknown_rank_move(source, destination):
    """Without NumPy shape semantics a 0-d array's rank is unknown (-1): past the check of the axes' counts,
    MXNet's moveaxis writes the first destination axis (a negative one counted from -1) into a shape of that
    rank, out of its range."""
    src, dst = (tuple(v) if isinstance(v, (tuple, list)) else (v,) for v in (source, destination))
    if src and len(src) == len(dst) and all(isinstance(v, (int, _np.integer)) for v in src + dst):
        index = dst[0] if dst[0] >= 0 else dst[0] - 1
        raise located(MXNetError(f"Check failed: i >= 0 && i < ndim(): index = {index} must be in range [0, -1)"),
                      ("../include/mxnet/tuple.h", 230))


def _check_moved_axes(ndim, source, destination):
    """MXNet's checks of moveaxis's axes, in its order and words: as many sources as destinations, each within the
    array's axes, none repeated."""
    src, dst = (tuple(v) if isinstance(v, (tuple, list)) else () if v is None else (v,) for v in (source, destination))
    if not all(isinstance(v, (int, _np.integer)) for v in src + dst):
        return      # (the attribute parser's refusals come first)
    ranks = [-1 if v is None else len(axes) for v, axes in ((source, src), (destination, dst))]   # (None: unknown)
    if ranks[0] != ranks[1]:
        raise MXNetError(f"Check failed: param.source.ndim() == param.destination.ndim() ({ranks[0]} vs. {ranks[1]}) "
                         ": source and destination not equal.")
    for pair in zip(src, dst):      # each source, then its destination (a negative one is not checked)
        for label, ax in zip(("source", "destination"), pair):
            if ax >= ndim:
                raise MXNetError(f"Check failed: static_cast<size_t>(param.{label}[i]) < ndim ({ax} vs. {ndim}) : ")
    below = next((ax for ax in src if ax < -ndim), None)
    if below is not None:       # (MXNet indexes its axes with it and crashes)
        raise MXNetError(f"Check failed: static_cast<size_t>(param.source[i]) < ndim ({below} vs. {ndim}) : ")
    for label, short, axes in (("source", "src", src), ("destination", "des", dst)):
        real = [ax + ndim if ax < 0 else ax for ax in axes]
        twice = next((ax for k, ax in enumerate(real) if ax in real[:k]), None)
        if twice is not None:
            raise MXNetError(f"Check failed: real_{short}[i] != real_{short}[j] ({twice} vs. {twice}) : repeated axis "
                             f"in `{label}` argument")
    below = next((ax + ndim for ax in dst if ax < -ndim), None)
    if below is not None:       # (a destination still negative after adding ndim indexes the new shape)
        raise located(MXNetError(f"Check failed: i >= 0 && i < ndim(): index = {below} must be in range [0, {ndim})"),
                      ("../include/mxnet/tuple.h", 230))


def moved(a, source, destination, shown=None):
    """``a`` with axes moved, for the functions that move axes as a step of their own kernels."""
    return _rearrange(functools.partial(_np.moveaxis, source=source, destination=destination), a, shown=shown)


def rollaxis(a, axis, start=0):
    """``a`` with ``axis`` rolled back until it lies before ``start``."""
    return _rearrange(functools.partial(_np.rollaxis, axis=axis, start=start), a)


def expand_dims(a, axis):
    """``a`` with a new axis of size 1 at ``axis`` (one axis, as MXNet 1.9.1 takes; its text '0' too)."""
    axis = attribute_value(axis, "axis")
    if isinstance(axis, bool) or not isinstance(axis, (int, _np.integer)):
        raise MXNetError(f"Invalid Parameter format for axis expect int but value='{axis!s}', in operator "
                         f'expand_dims(name="", axis="{axis}")')
    if isinstance(a, NDArray):
        expanded = functools.partial(_np.expand_dims, axis=axis)
        refuse_legacy_scalars("expand_dims", (a,), {"axis": axis},
                              outputs=_legacy_output("expand_dims", expanded, (a,)))
    if isinstance(a, NDArray) and not -a.ndim - 1 <= axis <= a.ndim:
        raise MXNetError(f"Check failed: axis >= 0 && axis <= indim: axis must be in the range [{-a.ndim}, {a.ndim}] "
                         f"({axis} provided)")
    return _rearrange(functools.partial(_np.expand_dims, axis=axis), a, shown=("expand_dims", {"axis": axis}))


def check_scalar_squeeze_axis(axis):
    """Refuse, with MXNet's errors, a squeeze ``axis`` of a 0-d array other than 0 or -1."""
    axes = tuple(axis) if isinstance(axis, (tuple, list)) else (axis,)
    if len(axes) != 1:
        raise MXNetError(f"Check failed: axes.ndim() == 1 ({len(axes)} vs. 1) : cannot specify more than one "
                         "axis for a scalar tensor")
    if axes[0] not in (0, -1):
        raise located(MXNetError(f"Check failed: axes[0] == 0 || axes[0] == -1: axis {axes[0]} is out of bounds of "
                                 "array of dimension 0"), ("../src/operator/numpy/np_matrix_op.cc", 420))


def squeeze(a, axis=_Null, out=None):
    """``a`` without its size-1 axes (or only ``axis``)."""
    return _squeezed(a, None if axis is _Null else axis, out, _if_given("axis", axis))


def _squeezed(a, axis, out, shown_attrs):
    if axis is not None and a.ndim == 0:        # MXNet: a scalar takes axis 0 or -1
        check_scalar_squeeze_axis(axis)
        axis = None
    if isinstance(a, NDArray) and a.ndim:      # (unknown sizes fail before the axes are checked)
        refuse_legacy_scalars("_np_squeeze", (a,), shown_attrs)
    if isinstance(axis, list):
        axis = tuple(axis)
    named = axis if isinstance(axis, tuple) else () if axis is None else (axis,)
    for ax in named:        # (checked axis by axis: an axis's length before a later axis's bounds)
        at = ax + a.ndim if ax < 0 else ax
        if not 0 <= at < a.ndim:
            raise located(MXNetError(f"Check failed: axes[i] {'>= 0' if at < 0 else '< dndim'} ({at} vs. "
                                     f"{0 if at < 0 else a.ndim}) : axis {ax} is out of bounds for array of dimension "
                                     f"{a.ndim}"), ("../src/operator/numpy/np_matrix_op.cc", 432 if at < 0 else 435))
        if a.shape[ax] != 1:
            raise squeeze_size_refusal(a.shape[ax])
    if isinstance(axis, tuple):         # MXNet squeezes an axis named twice once
        axis = tuple(sorted({ax % a.ndim for ax in axis}))
    return _into(out, _rearrange(functools.partial(_np.squeeze, axis=axis), a, shown=("_np_squeeze", shown_attrs)),
                 types="assigned")


def squeeze_size_refusal(size):
    """mx.np squeeze's error for an axis of length ``size`` (not 1) named to be squeezed out."""
    return located(MXNetError(f"Check failed: dshape[axes[i]] == 1 ({size} vs. 1) : cannot select an axis to "
                              f"squeeze out which has size={size} not equal to one"),
                   ("../src/operator/numpy/np_matrix_op.cc", 437))


def _join(fn, arrays, op="_npi_concatenate", **kwargs):
    """``fn`` joining ``arrays`` as MXNet's operator ``op``, whose type inference wants one dtype."""
    arrays = list(arrays)
    if not arrays:
        raise _no_arrays(_JOINS[fn.__name__], kwargs)
    _check_join_types(arrays, op)
    if "axis" in kwargs and kwargs["axis"] is None:     # (flattened first: each shape must be known)
        refuse_unknown_sizes(arrays)

    def joined(*xs):
        return fn(xs, **kwargs)
    joined.__name__ = fn.__name__
    shown = _JOINS.get(fn.__name__)
    return _rearrange(joined, *arrays, shown=None if shown is None else (shown, dict(kwargs, num_args=len(arrays))))


# the operators MXNet records for the joining functions
_JOINS = {"concatenate": "_npi_concatenate", "_appended": "_npi_concatenate", "stack": "_npi_stack",
          "hstack": "_npi_hstack", "vstack": "_npi_vstack", "dstack": "_npi_dstack",
          "column_stack": "_npi_column_stack"}
# each joining operator's description of its num_args
_JOIN_COUNTS = {"_npi_concatenate": "Number of inputs to be concated.", "_npi_stack": "Number of inputs to be stacked.",
                "_npi_hstack": "Number of inputs to be concated.", "_npi_vstack": "Number of inputs to be vstacked.",
                "_npi_dstack": "Number of inputs to be concated.",
                "_npi_column_stack": "Number of inputs to be column stacked"}


def _refuse_unknown_ranks(op, arrays, attrs=()):
    """Without NumPy shape semantics a 0-d array's rank is unknown: MXNet's shape inference of a join of only
    such arrays fails, before any check of the axis (``attrs``: (key, value) pairs, in MXNet's order)."""
    if arrays and all(isinstance(a, NDArray) and a.ndim == 0 for a in arrays):
        refuse_unknown_shapes(op, arrays, [("num_args", len(arrays)), *attrs])


def _no_arrays(op, attrs):
    """MXNet's parser refusing ``op`` given no arrays (num_args 0), in its words naming the op's attributes."""
    shown = "".join(f', {k}="{v}"' for k, v in attrs.items())
    return MXNetError(f"value 0 for Parameter num_args should be greater equal to 1\nnum_args: {_JOIN_COUNTS[op]}, in "
                      f'operator {op}(name="", num_args="0"{shown})')


def _check_join_types(arrays, op):
    """The first array of another dtype than the first refused in the words of ``op``'s type inference."""
    first = arrays[0].dtype if arrays else None
    k, other = next(((k, a.dtype) for k, a in enumerate(arrays) if a.dtype != first), (None, None))
    if k is None:
        return
    want, got = inferred_type_name(first), inferred_type_name(other)
    if op == "_npi_stack":
        raise MXNetError(f"Check failed: assign(&dattr, vec.at(i)): Incompatible attr in node  at {k}-th input: "
                         f"expected {want}, got {got}")
    if op in ("_npi_hstack", "_npi_dstack"):
        raise MXNetError(f"Check failed: in_type->at(i) == dtype || in_type->at(i) == -1: Non-uniform data type in "
                         f"{op}, expected data type {want}, got data type {got} for input {k}")
    raise MXNetError(f"Type inconsistent, Provided = {got}, inferred type = {want}")


def _shape_list(shape):
    return "[" + ",".join(map(str, shape)) + "]"


def _check_concat_shapes(arrays, axis, out=None):
    """MXNet's concatenate shape inference: each array must have ``axis`` (and so must ``out``), and the first
    one's shape elsewhere; then ``out`` the joined shape."""
    if not isinstance(axis, (int, _np.integer)) or isinstance(axis, bool):
        raise MXNetError(f"Invalid Parameter format for axis expect int or None but value='{axis!s}', in operator "
                         f'_npi_concatenate(name="", num_args="{len(arrays)}", axis="{axis}")')
    shaped = [a for a in arrays if a.ndim]      # (a 0-d array gives no shape to infer from)
    if not shaped or len(shaped) < len(arrays) and not is_np_shape():
        raise inference_failure("_npi_concatenate", [listed_shape(a.shape) for a in arrays], [None],
                                [("num_args", len(arrays)), ("axis", axis)])
    for a in shaped:
        if not -a.ndim <= axis < a.ndim:
            raise MXNetError(f"Check failed: axis < ndim && axis >= -ndim: axis {axis} exceeds the input dimension of "
                             f"{a.ndim}")
    if out is not None and not -out.ndim <= axis < out.ndim:
        raise MXNetError(f"Check failed: axis < ndim && axis >= -ndim: axis {axis} exceeds the input dimension of "
                         f"{out.ndim}")
    at, first = axis % shaped[0].ndim, shaped[0].shape
    _check_joined_shapes([first] + [a.shape for a in arrays], at, "assign", 653)
    if out is None:
        return
    if axis % out.ndim >= len(first):
        raise MXNetError(f"Check failed: i >= 0 && i < ndim(): index = {axis % out.ndim} must be in range "
                         f"[0, {len(first)})")
    joined = sum(a.shape[at] for a in arrays)
    if axis % out.ndim == at:
        _check_out_shape(out, first[:at] + (joined,) + first[at + 1:], "output")
    else:       # (MXNet's inference puts the joined size at out's axis, the other sizes unknown)
        _check_out_shape(out, tuple(joined if k == axis % out.ndim else -1 for k in range(len(first))), "output")


def _check_joined_shapes(shapes, axis, words, line=None):
    """The shapes of arrays joined along ``axis`` as MXNet's shape inference compares them with the first one's
    (its size along ``axis`` unknown), refusing in its ``words``: 'assign' (concatenate; hstack and dstack, which
    show the other shape's ``axis`` unknown too: 'assign_masked', at ``line`` of the source of the operator's
    check) or 'inconsistent' (vstack, column_stack)."""
    known = list(shapes[0])
    known[axis] = -1
    for shape in shapes[1:]:
        if len(shape) == len(known) and all(k in (-1, d) for k, d in zip(known, shape)):
            continue
        if words == "inconsistent":     # (a shape of another rank meets a wholly unknown one)
            inferred = known if len(shape) == len(known) else [-1] * len(known)
            raise MXNetError(f"Shape inconsistent, Provided = {_shape_list(shape)}, inferred shape="
                             f"{_shape_list(inferred)}")
        shown = list(shape)
        if words == "assign_masked" and axis < len(shown):
            shown[axis] = -1
        raise located(MXNetError(f"Check failed: shape_assign(&(*in_shape)[i], dshape): Incompatible input shape: "
                                 f"expected {_shape_list(known)}, got {_shape_list(shown)}"),
                      ("../src/operator/numpy/np_matrix_op.cc", line))


def _check_out(out, res, shapes="inconsistent", types="inconsistent"):
    """MXNet's shape and type inference of an ``out=`` array: the result's shape and dtype exactly, in the words
    of the operator's inference (``shapes`` "output": concat's; "assigned" or ``types`` "assigned": an elementwise
    assignment)."""
    _check_out_shape(out, res.shape, shapes)
    if out.dtype != res.dtype:
        if types == "assigned":
            raise MXNetError("Check failed: assign(&dattr, vec.at(i)): Incompatible attr in node  at 0-th output: "
                             f"expected {inferred_type_name(res.dtype)}, got {inferred_type_name(out.dtype)}")
        raise type_inconsistent(out.dtype, res.dtype)


def _check_out_shape(out, shape, shapes="inconsistent"):
    """MXNet's shape inference of an ``out=`` array: ``shape`` exactly (``shapes``: see _check_out)."""
    if out.shape != shape:
        if shapes == "assigned":
            raise MXNetError("Check failed: assign(&dattr, vec.at(i)): Incompatible attr in node  at 0-th output: "
                             f"expected {_shape_list(shape)}, got {_shape_list(out.shape)}")
        if shapes == "output":
            raise MXNetError(f"Check failed: shape_assign(&(*out_shape)[0], dshape): Incompatible output shape: "
                             f"expected {_shape_list(shape)}, got {_shape_list(out.shape)}")
        raise MXNetError(f"Shape inconsistent, Provided = [{','.join(map(str, out.shape))}], inferred shape="
                         f"[{','.join(map(str, shape))}]")


def _into(out, res, **words):
    """``res``, or ``out`` holding a copy of it (of its exact shape and dtype) when ``out`` is given (``words``:
    see _check_out)."""
    if out is None:
        return res
    _check_out(out, res, **words)
    return written_into(out, res)


def written_into(out, res):
    """``out`` (checked) holding ``res``; recorded, ``out`` is the result in the graph, as MXNet's op writes it."""
    from ..autograd import is_recording
    if is_recording() and res._node is not None:
        return invoke_np("_copy", (res,), out=out)
    if not write_carrying(out, res, lambda: out._data.__setitem__(Ellipsis, res._data)):
        out._data[...] = res._data
    return out


def concatenate(seq, axis=0, out=None):
    """Arrays joined along an existing axis (``axis=None`` flattens them first; the texts '0' and 'None' read
    as the operator's parser reads them)."""
    seq, axis = list(seq), attribute_value(axis, "axis")
    arrays = seq and all(isinstance(a, NDArray) for a in seq)
    out_shaped = isinstance(out, NDArray) and arrays and all(a.ndim for a in seq)     # (inferred before types)
    if axis is not None and arrays:
        _check_concat_shapes(seq, axis, out if out_shaped else None)
    elif out_shaped:
        _check_out_shape(out, (sum(a.size for a in seq),), "output")
    return _into(out, _join(_np.concatenate, seq, axis=axis), shapes="output")


def _stack_kernel(arrays, axis):
    """MXNet's stack kernel: every array is read in the first one's shape; one of another size is found
    by the kernel, so the result (placeholders) fails when it is read."""
    first = arrays[0]
    ax = _np.core.numeric.normalize_axis_index(axis, first.ndim + 1)
    for i, a in enumerate(arrays[1:], 1):
        if a.size != first.size:
            raise KernelError("TBlob.get_with_shape: Check failed: this->shape_.Size() == static_cast<size_t>("
                              f"shape.Size()) ({a.size} vs. {first.size}) : new and old shape do not match total "
                              "elements",
                              _np.zeros(first.shape[:ax] + (len(arrays),) + first.shape[ax:], first.dtype))
    return _np.stack([a.reshape(first.shape) for a in arrays], axis=ax)


_stack_kernel.__name__ = "stack"


def stack(arrays, axis=0, out=None):
    """Arrays joined along a new axis (as MXNet, same-sized arrays are read in the first one's shape)."""
    arrays = list(arrays)
    if axis is None:
        from .operator_text import in_operator
        raise MXNetError("Invalid Parameter format for axis expect int but value='None'"
                         f"{in_operator('stack', stack, (arrays,), {'axis': axis})}")
    _refuse_unknown_ranks("_npi_stack", arrays, [("axis", axis)])
    ndim = arrays[0].ndim + 1 if arrays and isinstance(arrays[0], NDArray) else None
    if ndim is not None and isinstance(axis, (int, _np.integer)) and not -ndim <= axis < ndim:
        raise MXNetError(f"Check failed: axis < ndim && axis >= -ndim: axis {axis} exceeds the input dimension of "
                         f"{ndim}")
    if isinstance(out, NDArray) and ndim is not None:     # (shapes are inferred before types)
        first = arrays[0].shape
        at = axis % ndim
        _check_out_shape(out, first[:at] + (len(arrays),) + first[at:])
    res = _join(_stack_kernel, arrays, "_npi_stack", axis=axis)
    if out is not None:
        _check_out(out, res, types="assigned")
        failure = carried_error(res)
        if failure is None:
            return written_into(out, res)
        out._data[...] = data_to_write(res)
        return with_error(out, failure)
    return res


def _stacked_shapes(arrays, shaped, axis_of, words, line=None):
    """MXNet's shape checks of arrays stacked by ``shaped`` (atleast_2d, ...) along ``axis_of(ndim)`` (see
    _check_joined_shapes)."""
    arrays = list(arrays)
    if arrays and all(isinstance(a, NDArray) for a in arrays):
        shapes = [shaped(_np.empty(a.shape, _np.bool_)).shape for a in arrays]
        axis = axis_of(len(shapes[0]))      # (the first array's; each array is checked to have it)
        short = next((len(s) for s in shapes if axis >= len(s)), None)
        if short is not None:
            raise MXNetError(f"Check failed: axis < ndim && axis >= -ndim: axis {axis} exceeds the input dimension of "
                             f"{short}")
        _check_joined_shapes(shapes, axis, words, line)
    return arrays


def hstack(arrays):
    """Arrays joined along their second axis (the first for 1-D arrays)."""
    arrays = list(arrays)
    _refuse_unknown_ranks("_npi_hstack", arrays)
    arrays = _stacked_shapes(arrays, _np.atleast_1d, lambda ndim: 0 if ndim == 1 else 1, "assign_masked", 508)
    return _join(_np.hstack, arrays, "_npi_hstack")


def vstack(arrays, out=None):
    """Arrays joined along their first axis (1-D arrays as rows)."""
    arrays = list(arrays)
    _refuse_unknown_ranks("_npi_vstack", arrays)
    return _join(_np.vstack, _stacked_shapes(arrays, _np.atleast_2d, lambda ndim: 0, "inconsistent"))


def row_stack(arrays):
    """``vstack`` under its other name (which takes no ``out``)."""
    return vstack(arrays)


def dstack(arrays):
    """Arrays joined along their third axis."""
    arrays = list(arrays)
    _refuse_unknown_ranks("_npi_dstack", arrays)
    arrays = _stacked_shapes(arrays, _np.atleast_3d, lambda ndim: 2, "assign_masked", 569)
    return _join(_np.dstack, arrays, "_npi_dstack")


def column_stack(tup):
    """1-D arrays as columns of a 2-D array (2-D arrays joined as they are)."""
    def as_columns(a):
        return a.reshape(-1, 1) if a.ndim < 2 else a
    tup = list(tup)
    _refuse_unknown_ranks("_npi_column_stack", tup)
    return _join(_np.column_stack, _stacked_shapes(tup, as_columns, lambda ndim: 1, "inconsistent"))


def append(arr, values, axis=None):
    """``values`` appended to ``arr`` (both flattened when ``axis`` is None)."""
    if axis is not None and isinstance(arr, NDArray) and isinstance(values, NDArray):
        _check_concat_shapes([arr, values], axis)
    return _join(_appended, (arr, values), axis=axis)


def _appended(pair, axis):
    """NumPy's append of ``pair``: MXNet records it as a concatenation."""
    return _np.append(pair[0], pair[1], axis=axis)


def _sections(ary, indices_or_sections, axis, even, operator):
    n = ary.shape[axis]
    if isinstance(indices_or_sections, (int, _np.integer)):
        k = int(indices_or_sections)
        if even and n % k:
            raise ValueError("array split does not result in an equal division")
        if k <= 0:          # no sections: MXNet's shape inference wants the axis empty
            if n:
                inferred = ary.shape[:axis] + (0,) + ary.shape[axis + 1:]
                raise MXNetError(f"Shape inconsistent, Provided = {_dims(ary.shape)}, inferred shape="
                                 f"{_dims(inferred)}")
            return [0]
        size, extra = divmod(n, k)
        return _np.cumsum([0] + [size + 1] * extra + [size] * (k - extra))
    if n == 0:            # MXNet cuts an empty axis into empty parts wherever they were to start
        return [0] * (len(indices_or_sections) + 2)
    if not all(isinstance(i, (int, _np.integer)) and not isinstance(i, bool) for i in indices_or_sections):
        raise MXNetError(f"Invalid Parameter format for indices expect Shape(tuple) but value="
                         f"'{[0] + list(indices_or_sections)}', in operator {operator(indices_or_sections)}")
    bounds = [0] + [int(i) for i in indices_or_sections] + [n]
    for i, (start, end) in enumerate(zip(bounds[:-1], bounds[1:])):
        if start > end:
            raise MXNetError(f"Check failed: start <= end: start {start} is not less than end {end}for subarray {i}")
        if end > n:
            raise MXNetError(f"Check failed: end <= ishape[real_axis]: end {end} is no less than the size of the "
                             f"axis {n}")
    return bounds


def _dims(shape):
    return "[" + ",".join(map(str, shape)) + "]"


def _split(ary, indices_or_sections, axis, even, op="_split_v2"):
    refuse_legacy_arrays("_npi_hsplit" if op == "_npi_hsplit" else "_npi_split", (ary,))
    ndim = len(ary.shape)
    if even:        # MXNet's split reads the axis length in Python first (an IndexError, or a TypeError for text)
        ary.shape[axis]
    if not isinstance(indices_or_sections, (int, _np.integer, tuple, list, set)):
        raise ValueError("indices_or_sections must be either int, or tuple / list / set of ints")
    if isinstance(ary, NDArray) and ary.ndim == 0:
        refuse_unknown_shapes("_split_v2", (ary,))     # (an unknown rank, without NumPy semantics)
    if axis >= ndim:
        raise MXNetError(f"Check failed: param.axis < dshape.ndim() ({axis} vs. {ndim}) : ")
    if axis < -ndim:
        raise MXNetError(f"Check failed: i >= 0 && i < ndim(): index = {axis + ndim} must be in range "
                         f"[0, {ndim})")
    given, axis = axis, axis % ndim
    shown = 1 if op == "_npi_hsplit" else given     # (hsplit's operator is told axis 1 for a 1-D array too)
    if isinstance(indices_or_sections, bool) and not even:      # (its parser reads a number of sections as an int)
        raise MXNetError(f"Invalid Parameter format for sections expect int but value='{indices_or_sections}', in "
                         f'operator {op}(name="", squeeze_axis="False", sections="{indices_or_sections}", '
                         f'axis="{shown}", indices="[]")')
    sections = "" if even else ', sections="0"'
    bounds = _sections(ary, indices_or_sections, axis, even, lambda indices: (
        f'{op}(name="", squeeze_axis="False"{sections}, axis="{shown}", indices="{[0] + list(indices)}")'))
    if not isinstance(ary, NDArray):        # (a NumPy array passes the checks made in Python, not the C API's)
        raise AssertionError(f"Argument data must have NDArray type, but got {ary!s}")
    starts = [int(b) for b in bounds[:-1]]
    if starts and all(0 <= lo <= hi <= ary.shape[axis] for lo, hi in zip(bounds[:-1], bounds[1:])):
        # MXNet's one operator (new arrays: writing into a section leaves ``ary`` alone)
        parts = invoke_np("_split_v2", (ary,), with_shown({"indices": tuple(starts), "axis": axis},
                                                          _split_given(indices_or_sections, starts, given, even), op))
        return list(parts) if isinstance(parts, (tuple, list)) else [parts]
    from .indexing import getitem
    pre = (slice(None),) * axis
    return [getitem(ary, pre + (slice(int(lo), int(max(lo, hi))),)).copy() for lo, hi in zip(bounds[:-1], bounds[1:])]


def _split_given(indices_or_sections, starts, axis, even):
    """A split's attributes as MXNet records them: the sections' starts (or, for a number of uneven sections,
    that number)."""
    if even:
        return {"axis": axis, "indices": starts, "squeeze_axis": False}
    if isinstance(indices_or_sections, (int, _np.integer)):
        return {"axis": axis, "indices": [], "sections": indices_or_sections, "squeeze_axis": False}
    return {"axis": axis, "indices": starts, "sections": 0, "squeeze_axis": False}


def split(ary, indices_or_sections, axis=0):
    """``ary`` split into equal sections (or at the given indices) along ``axis``."""
    return _split(ary, indices_or_sections, axis, True)


def array_split(ary, indices_or_sections, axis=0):
    """``ary`` split into nearly equal sections (or at the given indices) along ``axis``."""
    return _split(ary, indices_or_sections, axis, False)


def hsplit(ary, indices_or_sections):
    """``array_split`` along the second axis (the first for 1-D arrays): MXNet 1.9.1 allows unequal sections."""
    if len(ary.shape) == 0:
        raise ValueError("hsplit only works on arrays of 1 or more dimensions")
    return _split(ary, indices_or_sections, 1 if ary.ndim > 1 else 0, False, "_npi_hsplit")


def vsplit(ary, indices_or_sections):
    """``split`` along the first axis."""
    if ary.ndim < 2:
        raise ValueError("vsplit only works on arrays of 2 or more dimensions")
    return split(ary, indices_or_sections, axis=0)


def dsplit(ary, indices_or_sections):
    """``split`` along the third axis."""
    if ary.ndim < 3:
        raise ValueError("dsplit only works on arrays of 3 or more dimensions")
    return split(ary, indices_or_sections, axis=2)


def tile(A, reps):  # noqa: N803  (NumPy's name)
    """``A`` repeated ``reps`` times along each axis (NumPy's own result for a scalar ``A``, as MXNet gives)."""
    if isinstance(A, (int, float, bool, _np.generic)):
        return _np.tile(A, reps)
    given = tuple(reps) if isinstance(reps, (tuple, list)) else () if reps is None else (reps,)   # (None: no reps)
    if not all(isinstance(r, (int, _np.integer)) and not isinstance(r, bool) for r in given):
        raise MXNetError(f"Invalid Parameter format for reps expect Shape(tuple) but value='{reps!s}', in operator "
                         f'tile(name="", reps="{reps}")')
    if isinstance(A, NDArray):      # MXNet's shape check of the tiled shape (sizes times repetitions, right-aligned)
        n = max(A.ndim, len(given))
        dims = [d * r for d, r in zip((1,) * (n - A.ndim) + A.shape, (1,) * (n - len(given)) + given)]
        low = next((d for d in dims if d < -1), None)
        if low is not None:
            raise MXNetError(negative_size_text(low))
        if -1 in dims:      # (an unknown size)
            raise MXNetError("Operator tile inferring shapes failed.")
    return _rearrange(functools.partial(_np.tile, reps=given), A, shown=("tile", {"reps": reps}))


def repeat(a, repeats, axis=_Null):
    """Each element of ``a`` repeated ``repeats`` times (along ``axis``, or flattened)."""
    given_axis, axis = _if_given("axis", axis), None if axis is _Null else axis
    if not isinstance(repeats, (int, _np.integer)):
        given = "" if not given_axis else f'axis="{axis}", '
        raise MXNetError(f"Invalid Parameter format for repeats expect int but value='{repeats!s}', in operator "
                         f'repeat(name="", {given}repeats="{repeats}")')
    if repeats < 0:
        raise MXNetError(f"Check failed: *repeats >= 0 ({repeats} vs. 0) : repeats cannot be a negative number")
    shown = {"repeats": repeats, **given_axis}
    refuse_legacy_arrays("repeat", (a,))
    if isinstance(a, NDArray) and not a.ndim:
        refuse_unknown_shapes("repeat", (a,), shown)     # (an unknown rank fails before the axis is checked)
    if axis is not None and not -a.ndim <= axis < a.ndim:
        raise MXNetError(f"Check failed: axis >= 0 && axis < ndims: axis = {axis} out of bounds")
    if repeats == 0:            # MXNet 1.9.1 gives an empty vector for any axis (whatever sizes it knows)
        from .multiarray import INTERNAL
        with INTERNAL:
            return _rearrange(lambda d: d.ravel()[:0], a)
    if axis is None:        # (flattened: each size must be known)
        refuse_unknown_sizes((a,))
    repeated = functools.partial(_np.repeat, repeats=repeats, axis=axis)
    refuse_unknown_shapes("repeat", (a,), shown, outputs=_legacy_output("repeat", repeated, (a,)))
    if axis is None:
        return _rearrange(functools.partial(_np.repeat, repeats=repeats), a, shown=("repeat", shown))
    return _rearrange(functools.partial(_repeated, repeats=repeats, axis=axis), a, shown=("repeat", shown))


def _repeat_method(self, repeats, axis=None):
    """``repeat`` as the ndarray method, which MXNet records with its axis even when None."""
    return show_as_method(repeat(self, repeats, axis), {"repeats": repeats, "axis": axis})


def flip(m, axis=None, out=None):
    """``m`` with the order of elements along ``axis`` reversed (MXNet 1.9.1 takes no negative axes); its
    kernel checks the axes, so an empty array comes back as it is whatever they are."""
    refuse_unknown_shapes("_npi_flip", (m,), {"axis": axis}, outputs=m.shape or 1)   # (0-d or empty, legacy shapes)
    if out is not None:     # (inferred before the kernel checks the axes)
        _check_out(out, m, shapes="assigned", types="assigned")
    if m.size == 0:
        res = _rearrange(_np.copy, m)
    else:
        axes = () if axis is None else (axis,) if isinstance(axis, (int, _np.integer)) else tuple(axis)
        refused = _flip_refusal(axes, m.ndim)
        if refused:     # (MXNet's kernel checks the axes: raised when the result is read)
            res = fails_when_read(_rearrange(_np.copy, m), refused, op="_npi_flip")
        else:
            res = _rearrange(_np.flip if axis is None else functools.partial(_flip_each, axes=axes), m,
                             shown=("_npi_flip", {"axis": axis}))
    return res if out is None else written_into(out, res)


def _flip_refusal(axes, ndim):
    """MXNet's flip kernel's words for ``axes`` it cannot flip (axes beyond, then negative ones), or None."""
    beyond = next((ax for ax in axes if ax >= ndim), None)
    if beyond is not None:
        return (f"Check failed: axis < ishape.ndim() ({beyond} vs. {ndim}) : axis {beyond} is out of bounds for array "
                f"of dimension {ndim}\n")
    negative = next((ax for ax in axes if ax < 0), None)
    if negative is not None:
        return f"Check failed: i >= 0 && i < ndim(): index = {negative} must be in range [0, {ndim})"
    return None


def _flip_each(x, axes):
    """``x`` flipped along each of ``axes`` in turn (an axis given twice flips back, as in MXNet's kernel)."""
    for ax in axes:
        x = _np.flip(x, ax)
    return x


def _flipped(fn, m, axis):
    """``fn(m)``; an empty array with no axis ``axis`` comes back as it is (MXNet's kernel, which checks the
    axis, does not run for it)."""
    if m.size == 0 and m.ndim <= axis:
        return _rearrange(_np.copy, m)
    if isinstance(m, NDArray) and m.ndim <= axis:       # the flip kernel's check, raised when read
        refuse_legacy_scalars("_npi_flip", (m,), outputs=m.shape or 1)
        return fails_when_read(_rearrange(_np.copy, m), _flip_refusal((axis,), m.ndim), op="_npi_flip")
    return _rearrange(fn, m, shown=("_npi_flip", {"axis": axis}))


def fliplr(m):
    """``m`` flipped left-right (along its second axis)."""
    return _flipped(_np.fliplr, m, 1)


def flipud(m):
    """``m`` flipped up-down (along its first axis)."""
    return _flipped(_np.flipud, m, 0)


def roll(a, shift, axis=_Null):
    """``a`` with its elements rolled by ``shift`` along ``axis`` (flattened when None)."""
    given_axis, axis = _if_given("axis", axis), None if axis is _Null else axis
    if shift is None:       # MXNet's operator reads a None shift as a missing one
        raise MXNetError("roll missing 1 required positional argument: 'shift'.")
    if isinstance(shift, (tuple, list)) and len(shift) == 1:     # MXNet reads a one-item shift as a number
        shift = shift[0]
    if isinstance(shift, (tuple, list)) and axis is None:
        raise MXNetError("shift must be an int.")
    if isinstance(shift, (tuple, list)) and len(shift) != (len(axis) if isinstance(axis, (tuple, list)) else 1):
        raise located(MXNetError("shift and `axis` must be a tuple of the same size."),
                      ("../src/operator/numpy/np_matrix_op.cc", 1129))
    if isinstance(axis, (tuple, list)) and not axis:      # (MXNet reads the last of no axes)
        raise located(MXNetError("Check failed: i >= 0 && i < ndim(): index = -1 must be in range [0, 0)"),
                      ("../include/mxnet/tuple.h", 230))
    if axis is not None and isinstance(a, NDArray):
        _check_roll_axes(a, tuple(axis) if isinstance(axis, (tuple, list)) else (axis,))
    return _rearrange(functools.partial(_np.roll, shift=shift, axis=axis), a,
                      shown=("_np_roll", {"shift": shift, **given_axis}))


def _check_roll_axes(a, given):
    """MXNet's checks of roll's axes (each below zero gets ndim added once, then sorted): none repeated, none at or
    past ndim, none left below zero."""
    n, dims = a.ndim, ",".join(map(str, a.shape))
    axes = sorted(ax + n if ax < 0 else ax for ax in given)
    site = "../src/operator/numpy/np_matrix_op.cc"
    repeated = next((x for x, y in zip(axes, axes[1:]) if x == y), None)
    if repeated is not None:
        raise located(MXNetError(f"Check failed: axes[i - 1] < axes[i] ({repeated} vs. {repeated}) : axes have "
                                 f"duplicates [{','.join(map(str, axes))}]"), (site, 1144))
    if axes[-1] >= n:
        raise located(MXNetError(f"Check failed: axes[axes.ndim() - 1] < ndim ({axes[-1]} vs. {n}) : axis {axes[-1]} "
                                 f"Exceeds input dimensions [{dims}]"), (site, 1147))
    if axes[0] < 0:
        raise located(MXNetError(f"Check failed: axes[0] >= 0 ({axes[0]} vs. 0) : Reduction axis "
                                 f"[{','.join(map(str, given))}] Exceeds input dimensions [{dims}]"), (site, 1150))


def rot90(m, k=1, axes=(0, 1)):
    """``m`` rotated by 90 degrees ``k`` times in the plane of ``axes``; as MXNet 1.9.1's backward, the
    gradient is the output gradient rotated ``k`` times more (not back), which differs for odd ``k``."""
    if not isinstance(k, (int, _np.integer)):
        raise MXNetError(f"Invalid Parameter format for k expect int but value='{k!s}', in operator _npi_rot90")
    if isinstance(m, NDArray) and not _check_rot90_axes(m.ndim, _rot90_axes(axes, k), k):
        return _rearrange(_np.copy, m)      # (MXNet copies a whole turn before it reads the plane's sizes)
    res = _rearrange(functools.partial(_np.rot90, k=k, axes=axes), m,
                     index_fn=functools.partial(_np.rot90, k=-k, axes=axes),
                     shown=("_npi_rot90", {"k": k, "axes": axes}))
    if m.ndim > TRANSPOSE_MAX_DIMS:     # its kernel transposes
        return fails_when_read(res, "Transpose support at most 6 dimensions")
    return res


def _rot90_axes(axes, k):
    """rot90's axes as MXNet's parser reads them: one number is one axis, None no axes, anything but integers
    refused."""
    if axes is None:
        return ()
    if isinstance(axes, (int, _np.integer)) and type(axes) is not bool:
        return (int(axes),)
    if isinstance(axes, str) or type(axes) is bool or \
            not all(isinstance(a, (int, _np.integer)) and type(a) is not bool for a in axes):
        raise MXNetError(f"Invalid Parameter format for axes expect Shape or None but value='{axes!s}', in operator "
                         f'_npi_rot90(name="", axes="{axes}", k="{k}")')
    return tuple(int(a) for a in axes)


def _check_rot90_axes(n, axes, k):
    """MXNet's checks of rot90's plane, in its words: whether the plane is valid (its range check lets an axis
    equal to ndim pass, which a whole turn never reads; other turns fail indexing the shape with it)."""
    if len(axes) != 2:
        raise located(MXNetError("The length of axes must be 2."), ("../src/operator/numpy/np_matrix_op.cc", 1295))
    first, second = (ax + n if ax < 0 else ax for ax in axes)
    if first == second:
        raise MXNetError(f"Check failed: real_axes[0] != real_axes[1] ({first} vs. {second}) : axes have duplicates "
                         f"[{first},{second}]")
    if not (0 <= first <= n and 0 <= second <= n):
        raise MXNetError("Axes out of range for array of ndim")
    beyond = next((ax for ax in (first, second) if ax >= n), None)
    if beyond is not None and k % 4:        # (a half turn's kernel reads the shape at the other place)
        raise located(MXNetError(f"Check failed: i >= 0 && i < ndim(): index = {beyond} must be in range [0, {n})"),
                      ("../include/mxnet/tuple.h", 244 if k % 4 == 2 else 230))
    return beyond is None


def broadcast_to(array, shape):
    """``array`` broadcast to ``shape`` (a scalar fills an array of that shape, as ``full``)."""
    if isinstance(array, (int, float, bool, _np.generic)):
        return _full(shape, array)
    if shape is None:       # (read as a shape of unknown rank)
        raise MXNetError(f"Check failed: ishape.ndim() <= param.shape.ndim() ({array.ndim} vs. -1) : shape "
                         f"[{','.join(map(str, array.shape))}] is not broadcastable to None")
    given, shape = shape, with_copied_sizes(array.shape, _shape_arg(shape))
    _check_broadcastable(array.shape, shape)
    return _rearrange(functools.partial(_np.broadcast_to, shape=shape), array,
                      shown=("_npi_broadcast_to", {"shape": given}))


def broadcast_arrays(*args):
    """The arrays broadcast against each other (the arrays themselves when their shapes are all equal); their
    shapes are folded pair by pair, as MXNet folds them."""
    from ..ndarray.indexing import _broadcast_pair
    shape = functools.reduce(_broadcast_pair, (a.shape for a in args), ())
    if all(a.shape == shape for a in args):
        return list(args)
    return [broadcast_to(a, shape) for a in args]


def _no_input_positions(*positions):
    """An ``index_fn`` saying no output element comes from an input (one -1 for all): the gradient is zero."""
    return _np.array(-1)


def zero_gradient(fn, *arrays):
    """``fn(*arrays)`` recorded with a zero gradient, as MXNet's operators registered without one."""
    return _rearrange(fn, *arrays, index_fn=_no_input_positions)


_INPUT_COUNT_SITE = ("../src/api/operator/numpy/../../../imperative/imperative_utils.h", 371)


def _atleast(fn, arys, num_args=_Null):
    """``fn`` of each array of ``arys``; ``num_args``: their count as a keyword gives it to MXNet's operator, which
    parses it and checks it against the arrays given."""
    op = f"_np_{fn.__name__}"
    text = len(arys) if num_args is _Null else num_args
    count = attribute_value(text, "int")
    if not isinstance(count, (int, _np.integer)) or isinstance(count, bool):
        raise MXNetError(f"Invalid Parameter format for num_args expect int but value='{text!s}', in operator "
                         f"{op}(name=\"\", num_args=\"{text!s}\")")
    if count < 1:
        raise MXNetError(f"value {count} for Parameter num_args should be greater equal to 1\nnum_args: Number of "
                         f"input arrays., in operator {op}(name=\"\", num_args=\"{text!s}\")")
    if count != len(arys):
        raise located(MXNetError(f"Check failed: num_inputs == infered_num_inputs ({len(arys)} vs. {count}) : "
                                 f"Operator {op} expects {count} inputs, but got {len(arys)} instead."),
                      _INPUT_COUNT_SITE)
    if all(isinstance(a, NDArray) for a in arys):     # (shapes are inferred before types, each output's in turn)
        refuse_unknown_shapes(f"_np_{fn.__name__}", arys, [("num_args", len(arys))],
                              outputs=[fn(_np.empty(a.shape, _np.bool_)).shape for a in arys])
    for i, a in enumerate(arys[1:], 1):     # one operator for all: its type inference asks one dtype
        if isinstance(a, NDArray) and isinstance(arys[0], NDArray) and a.dtype != arys[0].dtype:
            raise MXNetError(f"Check failed: assign(&dattr, vec.at(i)): Incompatible attr in node  at {i}-th input: "
                             f"expected {inferred_type_name(arys[0].dtype)}, got {inferred_type_name(a.dtype)}")
    res = [zero_gradient(fn, a) for a in arys]      # MXNet's atleast_*d pass back no gradient
    return res[0] if len(res) == 1 else res


def atleast_1d(*arys, **num_args):
    """The arrays with at least one dimension (a ``num_args`` keyword: their count)."""
    return _atleast(_np.atleast_1d, arys, **num_args)


def atleast_2d(*arys, **num_args):
    """The arrays with at least two dimensions (a ``num_args`` keyword: their count)."""
    return _atleast(_np.atleast_2d, arys, **num_args)


def atleast_3d(*arys, **num_args):
    """The arrays with at least three dimensions (a ``num_args`` keyword: their count)."""
    return _atleast(_np.atleast_3d, arys, **num_args)


for _function in (atleast_1d, atleast_2d, atleast_3d):      # (MXNet's signature: the keyword is its operator's)
    _function.__signature__ = inspect.Signature([inspect.Parameter("arys", inspect.Parameter.VAR_POSITIONAL)])


# The keywords each mode takes, and the one value MXNet 1.9.1 accepts for the non-constant ones.
_PAD_OPTIONS = {"constant": ("constant_values",), "edge": (), "maximum": ("stat_length",),
                "minimum": ("stat_length",), "reflect": ("reflect_type",), "symmetric": ("reflect_type",)}
_PAD_ACCEPTED = {"reflect_type": ("even", None), "stat_length": (None,)}


def _check_pad_options(mode, options):
    """Refuse, with MXNet's errors, keywords ``mode`` does not take and values MXNet's kernel does not have."""
    for key in options:
        if key not in _PAD_OPTIONS[mode]:
            raise ValueError(f"{key} keyword not in allowed keywords {list(_PAD_OPTIONS[mode])}")
    for key, value in options.items():
        if key == "constant_values" and isinstance(value, tuple):
            raise TypeError("unsupported constant_values type: {'tuple'}.")
        if key in _PAD_ACCEPTED and value not in _PAD_ACCEPTED[key]:
            raise ValueError(f"unsupported {key} '{value}'")


def pad(x, pad_width=None, mode="constant", **kwargs):
    """``x`` padded by ``pad_width`` (a tuple of (before, after) pairs) in NumPy's modes constant, edge,
    reflect, symmetric, maximum, minimum; MXNet 1.9.1 pads 'constant' with zeros whatever ``constant_values``."""
    if not _integral(pad_width):
        raise TypeError("`pad_width` must be of integral type.")
    if not isinstance(pad_width, tuple):
        raise TypeError("`pad_width` must be tuple.")
    if mode in ("mean", "median", "wrap", "linear_ramp", "empty"):      # MXNet checks the mode, then the array
        raise ValueError(f"mode {{{mode!r}}} is not supported.")
    if mode not in ("constant", "edge", "reflect", "symmetric", "maximum", "minimum"):
        raise KeyError(mode)
    if not isinstance(x, NDArray):
        raise AssertionError(f"Argument data must have NDArray type, but got {x!s}")
    _check_pad_options(mode, kwargs)
    shown = {"constant_value": 0} if mode == "constant" else {"reflect_type": "even"} \
        if mode in ("reflect", "symmetric") else {}
    shown.update(mode=mode, pad_width=pad_width)
    if mode == "constant":      # (the value is handed over as text, parsed, and then not used)
        from ..ndarray.param_text import read_value
        given = dict(pad_width=pad_width, mode=mode, constant_value=kwargs.get("constant_values", 0))
        read_value("_npi_pad", "constant_value", "d", given["constant_value"], attrs=given, imperative=True)
    pad_width = _pad_pairs(x.ndim, pad_width)
    copied = "constant" if mode in ("edge", "maximum", "minimum") and not x.size else mode    # (MXNet's kernel
    fill = {"constant_values": 0} if copied == "constant" else {}       # copies no element into an empty array's pad)
    positions = _np.pad if mode == "constant" else _unsupported_pad_gradient
    res = _rearrange(functools.partial(_np.pad, pad_width=pad_width, mode=copied, **fill), x,
                     index_fn=functools.partial(positions, pad_width=pad_width, mode="constant", constant_values=-1),
                     shown=("_npi_pad", shown))
    if mode == "constant" and res._node is not None and not res._node[0].is_leaf:
        from ..autograd import reserve_sequence
        reserve_sequence(1)         # MXNet records a step before its constant pad, which takes the next number
        res._node[0].seq += 1
    if x.ndim > KERNEL_MAX_DIMS:
        return fails_when_read(res, too_many_dims(x.ndim), site=("../src/operator/numpy/./np_pad_op-inl.h", 787))
    return res


def _integral(pad_width):
    """Whether ``pad_width`` makes an integer NumPy array (ragged nesting makes NumPy 1.23's object array)."""
    try:
        return _np.asarray(pad_width).dtype.kind == "i"
    except ValueError:
        return False


def _pad_pairs(ndim, pad_width):
    """The (before, after) pair of each axis as MXNet's kernel reads ``pad_width`` (for a 1-D array a flat pair, or
    the first items of its pairs; a number stands for a one-item pair), refusing in its words an axis or a pair's
    second item it misses."""
    if ndim == 0:
        raise located(MXNetError("Pad does not exist."), ("../src/operator/numpy/np_pad_op.cc", 47))
    if ndim == 1 and len(pad_width) == 2 and all(isinstance(w, (int, _np.integer)) for w in pad_width):
        return (tuple(pad_width),)
    pairs = [tuple(w) if isinstance(w, (tuple, list)) else (w,) for w in pad_width]
    if ndim == 1 and all(isinstance(w, (tuple, list)) for w in pad_width):     # a 1-D array reads them by column
        pairs = [tuple(column) for column in zip(*pairs)]
    for i in reversed(range(ndim)):     # (MXNet's shape function reads the last axis first)
        index, size = (i, len(pairs)) if i >= len(pairs) else (len(pairs[i]), len(pairs[i]))
        if i >= len(pairs) or size < 2:
            raise located(MXNetError(f"Check failed: i >= 0 && i < ndim(): index = {index} must be in range [0, "
                                     f"{size})"), ("../include/mxnet/./tuple.h", 244))
    return tuple(pair[:2] for pair in pairs[:ndim])     # (the first pair of each axis, and no more)


def _unsupported_pad_gradient(positions, **how):
    """MXNet's pad backward has the constant mode only: its error, found when the gradient is read (which reads
    as zeros)."""
    backward_kernel_error("Other modes are not supported. ")
    return _np.pad(positions, **how)


def _squeeze_method(self, axis=None):
    """``squeeze`` with MXNet's method parameters (no ``out``)."""
    return _squeezed(self, axis, None, {"axis": axis})


_squeeze_method.__name__, _squeeze_method.__qualname__ = "squeeze", "ndarray.squeeze"
_repeat_method.__name__, _repeat_method.__qualname__ = "repeat", "ndarray.repeat"


def _reshape_method(self, *args, **kwargs):
    """This array with a new shape, given as a tuple or as separate integers (C order only, as MXNet's)."""
    shape = args
    if len(kwargs) > 1:
        raise TypeError("function takes at most 1 keyword argument")
    if kwargs and "order" not in kwargs:
        raise TypeError("'dict_keys' object is not subscriptable")      # MXNet's own slip naming the keyword
    order = kwargs.get("order", "C")
    if order != "C":
        raise NotImplementedError(f"only supports C-order, while received {order}")
    if not shape:
        raise TypeError("reshape() takes exactly 1 argument (0 given)")
    if len(shape) == 1 and isinstance(shape[0], tuple):
        shape = shape[0]
    if not all(isinstance(d, (int, _np.integer)) and not isinstance(d, bool) for d in shape):
        raise MXNetError(f"Invalid Parameter format for newshape expect Shape(tuple) but value='{shape!s}', in operator "
                         f"_np_reshape(name=\"\", order=\"C\", newshape=\"{shape}\")")
    return _reshaped(self, shape, None, ("_np_reshape", {"newshape": tuple(shape), "order": order}))


def _transpose_method(self, *axes):
    """This array with its axes permuted (reversed when none are given)."""
    if len(axes) == 1 and (isinstance(axes[0], (list, tuple)) or axes[0] is None):
        axes = axes[0]      # (an empty tuple or list given is checked against the array's axes)
    elif not axes:
        axes = None
    if axes and not all(isinstance(v, (int, _np.integer)) and not isinstance(v, bool) for v in axes):
        raise MXNetError(f"Invalid Parameter format for axes expect Shape(tuple) but value='{axes!s}', in operator "
                         f'_np_transpose(name="", axes="{axes}")')      # (its text: each axis as repr shows it)
    return _transposed(self, axes, {"axes": axes})


def _reshape_view_method(self, *shape, **kwargs):
    """A view of this array's memory in a new shape: the legacy NDArray's reshape (its special codes, keywords
    and checks), as MXNet's mx.np.ndarray inherits it."""
    return NDArray.reshape(self, *shape, **kwargs)


def _slice_assign_method(self, rhs, begin, end, step):
    """``rhs`` written into ``self[begin:end:step]`` in place (an mx.np array only, as MXNet's _npi_slice_assign
    takes); returns ``self``."""
    refuse_legacy_arrays("_npi_slice_assign", (rhs,))
    return NDArray.slice_assign(self, rhs, begin, end, step)


def _slice_assign_scalar_method(self, value, begin, end, step):
    """``value`` written into ``self[begin:end:step]`` in place; returns ``self``."""
    return NDArray.slice_assign_scalar(self, value, begin, end, step)


_slice_assign_method.__name__, _slice_assign_method.__qualname__ = "slice_assign", "ndarray.slice_assign"
_slice_assign_scalar_method.__name__ = "slice_assign_scalar"
_slice_assign_scalar_method.__qualname__ = "ndarray.slice_assign_scalar"


def _flatten_method(self, order="C"):
    """A flat copy of this array (C order only, as MXNet's)."""
    if order != "C":
        raise NotImplementedError(f"only supports C-order, while received {order}")
    return _reshaped(self, (-1,), None, ("_np_reshape", {"newshape": (-1,), "order": order}))


ndarray.reshape = _reshape_method
ndarray.reshape_view = _reshape_view_method
ndarray.slice_assign = _slice_assign_method
ndarray.slice_assign_scalar = _slice_assign_scalar_method
ndarray.transpose = _transpose_method
ndarray.flatten = _flatten_method
ndarray.squeeze = _squeeze_method
for _f in (swapaxes, tile):
    setattr(ndarray, _f.__name__, as_method(_f))
ndarray.repeat = _repeat_method


def _broadcast_to_method(self, shape):
    """This array broadcast to ``shape``: mx.np.broadcast_to, with its parameter checks."""
    from .. import numpy as mxnp
    return mxnp.broadcast_to(self, shape)


_broadcast_to_method.__name__, _broadcast_to_method.__qualname__ = "broadcast_to", "ndarray.broadcast_to"
ndarray.broadcast_to = _broadcast_to_method
