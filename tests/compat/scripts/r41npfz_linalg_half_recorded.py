"""np.linalg.inv and cholesky of float16/integer/bool matrices: the kernel's refusal is raised when the result is read, and under autograd.record the node is recorded (backward runs; the gradient carries the error), as MXNet's."""
import mxnet as mx
from mxnet import np, npx, autograd
npx.set_np()


def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", r if not isinstance(r, np.ndarray) else (r.dtype, r.shape))
        return r
    except Exception as e:  # noqa: BLE001
        print(label, "-> raised", type(e).__name__)
        print("   ", "\n    ".join(str(e).strip().splitlines()[-3:]))
        return None


for f in ['inv', 'cholesky', 'svd']:
    for dt in ['float16', 'int32', 'bool']:
        x = np.array([2, 1, 1, 2], dtype=dt).reshape((2, 2))
        y = attempt("%s %s" % (f, dt), lambda: getattr(np.linalg, f)(x))
        attempt("  read", lambda: (y[0] if isinstance(y, tuple) else y).asnumpy().tolist())
    x = np.array([2.59, 1.6, 1.6, 1.98], dtype='float16').reshape((2, 2))
    x.attach_grad()
    with autograd.record():
        y = getattr(np.linalg, f)(x)
        y = y[1] if isinstance(y, tuple) else y
    attempt("%s recorded backward" % f, lambda: y.backward())
    attempt("  grad", lambda: x.grad.asnumpy().tolist())
    attempt("  grad again", lambda: x.grad.asnumpy().tolist())
    attempt("  waitall", lambda: mx.nd.waitall())
