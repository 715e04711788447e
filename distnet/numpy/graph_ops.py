"""The operators MXNet's NumPy symbols are made of (``_npi_add``, ``_np_reshape``, ``_npx_relu``, ...).

Each is registered under MXNet's name so that a graph traced under ``npx.set_np()`` exports, loads back and
replays as MXNet's does. None computes anything of its own: each runs the forward and backward of the
registry operator that ``mx.np`` uses for the same function, with NumPy's result dtype settled around them.
Results are arrays even when 0-d (numpy gives a scalar there, which a backward would take for a constant).
The products (_np_dot, _npi_matmul, _npi_tensordot[_int_axes]) are mx.np's own operators, in ``linear``.
"""
import numpy as _np

from ..base import MXNetError, located
from ..ndarray.failures import KernelError
from ..ndarray import creation
from ..ndarray.registry import OPS, defop
from .creation import arange
from .multiarray import check_broadcastable, with_copied_sizes
from .reductions import _zero_dim_axis
from .shaping import _check_concat_shapes, _check_joined_shapes, _flip_refusal, check_scalar_squeeze_axis
from .umath import HALF_REFUSED, _scaled_round, check_same_dtype, result_type
from .umath import _broadcast_kernel_site, _same_shape_kernel, _true_divide_site, _unsupported_mix

_FLOAT32 = _np.dtype(_np.float32)


def _cast_grad(g, x):
    """A gradient in its input's dtype (None stays None)."""
    return None if g is None else _np.asarray(g).astype(x.dtype, copy=False)


def _alias(name, base_name):
    """``name``: the registry op ``base_name`` (same forward and backward) under MXNet's NumPy name."""
    base = OPS[base_name]
    op = defop(name, hidden=base.hidden)(base.fwd)
    op.bwd, op.bwd_needs, op.elementwise = base.bwd, base.bwd_needs, base.elementwise
    return op


for _name, _base in (("_npx_relu", "relu"), ("_npx_sigmoid", "sigmoid"), ("_npi_stack", "stack"),
                     ("_np_copy", "_copy")):
    _alias(_name, _base)


# ---- arithmetic: two arrays, promoted to MXNet's result dtype -------------------------------------------
def _pair_dtype(a, b, true_divide):
    dt = result_type(a.dtype, b.dtype)
    return _FLOAT32 if true_divide and dt.kind != "f" else dt


def _promoting(name, base_name, true_divide=False, same_kinds=None, mixed_ints=True):
    base = OPS[base_name]

    def forward(lhs, rhs):
        if same_kinds is not None and (lhs.dtype != rhs.dtype or lhs.dtype.kind not in same_kinds):
            check_same_dtype(name[len("_npi_"):], same_kinds, lhs.dtype, rhs.dtype)
        dt = _pair_dtype(lhs, rhs, true_divide)
        if lhs.dtype != rhs.dtype or lhs.dtype.kind == "b":     # (a pair MXNet's kernels may lack)
            shape = _np.broadcast_shapes(lhs.shape, rhs.shape)
            if not _np.prod(shape, dtype=_np.int64):        # MXNet's kernel returns before it looks at the types
                return _np.zeros(shape, dt)
            _refuse_missing_kernel(name, lhs, rhs, _np.zeros(shape, dt), mixed_ints, true_divide)
        return _np.asarray(base.fwd(lhs.astype(dt, copy=False), rhs.astype(dt, copy=False)))
    forward.__doc__ = f"``{base_name}`` of two arrays in their common NumPy result dtype."
    op = defop(name)(forward)

    @op.grad
    def _(dy, out, lhs, rhs):
        dt = _pair_dtype(lhs, rhs, true_divide)
        ga, gb = base.bwd(dy, out, lhs.astype(dt, copy=False), rhs.astype(dt, copy=False))
        return _mixed_grad(ga, lhs, dt, true_divide), _mixed_grad(gb, rhs, dt, true_divide)
    return op


def _refuse_missing_kernel(name, lhs, rhs, result, mixed_ints, true_divide):
    """The error of a dtype pair MXNet's kernel lacks (the imperative operator's): ``result`` fails when read."""
    mixed = not true_divide and (mixed_ints or not _same_shape_kernel(lhs.shape, rhs.shape) and
                                 not lhs.dtype.kind == rhs.dtype.kind == "b")
    message = _unsupported_mix(name[len("_npi_"):], lhs.dtype, rhs.dtype, mixed, true_divide)
    if message:
        site = _true_divide_site(lhs.dtype) if true_divide else None
        if lhs.shape != rhs.shape:
            site = _broadcast_kernel_site(message) or site
        error = KernelError(message, result)
        error.op_name, error.raised_at = name, site
        raise error


def _mixed_grad(g, x, dt, true_divide):
    """``g`` in ``x``'s dtype; zeros for an integer or bool operand of a float result (MXNet's mixed-type
    backward, as the imperative operators record it)."""
    if g is not None and not true_divide and x.dtype.kind in "iub" and dt.kind == "f":
        return _np.zeros(x.shape, x.dtype)
    return _cast_grad(g, x)


for _name, _base in (("add", "broadcast_add"), ("multiply", "broadcast_mul"), ("power", "broadcast_power")):
    _promoting(f"_npi_{_name}", _base)
for _name, _base in (("subtract", "broadcast_sub"), ("mod", "broadcast_mod")):
    _promoting(f"_npi_{_name}", _base, mixed_ints=False)
_promoting("_npi_true_divide", "broadcast_div", true_divide=True)
_promoting("_npi_hypot", "broadcast_hypot", same_kinds="f")     # (two arrays of one float dtype)


# ---- arithmetic with a scalar: ``is_int`` says whether the Python scalar was an integer ------------------
def _scalar_dtype(x, is_int, true_divide):
    """An integer array keeps its dtype with an integer scalar, and becomes float64 with a float one (a bool
    array with an integer: int64)."""
    dt = x.dtype
    if dt.kind == "f":
        return dt
    if true_divide:
        return _FLOAT32
    if str(is_int) not in ("True", "1", "true"):
        return _np.dtype(_np.float64)
    return _np.dtype(_np.int64) if dt.kind == "b" else dt


def _with_scalar(name, base_name, true_divide=False):
    base = OPS[base_name]

    def forward(data, *, scalar=0.0, is_int=True):
        dt = _scalar_dtype(data, is_int, true_divide)
        return _np.asarray(base.fwd(data.astype(dt, copy=False), scalar=scalar))
    forward.__doc__ = f"``{base_name}`` of an array and a scalar, in NumPy's result dtype."
    op = defop(name)(forward)
    op.elementwise = True

    @op.grad
    def _(dy, out, data, scalar=0.0, is_int=True):
        dt = _scalar_dtype(data, is_int, true_divide)
        return _cast_grad(base.bwd(dy, out, data.astype(dt, copy=False), scalar=scalar), data)
    return op


for _name, _base in (("add", "_plus_scalar"), ("subtract", "_minus_scalar"), ("rsubtract", "_rminus_scalar"),
                     ("multiply", "_mul_scalar"), ("mod", "_mod_scalar"), ("rmod", "_rmod_scalar"),
                     ("power", "_power_scalar"), ("rpower", "_rpower_scalar")):
    _with_scalar(f"_npi_{_name}_scalar", _base)
for _name, _base in (("true_divide", "_div_scalar"), ("rtrue_divide", "_rdiv_scalar")):
    _with_scalar(f"_npi_{_name}_scalar", _base, true_divide=True)


# ---- comparisons: bool results, no gradient --------------------------------------------------------------
def _comparison(name, ufunc):
    def forward(lhs, rhs):
        if lhs.dtype != rhs.dtype:          # (a graph's check: mx.np's front end made it before calling)
            check_same_dtype(name, "biuf", lhs.dtype, rhs.dtype)
        return _np.asarray(ufunc(lhs, rhs))
    forward.__doc__ = f"Elementwise ``{ufunc.__name__}`` of two arrays, as bools."
    defop(f"_npi_{name}")(forward)

    def forward_scalar(data, *, scalar=0.0, is_int=True):
        s = data.dtype.type(scalar) if data.dtype.kind == "f" else scalar
        return _np.asarray(ufunc(data, s))
    forward_scalar.__doc__ = f"Elementwise ``{ufunc.__name__}`` of an array and a scalar, as bools."
    defop(f"_npi_{name}_scalar")(forward_scalar)


for _name in ("equal", "not_equal", "greater", "greater_equal", "less", "less_equal"):
    _comparison(_name, getattr(_np, _name))


# ---- unary functions: integer arrays are computed in float64 and truncated back --------------------------
def _unary(name, base_name):
    base = OPS[base_name]

    def forward(x):
        if x.dtype.kind == "f":
            return _np.asarray(base.fwd(x))
        if x.dtype == _np.bool_:        # MXNet's unary math kernels have no bool case
            raise KernelError("Unknown type enum 7", _np.zeros(x.shape, _np.bool_))
        return _np.asarray(base.fwd(x.astype(_np.float64))).astype(x.dtype)
    forward.__doc__ = base.fwd.__doc__
    op = defop(f"_npi_{name}")(forward)
    op.elementwise = True
    if base.bwd is not None:
        @op.grad
        def _(dy, out, x):
            return base.bwd(dy, out, x) if x.dtype.kind == "f" else None
    return op


UNARY = {"absolute": "abs", "sign": "sign", "sqrt": "sqrt", "cbrt": "cbrt", "square": "square", "exp": "exp",
         "expm1": "expm1", "log": "log", "log2": "log2", "log10": "log10", "log1p": "log1p", "sin": "sin",
         "cos": "cos", "tan": "tan", "arcsin": "arcsin", "arccos": "arccos", "arctan": "arctan", "sinh": "sinh",
         "cosh": "cosh", "tanh": "tanh", "arcsinh": "arcsinh", "arccosh": "arccosh", "arctanh": "arctanh",
         "floor": "floor", "ceil": "ceil", "trunc": "trunc", "rint": "rint", "fix": "fix",
         "negative": "negative", "reciprocal": "reciprocal", "degrees": "degrees", "radians": "radians"}
for _name, _base in UNARY.items():
    _unary(_name, _base)


def _predicate(name):
    ufunc = getattr(_np, name)

    def forward(x):
        return _np.asarray(ufunc(x))
    forward.__doc__ = f"Elementwise ``np.{name}``, as bools."
    defop(f"_npi_{name}")(forward)


for _name in ("isnan", "isinf", "isfinite", "isposinf", "isneginf", "logical_not"):
    _predicate(_name)


def _truth(name, fn):
    def forward(a, *, axis=None, keepdims=False):
        return _np.asarray(fn(a, axis=axis, keepdims=bool(keepdims)))
    forward.__doc__ = f"Whether {'every' if name == '_np_all' else 'some'} element along ``axis`` is true."
    defop(name)(forward)


_truth("_np_all", _np.all)
_truth("_np_any", _np.any)
_alias("_np_diag", "_npi_diag")


@defop("_npi_around")
def around_op(x, *, decimals=0):
    """``x`` rounded half to even to ``decimals`` places (as ``np.around``)."""
    if x.dtype == _np.float16:      # (its type inference refuses half)
        raise MXNetError(HALF_REFUSED)
    return _np.asarray(_scaled_round(x, int(decimals)) + x.dtype.type(0))


# ---- shapes ----------------------------------------------------------------------------------------------
def _reshape(a, *, newshape, order="C"):
    """``a`` in ``newshape`` (one entry may be -1)."""
    newshape = (newshape,) if isinstance(newshape, int) else tuple(newshape)
    try:
        return OPS["_npx_reshape"].fwd(a, newshape=newshape)
    except MXNetError:
        from .multiarray import check_reshape
        check_reshape(a.size, newshape)     # MXNet's words for a shape np.reshape refuses
        raise


_np_reshape = defop("_np_reshape")(_reshape)
_np_reshape.bwd = OPS["_npx_reshape"].bwd


@defop("_npi_flip", hidden=OPS["flip"].hidden)
def flip_op(data, *, axis=None):
    """``np.flip``: ``data`` reversed along ``axis``, or along every axis when it is None (unlike legacy flip);
    axes the kernel refuses fail in mx.np's words when the result is read."""
    if axis is None:
        return _np.flip(data).copy()
    refused = _flip_refusal((axis,) if isinstance(axis, int) else tuple(axis), data.ndim)
    if refused:
        raise KernelError(refused, data.copy())
    return OPS["flip"].fwd(data, axis=axis)


@flip_op.grad
def _(dy, out, data, *, axis=None):
    if axis is None:
        return _np.flip(dy).copy()
    return OPS["flip"].bwd(dy, out, data, axis=axis)


_alias("_npi_cholesky", "_linalg_potrf")      # (the node mx.sym.np.linalg.cholesky writes; lower, as potrf's default)


@defop("_np_transpose")
def _np_transpose(a, *, axes=None):
    """``a`` with its axes permuted (reversed when ``axes`` is None or empty)."""
    positive = _from_front(a.ndim, axes)
    if len(set(positive)) != len(positive) and len(positive) == a.ndim and all(0 <= ax < a.ndim for ax in positive):
        raise located(MXNetError(f"Check failed: axes_set.size() == axes.ndim() ({len(set(positive))} vs. "
                                 f"{len(positive)}) : ValueError: Repeated axis in transpose. param.axes = "
                                 f"[{','.join(map(str, axes))}]"), ("../src/operator/numpy/np_matrix_op.cc", 76))
    return OPS["transpose"].fwd(a, axes=positive)


def _from_front(ndim, axes):
    """``axes`` counted from the front (NumPy's transpose takes negative axes, the legacy one it runs does not)."""
    return tuple(ax + ndim if -ndim <= ax < 0 else ax for ax in axes or ())


@_np_transpose.grad
def _(dy, out, a, axes=None):
    return OPS["transpose"].bwd(dy, out, a, axes=_from_front(a.ndim, axes))


@defop("_np_squeeze")
def squeeze_op(a, *, axis=None):
    """``a`` without its size-1 axes (or only ``axis``); a 0-d array takes axis 0 or -1, as ``np.squeeze``."""
    if a.ndim == 0:
        if axis is not None:
            check_scalar_squeeze_axis(axis)
        return a.copy()
    out = OPS["squeeze"].fwd(a, axis=axis)          # its checks give MXNet's errors
    named = range(a.ndim) if axis is None else axis if isinstance(axis, (tuple, list)) else (axis,)
    gone = {ax % a.ndim for ax in named if a.shape[ax] == 1}
    return out.reshape([d for i, d in enumerate(a.shape) if i not in gone])     # all gone: 0-d, not (1,)


@squeeze_op.grad
def _(dy, out, a, axis=None):
    return dy.reshape(a.shape)


def _concat_inputs(data, axis):
    """Concat's inputs and axis for ``np.concatenate`` (axis None: the arrays flattened, then joined)."""
    return ([d.reshape(-1) for d in data], 0) if axis is None else (list(data), axis)


@defop("_npi_concatenate")
def concatenate_op(*data, axis=0, num_args=None):
    """The arrays joined along ``axis`` (None: flattened first)."""
    parts, dim = _concat_inputs(data, axis)
    try:
        if parts and all(p.dtype == _np.bool_ for p in parts):     # (mx.np's kernel has a bool case, Concat not)
            return _np.asarray(OPS["Concat"].fwd(*[p.view(_np.uint8) for p in parts], dim=dim)).view(_np.bool_)
        return OPS["Concat"].fwd(*parts, dim=dim)
    except MXNetError:
        if axis is not None:
            _check_concat_shapes(data, axis)     # (np.concatenate's own words for what Concat refused)
        raise


@concatenate_op.grad
def _(dy, out, *data, axis=0, num_args=None):
    parts, dim = _concat_inputs(data, axis)
    return tuple(g.reshape(d.shape) for g, d in zip(OPS["Concat"].bwd(dy, out, *parts, dim=dim), data))


# ---- reductions and products -----------------------------------------------------------------------------
def _arg_extreme(name, fn):
    def forward(a, *, axis=None, keepdims=False):
        from .reductions import _arg_kernel_refusal
        refusal = _arg_kernel_refusal(a, axis)
        if refusal is not None:     # the kernel's check: the result fails when read
            shape = _np.sum(_np.zeros(a.shape, _np.bool_), axis=axis, keepdims=bool(keepdims)).shape
            raise KernelError(refusal, _np.zeros(shape, _np.int64))
        return _np.asarray(fn(a, axis=axis, keepdims=bool(keepdims))).astype(_np.int64)
    forward.__doc__ = f"The indices of the {name[5:]} along ``axis`` (of the flattened array when None)."
    return defop(name)(forward)


_arg_extreme("_npi_argmax", _np.argmax)
_arg_extreme("_npi_argmin", _np.argmin)


def _moment(name, root):
    moment = OPS["_npi_moment"]

    def forward(a, *, axis=None, dtype=None, ddof=0, keepdims=False):
        dtype = None if dtype in (None, "None") else _np.dtype(dtype)   # (the deviations stay in a's type)
        axis = _zero_dim_axis(a, axis)      # (a 0-d array's axis 0 or -1 reduces nothing)
        return moment.fwd(a, axis=axis, ddof=ddof, keepdims=keepdims, root=root, dtype=dtype)
    forward.__doc__ = f"The {'standard deviation' if root else 'variance'} along ``axis``."
    op = defop(name)(forward)

    @op.grad
    def _(dy, out, a, axis=None, dtype=None, ddof=0, keepdims=False):
        return moment.bwd(dy, out, a, axis=axis, ddof=ddof, keepdims=keepdims, root=root)


_moment("_npi_std", True)
_moment("_npi_var", False)


@defop("_npi_full_like")
def full_like_op(a, *, fill_value=0.0, dtype=None, ctx=None):
    """An array of ``a``'s shape filled with ``fill_value`` (``a``'s dtype unless one is given)."""
    return _np.full(a.shape, creation.fill_value(fill_value), dtype=a.dtype if dtype in (None, "None") else dtype)


def _join(name, shaped, axis_of, words, line=None):
    """``name``: the arrays made ``shaped`` (at least 1-d or 2-d) then concatenated along ``axis_of(ndim)``; shapes
    that do not join are refused in the ``words`` of the operator's shape check (see _check_joined_shapes)."""
    concat = OPS["Concat"]

    def forward(*data, num_args=None):
        parts = [shaped(d) for d in data]
        try:
            return concat.fwd(*parts, dim=axis_of(parts[0].ndim))
        except MXNetError:
            _check_joined_shapes([p.shape for p in parts], axis_of(parts[0].ndim), words, line)
            raise
    forward.__doc__ = f"``np.{name[5:]}`` of the arrays."
    op = defop(name)(forward)

    @op.grad
    def _(dy, out, *data, num_args=None):
        parts = [shaped(d) for d in data]
        grads = concat.bwd(dy, out, *parts, dim=axis_of(parts[0].ndim))
        return tuple(g.reshape(d.shape) for g, d in zip(grads, data))
    return op


_join("_npi_vstack", _np.atleast_2d, lambda ndim: 0, "inconsistent")
_join("_npi_hstack", _np.atleast_1d, lambda ndim: 0 if ndim == 1 else 1, "assign_masked", 508)
_alias("_npi_zeros", "_zeros")
_alias("_npi_ones", "_ones")


@defop("_npi_arange")
def arange_op(*, start=0.0, stop=None, step=1.0, repeat=1, infer_range=False, dtype="float32", ctx=None):
    """Evenly spaced values in [start, stop), as ``mx.np.arange`` (an empty range gives an empty array)."""
    return arange(start, stop, step, dtype=None if dtype in (None, "None") else dtype)._data


@defop("_npi_eye")
def eye_op(*, N=1, M=None, k=0, dtype="float32", ctx=None):  # noqa: N803  (MXNet's names)
    """Ones on the ``k``-th diagonal of an N x M (N x N when M is None) matrix; unlike the legacy ``_eye``, M=0
    is an empty matrix."""
    if M in (None, "None"):
        M = N   # noqa: N806
    if int(M) == 0:
        return _np.zeros((int(N), 0), creation._as_dtype(dtype))
    return OPS["_eye"].fwd(N=N, M=M, k=k, dtype=dtype)


@defop("_np_moveaxis")
def moveaxis_op(a, *, source, destination):
    """``a`` with axes moved from ``source`` to ``destination``."""
    return _np.ascontiguousarray(_np.moveaxis(a, source, destination))


@moveaxis_op.grad
def _(dy, out, a, source, destination):
    return _np.ascontiguousarray(_np.moveaxis(dy, destination, source))


def _leading_ones(a, shape):
    """``a`` with size-1 axes in front, up to the rank of ``shape`` (NumPy broadcasting's first step)."""
    return a.reshape((1,) * (len(shape) - a.ndim) + a.shape)


def _shape_tuple(shape):
    """A node's shape attribute as a tuple (MXNet writes one int as it is)."""
    return (shape,) if isinstance(shape, (int, _np.integer)) else shape


@defop("_npi_broadcast_to")
def broadcast_to_op(a, *, shape):
    """``a`` broadcast to ``shape`` (NumPy's rules: missing leading axes are added, a 0 is an empty axis; npx's -2
    keeps the input's size)."""
    shape = with_copied_sizes(a.shape, _shape_tuple(shape))
    check_broadcastable(a.shape, shape)
    if 0 in shape:          # the legacy operator reads a 0 as "keep the input's size"
        return _np.zeros(shape, a.dtype)
    return OPS["broadcast_to"].fwd(_leading_ones(a, shape), shape=shape)


@broadcast_to_op.grad
def _(dy, out, a, shape):
    shape = with_copied_sizes(a.shape, _shape_tuple(shape))
    if 0 in tuple(shape):
        return _np.zeros(a.shape, a.dtype)
    half = a.dtype == _np.float16       # (MXNet's _npi_broadcast_to sums half gradients in float)
    wide = _leading_ones(a.astype(_np.float32) if half else a, tuple(shape))
    g = OPS["broadcast_to"].bwd(_np.asarray(dy, wide.dtype), out, wide, shape=tuple(shape))
    g = g[0] if isinstance(g, tuple) else g
    return g.reshape(a.shape).astype(a.dtype, copy=False)


# ---- result dtypes, for type inference on graphs (the same rules the forwards above apply) ---------------
_BOOL = _np.dtype(_np.bool_)


def _attr_true(value):
    return str(value) in ("True", "1", "true")


def _states_dtype(names, rule):
    for name in names:
        OPS[name].result_dtype = rule


_states_dtype([f"_npi_{n}" for n in ("add", "subtract", "multiply", "mod", "power", "hypot")],
              lambda attrs, ins: result_type(*ins))
_states_dtype(["_npi_true_divide"], lambda attrs, ins: _pair_dtype(*[_np.empty(0, t) for t in ins], True))
_states_dtype([f"_npi_{n}_scalar" for n in ("add", "subtract", "rsubtract", "multiply", "mod", "rmod", "power",
                                            "rpower")],
              lambda attrs, ins: _scalar_dtype(_np.empty(0, ins[0]), attrs.get("is_int", True), False))
_states_dtype(["_npi_true_divide_scalar", "_npi_rtrue_divide_scalar"],
              lambda attrs, ins: _scalar_dtype(_np.empty(0, ins[0]), attrs.get("is_int", True), True))
_states_dtype([f"_npi_{n}{s}" for n in ("equal", "not_equal", "greater", "greater_equal", "less", "less_equal")
               for s in ("", "_scalar")] + [f"_npi_{n}" for n in ("isnan", "isinf", "isfinite", "isposinf",
                                                                   "isneginf", "logical_not")] + ["_np_all", "_np_any"],
              lambda attrs, ins: _BOOL)
_states_dtype(["_npi_argmax", "_npi_argmin"], lambda attrs, ins: _np.dtype(_np.int64))
_states_dtype(["_npi_std", "_npi_var"], lambda attrs, ins: _np.dtype(attrs["dtype"])
              if attrs.get("dtype") not in (None, "None") else ins[0])
_states_dtype(["_npi_mean"], lambda attrs, ins: _np.dtype(attrs["dtype"]) if attrs.get("dtype") not in (None, "None")
              else ins[0] if ins[0].kind == "f" else _FLOAT32)
_states_dtype(["_npi_full_like"], lambda attrs, ins: _np.dtype(attrs["dtype"])
              if attrs.get("dtype") not in (None, "None") else ins[0])
_states_dtype(["_np_sum", "_np_prod"], lambda attrs, ins: _np.dtype(attrs["dtype"])
              if attrs.get("dtype") not in (None, "None") else _np.dtype(_np.int64) if ins[0].kind == "b" else ins[0])


@defop("_npi_where_scalar2")
def where_scalar2_op(condition, *, x=0.0, y=0.0):
    """``x`` where ``condition`` holds, else ``y`` (two scalars: a float32 array, as MXNet gives)."""
    return _np.where(condition, _np.float32(x), _np.float32(y))
where_scalar2_op.result_dtype = lambda attrs, ins: _FLOAT32


# ---- ldexp and arctan2 with a scalar (either side): the array's function with the scalar in its dtype ---------
def _with_scalar_operand(name, base_name, reflected):
    base = OPS[base_name]

    def operands(data, scalar):
        other = _np.asarray(float(scalar), data.dtype if data.dtype.kind == "f" else _np.float64)
        return (other, data) if reflected else (data, other)

    def forward(data, *, scalar=0.0, is_int=True):
        return _np.asarray(base.fwd(*operands(data, scalar))).astype(data.dtype, copy=False)
    forward.__doc__ = f"``{base_name[5:]}`` of {'a scalar and an array' if reflected else 'an array and a scalar'}."
    op = defop(name)(forward)

    @op.grad
    def _(dy, out, data, scalar=0.0, is_int=True):
        if reflected and base_name == "_npi_arctan2":       # MXNet's kernel: -x / (x * x + s * s)
            s = data.dtype.type(float(scalar))
            return ((dy * (-data / (data * data + s * s))).astype(data.dtype, copy=False),)
        grads = base.bwd(dy, out, *operands(data, scalar))
        return (_np.asarray(grads[1 if reflected else 0]).astype(data.dtype, copy=False),)
    return op


for _name in ("ldexp", "arctan2", "copysign"):
    _with_scalar_operand(f"_npi_{_name}_scalar", f"_npi_{_name}", reflected=False)
    _with_scalar_operand(f"_npi_r{_name}_scalar", f"_npi_{_name}", reflected=True)
