"""``mx.sym.sparse``: the operators MXNet also runs on sparse storage, as symbol functions.

Each builds the same graph node as MXNet's (the op names of a saved graph match). Executors run
every op on dense arrays, so results have MXNet's values in default storage.
"""
from .symbol import create as _create, op_signature as _op_signature

# MXNet's sparse symbol functions that are the dense operators of the same name
_SAME_AS_DENSE = (
    "ElementWiseSum", "Embedding", "FullyConnected", "LinearRegressionOutput", "LogisticRegressionOutput",
    "MAERegressionOutput", "abs", "adam_update", "add_n", "arccos", "arccosh", "arcsin", "arcsinh", "arctan",
    "arctanh", "broadcast_add", "broadcast_div", "broadcast_minus", "broadcast_mul", "broadcast_plus",
    "broadcast_sub", "cast_storage", "cbrt", "ceil", "clip", "concat", "cos", "cosh", "degrees", "dot",
    "elemwise_add", "elemwise_div", "elemwise_mul", "elemwise_sub", "exp", "expm1", "fix", "floor",
    "ftrl_update", "gamma", "gammaln", "log", "log10", "log1p", "log2", "make_loss", "mean", "negative", "norm",
    "radians", "relu", "rint", "round", "rsqrt", "sgd_mom_update", "sgd_update", "sigmoid", "sign", "sin",
    "sinh", "slice", "sqrt", "square", "stop_gradient", "sum", "tan", "tanh", "trunc", "where", "zeros_like",
    "_contrib_round_ste", "_contrib_sign_ste",
)
# public name -> the sparse-only operator MXNet's graph node uses
_SPARSE_ONLY = {"retain": "_sparse_retain", "adagrad_update": "_sparse_adagrad_update"}


def _make(public, op_name):
    from ..ndarray.registry import OPS

    def apply(*args, **kwargs):
        kwargs.setdefault("hint", public.lower())
        return _create(op_name, *args, **kwargs)
    apply.__name__ = apply.__qualname__ = public
    apply.__doc__ = OPS[op_name].__doc__
    apply.__signature__ = _op_signature(op_name)
    return apply


def _install():
    from .. import symbol
    namespace = globals()
    for public in _SAME_AS_DENSE:
        namespace[public] = symbol._make(public) if public.startswith("_") else getattr(symbol, public)
    for public, op_name in _SPARSE_ONLY.items():
        namespace[public] = _make(public, op_name)


_install()
__all__ = list(_SAME_AS_DENSE) + list(_SPARSE_ONLY)
