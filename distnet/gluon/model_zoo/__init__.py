"""`gluon.model_zoo`: predefined networks (architectures; pretrained files are read from disk only)."""
from . import model_store  # noqa: F401
from . import vision  # noqa: F401
