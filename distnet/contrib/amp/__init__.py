"""``mx.contrib.amp``: automatic mixed precision (float16 / bfloat16)."""
from . import amp, lists, loss_scaler  # noqa: F401
from .amp import *  # noqa: F401,F403
