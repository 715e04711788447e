"""``mx.gluon.contrib``: contributed layers, cells and samplers."""
from . import data, nn, rnn  # noqa: F401
