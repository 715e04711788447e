"""SSD prediction at the book's scale: MultiBoxDetection/box_nms/MultiBoxTarget over thousands of anchors."""
import numpy as np

import mxnet as mx
from mxnet import contrib, nd

mx.random.seed(43)
np.random.seed(43)

anchors = nd.concat(*[contrib.nd.MultiBoxPrior(nd.zeros((1, 3, s, s)), sizes=[0.2, 0.272], ratios=[1, 2, 0.5])
                      for s in (32, 16, 8, 4, 1)], dim=1)
num = anchors.shape[1]
print(anchors.shape)


def digest(a):
    a = a.asnumpy().astype(np.float64)
    return a.shape, round(float(a.sum()), 3), round(float((a * np.arange(a.size).reshape(a.shape) % 7).sum()), 3)


cls_probs = nd.softmax(nd.random.normal(scale=3, shape=(2, 4, num)), axis=1)
offsets = nd.random.normal(scale=0.3, shape=(2, num * 4))
for kw in [{}, dict(nms_threshold=0.3), dict(force_suppress=True, threshold=0.2), dict(nms_topk=400),
           dict(clip=False, nms_threshold=0.7, variances=(0.2, 0.2, 0.1, 0.1))]:
    out = contrib.nd.MultiBoxDetection(cls_probs, offsets, anchors, **kw)
    kept = out[0].asnumpy()
    kept = kept[kept[:, 0] >= 0]
    print(sorted(kw.items()), digest(out), kept.shape[0], np.round(kept[:3], 4).tolist())
out = contrib.nd.MultiBoxDetection(cls_probs, offsets, anchors, nms_threshold=1.0)
print(digest(out))
rows = out.reshape((-1, 6))[:3000].expand_dims(0)
rows = nd.where(rows < 0, nd.abs(rows), rows)
for kw in [dict(overlap_thresh=0.5), dict(overlap_thresh=0.3, id_index=0, topk=500), dict(overlap_thresh=0.6, id_index=0,
           force_suppress=True, valid_thresh=0.3), dict(overlap_thresh=0.4, in_format='center', out_format='center')]:
    print(sorted(kw.items()), digest(nd.contrib.box_nms(rows, **kw)))
lab = nd.array(np.concatenate([np.random.randint(0, 3, size=(4, 5, 1)),
                               np.sort(np.random.uniform(size=(4, 5, 2, 2)), axis=2).transpose(0, 1, 3, 2).reshape(4, 5, 4)],
                              axis=2))
lab[3, 2:] = -1
cls_preds = nd.random.normal(shape=(4, 4, num))
for kw in [{}, dict(negative_mining_ratio=3, negative_mining_thresh=0.5), dict(overlap_threshold=0.3)]:
    loc, mask, cls = contrib.nd.MultiBoxTarget(anchors, lab, cls_preds, **kw)
    print(sorted(kw.items()), digest(loc), digest(mask), digest(cls), int((cls > 0).sum().asscalar()))
