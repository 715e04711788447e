"""mx.np.ndarray leftovers: legacy NDArray method names exist but refuse when called, user attributes are kept
on the array, and percentile leaves NaNs where MXNet's C++ sort puts them."""
import numpy as onp

import mxnet as mx

mx.npx.set_np()
a = mx.np.ones(2)

# legacy names: present (hasattr True, listed by dir) but AttributeError when called
names = [n for n in dir(a) if not n.startswith("_")]
print(len(names), [n for n in ("abs", "softmax", "erf", "negative", "softsign", "wait_to_write") if n in names])
for n in ("abs", "asscalar", "broadcast_axes", "cbrt", "rcbrt", "diag", "tostype", "softmax", "split", "norm",
          "erf", "negative", "wait_to_write"):
    print(n, hasattr(a, n), end=" ")
    try:
        getattr(a, n)("default") if n == "tostype" else getattr(a, n)()
    except AttributeError as e:
        print("AttributeError", e)
for call in (lambda: a.broadcast_like(), lambda: a.tostype(), lambda: a.asscalar(1)):
    try:
        call()
    except TypeError as e:
        print("TypeError", e)

# user attributes live on the array itself
a.real = 1
a.tag = "x"
print(a, a.real, a.tag, sorted(vars(a).items()), hasattr(a + 1, "real"))
del a.tag
print(hasattr(a, "tag"), a.__dict__)
for stmt in ("a.shape = (2, 1)", "a.imag", "mx.nd.ones(2).real = 1"):
    try:
        exec(stmt)
    except AttributeError as e:
        print("AttributeError", e)

# percentile over rows holding NaN
nan = onp.nan
for row in ([nan, 2.0], [2.0, nan], [nan, 3.0, 1.0], [1.0, nan, 3.0], [nan, nan, 1.0],
            [4, 3, 2, 1, nan, 0, -1, -2, -3, -4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17]):
    col = mx.np.array([row]).T
    print([mx.np.percentile(col, q, axis=0).tolist() for q in (0, 25, 50, 100)])
print(mx.np.percentile(mx.np.array([[nan, 2.0]]).T, 0, axis=0))
rs = onp.random.RandomState(0)
for n in (5, 17, 40, 200):
    x = rs.randint(-9, 9, size=(3, n)).astype("float32")
    x[rs.rand(3, n) < 0.3] = nan
    q = mx.np.array([100.0 * i / (n - 1) for i in range(n)], dtype="float64")
    r = mx.np.percentile(mx.np.array(x), q, axis=1, interpolation="nearest").asnumpy()
    print(n, onp.nan_to_num(r, nan=99).T.astype(int).tolist())
print(mx.np.quantile(mx.np.array([[1.0, nan, 3.0, 0.5]], dtype="float64"), mx.np.array([0.0, 0.5, 1.0]), axis=1))
