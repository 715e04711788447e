"""DLPack capsules (read/write, consumed once) and nd.from_numpy sharing memory, as MXNet 1.9.1."""
import mxnet as mx
import numpy as np
x = mx.nd.arange(6).reshape((2, 3))
cap = mx.nd.to_dlpack_for_read(x)
print(type(cap).__name__, repr(cap).split(' ')[0:3])
y = mx.nd.from_dlpack(cap)
print(y, y.dtype, y.context)
try:
    mx.nd.from_dlpack(cap)
except Exception as e:
    print(type(e).__name__, str(e)[:100])
w = mx.nd.to_dlpack_for_write(x)
z = mx.nd.from_dlpack(w)
z[:] = 7
print(x.asnumpy().tolist())
a = np.arange(4, dtype='float32')
b = mx.nd.from_numpy(a, zero_copy=True)
print(a.flags.writeable)
print(b.asnumpy().tolist())
c = mx.nd.from_numpy(np.arange(4, dtype='float32'), zero_copy=False)
print(c.asnumpy().tolist(), c.dtype)
try:
    mx.nd.from_numpy(np.arange(4, dtype='float32')[::2])
except Exception as e:
    print(type(e).__name__, str(e)[:100])
x16 = mx.nd.ones((2,), dtype='float16')
print(mx.nd.from_dlpack(mx.nd.to_dlpack_for_read(x16)).dtype)
print(mx.nd.from_dlpack(x.to_dlpack_for_read()).shape)
