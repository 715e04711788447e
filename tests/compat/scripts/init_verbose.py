# Initializer verbosity logging, InitDesc global_init, attrs-driven init, Load/Mixed verbosity.
import mxnet as mx, numpy as np, logging, sys
logging.basicConfig(stream=sys.stdout, level=logging.DEBUG, format='%(levelname)s:%(message)s')

def t(f):
    try:
        print(f())
    except Exception as e:
        print('ERR', type(e).__name__)

init = mx.init.Constant(0.5).set_verbosity(True)
for n in ['fc_weight', 'fc_bias', 'bn_gamma', 'bn_beta', 'x_min', 'x_max']:
    a = mx.nd.zeros((2, 2))
    init(mx.init.InitDesc(n), a)
a = mx.nd.zeros((2, 2))
init(mx.init.InitDesc('w', attrs={'__init__': 'ones'}), a)
init2 = mx.init.One().set_verbosity(True, print_func=lambda x: 'sum=%g' % x.asnumpy().sum())
init2(mx.init.InitDesc('q_weight'), a)
d = mx.init.InitDesc('fc_weight')
mx.init.Zero()(d, a)
print(type(d.global_init).__name__)
d2 = mx.init.InitDesc('fc_weight', global_init=mx.init.One())
mx.init.Zero()(d2, a)
print(type(d2.global_init).__name__, a.asnumpy().tolist())
ld = mx.init.Load({'arg:w': mx.nd.ones((2, 2))}, default_init=mx.init.Zero(), verbose=True)
ld('w', a); ld('v_weight', a)
t(lambda: mx.init.Constant(np.ones((3,)))(mx.init.InitDesc('c_weight'), mx.nd.zeros((2, 2))))
t(lambda: mx.init.Zero()(mx.init.InitDesc('c_weight'), None))
b = mx.nd.zeros((2, 3), dtype='int32')
mx.random.seed(3)
t(lambda: mx.init.Uniform(5)(mx.init.InitDesc('i_weight'), b))
c = mx.nd.zeros((4,), dtype='float16')
mx.init.One()(mx.init.InitDesc('h_weight'), c)
print(c.asnumpy().tolist(), c.dtype)
print(mx.init.Bilinear().dumps(), mx.init.Mixed(['a'], [mx.init.One()]).__class__.__name__)
