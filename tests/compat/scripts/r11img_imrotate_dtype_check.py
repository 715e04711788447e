"""mx.image.imrotate takes only legacy float32 NDArrays: MXNet tests the dtype by identity, so numpy and mx.np arrays are TypeErrors."""
import numpy as np
import mxnet as mx


def show(fn):
    try:
        out = fn()
        print(out.shape, round(float(out.asnumpy().sum()), 3))
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: mx.image.imrotate(mx.nd.ones((3, 4, 5)), 90))
show(lambda: mx.image.imrotate(mx.nd.ones((3, 4, 5), dtype='float64'), 90))
show(lambda: mx.image.imrotate(np.ones((3, 4, 5), np.float32), 90))
mx.npx.set_np()
show(lambda: mx.image.imrotate(mx.np.ones((3, 4, 5)), 90))
show(lambda: mx.image.imrotate(mx.np.ones((2, 3, 4, 5)), 90))
