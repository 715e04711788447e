# mx.image.imresize checks its parameters when called (a size <= 0 fails there) but finds an image OpenCV
# cannot resize (int32 other than nearest, an unknown method) in its kernel: the result fails when read.
# CenterCrop, which resizes through imresize, follows.
import mxnet as mx
from mxnet import nd
from mxnet.gluon.data.vision import transforms as T

x = nd.ones((4, 4, 3), dtype="uint8")
calls = [
    ("w 0", lambda: mx.image.imresize(x, 0, 3)),
    ("interp 7", lambda: mx.image.imresize(x, 3, 3, interp=7)),
    ("int32 bilinear", lambda: mx.image.imresize(x.astype("int32"), 3, 2)),
    ("int32 nearest", lambda: mx.image.imresize(x.astype("int32"), 3, 2, interp=0)),
    ("CenterCrop int32", lambda: T.CenterCrop(6)(x.astype("int32"))),
    ("CenterCrop int32 no resize", lambda: T.CenterCrop(2)(x.astype("int32"))),
]
for name, fn in calls:
    try:
        y = fn()
    except mx.base.MXNetError:
        print(name, "fails at the call")
        continue
    print(name, "made", y.shape, y.dtype.__name__)
    try:
        print(name, "read", y.asnumpy().sum())
    except mx.base.MXNetError:
        print(name, "fails on reading")
