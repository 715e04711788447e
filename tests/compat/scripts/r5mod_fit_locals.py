"""The locals a fit's batch-end, eval-batch-end and eval-end callbacks get are fit's and score's variables,
named as MXNet names them."""
import numpy as np

import mxnet as mx

data = mx.sym.Variable('data')
net = mx.sym.SoftmaxOutput(mx.sym.FullyConnected(data, num_hidden=3, name='fc'), name='softmax')
X = np.ones((8, 5), 'float32')
Y = np.zeros(8, 'float32')


def show(kind):
    def callback(param):
        print(kind, param.epoch, param.nbatch, sorted(param.locals))
    return callback


mod = mx.mod.Module(net)
mod.fit(mx.io.NDArrayIter(X, Y, 4), eval_data=mx.io.NDArrayIter(X, Y, 4), num_epoch=2,
        batch_end_callback=show('batch'), eval_batch_end_callback=show('eval'), eval_end_callback=show('end'),
        epoch_end_callback=lambda *args: None)
params = []
mod.fit(mx.io.NDArrayIter(X, Y, 4), num_epoch=1, batch_end_callback=params.append)
print([p.locals['data_batch'].data[0].shape for p in params], params[-1].locals['eval_name_vals'])
print(mod.score(mx.io.NDArrayIter(X, Y, 4), 'acc', batch_end_callback=show('score'), score_end_callback=show('done')))
