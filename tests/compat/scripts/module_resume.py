# Module.save_checkpoint(save_optimizer_states=True) then Module.load(load_optimizer_states=True) and fit on:
# SGD momentum resumes exactly; Adam restarts its step count (as MXNet's updater states do not hold it).
import os
import tempfile
import warnings
import mxnet as mx
import numpy as np

warnings.simplefilter('ignore')
np.random.seed(0)
X = np.random.rand(40, 6).astype('float32')
Y = (X.sum(1) > 3).astype('float32')
h = mx.sym.FullyConnected(mx.sym.Variable('data'), num_hidden=8, name='fc1')
h = mx.sym.FullyConnected(mx.sym.Activation(h, act_type='relu', name='r1'), num_hidden=2, name='fc2')
net = mx.sym.SoftmaxOutput(h, name='softmax')
prefix = os.path.join(tempfile.mkdtemp(), 'ck')


def batches():
    return mx.io.NDArrayIter(X, Y, batch_size=10)


for opt, params in [('sgd', {'learning_rate': 0.1, 'momentum': 0.9}), ('adam', {'learning_rate': 0.01}),
                    ('rmsprop', {'learning_rate': 0.01})]:
    for kv in ['local', None]:
        for ctx in ([mx.cpu(0)], [mx.cpu(0), mx.cpu(1)]):
            mx.random.seed(1)
            m = mx.mod.Module(net, context=ctx)
            m.fit(batches(), num_epoch=4, optimizer=opt, optimizer_params=params, kvstore=kv,
                  initializer=mx.init.Xavier())
            whole = m.get_params()[0]['fc1_weight'].asnumpy()
            mx.random.seed(1)
            m = mx.mod.Module(net, context=ctx)
            m.fit(batches(), num_epoch=2, optimizer=opt, optimizer_params=params, kvstore=kv,
                  initializer=mx.init.Xavier())
            m.save_checkpoint(prefix, 2, save_optimizer_states=True)
            m2 = mx.mod.Module.load(prefix, 2, load_optimizer_states=True, context=ctx)
            print(m2.params_initialized, m2.binded, m2._preload_opt_states is not None)
            m2.fit(batches(), num_epoch=4, begin_epoch=2, optimizer=opt, optimizer_params=params, kvstore=kv)
            resumed = m2.get_params()[0]['fc1_weight'].asnumpy()
            print(opt, kv, len(ctx), float(np.abs(whole - resumed).max()) < 1e-6, resumed.ravel()[-4:].round(5))
            print(m2.score(batches(), 'acc'), m2._preload_opt_states)
