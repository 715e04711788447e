# SSD MultiBoxTarget / MultiBoxDetection on MultiBoxPrior anchors, with their attributes.
import numpy as np
import mxnet as mx
from mxnet import nd
rng = np.random.RandomState(0)
anchors = nd.contrib.MultiBoxPrior(nd.zeros((1, 3, 4, 4)), sizes=(0.3, 0.6), ratios=(1, 2, 0.5))
A = anchors.shape[1]
labels = nd.array([[[0, 0.1, 0.1, 0.4, 0.5], [2, 0.5, 0.4, 0.9, 0.95], [-1, -1, -1, -1, -1]],
                   [[1, 0.2, 0.25, 0.7, 0.6], [-1, -1, -1, -1, -1], [-1, -1, -1, -1, -1]],
                   [[-1, -1, -1, -1, -1], [-1, -1, -1, -1, -1], [-1, -1, -1, -1, -1]]])
cls_pred = nd.array(rng.randn(3, 4, A))
np.set_printoptions(precision=4, suppress=True)
for kw in [dict(), dict(overlap_threshold=0.3), dict(negative_mining_ratio=3, negative_mining_thresh=0.5), dict(negative_mining_ratio=2, minimum_negative_samples=5, ignore_label=-2),
           dict(overlap_threshold=0), dict(variances=(1, 1, 1, 1))]:
    loc, mask, cls = nd.contrib.MultiBoxTarget(anchors, labels, cls_pred, **kw)
    print(kw)
    print(np.round(loc.asnumpy(), 4).tolist())
    print(mask.asnumpy().tolist())
    print(cls.asnumpy().tolist())
prob = nd.softmax(nd.array(rng.randn(2, 4, A)), axis=1)
loc = nd.array(rng.randn(2, A * 4) * 0.5)
for kw in [dict(), dict(threshold=0.3), dict(force_suppress=True, nms_threshold=0.3), dict(nms_topk=5), dict(clip=False, nms_threshold=0.9), dict(background_id=1)]:
    out = nd.contrib.MultiBoxDetection(prob, loc, anchors, **kw)
    print(kw, out.shape)
    print(np.round(out.asnumpy(), 4).tolist())
