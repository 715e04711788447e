"""An mx.np creation function given a context text it cannot parse (or a negative GPU id) fails at MXNet's
context parser's line (base.h:525)."""
# recorded on AVX2
import mxnet as mx
from mxnet import np

for ctx in ["cpu", "gpu", "cpu(x)", mx.gpu(-1), mx.cpu_pinned(-1)]:
    for fn in [np.ones, np.zeros, np.arange]:
        try:
            fn(2, ctx=ctx)
            print(ctx, fn.__name__, "ok")
        except mx.MXNetError as e:
            print(ctx, fn.__name__, " | ".join(str(e).split("\n")[:3]))
