"""MXNet runs a float32 LSTM with projection_size through its native kernel: sigmoids evaluated in double,
the candidate gate through tanhf, the output as a double product with the double tanh of the cell."""
import mxnet as mx
import numpy as np
from mxnet import gluon, nd

for layers, bidirectional, batch in ((1, False, 1), (1, False, 3), (2, True, 2), (3, False, 2)):
    rs = np.random.RandomState(layers * 10 + batch)
    net = gluon.rnn.LSTM(5, num_layers=layers, bidirectional=bidirectional, projection_size=3, input_size=4)
    net.initialize(mx.init.Uniform(0.6))
    data = nd.array(rs.uniform(-2, 2, (4, batch, 4)))
    states = [s + 0.4 for s in net.begin_state(batch_size=batch)]
    out, (h, c) = net(data, states)
    print(layers, bidirectional, batch, out.shape, h.shape, c.shape)
    for name, arr in (('out', out), ('h', h), ('c', c)):
        print('  ', name, arr.asnumpy().ravel().view(np.int32)[:8].tolist())

# the operator directly, large pre-activations included
rs = np.random.RandomState(5)
n = 4 * 3 * (3 + 2) + 3 * 2 + 2 * 4 * 3
out = nd.RNN(nd.array(rs.uniform(-8, 8, (3, 2, 3))), nd.array(rs.uniform(-1, 1, (n,))),
             nd.array(rs.uniform(-1, 1, (1, 2, 2))), nd.array(rs.uniform(-1, 1, (1, 2, 3))), state_size=3,
             projection_size=2, num_layers=1, mode='lstm', state_outputs=True)
for arr in out:
    print(arr.shape, arr.asnumpy().ravel().view(np.int32).tolist())
