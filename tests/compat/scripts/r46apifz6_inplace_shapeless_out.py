"""An in-place arithmetic operator of a legacy array and a 0-d one (as LightingAug adds with a scalar eigvec) lists the array as its output shape when its shape inference fails, as MXNet does."""
import mxnet as mx
import numpy as np
z = mx.nd.array(np.float64(3.0))
print(z.shape)
for f in ('iadd', 'isub', 'imul', 'itruediv', 'add', 'out', 'imod', 'ipow'):
    a = mx.nd.ones((4, 3))
    try:
        if f == 'iadd': a += z
        elif f == 'isub': a -= z
        elif f == 'imul': a *= z
        elif f == 'itruediv': a /= z
        elif f == 'imod': a %= z
        elif f == 'ipow': a **= z
        elif f == 'add': a = a + z
        else: mx.nd.broadcast_add(a, z, out=a)
        print(f, a.shape)
    except Exception as e:
        print(f, type(e).__name__, e)
import numpy as np
mx.random.seed(3); np.random.seed(3)
img = mx.nd.array(np.random.uniform(0, 255, (4, 4, 3)))
cases = [(0.1, np.array([1.0, 2.0, 3.0]), 5.0), (0.1, 5.0, np.eye(3)), (0.1, 5.0, 2.0), (0.1, [1.0,2.0,3.0], [[1,0,0],[0,1,0],[0,0,1]]),
         (0.1, np.array([1.0, 2.0]), np.eye(3)), (0.1, np.array([1.0, 2.0, 3.0]), np.eye(2)), (0.0, 5.0, 2.0), (0.1, np.array([1.0,2.0,3.0]), np.ones((3,))),
         (0.1, np.array(5.0), np.array(2.0)), (0.1, np.array([1.0, 2.0, 3.0]), np.eye(3)[:, :2])]
for a, ev, evec in cases:
    try:
        aug = mx.image.LightingAug(a, ev, evec)
        print(aug.dumps())
        np.random.seed(0)
        out = aug(img)
        print(out.shape, out.dtype, out.asnumpy().round(3).ravel()[:6])
    except Exception as e:
        print(type(e).__name__, e)
    try:
        np.random.seed(0)
        out = mx.image.lighting(img, ev, evec)  if hasattr(mx.image,'lighting') else None
    except Exception as e:
        print('fn', type(e).__name__, e)
