"""Bit-exact (interp=5) and bilinear halvings go through OpenCV's area kernels (none for int32); DetRandomPadAug fills per channel."""
import random
import numpy as np
import mxnet as mx

rs = np.random.RandomState(2)
for dt in ['uint8', 'int32', 'float32']:
    for c in [1, 2, 3, 5]:
        for (h, w, nh, nw) in [(4, 6, 2, 3), (6, 6, 3, 3), (4, 6, 2, 2)]:
            x = mx.nd.array(rs.randint(0, 256, (h, w, c)), dtype=dt)
            for interp in [1, 5]:
                try:
                    r = mx.image.imresize(x, nw, nh, interp=interp).asnumpy()
                    print(dt, c, (h, w), interp, r.ravel()[:8].tolist())
                except Exception as e:
                    print(dt, c, (h, w), interp, type(e).__name__)

src = mx.nd.array(rs.randint(0, 256, (8, 10, 3)), dtype='float32')
label = np.array([[0, 0.1, 0.2, 0.5, 0.6], [1, 0.3, 0.3, 0.9, 0.95]], dtype=np.float32)
for pad_val in [(1, 2, 3), (200, 100, 50)]:
    random.seed(4)
    out, lab = mx.image.DetRandomPadAug(1.0, 2.0, 10, pad_val)(src, label.copy())
    print(pad_val, out.shape, out.asnumpy()[0, 0].tolist(), out.asnumpy()[-1, -1].tolist(), lab.round(4).tolist())

# floats have no bit-exact kernels: interp=5 is bilinear, halvings included whatever the channels
for c in [1, 2, 3]:
    for dt in ['float32', 'float64']:
        x = mx.nd.array(rs.rand(4, 6, c) * 255, dtype=dt)
        same = (mx.image.imresize(x, 3, 2, interp=5).asnumpy() == mx.image.imresize(x, 3, 2, interp=1).asnumpy()).all()
        print(dt, c, bool(same), mx.nd.image.resize(x, size=(3, 2), interp=5).asnumpy().ravel()[:4].tolist())
