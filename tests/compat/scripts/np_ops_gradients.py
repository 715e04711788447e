"""mx.np gradients where MXNet 1.9.1 has its own rules: where with a scalar branch, rot90, atleast_*d,
round and percentile (zero), a zero norm (nan); where's dtype when the condition is also a branch."""
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
         lambda x: np.rot90(np.stack([x, x * 2]), -1) * np.arange(8).reshape(4, 2)]
for i, f in enumerate(cases):
    print(i, *grad(f, a))
print(*grad(lambda x: np.rot90(x) * np.arange(6).reshape(3, 2), m))
print(*grad(lambda x: np.rot90(x, 1, axes=(1, 0)) * np.arange(6).reshape(3, 2), m))
print(repr(np.where(ai, ai, 0)), repr(np.where(ai > 2, 5, ai)), repr(np.where(ai > 2, ai, 2.5)), repr(np.where(ai > 2, 1, 2)))
