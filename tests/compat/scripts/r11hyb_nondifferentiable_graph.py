"""A hybridized block whose graph has an op without a gradient fails at its first call, recording or not."""
import numpy as np
import mxnet as mx
from mxnet import autograd, gluon, nd


class Traced(gluon.HybridBlock):
    def __init__(self, body):
        super().__init__()
        self.body = body

    def hybrid_forward(self, F, x):
        return self.body(F, x)


bodies = {
    "shuffle": lambda F, x: F.random.shuffle(x) + 1,
    "shuffle_behind_blockgrad": lambda F, x: F.BlockGrad(F.random.shuffle(x)) + x,
    "argmax_channel": lambda F, x: F.argmax_channel(x),
    "khatri_rao": lambda F, x: F.khatri_rao(x, x),
    "argsort": lambda F, x: F.argsort(x) * x,
}
x = nd.array(np.random.RandomState(0).uniform(-1, 1, (5, 2)))
for name, body in bodies.items():
    for hybridize in (False, True):
        for recording in (False, True):
            net = Traced(body)
            if hybridize:
                net.hybridize()
            try:
                if recording:
                    with autograd.record():
                        y = net(x)
                else:
                    y = net(x)
                print(name, hybridize, recording, "->", y.shape)
            except mx.base.MXNetError as e:
                message = str(e).split("\n")[-1 if "Traceback" in str(e) else 0].replace("MXNetError: ", "")
                print(name, hybridize, recording, "raises", message[:90])
