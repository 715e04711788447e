"""The type rules of mx.sym.np's operators in a graph where they differ from the legacy operators' rules: which
inputs and outputs share a dtype (checked as ``mx.np`` checks them, named after the node), what a known dtype
tells an unknown one, and the outputs whose dtype is fixed before their inputs' are known."""
import numpy as np

from ..base import MXNetError, message_of
from ..ndarray.shape_text import in_operator
from ..numpy.multiarray import type_inconsistent
from ..numpy.umath import _FLOATS_ONLY, _INTEGERS_ONLY, check_same_dtype

# operator -> the kinds of dtype it takes, for those whose two arrays share one dtype
_SAME_DTYPE = {**dict.fromkeys((f"_npi_{n}" for n in ("equal", "not_equal", "greater", "greater_equal", "less",
                                                       "less_equal", "copysign", "ldexp")), "biuf"),
               "_npi_hypot": "f", "_npi_arctan2": "f",
               **dict.fromkeys(("_npi_bitwise_and", "_npi_bitwise_or", "_npi_bitwise_xor", "_npi_lcm"), "iub")}
_COMPARISONS = frozenset(f"_npi_{n}" for n in ("equal", "not_equal", "greater", "greater_equal", "less",
                                               "less_equal"))
_MIXED = frozenset({"_npi_add", "_npi_subtract", "_npi_multiply", "_npi_mod", "_npi_power"})
_ONE_DATA = frozenset({"_npi_where_lscalar", "_npi_where_rscalar"})
# Joining operators (and polyval): every input and the output of one dtype; the next five name a disagreement
# as their own checks do
_JOINING = frozenset({"_npi_concatenate", "_npi_vstack", "_npi_hstack", "_npi_dstack", "_npi_column_stack",
                      "_npi_stack", "_npi_polyval"})
_JOIN_INCONSISTENT = frozenset({"_npi_concatenate", "_npi_vstack", "_npi_column_stack"})
_CONCAT_TYPED = frozenset({"_npi_hstack", "_npi_dstack"})      # (Concat's type function, named as themselves)
_AT_LEAST = frozenset({"_np_atleast_1d", "_np_atleast_2d", "_np_atleast_3d"})
# An array with a scalar of integer kinds only: the array's dtype must be known, and an integer's (or bool)
_INTEGER_SCALAR = frozenset({"_npi_bitwise_and_scalar", "_npi_bitwise_or_scalar", "_npi_bitwise_xor_scalar",
                             "_npi_lcm_scalar"})
# Ops whose data of unknown dtype takes their output's (an arithmetic op with a scalar; a reduction with no
# ``dtype`` given, whose given ``dtype`` is the output's before the data's is known)
_TOLD_BY_OUTPUT = frozenset({f"_npi_{n}_scalar" for n in ("add", "subtract", "rsubtract", "multiply", "mod", "rmod",
                                                          "power", "rpower")})
_REDUCTIONS = frozenset({"_np_sum", "_np_prod", "_npi_std", "_npi_var", "_np_cumsum", "_npi_mean"})
# LAPACK operators computing integers in float64 and refusing float16 (where their type check stands)
_LINALG = "../src/operator/numpy/linalg/"
_LAPACK = {"_npi_pinv": (_LINALG + "np_pinv.cc", 83, "."), "_npi_pinv_scalar_rcond": (_LINALG + "np_pinv.cc", 163, "."),
           "_npi_eig": (_LINALG + "np_eig.cc", 110, ""), "_npi_eigh": (_LINALG + "np_eig.cc", 110, ""),
           "_npi_eigvals": (_LINALG + "np_eigvals.cc", 77, ""), "_npi_eigvalsh": (_LINALG + "np_eigvals.cc", 77, ""),
           "_npi_tensorinv": (_LINALG + "np_tensorinv.cc", 88, "")}
_LAPACK_PAIRS = {"_npi_solve": (_LINALG + "np_solve.cc", 75), "_npi_tensorsolve": (_LINALG + "np_tensorsolve.cc", 96)}
# outputs of one dtype whatever the inputs'
_FIXED = {"_npx_nonzero": np.int64, "_npi_choice": np.int64, "_npi_diag_indices_from": np.int64}
_ARG_REDUCTIONS = frozenset({"_npi_argmax", "_npi_argmin"})
_ARG_SITE = ("../src/operator/numpy/np_broadcast_reduce_op_index.cc", 53)
_AROUND_SITE = ("../src/operator/numpy/np_elemwise_unary_op_basic.cc", 436)
_PINV_RCOND_SITE = (_LINALG + "np_pinv.cc", 85)
_BOOL_SUM_SITE = ("../src/operator/numpy/np_broadcast_reduce_op_value.cc", 56)
_BOOL_SUM_WORDS = ("Check failed: param.dtype.value() == mshadow::kInt32 || param.dtype.value() == mshadow::kInt64 || "
                   "param.dtype.value() == mshadow::kFloat32 || param.dtype.value() == mshadow::kFloat64: Only support "
                   "the following output dtypes when input dtype is bool: int32, int64, float32, float64.")
# samplers whose output has their ``dtype`` (float32 for those without one)
_SAMPLERS_WITH_DTYPE = frozenset({"_npi_normal", "_npi_uniform", "_npi_gamma", "_npi_exponential", "_npi_weibull",
                                  "_npi_pareto", "_npi_rayleigh", "_npi_logistic", "_npi_gumbel", "_npi_powerd"})
_INSERTS = frozenset({"_npi_insert_scalar", "_npi_insert_slice", "_npi_insert_tensor"})
OPERATORS = (frozenset(_SAME_DTYPE) | _MIXED | _ONE_DATA | _JOINING | _AT_LEAST | _INTEGER_SCALAR | _TOLD_BY_OUTPUT
             | _REDUCTIONS | frozenset(_LAPACK) | frozenset(_LAPACK_PAIRS) | frozenset(_FIXED) | _ARG_REDUCTIONS
             | _SAMPLERS_WITH_DTYPE | _INSERTS | {"_npi_where", "_npi_percentile", "_npi_around", "_npi_average",
                                                 "_npi_bincount", "_npi_full_like", "_npx_constraint_check"})


def pair_types(node, types, assign):
    """Apply ``node``'s rule to ``types`` ({(id(node), index): dtype}); ``assign(types, entry, dtype)`` sets an
    unknown dtype. Returns (whether a dtype became known, whether the output's dtype is settled here)."""
    op = node.op.name
    get = [types.get((id(src), i)) for src, i in node.inputs]
    out = types.get((id(node), 0))
    if op == "_npi_where":              # x's dtype decides, else y's (they must agree); the condition's is free
        if get[1] is not None and get[2] is not None:
            _check(node, "where", "biuf", get[1], get[2])
        branch = get[1] if get[1] is not None else get[2]
        return branch is not None and assign(types, (node, 0), branch), True
    if op in _ONE_DATA:
        return get[1] is not None and assign(types, (node, 0), get[1]), True
    if op in _JOINING:
        return _joined(node, types, assign, get + [out]), True
    if op in _AT_LEAST:     # (one output per input, all of one dtype)
        return _joined(node, types, assign, get + [types.get((id(node), i)) for i in range(node.num_outputs)]), True
    if op in _MIXED and None in get:    # (two known dtypes: the result's promotion, by the op's own rule)
        return _unified(node, types, assign, get + [out]), True
    if op in _SAME_DTYPE:
        return _same_dtype(node, types, assign, get, out)
    if op in _INTEGER_SCALAR:
        if get[0] is None or np.dtype(get[0]).kind not in "iub":
            raise MXNetError(in_operator(node.name, op, _INTEGERS_ONLY))
        return False, False
    if op == "_npx_constraint_check":       # a bool condition, checked known or not; a bool result
        if get[0] is None or np.dtype(get[0]) != np.bool_:
            raise MXNetError(in_operator(node.name, op, "Check failed: in_attrs->at(0) == mshadow::kBool: ",
                                         ("../src/operator/numpy/np_constraint_check.cc", 52)))
        return assign(types, (node, 0), np.bool_), True
    if op in _ARG_REDUCTIONS and get[0] is None:
        raise MXNetError(in_operator(node.name, op, "Check failed: in_attrs->at(0) != -1 (-1 vs. -1) : ", _ARG_SITE))
    if op == "_npi_around" and get[0] is not None and np.dtype(get[0]) == np.float16:
        raise MXNetError(in_operator(node.name, op, "Check failed: in_attrs->at(0) != mshadow::kFloat16: Do not "
                                                    "support `float16` as input.\n", _AROUND_SITE))
    if op == "_np_sum" and get[0] is not None and np.dtype(get[0]) == np.bool_ and \
            node.attrs.get("dtype") not in (None, "None", "int32", "int64", "float32", "float64"):
        raise MXNetError(in_operator(node.name, op, _BOOL_SUM_WORDS, _BOOL_SUM_SITE))
    fixed = _output_before_inputs(node, get)
    if fixed is not None:
        return any([assign(types, (node, i), fixed) for i in range(node.num_outputs)]), True
    if op in _TOLD_BY_OUTPUT or op in _REDUCTIONS:
        return get[0] is None and out is not None and assign(types, node.inputs[0], out), False
    if op in ("_npi_average", "_npi_bincount"):
        return _weighted(node, types, assign, get), True
    if op in _INSERTS:
        return get[0] is not None and assign(types, (node, 0), get[0]), True
    return False, False


def _joined(node, types, assign, dtypes):
    """Every input and the output of the first known dtype among them (a disagreement refused)."""
    known = [t for t in dtypes if t is not None]
    for j, t in enumerate(dtypes[:len(node.inputs)]):
        if t is not None and np.dtype(t) != np.dtype(known[0]):
            if node.op.name in _CONCAT_TYPED:
                raise MXNetError(in_operator(node.name, node.op.name, _non_uniform(node.op.name, j, known[0], t),
                                             ("../src/operator/nn/concat.cc", 151)))
            if node.op.name in _JOIN_INCONSISTENT:
                raise MXNetError(in_operator(node.name, node.op.name, message_of(type_inconsistent(t, known[0]))))
            raise MXNetError(in_operator(node.name, node.op.name, _incompatible(node.name, j, known[0], t)))
    return _unified(node, types, assign, dtypes)


def _non_uniform(op, j, want, have):
    from ..ndarray.registry import inferred_type_name
    return (f"Check failed: in_type->at(i) == dtype || in_type->at(i) == -1: Non-uniform data type in {op}, "
            f"expected data type {inferred_type_name(want)}, got data type {inferred_type_name(have)} for input {j}")


def _incompatible(name, j, want, have):
    from ..ndarray.registry import inferred_type_name
    return (f"Check failed: assign(&dattr, vec.at(i)): Incompatible attr in node {name} at {j}-th input: "
            f"expected {inferred_type_name(want)}, got {inferred_type_name(have)}")


def _unified(node, types, assign, dtypes):
    """Give every unknown input and output of ``node`` the first known dtype of ``dtypes`` (inputs, then output)."""
    known = [t for t in dtypes if t is not None]
    if not known:
        return False
    entries = list(node.inputs) + [(node, i) for i in range(node.num_outputs)]
    return any([assign(types, entry, known[0]) for entry in entries])


def _same_dtype(node, types, assign, get, out):
    """Two arrays of one dtype: integer-only ops need the first's known first, float-only ones check it after
    the pair is told; the comparisons' bool output tells nothing back."""
    op = node.op.name
    kinds = _SAME_DTYPE[op]
    if kinds == "iub" and get[0] is None:
        raise MXNetError(in_operator(node.name, op, _INTEGERS_ONLY))
    known = [t for t in get if t is not None]
    if known:
        _check(node, op[len("_npi_"):], kinds, get[0] if get[0] is not None else known[0], known[-1])
    if op in _COMPARISONS:
        return len(known) == 1 and any([assign(types, entry, known[0]) for entry in node.inputs]), False
    changed = _unified(node, types, assign, get + [out])
    if kinds == "f" and types.get((id(node.inputs[0][0]), node.inputs[0][1])) is None:
        error = MXNetError(_FLOATS_ONLY)
        error.op_name = op
        _check_raise(node, error)
    return changed, False


def _output_before_inputs(node, get):
    """The output's dtype where the op decides it before (or without) its inputs' dtypes, else None."""
    op, attrs = node.op.name, node.attrs
    dtype = attrs.get("dtype")
    if op in _FIXED:
        return _FIXED[op]
    if op in _SAMPLERS_WITH_DTYPE:
        return np.dtype(dtype if dtype not in (None, "None") else "float32").type
    if (op in _REDUCTIONS or op == "_npi_full_like") and dtype not in (None, "None"):
        return np.dtype(dtype).type
    if op == "_npi_mean" and get[0] is None:        # (unknown data is no float)
        return np.float32
    if op == "_npi_percentile":
        return np.float64 if get[0] is not None and np.dtype(get[0]) == np.float64 else np.float32
    if op in _LAPACK:
        dtype = _lapack_type(node, [get[0]], _LAPACK[op])
        if op == "_npi_pinv" and (get[1] is None or np.dtype(get[1]) not in (np.float32, np.float64)):
            raise MXNetError(in_operator(node.name, op, "Check failed: rcond_type == mshadow::kFloat32 || rcond_type "
                                         "== mshadow::kFloat64: rcond type should be float32 or float64.",
                                         _PINV_RCOND_SITE))
        return dtype
    if op in _LAPACK_PAIRS:
        return _lapack_type(node, get[:2], _LAPACK_PAIRS[op] + ("",))
    return None


def _lapack_type(node, dtypes, site):
    """float16 refused (each input in turn, at its own check); float32 inputs give float32, any other (or an
    unknown one) float64."""
    path, line, stop = site
    for k, t in enumerate(dtypes):
        if t is not None and np.dtype(t) == np.float16:
            raise MXNetError(in_operator(node.name, node.op.name, f"Check failed: {'ab'[k]}_type != mshadow::kFloat16 "
                                         f"(2 vs. 2) : array type float16 is unsupported in linalg{stop}",
                                         (path, line + 2 * k)))
    return np.float32 if all(t is not None and np.dtype(t) == np.float32 for t in dtypes) else np.float64


def _weighted(node, types, assign, get):
    """np.average: the weights take the data's dtype, which is the result's; np.bincount's result has the
    weights' dtype (without weights, the data's)."""
    if node.op.name == "_npi_bincount":
        has_weights = str(node.attrs.get("has_weights", False)) in ("True", "1", "true")
        told = get[1] if has_weights else get[0]
        return told is not None and assign(types, (node, 0), told)
    if get[0] is None:
        return False
    if len(get) > 1 and get[1] is not None and np.dtype(get[1]) != np.dtype(get[0]):
        raise MXNetError(in_operator(node.name, node.op.name, message_of(type_inconsistent(get[1], get[0]))))
    return any([assign(types, entry, get[0]) for entry in list(node.inputs) + [(node, 0)]])


def _check(node, name, kinds, first, second):
    try:
        check_same_dtype(name, kinds, np.dtype(first), np.dtype(second))
    except MXNetError as e:
        _check_raise(node, e)


def _check_raise(node, error):
    raise MXNetError(in_operator(node.name, node.op.name, message_of(error))) from None
