"""MXNet's internal operator names (``mx.nd._internal`` / ``mx.sym._internal``) that alias or wrap public ops."""
import numpy as np

from ..base import MXNetError, _Null, located
from . import array_kinds as _kinds
from .failures import failed_write
from .ops_elemwise import _scalar_variant, c_cast
from .param_text import legacy_scalar
from .registry import (KEEP_CLASS, OPS, _INSTALLED, Op, _install_op, _refuse_out_count, defop, recording_refusal,
                       refuse_bad_out, refuse_recording)

# MXNet's legacy spellings, each the same operator as the one it names.
_ALIASES = {
    "_PlusScalar": "_plus_scalar", "_MinusScalar": "_minus_scalar", "_RMinusScalar": "_rminus_scalar",
    "_MulScalar": "_mul_scalar", "_DivScalar": "_div_scalar", "_RDivScalar": "_rdiv_scalar",
    "_ModScalar": "_mod_scalar", "_RModScalar": "_rmod_scalar", "_PowerScalar": "_power_scalar",
    "_RPowerScalar": "_rpower_scalar", "_MaximumScalar": "_maximum_scalar", "_MinimumScalar": "_minimum_scalar",
    "_HypotScalar": "_hypot_scalar", "_EqualScalar": "_equal_scalar", "_NotEqualScalar": "_not_equal_scalar",
    "_GreaterScalar": "_greater_scalar", "_GreaterEqualScalar": "_greater_equal_scalar",
    "_LesserScalar": "_lesser_scalar", "_LesserEqualScalar": "_lesser_equal_scalar",
    "_Equal": "_equal", "_Not_Equal": "_not_equal", "_Greater": "_greater", "_Greater_Equal": "_greater_equal",
    "_Lesser": "_lesser", "_Lesser_Equal": "_lesser_equal", "_Hypot": "_hypot", "_Mod": "_mod",
    "_Logical_And": "_logical_and", "_Logical_Or": "_logical_or", "_Logical_Xor": "_logical_xor",
    "_grad_add": "elemwise_add", "_scatter_plus_scalar": "_plus_scalar", "_scatter_minus_scalar": "_minus_scalar",
    "_scatter_elemwise_div": "elemwise_div",
}


def _alias(alias, target):
    op = OPS[target]
    OPS[alias] = op
    for namespace, internal in _INSTALLED:
        _install_op(op, (alias,), namespace, internal)


for _kind in ("and", "or", "xor"):
    _scalar_variant(f"_logical_{_kind}_scalar", OPS[f"broadcast_logical_{_kind}"])
    _ALIASES[f"_Logical{_kind.capitalize()}Scalar"] = f"_logical_{_kind}_scalar"
for _alias_name, _target in _ALIASES.items():
    if _alias_name not in OPS:
        _alias(_alias_name, _target)


@defop("_identity_with_attr_like_rhs")
def identity_with_attr_like_rhs(lhs, rhs):
    """``lhs`` unchanged; ``rhs`` only lends it its shape (a constraint for shape inference)."""
    return lhs


@identity_with_attr_like_rhs.grad
def _(dy, out, lhs, rhs):
    return dy, np.zeros_like(rhs)


@defop("_CustomFunction")
def custom_function(*inputs):
    """The node an ``autograd.Function`` leaves in a recorded graph (``autograd.get_symbol`` shows it): it has no
    computation of its own."""
    raise MXNetError("_CustomFunction stands for an autograd.Function in a recorded graph and cannot run on its "
                     "own; call the Function instead")


@defop("_copyto")
def copyto(data):
    """A copy of ``data``: the op MXNet records when an array is assigned whole while recording (x[:] = y),
    copied (``copy``, ``copyto``) or converted (``astype``)."""
    return data.copy()


@copyto.grad
def _(dy, out, data):
    return dy if dy.dtype == data.dtype else dy.astype(data.dtype)


class _SetValue(Op):
    """MXNet's legacy ``_set_value(src, out)``: every element of ``out`` set to the number ``src``, read as a
    float32 from its text and C-cast to ``out``'s dtype; returns ``out``."""

    methods = rmethods = ()

    @staticmethod
    def infer_shapes(in_shapes, attrs):
        return [], [(None, None)]       # a graph cannot tell its output's shape

    @staticmethod
    def infer_types(in_types, attrs):
        return [], [None]               # nor its dtype

    def __call__(self, *args, out=None, name=None, **kwargs):
        if len(args) > 3:
            raise TypeError(f"_set_value() takes from 0 to 3 positional arguments but {len(args)} were given")
        given = dict(zip(("src", "out", "name"), args))
        for key, value in (("src", kwargs.pop("src", _Null)), ("out", out), ("name", name)):
            if key in given and value is not _Null and value is not None:
                raise TypeError(f"_set_value() got multiple values for argument '{key}'")
            given.setdefault(key, value)
        src, out = given["src"], given["out"]       # (other keywords are attributes it never reads)
        if KEEP_CLASS and _kinds.numpy_array_in((out,), KEEP_CLASS) is not None:
            _kinds.refuse_numpy_input(self.name, writes=True)
        refuse_bad_out(out)
        if src is _Null:
            raise located(MXNetError("Check failed: s != dict.end(): Missing scalar param src"),
                          ("../src/nnvm/legacy_op_util.cc", 513))
        targets = list(out) if isinstance(out, (list, tuple)) else [] if out is None else [out]
        if out is not None:
            _refuse_out_count(self, targets, 1, {})
        value = legacy_scalar(src)
        if out is None:
            raise located(MXNetError("Check failed: out->is_none() != true (1 vs. 1) : Set value target must not be "
                                     "empty"), ("../src/ndarray/ndarray.cc", 964))
        refusal = recording_refusal(targets)
        _fill(targets[0], value)
        if refusal is not None:
            refuse_recording(self.name, refusal, targets, numbered=False)
        return out


def _fill(target, value):
    """``target`` (dense or row_sparse, whose rows then are all stored) filled with float32 ``value``; MXNet has no
    kernel for a csr target, which fails when it is read."""
    if target.stype == "csr":
        from .shape_text import OperatorMessage
        failed_write(target, OperatorMessage("Not implemented for storage type2", None,
                                             ("../src/ndarray/ndarray_function.cc", 314)))
        return
    filled = c_cast(np.full(target.shape, value, np.float32), target.dtype)
    if target.stype == "default":
        target._data[...] = filled
    else:
        target._set_parts(filled, (np.arange(target.shape[0], dtype=np.int64),))


def _set_value(*, src=_Null, **ignored):
    """Set every element of ``out`` to the number ``src`` (MXNet's legacy function; ``out`` is required). Like
    every legacy function it takes, and ignores, attributes it does not know."""
    raise MXNetError("_set_value writes into out= only")


OPS["_set_value"] = _SetValue("_set_value", _set_value, 0)
for _namespace, _internal in _INSTALLED:
    _install_op(OPS["_set_value"], ("_set_value",), _namespace, _internal)


# The backward operators of MXNet's unary elementwise operators, callable as ops: (output gradient, the forward
# array their kernel reads: the input, or the output for relu, sigmoid, tanh, tan, sqrt, cbrt and erfinv). Each
# forward op's own backward reads only that array, so it is given in both roles.
_UNARY_BACKWARDS = ("abs arccos arccosh arcsin arcsinh arctan arctanh cbrt cos cosh degrees erf erfinv expm1 gamma "
                    "gammaln log log10 log1p log2 radians rcbrt reciprocal relu rsqrt sigmoid sign sin sinh smooth_l1 "
                    "softsign sqrt square tan tanh").split()


def _unary_backward(name):
    forward = OPS[name]

    def backward(lhs, rhs):
        if lhs.shape != rhs.shape:      # (MXNet's shape inference: one shape for both)
            raise MXNetError(f"Check failed: assign(&dattr, vec.at(i)): Incompatible attr in node  at 1-th input: "
                             f"expected [{','.join(map(str, lhs.shape))}], got [{','.join(map(str, rhs.shape))}]")
        grads = forward.bwd(lhs, rhs, rhs)
        return np.asarray(grads[0] if isinstance(grads, tuple) else grads)
    backward.__name__ = backward.__qualname__ = f"_backward_{name}"
    backward.__doc__ = f"The gradient of ``{name}``: ``lhs`` the output gradient, ``rhs`` the array it reads."
    # (not differentiated again: MXNet gives most of them a second-order gradient, which distnet lacks)
    defop(f"_backward_{name}")(backward).nondifferentiable = True


for _name in _UNARY_BACKWARDS:
    _unary_backward(_name)


# The backward operators of the scalar arithmetic operators, with the operator's scalar: those of the product and
# quotient read the output gradient only (``data``); the others (output gradient, the array their kernel reads: the
# operator's input, its output for rpower).
_SCALAR_BACKWARDS = {"mul": None, "div": None, "rdiv": "input", "power": "input", "rpower": "output",
                     "maximum": "input", "minimum": "input", "mod": "input", "rmod": "input", "hypot": "input"}


def _scalar_backward(name, reads):
    forward = OPS[f"_{name}_scalar"]

    def gradient(dy, read, scalar, is_int):
        # (an input read gives the output the gradient may need: hypot's is x / hypot(x, scalar))
        out = forward.fwd(read, scalar=scalar, is_int=is_int) if reads == "input" else read
        grads = forward.bwd(dy, out, read, scalar=scalar, is_int=is_int)
        return np.asarray(grads[0] if isinstance(grads, tuple) else grads)
    if reads:
        def backward(lhs, rhs, scalar=1.0, is_int=True):
            if lhs.shape != rhs.shape:
                raise MXNetError(f"Check failed: assign(&dattr, vec.at(i)): Incompatible attr in node  at 1-th input: "
                                 f"expected [{','.join(map(str, lhs.shape))}], got [{','.join(map(str, rhs.shape))}]")
            return gradient(lhs, rhs, scalar, is_int)
    else:
        def backward(data, scalar=1.0, is_int=True):
            return gradient(data, data, scalar, is_int)
    backward.__name__ = backward.__qualname__ = f"_backward_{name}_scalar"
    backward.__doc__ = f"The gradient of ``_{name}_scalar`` for the output gradient (and the array it reads)."
    defop(f"_backward_{name}_scalar")(backward).nondifferentiable = True


for _name, _reads in _SCALAR_BACKWARDS.items():
    _scalar_backward(_name, _reads)
