"""``mx.gluon.contrib.data``: contributed samplers and text data sets."""
from . import sampler  # noqa: F401
from . import text  # noqa: F401
from .sampler import *  # noqa: F401,F403
