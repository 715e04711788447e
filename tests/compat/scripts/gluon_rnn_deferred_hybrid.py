"""Fused RNN layers with deferred shapes inside a hybridized HybridSequential; their exported graph."""
import json
import os
import tempfile

import numpy as np
import mxnet as mx

mx.random.seed(1)
for layer in (mx.gluon.rnn.LSTM(3, bidirectional=True, projection_size=2, num_layers=2),
              mx.gluon.rnn.GRU(4, num_layers=2), mx.gluon.rnn.RNN(2, bidirectional=True)):
    net = mx.gluon.nn.HybridSequential()
    with net.name_scope():
        net.add(layer)
        net.add(mx.gluon.nn.BatchNorm(axis=2))
        net.add(mx.gluon.nn.Dense(2, flatten=True))
    net.hybridize()
    net.initialize(mx.init.Uniform(0.5))
    x = mx.nd.arange(12).reshape((2, 3, 2)) / 10
    if layer._projection_size:     # MXNet's CPU LSTM refuses recording with a projection
        try:
            with mx.autograd.record():
                net(x).asnumpy()
        except mx.base.MXNetError as e:
            print(type(e).__name__, "No training support for LSTM with projection on CPU" in str(e))
        out = net(x)
    else:
        with mx.autograd.record():
            out = net(x)
        out.backward()
    print(np.round(out.asnumpy(), 4))
    for name, p in sorted(net.collect_params().items()):
        print(name, p.shape, np.round(float(p.data().abs().sum().asscalar()), 3))
    with tempfile.TemporaryDirectory() as tmp:
        net.export(os.path.join(tmp, "net"))
        graph = json.load(open(os.path.join(tmp, "net-symbol.json")))
    print([(n["op"], n.get("attrs")) for n in graph["nodes"] if n["op"] in ("_rnn_param_concat", "RNN")])

w = mx.sym.var('w', shape=(2, 0))
parts = [w.reshape(-1), mx.sym.var('u', shape=(2, 2)).reshape(-1), mx.sym.var('b1', shape=(2,)),
         mx.sym.var('b2', shape=(2,))]
rnn = mx.sym.RNN(mx.sym.var('x'), mx.sym._internal._rnn_param_concat(*parts, dim=0), mx.sym.var('h'),
                 state_size=2, num_layers=1, mode='rnn_tanh')
print(rnn.infer_shape_partial(x=(3, 1, 5)))
print((mx.sym.var('a', shape=(2, 0)).reshape(-1) + mx.sym.var('v', shape=(6,))).infer_shape_partial())
print((mx.sym.var('a', shape=(0, 0)).reshape(-1) + mx.sym.var('v', shape=(6,))).infer_shape_partial())
print(mx.nd._internal._rnn_param_concat(mx.nd.ones((2,)), mx.nd.zeros((3,)), dim=0))
