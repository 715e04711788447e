"""Whole-array float32 sums and means of up to 2^20 elements follow MXNet's sequential Kahan steps (a centred sum too)."""
# recorded on AVX2
import numpy as np
import mxnet as mx
for seed in range(2):
    mx.random.seed(seed)
    for shape in ((600, 600), (100, 100, 100)):
        x = mx.nd.random.normal(shape=shape)
        u = mx.nd.random.uniform(shape=shape)
        print(seed, shape, repr(x.sum().asscalar()), repr(x.mean().asscalar()), repr(u.sum().asscalar()), repr(x.norm().asscalar()))
rng = np.random.RandomState(3)
for shape in ((64, 20, 12, 12), (2, 65537), (600, 600)):
    a = (rng.randn(*shape) * 10.0 ** rng.randint(-3, 4, shape)).astype(np.float32)
    a = a - a.mean(dtype=np.float64).astype(np.float32)
    x = mx.nd.array(a)
    print(shape, repr(x.sum().asscalar()), repr(x.mean().asscalar()), repr(float(x.as_np_ndarray().sum())))
