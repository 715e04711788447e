"""np.linalg.pinv bit for bit (LAPACK gesdd's both paths, chunked Q products, scalar and array rcond, singular and scaled matrices) and the gradients of svd and the singular-value norms."""
# recorded on AVX2
import hashlib

import mxnet as mx
import numpy as np

np.random.seed(1)


def digest(x):
    return hashlib.md5(x.asnumpy().tobytes()).hexdigest()[:12]


shapes = [(1, 1), (1, 6), (6, 1), (2, 2), (3, 5), (5, 3), (4, 8), (8, 4), (6, 6), (7, 13), (13, 7), (11, 21),
          (20, 37)]
for dt in ("float32", "float64"):
    for shape in shapes:
        x = mx.np.array(np.random.uniform(-1, 1, shape), dtype=dt)
        print(dt, shape, digest(mx.np.linalg.pinv(x)))
    b = mx.np.array(np.random.uniform(-1, 1, (2, 3, 4, 6)), dtype=dt)
    print(dt, "stack", digest(mx.np.linalg.pinv(b)), digest(mx.np.linalg.pinv(b, rcond=0.3)))
    cuts = mx.np.array(np.random.uniform(0, 0.5, (3,)), dtype=dt)
    print(dt, "array rcond", digest(mx.np.linalg.pinv(b, rcond=cuts)), digest(mx.np.linalg.pinv(b[0], rcond=cuts[0])))
    singular = mx.np.array([[1., 2., 3.], [2., 4., 6.], [1., 0., 1.]], dtype=dt)
    print(dt, "singular", mx.np.linalg.pinv(singular).asnumpy().tolist())
    print(dt, "rank one", digest(mx.np.linalg.pinv(mx.np.array(np.outer([1., 2.], [3., -1., 0.5]), dtype=dt))))
    print(dt, "zeros", mx.np.linalg.pinv(mx.np.zeros((2, 3), dtype=dt)).asnumpy().tolist())
    print(dt, "tiny", digest(mx.np.linalg.pinv(mx.np.array(np.random.uniform(-1, 1, (3, 4)) * 1e-25, dtype=dt))))

for dt in ("float32", "float64"):       # non-finite entries: NaN or zero results, or LAPACK giving up
    for shape, at, value in [((1, 1), (0, 0), np.nan), ((2, 3), (0, 1), np.nan), ((3, 2), (1, 1), np.inf),
                             ((4, 4), (0, 0), -np.inf), ((3, 8), (1, 1), np.nan)]:
        a = np.random.uniform(-1, 1, shape)
        a[at] = value
        try:
            print(dt, shape, mx.np.linalg.pinv(mx.np.array(a, dtype=dt)).asnumpy().tolist())
        except mx.base.MXNetError as e:
            print(dt, shape, str(e).strip().splitlines()[-1])

for dt in ("float32", "float64"):
    for shape in [(1, 3), (2, 2), (3, 5), (4, 4), (5, 9), (7, 7), (2, 3, 6)]:
        x = mx.np.array(np.random.uniform(-1, 1, shape), dtype=dt)
        x.attach_grad()
        heads = [mx.np.array(np.random.uniform(-1, 1, s), dtype=dt)
                 for s in (shape[:-1] + (shape[-2],), shape[:-1], shape)]
        with mx.autograd.record():
            outs = mx.np.linalg.svd(x)
        mx.autograd.backward(list(outs), heads)
        print(dt, shape, "svd grad", digest(x.grad))
        for o in (2, -2, "nuc"):
            with mx.autograd.record():
                n = mx.np.linalg.norm(x, ord=o, axis=(-2, -1))
            n.backward()
            print(dt, shape, "norm", o, "grad", digest(x.grad))
