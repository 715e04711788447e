"""DataLoader keeps MXNet's private attribute names (pin_memory, thread_pool, worker_pool) and CropResize its box as x/y/width/height."""
# recorded on AVX2
import numpy as np
import mxnet as mx
from mxnet.gluon import data as gd
from mxnet.gluon.data.vision import transforms as T

ds = gd.ArrayDataset(np.arange(12).reshape(6, 2), np.arange(6))
for kw in (dict(), dict(num_workers=2), dict(num_workers=2, thread_pool=True), dict(pin_memory=True, pin_device_id=1)):
    ld = gd.DataLoader(ds, 4, **kw)
    print(sorted(vars(ld)))
    print(ld._pin_memory, ld._pin_device_id, ld._thread_pool, ld._worker_pool is None, ld._num_workers, ld._prefetch)
    print([(a.asnumpy().tolist(), b.asnumpy().tolist(), a.context) for a, b in ld])
    del ld
t = T.CropResize(1, 2, 5, 4, (3, 3), 1)
print(sorted(k for k in vars(t) if not k.startswith('__')))
print(t._x, t._y, t._width, t._height, t._size, t._interpolation)
img = mx.nd.array(np.random.RandomState(0).randint(0, 256, (9, 8, 3)), dtype='uint8')
print(t(img).asnumpy().ravel().tolist())
t._x = 0
print(t(img).asnumpy().ravel().tolist())
