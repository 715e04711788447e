"""A gradient with several contributions: MXNet's summation order decides the last bits."""
import itertools

import mxnet as mx
import numpy as np

# x used three times, in every order of contributions 1, 1e8, -1e8 (float32 makes the order visible)
for perm in itertools.permutations([1.0, 1e8, -1e8]):
    x = mx.nd.array([1.0])
    x.attach_grad()
    with mx.autograd.record():
        y = x * perm[0] + x * perm[1] + x * perm[2]
    y.backward()
    print("three uses", perm, x.grad.asscalar())

# four and five uses of an intermediate result
for n in (4, 5):
    for perm in itertools.permutations([1.0, 1e8, -1e8, 3.0, -2.0][:n]):
        x = mx.nd.array([1.0])
        x.attach_grad()
        with mx.autograd.record():
            h = x * 1.0
            y = h * perm[0]
            for v in perm[1:]:
                y = y + h * v
        y.backward()
        print(n, "uses", perm, x.grad.asscalar())

# an LSTM cell unrolled for four steps: outputs and gradients to the last bit
mx.random.seed(1)
cell = mx.gluon.rnn.LSTMCell(5, input_size=3)
cell.initialize(mx.init.Uniform(0.7))
x = mx.nd.random.uniform(-2, 2, (2, 3))
state = cell.begin_state(2)
with mx.autograd.record():
    out, state = cell(x, state)
    for _ in range(3):
        out, state = cell(out[:, :3], state)
    loss = (out * out).sum() + state[1].sum()
loss.backward()
print("h bits", out.asnumpy().view(np.uint32).tolist())
print("c bits", state[1].asnumpy().view(np.uint32).tolist())
for name in ("i2h_bias", "i2h_weight", "h2h_weight"):
    print(name, getattr(cell, name).grad().asnumpy().view(np.uint32).tolist())
