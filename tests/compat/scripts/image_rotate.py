"""mx.image.imrotate / random_rotate and the Rotate transforms: single images, batches, zoom in and out."""
import numpy as np

import mxnet as mx
from mxnet.gluon.data.vision import transforms as T

rs = np.random.RandomState(0)
img = mx.nd.array(rs.rand(3, 30, 40))
batch = mx.nd.array(rs.rand(4, 3, 30, 40))


def digest(a):
    a = a.asnumpy().astype(np.float64)
    return a.shape, np.round(a.ravel()[:3], 4).tolist(), round(float(a.sum()), 3)


for zoom_in, zoom_out in [(False, False), (True, False), (False, True)]:
    print(zoom_in, zoom_out, digest(mx.image.imrotate(img, 17.5, zoom_in, zoom_out)))
    print(zoom_in, zoom_out, digest(mx.image.imrotate(batch, mx.nd.array([1, -20, 45, 90]), zoom_in, zoom_out)))
    print(zoom_in, zoom_out, digest(mx.image.imrotate(batch, 33, zoom_in, zoom_out)))
mx.random.seed(1)
np.random.seed(1)
print(digest(mx.image.random_rotate(img, (-30, 30))))
print(digest(mx.image.random_rotate(batch, (-30, 30), zoom_in=True)))
print(digest(T.RandomRotation((-20, 20), zoom_out=True)(batch)))
print(digest(T.Rotate(-12.5, zoom_in=True)(img)))
for bad in (lambda: mx.image.imrotate(img.astype("float64"), 10), lambda: mx.image.imrotate(img, 10, True, True),
            lambda: mx.image.imrotate(img, mx.nd.array([1, 2]))):
    try:
        bad()
    except (TypeError, ValueError) as err:
        print(type(err).__name__, err)
