"""Keeping legacy ``mx.nd`` operators and ``mx.np`` arrays apart where a user's code meets them, as MXNet does.

distnet's own layers, optimizers and initializers run legacy operators on ``mx.np`` arrays (their results
keep the NumPy class), so only a call made from outside distnet is refused.
"""
import sys

# Modules that only pass a user's arrays on to legacy operators: a call through them is the user's call.
_LEGACY_FRONTS = frozenset({"distnet.ndarray.random", "distnet.ndarray.sparse", "distnet.ndarray.sparse_dispatch",
                            "distnet.ndarray.image", "distnet.ndarray.creation", "distnet.ndarray.indexing",
                            "distnet.ndarray.arith_functions", "distnet.ndarray.front_end"})


# distnet modules that call operators exactly as MXNet's Python code does, with the user's values: the
# operators check those values as they check a user's call (a loss given a numpy label fails as in MXNet).
_AS_USER = frozenset({"distnet.gluon.parameter", "distnet.gluon.loss", "distnet.gluon.nn.basic_layers",
                      "distnet.gluon.contrib.nn.basic_layers", "distnet.gluon.rnn.rnn_cell",
                      "distnet.gluon.contrib.rnn.rnn_cell",
                      "distnet.gluon.contrib.rnn.conv_rnn_cell", "distnet.gluon.data.dataloader",
                      "distnet.gluon.data.vision.transforms", "distnet.monitor"})

# ... and those whose MXNet code is the same under NumPy semantics (initializers fill whatever array they get)
_ALWAYS_AS_USER = frozenset({"distnet.initializer", "distnet.gluon.utils", "distnet.image.image",
                             "distnet.image.detection", "distnet.model",
                             "distnet.module.module", "distnet.module.executor_group",   # (mx.np arrays never load)
                             "distnet.contrib.text.embedding"})     # (picks mx.np or mx.nd calls itself)


def _numpy_mode():
    from ..util import is_np_array
    return is_np_array()


def called_by_user(depth):
    """Whether the frame ``depth`` levels up (past legacy front-end modules) is code outside distnet."""
    frame = sys._getframe(depth + 1)
    while frame is not None:
        module = frame.f_globals.get("__name__", "")
        if module not in _LEGACY_FRONTS:
            return is_user_module(module)
        frame = frame.f_back
    return True


def is_user_module(module):
    """Whether code of ``module`` calls operators as a user's does (outside distnet, or one of its modules whose
    MXNet code makes the same calls)."""
    return not module.startswith("distnet.") or module in _ALWAYS_AS_USER or module in _AS_USER and not _numpy_mode()


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


# MXNet's front end drops these prefixes when it files an operator in a submodule (nd.image.crop is _image_crop,
# np.stack is _npi_stack, npx.relu is _npx_relu, npx.image.crop is _npx__image_crop)
_SUBMODULE_PREFIXES = ("_contrib_", "_linalg_", "_sparse_", "_image_", "_npi_", "_np_", "_npx__image_", "_npx_")


def python_name(opname):
    """The name MXNet's Python front end gives operator ``opname``."""
    for prefix in _SUBMODULE_PREFIXES:
        if opname.startswith(prefix):
            return opname[len(prefix):]
    return opname


def holds_mxnet_array(value):
    """Whether ``value`` is, or nests in lists and tuples, an MXNet array. MXNet's arrays have no ``__array__``:
    numpy reads one as an endless nest of sequences, so ``np.asarray`` of such a value fails (or makes objects)."""
    from .ndarray import NDArray
    if isinstance(value, NDArray):
        return True
    if not isinstance(value, (list, tuple)):
        return False
    kinds = set(map(type, value))       # one pass in C: long lists of numbers are common samples
    if any(issubclass(k, NDArray) for k in kinds):
        return True
    return any(issubclass(k, (list, tuple)) for k in kinds) and \
        any(holds_mxnet_array(v) for v in value if isinstance(v, (list, tuple)))


class NumpyInputRefused(TypeError):
    """MXNet's refusal of an mx.np array by a legacy operator (``opname``: its name)."""

    def __init__(self, message, opname):
        super().__init__(message)
        self.opname = opname


NumpyInputRefused.__name__ = NumpyInputRefused.__qualname__ = "TypeError"     # as MXNet shows it
NumpyInputRefused.__module__ = "builtins"


def refuse_numpy_input(opname, writes=False):
    """MXNet's TypeError for an mx.np array given to (or as the out= of) legacy operator ``opname``."""
    action = "write to" if writes else "accept"
    raise NumpyInputRefused(f"Operator `{opname}` registered in backend is known as `{python_name(opname)}` in "
                            f"Python. This is a legacy operator which can only {action} legacy ndarrays, while "
                            f"received an MXNet numpy ndarray. Please call `as_nd_ndarray()` upon the numpy ndarray to "
                            f"convert it to a legacy ndarray, and then feed the converted array to this operator.",
                            opname)


# True while a distnet layer computes that MXNet computes with legacy operators only (outside npx.set_np(), or
# a layer without a NumPy-mode path): its legacy operators then refuse mx.np arrays, as MXNet's do.
_LAYER_LEGACY_ONLY = [False]


def in_legacy_only_layer():
    """Whether legacy operators called from distnet's own code now refuse mx.np arrays."""
    return _LAYER_LEGACY_ONLY[0]


class layer_mode:
    """A context in which legacy operators refuse mx.np arrays (``legacy_only``) or not."""
    __slots__ = ("legacy_only", "saved")

    def __init__(self, legacy_only):
        self.legacy_only = legacy_only

    def __enter__(self):
        self.saved = _LAYER_LEGACY_ONLY[0]
        _LAYER_LEGACY_ONLY[0] = self.legacy_only

    def __exit__(self, *exc):
        _LAYER_LEGACY_ONLY[0] = self.saved


def run_layer(legacy_only, fn, *args, **kwargs):
    """``fn(*args, **kwargs)`` with legacy operators refusing mx.np arrays (``legacy_only``) or not."""
    with layer_mode(legacy_only):
        return fn(*args, **kwargs)
