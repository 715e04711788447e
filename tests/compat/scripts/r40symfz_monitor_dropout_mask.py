"""An executor monitor with monitor_all shows a Dropout's backward reading the mask its forward drew, as it was (every gradient written)."""
import ctypes

import mxnet as mx
import numpy as np


def show(name, handle):
    a = mx.nd.NDArray(ctypes.cast(handle, mx.base.NDArrayHandle), writable=False)
    print(' ', name.decode() if isinstance(name, bytes) else name, a.shape, a.asnumpy().ravel().tolist())


d = mx.sym.Variable('data')
graphs = {
    'dropout_fc': mx.sym.FullyConnected(mx.sym.Dropout(d, p=0.5, name='drop'), num_hidden=2, name='fc'),
    'dropout_head': mx.sym.Dropout(d * 2, p=0.25, name='drop'),
    'two_dropouts': mx.sym.Dropout(mx.sym.Dropout(d, p=0.5, name='d1'), p=0.5, name='d2') + d,
}
for name, s in graphs.items():
    for seed in (1, 5):
        mx.random.seed(seed)
        ex = s.simple_bind(mx.cpu(), data=(2, 4))
        ex.arg_dict['data'][:] = np.arange(8).reshape(2, 4) + 1
        if 'fc_weight' in ex.arg_dict:
            ex.arg_dict['fc_weight'][:] = 0.5
            ex.arg_dict['fc_bias'][:] = 0.25
        ex.set_monitor_callback(show, monitor_all=True)
        print(name, seed)
        outs = ex.forward(is_train=True)
        ex.backward([mx.nd.ones(o.shape) for o in outs])
        print('  grad', ex.grad_dict['data'].asnumpy().tolist())
