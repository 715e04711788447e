"""MultiBoxTarget / MultiBoxDetection / box_iou(center) to the last bit, MultiBoxDetection's NMS at an IoU equal
to the threshold, its rows past nms_topk, and a threshold outside (0, 1] that skips sorting and NMS."""
import mxnet as mx
import numpy as np

rs = np.random.RandomState(0)
N = 24
anchors = np.sort(rs.rand(1, N, 4).astype(np.float32), axis=-1)
lab = np.concatenate([rs.randint(0, 3, (2, 4, 1)), np.sort(rs.rand(2, 4, 4), axis=-1)], -1).astype(np.float32)
lab[1, 3] = -1
cls = rs.rand(2, 4, N).astype(np.float32)
loc, mask, target = mx.nd.contrib.MultiBoxTarget(mx.nd.array(anchors), mx.nd.array(lab), mx.nd.array(cls),
                                                 overlap_threshold=0.3, negative_mining_ratio=2,
                                                 negative_mining_thresh=0.4, variances=(0.1, 0.1, 0.2, 0.2))
print(loc.asnumpy().tolist())
print(target.asnumpy().tolist())
cp = mx.nd.softmax(mx.nd.array(rs.randn(2, 4, N).astype(np.float32)), axis=1)
lp = mx.nd.array(rs.randn(2, N * 4).astype(np.float32) * 0.5)
print(mx.nd.contrib.MultiBoxDetection(cp, lp, mx.nd.array(anchors), threshold=0.1, nms_threshold=0.45,
                                      nms_topk=12).asnumpy().tolist())
a = np.sort(rs.rand(3, 5, 4).astype(np.float32) * 10, axis=-1)
b = np.sort(rs.rand(7, 4).astype(np.float32) * 10, axis=-1)
print(mx.nd.contrib.box_iou(mx.nd.array(a), mx.nd.array(b), format='center').asnumpy().tolist())

boxes = mx.nd.array([[[0, 0, 1, 1], [0, 0, 1, 0.5], [0.5, 0.5, 1, 1]]])   # IoU of the first two: exactly 0.5
probs = mx.nd.array([[[0.1, 0.3, 0.2], [0.9, 0.7, 0.8]]])
for t in (0.5, 0.49, 0.0, 1.5, -1):
    print(t, mx.nd.contrib.MultiBoxDetection(probs, mx.nd.zeros((1, 12)), boxes, nms_threshold=t).asnumpy().tolist())
print(mx.nd.contrib.MultiBoxDetection(probs, mx.nd.zeros((1, 12)), boxes, threshold=0.75, nms_topk=1).asnumpy().tolist())
