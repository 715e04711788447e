"""SymbolBlock parameters take the dtypes inferred from the inputs' declared dtypes (float32 otherwise)."""
import os
import tempfile
import warnings

import mxnet as mx

warnings.simplefilter("ignore")
mx.random.seed(7)
d = mx.sym.var('data', dtype='float64')
bn = mx.sym.BatchNorm(mx.sym.FullyConnected(d, num_hidden=3, name='fc'), name='bn')
sb = mx.gluon.SymbolBlock(bn, d)
print(sorted((k, v.dtype) for k, v in sb.collect_params().items()))
sb.initialize()
out = sb(mx.nd.ones((2, 4), dtype='float64'))
print(out.dtype, out.asnumpy().round(4).tolist())
untyped = mx.sym.var('data')
sb2 = mx.gluon.SymbolBlock(mx.sym.FullyConnected(untyped, num_hidden=3, name='fc'), untyped)
print(sorted((k, v.dtype) for k, v in sb2.collect_params().items()))
d16 = mx.sym.var('data', dtype='float16')
sb3 = mx.gluon.SymbolBlock([mx.sym.FullyConnected(d16, num_hidden=3, name='fc'), mx.sym.var('w', dtype='int32') * 2],
                           d16)
print(sorted((k, v.dtype) for k, v in sb3.collect_params().items()))
mixed = [mx.sym.var('a', dtype='float64'), mx.sym.var('b')]
sb4 = mx.gluon.SymbolBlock(mx.sym.FullyConnected(mixed[0] + mixed[1], num_hidden=2, name='fc'), mixed)
print(sorted((k, v.dtype) for k, v in sb4.collect_params().items()))

net = mx.gluon.nn.HybridSequential()
net.add(mx.gluon.nn.Dense(3, in_units=4), mx.gluon.nn.BatchNorm(in_channels=3))
net.initialize(mx.init.Constant(0.5))
net.cast('float64')
net.hybridize()
net(mx.nd.ones((1, 4), dtype='float64'))
with tempfile.TemporaryDirectory() as tmp:
    net.export(os.path.join(tmp, 'net'))
    sym = mx.sym.load(os.path.join(tmp, 'net-symbol.json'))
    loaded = mx.gluon.SymbolBlock(sym, mx.sym.var('data', dtype='float64'))
    loaded.collect_params().load(os.path.join(tmp, 'net-0000.params'))
    print(sorted((k, v.dtype) for k, v in loaded.collect_params().items()))
    print(loaded(mx.nd.ones((1, 4), dtype='float64')).asnumpy().round(4).tolist())
    loaded.cast('float32')
    print(loaded(mx.nd.ones((1, 4))).dtype)
