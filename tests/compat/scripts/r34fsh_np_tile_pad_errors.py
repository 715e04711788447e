"""mx.np.tile with negative repetitions (imperative, hybridized, symbolic) and the gradient of np.pad in a non-constant mode fail in MXNet's words and source lines."""
# recorded on AVX2
import re

import mxnet as mx
from mxnet.gluon import HybridBlock

mx.npx.set_np()


def last_line(e):
    lines = [line for line in str(e).splitlines() if line.strip()]
    return re.sub(r"\[\d\d:\d\d:\d\d\] |tiled\d+_", "", lines[-1])


class Tiled(HybridBlock):
    def __init__(self, reps):
        super().__init__()
        self.reps = reps

    def hybrid_forward(self, F, x):
        return F.np.tile(x, self.reps)


for reps in [(2, -1), (-1,), (1, -1, 1), (-2, 1, 1, 1), (2, 0), (2, 1)]:
    for hybridize in (False, True):
        net = Tiled(reps)
        if hybridize:
            net.hybridize()
        try:
            print(reps, hybridize, net(mx.np.ones((2, 3, 4))).shape)
        except mx.base.MXNetError as e:
            print(reps, hybridize, "ERR", last_line(e))
    try:
        print(reps, "symbol", mx.sym.np.tile(mx.sym.var("x").as_np_ndarray(), reps).infer_shape(x=(2, 3, 4)))
    except mx.base.MXNetError as e:
        print(reps, "symbol ERR", last_line(e))

for mode in ["edge", "reflect", "constant"]:
    x = mx.np.ones((2, 3))
    x.attach_grad()
    with mx.autograd.record():
        y = mx.np.pad(x, ((1, 1), (1, 1)), mode=mode)
    try:
        y.backward()
        print(mode, x.grad.sum())
    except mx.base.MXNetError as e:
        print(mode, "ERR", repr(str(e)))
