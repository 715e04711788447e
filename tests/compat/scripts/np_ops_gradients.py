"""mx.np gradients where MXNet 1.9.1 has its own rules: where with a scalar branch, rot90, atleast_*d,
round, percentile, comparisons, predicates, arg-functions and unique (zero), a zero norm (nan), nan_to_num, diff
and ediff1d; where's dtype when the condition is also a branch; diff, ediff1d and nan_to_num forward."""
import numpy as onp
import mxnet as mx
from mxnet import np, npx

npx.set_np()


def grad(f, x):
    x = x.copy()
    x.attach_grad()
    with mx.autograd.record():
        y = f(x)
    y.backward()
    return y, x.grad


a = np.array([0., 2., -1., 3.])
m = np.array([[0.3, -0.7, 0.5], [0.9, -0.2, 0.1]])
ai = np.array([1, 0, 3, 4], dtype='int32')
cases = [lambda x: np.where(x > 0, x, 0.), lambda x: np.where(x > 0, 0., x), lambda x: np.where(x > 0, x * 2, 1),
         lambda x: np.where(x > 0, x, x * 0 - 1.), lambda x: np.atleast_2d(x) * 2, lambda x: np.atleast_3d(x) * 2,
         lambda x: np.round(x * 0.37, 1), lambda x: np.around(x), lambda x: np.percentile(x, 50),
         lambda x: np.quantile(x, 0.5), lambda x: np.linalg.norm(x * 0), lambda x: np.linalg.norm(np.stack([x * 0, x]), axis=1),
         lambda x: np.rot90(np.stack([x, x * 2]), 2) * np.arange(8).reshape(2, 4),
         lambda x: np.rot90(np.stack([x, x * 2]), -1) * np.arange(8).reshape(4, 2),
         lambda x: np.nan_to_num(np.log(x)) * 2, lambda x: np.nan_to_num(x / x, nan=3.), lambda x: np.diff(x * 2, n=2),
         lambda x: np.ediff1d(x, to_begin=3., to_end=x[:2]), lambda x: np.unique(x), lambda x: np.argmax(x),
         lambda x: np.argsort(x), lambda x: np.nonzero(x)[0], lambda x: x > 0, lambda x: np.equal(x, x * 2),
         lambda x: np.isnan(x), lambda x: np.logical_not(x), lambda x: np.all(x), lambda x: np.any(x > 1, axis=0)]
for i, f in enumerate(cases):
    print(i, *grad(f, a))
print(*grad(lambda x: np.rot90(x) * np.arange(6).reshape(3, 2), m))
print(*grad(lambda x: np.rot90(x, 1, axes=(1, 0)) * np.arange(6).reshape(3, 2), m))
print(repr(np.where(ai, ai, 0)), repr(np.where(ai > 2, 5, ai)), repr(np.where(ai > 2, ai, 2.5)), repr(np.where(ai > 2, 1, 2)))
z = np.array([onp.nan, onp.inf, -onp.inf, 1.])
i = np.array([1, 4, 9, 2], dtype='int32')
for e in ["np.nan_to_num(z)", "np.nan_to_num(z, nan=5., posinf=1., neginf=-1.)", "np.nan_to_num(i)",
          "np.nan_to_num(z.astype('float16'))", "np.diff(m, axis=0)", "np.diff(m, n=3, axis=1)", "np.diff(i)",
          "np.diff(i.astype('uint8'))", "np.diff(a, prepend=0)", "np.diff(np.array(1.))", "np.ediff1d(m)",
          "np.ediff1d(i, to_end=2.5)", "np.ediff1d(a, to_begin=np.array([1., 2.]), to_end=7)"]:
    try:
        print(e, '->', repr(eval(e)))
    except Exception as ex:  # noqa: BLE001
        print(e, '!!', type(ex).__name__)
