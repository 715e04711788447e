"""d2l-zh anchors, multiscale detection, R-CNN pieces: MultiBoxPrior/Target/Detection, box_nms, ROIPooling, ROIAlign."""
import numpy as np

import mxnet as mx
from mxnet import contrib, image, nd

mx.random.seed(5)
np.random.seed(5)
nd_str = lambda a: np.array2string(a.asnumpy(), precision=5, suppress_small=True)

h, w = 32, 48
X = nd.random.uniform(shape=(1, 3, h, w))
Y = contrib.nd.MultiBoxPrior(X, sizes=[0.75, 0.5, 0.25], ratios=[1, 2, 0.5])
print(Y.shape, Y.dtype, Y.context)
boxes = Y.reshape((h, w, 5, 4))
print(boxes[10, 20, 0, :])
print(nd_str(boxes[0, 0]), nd_str(boxes[h - 1, w - 1, 4]))
bbox_scale = nd.array((w, h, w, h))
print(nd_str(boxes[16, 24, :, :] * bbox_scale))
for fmap_w, fmap_h, s in [(4, 4, 0.15), (2, 2, 0.4), (1, 1, 0.8)]:
    fmap = nd.zeros((1, 10, fmap_w, fmap_h))
    anchors = contrib.nd.MultiBoxPrior(fmap, sizes=[s], ratios=[1, 2, 0.5])
    print(anchors.shape, nd_str(anchors[0, :3]))
print(nd.contrib.MultiBoxPrior(nd.zeros((2, 3, 3, 5)), sizes=(0.2, 0.272), ratios=(1, 2, 0.5), steps=(0.3, 0.2),
                               offsets=(0.4, 0.6), clip=True)[0, ::7])

ground_truth = nd.array([[0, 0.1, 0.08, 0.52, 0.92], [1, 0.55, 0.2, 0.9, 0.88]])
anchors = nd.array([[0, 0.1, 0.2, 0.3], [0.15, 0.2, 0.4, 0.4], [0.63, 0.05, 0.88, 0.98],
                    [0.66, 0.45, 0.8, 0.8], [0.57, 0.3, 0.92, 0.9]])
labels = contrib.nd.MultiBoxTarget(anchors.expand_dims(axis=0), ground_truth.expand_dims(axis=0),
                                   nd.zeros((1, 3, 5)))
print(len(labels), [l.shape for l in labels])
print(nd_str(labels[0]), labels[1], labels[2])
labels = contrib.nd.MultiBoxTarget(anchors.expand_dims(axis=0), ground_truth.expand_dims(axis=0),
                                   nd.random.uniform(shape=(1, 3, 5)), overlap_threshold=0.3,
                                   negative_mining_ratio=3, negative_mining_thresh=0.4, variances=(0.1, 0.1, 0.2, 0.2))
print(nd_str(labels[0]), labels[1], labels[2])

anchors = nd.array([[0.1, 0.08, 0.52, 0.92], [0.08, 0.2, 0.56, 0.95], [0.15, 0.3, 0.62, 0.91],
                    [0.55, 0.2, 0.9, 0.88]])
offset_preds = nd.array([0] * anchors.size)
cls_probs = nd.array([[0] * 4, [0.9, 0.8, 0.7, 0.1], [0.1, 0.2, 0.3, 0.9]])
output = contrib.ndarray.MultiBoxDetection(cls_probs.expand_dims(axis=0), offset_preds.expand_dims(axis=0),
                                           anchors.expand_dims(axis=0), nms_threshold=0.5)
print(output)
for i in output[0].asnumpy():
    if i[0] == -1:
        continue
    print(('dog=', 'cat=')[int(i[0])] + str(i[1]), i[2:])
out2 = contrib.nd.MultiBoxDetection(cls_probs.expand_dims(axis=0), nd.random.normal(scale=0.1, shape=(1, 16)),
                                    anchors.expand_dims(axis=0), clip=False, threshold=0.2, force_suppress=True,
                                    nms_topk=3, variances=(0.1, 0.1, 0.2, 0.2))
print(nd_str(out2))
print(nd.contrib.box_nms(nd.array([[0, 0.9, 0.1, 0.08, 0.52, 0.92], [0, 0.8, 0.08, 0.2, 0.56, 0.95],
                                   [1, 0.7, 0.55, 0.2, 0.9, 0.88]]), overlap_thresh=0.5, coord_start=2,
                         score_index=1, id_index=0))
print(nd.contrib.box_iou(anchors, ground_truth[:, 1:]))

Xr = nd.arange(16).reshape((1, 1, 4, 4))
rois = nd.array([[0, 0, 0, 20, 20], [0, 0, 10, 30, 30]])
print(nd.ROIPooling(Xr, rois, pooled_size=(2, 2), spatial_scale=0.1))
print(nd.contrib.ROIAlign(Xr, rois, pooled_size=(2, 2), spatial_scale=0.1))
print(nd.contrib.ROIAlign(Xr, rois, pooled_size=(2, 2), spatial_scale=0.1, sample_ratio=2, position_sensitive=False,
                          aligned=True))
Xb = nd.random.uniform(shape=(2, 3, 6, 7))
rois2 = nd.array([[1, 0.5, 1.5, 5.5, 4.2], [0, 2, 1, 6, 5], [1, 0, 0, 3, 3]])
xg = Xb.copy()
xg.attach_grad()
with mx.autograd.record():
    r = nd.ROIPooling(xg, rois2, pooled_size=(3, 2), spatial_scale=1.0)
r.backward(nd.arange(r.size).reshape(r.shape))
print(nd_str(r[0, 0]), xg.grad.sum().asscalar(), nd_str(xg.grad[1, 0]))
with mx.autograd.record():
    r = nd.contrib.ROIAlign(xg, rois2, pooled_size=(3, 2), spatial_scale=0.9, sample_ratio=-1)
r.backward(nd.ones_like(r))
print(nd_str(r[2, 1]), nd_str(xg.grad[0, 2]))
