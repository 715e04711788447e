"""Module.prepare (and so fit) warns that sparse_row_id_fn is not used when the kvstore does not update."""
import warnings

import numpy as np

import mxnet as mx

data = mx.sym.Variable('data')
net = mx.sym.SoftmaxOutput(mx.sym.FullyConnected(data, num_hidden=3, name='fc'), name='softmax')
X = np.ones((8, 5), 'float32')
Y = np.zeros(8, 'float32')
for kvstore in ['local', None]:
    mod = mx.mod.Module(net)
    mod.bind(data_shapes=[('data', (4, 5))], label_shapes=[('softmax_label', (4,))])
    mod.init_params()
    mod.init_optimizer(kvstore=kvstore)
    batch = mx.io.DataBatch([mx.nd.array(X[:4])], [mx.nd.array(Y[:4])])
    for fn in [None, lambda b: {}]:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter('always')
            mod.prepare(batch, sparse_row_id_fn=fn)
        print(kvstore, fn is None, [(w.category.__name__, str(w.message)) for w in caught])
mod = mx.mod.Module(net)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    mod.fit(mx.io.NDArrayIter(X, Y, 4), num_epoch=1, sparse_row_id_fn=lambda b: {})
print(sorted(set((w.category.__name__, str(w.message)) for w in caught)))
