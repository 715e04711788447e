"""Errors raised inside hybridized forwards of mx.np calls with bad arguments (squeeze, concatenate, stacking, diagonal, reductions, rot90, norm, broadcast_to, split, pad, einsum) name the check's source line as MXNet's; imperative calls alongside."""
# recorded on AVX2
import re

import numpy as onp
import mxnet as mx
from mxnet import np, npx
from mxnet.gluon import HybridBlock

npx.set_np()


class Call(HybridBlock):
    def __init__(self, fn):
        super().__init__()
        self.fn = fn

    def hybrid_forward(self, F, x):
        return self.fn(F, x)


def last_line(e):
    lines = [line for line in str(e).splitlines() if line.strip()]
    return re.sub(r"\[\d\d:\d\d:\d\d\] |call\d+_", "", lines[-1])


CALLS = [
    lambda F, x: F.np.squeeze(x, axis=1), lambda F, x: F.np.squeeze(x, axis=5), lambda F, x: F.np.squeeze(x, axis=(0, 0)),
    lambda F, x: F.np.concatenate([x, x[0]], axis=0), lambda F, x: F.np.concatenate([x, x[:, :2]], axis=0),
    lambda F, x: F.np.hstack([x, x[:1]]), lambda F, x: F.np.dstack([x, x[:1]]), lambda F, x: F.np.vstack([x, x[:, :2]]),
    lambda F, x: F.np.diagonal(x, 0, 0, 0), lambda F, x: F.np.sum(x, axis=3), lambda F, x: F.np.mean(x, axis=(0, 0)),
    lambda F, x: F.np.rot90(x, axes=(0, 3)), lambda F, x: F.np.linalg.norm(x, axis=3),
    lambda F, x: F.np.broadcast_to(x, (2, 3, 5)), lambda F, x: F.np.broadcast_to(x, (3, 4)),
    lambda F, x: F.np.transpose(x, (0, 0, 1)), lambda F, x: F.np.moveaxis(x, 3, 0),
    lambda F, x: F.np.split(x, 2, axis=3)[0], lambda F, x: F.np.split(x, 2, axis=1)[0],
    lambda F, x: F.np.max(x, axis=5), lambda F, x: F.np.argmax(x, axis=3), lambda F, x: F.np.pad(x, ((1, 1),)),
    lambda F, x: F.np.pad(x, ((1, 1), (2,), (0, 1))), lambda F, x: F.np.einsum('ij,jk->ik', x, x),
]
for i, fn in enumerate(CALLS):
    for hybridize in (False, True):
        print("call", i, "hybridize" if hybridize else "imperative")
        net = Call(fn)
        if hybridize:
            net.hybridize()
        x = np.array(onp.random.RandomState(0).uniform(-1, 1, size=(2, 3, 4)), dtype="float32")
        try:
            print("  out", net(x).shape)
        except Exception as e:  # noqa: BLE001  (MXNetError, or the ValueError of a front-end check)
            print("  ERR", type(e).__name__, last_line(e))
