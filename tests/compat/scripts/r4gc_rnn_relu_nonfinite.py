"""The fused relu RNN on nan/inf inputs: a nan pre-activation comes out as 0, in float32 and float64."""
import mxnet as mx
import numpy as np
from mxnet import autograd, gluon, nd

for dtype in ('float32', 'float64'):
    for bad in (np.nan, np.inf, -np.inf):
        for layers in (1, 2):
            layer = gluon.rnn.RNN(2, num_layers=layers, input_size=3, dtype=dtype)
            layer.initialize(mx.init.Uniform(0.3))
            x = np.full((3, 1, 3), 0.5)
            x[0, 0, 1] = bad
            x = nd.array(x, dtype=dtype)
            x.attach_grad()
            with autograd.record():
                out = layer(x)
            out.backward()
            print(dtype, bad, layers, 'out', np.round(out.asnumpy(), 5).ravel().tolist())
            print(dtype, bad, layers, 'grad', np.round(x.grad.asnumpy(), 5).ravel().tolist())
