"""Gluon: the imperative/hybrid neural network API (``mx.gluon``)."""
from .parameter import Parameter, Constant, ParameterDict, DeferredInitializationError, tensor_types  # noqa: F401
from .block import Block, HybridBlock, SymbolBlock  # noqa: F401
from . import nn, rnn, loss, utils, contrib, data, model_zoo  # noqa: F401
from .trainer import Trainer  # noqa: F401
