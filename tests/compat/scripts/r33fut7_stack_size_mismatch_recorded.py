"""mx.np.stack/concatenate-family of mismatched element counts under autograd: backward passes, the gradient read raises MXNetError."""
# recorded on AVX2
import mxnet as mx
from mxnet import np, npx
npx.set_np()

for other, axis in [((1, 3), 1), ((3, 3), 0), ((6,), 0)]:
    a = np.ones((2, 3))
    b = np.ones(other)
    a.attach_grad()
    b.attach_grad()
    with mx.autograd.record():
        r = np.stack([a, b], axis=axis)
    print("forward", r.shape, r.dtype)
    try:
        r.backward()
        print("backward passes")
    except Exception as e:
        print("backward", type(e).__name__, str(e).splitlines()[-1])
    try:
        print(a.grad.asnumpy().sum())
    except Exception as e:
        print("grad", type(e).__name__, str(e).splitlines()[-1])
