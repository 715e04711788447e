"""MultiBoxPrior/Target/Detection check shapes, types and attributes in MXNet's order and words."""
import mxnet as mx
import numpy as np
from mxnet import nd


def show(label, fn):
    try:
        out = fn()
        outs = out if isinstance(out, (list, tuple)) else [out]
        print(label, [(o.dtype.__name__, o.shape, o.asnumpy().tolist()) for o in outs])
    except mx.base.MXNetError as e:
        lines = str(e).strip().split('\n')
        text = lines[2] if lines[0].startswith('Traceback') else lines[0]
        print(label, 'MXNetError', text.replace('MXNetError: ', ''))


x = nd.zeros((1, 1, 2, 2))
show('prior 3-d', lambda: nd.contrib.MultiBoxPrior(nd.zeros((1, 2, 2))))
show('prior 5-d', lambda: nd.contrib.MultiBoxPrior(nd.zeros((1, 1, 1, 2, 3)), sizes=(0.5,)))
show('prior float64', lambda: nd.contrib.MultiBoxPrior(x.astype('float64')))
show('prior 3-d float64 bad offsets', lambda: nd.contrib.MultiBoxPrior(nd.zeros((1, 2, 2), dtype='float64'), offsets=(2, 0)))
show('prior float16 no sizes', lambda: nd.contrib.MultiBoxPrior(x.astype('float16'), sizes=()))
show('prior no sizes', lambda: nd.contrib.MultiBoxPrior(x, sizes=()))
show('prior no ratios', lambda: nd.contrib.MultiBoxPrior(x, ratios=()))
show('prior one step', lambda: nd.contrib.MultiBoxPrior(x, steps=(-1, 0.3)))
show('prior three steps', lambda: nd.contrib.MultiBoxPrior(x, steps=(0.1, 0.2, 0.3)))
show('prior one offset', lambda: nd.contrib.MultiBoxPrior(x, offsets=(0.5,)))
show('prior offset above 1', lambda: nd.contrib.MultiBoxPrior(x, offsets=(0.5, 1.5)))

anchors = nd.array([[[0.1, 0.1, 0.5, 0.6], [0.4, 0.4, 0.9, 0.8], [0, 0, 0.3, 0.3], [0.5, 0.1, 0.9, 0.4]]])
labels = nd.array([[[1, 0.1, 0.2, 0.4, 0.5], [-1, -1, -1, -1, -1]]])
preds = nd.ones((1, 3, 4))
T = nd.contrib.MultiBoxTarget
show('target ok', lambda: T(anchors, labels, preds))
show('target anchors 1-d', lambda: T(anchors.reshape((-1,)), labels, preds))
show('target anchors batch 2', lambda: T(nd.concat(anchors, anchors, dim=0), labels, preds))
show('target anchors width 2', lambda: T(anchors.reshape((1, 8, 2)), labels, preds))
show('target no anchors', lambda: T(nd.array(np.zeros((1, 0, 4))), labels, preds))
show('target labels 2-d', lambda: T(anchors, labels[0], preds))
show('target labels width 4', lambda: T(anchors, labels[:, :, :4], preds))
show('target preds 2-d', lambda: T(anchors, labels, preds[0]))
show('target preds 5 anchors', lambda: T(anchors, labels, nd.ones((1, 3, 5))))
show('target label batch 2', lambda: T(anchors, nd.concat(labels, labels, dim=0), preds))
show('target float64 labels', lambda: T(anchors, labels.astype('float64'), preds))
show('target 3 variances', lambda: T(anchors, labels, preds, variances=(1, 1, 1)))

D = nd.contrib.MultiBoxDetection
loc = nd.array(np.linspace(-0.2, 0.2, 16).reshape((1, 16)))
probs = nd.softmax(nd.array(np.linspace(-1, 1, 12).reshape((1, 3, 4))), axis=1)
show('detection ok', lambda: D(probs, loc, anchors))
show('detection probs 2-d', lambda: D(probs[0], loc, anchors))
show('detection loc 1-d', lambda: D(probs, loc[0], anchors))
show('detection anchors 2-d', lambda: D(probs, loc, anchors[0]))
show('detection loc 15', lambda: D(probs, loc[:, :15], anchors))
show('detection anchors 2', lambda: D(probs, loc, anchors.reshape((1, 2, 8))))
show('detection anchors width 5', lambda: D(probs, loc, nd.ones((1, 4, 5))))
show('detection anchors batch 2', lambda: D(probs, loc, nd.concat(anchors, anchors, dim=0)))
show('detection empty', lambda: D(nd.array(np.zeros((1, 3, 0))), nd.array(np.zeros((1, 0))), nd.array(np.zeros((1, 0, 4)))))
show('detection float16', lambda: D(probs.astype('float16'), loc, anchors))
show('detection 5 variances', lambda: D(probs, loc, anchors, variances=(1, 1, 1, 1, 1)))
