"""Under Python's default warning filters each metric warns once on its own (MAE, MSE, RMSE on empty batches; CrossEntropy and NegativeLogLikelihood on zero probabilities): one metric's warning does not silence another's; PCC casts a numpy label without a warning (then fails as MXNet's)."""
# recorded on AVX2
import warnings

import numpy as np
import mxnet as mx
from mxnet import nd


def shown(message, category, filename, lineno, file=None, line=None):
    print('    warned:', category.__name__, message)


warnings.showwarning = shown

empty32 = nd.array(np.zeros((0,)))
empty64 = nd.array(np.zeros((0,)), dtype='float64')
for cls in [mx.metric.MAE, mx.metric.MSE, mx.metric.RMSE, mx.metric.MAE, mx.metric.MSE, mx.metric.RMSE]:
    print(cls.__name__)
    m = cls()
    m.update([empty32], [empty32])
    m.update([empty64], [empty64])
    print('   ', m.get())

zeros = nd.array([[0., 1.], [1., 0.]])
label = nd.array([0, 0])
for cls in [mx.metric.CrossEntropy, mx.metric.NegativeLogLikelihood, mx.metric.CrossEntropy,
            mx.metric.NegativeLogLikelihood]:
    print(cls.__name__)
    m = cls(eps=0)
    m.update([label], [zeros])
    print('   ', m.get())

print('PCC given a numpy label holding NaN')
try:
    mx.metric.PCC().update([np.array([np.nan, 1., 0.], dtype='float32')], [nd.array([[.9, .1], [.2, .8], [.5, .5]])])
except Exception as e:
    print('   ', type(e).__name__, e)
