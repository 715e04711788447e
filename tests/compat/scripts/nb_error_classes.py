# Error classes for the mistakes the mxnet-notebooks tutorials warn about: bad symbol lookups and shapes,
# unbound modules, bad iterator arguments, missing files, unknown registry names.
import mxnet as mx
import numpy as np
data = mx.sym.Variable('data')
fc = mx.sym.FullyConnected(data, num_hidden=3, name='fc')
net = mx.sym.SoftmaxOutput(fc, name='sm')
cases = [
    lambda: net.get_internals()['nope_output'],
    lambda: net[5],
    lambda: net.infer_shape(data=(2, 3), fc_weight=(4, 4)),
    lambda: net.infer_shape(foo=(2, 3)),
    lambda: net.bind(mx.cpu(), {'data': mx.nd.ones((2, 3))}),
    lambda: net.simple_bind(mx.cpu()),
    lambda: net.simple_bind(mx.cpu(), data=(2, 3), fc_weight=(5, 5)),
    lambda: mx.sym.Variable('x') + 'a',
    lambda: mx.sym.Group([data, 3]),
    lambda: mx.sym.FullyConnected(data),
    lambda: mx.sym.Convolution(data, kernel=(3, 3)),
    lambda: mx.nd.ones((2, 3)) + mx.nd.ones((3, 2)),
    lambda: mx.nd.dot(mx.nd.ones((2, 3)), mx.nd.ones((2, 3))),
    lambda: mx.nd.ones((2, 3)).reshape((4, 4)),
    lambda: mx.nd.ones((2, 3))[5],
    lambda: mx.nd.array([1, 2]).asscalar(),
    lambda: mx.mod.Module(net, label_names=['x']),
    lambda: mx.io.NDArrayIter(np.ones((4, 2)), np.ones((3,)), 2),
    lambda: mx.io.NDArrayIter(np.ones((4, 2)), batch_size=5),
    lambda: mx.io.NDArrayIter(np.ones((4, 2)), batch_size=2, last_batch_handle='bogus'),
    lambda: mx.nd.load('/tmp/does_not_exist.params'),
    lambda: mx.sym.load('/tmp/does_not_exist.json'),
    lambda: mx.model.load_checkpoint('/tmp/does_not_exist', 1),
    lambda: mx.optimizer.create('nosuchopt'),
    lambda: mx.init.create('nosuchinit'),
    lambda: mx.metric.create('nosuchmetric'),
    lambda: mx.recordio.MXRecordIO('/tmp/does_not_exist.rec', 'r'),
    lambda: mx.rnn.LSTMCell(3).unroll(2, mx.sym.Variable('d'), layout='XYZ'),
]
for i, f in enumerate(cases):
    try:
        r = f()
        print(i, 'ok', r.name if isinstance(r, mx.sym.Symbol) else type(r).__name__)
    except Exception as e:
        print(i, type(e).__name__)
mod = mx.mod.Module(net, label_names=['sm_label'])
try:
    mod.forward(mx.io.DataBatch([mx.nd.ones((2, 3))]))
except Exception as e:
    print('fwd', type(e).__name__)
mod.bind([('data', (2, 3))], [('sm_label', (2,))])
for f in [lambda: mod.forward(mx.io.DataBatch([mx.nd.ones((2, 3))])), lambda: mod.get_params(), lambda: mod.update(),
          lambda: mod.bind([('data', (2, 3))]), lambda: mod.init_optimizer()]:
    try:
        print('m', f())
    except Exception as e:
        print('m', type(e).__name__)
