"""Gluon layers on an empty batch of mx.np arrays, trained: outputs, gradients, moving statistics, and the errors
MXNet's kernels keep for the first gradient read (Dense's delay_alloc, LayerNorm's reshape of the empty rows)."""
# recorded on AVX2
import mxnet as mx
from mxnet import autograd
from mxnet.gluon import nn

mx.npx.set_np()
mx.random.seed(1)


def run(make, shape, train=True, hybridize=False):
    net = make()
    net.initialize()
    if hybridize:
        net.hybridize()
    x = mx.np.zeros(shape, dtype="float32")
    x.attach_grad()
    try:
        with autograd.record(train_mode=train):
            y = net(x)
            loss = (y * y).sum()
        loss.backward()
        print(shape, train, hybridize, "y", y.shape, "dx", x.grad.shape)
    except Exception as e:
        print(shape, "error", type(e).__name__, str(e).splitlines()[-1][:100])
    for name, p in sorted(net.collect_params().items()):
        try:
            print("  ", name, p.data().asnumpy().tolist(), p.grad().asnumpy().tolist() if p.grad_req != "null" else None)
        except Exception as e:
            print("  ", name, type(e).__name__, str(e).splitlines()[-1][:100])


run(lambda: nn.PReLU(), (0, 4))
run(lambda: nn.PReLU(), (3, 0, 2))
run(lambda: nn.PReLU(in_channels=3), (2, 3, 0))
run(lambda: nn.PReLU(in_channels=3), (0, 3, 2), hybridize=True)
for kwargs, shape in [({}, (0, 3)), (dict(axis=1), (0, 3, 2)), (dict(axis=0), (3, 0)), ({}, (2, 0, 3)),
                      (dict(axis=1), (2, 3, 0)), (dict(axis=2), (3, 4, 5, 0)), (dict(center=False), (0, 3)),
                      (dict(center=False, scale=False), (0, 3))]:
    run(lambda: nn.LayerNorm(in_channels=shape[kwargs.get("axis", -1)], **kwargs), shape)
run(lambda: nn.LayerNorm(in_channels=3), (0, 3), hybridize=True)
for kwargs, shape in [({}, (0, 3, 3)), (dict(axis=-1), (0, 3, 3)), (dict(scale=False), (0, 2)),
                      (dict(axis=2), (0, 2, 2))]:
    run(lambda: nn.BatchNorm(in_channels=shape[kwargs.get("axis", 1)], **kwargs), shape)
run(lambda: nn.BatchNorm(in_channels=3), (0, 3, 3), hybridize=True)
run(lambda: nn.BatchNorm(in_channels=3), (0, 3, 3), train=False)
run(lambda: nn.BatchNorm(in_channels=2, use_global_stats=True), (0, 2, 2))
run(lambda: nn.BatchNormReLU(in_channels=3, axis=-1), (0, 4, 2, 3))
run(lambda: nn.Dense(3, in_units=3), (0, 3))
run(lambda: nn.Dense(3, in_units=3, use_bias=False), (0, 3))
run(lambda: nn.Dense(3, in_units=3), (0, 3), hybridize=True)
run(lambda: nn.Dense(3, in_units=6), (0, 2, 3))
run(lambda: nn.Dense(3, flatten=False, in_units=3), (2, 0, 3))
