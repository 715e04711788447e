"""Writing into a 0-d legacy NDArray: MXNet's legacy shape semantics refuse it (MXNetError for [:] and [()],
IndexError for [...] and [0]); under np_shape the write works."""
import mxnet as mx
import numpy as np

for key in ("[:]", "[()]", "[...]", "[0]"):
    for value in ("3", "mx.nd.array([4])", "np.float32(2)"):
        a = mx.nd.array(5)
        try:
            exec(f"a{key} = {value}")
            print(key, value, "written", a.asnumpy().tolist())
        except mx.base.MXNetError:
            print(key, value, "MXNetError")
        except IndexError:
            print(key, value, "IndexError")
with mx.util.np_shape(True):
    a = mx.nd.array(5)
    a[()] = 3
    b = mx.nd.array(7)
    b[:] = 1
    print("np_shape", a.asnumpy().tolist(), b.asnumpy().tolist())
