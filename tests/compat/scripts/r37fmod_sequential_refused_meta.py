"""SequentialModule.add refusing an unknown meta keeps the module but not its meta: a later bind binds the modules
before it and then fails with IndexError, as MXNet's does; update_metric and forward still run on what was bound."""
import numpy as np

import mxnet as mx


def attempt(label, f):
    try:
        print(label, 'OK', f())
    except Exception as e:
        print(label, type(e).__name__, e)


np.random.seed(0)
mx.random.seed(0)
X = np.random.randn(8, 4).astype('float32')
Y = np.random.randint(0, 3, 8).astype('float32')
it = mx.io.NDArrayIter(X, Y, batch_size=4)
hidden = mx.sym.Activation(mx.sym.FullyConnected(mx.sym.var('data'), num_hidden=5, name='fc1'), act_type='relu')
head = mx.sym.SoftmaxOutput(mx.sym.FullyConnected(mx.sym.var('data'), num_hidden=3, name='fc2'), name='softmax')
for extra in [{'foo': 1}, {'take_labels': True, 'bar': 0}]:
    seq = mx.mod.SequentialModule()
    seq.add(mx.mod.Module(hidden, label_names=[])).add(mx.mod.Module(head), take_labels=True, auto_wiring=True)
    attempt('add', lambda: seq.add(mx.mod.Module(hidden, label_names=[]), **extra))
    attempt('names', lambda: (seq.data_names, seq.output_names))
    attempt('bind', lambda: seq.bind(it.provide_data, it.provide_label))
    attempt('binded', lambda: (seq.binded, [m.binded for m in seq._modules]))
    attempt('shapes', lambda: (seq.data_shapes, seq.label_shapes, seq.output_shapes))
    attempt('init', lambda: seq.init_params(mx.init.One()))
    attempt('rebind', lambda: seq.bind(it.provide_data, it.provide_label, force_rebind=True))
