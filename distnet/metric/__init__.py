"""Evaluation metrics (``mx.metric``): accumulate over batches with ``update``, read with ``get``."""
import math  # noqa: F401  (MXNet's mx.metric shows the modules and names its code uses)
from collections import OrderedDict  # noqa: F401

import numpy  # noqa: F401

from .. import ndarray, registry  # noqa: F401
from ..base import numeric_types, string_types  # noqa: F401
from .base import (EvalMetric, check_label_shapes, register, alias, create, CompositeEvalMetric,  # noqa: F401
                   Loss, Torch, Caffe, CustomMetric, np)
from .classification import (Accuracy, TopKAccuracy, F1, MCC, PCC, CrossEntropy, NegativeLogLikelihood,  # noqa: F401
                             Perplexity)
from .regression import MAE, MSE, RMSE, PearsonCorrelation  # noqa: F401

for _obj in (EvalMetric, CompositeEvalMetric, Loss, Torch, Caffe, CustomMetric, Accuracy, TopKAccuracy, F1, MCC, PCC,
             CrossEntropy, NegativeLogLikelihood, Perplexity, MAE, MSE, RMSE, PearsonCorrelation, check_label_shapes,
             create, np):
    _obj.__module__ = __name__      # MXNet defines every metric (and create, np...) in mxnet.metric
del _obj

from ..base import package_listing as _package_listing  # noqa: E402

# MXNet's mx.metric is one module: base, classification and regression are distnet's parts of it
__dir__ = _package_listing(globals(), ("math", "ndarray", "numpy", "registry"))
