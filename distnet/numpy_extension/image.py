"""``npx.image``: mx.image's names plus the image operators of ``nd.image`` on mx.np arrays."""
import inspect

from .. import image as _image
from ..ndarray import image as _nd_image
from ..numpy.multiarray import as_np as _as_np
from ._op import _refuse_legacy

_OPERATORS = ("adjust_lighting", "crop", "flip_left_right", "flip_top_bottom", "normalize", "random_brightness",
              "random_color_jitter", "random_contrast", "random_flip_left_right", "random_flip_top_bottom",
              "random_hue", "random_lighting", "random_saturation", "resize", "to_tensor")


def _np_operator(name):
    """``npx.image.<name>``: ``nd.image.<name>`` taking and returning mx.np arrays."""
    legacy = getattr(_nd_image, name)

    def operator(*args, **kwargs):
        _refuse_legacy(f"_image_{name}", args + tuple(kwargs.values()))     # (_npx__image_<name>)
        return _as_np(legacy(*args, **kwargs))
    operator.__name__ = operator.__qualname__ = name
    operator.__signature__ = inspect.signature(legacy)      # (MXNet's generated keyword list)
    operator.__doc__ = legacy.__doc__
    operator.__module__ = __name__
    return operator


globals().update({_n: getattr(_image, _n) for _n in dir(_image) if not _n.startswith("_")})
globals().update({_n: _np_operator(_n) for _n in _OPERATORS})
