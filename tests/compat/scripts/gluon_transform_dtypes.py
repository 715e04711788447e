# vision transforms over image dtypes: ToTensor, Cast, Normalize, Resize (no int32/float16 resize, as MXNet).
import mxnet as mx
from mxnet import nd
from mxnet.gluon.data.vision import transforms as T
import numpy as np
img = nd.array(np.arange(2 * 3 * 3).reshape(2, 3, 3) * 10, dtype="uint8")
for dt in ("uint8", "float32", "float64", "int32", "float16"):
    x = img.astype(dt)
    for t in (T.ToTensor(), T.Cast(), T.Cast("float16"), T.Normalize(1, 2), T.Resize(2)):
        try:
            y = t(x if not isinstance(t, T.Normalize) else nd.transpose(x, (2, 0, 1)))
            print(dt, type(t).__name__, y.dtype.__name__ if hasattr(y.dtype, "__name__") else y.dtype, y.shape, np.round(y.asnumpy().astype(np.float64).ravel()[:4], 3).tolist())
        except Exception as e:
            print(dt, type(t).__name__, type(e).__name__)
