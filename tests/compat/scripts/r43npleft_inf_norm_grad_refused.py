"""np.linalg.norm with ord=inf or -inf under autograd.record: its backward kernel refuses the order again, so the gradient fails when read even after the failed result was read, as MXNet does."""
import mxnet as mx
from mxnet import np, npx, autograd
npx.set_np()


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, str(e))


for order in (np.inf, -np.inf):
    for read_first in (False, True):
        for pre in (lambda v: v, lambda v: v.reshape(-1), lambda v: v * 2):
            x = np.array([[1., -2.], [3., 0.5]])[0]
            x.attach_grad()
            with autograd.record():
                y = np.linalg.norm(pre(x), ord=order)
            if read_first:
                show(lambda: y.shape)
                try:
                    y.asnumpy()
                except Exception as e:
                    print('result', type(e).__name__, str(e).splitlines()[-1])
            show(lambda: y.backward())
            show(lambda: x.grad)
            show(lambda: np.ones(2) * 3)
