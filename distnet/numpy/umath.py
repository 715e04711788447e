"""Elementwise functions of ``mx.np``: MXNet's type promotion over the registry's arithmetic and math ops."""
import contextlib
import functools
import re

import numpy as _np

from ..autograd import is_recording
from ..base import MXNetError, builtin_at, located
from ..ndarray.failures import OUTSTANDING, KernelError, copy_error, with_error
from ..ndarray.ops_elemwise import c_double, libm_f32, libm_f64
from ..ndarray.ndarray import NDArray, warn_complex_cast
from ..ndarray.overlap_copy import compute_in_order as _compute_in_order
from ..ndarray.overlap_copy import lag_behind as _lag_behind
from ..ndarray.registry import OPS, defop, double_as_int, unbroadcast
from ..ndarray.shape_text import broadcast_refusal, broadcasts_to as _broadcasts_to
from ..ndarray.shape_text import assigned as _assigned, legacy_broadcast_shape as _legacy_broadcast_shape
from ..util import is_np_shape, wrap_np_binary_func, wrap_np_unary_func
from .backend_names import backend_name as _backend_name
from .multiarray import legacy_refusal as _legacy_refusal
from .multiarray import inferred_type_name, type_inconsistent, type_text
from .multiarray import invoke_np, ndarray, out_targets, refuse_legacy_arrays, refuse_legacy_scalars, wrap_np
from .multiarray import not_an_array, output_count_refusal, refuse_unknown_shapes
from .recorded_names import comparison_shown_as, shown_as

_SCALARS = (int, float, bool, _np.generic)

# NumPy 1.23 (MXNet's) runs these ufuncs' float and double loops with the C library's functions; newer NumPy's
# AVX-512 loops round some results differently
_LIBM_UFUNCS = {"power": "pow", "float_power": "pow", "arctan2": "atan2"}


def numpy_1_23(ufunc, *args):
    """``ufunc(*args)`` on NumPy data (plain numbers or host copies) with NumPy 1.23's float32 and float64 bits."""
    res = ufunc(*args)      # NumPy's result type and warnings
    cname = _LIBM_UFUNCS.get(getattr(ufunc, "__name__", None))
    dtype = getattr(res, "dtype", None)
    if cname is None or dtype not in (_np.float32, _np.float64):
        return res
    if dtype == _np.float64:
        return libm_f64(cname, ufunc, *[_np.asarray(x, _np.float64) for x in args])[()]
    return libm_f32(cname + "f", ufunc, *args)[()]


class _DTypeClassText:
    """A dtype class as NumPy 1.23 prints it (newer NumPy's are numpy.dtypes.<Name>DType)."""

    def __init__(self, cls):
        self.cls = cls

    def __repr__(self):
        return f"<class 'numpy.dtype[{self.cls.type.__name__}]'>"


@contextlib.contextmanager
def numpy_1_23_errors():
    """NumPy's errors raised inside in NumPy 1.23's words: ufunc errors naming dtype classes, and the messages
    newer NumPy words otherwise."""
    try:
        yield
    except _np.core._exceptions._UFuncNoLoopError as err:
        dtypes = tuple(_DTypeClassText(d) if isinstance(d, type) and issubclass(d, _np.dtype) else d
                       for d in err.dtypes)
        raise type(err)(err.ufunc, dtypes).with_traceback(err.__traceback__) from None
    except (TypeError, ValueError) as err:
        older = _in_numpy_123_words(str(err))
        if older is None:
            raise
        raise type(err)(older).with_traceback(err.__traceback__) from None


# (newer NumPy's words, NumPy 1.23's) in errors of the NumPy functions MXNet runs on NumPy 1.23
_NUMPY_123_WORDS = (("all the input array dimensions except for the concatenation axis",
                     "all the input array dimensions for the concatenation axis"),
                    ("only length-1 arrays can be converted", "only size-1 arrays can be converted"),
                    ("the dimension of the sample x.", "the dimension of the  sample x."))


def _in_numpy_123_words(text):
    """``text`` in NumPy 1.23's words, or None where they are newer NumPy's too."""
    older = text
    for newer, old in _NUMPY_123_WORDS:
        older = older.replace(newer, old)
    return None if older == text else older


def _operand(x):
    """An ``mx.np`` array or a Python/numpy scalar; MXNet refuses lists, numpy arrays and legacy NDArrays."""
    if isinstance(x, ndarray) or isinstance(x, _SCALARS):
        return x
    raise TypeError(f"type {type_text(x)} not supported")


def _unary_front_end(x, out=None, **kwargs):  # noqa: ARG001
    """MXNet's front end of a unary function, before it hands ``out=`` to the backend: a number's result is NumPy's
    (``out`` unread), anything else but an array is refused."""
    if isinstance(x, _SCALARS):
        return False
    if not isinstance(x, NDArray):
        raise TypeError(f"type {type_text(x)} not supported")
    return True


def _binary_front_end(name):
    """MXNet's front end of binary function ``name``, before it hands ``out=`` to the backend: the operands'
    checks; two numbers are NumPy's (``out`` unread)."""
    def check(x1, x2, out=None, **kwargs):  # noqa: ARG001
        _check_operands(x1, x2, name)
        return isinstance(x1, NDArray) or isinstance(x2, NDArray)
    return check


def _check_operands(x1, x2, name):
    """MXNet's checks of the operands of binary function ``name``: beside a scalar the other one must be an array
    (its AssertionError), an mx.np one (its ``_scalar`` operator's refusal), else both must be mx.np arrays (a
    TypeError naming the second one's type)."""
    scalar1, scalar2 = isinstance(x1, _SCALARS), isinstance(x2, _SCALARS)
    if scalar1 and scalar2:
        return
    if scalar1 or scalar2:
        other = x2 if scalar1 else x1
        if not isinstance(other, NDArray):      # (None: a missing input of the scalar operator)
            op = _scalar_operator(name, scalar1)
            raise not_an_array("data", other, _REGISTERED_AS.get(op, op))
        if not isinstance(other, ndarray):
            raise _legacy_refusal(_scalar_operator(name, scalar1))
    elif not (isinstance(x1, ndarray) and isinstance(x2, ndarray)):
        raise TypeError(f"type {type_text(x2)} not supported")


# binary functions whose ``_scalar`` operator serves a number on either side, and those computing ``x < number``
# as ``number > x``; the others have an ``_r<name>_scalar`` operator for a number first
_SYMMETRIC = frozenset("add multiply maximum minimum hypot equal not_equal bitwise_and bitwise_or bitwise_xor lcm "
                       "gcd logical_and logical_or logical_xor".split())
_MIRRORED = {"greater": "less", "less": "greater", "greater_equal": "less_equal", "less_equal": "greater_equal"}


def _scalar_operator(name, scalar_first):
    """MXNet's operator of binary function ``name`` with a number as one operand (``scalar_first``: the left one)."""
    if scalar_first and name in _MIRRORED:
        return f"_npi_{_MIRRORED[name]}_scalar"
    return f"_npi_{'r' if scalar_first and name not in _SYMMETRIC else ''}{name}_scalar"


# operators MXNet registered under another name than the ``_npi_`` one its front end calls
_REGISTERED_AS = {"_npi_maximum": "broadcast_maximum", "_npi_minimum": "broadcast_minimum",
                  "_npi_maximum_scalar": "_maximum_scalar", "_npi_minimum_scalar": "_minimum_scalar",
                  "_npi_hypot_scalar": "_hypot_scalar"}


def _broadcast_output(shape, out):
    """The output shape legacy inference gives a broadcasting operator whose inputs broadcast to ``shape`` (a 0 size
    unknown) writing ``out``: its unknown sizes filled from ``out``'s."""
    out = _out_target(out)
    return tuple(shape) if out is None or not out.ndim else tuple(_assigned(out.shape, [d or -1 for d in shape]))


def _refuse_unknown_shapes(name, x1, x2, out=None):
    """Without NumPy shape semantics a 0-d or zero-size operand fails MXNet's shape inference before its checks of
    ``out=`` and of the types, naming the operator the operands select and the broadcast shape it inferred (after
    checking that the shapes broadcast)."""
    def operator():
        both = isinstance(x1, NDArray) and isinstance(x2, NDArray)
        op = f"_npi_{name}" if both else _scalar_operator(name, not isinstance(x1, NDArray))
        scalar = () if both else [("scalar", float(x2 if isinstance(x1, NDArray) else x1))]
        return _REGISTERED_AS.get(op, op), scalar
    shapes = [x.shape for x in (x1, x2) if isinstance(x, NDArray)]
    if not shapes or not all(shapes):     # (no array, or an unknown rank: nothing inferred)
        return refuse_unknown_shapes(operator, (x1, x2))
    if len(shapes) == 2 and not is_np_shape() and any(0 in s for s in shapes):
        _check_broadcast(*shapes)
    inferred = _legacy_broadcast_shape(shapes[0], shapes[-1])
    refuse_unknown_shapes(operator, (x1, x2), outputs=_broadcast_output(inferred, out))


def _in_order(func):
    """Elementwise ``func(*arrays, out=None)`` writing an ``out`` that an input trails in the same storage, as
    MXNet's kernels compute element by element, each reading the ones written before it
    (``np.add(x[:-1], x[1:], out=x[1:])`` and ``x[1:] += x[:-1]`` sum running totals; ``x += x[:1]`` adds the
    doubled first row to the rows below)."""
    @functools.wraps(func)
    def run(*args, out=None):
        arrays = [x._data for x in args if isinstance(x, NDArray)] if isinstance(out, NDArray) and not OUTSTANDING \
            else ()     # (a failed input's data is its error, raised when read)
        if arrays and any(a is not out._data and _np.may_share_memory(a, out._data) for a in arrays):
            lag = min((n for n in (_lag_behind(out._data, a) for a in arrays) if n), default=0)
            if lag and all(a.shape == out.shape for a in arrays):
                flat = [x._data.reshape(-1) if isinstance(x, NDArray) else x for x in args]
                to = out._data.reshape(-1)
                for start in range(0, to.size, lag):
                    func(*[wrap_np(x[start:start + lag], out._ctx) if isinstance(x, _np.ndarray) else x for x in flat],
                         out=wrap_np(to[start:start + lag], out._ctx))
                return out
            if _broadcasts_to(out.shape, [a.shape for a in arrays]) and _compute_in_order(      # x += x[:1]
                    lambda *xs: func(*[wrap_np(x, out._ctx) if isinstance(x, _np.ndarray) else x for x in xs])._data,
                    out._data, [x._data if isinstance(x, NDArray) else x for x in args]):
                return out
        return func(*args, out=out)
    return run


def result_type(a, b):
    """The dtype of a binary arithmetic result, by MXNet's rules (a float side wins over integers)."""
    ta, tb = _np.dtype(a), _np.dtype(b)
    if ta == tb:
        return ta
    if ta.kind == "b":
        return tb
    if tb.kind == "b":
        return ta
    fa, fb = ta.kind == "f", tb.kind == "f"
    if fa != fb:
        return ta if fa else tb
    dt = _np.promote_types(ta, tb)
    return _np.dtype(_np.int32) if dt == _np.int16 else dt


def _cast(x, dt):
    return x if x.dtype == dt else invoke_np("Cast", (x,), {"dtype": dt.name})


@defop("_npi_int_bool_binary")
def _int_bool_binary(lhs, rhs, *, base="broadcast_mul", message=""):
    """``base`` of two arrays of different integer (or bool) types (cast to the result dtype); MXNet's backward
    kernel for the pair is missing: its gradients fail when read."""
    dtype = result_type(lhs.dtype, rhs.dtype)
    return OPS[base].fwd(lhs.astype(dtype, copy=False), rhs.astype(dtype, copy=False))


_int_bool_binary.stands_for = lambda attrs: attrs["base"]     # (the op MXNet records: see autograd's _mxnet_name)


@_int_bool_binary.grad
def _(dy, out, lhs, rhs, base="broadcast_mul", message=""):
    from ..ndarray.failures import backward_kernel_error
    backward_kernel_error(message)
    return _np.zeros(lhs.shape, lhs.dtype), _np.zeros(rhs.shape, rhs.dtype)


@defop("_npi_mixed_binary")
def _mixed_binary(lhs, rhs, *, base="broadcast_add"):
    """``base`` of two arrays of different types, one a float, computed in the result type: MXNet's
    mixed-precision kernels, one recorded node whose backward meets the head gradient's type itself."""
    dtype = result_type(lhs.dtype, rhs.dtype)
    return OPS[base].fwd(lhs.astype(dtype, copy=False), rhs.astype(dtype, copy=False))


_mixed_binary.meets_head_dtype = lambda attrs: True      # (see autograd's _head_dtype_refusal)
_mixed_binary.stands_for = lambda attrs: attrs["base"]     # (the op MXNet records: see autograd's _mxnet_name)


@_mixed_binary.grad
def _(dy, out, lhs, rhs, base="broadcast_add"):
    return _mixed_backward(base, dy, out, lhs, rhs)


# where MXNet's mixed-type backward kernels refuse a bool head gradient (true_divide's header is included
# by another path)
_MIXED_BACKWARD_SITE = ("../src/operator/numpy/./np_elemwise_broadcast_op.h", 446)
_DIVIDE_BACKWARD_SITE = ("../src/operator/numpy/./../numpy/np_elemwise_broadcast_op.h", 446)


def _mixed_backward(base, dy, out, lhs, rhs):
    """The gradients of ``base`` of two arrays of different types, as MXNet's mixed-type backward kernels give
    them: computed in the head gradient's type, which must be one of the inputs' (else reading a gradient
    fails); an input of that type gets its gradient, a float one of another float type gets it converted, the
    others zeros."""
    from ..ndarray.failures import backward_kernel_error
    from ..ndarray.shape_text import OperatorMessage
    head = _np.dtype(dy.dtype)
    zeros = (_np.zeros(lhs.shape, lhs.dtype), _np.zeros(rhs.shape, rhs.dtype))
    if head not in (lhs.dtype, rhs.dtype):
        backward_kernel_error(tblob_mismatch(rhs.dtype, head))
        return zeros
    if head.kind == "b":
        site = _DIVIDE_BACKWARD_SITE if base == "broadcast_div" else _MIXED_BACKWARD_SITE
        backward_kernel_error(OperatorMessage("Unknown type enum 7", site=site))
        return zeros
    lhs_in, rhs_in = _as_type(lhs, head), _as_type(rhs, head)
    if out.dtype != head:       # (the kernel of the head's type makes its own output: power's reads it)
        out = OPS[base].fwd(lhs_in, rhs_in) if isinstance(out, _np.ndarray) else out.astype(head)
    grads = OPS[base].bwd(dy, out, lhs_in, rhs_in)
    return tuple(_as_type(g, x.dtype) if x.dtype == head or x.dtype.kind == head.kind == "f" else zero
                 for g, x, zero in zip(grads, (lhs, rhs), zeros))


def _as_type(x, dtype):
    return x if x.dtype == dtype else x.astype(dtype)


def _two_types(x1, x2):
    """Whether an op's operands are two arrays of different types."""
    return isinstance(x1, NDArray) and isinstance(x2, NDArray) and x1.dtype != x2.dtype


def _same_integers(x1, x2):
    return isinstance(x1, NDArray) and isinstance(x2, NDArray) and x1.dtype == x2.dtype and x1.dtype.kind in "iub"


def _two_types_call(name, op_name, x1, x2, out, true_divide, mixed_ints):
    """``op_name`` of two arrays of different types, recorded as one node as MXNet records it: with a float
    among them, MXNet's mixed-precision op (see _mixed_binary). MXNet lacks kernels for some pairs (true_divide
    of two float types, some integer pairs): the result fails when read, the backward may run all the same."""
    dtype = result_type(x1.dtype, x2.dtype)
    if true_divide and dtype.kind != "f":
        dtype = _np.dtype(_np.float32)
    floats = "f" in (x1.dtype.kind, x2.dtype.kind)
    _check_broadcast(x1.shape, x2.shape)        # (shapes are inferred before types)
    if _runs_kernel(x1, x2):
        mixes = _mixes_ints(mixed_ints, x1, x2) and not true_divide
        message = _unsupported_mix(name, x1.dtype, x2.dtype, mixes, true_divide)
        if message:      # MXNet infers the result at the call and raises when it is read (its kernel runs later)
            _check_out_dtype(out, dtype)
            site = _true_divide_site(x1.dtype) if true_divide else None
            backward = "divide" if floats else _int_bool_pair(name, x1, x2)
            return _failing(x1, x2, message, dtype, out=out, op=f"_npi_{name}", site=site, backward=backward,
                            base=op_name)
    if floats:
        return invoke_np(_mixed_binary, (x1, x2), {"base": op_name}, out=out)
    pair = _int_bool_pair(name, x1, x2)
    if pair:
        return invoke_np(_int_bool_binary, (x1, x2), {"base": op_name, "message": pair}, out=out)
    return invoke_np(OPS[op_name], (_cast(x1, dtype), _cast(x2, dtype)), out=out)


# the binary functions whose MXNet backward takes two types, but no two different integer (or bool) types
_MIXED_BACKWARDS = {"multiply": "_backward_npi_broadcast_mul", "add": "_backward_npi_broadcast_add",
                    "power": "_backward_npi_broadcast_power", "subtract": "_backward_npi_broadcast_sub",
                    "true_divide": "_backward_npi_broadcast_div", "mod": "_backward_npi_broadcast_mod"}


def _int_bool_pair(name, x1, x2):
    """MXNet's words for the backward of ``name`` on two arrays of different integer or bool types (recorded), or
    None."""
    if name not in _MIXED_BACKWARDS or not is_recording() or x1.dtype == x2.dtype or \
            x1.dtype.kind not in "iub" or x2.dtype.kind not in "iub":
        return None
    return (f"Operator {_MIXED_BACKWARDS[name]} does not support combination of {_C_TYPES[x1.dtype.name]} "
            f"with {_C_TYPES[x2.dtype.name]} yet...")


def _mixed_operand(x, dt):
    """An integer or bool operand of a float result beside a float one: MXNet's mixed-type backward gives it a
    zero gradient."""
    if x.dtype.kind in "iub" and dt.kind == "f" and is_recording():
        return _zero_gradient(lambda d: d.astype(dt), x)
    return _cast(x, dt)


_C_TYPES = {"bool": "bool", "int8": "char", "uint8": "unsigned char", "int32": "int", "int64": "long long",
            "float16": "mshadow::half::half_t", "float32": "float", "float64": "double"}


def tblob_mismatch(expected, given):
    """MXNet's words when a kernel reads an array of dtype ``given`` as one of dtype ``expected``."""
    def name(dtype):
        dtype = _np.dtype(dtype)
        return "half" if dtype == _np.float16 else _C_TYPES[dtype.name]
    return ("Check failed: mshadow: :DataType<DType>::kFlag == type_flag_: TBlob.get_with_shape: data type do not "
            f"match specified type.Expected: {name(expected)} v.s. given {name(given)}")


def _divided(x):
    """An integer or bool array divided by true_divide, in float32; recorded, its gradient fails when read, as
    MXNet's backward kernel reads the operands as floats."""
    if is_recording() and x.dtype.kind in "iub":
        return invoke_np(_divided_integers, (x,))
    return _cast(x, _np.dtype(_np.float32))


@defop("_npi_true_divide_integers")
def _divided_integers(x):
    """Integers (or bools) as the float32 true_divide computes with."""
    return x.astype(_np.float32)


@_divided_integers.grad
def _(dy, out, x):
    from ..ndarray.failures import backward_kernel_error
    backward_kernel_error("Unknown type enum 7" if x.dtype == _np.bool_ else tblob_mismatch(_np.float32, x.dtype))
    return (_np.zeros(x.shape, x.dtype),)


@defop("_npi_array_with_number")
def _array_with_number(lhs, rhs, *, base="broadcast_add", dtype="int64"):
    """``base`` of a bool array with a number (or of an integer one, for true_divide), computed in ``dtype``: MXNet's
    scalar kernel takes the array as it is (one recorded node, no Cast before it)."""
    return OPS[base].fwd(*(x.astype(dtype) if isinstance(x, _np.ndarray) else x for x in (lhs, rhs)))


_array_with_number.stands_for = lambda attrs: attrs["base"]     # (recorded as its scalar op: see autograd)


@_array_with_number.grad
def _(dy, out, lhs, rhs, base="broadcast_add", dtype="int64"):
    # (the scalar kernels lack these types: autograd_bool_kernels finds how each backward fails)
    return tuple(_np.zeros(x.shape, x.dtype) if isinstance(x, _np.ndarray) else None for x in (lhs, rhs))


def _number_kernel_type(array, true_divide):
    """The type MXNet's scalar kernel computes an array with a number in, where it differs from the array's: float32
    for true_divide of a bool or integer array, int64 for other ops of a bool one; else None."""
    if true_divide and array.dtype.kind in "iub":
        return _np.dtype(_np.float32)
    if array.dtype.kind == "b":
        return _np.dtype(_np.int64)
    return None


@defop("_npi_true_divide_same_integers")
def _same_integers_divided(lhs, rhs):
    """true_divide of two arrays of one integer (or bool) type, in float32, recorded as one node."""
    return OPS["broadcast_div"].fwd(lhs.astype(_np.float32), rhs.astype(_np.float32))


_same_integers_divided.meets_head_dtype = lambda attrs: True     # (see autograd's _head_dtype_refusal)
_same_integers_divided.stands_for = lambda attrs: "broadcast_div"


@_same_integers_divided.grad
def _(dy, out, lhs, rhs):
    """MXNet's backward kernel reads the inputs in the head gradient's type: only one of their own type passes
    (their truncated integer gradients); bools it has no kernel for."""
    from ..ndarray.failures import backward_kernel_error
    from ..ndarray.shape_text import OperatorMessage
    if lhs.dtype.kind == "b":
        backward_kernel_error(OperatorMessage("Unknown type enum 7", site=_BINARY_BACKWARD_SITE))
    elif dy.dtype != lhs.dtype:
        backward_kernel_error(tblob_mismatch(dy.dtype, lhs.dtype))
    else:
        return OPS["broadcast_div"].bwd(dy, out, lhs, rhs)
    return _np.zeros(lhs.shape, lhs.dtype), _np.zeros(rhs.shape, rhs.dtype)


_BINARY_BACKWARD_SITE = ("../src/operator/numpy/./../tensor/./elemwise_binary_op.h", 755)


def _unsupported_mix(opname, ta, tb, mixed_ints, true_divide):
    """MXNet 1.9's kernel error for a dtype pair it lacks, or None: int8 with uint8 always; unless ``mixed_ints``
    (subtract, mod), two different integer types (bool counting as one) or two bools; for true_divide, two
    different integer (or bool) types or two different float types."""
    if ta == tb and (ta.kind != "b" or mixed_ints or true_divide):
        return None
    if true_divide:
        return "not implemented yet..." if (ta.kind in "iub") == (tb.kind in "iub") else None
    ints = "iu" if mixed_ints else "iub"
    if ta.kind in ints and tb.kind in ints:
        if ta == tb:
            return f"Operator _npi_{opname} does not support boolean type"
        if not mixed_ints:
            return (f"Operator _npi_{opname} does not support combination of {_C_TYPES[ta.name]} with "
                    f"{_C_TYPES[tb.name]} yet...")
        if {ta.name, tb.name} == {"int8", "uint8"}:
            return tblob_mismatch(tb, _np.int32)
    return None


def _true_divide_site(dtype):
    """Where MXNet's true_divide refuses two types: its branch for two float types, or that for two others."""
    return ("../src/operator/numpy/./np_true_divide-inl.h", 118 if _np.dtype(dtype).kind == "f" else 147)


@defop("_npi_unsupported_dtype_pair")
def _unsupported_pair_op(lhs, rhs, *, message="", dtype="float32", shape=None, standing_for=None, site=None,
                         base=None):
    """A kernel MXNet lacks for a dtype pair: the result has the inferred dtype and shape (``shape``, else the
    operands' broadcast shape); reading it raises (``standing_for``: MXNet's operator, where known; ``site``: the
    source line of its check, where the types decide it)."""
    if shape is None:
        shape = _np.broadcast_shapes(_np.shape(lhs), _np.shape(rhs))
    error = KernelError(message, _np.zeros(tuple(shape), dtype))
    error.op_name, error.raised_at = standing_for, site
    raise error


_unsupported_pair_op.stands_for = lambda attrs: attrs.get("base")      # (see autograd's _mxnet_name)
_unsupported_pair_op.backward_in_mxnet = True       # (its gradient reaches the ops before it: see autograd)


_BROADCAST_KERNELS = "../src/operator/numpy/./../tensor/elemwise_binary_broadcast_op.h"
_INTEGER_ONLY_KERNELS = frozenset(("_npi_lcm", "_npi_bitwise_and", "_npi_bitwise_or", "_npi_bitwise_xor"))


def _broadcast_kernel_site(message):
    """The source line of a type refusal in MXNet's broadcasting kernel (operands of different shapes), whose
    checks stand apart from the same-shape kernel's; None where it is the same."""
    refused_bool = re.match(r"Operator (\S+) does not support boolean type$", message)
    if refused_bool:
        name = refused_bool.group(1)
        if name.startswith("broadcast_"):
            return ("../src/operator/tensor/./elemwise_binary_broadcast_op.h", 381)
        if name == "_npi_subtract":
            return ("../src/operator/nn/./../tensor/./elemwise_binary_broadcast_op.h", 381)
        return (_BROADCAST_KERNELS, 350 if name in _INTEGER_ONLY_KERNELS else 381)
    if message == "not implemented yet...":
        return ("../src/operator/numpy/./np_true_divide-inl.h", 230)
    if "TBlob.get_with_shape: data type do not match" in message:
        return ("../include/mxnet/././tensor_blob.h", 255)
    return None


@defop("_npi_unsupported_dtype_pair_backward")
def _unsupported_pair_with_backward(lhs, rhs, *, message="", dtype="float32", shape=None, standing_for=None,
                                    site=None, backward="", base=None):
    """``_npi_unsupported_dtype_pair`` of an op whose backward kernel runs (it reads the inputs alone): as
    ``backward`` says, that of broadcast_div ('divide'), else one failing with these words."""
    return _unsupported_pair_op.fwd(lhs, rhs, message=message, dtype=dtype, shape=shape, standing_for=standing_for,
                                    site=site)


_unsupported_pair_with_backward.meets_head_dtype = lambda attrs: attrs.get("backward") == "divide"
_unsupported_pair_with_backward.stands_for = lambda attrs: attrs.get("base")


@_unsupported_pair_with_backward.grad
def _(dy, out, lhs, rhs, backward="", **attrs):
    from ..ndarray.failures import backward_kernel_error, backward_reads_no_outputs
    if backward == "divide":
        backward_reads_no_outputs()
        return _mixed_backward("broadcast_div", dy, out, lhs, rhs)
    backward_kernel_error(backward, own=True)
    return _np.zeros(lhs.shape, lhs.dtype), _np.zeros(rhs.shape, rhs.dtype)


def _failing(a, b, message, dtype, shape=None, out=None, op=None, site=None, backward=None, base=None):
    """The result of a kernel MXNet lacks: ``dtype`` and the broadcast shape (or ``shape``) now, ``message`` raised
    on reading (``out`` given, it is the result: MXNet's kernel was to write it); ``op``: the function failing,
    whose backward fails too where MXNet's lacks the type (see autograd_bool_kernels); ``site``: the source line
    of MXNet's check, where the types decide it; ``backward``: where the backward kernel runs all the same (see
    _unsupported_pair_with_backward); ``base``: the op recorded as failing, where it takes two types."""
    if isinstance(a, NDArray) and isinstance(b, NDArray) and a.shape != b.shape:
        site = _broadcast_kernel_site(message) or site
    if out is not None:
        from .multiarray import fails_when_read
        return fails_when_read(out, message, op=op, site=site)
    attrs = {"message": message, "dtype": _np.dtype(dtype).name}
    if shape is not None:
        attrs["shape"] = tuple(shape)
    if op is not None:
        attrs["standing_for"] = op
    if site is not None:
        attrs["site"] = site
    if base is not None:
        attrs["base"] = base
    if backward:
        return invoke_np(_unsupported_pair_with_backward, (a, b), dict(attrs, backward=backward))
    return invoke_np(_unsupported_pair_op, (a, b), attrs)


def _both_bool(a, b):
    return isinstance(a, NDArray) and isinstance(b, NDArray) and a.dtype.kind == b.dtype.kind == "b"


def _binary_operands(x1, x2, true_divide=False, same_dtype=False, opname="", mixed_ints=True, kinds="biuf",
                     keep_bool=False):
    """Both operands brought to the result dtype (arrays cast with recorded Casts, scalars left to the op)."""
    a, b = _operand(x1), _operand(x2)
    arr_a, arr_b = isinstance(a, NDArray), isinstance(b, NDArray)
    if arr_a and arr_b:
        if same_dtype:
            check_same_dtype(opname, kinds, a.dtype, b.dtype)
            return a, b
        dt = result_type(a.dtype, b.dtype)
        if true_divide and dt.kind != "f":
            dt = _np.dtype(_np.float32)
        if a.dtype != b.dtype:
            return _mixed_operand(a, dt), _mixed_operand(b, dt)
        if true_divide and a.dtype.kind != "f":
            return _divided(a), _divided(b)
        return _cast(a, dt), _cast(b, dt)
    arr = a if arr_a else b
    dt = None if keep_bool and not true_divide else _number_kernel_type(arr, true_divide)
    if dt is not None:
        arr = _divided(arr) if true_divide else _cast(arr, dt)
    scalar = _number_as(b if arr_a else a, arr.dtype)
    return (arr, scalar) if arr_a else (scalar, arr)


def _number_as(number, dt):
    """A number operand as a numpy scalar of the kernel's type ``dt`` (recording, one that remembers the number
    given, which the recorded node shows)."""
    if isinstance(number, _np.complexfloating):
        warn_complex_cast("np operand")     # MXNet passes float(number) on
    scalar = _scalar_as(number, dt)
    if is_recording() and dt.kind != "b":     # (numpy's bool scalars are two singletons: nothing to remember on)
        scalar = _showing_given(scalar, number)
    return scalar


def _array_with_number_call(op_name, x1, x2, dt, out):
    """``op_name`` of a bool or integer array with a number, computed in ``dt`` (see _array_with_number)."""
    a, b = _operand(x1), _operand(x2)
    if isinstance(a, NDArray):
        return invoke_np(_array_with_number, (a, _number_as(b, dt)), {"base": op_name, "dtype": dt.name}, out=out)
    return invoke_np(_array_with_number, (_number_as(a, dt), b), {"base": op_name, "dtype": dt.name}, out=out)


_SHOWING_TYPES = {}     # numpy scalar type: its subclass that remembers the number given


def _showing_given(scalar, given):
    """``scalar`` (the number cast to the array's type) remembering the number the caller gave, which MXNet's
    recorded node shows as its scalar attribute (``autograd.get_symbol``)."""
    cls = _SHOWING_TYPES.get(type(scalar))
    if cls is None:
        cls = _SHOWING_TYPES[type(scalar)] = type(type(scalar).__name__, (type(scalar),), {})
    shown = cls(scalar)
    shown.given = given
    return shown


# ops whose type inference reports a dtype pair as "Type inconsistent"; the other same-dtype ops assign the first
# input's dtype to the second (dmlc's "Incompatible attr")
_REPORTS_INCONSISTENT = frozenset("equal not_equal greater greater_equal less less_equal hypot arctan2".split())
_INTEGERS_ONLY = ("Check failed: in_attrs->at(0) == mshadow: :kInt64 || in_attrs->at(0) == mshadow::kInt32 || "
                  "in_attrs->at(0) == mshadow::kInt8 || in_attrs->at(0) == mshadow::kUint8 || "
                  "in_attrs->at(0) == mshadow::kBool: Only supports integer types.")
_FLOATS_ONLY = "Check failed: common: :is_float(in_attrs->at(0)): Do not support `int` as input.\n"
HALF_REFUSED = "Check failed: in_attrs->at(0) != mshadow: :kFloat16: Do not support `float16` as input.\n"  # np.around's


def check_same_dtype(opname, kinds, ta, tb):
    """MXNet's type inference of a binary op taking two arrays of one dtype among ``kinds``: integer-only ops
    check the first input's type before the pair, float-only ones after it."""
    ta, tb = _np.dtype(ta), _np.dtype(tb)
    if kinds == "iub" and ta.kind not in kinds:
        raise MXNetError(_INTEGERS_ONLY)
    if ta != tb:
        have, want = inferred_type_name(ta), inferred_type_name(tb)
        if opname in _REPORTS_INCONSISTENT:
            raise type_inconsistent(ta, tb)
        raise MXNetError("Check failed: assign(&dattr, vec.at(i)): Incompatible attr in node  at 1-th input: "
                         f"expected {have}, got {want}")
    if ta.kind not in kinds:
        error = MXNetError(_FLOATS_ONLY if kinds == "f" else _INTEGERS_ONLY)
        error.op_name = f"_npi_{opname}"        # (each float-only operator checks at its own line)
        raise error


def _scalar_as(s, dt):
    """A Python scalar as a numpy scalar of the array's dtype (MXNet casts it first; NumPy would widen a 0-d
    float32 array with a Python number to float64)."""
    if dt.kind == "b":
        return _np.bool_(s)
    if dt.kind in "iu":
        return double_as_int(s, dt)
    with _np.errstate(all="ignore"):
        return _np.array(s).astype(dt)[()]


def _runs_kernel(a, b):
    """Whether MXNet runs a binary kernel at all: it returns early for an empty result, so a dtype pair its
    kernels lack fails only when there is something to compute."""
    try:
        return _np.prod(_np.broadcast_shapes(_np.shape(a), _np.shape(b)), dtype=_np.int64) > 0
    except ValueError:      # shapes that do not broadcast: the operator's own check reports them
        return True


def _mixes_ints(mixed_ints, x1, x2):
    """Whether two different integer types mix: always for ``mixed_ints`` ops; for the others (subtract, mod)
    only when MXNet runs its broadcasting kernel, which mixes them, not its same-shape kernel, which refuses them
    (two bools are refused either way)."""
    return mixed_ints or (not _same_shape_kernel(x1.shape, x2.shape) and not _both_bool(x1, x2))


def _same_shape_kernel(s1, s2):
    """Whether MXNet computes a binary op of these shapes with its same-shape kernel: equal shapes, or any two
    giving a one-element result ((1,) and (), (1, 1) and (1,))."""
    if tuple(s1) == tuple(s2):
        return True
    try:
        return _np.prod(_np.broadcast_shapes(s1, s2), dtype=_np.int64) == 1
    except ValueError:      # shapes that do not broadcast: the operator's own check reports them
        return False


def _out_target(out):
    """The one mx.np array an ``out=`` names (a 1-tuple or 1-list holds it), else None."""
    target = out[0] if isinstance(out, (list, tuple)) and len(out) == 1 else out
    return target if isinstance(target, ndarray) else None


def _check_broadcast_out(x1, x2, out):
    """MXNet's shape inference of a binary op's ``out=`` array from two arrays (before any type check)."""
    target = _out_target(out)
    if target is None or not (isinstance(x1, ndarray) or isinstance(x2, ndarray)):
        return
    if (target.ndim == 0 or 0 in target.shape) and not is_np_shape():     # (an unknown shape: nothing to check)
        return
    if isinstance(x1, _SCALARS) or isinstance(x2, _SCALARS):     # a ``_scalar`` operator gives out the array's shape
        shape = (x2 if isinstance(x1, _SCALARS) else x1).shape
        if tuple(target.shape) != shape:
            raise MXNetError("Check failed: assign(&dattr, vec.at(i)): Incompatible attr in node  at 0-th output: "
                             f"expected [{','.join(map(str, shape))}], got [{','.join(map(str, target.shape))}]")
        return
    if not (isinstance(x1, ndarray) and isinstance(x2, ndarray)):
        return
    try:
        shape = _np.broadcast_shapes(x1.shape, x2.shape)
    except ValueError:      # the operator's own shape check reports the operands (before any type check)
        _check_broadcast(x1.shape, x2.shape)
        return
    if tuple(target.shape) != shape:
        raise MXNetError(f"Shape inconsistent, Provided = [{','.join(map(str, target.shape))}], inferred "
                         f"shape=[{','.join(map(str, shape))}]")


def _check_assigned_dtype(name, x1, x2, out):
    """MXNet's type inference of an op giving its two arrays' one dtype to its ``out=`` array (in the words of
    the op's inference: see _REPORTS_INCONSISTENT)."""
    target = _out_target(out)
    if target is None or not (isinstance(x1, ndarray) and isinstance(x2, ndarray)):
        return
    if name in ("hypot", "arctan2"):        # their inference assigns each operand's type to the result in turn
        for x in (x1, x2):
            if target.dtype != x.dtype:
                raise type_inconsistent(target.dtype, x.dtype)
        return
    if x1.dtype != x2.dtype or target.dtype == x1.dtype:
        return
    if name in _REPORTS_INCONSISTENT:
        raise type_inconsistent(target.dtype, x1.dtype)
    error = MXNetError("Check failed: assign(&dattr, vec.at(i)): Incompatible attr in node  at 0-th output: "
                       f"expected {inferred_type_name(x1.dtype)}, got {inferred_type_name(target.dtype)}")
    if name in _MIXED_PRECISION:        # (their type inference's own copy of the check)
        raise located(error, ("../src/operator/numpy/./../tensor/../elemwise_op_common.h", 134))
    raise error


# the binary functions whose type inference takes mixed types (MXNet's mixed-precision numpy operators)
_MIXED_PRECISION = ("add", "subtract", "multiply", "power", "mod", "remainder")


def _check_out_dtype(out, inferred):
    """MXNet's type inference refusing an ``out=`` array of another dtype than the result's (before any kernel
    runs)."""
    target = _out_target(out)
    if target is not None and target.dtype != inferred:
        raise type_inconsistent(target.dtype, inferred)


def _binary(name, op_name, true_divide=False, same_dtype=False, numpy_fn=None, mixed_ints=True, kinds="biuf",
            bool_kernel=None, scalar_first_swapped=False, public=None):
    op = OPS[op_name]
    numpy_fn = numpy_fn or getattr(_np, name)

    def func(x1, x2, out=None):
        _check_operands(x1, x2, name)
        _refuse_unknown_shapes(name, x1, x2, out)
        if same_dtype and isinstance(x1, NDArray) and isinstance(x2, NDArray):
            _check_broadcast(x1.shape, x2.shape)        # (shapes are inferred before types)
        if not isinstance(x1, NDArray) and not isinstance(x2, NDArray):
            return numpy_1_23(numpy_fn, x1, x2)
        _check_broadcast_out(x1, x2, out)
        if not true_divide:
            _check_assigned_dtype(name, x1, x2, out)
        if not same_dtype and _two_types(x1, x2):
            return _two_types_call(name, op_name, x1, x2, out, true_divide, mixed_ints)
        if true_divide and _same_integers(x1, x2) and is_recording():
            return invoke_np(_same_integers_divided, (x1, x2), out=out)
        if isinstance(x1, NDArray) != isinstance(x2, NDArray):
            dt = _number_kernel_type(x1 if isinstance(x1, NDArray) else x2, true_divide)
            if dt is not None:
                return _array_with_number_call(op_name, x1, x2, dt, out)
        a, b = _binary_operands(x1, x2, true_divide, same_dtype, name, mixed_ints, kinds)
        if _runs_kernel(a, b) and isinstance(x1, NDArray) and isinstance(x2, NDArray) and not same_dtype:
            mixed = _mixes_ints(mixed_ints, x1, x2) and not true_divide
            message = _unsupported_mix(name, x1.dtype, x2.dtype, mixed, true_divide)
            if message:      # (two bools: see _two_types_call)
                _check_broadcast(x1.shape, x2.shape)
                _check_out_dtype(out, a.dtype)
                return _failing(a, b, message, a.dtype, out=out, op=f"_npi_{name}", base=op_name)
        if bool_kernel is not None and _both_bool(a, b) and _runs_kernel(a, b):
            return _failing(a, b, f"Operator {bool_kernel} does not support boolean type", _np.bool_, out=out,
                            op=bool_kernel)
        if _both_bool(a, b) and not _runs_kernel(a, b):     # nothing to compute (NumPy refuses bool subtract)
            return wrap_np(_np.zeros(_np.broadcast_shapes(a.shape, b.shape), _np.bool_), a._ctx)
        if scalar_first_swapped and not isinstance(a, NDArray):
            a, b = b, a         # MXNet calls its ``_scalar`` kernel with the array first (for -0.0 and NaN ties)
        return invoke_np(op, (a, b), out=out)
    func.__name__ = func.__qualname__ = public or name     # (an alias is named as itself in Python's words)
    func.front_end = _binary_front_end(name)
    func.__doc__ = f"Elementwise ``{name}`` with broadcasting, as NumPy's, in MXNet's result dtypes."
    return wrap_np_binary_func(_in_order(func))


add = _binary("add", "broadcast_add")
subtract = _binary("subtract", "broadcast_sub", mixed_ints=False)
multiply = _binary("multiply", "broadcast_mul")
divide = _binary("true_divide", "broadcast_div", true_divide=True, public="divide")


def true_divide(x1, x2, out=None):
    """``divide`` without NumPy's ufunc keywords (MXNet's true_divide takes none: Python's TypeError)."""
    return divide(x1, x2, out=out)


true_divide.front_end = _binary_front_end("true_divide")
mod = _binary("mod", "broadcast_mod", mixed_ints=False)
remainder = _binary("mod", "broadcast_mod", mixed_ints=False, public="remainder")
power = _binary("power", "broadcast_power")
maximum = _binary("maximum", "broadcast_maximum", same_dtype=True, bool_kernel="broadcast_maximum",
                  scalar_first_swapped=True)
minimum = _binary("minimum", "broadcast_minimum", same_dtype=True, bool_kernel="broadcast_minimum",
                  scalar_first_swapped=True)
hypot = _binary("hypot", "broadcast_hypot", same_dtype=True, kinds="f", scalar_first_swapped=True)


def _zero_gradient(fn, *arrays):
    from .shaping import zero_gradient
    return zero_gradient(fn, *arrays)


def _check_out_shape(out, shape):
    """MXNet's shape inference check of an ``out=`` array (it must have the result's shape exactly)."""
    if tuple(out.shape) != tuple(shape):
        raise MXNetError("Check failed: assign(&dattr, vec.at(i)): Incompatible attr in node  at 0-th output: "
                         f"expected [{','.join(map(str, shape))}], got [{','.join(map(str, out.shape))}]")


def _write_out(out, res, ctx, boolean=False):
    """``res`` written into ``out`` (which must have ``res``'s dtype, as MXNet's outputs do), else a new array (on
    ``ctx``'s operator context: an input on cpu_pinned gives cpu)."""
    res = _np.asarray(res)
    if out is None:
        return wrap_np(res, ctx._op_ctx)
    if isinstance(out, (tuple, list)):
        target = out_targets("out", out)
        if not isinstance(target, NDArray):
            raise output_count_refusal(len(out))
        _write_out(target, res, ctx, boolean)
        return out
    if not isinstance(out, NDArray):
        raise TypeError(f"the out= of an mx.np operator must be an mx.np.ndarray, got {type(out).__name__}")
    _check_out_shape(out, res.shape)
    if out.dtype != res.dtype:
        if boolean:
            raise builtin_at(TypeError, "TypeError: the `out` parameter should be a boolean array",
                             ("../src/operator/numpy/np_elemwise_unary_op_basic.cc", 95))
        raise type_inconsistent(out.dtype, res.dtype)
    out._data[...] = res
    return out


def _comparison(name, numpy_fn):
    def func(x1, x2, out=None):
        _check_operands(x1, x2, name)
        if not isinstance(x1, NDArray) and not isinstance(x2, NDArray):
            return numpy_fn(x1, x2)
        _refuse_unknown_shapes(name, x1, x2, out)
        if isinstance(x1, NDArray) and isinstance(x2, NDArray):
            _check_broadcast(x1.shape, x2.shape)        # (shapes are inferred before types)
        _check_broadcast_out(x1, x2, out)
        a, b = _binary_operands(x1, x2, same_dtype=True, opname=name, keep_bool=True)
        if not isinstance(a, NDArray):          # MXNet casts the scalar to the array's dtype, bool included
            a = b.dtype.type(a)
        if not isinstance(b, NDArray):
            b = a.dtype.type(b)
        result = _compared(a, b, (x1, x2), out, name, numpy_fn)
        return _with_copy_error(result, isinstance(a, NDArray) and isinstance(b, NDArray))
    func.__name__ = func.__qualname__ = name
    func.front_end = _binary_front_end(name)
    func.__doc__ = f"Elementwise ``{name}`` as a bool array (zero gradient); no ufunc keywords, as MXNet's."
    return func


def _compared(a, b, given, out, name, numpy_fn):
    """``numpy_fn`` of operands ``a`` and ``b`` (as ``given``) into ``out``, as a bool array."""
    if out is None and is_recording():      # recorded with MXNet's zero gradient
        arrays = [v for v in (a, b) if isinstance(v, NDArray)]

        def compared(*data):
            return _np.asarray(numpy_fn(*_operands_data(a, b, data)))
        return _zero_gradient(comparison_shown_as(compared, name, *given), *arrays)
    ctx = (a if isinstance(a, NDArray) else b)._ctx
    return _write_out(out, numpy_fn(getattr(a, "_data", a), getattr(b, "_data", b)), ctx)


def _with_copy_error(result, two_arrays):
    """A comparison's ``result``; of an array and a number, MXNet's ``_scalar`` operator takes a temp space copy:
    the error that holds, if any, the result carries."""
    held = None if two_arrays or not OUTSTANDING else copy_error()
    return result if held is None else with_error(result, held)


def _operands_data(a, b, data):
    """The data of operands ``a`` and ``b``: ``data`` holds the arrays' (in order), a number stands as itself."""
    data = iter(data)
    return [next(data) if isinstance(x, NDArray) else x for x in (a, b)]


def _check_broadcast(s1, s2):
    """MXNet's shape check of a broadcasting operator (its MXNetError, not NumPy's ValueError)."""
    refusal = broadcast_refusal("_npi_equal", (s1, s2))
    if refusal is not None:
        raise MXNetError(refusal)


equal = _comparison("equal", _np.equal)
not_equal = _comparison("not_equal", _np.not_equal)
greater = _comparison("greater", _np.greater)
greater_equal = _comparison("greater_equal", _np.greater_equal)
less = _comparison("less", _np.less)
less_equal = _comparison("less_equal", _np.less_equal)


def _numpy_binary(name, kinds, numpy_fn=None, scalar_kinds=None):
    """A non-differentiable binary function computed by numpy, of two arrays of one dtype among ``kinds`` or an
    array of ``scalar_kinds`` and a scalar (cast to the array's dtype)."""
    numpy_fn = numpy_fn or getattr(_np, name)
    scalar_kinds = scalar_kinds or kinds

    def func(x1, x2, out=None):
        _check_operands(x1, x2, name)
        _refuse_unknown_shapes(name, x1, x2, out)
        if isinstance(x1, NDArray) and isinstance(x2, NDArray):
            _check_broadcast(x1.shape, x2.shape)        # (shapes are inferred before the integer-only types)
        if not isinstance(x1, NDArray) and not isinstance(x2, NDArray):
            return getattr(_np, name)(x1, x2)       # NumPy's own function for plain numbers, as MXNet
        refuse_legacy_arrays(name, (x1, x2))        # (before the dtype checks, as MXNet's front end)
        _check_broadcast_out(x1, x2, out)
        if isinstance(x1, NDArray) and isinstance(x2, NDArray):
            check_same_dtype(name, kinds, x1.dtype, x2.dtype)
            _check_assigned_dtype(name, x1, x2, out)
        else:
            dtype = (x1 if isinstance(x1, NDArray) else x2).dtype
            if dtype.kind not in scalar_kinds + "b":
                raise MXNetError(_INTEGERS_ONLY)
            _check_scalar_out_dtype(dtype, out)
            if dtype.kind not in scalar_kinds:      # a bool array: MXNet's kernel fails
                return _failing(x1, x2, "Unknown type enum 7", _np.bool_, op=f"_npi_{name}_scalar")
        a, b = _binary_operands(x1, x2, same_dtype=True, opname=name, kinds=kinds, keep_bool=True)
        if _both_bool(a, b) and a.shape != b.shape and _runs_kernel(a, b):     # its broadcasting kernel lacks bool
            return _failing(a, b, f"Operator _npi_{name} does not support boolean type", _np.bool_, out=out)
        arr = a if isinstance(a, NDArray) else b
        if out is None and is_recording():      # recorded with MXNet's zero gradient
            return _zero_gradient(lambda *d: _np.asarray(numpy_fn(*_operands_data(a, b, d))).astype(arr.dtype),
                                  *[x for x in (a, b) if isinstance(x, NDArray)])
        with _np.errstate(all="ignore"):
            res = _np.asarray(numpy_fn(getattr(a, "_data", a), getattr(b, "_data", b))).astype(arr.dtype)
        return _write_out(out, res, arr._ctx)
    func.__name__ = func.__qualname__ = name
    func.front_end = _binary_front_end(name)
    func.__doc__ = f"Elementwise ``{name}`` (not differentiable)."
    return wrap_np_binary_func(_in_order(func))


def _check_scalar_out_dtype(dtype, out):
    """The type inference of an integer function's ``_scalar`` operator: the array's dtype assigned to ``out=``."""
    target = _out_target(out)
    if target is not None and target.dtype != dtype:
        raise MXNetError("Check failed: assign(&dattr, vec.at(i)): Incompatible attr in node  at 0-th output: "
                         f"expected {inferred_type_name(dtype)}, got {inferred_type_name(target.dtype)}")


bitwise_and = _numpy_binary("bitwise_and", "iub")
bitwise_or = _numpy_binary("bitwise_or", "iub")
bitwise_xor = _numpy_binary("bitwise_xor", "iub")
lcm = _numpy_binary("lcm", "iub", lambda a, b: _np.lcm(_np.asarray(a, _np.int64), _np.asarray(b, _np.int64)), "iu")


_c_atan2, _c_pow = c_double("atan2", _np.arctan2), c_double("pow", _np.power)


@defop("_npi_arctan2")
def arctan2_op(x1, x2):
    """The angle of the point (x2, x1), elementwise (an integer array with a scalar: in float32, truncated)."""
    t = _np.result_type(x1, x2)
    if t.kind in "iub" and isinstance(x1, _np.ndarray) and isinstance(x2, _np.ndarray):    # (a graph's node)
        check_same_dtype("arctan2", "f", x1.dtype, x2.dtype)
    if t.kind in "iub":
        x1, x2 = _np.asarray(x1, _np.float32), _np.asarray(x2, _np.float32)
    if t == _np.float32:        # the C library's atan2f / atan2, as MXNet's kernel calls them
        return libm_f32("atan2f", _np.arctan2, x1, x2)
    return _np.asarray(_c_atan2(x1, x2)).astype(t, copy=False)


@arctan2_op.grad
def _(dy, out, a, b):
    r2 = a * a + b * b      # MXNet's order: dy * (b / r2), each step in the data's type
    if not isinstance(a, _np.ndarray):      # a number first: MXNet 1.9.1's backward takes -b / r2 for the array
        return None, dy * (-b / r2)
    return unbroadcast(dy * (b / r2), a), unbroadcast(dy * (-a / r2), b)


@defop("_npi_copysign")
def copysign_op(x1, x2):
    """The magnitude of ``x1`` with the sign of ``x2``, by MXNet's comparisons: -0.0 counts as positive and a NaN
    on either side negates ``x1``."""
    with _np.errstate(invalid="ignore"):
        return _np.asarray(_np.where(_copysign_keeps(x1, x2), x1, -_np.asarray(x1))).astype(_np.result_type(x1), copy=False)


def _copysign_keeps(a, b):
    """Where MXNet's copysign keeps ``a`` as it is (both >= 0 or both < 0)."""
    return ((a >= 0) & (b >= 0)) | ((a < 0) & (b < 0))


def _copysign_scalar_refusal(operator, node):
    """MXNet 1.9.1 registers copysign's backward with a number with one input too few: the refusal its
    recording (or a second-order backward) makes, naming the backward node."""
    return MXNetError("Check failed: pNode->num_inputs() == pNode->inputs.size() (1 vs. 2) : Number of inputs to "
                      f"operator _backward{operator} (1) does not match the actual number of inputs provided to "
                      f"operator {node} (2).")


def _refuse_recorded_copysign_scalar(x1, x2):
    """Recording copysign of an array in the graph and a number fails at the call, as the op takes its number."""
    from ..autograd import _next_seq
    arr = x2 if isinstance(x1, _SCALARS) else x1
    if isinstance(x1, _SCALARS) != isinstance(x2, _SCALARS) and is_recording() and arr._node is not None:
        seq = _next_seq()
        error = _copysign_scalar_refusal(_scalar_operator("copysign", isinstance(x1, _SCALARS)), f"node_{seq}_backward")
        raise located(error, ("../src/ndarray/./../operator/tensor/.././operator_common.h", 374))


@copysign_op.grad
def _(dy, out, a, b):
    if _np.isscalar(a) or _np.isscalar(b):     # (NDArrays under create_graph)
        raise _copysign_scalar_refusal("_npi_copysign_scalar", "its node")
    same = _copysign_keeps(a, b)
    return unbroadcast(dy * _np.where(same, 1, -1).astype(dy.dtype), a), unbroadcast(dy * 0, b)


@defop("_npi_ldexp")
def ldexp_op(x1, x2):
    """``x1 * 2 ** x2``, computed in float for half operands (rounded once, as MXNet's kernel)."""
    a, b = _float_for_half(x1), _float_for_half(x2)
    return _np.asarray(a * _pow2(b)).astype(_np.result_type(x1, x2), copy=False)


def _pow2(e):
    """2 ** e by the C library's powf / pow, as MXNet's kernel calls them."""
    two = _np.asarray(2, e.dtype)
    return libm_f32("powf", _np.power, two, e) if e.dtype == _np.float32 else _c_pow(two, e)


@ldexp_op.grad
def _(dy, out, a, b):
    x, e = _float_for_half(a), _float_for_half(b)
    scale = _pow2(e)
    ln2 = _np.asarray(_np.float32(_np.log(2.0)), scale.dtype)      # MXNet's float constant, for double too
    return (unbroadcast(dy * scale.astype(dy.dtype), a),
            unbroadcast(dy * (x * scale * ln2).astype(dy.dtype), b))


def _float_for_half(x):
    """``x`` as MXNet's ldexp kernel computes with it: half in float, integers in double (truncated after)."""
    x = _np.asarray(x)
    return x.astype(_np.float32) if x.dtype == _np.float16 else x.astype(_np.float64) if x.dtype.kind in "iub" else x


def _same_dtype_binary(name, op, kinds, bool_fails=True):
    """A differentiable binary function of two arrays of one dtype among ``kinds`` (or an array and a scalar);
    MXNet infers a bool result for two bool arrays, then its kernel fails."""
    def func(x1, x2, out=None):
        _check_operands(x1, x2, name)
        _refuse_unknown_shapes(name, x1, x2, out)
        if isinstance(x1, NDArray) and isinstance(x2, NDArray):
            _check_broadcast(x1.shape, x2.shape)        # (shapes are inferred before types)
        if not isinstance(x1, NDArray) and not isinstance(x2, NDArray):
            return numpy_1_23(getattr(_np, name), x1, x2)
        _check_broadcast_out(x1, x2, out)
        _check_assigned_dtype(name, x1, x2, out)
        if bool_fails and _both_bool(x1, x2):
            return _failing(x1, x2, f"Operator _npi_{name} does not support boolean type", _np.bool_, out=out)
        if isinstance(x1, NDArray) != isinstance(x2, NDArray) and \
                _number_kernel_type(x1 if isinstance(x1, NDArray) else x2, False) is not None:
            if op is copysign_op:
                _refuse_recorded_copysign_scalar(x1, x2)
            return _array_with_number_call(op.name, x1, x2, _np.dtype(_np.int64), out)
        a, b = _binary_operands(x1, x2, same_dtype=True, opname=name, kinds=kinds)
        if op is copysign_op:
            _refuse_recorded_copysign_scalar(a, b)
        return invoke_np(op, (a, b), out=out)
    func.__name__ = func.__qualname__ = name
    func.front_end = _binary_front_end(name)
    func.__doc__ = f"Elementwise ``{name}`` with broadcasting, differentiable."
    return wrap_np_binary_func(_in_order(func))


copysign = _same_dtype_binary("copysign", copysign_op, "iuf")
ldexp = _same_dtype_binary("ldexp", ldexp_op, "iuf")
arctan2 = _same_dtype_binary("arctan2", arctan2_op, "f", bool_fails=False)


# ---- unary ------------------------------------------------------------------------------------
# unary functions whose integer results are their operator's own (negation exact in 64 bits, degrees and radians
# rounded through float), not numpy's double function truncated
_INTEGER_KERNELS = frozenset({"negative", "degrees", "radians"})


def _unary(name, op_name, int_ok=True, numpy_fn=None, public=None):
    """``name(x)``: the registry op for floats; integers are computed in float and truncated, as MXNet does."""
    op = OPS[op_name]
    numpy_fn = numpy_fn or getattr(_np, name)

    def func(x, out=None):
        if not isinstance(x, NDArray):
            if isinstance(x, _SCALARS):
                return numpy_fn(x)
            raise TypeError(f"type {type_text(x)} not supported")
        _refuse_unknown_unary(_backend_name(name), x, out)
        _check_assigned_out(out, x)
        kind = x.dtype.kind
        if kind == "f":
            return invoke_np(op, (x,), out=out)
        if kind == "b":
            return _bool_kernel_missing(x, op_name, out)
        if not int_ok:
            raise MXNetError(f"operator {name} does not support inputs of dtype {x.dtype}")
        if is_recording() or name in _INTEGER_KERNELS:   # the op's integer kernels (recorded for their backward)
            return invoke_np(op, (x,), out=out)
        with _np.errstate(all="ignore"):
            res = _np.asarray(numpy_fn(x._data.astype(_np.float64))).astype(x.dtype)
        return _write_out(out, res, x._ctx)
    func.__name__ = func.__qualname__ = public or name     # (an alias is named as itself in MXNet's words)
    func.front_end = _unary_front_end
    func.__doc__ = f"Elementwise ``{name}``, as NumPy's, keeping the input dtype as MXNet does."
    return wrap_np_unary_func(_in_order(func))


def _refuse_unknown_unary(name, x, out):
    """Without NumPy shape semantics MXNet's elementwise inference merges ``x``'s shape with ``out``'s (a 0-d
    shape's rank unknown, a 0 size unknown): a shape still unknown fails it, listed as the input's and output's."""
    refuse_legacy_arrays(name, (x, out))
    target = _out_target(out)
    if target is None or is_np_shape():
        return refuse_unknown_shapes(name, (x,), outputs=x.shape or 1)
    shape, other = x.shape or target.shape, target.shape or x.shape
    if len(shape) == len(other):
        shape = tuple(a or b for a, b in zip(shape, other))
    if not shape or 0 in shape:
        refuse_unknown_shapes(name, (wrap_np(_np.empty(shape, x.dtype), x.ctx),), outputs=shape or 1)


def _check_assigned_out(out, x):
    """MXNet's elementwise inference of a unary op's ``out=`` array: ``x``'s shape, then its dtype, assigned to it."""
    target = out[0] if isinstance(out, (list, tuple)) and len(out) == 1 else out
    if not isinstance(target, NDArray):
        return
    _check_out_shape(target, x.shape)
    if target.dtype != x.dtype:
        raise MXNetError("Check failed: assign(&dattr, vec.at(i)): Incompatible attr in node  at 0-th output: "
                         f"expected {inferred_type_name(x.dtype)}, got {inferred_type_name(target.dtype)}")


def _named(fn, name):
    """``fn`` under another public name (MXNet's aliases are functions of their own, named in its errors)."""
    @functools.wraps(fn)
    def run(*args, **kwargs):
        return fn(*args, **kwargs)
    run.__name__ = run.__qualname__ = name
    return run


def _bool_kernel_missing(x, op=None, out=None):
    """MXNet's unary math kernels lack bool: a bool result (``out``, if given) whose first read fails (``op``:
    MXNet's operator)."""
    target = out[0] if isinstance(out, (list, tuple)) and len(out) == 1 else out
    return _failing(x, x, "Unknown type enum 7", _np.bool_, x.shape, out=target, op=op)


absolute = _unary("absolute", "abs")
abs, fabs = _unary("absolute", "abs", public="abs"), _unary("absolute", "abs", public="fabs")  # noqa: A001
sign = _unary("sign", "sign")
sqrt = _unary("sqrt", "sqrt")
cbrt = _unary("cbrt", "cbrt")
square = _unary("square", "square")
exp = _unary("exp", "exp")
expm1 = _unary("expm1", "expm1")
log = _unary("log", "log")
log2 = _unary("log2", "log2")
log10 = _unary("log10", "log10")
log1p = _unary("log1p", "log1p")
sin = _unary("sin", "sin")
cos = _unary("cos", "cos")
tan = _unary("tan", "tan")
arcsin = _unary("arcsin", "arcsin")
arccos = _unary("arccos", "arccos")
arctan = _unary("arctan", "arctan")
sinh = _unary("sinh", "sinh")
cosh = _unary("cosh", "cosh")
tanh = _unary("tanh", "tanh")
arcsinh = _unary("arcsinh", "arcsinh")
arccosh = _unary("arccosh", "arccosh")
arctanh = _unary("arctanh", "arctanh")
floor = _unary("floor", "floor")
ceil = _unary("ceil", "ceil")
trunc = _unary("trunc", "trunc")
rint = _unary("rint", "rint")
fix = _unary("fix", "fix")
negative = _unary("negative", "negative")
reciprocal = _unary("reciprocal", "reciprocal")
degrees = _unary("degrees", "degrees")
radians = _unary("radians", "radians")


def _missing_backend_op(name):
    def func(x, out=None):  # noqa: ARG001
        raise AttributeError(f"module 'mxnet.ndarray.numpy._internal' has no attribute '{name}'")
    func.__name__ = func.__qualname__ = name
    func.__doc__ = f"MXNet 1.9.1 lists ``{name}`` but its backend has no such operator: calling it fails."
    wrapped = wrap_np_unary_func(func)     # its ufunc keywords are checked first, as MXNet's
    wrapped.front_end = wrapped     # (it fails before any out= is read)
    return wrapped


rad2deg = _missing_backend_op("rad2deg")
deg2rad = _missing_backend_op("deg2rad")


def _predicate(name, kinds="iubf", kernel_kinds="", keeps_dtype=False, public=None):
    """``kernel_kinds``: dtype kinds MXNet accepts at the call but its kernel refuses (raised on reading);
    ``keeps_dtype``: the result has ``x``'s dtype (invert), not bool."""
    numpy_fn = getattr(_np, name)

    def func(x, out=None):
        if isinstance(x, _SCALARS):
            return numpy_fn(x)
        if not isinstance(x, NDArray):
            raise TypeError(f"type {type_text(x)} not supported")
        refuse_legacy_scalars(_backend_name(public or name), (x,), outputs=x.shape or 1)
        if out is not None and not isinstance(out, NDArray):      # checked before any kernel runs
            out_targets(name, out if isinstance(out, (list, tuple)) else [out])
        if keeps_dtype:
            _check_assigned_out(out, x)
        if x.dtype.kind in kernel_kinds:
            message = f"This operation only support integer types, not {x.dtype}"
            if isinstance(out, NDArray):        # the kernel writes (and fails) into ``out`` itself
                from .multiarray import fails_when_read
                return fails_when_read(out, message)
            return _failing(x, x, message, x.dtype, x.shape)
        if x.dtype.kind not in kinds:
            raise MXNetError(f"operator {name} does not support inputs of dtype {x.dtype}")
        if out is None and is_recording():      # recorded with MXNet's zero gradient
            return _zero_gradient(shown_as(lambda d: _np.asarray(numpy_fn(d)), f"_npi_{public or name}"), x)
        return _write_out(out, numpy_fn(x._data), x._ctx, boolean=not keeps_dtype)
    func.__name__ = func.__qualname__ = public or name
    func.front_end = _unary_front_end
    func.__doc__ = f"Elementwise ``{name}`` (zero gradient)."
    return wrap_np_unary_func(_in_order(func))


isnan = _predicate("isnan")
isinf = _predicate("isinf")
isfinite = _predicate("isfinite")
isposinf = _predicate("isposinf")
isneginf = _predicate("isneginf")
logical_not = _predicate("logical_not")
invert = _predicate("invert", kinds="iub", kernel_kinds="f", keeps_dtype=True)
bitwise_not = _predicate("invert", kinds="iub", kernel_kinds="f", keeps_dtype=True, public="bitwise_not")
signbit = _predicate("signbit")


def positive(x, out=None, **kwargs):  # noqa: ARG001
    """A copy of ``x`` (a Python or NumPy scalar as NumPy gives it)."""
    if isinstance(x, _SCALARS):
        return _np.positive(x)
    return invoke_np("identity", (x,), out=out)


def _scaled_round(data, decimals):
    """MXNet's kernel: scale by 10 one step at a time in the array's type, round half to even, scale back
    (integers to fewer than 0 decimals are divided in C, truncating towards zero)."""
    if data.dtype.kind in "iu" and decimals < 0:
        t = data.copy()
        for _ in range(-decimals):
            t = t // 10 + ((t % 10 != 0) & (t < 0))     # C's integer division truncates towards zero
        for _ in range(-decimals):
            t = t * 10
        return t.astype(data.dtype)
    if data.dtype.kind != "f":
        return _np.around(data, decimals)
    ten = data.dtype.type(10)
    t = data.copy()
    for _ in range(abs(decimals)):
        t = t * ten if decimals > 0 else t / ten
    t = _np.where(t == -0.5, t.dtype.type(0), _np.rint(t))     # C's round(-0.5) = -1, moved to even: +0
    for _ in range(abs(decimals)):
        t = t / ten if decimals > 0 else t * ten
    return t


def around(x, decimals=0, out=None, **kwargs):
    """``x`` rounded to ``decimals`` places, half to even as NumPy's (float16 is refused, as in MXNet)."""
    if not isinstance(x, NDArray):
        return _np.around(x, decimals)
    refuse_legacy_arrays("_npi_around", (x,))
    refuse_legacy_scalars("_npi_around", (x,), {"decimals": decimals}, outputs=x.shape or 1)
    unknown = [k for k in kwargs if k != "name"]      # (``name`` is every operator's own)
    if unknown:     # MXNet hands extra keywords to its operator, which has only ``decimals``
        from .operator_text import unknown_argument
        raise MXNetError(unknown_argument("around", around, (x, decimals), kwargs, unknown))
    if x.dtype.kind == "b" or x.dtype == _np.float16:
        if isinstance(out, NDArray):        # (its shape and type are inferred before the kernel refuses the type)
            _check_out_shape(out, x.shape)
            if out.dtype != x.dtype:
                raise type_inconsistent(out.dtype, x.dtype)
        if x.dtype.kind == "b":
            return _bool_kernel_missing(x, "_npi_around")
        raise MXNetError(HALF_REFUSED)
    if is_recording():      # recorded with MXNet's zero gradient
        from .shaping import written_into, zero_gradient
        rounded = shown_as(lambda d: _scaled_round(d, int(decimals)), "_npi_around", {"decimals": decimals})
        res = zero_gradient(rounded, x)
        if isinstance(out, NDArray):
            _check_out_shape(out, res.shape)
            return written_into(out, res) if out.dtype == res.dtype else _write_out(out, res._data, x._ctx)
        if out is None:
            return res
    return _write_out(out, _scaled_round(x._data, int(decimals)), x._ctx)


round, round_ = _named(around, "round"), _named(around, "round_")  # noqa: A001


def _bound_text(bound):
    """A clip bound's text as MXNet hands it to its parser (a bool of any kind as 'True' or 'False'), or None for a
    number."""
    from .attribute_text import number_text
    return str(bound) if isinstance(bound, bool) else number_text(bound)


def _clip_operator(a_min, a_max):
    """The end of MXNet's words refusing a clip bound: the operator with both bounds' texts."""
    lo, hi = (text if bound is None else _bound_text(bound) or bound
              for bound, text in ((a_min, "-inf"), (a_max, "inf")))
    return f', in operator clip(name="", a_max="{hi}", a_min="{lo}")'


def _clip_front_end(a, a_min, a_max, out=None):  # noqa: ARG001
    """MXNet's front end of clip, before it hands ``out=`` to its operator: a number is clipped by NumPy (``out``
    unread); a legacy array is refused as an input."""
    if isinstance(a, (int, float, _np.generic)) and not isinstance(a_min, NDArray) and not isinstance(a_max, NDArray):
        return False
    refuse_legacy_arrays("_npi_clip", (a,))
    return True


def _zero_d_as_scalar(bound):
    """A 0-d array bound as its NumPy scalar: MXNet hands the parser its text, NumPy's shortest digits of its own type
    ('3.577' for a float32 3.5769999), not the double's."""
    if isinstance(bound, (NDArray, _np.ndarray)) and bound.ndim == 0:
        return (bound.asnumpy() if isinstance(bound, NDArray) else bound)[()]
    return bound


def clip(a, a_min, a_max, out=None):
    """``a`` limited to [a_min, a_max] (None leaves that side open); the gradient passes inside the range."""
    from .attribute_text import double_refusal, _number_text
    if not _clip_front_end(a, a_min, a_max):
        return _np.clip(a, a_min, a_max)        # a number is clipped by NumPy, as MXNet does (``out`` unused)
    a_min, a_max = _zero_d_as_scalar(a_min), _zero_d_as_scalar(a_max)
    if a_min is None and a_max is None:
        raise ValueError("array_clip: must set either max or min")
    for bound, name in ((a_max, "a_max"), (a_min, "a_min")):     # (MXNet parses them by name)
        # (a sequence or an array of one or more dimensions reaches the parser as its text)
        text = f"{bound}" if isinstance(bound, (list, tuple)) or isinstance(bound, (NDArray, _np.ndarray)) and \
            bound.ndim else _bound_text(bound)
        refusal = text is not None and double_refusal(name, "float", text)
        if refusal:
            raise MXNetError(f"{refusal}{_clip_operator(a_min, a_max)}")
    _check_assigned_out(out, a)
    if isinstance(a, NDArray) and a.dtype == _np.bool_:      # MXNet's clip kernel has no bool case
        return _bool_kernel_missing(a, "clip")
    # a numpy float bound is read from its text, as MXNet's attribute parser reads it
    lo, hi = (default if bound is None else _number_text(str(bound)) if isinstance(bound, (_np.floating, str)) else
              float(bound) for bound, default in ((a_min, -_np.inf), (a_max, _np.inf)))
    refuse_unknown_shapes("clip", (a,), {"a_min": "-inf" if a_min is None else a_min,      # (as the call gave them)
                                          "a_max": "inf" if a_max is None else a_max}, outputs=a.shape or 1)
    return invoke_np("clip", (a,), {"a_min": lo, "a_max": hi}, out=out)


clip.front_end = _clip_front_end


# ---- the ndarray operators --------------------------------------------------------------------
def _legacy(value):
    return isinstance(value, NDArray) and not isinstance(value, ndarray)


# MXNet's mx.np arrays refuse only +=, -= and *= when not writable (and word *= as an addition)
_READONLY_VERBS = {"add": "add to", "subtract": "subtract from", "multiply": "add to"}


def _operator(func, reflected=False, inplace=False):
    if inplace:
        verb = _READONLY_VERBS.get(func.__name__)

        def method(self, other):
            if verb is not None and not self.writable:
                raise ValueError(f"trying to {verb} a readonly ndarray")
            return func(self, other, out=self)
    elif reflected:
        def method(self, other):
            return func(other, self)
    else:
        def method(self, other):
            return func(self, other)
    return method


for _names, _func in ((("add", "radd", "iadd"), add), (("sub", "rsub", "isub"), subtract),
                      (("mul", "rmul", "imul"), multiply), (("truediv", "rtruediv", "itruediv"), true_divide),
                      (("div", "rdiv", "idiv"), true_divide),      # MXNet keeps Python 2's names, true division
                      (("mod", "rmod", "imod"), mod), (("pow", "rpow", "ipow"), power),
                      (("and", "rand", "iand"), bitwise_and), (("or", "ror", "ior"), bitwise_or),
                      (("xor", "rxor", "ixor"), bitwise_xor)):
    setattr(ndarray, f"__{_names[0]}__", _operator(_func))
    setattr(ndarray, f"__{_names[1]}__", _operator(_func, reflected=_names[0] not in ("add", "mul")))
    setattr(ndarray, f"__{_names[2]}__", _operator(_func, inplace=True))
# MXNet's mx.np.ndarray has no __radd__ of its own (a legacy array's ``x + y`` is the legacy operator's), and its
# __rmul__ multiplies in its own order
ndarray.__radd__ = lambda self, other: NotImplemented if _legacy(other) else add(self, other)
for _name, _func in (("eq", equal), ("ne", not_equal), ("gt", greater), ("ge", greater_equal), ("lt", less),
                     ("le", less_equal)):
    setattr(ndarray, f"__{_name}__", _operator(_func))
ndarray.__neg__ = lambda self: multiply(self, -1)     # MXNet's -x is x * -1 (a NaN keeps its sign)
ndarray.__abs__ = lambda self: absolute(self)
ndarray.__invert__ = lambda self: invert(self)
# MXNet's has none: ``x **= y`` binds a new array, ``1 | x`` is Python's TypeError (the class's __ror__ is its type's)
del ndarray.__ipow__, ndarray.__rand__, ndarray.__rxor__, ndarray.__ror__


# The NumPy ufuncs MXNet 1.9.1 runs with its own functions; it runs the others with NumPy on host copies.
# The NumPy ufuncs MXNet 1.9.1 runs with its own functions (in MXNet's order: ``numpy_dispatch_protocol`` lists it).
ARRAY_UFUNCS = (
    "abs", "fabs", "add", "arctan2", "copysign", "degrees", "hypot", "lcm", "subtract", "multiply", "true_divide",
    "negative", "power", "mod", "matmul", "absolute", "rint", "sign", "exp", "log", "log2", "log10", "expm1", "sqrt",
    "square", "cbrt", "reciprocal", "invert", "bitwise_not", "remainder", "sin", "cos", "tan", "sinh", "cosh", "tanh",
    "arcsin", "arccos", "arctan", "arcsinh", "arccosh", "arctanh", "maximum", "minimum", "ceil", "trunc", "floor",
    "bitwise_and", "bitwise_xor", "bitwise_or", "logical_not", "equal", "not_equal", "less", "less_equal", "greater",
    "greater_equal")
_OWN_UFUNCS = frozenset(ARRAY_UFUNCS)


_EQUALITIES = (_np.equal, _np.not_equal)
INPLACE_MATMUL = "In-place matrix multiplication is not (yet) supported. Use 'a = a @ b' instead of 'a @= b'."


def _array_ufunc(self, ufunc, method, *inputs, **kwargs):
    """NumPy ufuncs called on ``mx.np`` arrays: MXNet's own function when it has one, else NumPy's on the arrays'
    data with the result(s) as ``mx.np`` arrays on the first input's context (not under autograd)."""
    if "out" in kwargs:         # NumPy hands ``out`` over as a tuple
        if len(kwargs["out"]) != 1:
            raise ValueError("The `out` parameter must have exactly one ndarray")
        kwargs["out"] = kwargs["out"][0]
    if method != "__call__":
        return NotImplemented
    if ufunc is _np.matmul and "axes" in kwargs:      # NumPy 1.23 (MXNet's) has no a @= b at all
        raise TypeError(INPLACE_MATMUL)
    if ufunc.__name__ in _OWN_UFUNCS:
        if isinstance(kwargs.get("out"), _np.ndarray) and any(type(x) is _np.ndarray for x in inputs):
            # (a NumPy array op= this one hands its array in and out: MXNet's function names its own type)
            raise TypeError(f"type {_class_text(ndarray)} not supported")
        if ufunc in _EQUALITIES and inputs[-1] is self and isinstance(inputs[0], _np.ndarray):
            # NumPy 1.x (MXNet's) turns its array's (or scalar's, which arrives here as a 0-d array) failed == or
            # != with this one into Python's reflected comparison, whose refusal names NumPy's array type (explicit
            # np.equal(a, x) names this one's alike); an explicit np.equal(scalar, x) is MXNet's equal
            raise TypeError(f"type {_np.ndarray} not supported")
        from .. import numpy as mxnp
        return getattr(mxnp, ufunc.__name__)(*inputs, **kwargs)
    if is_recording():     # MXNet means a ValueError but formats the exception object instead of its text
        raise AttributeError("'ValueError' object has no attribute 'format'")
    if isinstance(kwargs.get("out"), ndarray):
        # MXNet hands its array ``out`` on to NumPy's ufunc, which hands the call back here, without end
        raise RecursionError("maximum recursion depth exceeded while calling a Python object")
    if isinstance(kwargs.get("out"), NDArray):      # (a legacy array, which NumPy's ufunc cannot write)
        raise TypeError("return arrays must be of ArrayType")
    data = [x.asnumpy() if isinstance(x, NDArray) else x for x in inputs]
    if isinstance(kwargs.get("where"), NDArray):     # (MXNet's NumPy reads an array mask of any type as its truth)
        kwargs["where"] = kwargs["where"].asnumpy().astype(bool)
    with numpy_1_23_errors():
        res = ufunc(*data, **kwargs) if kwargs else numpy_1_23(ufunc, *data)
    return _as_mx_result(res, inputs[0].ctx)   # MXNet reads the first input's context (an AttributeError for a scalar)


# The dtypes MXNet can take back from a NumPy result (others raise its ValueError).
_FALLBACK_DTYPES = frozenset(("bool", "uint8", "int32", "int64", "uint32", "uint64", "float16", "float32", "float64"))


def _as_mx_result(x, ctx):
    """A NumPy fallback's result as MXNet hands it back: arrays (also in lists and tuples) as ``mx.np`` arrays,
    scalars as they are; other objects and dtypes MXNet cannot hold raise its errors."""
    if isinstance(x, _np.ndarray):
        if x.dtype.name not in _FALLBACK_DTYPES:
            raise ValueError(f"{x.dtype} is not supported.")
        if x.dtype.name in ("uint32", "uint64"):    # DLPack passes them, MXNet's own types do not include them
            # (MXNet prints the DLDataType's code and bits as characters: \x01 is unsigned, then the bit count)
            raise MXNetError(f"Unknown DLDataType{{\x01, {chr(x.dtype.itemsize * 8)}, 1}}")
        return wrap_np(x if x.flags.c_contiguous else x.copy(order="C"), ctx)     # 0-d stays 0-d
    if isinstance(x, tuple):        # NumPy 1.23's tuples (newer NumPy returns named ones)
        return tuple(_as_mx_result(v, ctx) for v in x)
    if isinstance(x, list):
        return [_as_mx_result(v, ctx) for v in x]
    if isinstance(x, (int, float, _np.generic)):
        return x
    kind = f"<class 'numpy.dtype[{x.type.__name__}]'>" if isinstance(x, _np.dtype) else type(x)   # (NumPy 1.23's: bool_)
    raise TypeError(f"Does not support converting {kind} to mx.np.ndarray.")


ndarray.__array_ufunc__ = _array_ufunc


# The NumPy functions MXNet 1.9.1 runs with its own (in MXNet's order); it runs the others with NumPy on host
# copies. ``max``, ``min`` and ``round`` are also NumPy 1.25+'s names of amax, amin and round_.
ARRAY_FUNCTIONS = (
    "all", "any", "sometrue", "argmin", "argmax", "around", "round", "round_", "argsort", "sort", "append",
    "broadcast_arrays", "broadcast_to", "clip", "concatenate", "copy", "cumsum", "diag", "diagonal", "diagflat", "dot",
    "expand_dims", "fix", "flip", "flipud", "fliplr", "inner", "insert", "max", "amax", "mean", "min", "amin",
    "nonzero", "ones_like", "atleast_1d", "atleast_2d", "atleast_3d", "prod", "product", "ravel", "repeat", "reshape",
    "roll", "split", "array_split", "hsplit", "vsplit", "dsplit", "squeeze", "stack", "std", "sum", "swapaxes", "take",
    "tensordot", "tile", "transpose", "unique", "unravel_index", "diag_indices_from", "delete", "var", "vdot",
    "vstack", "column_stack", "hstack", "dstack", "zeros_like", "linalg.norm", "linalg.cholesky", "linalg.inv",
    "linalg.solve", "linalg.tensorinv", "linalg.tensorsolve", "linalg.pinv", "linalg.eigvals", "linalg.eig",
    "linalg.eigvalsh", "linalg.eigh", "shape", "trace", "tril", "meshgrid", "outer", "einsum", "polyval",
    "shares_memory", "may_share_memory", "quantile", "percentile", "diff", "ediff1d", "resize", "where", "full_like",
    "bincount", "empty_like", "nan_to_num", "isnan", "isfinite", "isposinf", "isneginf", "isinf", "pad")
_OWN_FUNCTIONS = frozenset(name.rpartition(".")[2] for name in ARRAY_FUNCTIONS)


def _array_function(self, func, types, args, kwargs):
    """NumPy functions called on ``mx.np`` arrays: MXNet's own function when it has one, else NumPy's on the
    arrays' data, its array results made ``mx.np`` arrays (not under autograd)."""
    if func.__name__ in _OWN_FUNCTIONS:
        if not all(issubclass(t, ndarray) for t in types):     # MXNet leaves them to NumPy, which has no answer
            raise TypeError(f"no implementation found for '{func.__module__}.{func.__name__}' on types that implement "
                            f"__array_function__: [{', '.join(_class_text(t) for t in types)}]")
        from .. import numpy as mxnp
        space = mxnp
        for part in func.__module__.split(".")[1:]:
            space = getattr(space, part, None)
        target = getattr(space, func.__name__.rstrip("_"), None) if space is not None else None
        if target is not None and target is not func:
            return target(*args, **kwargs)
    if is_recording():     # MXNet means a ValueError but formats the exception object instead of its text
        raise AttributeError("'ValueError' object has no attribute 'format'")
    ctxs = []

    def host(x):
        if isinstance(x, NDArray):
            ctxs.append(x.ctx)
            return x.asnumpy()
        return type(x)(host(v) for v in x) if isinstance(x, (list, tuple)) else x

    args = host(args)
    if not ctxs:        # MXNet takes the context from the positional arguments only
        raise ValueError("Unknown context for the input ndarrays. It is probably a bug. Please create an issue on "
                         "GitHub.")
    with numpy_1_23_errors():
        res = func(*args, **{k: v.asnumpy() if isinstance(v, NDArray) else v for k, v in kwargs.items()})
    return _as_mx_result(res, ctxs[0])


def _class_text(cls):
    """str(cls) as MXNet's Python shows it (this package's classes under MXNet's module names)."""
    module = cls.__module__
    module = "mxnet" + module[len("distnet"):] if module.split(".")[0] == "distnet" else module
    return f"<class '{module}.{cls.__qualname__}'>"


ndarray.__array_function__ = _array_function


def _unhashable(self):
    """MXNet's mx.np arrays cannot be hashed (set members, dict keys): NotImplementedError."""
    raise NotImplementedError


_unhashable.__name__, _unhashable.__qualname__ = "__hash__", "ndarray.__hash__"    # (as MXNet's method shows)
ndarray.__hash__ = _unhashable
ndarray.round = lambda self, decimals=0, out=None, **kwargs: around(self, decimals, out=out, **kwargs)
ndarray.round.__doc__ = "``np.around`` of this array: its values rounded to ``decimals`` places."
ndarray.__round__ = lambda self, ndigits=None: around(self, ndigits or 0)      # round(x, n): an array, as MXNet
ndarray.clip = lambda self, min=None, max=None, out=None: clip(self, min, max, out=out)  # noqa: A006
ndarray.clip.__doc__ = "``np.clip`` of this array: its values limited to [min, max]."
