# SymbolBlock over a two-input symbol: build, initialize, train, save/load parameters, and a gluon net as a symbol
import os
import tempfile
import mxnet as mx
from mxnet import gluon, nd, autograd

a = mx.sym.var('a')
b = mx.sym.var('b')
fa = mx.sym.FullyConnected(a, num_hidden=3, name='fa')
fb = mx.sym.FullyConnected(b, num_hidden=3, name='fb')
out = mx.sym.Activation(fa + fb, act_type='sigmoid', name='act')
block = gluon.SymbolBlock(out, [a, b])
print(sorted(block.collect_params().keys()))
block.initialize(mx.init.Constant(0.2))
xa = nd.array([[1.0, 2.0], [0.5, -1.0]])
xb = nd.array([[0.0, 1.0, 2.0], [1.0, 1.0, 1.0]])
print(block(xa, xb).asnumpy().tolist())
print({k: v.shape for k, v in block.collect_params().items()})
trainer = gluon.Trainer(block.collect_params(), 'sgd', {'learning_rate': 1.0})
for i in range(2):
    with autograd.record():
        l = ((block(xa, xb) - 0.5) ** 2).sum()
    l.backward()
    trainer.step(2)
    print(i, repr(l.asscalar()))
tmp = tempfile.mkdtemp()
f = os.path.join(tmp, 'sb.params')
block.save_parameters(f)
print(sorted(nd.load(f).keys()))
block2 = gluon.SymbolBlock(out, [a, b])
try:
    block2.load_parameters(f)
except AssertionError as e:
    print('AssertionError', str(e)[:30])
f2 = os.path.join(tmp, 'sb_full.params')
block.collect_params().save(f2)
print(sorted(nd.load(f2).keys()))
block2.collect_params().load(f2)
print((block2(xa, xb) == block(xa, xb)).asnumpy().all())
net = gluon.nn.HybridSequential(prefix='seq_')
with net.name_scope():
    net.add(gluon.nn.Dense(2, activation='tanh'), gluon.nn.Dense(1))
sym = net(mx.sym.var('data'))
print(sym.list_arguments(), sym.infer_shape(data=(4, 7))[0])
print(sym.get_internals().list_outputs())
