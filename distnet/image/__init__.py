"""``mx.image`` (alias ``mx.img``): image decoding, resizing, cropping, augmenters and iterators."""
from . import image, detection
from .image import *  # noqa: F401,F403
from .image import _get_interp_method  # noqa: F401
from .detection import *  # noqa: F401,F403

det = detection
