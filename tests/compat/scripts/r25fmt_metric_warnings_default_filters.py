"""The warnings a metric gives under Python's default warning filters (caught without 'always'): those of the
numpy the metric computes with, as MXNet's metrics give them; the operators' silent inf and nan stay silent."""
# recorded on AVX2
import warnings

import numpy as np
import mxnet as mx
from mxnet import nd


def caught(tag, fn):
    with warnings.catch_warnings(record=True) as seen:
        try:
            out = repr(fn())
        except Exception as e:  # noqa
            out = "raises " + type(e).__name__
    print(tag, out, sorted({(w.category.__name__, str(w.message)) for w in seen}))


def session(make, label, pred, times=2):
    def go():
        m = make()
        for _ in range(times):
            m.update([label], [pred])
        return m.get()
    return go


zeros = nd.array([[0., 1.], [1., 0.], [0., 1.]])
label = nd.array([0, 0, 1])
caught("ce eps 0", session(lambda: mx.metric.CrossEntropy(eps=0), label, zeros))
caught("ce negative", session(lambda: mx.metric.CrossEntropy(eps=0), label, -zeros - 1))
caught("nll eps 0", session(lambda: mx.metric.NegativeLogLikelihood(eps=0), label, zeros))
caught("pearsonr one value", session(mx.metric.PearsonCorrelation, nd.array([1.]), nd.array([2.])))
caught("pearsonr constant", session(mx.metric.PearsonCorrelation, nd.array([1., 1.]), nd.array([2., 3.])))
caught("pearsonr micro constant", session(lambda: mx.metric.PearsonCorrelation(average="micro"), nd.array([1., 1.]),
                                          nd.array([2., 3.])))
caught("mse empty", session(mx.metric.MSE, nd.array(np.zeros((0,))), nd.array(np.zeros((0,)))))
caught("mse overflow", session(mx.metric.MSE, nd.array([3e38]), nd.array([-3e38])))
caught("rmse ok", session(mx.metric.RMSE, nd.array([1., 2.]), nd.array([2., 2.])))
caught("perplexity zeros", session(lambda: mx.metric.Perplexity(None), label, zeros.astype("float16")))
caught("loss inf", session(mx.metric.Loss, label, nd.array([np.inf, 1.])))
caught("acc nan label", session(mx.metric.Accuracy, nd.array([np.nan, 1., 0.]), zeros))
caught("f1 ok", session(mx.metric.F1, label, zeros))
caught("operators", lambda: (nd.log(nd.zeros(2)).asnumpy().tolist(), nd.sqrt(nd.array([-1.])).asnumpy().tolist()))
