"""LSTM and GRU layers over one sequence whose products have one row and one output (one hidden unit, or one input
feature in the data gradient), as MXNet sums them on an AVX2 CPU: oneDNN's one-row sgemm, one fused chain from the
product it adds onto. md5 of the output, the data gradient and the parameters' gradients."""
# recorded on AVX2
import hashlib
import itertools
import numpy as np
import mxnet as mx


def md5(a):
    return hashlib.md5(a.asnumpy().tobytes()).hexdigest()[:8]


rs = np.random.RandomState(11)
for cls, hidden, inp, steps, layers, bi in itertools.product(("LSTM", "GRU"), (1, 2), (1, 3), (1, 4), (1, 2),
                                                             (False, True)):
    layer = getattr(mx.gluon.rnn, cls)(hidden, num_layers=layers, bidirectional=bi, input_size=inp)
    layer.initialize()
    for p in layer.collect_params().values():
        p.set_data(mx.nd.array(rs.uniform(-0.6, 0.6, p.shape)))
    x = mx.nd.array(rs.uniform(-1, 1, (steps, 1, inp)))
    x.attach_grad()
    with mx.autograd.record():
        y = layer(x)
    y.backward(mx.nd.array(rs.uniform(-1, 1, y.shape)))
    print(cls, hidden, inp, steps, layers, bi, md5(y), md5(x.grad),
          *(md5(p.grad()) for p in layer.collect_params().values()))
