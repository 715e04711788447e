"""``npx.image``: mx.image's names plus the image operators of ``nd.image`` on mx.np arrays."""
from inspect import signature as _signature

from .. import image as _image
from ..ndarray import image as _nd_image
from ..numpy.multiarray import as_np as _as_np
from ._op import _refuse_legacy


def _np_operator(name):
    """``npx.image.<name>``: ``nd.image.<name>`` taking and returning mx.np arrays."""
    legacy = getattr(_nd_image, name)

    def operator(*args, **kwargs):
        _refuse_legacy(f"_image_{name}", args + tuple(kwargs.values()))     # (_npx__image_<name>)
        return _as_np(legacy(*args, **kwargs))
    operator.__name__ = operator.__qualname__ = name
    operator.__signature__ = _signature(legacy)      # (MXNet's generated keyword list)
    operator.__doc__ = legacy.__doc__
    operator.__module__ = __name__
    return operator


globals().update({_n: getattr(_image, _n) for _n in dir(_image) if not _n.startswith("_")})
__all__ = list(_nd_image.__all__)
globals().update({_n: _np_operator(_n) for _n in __all__})


def __dir__():
    """mx.image's names (not its submodules) and the operators, as MXNet's npx.image lists them."""
    return sorted(n for n in globals() if not n.startswith("_") or n.startswith("__") and n != "__dir__")
