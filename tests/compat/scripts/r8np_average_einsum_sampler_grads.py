"""np.average of float32 sums in double with compensation, in order (recorded or not); np.einsum's gradient runs
its forward kernel (products added one by one in double); a sampler's parameter gradients come out of a zeroed
buffer (no -0) and only for float32 parameter arrays (others: MXNetError in backward)."""
import mxnet as mx
import numpy as onp
from mxnet import np, npx

npx.set_np()
rs = onp.random.RandomState(3)
base = rs.standard_normal((3, 4)) * 1.5


def show(name, call):
    """Each result's dtype and bytes, or the exception class."""
    try:
        results = [(r.dtype, r.asnumpy().tobytes().hex()) for r in call()]
    except Exception as e:  # noqa: BLE001
        print(name, type(e).__name__)
        return
    for dtype, data in results:
        print(name, dtype, data)


def recorded(expr, dt):
    """expr's value and the gradients of sum(expr * arange) for x, p and y."""
    x, p = np.array(base, dtype=dt), np.array(onp.abs(base) + 0.3, dtype=dt)
    y = np.array(base[::-1] * 0.7 + 0.1, dtype=dt)
    for t in (x, p, y):
        t.attach_grad()
    mx.random.seed(4)
    with mx.autograd.record():
        r = expr(x, p, y)
        loss = (r * np.arange(r.size, dtype=dt).reshape(r.shape)).sum() if r.ndim else r
    loss.backward()
    return r, x.grad, p.grad, y.grad


for dt in ['float32', 'float64']:
    x = np.array(rs.standard_normal((7, 37)), dtype=dt)
    show(dt + ' average', lambda: [np.average(x), np.average(x, axis=1), np.average(x, axis=0, weights=x * x)])
    show(dt + ' recorded average', lambda: recorded(lambda x, p, y: np.average(x, axis=1), dt))
    show(dt + ' recorded whole average', lambda: recorded(lambda x, p, y: np.average(x), dt))
    show(dt + ' einsum grads', lambda: recorded(lambda x, p, y: np.einsum('ij,kj->ik', x, y), dt))
    show(dt + ' normal grads', lambda: recorded(lambda x, p, y: np.random.normal(x, p), dt))
    show(dt + ' gumbel grads', lambda: recorded(lambda x, p, y: np.random.gumbel(x, p), dt))
    show(dt + ' exponential grads', lambda: recorded(lambda x, p, y: np.random.exponential(p), dt))
    show(dt + ' uniform grads', lambda: recorded(lambda x, p, y: np.random.uniform(x, x + p), dt))
