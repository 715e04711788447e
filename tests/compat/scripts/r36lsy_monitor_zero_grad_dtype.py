"""A monitor shows the zero gradient made for an output nothing gave one to (a max Pooling workspace, an unused topk output) in that output's dtype and shape."""
import mxnet as mx
import numpy as np
np.random.seed(0)
d = mx.sym.var('data')
for net in [mx.sym.Pooling(d, kernel=(2, 2), pool_type='max', name='pool'),
            mx.sym.Pooling(d, kernel=(2, 2), stride=(2, 2), pool_type='max', name='pool') * 2,
            mx.sym.topk(d, axis=3, k=2, ret_typ='both', name='tk')[0],
            mx.sym.topk(d, axis=3, k=2, ret_typ='both', dtype='int32', name='tk')[0],
            mx.sym.topk(d, axis=3, k=2, ret_typ='both', dtype='int32', name='tk')[1] + 0]:
    ex = net.simple_bind(mx.cpu(), data=(1, 1, 4, 4))
    ex.arg_dict['data'][:] = mx.nd.array(np.random.rand(1, 1, 4, 4))
    for kw in [dict(), dict(monitor_all=True)]:
        names = []
        mon = mx.mon.Monitor(1, stat_func=lambda x: (names.append((x.dtype.__name__, x.shape)), mx.nd.array([0]))[1], pattern='.*', **kw)
        mon.install(ex)
        mon.tic()
        ex.forward(is_train=True)
        ex.backward(mx.nd.ones(ex.outputs[0].shape))
        res = mon.toc()
        print(kw, [(n, s) for (_, n, _), s in zip(res, names)] if len(res) == len(names) else (len(res), len(names)))
