"""np.linalg.norm with ord=inf or -inf of an empty array gives zeros from its operator, recorded under autograd.record (its backward gives an empty gradient), as MXNet does."""
import mxnet as mx
from mxnet import np, npx, autograd
npx.set_np()


def show(f):
    try:
        r = f()
        print(repr(r), r.dtype)
    except Exception as e:
        print(type(e).__name__, str(e).splitlines()[-1])


for shape in ((0,), (2, 0), (0, 3)):
    for order in (np.inf, -np.inf):
        for axis in (None, 0, -1):
            for keepdims in (False, True):
                x = np.zeros(shape, dtype='float32')
                if len(shape) == 2 and axis is None:
                    x = x.reshape(-1)
                show(lambda: np.linalg.norm(x, ord=order, axis=axis, keepdims=keepdims))
x = np.zeros((0,))
x.attach_grad()
with autograd.record():
    y = np.linalg.norm(x, ord=np.inf)
print(repr(y), y.shape)
print(y.backward())
print(repr(x.grad))
