"""``mx.gluon.contrib.data``: contributed samplers."""
from . import sampler  # noqa: F401
from .sampler import *  # noqa: F401,F403
