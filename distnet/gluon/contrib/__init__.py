"""``mx.gluon.contrib``: contributed layers, cells and samplers."""
from . import data, estimator, nn, rnn  # noqa: F401
