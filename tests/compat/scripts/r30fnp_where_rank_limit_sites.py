"""mx.np.where past its kernels' 5 axes fails naming the kernel's check: that of three arrays (line 130) or that
of an array and a number (278)."""
# recorded on AVX2
import mxnet as mx
from mxnet import np

x6 = np.ones((1, 1, 1, 1, 2, 2))
for label, f in [("where arrays", lambda: np.where(x6 > 0, x6, x6)), ("where array, number", lambda: np.where(x6 > 0, x6, 0)),
                 ("where number, array", lambda: np.where(x6 > 0, 0, x6)), ("where numbers", lambda: np.where(x6 > 0, 1, 0))]:
    try:
        f().asnumpy()
        print(label, "ok")
    except mx.MXNetError as e:
        print(label, repr(str(e)))
