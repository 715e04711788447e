# Initializer outputs with a fixed seed (exact values), for each random initializer and its options.
import mxnet as mx, numpy as np

def run(init, shape, name='fc_weight', dtype='float32'):
    mx.random.seed(42)
    arr = mx.nd.zeros(shape, dtype=dtype)
    try:
        init(mx.init.InitDesc(name), arr)
        print(name, shape, arr.dtype, arr.asnumpy().ravel()[:8].tolist())
    except Exception as e:
        print(name, shape, 'ERR', type(e).__name__)

run(mx.init.Uniform(), (3, 4))
run(mx.init.Uniform(0.5), (2, 3, 2))
run(mx.init.Normal(), (3, 4))
run(mx.init.Normal(2.0), (5,))
run(mx.init.Uniform(), (3, 4), dtype='float64')
run(mx.init.Normal(), (3, 4), dtype='float16')
for rnd in ['uniform', 'gaussian']:
    for ft in ['avg', 'in', 'out']:
        for mag in [3, 2.34]:
            run(mx.init.Xavier(rnd_type=rnd, factor_type=ft, magnitude=mag), (4, 3, 2, 2))
run(mx.init.Xavier(), (5,))
run(mx.init.Xavier(), (4, 6))
run(mx.init.Xavier(factor_type='bad'), (4, 6))
run(mx.init.Xavier(rnd_type='bad'), (4, 6))
run(mx.init.MSRAPrelu(), (4, 3, 3))
run(mx.init.MSRAPrelu('in', 0.1), (4, 3))
run(mx.init.Orthogonal(), (3, 5))
run(mx.init.Orthogonal(), (5, 3))
run(mx.init.Orthogonal(scale=2.0, rand_type='normal'), (4, 2, 2))
run(mx.init.Orthogonal(rand_type='bad'), (4, 4))
run(mx.init.Uniform(), (3,), name='fc_bias')
run(mx.init.Uniform(), (3,), name='bn_gamma')
run(mx.init.Uniform(), (3,), name='bn_beta')
run(mx.init.Uniform(), (3,), name='bn_moving_mean')
run(mx.init.Uniform(), (3,), name='bn_moving_var')
run(mx.init.Uniform(), (3,), name='x_min')
run(mx.init.Uniform(), (3,), name='x_max')
run(mx.init.Uniform(), (3,), name='foo')
run(mx.init.Uniform(), (3, 3), name='fc_weight_quantize', dtype='int8')
mx.random.seed(7)
a = mx.nd.zeros((2, 3)); b = mx.nd.zeros((2, 3))
mx.init.Uniform()(mx.init.InitDesc('a_weight'), a)
mx.init.Normal()(mx.init.InitDesc('b_weight'), b)
print(a.asnumpy().tolist(), b.asnumpy().tolist())
