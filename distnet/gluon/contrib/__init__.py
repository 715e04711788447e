"""``mx.gluon.contrib``: contributed layers and cells."""
from . import nn, rnn  # noqa: F401
