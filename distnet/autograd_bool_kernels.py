"""The backward kernels MXNet 1.9.1 built without a case for some input types (bool, int8, integers).

A variable of such a type (bool mostly) recorded through one of these ops gets a gradient whose first read
raises MXNet's error. The backward kernel reads no output of its op, so it fails on its own even where the
forward failed too: the forward's error stays with the outputs (raised by the next ``waitall``).
"""
import numpy as np

_TENSOR = "../src/operator/tensor/./"
_NP = "../src/operator/numpy/./"
_TRANSPOSE = ("../src/operator/numpy/linalg/./../../tensor/matrix_op-inl.h", 417)
_SUM = (_TENSOR + "elemwise_sum.h", 112)
_SLICE = (_TENSOR + "matrix_op-inl.h", 1080)
_NP_BINARY = ("../src/operator/numpy/./../tensor/./elemwise_binary_op.h", 755)
_ND_BINARY = ("../src/operator/tensor/././elemwise_binary_op.h", 698)
_REDUCE = ("../src/operator/numpy/../nn/../tensor/broadcast_reduce_op.h", 1018)
_SCATTER = (_TENSOR + "indexing_op.h", 1514)
_NP_FLIP = ("../src/operator/numpy/np_matrix_op.cc", 1204)
_NP_SPLIT = ("../src/operator/numpy/./../tensor/matrix_op-inl.h", 3046)

# MXNet's name of a recorded op -> where its backward kernel finds no bool case
BOOL_REFUSED = {
    "transpose": _TRANSPOSE, "dot": _TRANSPOSE, "_np_dot": _TRANSPOSE,
    "reverse": (_TENSOR + "matrix_op-inl.h", 2204),
    "slice": _SLICE,
    "slice_axis": (_TENSOR + "matrix_op-inl.h", 1399),
    "slice_like": (_TENSOR + "matrix_op-inl.h", 1592),
    "clip": (_TENSOR + "matrix_op-inl.h", 1682),
    "space_to_depth": (_TENSOR + "matrix_op-inl.h", 2556), "depth_to_space": (_TENSOR + "matrix_op-inl.h", 2709),
    "Concat": ("../src/operator/nn/./concat-inl.h", 206),
    "stack": _SUM, "_np_concat": _SUM, "elemwise_add": _SUM,
    "take": (_TENSOR + "indexing_op.h", 1084),
    "gather_nd": _SCATTER, "_npi_advanced_indexing": _SCATTER,
    "Embedding": (_TENSOR + "indexing_op.h", 551),
    "pick": (_TENSOR + "broadcast_reduce_op.h", 1785),
    "where": (_TENSOR + "control_flow_op.h", 414),
    "diag": (_TENSOR + "diag_op-inl.h", 271), "_npi_diag": (_TENSOR + "diag_op-inl.h", 271),
    "broadcast_mul": _NP_BINARY, "elemwise_mul": _NP_BINARY,
    "_npi_broadcast_mul": _NP_BINARY, "_npi_broadcast_add": _NP_BINARY, "_npi_broadcast_sub": _NP_BINARY,
    "_npi_subtract": _NP_BINARY,
    "broadcast_add": _ND_BINARY, "broadcast_sub": _ND_BINARY, "elemwise_sub": _ND_BINARY,
    "broadcast_maximum": (_TENSOR + "elemwise_binary_op.h", 755),
    "broadcast_minimum": (_TENSOR + "elemwise_binary_op.h", 755),
    "broadcast_div": _NP_BINARY, "broadcast_power": _NP_BINARY, "broadcast_mod": _NP_BINARY,
    "broadcast_hypot": _NP_BINARY, "_npi_broadcast_power": _NP_BINARY, "_npi_broadcast_mod": _NP_BINARY,
    "_npi_mod": _NP_BINARY,
    "SwapAxis": ("../src/operator/swapaxis.cc", 36),
    "UpSampling": ("../src/operator/nn/./upsampling-inl.h", 219),
    "_split_v2": _NP_SPLIT, "split_v2": _NP_SPLIT,
    "max": _REDUCE, "min": _REDUCE, "prod": _REDUCE, "_np_max": _REDUCE, "_np_min": _REDUCE, "_np_prod": _REDUCE,
    "norm": ("../src/operator/numpy/linalg/././../../tensor/broadcast_reduce_op.h", 1018),
    "mean": (_TENSOR + "broadcast_reduce_op.h", 1316),
    "_contrib_index_copy": ("../src/operator/contrib/index_copy.cc", 142),
    "_contrib_boolean_mask": ("../src/operator/contrib/boolean_mask.cc", 177),
    "_contrib_quadratic": ("../src/operator/contrib/./quadratic_op-inl.h", 221),
    # mx.np's functions of no bool kernel (recorded as the failed result of their forward)
    "flip": _NP_FLIP, "flipud": _NP_FLIP, "fliplr": _NP_FLIP,
    "moveaxis": (_NP + "np_matrix_op-inl.h", 593),
    "roll": (_NP + "np_matrix_op-inl.h", 369),
    "rot90": (_NP + "np_matrix_op-inl.h", 731),
    "vstack": (_NP + "np_matrix_op-inl.h", 286), "row_stack": (_NP + "np_matrix_op-inl.h", 286),
    "column_stack": (_NP + "np_matrix_op-inl.h", 214),
    "diagonal": (_NP + "np_matrix_op-inl.h", 1329),
    "hstack": ("../src/operator/numpy/./../nn/concat-inl.h", 228),
    "dstack": ("../src/operator/numpy/./../nn/concat-inl.h", 259),
    "tril": (_NP + "np_tril_op-inl.h", 165),
    "trace": (_NP + "np_trace_op-inl.h", 204),
    "split": _NP_SPLIT, "array_split": _NP_SPLIT, "hsplit": _NP_SPLIT, "vsplit": _NP_SPLIT, "dsplit": _NP_SPLIT,
}
# the same for int8 and uint8 (the scatter of an indexing op's gradient)
INT8_REFUSED = {"gather_nd": _SCATTER, "_npi_advanced_indexing": _SCATTER}
INT8_WORDS = "This operation does not support int8 or uint8"
# MXNet's name of a recorded op -> where its float-only backward kernel refuses integers
FLOAT_ONLY = {"_np_dot": ("../src/operator/numpy/./np_dot-inl.h", 116)}
# ... whose half gradient BLAS refuses (mshadow's dot engine has no CPU half gemm)
HALF_REFUSED = dict.fromkeys(("_np_dot", "_npi_tensordot"), ("../include/mshadow/./././dot_engine-inl.h", 89))
HALF_WORDS = "Not implmented!"
# ... and where one refuses integers and half in its own words
_MATMUL_GRAD = ("Check failed: grad_a.type_flag_ == kFloat32 || grad_a.type_flag_ == kFloat64 || (grad_a.type_flag_ == "
                "kFloat16 && ctx.run_ctx.ctx.dev_mask() == mshadow: :gpu::kDevMask): Matmul only supports "
                "float32/float64 for CPU, and float16/float32/float64 for GPU")
FLOAT_ONLY_WORDED = {"_npi_matmul": (("../src/operator/numpy/np_matmul_op-inl.h", 332), _MATMUL_GRAD)}
# a bool array with a number, computed in int64 (MXNet's name of the op -> ...): backward kernels lacking bool
_SCALAR_ELEMENTWISE = "../src/operator/tensor/./elemwise_binary_scalar_op.h"
SCALAR_KERNELS = {"_mul_scalar": ("../src/operator/contrib/../tensor/elemwise_binary_scalar_op.h", 298),
                  "_div_scalar": (_SCALAR_ELEMENTWISE, 298)}
# ... and backward nodes whose type inference meets the bool gradient beside the int64 one, at once: where
SCALAR_TYPE_RULES = dict.fromkeys(("_plus_scalar", "_minus_scalar", "_rminus_scalar", "_rpower_scalar"), "0-th output")
SCALAR_TYPE_RULES.update(dict.fromkeys(("_rdiv_scalar", "_power_scalar", "_mod_scalar", "_rmod_scalar",
                                        "_maximum_scalar", "_minimum_scalar", "_hypot_scalar", "_npi_ldexp_scalar",
                                        "_npi_rldexp_scalar", "_npi_arctan2_scalar", "_npi_rarctan2_scalar"),
                                       "1-th input"))
# mx.np's op of a bool array (or an integer one, for true_divide) with a number, computed in another type
_WITH_NUMBER = "_npi_array_with_number"
# ops whose forward has no bool kernel but whose backward runs on bools, reading no output
_BOOL_RUNS = frozenset({"broadcast_axis"})
# mx.np's functions of no bool kernel whose backward reads the failed forward's outputs (and so carries its error)
_READS_OUTPUTS = frozenset({"sort", "sqrt", "cbrt", "exp", "tan", "tanh"})


def _bool(d):
    return d is not None and d.kind == "b"


def _int8(d):
    return d is not None and d.kind in "iu" and d.itemsize == 1


def refusal(name, dtypes):
    """(message, operator key for its source line) of the backward kernel of MXNet's op ``name`` given inputs of
    ``dtypes``, or None when it has a kernel for them."""
    if name in BOOL_REFUSED and any(map(_bool, dtypes)):
        return "Unknown type enum 7", "_backward_" + name
    if name in INT8_REFUSED and any(map(_int8, dtypes)):
        return INT8_WORDS, "_backward_" + name
    if name in FLOAT_ONLY_WORDED and any(d is not None and (d.kind in "iu" or d == np.float16) for d in dtypes):
        return FLOAT_ONLY_WORDED[name][1], "_backward_" + name
    if name in FLOAT_ONLY:
        integer = next((d for d in dtypes if d is not None and d.kind in "iu"), None)
        if integer is not None:
            from .ndarray.failures import real_switch_refusal
            return real_switch_refusal(None, integer), "_backward_" + name
    if name in HALF_REFUSED and np.float16 in dtypes:
        return HALF_WORDS, "_backward_" + name
    return None


def _recorded_as(group):
    """The names of distnet's ops recorded as one of the ops above (MXNet's names, or ops standing for them): for
    inputs of a bool or 8-bit type (``group`` 0) all; for other integers (1) those whose refusal concerns them (a
    float-only kernel, a bool array with a number computed in int64); for half (2) the ops standing for mx.np's."""
    global _CANDIDATES
    if _CANDIDATES is None:
        from .autograd import _NP_NAMES, _SCALAR_OPS
        integer_names = set(FLOAT_ONLY) | set(FLOAT_ONLY_WORDED) | set(SCALAR_KERNELS) | set(SCALAR_TYPE_RULES)
        names = set(BOOL_REFUSED) | set(INT8_REFUSED) | integer_names | _BOOL_RUNS
        names |= {op for op, mxnet in _NP_NAMES.items() if mxnet in names}
        names |= {op for op, scalar in _SCALAR_OPS.items() if set(scalar) & names}
        names |= {"_npi_unsupported_dtype_pair", "_npi_rearrange", "_npi_getitem", "_index", _WITH_NUMBER}
        integer_names |= {op for op, scalar in _SCALAR_OPS.items() if set(scalar) & integer_names}
        integer_names |= {"_npi_unsupported_dtype_pair", _WITH_NUMBER}
        _CANDIDATES = frozenset(names), frozenset(integer_names), frozenset({"_npi_unsupported_dtype_pair"})
    return _CANDIDATES[group]


_CANDIDATES = None
_NDARRAY = np.ndarray
_F32, _F64 = np.dtype(np.float32), np.dtype(np.float64)     # no kernel refuses these


def candidates():
    """The names of the ops whose backward ``check`` may refuse (for any input types)."""
    return _recorded_as(0)


def check(node, name_of):
    """Keep the error of ``node``'s backward kernel with the gradients, as that kernel fails on its inputs' types
    (``name_of(node)``: MXNet's name of its op)."""
    group = None        # which of the ops above may refuse the inputs' types (see _recorded_as)
    for x in node.inputs:
        if type(x) is _NDARRAY:
            d = x.dtype
            if d is _F32 or d is _F64:      # (native dtypes are singletons; others take the checks below)
                continue
            if d.kind == "b" or d.itemsize == 1:
                group = 0
                break
            if d.kind in "iu":
                group = 1
            elif d.itemsize == 2 and group is None:
                group = 2
    if group is None or node.op.name not in _recorded_as(group):
        return
    from .ndarray.failures import backward_kernel_error, backward_reads_no_outputs
    from .ndarray.shape_text import OperatorMessage
    dtypes = [getattr(x, "dtype", None) for x in node.inputs]
    name = node.attrs.get("standing_for") or name_of(node)
    if name in SCALAR_KERNELS or name in SCALAR_TYPE_RULES:
        _bool_with_number(node, name)
    found = refusal(name, dtypes)
    if found is not None and name in ("stack", "_np_concat") and not _bool_entered_twice(node):
        found = None        # (the op's own backward has a bool case; only the sum of two gradients lacks it)
    if found is not None:
        backward_kernel_error(OperatorMessage(*found, _kernel_site(node, name)), own=True, refused_types=True)
    elif name in _BOOL_RUNS and any(map(_bool, dtypes)):
        backward_reads_no_outputs()


def _kernel_site(node, name):
    """Where the backward kernel of ``name`` refuses bool, where its inputs decide which kernel runs (None: the
    operator key's line)."""
    if name == "tril":
        from .numpy.missing_kernels import tril_kernel_site
        return tril_kernel_site(node.inputs[0].ndim)
    return _broadcast_site(node, name)


def _broadcast_site(node, name):
    """Where the broadcasting backward kernel of binary op ``name`` refuses bool, for operands of two shapes (None:
    the same-shape kernel's, by the operator's key)."""
    shapes = {getattr(x, "shape", None) for x in node.inputs}
    if name not in BOOL_REFUSED or len(node.inputs) != 2 or len(shapes) != 2:
        return None
    from .error_sites import broadcast_kernel_site
    site = BOOL_REFUSED[name]
    return None if broadcast_kernel_site(site) == site else broadcast_kernel_site(site)


def _bool_entered_twice(node):
    """Whether one bool array is two of ``node``'s inputs: MXNet adds its two gradients with ElementwiseSum,
    which has no bool kernel."""
    seen = set()
    for x in node.args:
        if getattr(x, "dtype", None) == np.bool_:
            if id(x) in seen:
                return True
            seen.add(id(x))
    return False


def _bool_with_number(node, name):
    """The backward of MXNet's scalar op ``name`` whose array was bool (``node``'s inputs are its int64 values):
    a type rule refusing it at once, or a kernel failing when the gradient is read."""
    given_bool = any(getattr(a, "dtype", None) == np.bool_ for a in node.args)
    # (a legacy bool array cast to int64 first: the kernels fail all the same; the type rules, naming MXNet's
    # node numbers, which that extra Cast shifts, are kept to arrays given as bool)
    if not given_bool and not (name in SCALAR_KERNELS and _cast_from_bool(node)):
        if node.op.name == _WITH_NUMBER:
            _integers_with_number(node, name)
        return
    if name in SCALAR_TYPE_RULES:
        if _of_variable(node):      # (an op's bool output: the type inference meets no bool gradient there)
            _refuse_by_type_rule(node, name, "unknown")
        return
    from .ndarray.failures import backward_kernel_error
    from .ndarray.shape_text import OperatorMessage
    backward_kernel_error(OperatorMessage("Unknown type enum 7", "_backward_" + name), own=True, refused_types=True)


def _of_variable(node):
    """Whether the array operand of ``node`` (an op of an array with a number) is a variable's."""
    return any(p is not None and p[0].is_leaf for p in node.parents)


def _integers_with_number(node, name):
    """The backward of true_divide's scalar op ``name`` of an integer array: a type rule refusing it at once, or a
    kernel reading it as float32 failing when the gradient is read."""
    given = next(x.dtype for x in node.inputs if type(x) is _NDARRAY)
    if name in SCALAR_TYPE_RULES:
        _refuse_by_type_rule(node, name, given.name)
    from .ndarray.failures import backward_kernel_error
    from .numpy.umath import tblob_mismatch
    backward_kernel_error(tblob_mismatch(np.float32, given), own=True, refused_types=True)


def _refuse_by_type_rule(node, name, given):
    """MXNet's type inference of the backward node of scalar op ``name``, meeting the input gradient's type
    ``given`` beside the one it assigned."""
    from .base import MXNetError
    node_name = f"node_{node.seq}_backward"
    raise MXNetError(f"Error in operator {node_name}: Check failed: assign(&dattr, vec.at(i)): Incompatible attr "
                     f"in node {node_name} at {SCALAR_TYPE_RULES[name]}: expected {node.outs.dtype.name}, got {given}")


def _cast_from_bool(node):
    """Whether an input of ``node`` is mx.np's int64 Cast of a bool array (which MXNet's scalar op takes itself)."""
    for parent in node.parents:
        source = parent[0] if parent is not None else None
        if source is not None and not source.is_leaf and source.op.name == "Cast" and \
                getattr(source.inputs[0], "dtype", None) == np.bool_:
            return True
    return False


def zero_gradient_of_bool(node, name_of):
    """A zero gradient of ``node``, which has bool inputs: its kernels read no output (a failed forward's error stays
    with the outputs), but for the backward of a sort, which reads the order the forward found."""
    from .ndarray.failures import backward_reads_no_outputs
    from .ndarray.ops_elemwise import _BOOL_REFUSING_BACKWARDS, _refuse_bool_backward
    standing_for = node.attrs.get("standing_for")
    if standing_for in _BOOL_REFUSING_BACKWARDS:      # (mx.np's math functions: as the legacy operators)
        _refuse_bool_backward(standing_for)
    elif standing_for not in _READS_OUTPUTS:
        backward_reads_no_outputs()
    check(node, name_of)


def sites():
    """operator key -> {message key: source line}, for error_sites."""
    table = {"_backward_" + name: {"Unknown type enum ": site} for name, site in BOOL_REFUSED.items()}
    for name, site in INT8_REFUSED.items():
        table["_backward_" + name]["This operation does "] = site
    for name, site in SCALAR_KERNELS.items():
        table["_backward_" + name] = {"Unknown type enum ": site}
    for name, (site, words) in FLOAT_ONLY_WORDED.items():
        from .error_sites import keys
        table["_backward_" + name] = {keys(words)[0]: site}
    for name, site in FLOAT_ONLY.items():
        checks = table.setdefault("_backward_" + name, {})
        checks["This operation only support floating point types "] = site      # (int8 and uint8: no comma)
        checks["This operation only support floating point types, "] = site
    for name, site in HALF_REFUSED.items():
        table.setdefault("_backward_" + name, {})[HALF_WORDS] = site
    return table
