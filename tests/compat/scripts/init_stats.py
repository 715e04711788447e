# Initializer statistics on larger arrays with fixed seeds: exact sums and sampled values.
import mxnet as mx, numpy as np

def run(init, shape, dtype='float32'):
    mx.random.seed(1234)
    a = mx.nd.zeros(shape, dtype=dtype)
    init(mx.init.InitDesc('layer_weight'), a)
    x = a.asnumpy().astype('float64')
    print(type(init).__name__, shape, repr(float(x.sum())), repr(float(x.std())), x.ravel()[::max(1, x.size // 5)].tolist())

run(mx.init.Uniform(0.1), (64, 32, 3, 3))
run(mx.init.Normal(0.05), (128, 256))
run(mx.init.Xavier(), (64, 32, 3, 3))
run(mx.init.Xavier('gaussian', 'in', 2), (100, 50))
run(mx.init.MSRAPrelu(), (32, 16, 5, 5))
run(mx.init.Orthogonal(), (40, 30))
run(mx.init.Normal(1.0), (1001,))
run(mx.init.Uniform(1.0), (1001,), dtype='float64')
run(mx.init.Bilinear(), (4, 3, 5, 5))
mx.random.seed(5)
ws = [mx.nd.zeros((3, 3)) for _ in range(3)]
for w in ws:
    mx.init.Xavier()(mx.init.InitDesc('w_weight'), w)
print([np.round(w.asnumpy().ravel()[:3], 7).tolist() for w in ws])
