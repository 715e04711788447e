"""Shape operators: reshape, transpose and friends, with their gradients."""
import math
import operator

import numpy as np

from ..base import MXNetError, located, message_of, negative_size_text
from .. import autograd as _ag
from .ndarray import NDArray, _wrap
from .registry import defop, invoke, unbroadcast
from .failures import outside_operators
from .kernel_folds import refuse_reduce_folds
from .shape_text import axis_exceeds, inference_failure, inferred_dims, legacy_dim, provided
from .ops_select import linear_grad, no_bool
from .views import note_alias, note_view
from ..util import is_np_shape


def infer_reshape(src, shape, reverse=False, exact=True):
    """Resolve MXNet's reshape codes 0, -1, -2, -3, -4 against the source shape (of the same size
    unless ``exact`` is False)."""
    src, shape = list(src), list(shape)
    if reverse:     # MXNet reads both lists back to front, a -4's two sizes included
        return tuple(infer_reshape(src[::-1], shape[::-1], exact=exact)[::-1])
    try:
        return _resolve_codes(src, shape, exact)
    except IndexError:
        raise MXNetError(f"reshape: the codes in {tuple(shape)} refer to more dimensions than the input shape "
                         f"{tuple(src)} has") from None


def _resolve_codes(src, shape, exact):
    out, i, j, inferred_at = [], 0, 0, None
    while j < len(shape):
        code = shape[j]
        if code == 0:
            if i >= len(src):
                raise MXNetError(f"Check failed: src_idx < dshape_len ({i} vs. {len(src)}) : ")
            out.append(src[i]); i += 1
        elif code == -1:
            if inferred_at is not None:
                raise MXNetError(f"Check failed: inf_idx < 0 ({inferred_at} vs. 0) : One and only one dim can be "
                                 "inferred")
            inferred_at = j
            out.append(1); i += 1
        elif code == -2:
            out.extend(src[i:]); i = len(src)
        elif code == -3:
            if i >= len(src) - 1:
                raise MXNetError(f"Check failed: src_idx < dshape_len-1 ({i} vs. {len(src) - 1}) : ")
            out.append(src[i] * src[i + 1]); i += 2
        elif code == -4:
            if j + 2 >= len(shape):
                raise MXNetError(f"Check failed: i + 2 < params_len ({j + 2} vs. {len(shape)}) : ")
            if i >= len(src):       # (the words of code 0's check, at the split's own line)
                raise located(MXNetError(f"Check failed: src_idx < dshape_len ({i} vs. {len(src)}) : "),
                              ("../src/operator/tensor/./matrix_op-inl.h", 133))
            a, b = shape[j + 1], shape[j + 2]
            if a == -1 and b == -1:
                raise MXNetError("Check failed: d1 != -1 || d2 != -1: Split dims cannot both be -1.")
            if a == -1:
                a = src[i] // b
            if b == -1:
                b = src[i] // a
            if a * b != src[i]:
                raise MXNetError("Check failed: d1 * d2 == static_cast<IType>(d0) || static_cast<IType>(d0) == "
                                 f"IType(-1): Split dims {a}, {b} do not divide original dim {src[i]}")
            out.extend([a, b]); i += 1; j += 2
        else:
            if code < -1:
                raise MXNetError(negative_size_text(code))
            out.append(code); i += 1
        j += 1
    # As MXNet, the inferred size goes to the slot numbered like the -1 among the codes: after a -4 (three
    # codes, two sizes) that is a later slot, or none, and the -1's own slot keeps its placeholder 1.
    if inferred_at is not None and inferred_at < len(out):
        known = int(math.prod(out))
        out[inferred_at] = int(math.prod(src)) // known if known else 0
    if exact and int(math.prod(out)) != int(math.prod(src)):
        raise MXNetError(f"reshape: cannot reshape an array of shape {tuple(src)} into {tuple(shape)}")
    return tuple(out)


def _legacy_target(src, target_shape, keep_highest):
    """The deprecated ``target_shape``: a single 0 is inferred; ``keep_highest`` keeps the first axis. MXNet takes
    the target's size to infer the 0 (a -1 or lower there is refused), then checks every size is at least -1."""
    target = [int(d) for d in target_shape]
    start = 1 if keep_highest else 0
    if keep_highest and target:
        target[0] = src[0]
    zeros = [i for i in range(start, len(target)) if target[i] == 0]
    if len(zeros) == 1:
        target[zeros[0]] = 1
        for d in target:
            _check_known_size(d)
        for d in src:       # (a legacy 0 size of the input is unknown: its Size() refuses it)
            _check_known_size(legacy_dim(d))
        target[zeros[0]] = int(math.prod(src)) // int(math.prod(target))
    for d in target:
        _check_size_code(d)
    if any(d < 0 for d in target):
        raise inference_failure("Reshape", [src], [tuple(target)])
    return tuple(target)


def _check_size_code(d, site=("../include/mxnet/tuple.h", 420)):
    if d < -1:
        raise located(MXNetError(negative_size_text(d)), site)


def _check_known_size(d):
    """A size taken by the shape's own Size(), which the operator's header inlines (hence its ./ path)."""
    _check_size_code(d, ("../include/mxnet/./tuple.h", 420))
    if d == -1:
        raise located(MXNetError("Check failed: dim_size_is_known(*it): Shape dim size cannot be a negative value -1"),
                      ("../include/mxnet/./tuple.h", 525))


_ONEDNN_COPIES = frozenset(np.dtype(t) for t in (np.float32, np.uint8, np.int8))    # the types oneDNN reshapes


def _copied_by_onednn(data):
    """Whether MXNet's reshape copies ``data`` with oneDNN (which does not compare sizes): its types, at most 4-D."""
    return data.dtype in _ONEDNN_COPIES and data.ndim <= 4


def _note_target_shape_deprecated():
    """MXNet's shape inference logs this whenever ``shape`` is empty, target_shape given or not."""
    from ..io.io import core_log
    core_log("../src/operator/tensor/./matrix_op-inl.h:204", "Using target_shape will be deprecated.")


@defop("reshape", aliases=("Reshape",))
def reshape(data, shape=None, reverse=False, *, target_shape=None, keep_highest=False):
    """``data`` with a new shape; MXNet's special codes 0/-1/-2/-3/-4 are understood.

    MXNet's shape inference does not compare the sizes: its oneDNN copy (float32, uint8, int8) takes the leading
    elements of a smaller target (a larger one is refused here, where MXNet reads past the data); its copy of the
    other types fails when the result is read.
    """
    from .failures import KernelError       # (failures found by the copy: raised when the result is read)
    if isinstance(shape, (int, np.integer)):      # MXNet reads shape=6 as (6,)
        shape = (int(shape),)
    if not shape and not _ag._state.graph_forward:     # (a bound graph logged it when it inferred shapes)
        _note_target_shape_deprecated()
    if not shape and target_shape:
        target = _legacy_target(data.shape, target_shape, keep_highest)
    else:
        target = infer_reshape(data.shape, shape or (), reverse, exact=False)
    size = int(math.prod(target))
    if size != data.size and not _copied_by_onednn(data):
        raise KernelError(f"Check failed: from.Size() == to.Size() ({data.size} vs. {size}) : ",
                          np.zeros(target, data.dtype))
    if size and not data.size:     # oneDNN's copy of an empty input (which MXNet never allocated)
        raise KernelError("Check failed: delay_alloc: ", np.zeros(target, data.dtype))
    if target == () and data.ndim and _copied_by_onednn(data):      # (oneDNN has no 0-d memory; 0-d data is
        # copied by MXNet's own kernel)
        raise KernelError("MKLDNN doesn't support 0 dimensions",
                          np.zeros((), data.dtype))
    if size > data.size:
        raise MXNetError(f"reshape: target shape size is larger than the current shape: target shape {target} "
                         f"(size {size}), current shape {data.shape} (size {data.size})")
    if size < data.size:
        return data.reshape(-1)[:size].reshape(target)
    return data.reshape(target)


reshape.shows_add_requests = True


@reshape.grad
def _(dy, out, x, shape=None, reverse=False, *, target_shape=None, keep_highest=False, needs=(True,), adds_into=()):
    if not needs[0]:
        return None
    if dy.size == x.size:
        return dy.reshape(x.shape)
    # a shrunk reshape: MXNet's backward copies the gradient whole, which its size check refuses, but adds it
    # into the leading elements of a variable's own 'add' buffer
    if not (adds_into and adds_into[0]):
        from .failures import backward_kernel_error
        backward_kernel_error(f"Check failed: from.Size() == to.Size() ({dy.size} vs. {x.size}) : ")
        return np.zeros(x.shape, dy.dtype)      # (the gradients carry the error)
    g = np.zeros(x.size, dy.dtype)
    g[:dy.size] = dy.reshape(-1)
    return g.reshape(x.shape)


@defop("transpose")
def transpose(data, axes=()):
    """``data`` with its axes permuted (reversed by default)."""
    if data.ndim > 6:
        raise located(MXNetError(f"Check failed: shp.ndim() <= 6 ({data.ndim} vs. 6) : Transpose support at most 6 "
                                 "dimensions"), ("../src/operator/tensor/./matrix_op-inl.h", 459))
    if axes is None:        # MXNet reads an explicit None as a shape of unknown rank
        raise MXNetError("Check failed: std: :max(shp.ndim(), out_shp.ndim()) == param.axes.ndim() "
                         f"({data.ndim} vs. -1) : ")
    axes = tuple(axes)
    if axes and len(axes) != data.ndim:
        raise MXNetError("Check failed: std: :max(shp.ndim(), out_shp.ndim()) == param.axes.ndim() "
                         f"({data.ndim} vs. {len(axes)}) : ")
    for a in axes:
        if a >= data.ndim:
            raise MXNetError("Check failed: param.axes[i] < static_cast<int64_t>(shp.ndim()): ")
        if a < 0:
            raise MXNetError(f"Check failed: i >= 0 && i < ndim(): index = {a} must be in range [0, {data.ndim})")
    if data.dtype == np.bool_:      # (its kernel's type switch, after shape inference, which takes axes repeated)
        from .failures import KernelError
        raise KernelError("Unknown type enum 7", np.zeros([data.shape[a] for a in axes or reversed(range(data.ndim))],
                                                          np.bool_))
    return np.transpose(data, axes or None)


@transpose.grad
def _(dy, out, x, axes=()):
    return dy.transpose(tuple(np.argsort(axes))) if axes else dy.transpose()     # (dy: numpy or, recording, NDArray)


@defop("expand_dims")
def expand_dims(data, *, axis):
    """``data`` with a new axis of length 1 at ``axis``."""
    if not -data.ndim - 1 <= axis <= data.ndim:
        raise MXNetError(f"Check failed: axis >= 0 && axis <= indim: axis must be in the range [{-data.ndim}, "
                         f"{data.ndim}] ({axis} provided)")
    return np.expand_dims(data, axis)


@expand_dims.grad
def _(dy, out, x, *, axis):
    return dy.reshape(x.shape)


@defop("Flatten", aliases=("flatten",))
def flatten(data):
    """``data`` collapsed to 2-D: (batch, everything else); a 0-d array has no batch axis (MXNetError)."""
    if not data.ndim:
        raise MXNetError("Check failed: i >= 0 && i < ndim(): index = 0 must be in range [0, 0)")
    flat = data.reshape(data.shape[0], int(np.prod(data.shape[1:])))     # -1 cannot be inferred at size 0
    if not data.size and is_np_shape():      # (its copy reads an empty input, which MXNet never allocated)
        from .failures import KernelError
        raise KernelError("Check failed: delay_alloc: ", flat)
    return flat


@flatten.grad
def _(dy, out, x):
    return dy.reshape(x.shape)


def _shape_args(args, kwargs, key):
    if key in kwargs:
        return kwargs.pop(key)
    if len(args) == 1 and (isinstance(args[0], (tuple, list)) or args[0] is None):
        return args[0]
    return tuple(args)


def _reshape_method(self, *shape, **kwargs):
    """``x.reshape((2, 3))`` or ``x.reshape(2, 3)``; MXNet codes and ``reverse`` accepted."""
    if not shape and not kwargs.get("shape"):
        raise AssertionError("Shape must be provided.")
    unknown = [k for k in kwargs if k not in ("shape", "reverse")]
    if unknown:
        raise TypeError(f"Got unknown keywords in reshape: {', '.join(unknown)}. "
                        "Accepted keyword arguments are 'shape' and 'reverse'.")
    if len(shape) == 1 and shape[0] is None:        # MXNet hands (None,) to C as int64s
        operator.index(None)
    shape = _shape_args(shape, kwargs, "shape")
    if not hasattr(shape, "__len__"):      # (MXNet's method counts the sizes first)
        raise TypeError(f"object of type '{type(shape).__name__}' has no len()")
    for size in (shape,) if isinstance(shape, str) else shape:
        operator.index(size)    # MXNet hands the sizes to C as int64s: Python's TypeError for a non-integer
    try:
        target = infer_reshape(self.shape, shape, kwargs.get("reverse", False), exact=False)
    except MXNetError as e:
        raise _checked_by_c_api(e) from None
    size = int(math.prod(target))
    if size != self.size:
        _refuse_resize(self.shape, size, shape)
    if self._node is None and size == self.size and (not self._data.ndim or not self._data.size or not target):
        out = _wrap(self._data, self._ctx)      # MXNet reshapes outside its operators: 0-d or empty arrays work
    else:       # recorded as MXNet's C API records it: the resolved shape, written as its TShape prints
        with outside_operators():
            out = invoke(reshape, (self,), {"shape": _recorded_shape(target) if _ag.is_recording() else target})
    out._data = self._data.reshape(target)     # a view, as in MXNet (the operator's result is a copy)
    note_view(out._data, self._data)
    note_alias(out, self)
    out._ctx = self._ctx        # it stays in the array's (pinned or shared) memory
    if not self.writable:
        out.writable = self.writable    # MXNet's method makes the new array with its array's flag
    return out


# MXNet's C API resolves a reshape method's codes with its own copy of the operator's inline shape functions
_C_API_COPIES = {"../src/operator/tensor/./matrix_op-inl.h": "../src/c_api/../operator/tensor/matrix_op-inl.h",
                 "../include/mxnet/tuple.h": "../include/mxnet/./tuple.h"}


def _checked_by_c_api(error):
    """``error`` of the reshape operator's code resolution, located where the method's call into C raises it."""
    from ..error_sites import site_of
    words = message_of(error)
    site = getattr(error, "raised_at", None) or site_of(words)
    if site is None or not site[0]:
        return error
    return located(MXNetError(words), (_C_API_COPIES.get(site[0], site[0]), site[1]))


def same_size_refusal(size, target_size):
    """MXNet's NDArray::Reshape check under NumPy shape semantics: a view keeps every element."""
    return MXNetError(f"NDArray.Reshape: Check failed: shape_.Size() == shape.Size() ({size} vs. {target_size}) : "
                      "target shape must have the same size as current shape.")


def _refuse_resize(current, target_size, shape):
    """MXNet's refusal of a reshape method call to ``target_size`` elements from an array of shape ``current``:
    its C API checks the sizes alike under NumPy shape semantics, else refuses a larger size first, then any
    change while recording; then the method refuses to drop elements."""
    size = math.prod(current)
    if is_np_shape():
        raise same_size_refusal(size, target_size)
    if target_size > size:
        raise MXNetError(f"NDArray.Reshape: Check failed: shape_.Size() >= shape.Size() ({size} vs. {target_size}) : "
                         "target shape size is larger than the current shape")
    if _ag.is_recording():
        raise MXNetError(f"NDArray.Reshape: Check failed: shape_.Size() == shape.Size() ({size} vs. {target_size}) : "
                         "target shape must have the same size as current shape when recording with autograd.")
    # (the method's size is numpy's product of the shape: 1.0 for a 0-d array)
    raise ValueError(f"Cannot reshape array of size {np.prod(current)} into shape {shape}")


def _recorded_shape(target):
    from ..symbol.graph import _SpeltTuple
    return _SpeltTuple(target, "[" + ",".join(str(d) for d in target) + "]")


def _transpose_method(self, *args, **kwargs):
    """``x.transpose()``, ``x.transpose((1, 0))`` or ``x.transpose(axes=(1, 0))``."""
    if len(args) > 3:       # MXNet's method calls nd.transpose(self, *args): Python refuses more than its 4
        raise TypeError(f"transpose() takes from 0 to 4 positional arguments but {len(args) + 1} were given")
    if args and "axes" in kwargs:
        raise TypeError("transpose() got multiple values for argument 'axes'")
    if len(args) > 1:       # MXNet passes the second positional argument on as out= (the third as name=)
        if args[1] is not None and not isinstance(args[1], NDArray):
            len(args[1])        # (Python's TypeError for a value without a length, as MXNet's count of outputs)
        if args[1] is not None:
            kwargs = dict(kwargs, out=args[1])
        args = args[:1]
    if len(args) == 1 and type(args[0]) not in (tuple, list):
        axes = args[0]      # (handed on as given: text the parser reads, or refuses in its words)
    else:
        axes = _shape_args(args, kwargs, "axes")
    return transpose(self, **kwargs) if axes == () else transpose(self, axes=axes, **kwargs)  # (): recorded without axes


def _flatten_method(self, inplace=False):
    """``x.flatten()``: a 2-D copy; with ``inplace=True`` a view of ``x``."""
    return self.reshape((0, -1)) if inplace else flatten(self)


def _expand_dims_method(self, axis, inplace=False):
    """``x.expand_dims(axis)``: a copy with a new axis; with ``inplace=True`` a view of ``x``."""
    if not inplace:
        return expand_dims(self, axis=axis)
    shape = list(self.shape)
    assert -len(shape) - 1 <= axis <= len(shape), f"axis {axis} is out of range for {len(shape)}d array"
    shape.insert(axis + len(shape) + 1 if axis < 0 else axis, 1)
    return self.reshape(shape)


def _squeeze_method(self, axis=None, inplace=False):
    """``x.squeeze(axis)``: a copy without size-1 axes; with ``inplace=True`` a view of ``x``."""
    if not inplace:
        return squeeze(self, axis=axis)
    shape = list(self.shape)
    axes = [axis] if isinstance(axis, int) else axis
    if axes:
        assert len(axes) == len(set(axes)), f"axis {axes} contains duplicate which is not allowed."
        resolved = [a if a >= 0 else a + len(shape) for a in axes]     # (before the range checks, as MXNet's)
        for a in axes:
            assert -len(shape) <= a < len(shape), f"axis {a} is out of range for {len(shape)}d array"
            assert shape[a] == 1, f"Squeeze target axis {a} must be size 1, got {shape[a]}."
        drop = set(resolved)
    else:
        drop = {i for i, s in enumerate(shape) if s == 1}
    return self.reshape([s for i, s in enumerate(shape) if i not in drop] or [1])


def _diag_method(self, k=0, **kwargs):
    """``x.diag(k)``: MXNet's method takes the offset alone positionally, the axes by keyword."""
    return diag(self, k=k, **kwargs)


NDArray.reshape = _reshape_method
NDArray.transpose = _transpose_method
NDArray.flatten = _flatten_method
NDArray.expand_dims = _expand_dims_method
NDArray.squeeze = _squeeze_method
NDArray.diag = _diag_method


# ---- broadcasting ---------------------------------------------------------------------------
def _check_axis(axis, ndim, op):
    """MXNet's broadcast_axis and reverse take non-negative axes only."""
    if not 0 <= axis < ndim:
        raise MXNetError(f"{op}: axis {axis} must be in range [0, {ndim})")
    return axis


@defop("broadcast_to")
def broadcast_to(data, *, shape=()):
    """``data`` broadcast to ``shape``; a 0 in ``shape`` keeps that dimension."""
    if shape is None:       # (MXNet reads None as a shape of unknown rank)
        raise MXNetError(f"broadcast_to: Check failed: ishape.ndim() == param.shape.ndim() ({data.ndim} vs. -1) : "
                         f"Operand of shape {inferred_dims(data.shape)} cannot be broadcasted to None")
    shape = (int(shape),) if isinstance(shape, (int, np.integer)) else tuple(shape)
    if len(shape) != data.ndim:
        raise MXNetError(f"broadcast_to: Check failed: ishape.ndim() == param.shape.ndim() ({data.ndim} vs. "
                         f"{len(shape)}) : Operand of shape {inferred_dims(data.shape)} cannot be broadcasted to "
                         f"{provided(shape)}")
    target = tuple(s if t == 0 else t for s, t in zip(data.shape, shape))
    if any(s != t and s != 1 for s, t in zip(data.shape, target)):
        raise MXNetError(f"broadcast_to: Check failed: ishape[i] == oshape[i] || ishape[i] == 1: Array cannot be "
                         f"broadcasted from {inferred_dims(data.shape)} to {provided(shape)}")
    return _broadcast("broadcast_to", data, target)


def _broadcast(name, data, target):
    """``data`` broadcast to the shape ``target`` by MXNet's broadcast kernel (which folds the axes as its
    reduce kernel does)."""
    result = np.broadcast_to(data, target).copy()
    refuse_reduce_folds(name, target, data.shape, result)
    return result


@broadcast_to.grad
def _(dy, out, data, *, shape):
    return _reduced_back(dy, data)


def _reduced_back(dy, data):
    """The gradient of a broadcast: MXNet's sum kernel reduces it to ``data``'s shape, from 0 even where nothing is
    reduced (so a -0.0 comes back as +0)."""
    g = unbroadcast(dy, data)
    return g + g.dtype.type(0) if isinstance(g, np.ndarray) and g.dtype.kind == "f" else g


def _axis_target(shape, axis, size):
    """The shape broadcast_axis makes, checked as MXNet's shape inference checks it."""
    axes = (axis,) if isinstance(axis, int) else () if axis is None else tuple(axis)
    sizes = (size,) if isinstance(size, int) else () if size is None else tuple(size)
    ranks = [-1 if given is None else len(read) for given, read in ((axis, axes), (size, sizes))]    # (None: unknown)
    if ranks[0] != ranks[1]:
        raise MXNetError(f"Check failed: param.axis.ndim() == param.size.ndim() ({ranks[0]} vs. {ranks[1]}) : ")
    target = list(shape)
    for a, s in zip(axes, sizes):
        if not 0 <= a < len(shape):
            raise MXNetError(f"Check failed: i >= 0 && i < ndim(): index = {a} must be in range [0, {len(shape)})")
        if target[a] != 1:      # (an axis given twice is broadcast already)
            raise MXNetError(f"Check failed: oshape[param.axis[i]] == 1U ({target[a]} vs. 1) : Broadcasting axis must "
                             "have size 1")
        target[a] = s
    first = next((d for d in target if d < 0), 0)       # the sizes are checked as the result's shape is assigned
    _check_size_code(first)
    if first == -1:
        raise MXNetError("Check failed: dim_size_is_known(*it): Shape dim size cannot be a negative value -1")
    return tuple(target)


def _single_axis(axis):
    return isinstance(axis, int) or axis is not None and len(axis) == 1


@defop("broadcast_axis", aliases=("broadcast_axes",), methods=("broadcast_axes",))
def broadcast_axis(data, *, axis=(), size=()):
    """``data`` broadcast along the size-1 axes ``axis`` to the lengths ``size``."""
    if not data.size and not is_np_shape():
        return data     # legacy: an unknown (0) size fails shape inference first (the registry refuses it)
    target = _axis_target(data.shape, axis, size)
    if _single_axis(axis):      # MXNet's one-axis kernel has no bool; several axes (or none) take the general one
        no_bool("broadcast_axis", data)
    return _broadcast("broadcast_axis", data, target)


@broadcast_axis.grad
def _(dy, out, data, *, axis=(), size=()):
    return _reduced_back(dy, data)


def _as_axes(axes):
    return (axes,) if isinstance(axes, (int, np.integer)) else tuple(axes)


def _like_target(lshape, rshape, lhs_axes, rhs_axes):
    if lhs_axes is None or rhs_axes is None:      # MXNet uses the axes only when both are given
        if len(lshape) != len(rshape):
            raise MXNetError(f"broadcast_like: Check failed: lhs_shape.ndim() == rhs_shape.ndim() ({len(lshape)} vs. "
                             f"{len(rshape)}) : Operand of shape {inferred_dims(lshape)} cannot be broadcasted to "
                             f"{inferred_dims(rshape)}")
        # legacy shapes: a 0 size of rhs is unknown, and lhs keeps its own size there
        target = rshape if is_np_shape() else tuple(r or l for l, r in zip(lshape, rshape))
    else:
        lhs_axes, rhs_axes = _as_axes(lhs_axes), _as_axes(rhs_axes)     # (a single int is a 1-d shape)
        if len(lhs_axes) != len(rhs_axes):
            raise MXNetError("broadcast_like: Check failed: rhs_axes.ndim() == lhs_axes.ndim(): Input_axis and "
                             "other_axis size does not match")
        if len(lhs_axes) == 0:
            raise MXNetError("broadcast_like: Check failed: lhs_axes.ndim() > 0: Empty axes tuple is not allowed")
        target = list(lshape)
        for i, (given_la, given_ra) in enumerate(zip(lhs_axes, rhs_axes)):
            la = given_la + len(lshape) if given_la < 0 else given_la
            ra = given_ra + len(rshape) if given_ra < 0 else given_ra
            if not 0 <= la < len(lshape):
                raise MXNetError(f"Check failed: copyfrom >= 0 && copyfrom < oshape.ndim(): Invalid dimension "
                                 f"specified in lhs_axes: {given_la}")
            if not 0 <= ra < len(rshape):
                raise MXNetError(f"Check failed: copyto >= 0 && copyto < rhs_shape.ndim(): Invalid dimension "
                                 f"specified in rhs_axes: {given_ra}")
            if lshape[la] != 1:     # (an axis of the same size is refused too)
                raise MXNetError(f"Check failed: lhs_shape[copyfrom] == 1: Input axis {given_la} at dimension {i} "
                                 f"cannot be broadcasted to {rshape[ra]}")
            target[la] = rshape[ra]
        return tuple(target)
    if any(a != b and a != 1 for a, b in zip(lshape, target)):
        raise MXNetError(f"broadcast_like: Check failed: lhs_shape[i] == rhs_shape[i] || lhs_shape[i] == 1: Array "
                         f"cannot be broadcasted from {inferred_dims(lshape)} to {inferred_dims(target)}")
    return tuple(target)


@defop("broadcast_like", methods=())
def broadcast_like(lhs, rhs, *, lhs_axes=None, rhs_axes=None):
    """``lhs`` broadcast to the shape of ``rhs`` (or only on ``lhs_axes`` to ``rhs``'s ``rhs_axes``)."""
    return _broadcast("broadcast_like", lhs, _like_target(lhs.shape, rhs.shape, lhs_axes, rhs_axes))


@broadcast_like.grad
def _(dy, out, lhs, rhs, *, lhs_axes=None, rhs_axes=None):
    return _reduced_back(dy, lhs), None


def reshape_like_span(ndim, begin, end, side):
    """The axes [begin, end) of ``side`` (lhs or rhs) that reshape_like reads, checked as MXNet checks them."""
    b = 0 if begin is None else begin + ndim if begin < 0 else begin
    e = ndim if end is None else end + ndim if end < 0 else end
    if e > ndim:
        raise MXNetError(f"Check failed: *cend <= ndims: Invalid end for {side}_end={end} as dimension number is {ndim}")
    if b >= e:
        raise MXNetError(f"Check failed: (*cbegin < *cend): Invalid begin, end, get {side}_begin={begin}, "
                         f"{side}_end={end}")
    if e < 0:
        raise MXNetError(f"Check failed: *cend >= 0: Invalid end for {side}_end={end}")
    if b < 0:
        raise MXNetError(f"Check failed: *cbegin >= 0: Invalid begin for {side}_begin={begin}")
    return b, e


def reshape_like_shape(lhs, rhs, lhs_begin=None, lhs_end=None, rhs_begin=None, rhs_end=None):
    """reshape_like's output shape from its inputs' shapes (None: a rank unknown, -1 to MXNet's checks), with MXNet's
    checks in its order: the ranks, then the sizes it multiplies (all known), then their products."""
    lb, le = reshape_like_span(-1 if lhs is None else len(lhs), lhs_begin, lhs_end, "lhs")
    rb, re = reshape_like_span(-1 if rhs is None else len(rhs), rhs_begin, rhs_end, "rhs")
    shape = tuple(lhs[:lb]) + tuple(rhs[rb:re]) + tuple(lhs[le:])
    if not is_np_shape() and (0 in lhs or 0 in shape):
        raise MXNetError("Check failed: dim_size_is_known(*it): Shape dim size cannot be a negative value -1")
    if math.prod(shape) != math.prod(lhs):
        raise MXNetError(f"Check failed: (*in_attrs)[0].Size() == oshape.Size() ({math.prod(lhs)} vs. "
                         f"{math.prod(shape)}) : Cannot reshape lhs with shape {provided(lhs)}to new shape "
                         f"{provided(shape)} because they have different size.")
    return shape


@defop("reshape_like", methods=("reshape_like",))
def reshape_like(lhs, rhs, *, lhs_begin=None, lhs_end=None, rhs_begin=None, rhs_end=None):
    """``lhs`` reshaped like ``rhs`` (optionally: lhs axes [lhs_begin, lhs_end) take rhs's [rhs_begin, rhs_end))."""
    try:
        shape = reshape_like_shape(lhs.shape, rhs.shape, lhs_begin, lhs_end, rhs_begin, rhs_end)
    except MXNetError as e:
        raise MXNetError(f"reshape_like: {message_of(e)}") from None
    return lhs.reshape(shape)


def _reshape_like_unknown_rank(ranks, attrs):
    """reshape_like's range checks on a legacy 0-d input, whose rank its shape function reads as -1."""
    try:
        for rank, side in zip(ranks, ("lhs", "rhs")):
            reshape_like_span(rank, attrs.get(f"{side}_begin"), attrs.get(f"{side}_end"), side)
    except MXNetError as e:
        return message_of(e)
    return None


reshape_like.shapeless_ranks = _reshape_like_unknown_rank


@reshape_like.grad
def _(dy, out, lhs, rhs, **attrs):
    return dy.reshape(lhs.shape), None


broadcast_like.zeroes_constants = reshape_like.zeroes_constants = True     # (their kernels zero rhs's gradient)


# ---- axes -------------------------------------------------------------------------------------
def swap_axes_refusal(ndim, dim1, dim2):
    """(the axis's name, MXNet's check) refusing SwapAxis's ``dim1`` or ``dim2`` for ``ndim`` dimensions, or None: an
    array's error shows the name first, a graph's after the check."""
    for name, d in (("axis1", dim1), ("axis2", dim2)):
        if not -ndim <= d < ndim:
            return name, f"Check failed: {name} >= 0 && {name} < shape0.ndim(): "
    return None


def _swap_dims(ndim, dim1, dim2):
    refusal = swap_axes_refusal(ndim, dim1, dim2)
    if refusal is not None:
        name, check = refusal
        axis = dim1 if name == "axis1" else dim2
        raise MXNetError(f"{name}: {check}axis {axis} is out of bounds for array of ndim {ndim}")   # (no op name)
    return dim1 % ndim, dim2 % ndim


@defop("SwapAxis", aliases=("swapaxes",), methods=("swapaxes",))
def swapaxes(data, *, dim1=0, dim2=0):
    """``data`` with axes ``dim1`` and ``dim2`` exchanged."""
    swapped = np.swapaxes(data, *_swap_dims(data.ndim, dim1, dim2))
    if data.dtype == np.bool_:      # (its type switch runs when MXNet creates the operator, at the call)
        from .failures import state_refusal
        raise state_refusal("Unknown type enum 7", [swapped])
    return swapped.copy()


@swapaxes.grad
def _(dy, out, data, *, dim1=0, dim2=0):
    return np.swapaxes(dy, *_swap_dims(data.ndim, dim1, dim2))


def _flip_axes(axis, data):
    """The axes to reverse; MXNet's kernel checks each against the rank, then reads that dimension (no negative
    axes), so a bad one fails when the result (shaped as ``data``: its shape infers) is read."""
    from .failures import KernelError
    if axis is None:        # given as None: a tuple of unknown length, which the kernel refuses
        raise KernelError("Check failed: param.axis.ndim() < 10U (-1 vs. 10) : ", data.copy())
    axes, ndim = (axis,) if isinstance(axis, int) else axis, data.ndim
    for a in axes:
        if a >= ndim:
            raise KernelError(f"Check failed: axis < ishape.ndim() ({a} vs. {ndim}) : ", data.copy())
        if a < 0:
            raise KernelError(f"Check failed: i >= 0 && i < ndim(): index = {a} must be in range [0, {ndim})",
                              data.copy())
    return list(axes)


@defop("reverse", aliases=("flip",), methods=("flip",))
def reverse(data, *, axis):
    """``data`` reversed along each axis in ``axis`` (an axis named twice is reversed twice)."""
    axes = _flip_axes(axis, data)       # (MXNet's kernel checks the axes before its type switch)
    no_bool("reverse", data)
    for a in axes:
        data = np.flip(data, a)
    return data.copy()


def _reversed_over_itself(data, attrs):
    """reverse written over its own input: MXNet's kernel copies each element to its mirrored place in memory
    order, so a place written before its own element was read keeps the value written there."""
    reverse.fwd(data, **attrs)      # (its checks)
    src = reverse.fwd(np.arange(data.size).reshape(data.shape), **attrs).reshape(-1)    # each place's source
    flat = data.reshape(-1)
    return np.where(src < np.arange(data.size), flat[src], flat).reshape(data.shape)


reverse.over_itself = _reversed_over_itself


@reverse.grad
def _(dy, out, data, *, axis):
    from .failures import KernelError, backward_kernel_error
    try:
        axes = _flip_axes(axis, data)
    except KernelError as e:        # the backward kernel (reading no output) fails as the forward did, on its own
        backward_kernel_error(message_of(e), own=True)
        return np.zeros_like(dy)
    for a in axes:
        dy = np.flip(dy, a)
    return dy


def _squeezed(shape, axis):
    if axis is None and not shape:      # (a 0-d shape a graph knows: the check reads a first size)
        raise located(MXNetError("Check failed: i >= 0 && i < ndim(): index = 0 must be in range [0, 0)"),
                      ("../include/mxnet/tuple.h", 230))
    if axis is None:
        axes = [i for i, s in enumerate(shape) if s == 1]
    else:
        n, axes = len(shape), []
        for given in ((axis,) if isinstance(axis, int) else axis):
            a = given + n if given < 0 else given
            if not 0 <= a < n:
                raise MXNetError(f"Check failed: axes[i] {'>= 0' if a < 0 else '< dndim'} ({a} vs. "
                                 f"{0 if a < 0 else n}) : axis {given} is out of bounds for array of dimension {n}")
            if a in axes:
                raise MXNetError("Check failed: oshape[axes[i]] != -1 (-1 vs. -1) : duplicate value in axis")
            if shape[a] != 1:       # checked axis by axis, before a later axis's bounds
                raise MXNetError(f"Check failed: dshape[axes[i]] == 1 ({shape[a]} vs. 1) : cannot select an "
                                 f"axis to squeeze out which has size={shape[a]} not equal to one")
            axes.append(a)
    kept = tuple(s for i, s in enumerate(shape) if i not in axes)
    return kept or (1,)


@defop("squeeze")
def squeeze(data, *, axis=None):
    """``data`` without its size-1 axes (those in ``axis``); an all-ones shape becomes (1,)."""
    return data.reshape(_squeezed(data.shape, axis))


@squeeze.grad
def _(dy, out, data, *, axis=None):
    return dy.reshape(data.shape)


def _diag_axes(data, k, axis1, axis2):
    n = data.ndim
    for axis in (axis1, axis2):
        if not -n <= axis < n:
            raise MXNetError(f"Check failed: axis < ndim && axis >= -ndim: axis {axis} exceeds the input dimension "
                             f"of {n}")
    a1, a2 = axis1 % n, axis2 % n
    if a1 == a2:
        raise MXNetError(f"Check failed: x1 != x2 ({a1} vs. {a2}) : axis1 and axis2 cannot refer to the same axis "
                         f"{a1}")
    h, w = legacy_dim(data.shape[a1]), legacy_dim(data.shape[a2])      # (a legacy 0 size is unknown: -1)
    if min(h + min(k, 0), w - max(k, 0)) < 0:
        raise MXNetError("Diagonal does not exist.")
    return a1, a2


def _refuse_scalar_diag(axis1, axis2):
    """MXNet checks each axis against a 0-d shape (which takes 0 and -1 only), then finds both name axis 0."""
    outside = [a for a in (axis1, axis2) if a not in (0, -1)]
    if outside:
        raise MXNetError(axis_exceeds(outside[0], 0))
    raise MXNetError("Check failed: x1 != x2 (0 vs. 0) : axis1 and axis2 cannot refer to the same axis 0")


@defop("diag")
def diag(data, *, k=0, axis1=0, axis2=1):
    """A 1-D input's diagonal matrix, or the k-th diagonal of an N-D input over (axis1, axis2), as the last axis."""
    no_bool("diag", data)
    if data.ndim == 0:
        _refuse_scalar_diag(axis1, axis2)
    if data.ndim == 1:
        return np.diag(data, k) if data.size else _diag_of_nothing(data, k)
    a1, a2 = _diag_axes(data, k, axis1, axis2)
    if not data.size and not is_np_shape():     # legacy: an unknown (0) size leaves no diagonal it can size
        raise MXNetError("Diagonal does not exist.")
    return np.diagonal(data, k, a1, a2).copy()


def _diag_of_nothing(data, k):
    """MXNet reads an empty vector's length as unknown (-1): its diagonal matrix has |k| - 1 rows."""
    n = abs(k) - 1 if not is_np_shape() else abs(k)
    if n < 0:
        raise MXNetError("Diagonal does not exist.")
    return np.zeros((n, n), data.dtype)


@linear_grad(diag)
def _(dy, data, *, k=0, axis1=0, axis2=1):
    if data.ndim == 1:
        return np.diagonal(dy, k).copy()
    a1, a2 = _diag_axes(data, k, axis1, axis2)
    g = np.zeros(data.shape, dtype=dy.dtype)
    moved = np.moveaxis(g, (a1, a2), (-2, -1))       # a writable view of g
    steps = np.arange(dy.shape[-1])
    moved[..., steps + max(-k, 0), steps + max(k, 0)] = dy
    return g


@defop("shape_array", methods=("shape_array",))
def shape_array(data):
    """The shape of ``data`` as a 1-D int64 array."""
    return np.array(data.shape, dtype=np.int64)


@defop("size_array", methods=("size_array",))
def size_array(data):
    """The number of elements of ``data`` as a (1,) int64 array."""
    return np.array([data.size], dtype=np.int64)


# ---- depth <-> space ------------------------------------------------------------------------
def _blocks(data, block_size, op, depth):
    """MXNet's checks of depth_to_space (``depth``) and space_to_depth, in C's integer arithmetic: a negative
    block passes them and makes a negative output size, refused as MXNet's shape check refuses it."""
    out = block_shape(data.shape, block_size, depth)
    if -1 in out:
        raise inference_failure(op, [data.shape], [out])
    return (*data.shape, block_size)


def block_shape(shape, b, depth):
    """depth_to_space's (``depth``) or space_to_depth's output shape, checked as MXNet's shape function checks it;
    an unknown size is -1 (C's arithmetic on it may refuse it) and a -1 out is unknown."""
    if len(shape) != 4:
        raise MXNetError(f"Check failed: in_attrs->at(0).ndim() == 4 ({len(shape)} vs. 4) : Operation "
                         f"{'Depth To Space' if depth else 'Space To Depth'} requires exactly 4D tensor")
    if b == 0:
        raise MXNetError("Check failed: block != 0 (0 vs. 0) : block_size must be a positive integer value")
    n, c, h, w = shape
    if depth:
        left = int(math.fmod(c, b * b))
        if left:
            raise MXNetError(f"Check failed: in_shape[1] % (block * block) == 0 ({left} vs. 0) : Cannot perform Depth "
                             "To Space operation on the specified tensor. Dimension:1(depth dimension) should be a "
                             "multiple of 'block^2'")
        out = (n, int(c / (b * b)), h * b, w * b)
    else:
        for axis, label in ((2, "2(1st Space dimension)"), (3, "3(2nd space dimension)")):
            left = int(math.fmod(shape[axis], b))
            if left:
                raise MXNetError(f"Check failed: in_shape[{axis}] % block == 0 ({left} vs. 0) : Cannot perform Depth "
                                 f"To Space operation on the specified tensor. Dimension:{label} should be a multiple "
                                 "of 'block' ")
        out = (n, c * b * b, int(h / b), int(w / b))
    for d in out:
        if d < -1:
            raise MXNetError(negative_size_text(d))
    return out


def _d2s(x, b):
    # (tuples, not varargs: the backward passes NDArrays under create_graph)
    n, c, h, w = x.shape
    tiles = x.reshape((n, b, b, c // (b * b), h, w)).transpose((0, 3, 4, 1, 5, 2))
    return tiles.reshape((n, c // (b * b), h * b, w * b))


def _s2d(x, b):
    n, c, h, w = x.shape
    return x.reshape((n, c, h // b, b, w // b, b)).transpose((0, 3, 5, 1, 2, 4)).reshape((n, c * b * b, h // b, w // b))


@defop("depth_to_space", methods=("depth_to_space",))
def depth_to_space(data, *, block_size):
    """Move blocks of channels into (block_size x block_size) spatial tiles."""
    _blocks(data, block_size, "depth_to_space", depth=True)     # (shape inference runs before the kernel)
    no_bool("depth_to_space", data)
    return _d2s(data, block_size)


@depth_to_space.grad
def _(dy, out, data, *, block_size):
    return _s2d(dy, block_size)


@defop("space_to_depth", methods=("space_to_depth",))
def space_to_depth(data, *, block_size):
    """Move (block_size x block_size) spatial tiles into channels (depth_to_space's inverse)."""
    _blocks(data, block_size, "space_to_depth", depth=False)
    no_bool("space_to_depth", data)
    return _s2d(data, block_size)


@space_to_depth.grad
def _(dy, out, data, *, block_size):
    return _d2s(dy, block_size)


def _broadcast_to_method(self, shape):
    """``x.broadcast_to(shape)``: missing leading axes are added first, as numpy does."""
    cur = (1,) * (len(shape) - self.ndim) + self.shape
    # (a shape given as text is compared as numpy compares sizes with a string: the first size alone differs)
    differ = cur[:1] if isinstance(shape, str) else [c for c, s in zip(cur, shape) if c != s]
    if len(shape) < self.ndim or any(c != 1 for c in differ):
        raise ValueError(f"operands could not be broadcast together with remapped shapes"
                         f"[original->remapped]: {self.shape} and requested shape {shape}")
    if cur != self.shape and self.stype != "default":
        self.reshape(cur)       # MXNet's method reshapes first: a sparse array refuses
    src = self if cur == self.shape else self.reshape(cur)     # (recorded as the method's Reshape)
    return broadcast_to(src, shape=shape if isinstance(shape, str) else tuple(shape))


def _broadcast_like_method(self, other):
    """``x.broadcast_like(y)``: broadcast to ``y``'s shape."""
    return _broadcast_to_method(self, other.shape)


NDArray.broadcast_to = _broadcast_to_method
NDArray.broadcast_like = _broadcast_like_method

# kernels refusing an out= array that shares an input's storage (MXNet's in-place write request)
transpose.in_place_write = ("Check failed: req[0] == kWriteTo || req[0] == kAddTo: Transpose only supports kNullOp, "
                            "kWriteTo and kAddTo", ("../src/operator/tensor/matrix_op.cc", 285))
diag.in_place_write = ("Check failed: req[0] == kWriteTo (2 vs. 1) : ", ("../src/operator/tensor/./diag_op-inl.h", 294))
