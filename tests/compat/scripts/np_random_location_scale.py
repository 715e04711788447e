"""mx.np.random.logistic/gumbel draw MXNet 1.9.1's numbers: a float noise per uniform (its logs in double),
then loc + noise * scale in the parameters' type (scalars, arrays, float64 arrays, broadcasting)."""
import numpy as onp

import mxnet as mx


def bits(a):
    a = a.asnumpy()
    return int(a.view(onp.uint32).astype(onp.uint64).sum()), a.shape, str(a.dtype), a.ravel()[:2].tolist()


for sampler in (mx.np.random.logistic, mx.np.random.gumbel):
    for loc, scale in ((0.0, 1.0), (1.5, 2.5), (mx.np.array([0.5, -1.0]), 2.0), (0.3, mx.np.array([[1.0], [3.0]])),
                       (mx.np.array([0.5, -1.0], dtype="float64"), mx.np.array([2.0, 0.5], dtype="float64"))):
        mx.random.seed(5)
        arrays = hasattr(loc, "shape") or hasattr(scale, "shape")
        print(sampler.__name__, bits(sampler(loc, scale, size=None if arrays else 20000)))
    mx.random.seed(5)
    print(sampler.__name__, bits(sampler(0.0, 1.0, size=(3, 4))))
