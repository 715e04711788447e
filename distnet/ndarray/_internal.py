"""``mx.nd._internal``: the operators under MXNet's internal names (those starting with an underscore)."""
from . import registry as _registry, unrunnable_ops as _unrunnable
from .ndarray import NDArrayBase  # noqa: F401  (names MXNet's module has)
from .op import CachedOp  # noqa: F401

_registry.install(globals(), internal=True)
# the backward operators and graph internals MXNet lists, which a call cannot run
globals().update({_name: _unrunnable.ndarray_function(_name) for _name in _unrunnable.NAMES
                  if _name not in globals()})

# the OpenCV image operators, defined with mx.image (imported when first asked for: mx.image imports nd)
_IMAGE_OPS = {"_cvimdecode": "_cvimdecode", "_cvimread": "_cvimread", "_cvimresize": "_cvimresize",
              "_cvcopyMakeBorder": "_cvcopyMakeBorder"}


def __getattr__(name):
    if name in _IMAGE_OPS:
        from ..image import image
        return getattr(image, _IMAGE_OPS[name])
    raise AttributeError(f"module 'mxnet{__name__[len('distnet'):]}' has no attribute {name!r}")


def __dir__():
    return sorted(set(globals()) | set(_IMAGE_OPS))
