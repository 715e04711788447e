"""``mx.gluon.contrib``: contributed layers, cells and samplers."""
from . import cnn, data, estimator, nn, rnn  # noqa: F401
