# vision transforms: Resize with every interpolation (uint8 and float), crops on batches and 2-D inputs.
import mxnet as mx
from mxnet import nd
from mxnet.gluon.data.vision import transforms as T
import numpy as np
img = nd.array((np.arange(7 * 9 * 3).reshape(7, 9, 3) * 37) % 256, dtype="uint8")
fimg = img.astype("float32") / 3
for interp in range(5):
    for size in (4, (5, 3), (12, 10)):
        for src in (img, fimg):
            try:
                y = T.Resize(size, interpolation=interp)(src)
                a = y.asnumpy().astype(np.float64)
                print(interp, size, y.dtype.__name__ if hasattr(y.dtype, "__name__") else y.dtype, y.shape, round(float(a.sum()), 2), a.ravel()[:5].round(3).tolist())
            except Exception as e:
                print(interp, size, type(e).__name__)
for t in (T.Resize(4, keep_ratio=True), T.Resize(20, keep_ratio=True), T.CenterCrop((4, 2)), T.CenterCrop(5, interpolation=2),
          T.RandomResizedCrop(3)):
    for src in (nd.stack(img, img), img, img[:, :, 0]):
        try:
            y = t(src)
            print(y.shape, int(y.asnumpy().astype(np.int64).sum()) if not isinstance(t, T.RandomResizedCrop) else "")
        except Exception as e:
            print(type(t).__name__, src.ndim, type(e).__name__, e if isinstance(e, ValueError) else "")
