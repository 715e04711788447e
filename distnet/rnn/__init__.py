"""`mx.rnn`: the symbolic RNN cells and bucketing helpers of MXNet 1.x."""
import bisect  # noqa: F401  (modules and names MXNet's mx.rnn shows, as its modules' star imports bring them)
import functools  # noqa: F401
import random  # noqa: F401
import warnings  # noqa: F401

import numpy as np  # noqa: F401

from .. import initializer as init, ndarray, symbol  # noqa: F401
from ..base import numeric_types, package_listing as _package_listing, string_types  # noqa: F401
from . import rnn_cell, io, rnn  # noqa: F401
from .base_cell import RNNParams, BaseRNNCell  # noqa: F401
from .rnn_cell import (RNNCell, LSTMCell, GRUCell, FusedRNNCell, SequentialRNNCell, DropoutCell,  # noqa: F401
                       ModifierCell, ZoneoutCell, ResidualCell, BidirectionalCell,
                       BaseConvRNNCell, ConvRNNCell, ConvLSTMCell, ConvGRUCell)
from .io import encode_sentences, BucketSentenceIter  # noqa: F401
from ..io import DataBatch, DataDesc, DataIter  # noqa: F401  (MXNet's mx.rnn exposes these too)
from .rnn import rnn_unroll, save_rnn_checkpoint, load_rnn_checkpoint, do_rnn_checkpoint  # noqa: F401
from ..model import load_checkpoint, save_checkpoint  # noqa: F401  (re-exported by MXNet's mx.rnn as well)

for _cls in (RNNParams, BaseRNNCell, RNNCell, LSTMCell, GRUCell, FusedRNNCell, SequentialRNNCell, DropoutCell,
             ModifierCell, ZoneoutCell, ResidualCell, BidirectionalCell, BaseConvRNNCell, ConvRNNCell, ConvLSTMCell,
             ConvGRUCell):
    _cls.__module__ = rnn_cell.__name__     # MXNet defines every cell in mxnet.rnn.rnn_cell (reprs, pickles)
    setattr(rnn_cell, _cls.__name__, _cls)
del _cls

# of its modules, MXNet's: base_cell, containers, conv_cell and fused_init are distnet's parts of rnn_cell
__dir__ = _package_listing(globals(), ("bisect", "functools", "init", "io", "ndarray", "np", "random", "rnn", "rnn_cell",
                                       "symbol", "warnings"))
