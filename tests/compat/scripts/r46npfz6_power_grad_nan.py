"""The exponent gradient of np.power (array or scalar base) keeps the log's NaN where both the power and the log of a negative base are NaN, in float32 and float64 at any length, as MXNet's product does."""
import mxnet as mx
import numpy as onp

mx.npx.set_np()
np = mx.np


def bits(a):
    return " ".join(("%x" % v)[:4] for v in a.view(onp.uint64 if a.dtype == onp.float64 else onp.uint32).ravel())


rng = onp.random.RandomState(3)
xs = onp.concatenate([[-2.0, -0.5, 0.0, -0.0, 2.0, onp.nan, -onp.nan, -onp.inf, onp.inf, -3.0],
                      rng.randint(-4, 5, 30) / 2.0])
ws = onp.concatenate([[0.5, 1.5, -0.5, 0.5, 2.5, 1.0, 0.5, 0.5, 0.5, 2.0], rng.randint(-4, 5, 30) / 4.0 + 0.1])
ws[20:23] = [onp.nan, -onp.nan, onp.nan]
for dtype in ("float64", "float32"):
    for n in (5, 10, 40):
        x, w = np.array(xs[:n], dtype=dtype), np.array(ws[:n], dtype=dtype)
        for label, f in [("power", lambda: np.power(x, w)), ("negative base", lambda: (-2.0) ** w),
                         ("broadcast", lambda: np.power(x.reshape(-1, 1), w[:3]))]:
            x.attach_grad()
            w.attach_grad()
            with mx.autograd.record():
                z = (f() * 1.5).sum()
            z.backward()
            print(dtype, n, label, "x", bits(x.grad.asnumpy()))
            print(dtype, n, label, "w", bits(w.grad.asnumpy()))
