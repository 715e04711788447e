"""npx.fully_connected over empty data: no rows of no units compute (forward and backward), oneDNN's backward over no rows of some units fails (delay_alloc), rows of no units fail the forward, as MXNet does."""
import numpy as onp
import mxnet as mx
from mxnet import np, npx, autograd

npx.set_np()


def case(shape, flat, bias_grad, backward=True):
    x = np.zeros(shape)
    units = int(onp.prod(shape[1:])) if flat else shape[-1]
    w, b = np.ones((2, units)), np.ones((2,))
    x.attach_grad()
    w.attach_grad()
    if bias_grad:
        b.attach_grad()
    try:
        with autograd.record():
            y = npx.fully_connected(x, w, b, num_hidden=2, flatten=flat)
        if backward:
            y.backward()
        print(shape, flat, bias_grad, y.shape, y.asnumpy().sum(), x.grad.shape, w.grad.asnumpy().tolist(),
              b.grad.asnumpy().tolist() if bias_grad else '')
    except mx.base.MXNetError as e:
        print(shape, flat, bias_grad, type(e).__name__, str(e).strip().splitlines()[-1][:120])


for shape, flat in [((0, 4, 0), True), ((0, 4, 0), False), ((2, 0), True), ((0, 3), True), ((2, 3, 0), True)]:
    case(shape, flat, False, backward=False)
    case(shape, flat, False)
