"""``sym.contrib``: the ``_contrib_<name>`` operators as symbol functions under their short names."""
import copy  # noqa: F401  (modules MXNet's module shows, as its own imports)
import ctypes  # noqa: F401
import math  # noqa: F401

from ..ndarray.contrib import BACKWARD_ONLY, NOT_EXPORTED
from ..attribute import AttrScope  # noqa: F401  (names MXNet's module shows, as its own imports)
from ..base import SymbolHandle, check_call  # noqa: F401
from ..ndarray.registry import OPS, generated_signature as _generated_signature
from .symbol import Symbol  # noqa: F401
from .symbol import composing_error, create as _create, op_signature as _op_signature, \
    positional_check as _positional_check
from .control_flow import foreach, while_loop, cond  # noqa: F401
from . import _refuse_np_inputs

_PREFIX = "_contrib_"


def _make(short):
    op_name = _PREFIX + short
    check_positional = _positional_check(op_name, short)

    def apply(*args, name=None, **kwargs):
        check_positional(args)
        _refuse_np_inputs(op_name, args, kwargs)      # a legacy operator, as MXNet's
        # MXNet names contrib nodes after the short name: box_nms0, not _contrib_box_nms0
        return _create(op_name, *args, name=name, hint=short, **kwargs)
    apply.__name__ = apply.__qualname__ = short
    apply.__doc__ = OPS[op_name].__doc__
    apply.__signature__ = _op_signature(op_name)
    return apply


def _backward_only(short):
    """MXNet's ``sym.contrib.backward_<short>``: its generated function passes no inputs, so building fails."""
    def apply(*args, **kwargs):
        raise composing_error(369, f"Not enough argument to call operator _contrib_backward_{short}")
    apply.__name__ = apply.__qualname__ = f"backward_{short}"
    apply.__doc__ = f"The backward of contrib.{short}, which MXNet exposes but cannot compose."
    apply.__signature__ = _generated_signature((), (), ("name", "attr", "out"))     # (MXNet's generated one)
    return apply


def adamw_update(weight, grad, mean, var, rescale_grad, lr, eta, beta1=0.9, beta2=0.999, epsilon=1e-8, wd=0,
                 clip_gradient=-1, out=None, name=None, **kwargs):
    """MXNet's Python wrapper, whose symbol its operator refuses for every call: it hands the arrays over by
    keyword, which the operator does not take."""
    raise composing_error(369, "Not enough argument to call operator _adamw_update")


def mp_adamw_update(weight, grad, mean, var, weight32, rescale_grad, lr, eta, beta1=0.9, beta2=0.999, epsilon=1e-8,
                    wd=0, clip_gradient=-1, out=None, name=None, **kwargs):
    """As ``adamw_update``: MXNet cannot build this symbol."""
    raise composing_error(369, "Not enough argument to call operator _mp_adamw_update")


def rand_zipfian(true_classes, num_sampled, range_max):
    """Symbols of rand_zipfian's samples and expected counts (see ``nd.contrib.rand_zipfian``)."""
    from ..ndarray.contrib import zipfian_candidates
    from . import random
    return zipfian_candidates(random.uniform, true_classes, num_sampled, range_max)


def _contrib_names():
    return sorted(n[len(_PREFIX):] for n in OPS if n.startswith(_PREFIX))


def __getattr__(name):
    """Operators registered after this module was imported are found on first use."""
    if _PREFIX + name not in OPS:
        raise AttributeError(f"module 'mxnet.symbol.contrib' has no attribute '{name}'")
    return _make(name)


for _short in _contrib_names():
    if _short not in ("adamw_update", "mp_adamw_update"):      # (MXNet's Python wrappers above)
        globals()[_short] = _make(_short)
for _short in BACKWARD_ONLY:
    globals()["backward_" + _short] = _backward_only(_short)

from .random import uniform  # noqa: E402,F401  (MXNet's sym.contrib re-exports it)
from . import symbol  # noqa: E402,F401  (as MXNet's module imports it)


def __dir__():
    """Without distnet's own names here, which MXNet's module does not list."""
    return sorted(set(globals()) - {"BACKWARD_ONLY", "NOT_EXPORTED", "OPS", "composing_error", "__getattr__",
                                    "__dir__"})

__all__ = sorted((set(_contrib_names()) | {"foreach", "while_loop", "cond", "rand_zipfian"}
                  | {"backward_" + n for n in BACKWARD_ONLY}) - NOT_EXPORTED)
