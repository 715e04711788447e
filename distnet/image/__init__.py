"""``mx.image`` (alias ``mx.img``): image decoding, resizing, cropping, augmenters and iterators."""
# the modules MXNet's namespace re-exports along with its functions (scripts reach e.g. mx.image.nd)
import json, logging, os, random, sys, warnings  # noqa: E401,F401

import numpy as np  # noqa: F401

from .. import io, ndarray as nd, recordio  # noqa: F401
from ..base import numeric_types  # noqa: F401
from ..util import is_np_array  # noqa: F401
from . import image, detection
from .image import *  # noqa: F401,F403
from .detection import *  # noqa: F401,F403

det = detection
copyMakeBorder = image._cvcopyMakeBorder     # (mx.image holds the operator's generated function itself)
cv2 = None          # MXNet's namespace holds OpenCV's module, None where OpenCV is not installed


def __dir__():
    """The names MXNet's mx.image lists (not the decoders' submodules)."""
    return sorted(n for n in globals() if not n.startswith("_") or n.startswith("__") and n != "__dir__")
