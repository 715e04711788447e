"""MXNet's internal operator names (``mx.nd._internal`` / ``mx.sym._internal``) that alias or wrap public ops."""
import numpy as np

from ..base import MXNetError
from .ops_elemwise import _scalar_variant
from .registry import OPS, _INSTALLED, _install_op, defop

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
