"""Keeping legacy ``mx.nd`` operators and ``mx.np`` arrays apart where a user's code meets them, as MXNet does.

distnet's own layers, optimizers and initializers run legacy operators on ``mx.np`` arrays (their results
keep the NumPy class), so only a call made from outside distnet is refused.
"""
import sys

# Modules that only pass a user's arrays on to legacy operators: a call through them is the user's call.
_LEGACY_FRONTS = frozenset({"distnet.ndarray.random", "distnet.ndarray.sparse", "distnet.ndarray.sparse_dispatch",
                            "distnet.ndarray.image", "distnet.ndarray.creation", "distnet.ndarray.indexing",
                            "distnet.ndarray.arith_functions"})


def called_by_user(depth):
    """Whether the frame ``depth`` levels up (past legacy front-end modules) is code outside distnet."""
    frame = sys._getframe(depth + 1)
    while frame is not None:
        module = frame.f_globals.get("__name__", "")
        if module not in _LEGACY_FRONTS:
            return not module.startswith("distnet.")
        frame = frame.f_back
    return True


def numpy_array_in(values, numpy_classes):
    """The first value (or list item) of ``values`` whose class is one of ``numpy_classes``, else None."""
    for v in values:
        if type(v) in numpy_classes:
            return v
        if type(v) is list or type(v) is tuple:
            for item in v:
                if type(item) in numpy_classes:
                    return item
    return None


def refuse_numpy_input(opname, writes=False):
    """MXNet's TypeError for an mx.np array given to (or as the out= of) legacy operator ``opname``."""
    role = "write its result into" if writes else "take"
    raise TypeError(f"Operator `{opname}` is a legacy mx.nd operator and can only {role} legacy NDArrays, but got "
                    f"an mx.np.ndarray; convert it with as_nd_ndarray() (or use the mx.np / mx.npx operator)")
