"""``mx.sym.image``: the ``_image_*`` operators as symbol functions under their short names."""
from . import _refuse_np_inputs
from .symbol import create as _create, op_signature as _op_signature

_NAMES = ("adjust_lighting", "crop", "flip_left_right", "flip_top_bottom", "normalize", "random_brightness",
          "random_color_jitter", "random_contrast", "random_flip_left_right", "random_flip_top_bottom",
          "random_hue", "random_lighting", "random_saturation", "resize", "to_tensor")

__all__ = list(_NAMES)


def _make(short):
    def apply(*args, name=None, **kwargs):
        _refuse_np_inputs("_image_" + short, args, kwargs)
        return _create("_image_" + short, *args, name=name, hint=short, **kwargs)   # nodes named to_tensor0...
    apply.__name__ = apply.__qualname__ = short
    apply.__doc__ = f"Symbol of ``_image_{short}``."
    apply.__signature__ = _op_signature("_image_" + short)
    return apply


for _short in _NAMES:
    globals()[_short] = _make(_short)


def __dir__():
    """The module's own attributes and operators, as MXNet's sym.image lists them (no helpers)."""
    return sorted(n for n in globals() if not n.startswith("_") or n.startswith("__") and n != "__dir__")
