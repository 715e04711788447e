"""bfloat16 values: stored in MXNet's numpy stand-in dtype, computed on in float32.

NDArrays hold them (AMP's casts and converted parameters, astype, creation functions) and AMP-converted graphs pass
them between steps. MXNet's oneDNN kernels read bfloat16 operands exactly as float32 and round each result to
nearest even; its mshadow kernels cut results (and number operands) to bfloat16; a step here does the same around
the operator's float32 kernel.
"""
import numpy as np

from .param_text import dtype_attr_name
from .serialize import BFLOAT16

# the steps that decide their own output types (the others give a bfloat16 output for bfloat16 data)
_OWN_TYPES = frozenset({"amp_cast", "amp_multicast", "Cast", "cast"})


def is_bfloat16(a):
    """Whether ``a`` is an array of bfloat16 values (MXNet's stand-in dtype)."""
    return getattr(a, "dtype", None) == BFLOAT16


def is_bfloat16_name(dtype):
    """Whether ``dtype`` (a name or a dtype; any other object is not) is bfloat16."""
    return isinstance(dtype, str) and dtype == "bfloat16" or is_bfloat16_dtype(dtype)


def to_bfloat16(values):
    """``values`` rounded to the nearest bfloat16 (ties to even; NaN stays a quiet NaN)."""
    bits = np.ascontiguousarray(values, dtype=np.float32).view(np.uint32)
    rounded = (bits + (0x7FFF + ((bits >> 16) & 1))) >> 16
    rounded = np.where(np.isnan(bits.view(np.float32)), (bits >> 16) | 0x40, rounded)
    return rounded.astype(np.uint16).view(BFLOAT16)


def truncated_to_bfloat16(values):
    """float32 ``values`` cut to bfloat16 (the low 16 bits dropped), as MXNet's copy between types does."""
    return (np.ascontiguousarray(values, dtype=np.float32).view(np.uint32) >> 16).astype(np.uint16).view(BFLOAT16)


def from_bfloat16(a):
    """The float32 values of a bfloat16 array (exact)."""
    return (a.view(np.uint16).astype(np.uint32) << 16).view(np.float32)


def run_step(fwd, op_name, args, attrs):
    """Run a graph step's kernel on float32 copies of its bfloat16 inputs, rounding its float32 outputs back to
    bfloat16 when its data is bfloat16 (BatchNorm's float32 statistics stay float32)."""
    if op_name in _OWN_TYPES or not any(is_bfloat16(a) for a in args):
        return fwd(*args, **attrs)
    data_is_bf16 = is_bfloat16(args[0])
    if not data_is_bf16:        # float data beside bfloat16 parameters: the operator's type check refuses them
        return fwd(*args, **attrs)
    res = fwd(*[from_bfloat16(a) if is_bfloat16(a) else a for a in args], **attrs)
    if not data_is_bf16:
        return res
    if type(res) is not tuple:
        return _rounded(res)
    if op_name == "BatchNorm":
        return (_rounded(res[0]),) + res[1:]
    return tuple(_rounded(r) for r in res)


def _rounded(r):
    """A float32 result as bfloat16; results of other types as they are."""
    return to_bfloat16(r) if getattr(r, "dtype", None) == np.float32 else r


def runs_on_bfloat16(op_name, args, attrs):
    """Whether an executor's step (on NDArrays ``args``) reads or makes bfloat16 values."""
    return any(_holds_bfloat16(a) for a in args) or (op_name == "amp_cast" and is_bfloat16_name(attrs.get("dtype")))


def _holds_bfloat16(array):
    """Whether an NDArray holds bfloat16 values, found without reading it (which would raise a failed array's
    error, or wait for a pending one)."""
    try:
        return is_bfloat16(_data_slot().__get__(array))
    except (AttributeError, TypeError):
        return False


_FOUND_SLOT = []        # NDArray's data slot, once looked up


def _data_slot():
    """NDArray's slot of its data (looked up at first use: the ndarray module imports this one; a call-time import
    would cost more than the rest of a graph step's check)."""
    if not _FOUND_SLOT:
        from .ndarray import _DATA_SLOT
        _FOUND_SLOT.append(_DATA_SLOT)
    return _FOUND_SLOT[0]


def call_on_arrays(call, op, args, attrs):
    """An executor's step on NDArrays holding bfloat16 values: ``call(args)`` runs the operator on NDArrays
    (see run_step)."""
    from .ndarray import _wrap
    ctx = args[0].ctx

    def fwd(*raws, **_):
        if op.name in _OWN_TYPES:
            return op.fwd(*raws, **attrs)
        res = call([_wrap(r, ctx) for r in raws])
        return tuple(r._data for r in res) if isinstance(res, (list, tuple)) else res._data

    res = run_step(fwd, op.name, [a._data for a in args], attrs)
    return [_wrap(r, ctx) for r in res] if type(res) is tuple else _wrap(res, ctx)


# operators MXNet runs through oneDNN on bfloat16 data: they round their float32 results to nearest even (the
# others, mshadow's kernels, cut each result, and a scalar operand first, to bfloat16)
_ONEDNN_OPS = frozenset({"Activation", "softmax", "log_softmax", "FullyConnected", "Convolution", "Deconvolution",
                         "Pooling", "BatchNorm", "LRN", "elemwise_add", "add_n", "ElementWiseSum", "_copy",
                         "LeakyReLU", "Concat", "concat", "Flatten", "Reshape", "reshape", "SoftmaxOutput"})


# bfloat16 operators whose inputs all take the data's type
_UNIFORM_OPS = frozenset({"FullyConnected", "Convolution", "elemwise_add", "elemwise_sub",
                          "elemwise_mul", "elemwise_div", "add_n", "ElementWiseSum", "Concat", "concat", "stack",
                          "LayerNorm"})


def _refuse_types(op_name, args, attrs):
    """MXNet's type inference's refusals of ``op_name`` on bfloat16 inputs ``args``."""
    from ..base import MXNetError
    if op_name == "InstanceNorm":       # (a legacy operator: float32 only)
        error = MXNetError("Check failed: in_type->at(i) == mshadow: :default_type_flag || in_type->at(i) == -1: "
                           "Unsupported data type 12")
        error.raised_at = ("../include/mxnet/operator.h", 227)
        raise error
    if op_name == "Convolution":
        _refuse_mixed_layer(args, ("data", "weight", "bias"), ("../src/operator/nn/convolution.cc", 301))
    if op_name == "Deconvolution" and _counted_inputs(args, attrs):
        _refuse_mixed_layer(args, ("data", "weight", "bias"), ("../src/operator/nn/deconvolution.cc", 363))
    if op_name == "BatchNorm":
        _refuse_batch_norm_params(args)
    if op_name in _UNIFORM_OPS:
        _refuse_other_types(args)


def _refuse_mixed_layer(args, names, site):
    """A layer's type check: its inputs (named ``names``) in its data's type."""
    from ..base import MXNetError
    from .ndarray import NDArray
    from .shape_text import uniform_type_refusal
    for name, a in zip(names, args):
        if isinstance(a, NDArray) and a._data.dtype != args[0]._data.dtype:
            error = MXNetError(uniform_type_refusal(args[0]._data.dtype, a._data.dtype, name))
            error.raised_at = site
            raise error


def _counted_inputs(args, attrs):
    """Whether a Deconvolution has the inputs its no_bias (True by default) counts: MXNet checks that first."""
    no_bias = attrs.get("no_bias", True) in (True, "True", "true", "1", 1)
    return len(args) == (2 if no_bias else 3)


def _refuse_batch_norm_params(args):
    """BatchNorm's type check: its parameters and statistics float32 (float64 for float64 data), never
    bfloat16."""
    from ..base import MXNetError
    from .ndarray import NDArray
    from .serialize import _DENSE_FLAGS
    expected = np.dtype(np.float64 if args[0]._data.dtype == np.float64 else np.float32)
    for name, a in zip(("gamma", "beta", "mean", "var"), args[1:5]):
        given = a._data.dtype if isinstance(a, NDArray) else expected
        if given != expected:
            error = MXNetError(f"Check failed: (*in_type)[i] == dtype_param ({_DENSE_FLAGS[given]} vs. "
                               f"{_DENSE_FLAGS[expected]}) : This layer requires uniform type. Expected "
                               f"'{expected.name}' v.s. given '{dtype_attr_name(given)}' at '{name}'")
            error.raised_at = ("../src/operator/nn/batch_norm.cc", 430)
            raise error


def _refuse_other_types(args):
    """MXNet's type inference refuses inputs of two types (one bfloat16)."""
    from ..base import MXNetError
    from .ndarray import NDArray
    names = [dtype_attr_name(a._data.dtype) for a in args if isinstance(a, NDArray)]
    for i, name in enumerate(names):
        if name != names[0]:
            raise MXNetError(f"Check failed: assign(&dattr, vec.at(i)): Incompatible attr in node  at {i}-th input: "
                             f"expected {names[0]}, got {name}")


_ENUM = "Unknown type enum 12"       # (bfloat16's type code)
_FLOATS_ONLY = "This operation only supports 32-bit and 64-bit floating point"
_DOT_TYPES = ("Check failed: outputs[0].type_flag_ == kFloat32 || outputs[0].type_flag_ == kFloat64 || "
              "(outputs[0].type_flag_ == kFloat16 && ctx.run_ctx.ctx.dev_mask() == mshadow: :gpu::kDevMask): "
              "dot only supports float32/float64 for CPU, and float16/float32/float64 for GPU")
_LA_OP = "../src/operator/tensor/./la_op.h"
# operators whose kernels have no bfloat16 case: MXNet's message and where it stands (raised when read)
_KERNEL_REFUSALS = {
    "dot": (_DOT_TYPES, ("../src/operator/tensor/./dot-inl.h", 84)),
    "batch_dot": (_DOT_TYPES, ("../src/operator/tensor/./dot-inl.h", 1364)),
    "_linalg_gemm": (_FLOATS_ONLY, (_LA_OP, 680)), "_linalg_gemm2": (_FLOATS_ONLY, (_LA_OP, 743)),
    "_linalg_potrf": (_FLOATS_ONLY, ("../src/operator/numpy/linalg/./../../tensor/la_op.h", 692)),
    "_linalg_inverse": (_FLOATS_ONLY, (_LA_OP, 692)),
    "Dropout": (_ENUM, ("../src/operator/nn/dropout.cc", 46)),
    "sort": (_ENUM, ("../src/operator/tensor/./ordering_op-inl.h", 791)),
    "argsort": (_ENUM, ("../src/operator/tensor/./ordering_op-inl.h", 812)),
    "_random_uniform_like": (_ENUM, ("../src/operator/random/./sample_op.h", 389)),
    "_random_normal_like": (_ENUM, ("../src/operator/random/./sample_op.h", 407)),
    "hard_sigmoid": (_ENUM, ("../src/operator/tensor/elemwise_unary_op.h", 541)),
    "LayerNorm": (_ENUM, ("../src/operator/nn/layer_norm.cc", 105)),
    "L2Normalization": (_ENUM, ("../src/operator/l2_normalization.cc", 130)),
    "Pad": (_ENUM, ("../src/operator/pad.cc", 671)), "pad": (_ENUM, ("../src/operator/pad.cc", 671)),
    "moments": (_ENUM, ("../src/operator/nn/./../tensor/./broadcast_reduce-inl.h", 253)),
    "softmin": (_ENUM, ("../src/operator/nn/./softmax-inl.h", 835)),
    "SoftmaxActivation": (_ENUM, ("../include/mshadow/./base.h", 1505)),
    "UpSampling": (_ENUM, ("../src/operator/nn/./upsampling-inl.h", 200)),
}
# (operator, attribute, the values whose kernel has no bfloat16 case, where MXNet says so)
_KERNEL_REFUSALS_BY_ATTR = (
    ("Pooling", "pool_type", ("sum", "lp"), ("../src/operator/nn/./pooling-inl.h", 329)),
    ("Activation", "act_type", ("softsign",), ("../src/operator/nn/./activation-inl.h", 101)),
    ("LeakyReLU", "act_type", ("prelu", "selu", "rrelu"), ("../src/operator/./leaky_relu-inl.h", 346)),
)


def _kernel_refusal(op_name, attrs):
    """MXNet's message and its site when ``op_name``'s kernel (with ``attrs``) has no bfloat16 case, else None."""
    if op_name in _KERNEL_REFUSALS:
        return _KERNEL_REFUSALS[op_name]
    for name, attr, refused, site in _KERNEL_REFUSALS_BY_ATTR:
        if op_name == name and str(attrs.get(attr)) in refused:
            return _ENUM, site
    return None


def _refusing(op, message, site):
    """``op`` whose kernel fails with ``message`` (at ``site``), its outputs bfloat16 placeholders."""
    import copy
    from .failures import KernelError

    def fwd(*inputs, **attrs):
        try:
            res = op.fwd(*inputs, **attrs)
        except KernelError as e:        # (a float32 kernel's own failure: the type check comes first)
            res = e.result
        placeholders = tuple(np.zeros(np.shape(r), BFLOAT16) for r in (res if type(res) is tuple else (res,)))
        error = KernelError(message, placeholders if type(res) is tuple else placeholders[0])
        error.raised_at = site
        raise error
    refusing = copy.copy(op)
    refusing.fwd = fwd
    return refusing


def holds_bfloat16(inputs):
    """Whether any of an operator's raw inputs holds bfloat16 values."""
    for x in inputs:
        if type(x) is np.ndarray and x.dtype.kind == "V" and x.dtype == BFLOAT16:
            return True
    return False


def invoke_widened(invoke, op, args, attrs, out):
    """``op`` on NDArrays some of which hold bfloat16 values: run on their exact float32 copies, its float32
    results rounded back to bfloat16 as MXNet's kernel for ``op`` does (see _ONEDNN_OPS)."""
    from .ndarray import NDArray, _wrap
    _refuse_types(op.name, args, attrs)
    cut = op.name not in _ONEDNN_OPS
    refusal = _kernel_refusal(op.name, attrs)
    wide = [_wrap(from_bfloat16(a._data), a._ctx) if isinstance(a, NDArray) and is_bfloat16(a._data)
            else _cut_number(a) if cut else a for a in args]
    if cut and isinstance(attrs.get("scalar"), (int, float, np.floating, np.integer)):
        attrs = dict(attrs, scalar=_cut_number(attrs["scalar"]))
    if refusal is not None:
        return invoke(_refusing(op, *refusal), wide, attrs, out)
    res = invoke(op, wide, attrs)
    rounded = truncated_to_bfloat16 if cut else to_bfloat16
    outs = res if isinstance(res, (list, tuple)) else [res]
    if op.name in _REDUCERS and isinstance(res, NDArray):
        res._data = _reduced(op.name, from_bfloat16(args[0]._data), attrs, res.shape)
    elif op.name == "cumsum" and attrs.get("dtype") is None:
        res._data = to_bfloat16(_running_sum(from_bfloat16(args[0]._data), attrs.get("axis")))
    elif op.name not in _OWN_TYPES and (attrs.get("dtype") is None or op.name == "topk"):
        for i, r in enumerate(outs):
            if r._data.dtype == np.float32 and not _holds_indices(op.name, attrs, i):
                r._data = rounded(r._data)
    if out is None:
        return res
    targets = out if isinstance(out, (list, tuple)) else [out]
    for i, (target, r) in enumerate(zip(targets, outs)):
        if target._data.dtype != r._data.dtype:
            from ..base import MXNetError
            raise MXNetError(f"Check failed: assign(&dattr, vec.at(i)): Incompatible attr in node  at {i}-th "
                             f"output: expected {dtype_attr_name(r._data.dtype)}, "
                             f"got {dtype_attr_name(target._data.dtype)}")
    for target, r in zip(targets, outs):
        target._data[...] = r._data
    return out


def _holds_indices(op_name, attrs, index):
    """Whether output ``index`` of ``op_name`` holds indices (in the type its ``dtype`` names, not the data's)."""
    return op_name == "topk" and (attrs.get("ret_typ", "indices") == "indices" or index == 1)


def _running_sum(x, axis):
    """cumsum as MXNet's kernel runs it on bfloat16: each running total cut to bfloat16 (flattened without an
    axis)."""
    x = x.reshape(-1) if axis is None else np.moveaxis(x, axis, 0)
    totals, total = np.empty_like(x), np.zeros(x.shape[1:], np.float32)
    for i, row in enumerate(x):
        total = totals[i] = _cut(total + row)
    return totals if axis is None else np.moveaxis(totals, 0, axis)


def _cut_number(v):
    """A number operand as an mshadow kernel on bfloat16 reads it: cut to bfloat16 (other operands as they are)."""
    if isinstance(v, (float, int, np.floating, np.integer)) and not isinstance(v, bool):
        return float(from_bfloat16(truncated_to_bfloat16(np.float32(v)))[()])
    return v


def _cut(values):
    """float32 ``values`` cut to bfloat16 precision (kept as float32)."""
    return from_bfloat16(truncated_to_bfloat16(values))


def _kahan_sum(rows, skip_nan=False):
    """mshadow's compensated sum down ``rows``' first axis, every step cut to bfloat16 (NaNs passed over with
    ``skip_nan``)."""
    total, residual = np.zeros(rows.shape[1:], np.float32), np.zeros(rows.shape[1:], np.float32)
    for row in rows:
        y = _cut(row - residual)
        t = _cut(total + y)
        r = np.where(np.isinf(t), np.float32(0), _cut(_cut(t - total) - y))
        skipped = np.isnan(row) if skip_nan else False
        total, residual = np.where(skipped, total, t), np.where(skipped, residual, r)
    return total


def _nan_sum(rows):
    """The bfloat16 compensated sum of the rows' numbers."""
    return _kahan_sum(rows, skip_nan=True)


def _mean(rows):
    """The bfloat16 sum divided by the count, cut to bfloat16."""
    return _cut(_kahan_sum(rows) / np.float32(len(rows)))


def _product(rows):
    """The product down the rows, every step cut to bfloat16."""
    total = np.ones(rows.shape[1:], np.float32)
    for row in rows:
        total = _cut(total * row)
    return total


def _nrm2(rows):
    """mshadow's scaled L2 norm down the rows (its sum of squares and scale cut to bfloat16 at each step)."""
    squares, scale = np.zeros(rows.shape[1:], np.float32), np.zeros(rows.shape[1:], np.float32)
    with np.errstate(divide="ignore", invalid="ignore"):
        for row in rows:
            size = np.abs(row)
            grows = scale < size
            rescaled = _cut(1 + _cut(_cut(squares * _cut(scale / size)) * _cut(scale / size)))
            added = _cut(squares + _cut(_cut(size / scale) * _cut(size / scale)))
            squares = np.where(row == 0, squares, np.where(grows, rescaled, added))
            scale = np.where((row != 0) & grows, size, scale)
    return _cut(scale * np.sqrt(squares))


# reductions MXNet's mshadow kernels accumulate in bfloat16 itself
_REDUCERS = {"sum": _kahan_sum, "sum_axis": _kahan_sum, "nansum": _nan_sum, "mean": _mean, "prod": _product,
             "norm": _nrm2}


def _reduced(op_name, x, attrs, shape):
    """``x`` (float32 values of bfloat16 data) reduced as MXNet's bfloat16 kernel for ``op_name`` does, in the
    result's ``shape``."""
    from .ops_reduce import reduced_axes
    if op_name == "norm" and attrs.get("ord", 2) != 2:
        return _reduced("sum", np.abs(x), attrs, shape)
    axes = reduced_axes(x.shape, attrs.get("axis"), attrs.get("exclude", False))
    kept = [i for i in range(x.ndim) if i not in axes]
    rows = np.transpose(x, list(axes) + kept).reshape(-1, *[x.shape[i] for i in kept])
    return to_bfloat16(_REDUCERS[op_name](rows)).reshape(shape)


def is_bfloat16_dtype(dtype):
    """Whether ``dtype`` is MXNet's bfloat16 stand-in dtype itself (a creation function reads the name 'bfloat16'
    with numpy, which refuses it)."""
    return type(dtype) is np.dtype(BFLOAT16).__class__ and dtype == BFLOAT16


def made_as_bfloat16(make, dtype_at):
    """The creation function ``make`` (its dtype at position ``dtype_at`` or by keyword) making bfloat16 arrays as
    MXNet's do: its float32 values cut to bfloat16."""
    import functools

    @functools.wraps(make)
    def create(*args, **kwargs):
        dtype = args[dtype_at] if len(args) > dtype_at else kwargs.get("dtype")
        if not is_bfloat16_dtype(dtype):
            return make(*args, **kwargs)
        if len(args) > dtype_at:
            args = (*args[:dtype_at], np.float32, *args[dtype_at + 1:])
        else:
            kwargs = dict(kwargs, dtype=np.float32)
        made = make(*args, **kwargs)
        made._data = truncated_to_bfloat16(made._data)
        return made
    return create
