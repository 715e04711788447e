"""float16 LayerNorm over an axis other than the last advises MXNET_SAFE_ACCUMULATION once (stderr), the last axis never."""
# recorded on AVX2
import numpy as np
import mxnet as mx
from mxnet import autograd, nd
from mxnet.gluon import nn
from _stderr import stderr_of


def with_log(call):
    """``call``'s result (or error class), then what it wrote on stderr (without the time of each line)."""
    shown, log = stderr_of(call)
    return (type(shown).__name__ if isinstance(shown, Exception) else shown), log


def layer(axis, shape, dtype):
    net = nn.LayerNorm(axis=axis)
    net.initialize()
    net.cast(dtype)
    x = nd.array(np.arange(np.prod(shape)).reshape(shape) % 5, dtype=dtype)
    x.attach_grad()
    with autograd.record():
        y = net(x)
    y.backward()
    return f"{y.dtype.__name__} {y.asnumpy().ravel()[:4].tolist()} {x.grad.asnumpy().ravel()[:2].tolist()}"


for axis, shape, dtype in [(-1, (2, 3, 4), "float16"), (2, (2, 3, 4), "float16"), (0, (2, 3, 4), "float32"),
                           (1, (2, 3, 4), "float16"), (0, (3, 2), "float16"), (1, (2, 3, 4), "float16")]:
    shown, log = with_log(lambda: layer(axis, shape, dtype))
    print(axis, shape, dtype, shown)
    for line in log:
        print("    log:", line)
