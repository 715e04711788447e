# Module on several contexts: batch slices, per-device outputs and input gradients, reshape, kvstore choice,
# fit/score/predict numbers, optimizer states saved from the kvstore and loaded into an updater.
import logging
import os
import re
import tempfile
import warnings
import mxnet as mx
import numpy as np
from mxnet.module.executor_group import _split_input_slice

warnings.simplefilter('ignore')
tmp = tempfile.mkdtemp()


class Masked(logging.Handler):
    def emit(self, record):
        msg = re.sub(r'Time cost=[0-9.]+', 'Time cost=T', record.getMessage()).replace(tmp, 'TMP')
        print(record.levelname, msg)


logging.getLogger().addHandler(Masked())
logging.getLogger().setLevel(logging.INFO)
print(_split_input_slice(10, [1, 2]), _split_input_slice(7, [1, 1, 1]), _split_input_slice(5, [3, 1]))
try:
    _split_input_slice(2, [1, 1, 1])
except ValueError as e:
    print('ValueError', e)
mx.random.seed(0)
np.random.seed(0)
two = [mx.cpu(0), mx.cpu(1)]

sym = mx.sym.Activation(data=mx.sym.Variable('data'), act_type='relu', __layout__='TNC')
mod = mx.mod.Module(sym, ('data',), None, context=two)
mod.bind(data_shapes=[mx.io.DataDesc('data', (3, 8, 7), np.float16, layout='TNC')])
mod.init_params()
mod.forward(mx.io.DataBatch(data=[mx.nd.ones((3, 8, 7), dtype=np.float16)], label=None))
mod.backward([mx.nd.ones((3, 8, 7), dtype=np.float16)])
print([x.dtype for x in mod.get_outputs()], [x.shape for x in mod.get_outputs(merge_multi_context=False)[0]])
print(mod.output_shapes, mod.data_shapes, mod._exec_group.slices, mod._exec_group.output_layouts)

a, b, c = (mx.sym.Variable(n, __layout__='NC') for n in 'abc')
net = mx.mod.Module(a + 2 * b + 3 * c, data_names=['b', 'c', 'a'], label_names=None, context=two)
net.bind(data_shapes=[['b', (5, 5)], ['c', (5, 5)], ['a', (5, 5)]], label_shapes=None, inputs_need_grad=True)
net.init_params()
net.forward(data_batch=mx.io.DataBatch(data=[mx.nd.ones((5, 5))] * 3))
net.backward(out_grads=[mx.nd.ones((5, 5))])
print([g.asnumpy()[0, 0] for g in net.get_input_grads()], [[x.shape for x in g] for g in net.get_input_grads(False)])

fc = mx.sym.FullyConnected(mx.sym.Variable('data'), num_hidden=20, name='fc')
mod = mx.mod.Module(fc, ('data',), None, context=two)
mod.bind(data_shapes=[('data', (7, 20))])
mod.init_params()
mod.init_optimizer(optimizer_params={'learning_rate': 1})
mod.forward(mx.io.DataBatch(data=[mx.nd.ones((7, 20))], label=None))
mod.backward([mx.nd.ones((7, 20))])
mod.update()
print(mod.get_params()[0]['fc_bias'].asnumpy()[:3], type(mod._kvstore).__name__, mod._update_on_kvstore, mod._updater)
mod.reshape(data_shapes=[('data', (14, 20))])
mod.forward(mx.io.DataBatch(data=[mx.nd.ones((14, 20))], label=None))
mod.backward([mx.nd.ones((14, 20))])
mod.update()
print(mod.get_outputs()[0].shape, mod.get_params()[0]['fc_bias'].asnumpy()[:3], mod._exec_group.slices)

X = np.random.rand(40, 6).astype('float32')
Y = (X.sum(1) > 3).astype('float32')
h = mx.sym.FullyConnected(mx.sym.Variable('data'), num_hidden=8, name='fc1')
h = mx.sym.Activation(h, act_type='relu')
h = mx.sym.FullyConnected(h, num_hidden=2, name='fc2')
net = mx.sym.SoftmaxOutput(h, name='softmax')
for ctx in ([mx.cpu(0)], two, [mx.cpu(0), mx.cpu(1), mx.cpu(2)]):
    for kv in ('local', None):
        mx.random.seed(3)
        m = mx.mod.Module(net, context=ctx)
        m.fit(mx.io.NDArrayIter(X, Y, batch_size=10), num_epoch=2, kvstore=kv, eval_metric=['acc', 'ce'],
              optimizer_params={'learning_rate': 0.1, 'momentum': 0.9}, initializer=mx.init.Xavier())
        args, _ = m.get_params()
        print(len(ctx), kv, args['fc1_weight'].asnumpy().ravel()[:3], m._update_on_kvstore, type(m._updater).__name__)
        print(m.score(mx.io.NDArrayIter(X, Y, batch_size=10), 'acc'))
        p = m.predict(mx.io.NDArrayIter(X, Y, batch_size=15))
        print(p.shape, p.asnumpy()[-1].round(6))

mod = mx.mod.Module(mx.sym.FullyConnected(mx.sym.Variable('data'), num_hidden=4, name='f'), ('data',), context=two)
mod.bind(data_shapes=[('data', (10, 3))])
mod.init_params()
mod.init_optimizer(optimizer_params={'learning_rate': 0.1, 'momentum': 0.9})
mod.forward(mx.io.DataBatch([mx.nd.ones((10, 3))]))
mod.backward([mx.nd.ones((10, 4))])
mod.update()
mod.save_checkpoint(os.path.join(tmp, 'multi'), 0, save_optimizer_states=True)
mod2 = mx.mod.Module.load(os.path.join(tmp, 'multi'), 0, load_optimizer_states=True, data_names=('data',))
mod2.bind(data_shapes=[('data', (10, 3))])
mod2.init_optimizer(optimizer_params={'learning_rate': 0.1, 'momentum': 0.9})
print(sorted(mod._kvstore._updater.states), sorted(mod2._updater.states))
print(all((mod._kvstore._updater.states[k].asnumpy() == mod2._updater.states[k].asnumpy()).all()
          for k in mod2._updater.states))
