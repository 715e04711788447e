"""A float16 LayerNorm over an inner axis gives MXNet's MXNET_SAFE_ACCUMULATION advice only once its kernel runs on
some data: an empty batch runs it on none and logs nothing."""
# recorded on AVX2
import mxnet as mx
from mxnet.gluon import nn

from _stderr import stderr_of

mx.npx.set_np()
net = nn.LayerNorm(axis=1, in_channels=3)
net.initialize()
net.cast("float16")
for shape in [(0, 3, 2), (2, 3, 0), (2, 3, 2), (1, 3, 1)]:
    out, logged = stderr_of(lambda: net(mx.np.ones(shape, dtype="float16")).asnumpy())
    print(shape, getattr(out, "shape", out), logged)
