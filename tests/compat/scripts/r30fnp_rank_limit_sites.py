"""mx.np functions past their kernels' rank limits (diff, pad, where: 5 axes; transpose, moveaxis: 6) fail naming
MXNet's check's line, in its words (the switch's message ends with a space)."""
# recorded on AVX2
import mxnet as mx
from mxnet import np

for nd in [6, 7]:
    x = np.ones((1,) * (nd - 2) + (2, 2))
    for label, f in [("diff", lambda: np.diff(x)), ("pad", lambda: np.pad(x, ((1, 1),) * nd)),
                     ("where", lambda: np.where(x > 0, x, 0)), ("transpose", lambda: np.transpose(x)),
                     ("T", lambda: x.T), ("moveaxis", lambda: np.moveaxis(x, 0, -1)), ("swapaxes", lambda: np.swapaxes(x, 0, -1))]:
        try:
            f().asnumpy()
            print(nd, label, "ok")
        except mx.MXNetError as e:
            print(nd, label, repr(str(e)))
