# Deterministic initializers, dumps(), create(), InitDesc attrs, Mixed, Load, repr, errors.
import mxnet as mx, numpy as np, os, tempfile
os.chdir(tempfile.mkdtemp())

def t(f):
    try:
        print(f())
    except Exception as e:
        print('ERR', type(e).__name__)

def run(init, shape, name='fc_weight', attrs=None):
    arr = mx.nd.zeros(shape)
    try:
        init(mx.init.InitDesc(name, attrs=attrs), arr)
        print(name, arr.asnumpy().ravel().tolist())
    except Exception as e:
        print(name, 'ERR', type(e).__name__)

run(mx.init.Zero(), (2, 2)); run(mx.init.One(), (2, 2))
run(mx.init.Constant(3.5), (2, 2)); run(mx.init.Constant(mx.nd.array([[1, 2], [3, 4]])), (2, 2))
run(mx.init.Constant(np.array([1., 2.])), (2, 2))
run(mx.init.Bilinear(), (1, 1, 4, 4)); run(mx.init.Bilinear(), (2, 1, 3, 3))
run(mx.init.LSTMBias(), (8,), name='lstm_bias'); run(mx.init.LSTMBias(2.0), (8,), name='lstm_weight')
run(mx.init.One(), (3,), name='fc_bias', attrs={'__init__': '["constant", {"value": 7.0}]'})
run(mx.init.One(), (3,), name='x', attrs={'__init__': mx.init.Constant(2).dumps()})
run(mx.init.One(), (3,), name='x', attrs={'__init__': 'zeros'})
run(mx.init.One(), (3,), name='x_gamma', attrs={'lr_mult': '2'})
for init in [mx.init.Zero(), mx.init.One(), mx.init.Constant(1.5), mx.init.Uniform(), mx.init.Uniform(0.1),
             mx.init.Normal(0.2), mx.init.Xavier(), mx.init.Xavier('gaussian', 'in', 2),
             mx.init.MSRAPrelu(), mx.init.Orthogonal(), mx.init.Bilinear(), mx.init.LSTMBias(0.5),
             mx.init.Constant(mx.nd.array([1, 2]))]:
    d = init.dumps()
    print(type(init).__name__, d, type(mx.init.create(d)).__name__)
for name in ['zeros', 'ones', 'zero', 'one', 'uniform', 'normal', 'xavier', 'msraprelu', 'orthogonal',
             'bilinear', 'Xavier', 'ZEROS', 'lstmbias', 'constant', 'fusedrnn', 'load', 'mixed']:
    try:
        print(name, type(mx.init.create(name)).__name__)
    except Exception as e:
        print(name, 'ERR', type(e).__name__)
print(type(mx.init.create('uniform', scale=0.3)).__name__, mx.init.create('uniform', scale=0.3).scale)
print(type(mx.init.create('["normal", {"sigma": 0.5}]')).__name__)
t(lambda: mx.init.create('nosuch'))
t(lambda: mx.init.create(5))
u = mx.init.Uniform()
print(mx.init.create(u) is u)
d = mx.init.InitDesc('w', attrs={'a': '1'})
print(d, repr(d), d.attrs, d.global_init, isinstance(d, str))
print(mx.init.InitDesc('w').attrs)
arr = mx.nd.zeros((2, 3))
m = mx.init.Mixed(['.*bias', '.*'], [mx.init.Zero(), mx.init.One()])
m('fc_bias', arr); print(arr.asnumpy().tolist())
m('fc_weight', arr); print(arr.asnumpy().tolist())
m2 = mx.init.Mixed(['.*bias'], [mx.init.Zero()])
t(lambda: m2('fc_weight', arr))
t(lambda: mx.init.Mixed(['a', 'b'], [mx.init.Zero()]))
mx.nd.save('init_misc.params', {'arg:fc_weight': mx.nd.ones((2, 3)) * 2, 'aux:bn_mean': mx.nd.ones((3,)) * 3})
ld = mx.init.Load('init_misc.params', default_init=mx.init.Constant(9))
print(sorted(ld.param.keys()))
a = mx.nd.zeros((2, 3)); ld('fc_weight', a); print(a.asnumpy().tolist())
a = mx.nd.zeros((3,)); ld('bn_mean', a); print(a.asnumpy().tolist())
a = mx.nd.zeros((2,)); ld('other_weight', a); print(a.asnumpy().tolist())
t(lambda: ld('fc_weight', mx.nd.zeros((3, 3))))
ld2 = mx.init.Load({'x': mx.nd.ones((2,))})
t(lambda: ld2('y', mx.nd.zeros((2,))))
import warnings
with warnings.catch_warnings():
    warnings.simplefilter('ignore')
    for n in ['fc_weight', 'fc_bias', 'bn_gamma', 'bn_beta', 'bn_moving_mean', 'bn_moving_var',
              'bn_moving_inv_var', 'bn_moving_avg', 'upsampling0_weight', 'foo']:
        a = mx.nd.zeros((1, 1, 2, 2)) + 5
        try:
            mx.init.One()(n, a); print(n, a.asnumpy().ravel().tolist())
        except Exception as e:
            print(n, 'ERR', type(e).__name__)
    a = mx.nd.zeros((6,))
    mx.init.One()('stn_loc_bias', a); print(a.asnumpy().tolist())
t(lambda: mx.init.One()(mx.init.InitDesc('fc_weight'), np.zeros(3)))
print(mx.init.Uniform() == mx.init.Uniform(), mx.init.Uniform(0.1) == mx.init.Uniform(0.2))
print(mx.init.Uniform()._kwargs, mx.init.Xavier()._kwargs, mx.init.MSRAPrelu()._kwargs)
print(str(mx.init.Xavier()).split(' object')[0].split('.')[-1])
@mx.init.register
class MyInit(mx.init.Initializer):
    def _init_weight(self, name, arr):
        arr[:] = 42
run(mx.init.create('myinit'), (2,))
print(mx.init.create('myinit').dumps())
