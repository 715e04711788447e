"""``gluon.contrib.estimator``: a training loop (fit/evaluate) driven by event handlers."""
from . import batch_processor, estimator, event_handler, utils  # noqa: F401
from .batch_processor import *  # noqa: F401,F403
from .estimator import *  # noqa: F401,F403
from .event_handler import *  # noqa: F401,F403
