"""Vanilla RNN layers of one hidden unit over one sequence, as MXNet sums them on an AVX2 CPU: each step's state
product (one gate row by one state) is fused onto the input product (oneDNN's one-row sgemm from C), then the
summed biases added. md5 of the output, the data gradient and the parameters' gradients."""
# recorded on AVX2
import hashlib
import itertools
import numpy as np
import mxnet as mx


def md5(a):
    return hashlib.md5(a.asnumpy().tobytes()).hexdigest()[:8]


rs = np.random.RandomState(7)
for act, inp, steps, layers, bi in itertools.product(("relu", "tanh"), (1, 3, 8), (1, 5), (1, 2), (False, True)):
    layer = mx.gluon.rnn.RNN(1, activation=act, num_layers=layers, bidirectional=bi, input_size=inp)
    layer.initialize()
    for p in layer.collect_params().values():
        p.set_data(mx.nd.array(rs.uniform(-0.6, 0.6, p.shape)))
    x = mx.nd.array(rs.uniform(-1, 1, (steps, 1, inp)))
    x.attach_grad()
    with mx.autograd.record():
        y = layer(x)
    y.backward(mx.nd.array(rs.uniform(-1, 1, y.shape)))
    print(act, inp, steps, layers, bi, md5(y), md5(x.grad), *(md5(p.grad()) for p in layer.collect_params().values()))
