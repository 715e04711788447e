"""``npx.image``: mx.image's names plus the image operators of ``nd.image`` on mx.np arrays."""
from inspect import signature as _signature

from .. import image as _image
from ..ndarray import image as _nd_image
from ..numpy.multiarray import as_np as _as_np, refuse_non_array_out as _refuse_non_array_out
from ..ndarray.registry import OPS as _OPS
from ._op import _refuse_legacy, _written


def _np_operator(name):
    """``npx.image.<name>``: ``nd.image.<name>`` taking and returning mx.np arrays."""
    legacy = getattr(_nd_image, name)

    def operator(*args, out=None, **kwargs):
        _refuse_legacy(f"_image_{name}", args + tuple(kwargs.values()) + (out,))     # (_npx__image_<name>)
        _refuse_non_array_out(f"_npx__image_{name}", out)
        if out is None:
            return _as_np(legacy(*args, **kwargs))
        # an mx.np out= array is checked as an npx operator checks it: of another dtype, refused, not cast
        return _written(_OPS[f"_image_{name}"], legacy(*args, **kwargs), out)
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
