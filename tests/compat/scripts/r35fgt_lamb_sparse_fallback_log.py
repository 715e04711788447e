"""A Trainer's LAMB over a sparse-gradient Embedding and a Dense updates all weights in one fused _multi_lamb_update
(weights in sorted name order): MXNet logs one storage fallback for that call, listing every weight's inputs and
outputs, and nothing for the dense weights alone; weights after two steps on one and two devices."""
# recorded on AVX2
import mxnet as mx
from mxnet import autograd, gluon, nd

from _stderr import stderr_of

x = nd.array([[1, 4, 4], [0, 4, 2]])


def train(name, kwargs, ctxs):
    mx.random.seed(5)
    net = gluon.nn.HybridSequential()
    net.add(gluon.nn.Embedding(6, 3, sparse_grad=True), gluon.nn.Dense(2, flatten=False))
    net.initialize(mx.init.Uniform(0.5), ctx=ctxs)
    trainer = gluon.Trainer(net.collect_params(), name, dict(kwargs, learning_rate=0.1, wd=0.01))
    for _ in range(2):
        parts = gluon.utils.split_and_load(x, ctxs)
        with autograd.record():
            losses = [(net(part) ** 2).sum() for part in parts]
        autograd.backward(losses)
        trainer.step(2)
    weight = net[0].weight
    return (weight.grad(ctxs[0]).stype, weight.data(ctxs[-1]).asnumpy().ravel().tolist()[:6],
            net[1].weight.data(ctxs[0]).asnumpy().ravel().tolist())


for name, kwargs in [("lamb", {}), ("lamb", {"lower_bound": 0.05, "upper_bound": 2.0}), ("adam", {})]:
    for ctxs in ([mx.cpu(0)], [mx.cpu(0), mx.cpu(1)]):
        result, lines = stderr_of(lambda: train(name, kwargs, ctxs))
        print(name, kwargs, len(ctxs), result)
        print("   logged", [line for line in lines if line.startswith(("operator", "input", "output", "params"))])
