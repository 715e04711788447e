# Behaviours found by running MXNet 1.9.1's own unit tests (test_io, test_kvstore_custom,
# test_contrib_optimizer, test_init, test_optimizer) against distnet.
import os
import tempfile
import numpy as np
import mxnet as mx
from mxnet.test_utils import *     # MXNet's tests rely on the names this exports

print(type(array).__name__, type(mx).__name__, Context.__name__, Symbol.__name__)

tmp = tempfile.mkdtemp()
csv = os.path.join(tmp, 'c.csv')
with open(csv, 'w') as f:
    f.write('200000001,2147483648,3.7,-2.5\n' * 3)
for dtype in ('int32', 'int64', 'float32'):
    it = mx.io.CSVIter(data_csv=csv, data_shape=(4,), batch_size=2, dtype=dtype)
    b = it.next()
    print(dtype, b.data[0].dtype.__name__, b.data[0].asnumpy().tolist())

svm = os.path.join(tmp, 'd.t')
with open(svm, 'w') as f:
    f.write('1.0 0:0.5 2:1.2\n-3.0 -1:0.6 1:2.4 2:1.2\n')
try:
    mx.io.LibSVMIter(data_libsvm=svm, data_shape=(3,), batch_size=2)
except mx.base.MXNetError:
    print('LibSVMIter negative index: MXNetError')

kv = mx.kv.create('teststore')
print('teststore optimizer capable:', type(kv).is_capable('optimizer'))

np.random.seed(0)
w = mx.nd.array(np.random.uniform(-1, 1, (3, 4)).astype('float32'))
g = mx.nd.array(np.random.uniform(-1, 1, (3, 4)).astype('float32'))
opt = mx.optimizer.contrib.GroupAdaGrad(learning_rate=0.1, clip_gradient=0.3, rescale_grad=0.5)
state = opt.create_state(0, w)
for _ in range(2):
    opt.update(0, w, g, state)
print(type(mx.optimizer.create('groupadagrad')).__name__, state.shape)
print(w.asnumpy().round(6).tolist())
print(state.asnumpy().round(6).tolist())

gr = mx.nd.array([[0.1, 0.2]])
for scale in (0., float('nan'), 2.0, mx.nd.array([-1.5])):
    w, m, v = mx.nd.array([[0.5, -0.3]]), mx.nd.array([[0.3, 0.1]]), mx.nd.array([[0.2, 0.4]])
    mx.nd.contrib.multi_adamw_update([w], [gr], [m], [v], scale, lrs=[0.1], etas=[1.0], wds=[0.0], out=[w])
    print('multi_adamw', w.asnumpy().tolist(), m.asnumpy().tolist(), v.asnumpy().tolist())
w, m, v = mx.nd.array([[0.5, -0.3]]), mx.nd.zeros((1, 2)), mx.nd.zeros((1, 2))
w16 = w.astype('float16')
mx.nd.contrib.multi_mp_adamw_update([w16], [gr.astype('float16')], [m], [v], [w], 3.0, lrs=[0.1], etas=[1.0],
                                    wds=[0.0], beta1=0.0, beta2=0.0, clip_gradient=0.5, out=[w16])
print('multi_mp_adamw', m.asnumpy().tolist(), v.asnumpy().tolist(), w.asnumpy().tolist(), w16.asnumpy().tolist())
w, m, v = mx.nd.array([[0.5, -0.3]]), mx.nd.array([[0.3, 0.1]]), mx.nd.array([[0.2, 0.4]])
mx.nd.contrib.adamw_update(w, gr, m, v, mx.nd.array([0.]), lr=0.1, eta=1.0, wd=0.1, out=w)
print('adamw scale 0', w.asnumpy().tolist(), m.asnumpy().tolist())

with mx.name.NameManager():
    data = mx.sym.Variable('data')
    p = mx.sym.LeakyReLU(data=data, act_type='prelu', name='p')
    q = mx.sym.LeakyReLU(data=data, gamma=mx.sym.Variable('g'), act_type='prelu', name='q')
    r = mx.sym.LeakyReLU(data=data, gamma=mx.sym.Variable('h', init=mx.init.One()), act_type='prelu', name='r')
print(p.attr_dict())
print(q.attr_dict())
print(r.attr_dict())
mod = mx.mod.Module(p, label_names=None)
mod.bind(data_shapes=[('data', (2, 3))])
mod.init_params()
print(mod.get_params()[0]['p_gamma'].asnumpy().tolist())

try:
    assert_almost_equal(np.array([1e-5, 2.0, 3, 4, 5, 6]), np.array([1.0, 2, 3, 4, 5, 7]))
except AssertionError as e:
    print(str(e).split('ACTUAL')[1])
print(np.array([1e-5, 1.0]), np.arange(10))
