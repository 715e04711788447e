"""Registered custom initializers, string init names, every built-in initializer, default name patterns and the __init__ attribute initialize as MXNet does."""
# recorded on AVX2
import mxnet as mx, numpy as np, json
from mxnet import nd, gluon
mx.random.seed(24); np.random.seed(24)
@mx.init.register
class MyInit(mx.init.Initializer):
    def __init__(self, scale=0.5):
        super(MyInit, self).__init__(scale=scale)
        self.scale = scale
    def _init_weight(self, name, arr):
        arr[:] = nd.arange(arr.size).reshape(arr.shape) * self.scale
    def _init_bias(self, name, arr):
        arr[:] = -1
@mx.init.register
@mx.init.alias('fooinit')
class Foo(mx.init.Initializer):
    def _init_weight(self, _, arr): arr[:] = 7
print(MyInit(0.25).dumps(), mx.init.Xavier(magnitude=3).dumps(), mx.init.Mixed(['a'], [mx.init.One()]).dumps() if False else '')
d = gluon.nn.Dense(3, in_units=2, weight_initializer=MyInit(0.1), bias_initializer='myinit'); d.initialize()
print(d.weight.data(), d.bias.data())
d2 = gluon.nn.Dense(2, in_units=2, weight_initializer='fooinit'); d2.initialize(); print(d2.weight.data())
d3 = gluon.nn.Dense(2, in_units=2); d3.initialize(init='myinit'); print(d3.weight.data(), d3.bias.data())
d4 = gluon.nn.Dense(2, in_units=2); d4.initialize(init=mx.init.create('myinit', scale=2)); print(d4.weight.data())
d5 = gluon.nn.Dense(2, in_units=3); d5.initialize(MyInit(1.0)); print(d5.weight.data(), d5.bias.data())
for init in [mx.init.Xavier(rnd_type='uniform', factor_type='avg', magnitude=3), mx.init.Xavier(rnd_type='gaussian', factor_type='in', magnitude=2),
             mx.init.MSRAPrelu(factor_type='in', slope=0.25), mx.init.Orthogonal(scale=1.414, rand_type='normal'), mx.init.Orthogonal(rand_type='uniform'),
             mx.init.Normal(0.05), mx.init.Uniform(0.2), mx.init.TruncNorm(0.3) if hasattr(mx.init, 'TruncNorm') else mx.init.One(),
             mx.init.Bilinear(), mx.init.LSTMBias(forget_bias=2.0), mx.init.FusedRNN(mx.init.One(), 3, 1, 'lstm') if hasattr(mx.init, 'FusedRNN') else mx.init.One(), mx.init.Constant(nd.array([1, 2, 3, 4]).reshape((2, 2)))]:
    mx.random.seed(25)
    arr = nd.zeros((4, 2, 2, 2)) if isinstance(init, mx.init.Bilinear) else (nd.zeros((12,)) if isinstance(init, mx.init.LSTMBias) else nd.zeros((2, 2)) if isinstance(init, mx.init.Constant) else nd.zeros((3, 4)))
    name = 'x_bias' if isinstance(init, mx.init.LSTMBias) else 'x_weight'
    try:
        init(mx.init.InitDesc(name), arr); print(type(init).__name__, arr.asnumpy().ravel()[:12].round(5).tolist())
    except Exception as e: print(type(init).__name__, type(e).__name__, str(e)[:150])
desc = mx.init.InitDesc('fc_weight', attrs={'__init__': mx.init.Constant(3).dumps()})
a = nd.zeros((2,)); mx.init.Uniform()(desc, a); print(a)
for nm in ['bn_gamma', 'bn_beta', 'bn_moving_mean', 'bn_moving_var', 'bn_moving_inv_var', 'bn_moving_avg', 'x_min', 'x_max', 'fc_bias', 'stuff', 'up_weight']:
    a = nd.ones((2, 2)) * 5
    try: mx.init.Uniform(1)(mx.init.InitDesc(nm), a); print(nm, a.asnumpy().ravel().tolist() if 'weight' not in nm else 'w')
    except Exception as e: print(nm, type(e).__name__, str(e)[:80])
v = mx.sym.Variable('v', init=MyInit(3.0), shape=(2, 2)); print(v.attr('__init__'), v.list_attr())
ex = (v * 1).simple_bind(mx.cpu())
mod = mx.mod.Module(mx.sym.FullyConnected(mx.sym.var('data'), weight=v, num_hidden=2, no_bias=True), label_names=None)
mod.bind([('data', (1, 2))]); mod.init_params(mx.init.Zero()); print(mod.get_params()[0])
