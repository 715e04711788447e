"""ROIAlign skips an ROI of a negative batch index after zeroing the output element at that ROI's index (counted over the whole output), as MXNet's kernel does; the valid ROIs' values and gradients."""
# recorded on AVX2
import numpy as np
import mxnet as mx
from mxnet import nd

np.random.seed(0)
x = nd.array(np.random.uniform(0.5, 1, (2, 3, 8, 8)))
rois = np.array([[0, 1, 1, 6, 6], [1, 0.5, 2, 7, 5]] * 4, dtype="float32")
rois[[2, 5, 7], 0] = -1
rois[3, 0] = -0.5           # truncated towards zero: batch 0
valid = [0, 1, 3, 4, 6]
for kw in [dict(pooled_size=(2, 2), spatial_scale=1.0), dict(pooled_size=(1, 3), spatial_scale=0.5, sample_ratio=2),
           dict(pooled_size=(2, 2), spatial_scale=1.0, aligned=True)]:
    x.attach_grad()
    with mx.autograd.record():
        y = nd.contrib.ROIAlign(x, nd.array(rois), **kw)
    y.backward(nd.ones_like(y))
    out = y.asnumpy()
    print(kw, y.shape, "zeros at", np.flatnonzero(out[valid].ravel() == 0).tolist())
    print("  valid", out[valid].ravel()[:16].tolist())
    print("  grad", x.grad.asnumpy().ravel()[:12].tolist(), float(x.grad.asnumpy().astype(np.float64).sum()))
