# Initializers over random shapes, dtypes, parameter names and arguments, with fixed seeds.
import mxnet as mx, numpy as np
rs = np.random.RandomState(4)
inits = [lambda: mx.init.Uniform(float(rs.rand())), lambda: mx.init.Normal(float(rs.rand())),
         lambda: mx.init.Xavier(['uniform', 'gaussian'][rs.randint(2)], ['avg', 'in', 'out'][rs.randint(3)], float(rs.rand() * 4)),
         lambda: mx.init.MSRAPrelu(['avg', 'in', 'out'][rs.randint(3)], float(rs.rand())),
         lambda: mx.init.Constant(float(rs.rand())), lambda: mx.init.Bilinear(), lambda: mx.init.LSTMBias(float(rs.rand())),
         lambda: mx.init.One(), lambda: mx.init.Zero()]
for case in range(90):
    init = inits[case % len(inits)]()
    nd = int(rs.randint(1, 5)); shape = tuple(int(s) for s in rs.randint(1, 6, nd))
    if isinstance(init, mx.init.Bilinear):
        shape = (2, 1) + tuple(int(s) for s in rs.randint(1, 6, 2))
    name = ['w_weight', 'b_bias', 'g_gamma', 'x_beta', 'm_moving_mean', 'y'][rs.randint(6)]
    mx.random.seed(case)
    arr = mx.nd.zeros(shape, dtype=['float32', 'float64', 'float16'][rs.randint(3)])
    try:
        init(mx.init.InitDesc(name), arr)
        x = arr.asnumpy().astype('float64').ravel()
        print(case, type(init).__name__, name, shape, arr.dtype.__name__, x[:6].tolist(), repr(float(x.sum())))
    except Exception as e:
        print(case, type(init).__name__, name, shape, 'ERR', type(e).__name__)
