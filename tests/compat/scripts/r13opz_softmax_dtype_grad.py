"""softmax and log_softmax given a dtype take their own backward kernel, not oneDNN's: gradients bit for bit."""
import mxnet as mx
import numpy as np

nd = mx.nd
x0 = nd.array((np.arange(24).reshape((2, 3, 4)) * 0.37) % 3 - 1.5)
head = nd.array((np.arange(24).reshape((2, 3, 4)) * 0.91) % 2 - 1.0)
for name in ["softmax", "log_softmax", "softmin"]:
    for kw in [{}, {"dtype": "float32"}, {"dtype": "float64"}, {"axis": 1, "dtype": "float32"},
               {"temperature": 2.0, "dtype": "float32"}, {"use_length": False, "dtype": "float32"}]:
        x = x0.copy()
        x.attach_grad()
        with mx.autograd.record():
            y = getattr(nd, name)(x, **kw)
        y.backward(head.astype(y.dtype))
        print(name, sorted(kw.items()), y.dtype.__name__, y.asnumpy().tobytes().hex()[:48],
              x.grad.asnumpy().tobytes().hex())
