"""contrib.ROIAlign forward and backward to the last bit: bilinear samples in float, each bin's four
neighbours summed left to right, samples accumulated in order, gradients scattered in MXNet's order."""
import mxnet as mx
import numpy as np

rs = np.random.RandomState(0)
for trial in range(5):
    x = mx.nd.array(rs.rand(2, 4, 6, 7).astype(np.float32) * 4 - 2)
    boxes = np.sort(rs.rand(3, 4) * 9 - 1.5, axis=-1)
    rois = mx.nd.array(np.concatenate([rs.randint(0, 2, (3, 1)), boxes], 1).astype(np.float32))
    kw = dict(pooled_size=(2, 2) if trial % 2 or trial == 4 else (3, 2), spatial_scale=[1.0, 0.5, 0.7][trial % 3],
              sample_ratio=[2, -1, 3][trial % 3], aligned=trial >= 3, position_sensitive=trial == 4)
    x.attach_grad()
    with mx.autograd.record():
        y = mx.nd.contrib.ROIAlign(x, rois, **kw)
    y.backward(mx.nd.array(rs.rand(*y.shape).astype(np.float32)))
    print(kw)
    print(y.asnumpy().ravel().tolist())
    print(x.grad.asnumpy().ravel()[::3].tolist())
try:
    mx.nd.contrib.ROIAlign(mx.nd.ones((1, 6, 4, 4)), mx.nd.array([[0, 0, 0, 2, 2]]), pooled_size=(2, 2),
                           spatial_scale=1.0, position_sensitive=True)
except mx.base.MXNetError:
    print("MXNetError: channels not divisible by the pooled size")
