"""nd.reshape to fewer elements under autograd: 'write' gradients fail when read, 'add' ones gain the head gradient in their leading elements."""
import mxnet as mx
from mxnet import autograd


def show(tag, fn):
    try:
        out = fn()
        print(tag, 'ok', out)
    except Exception as e:
        print(tag, type(e).__name__, str(e).strip().splitlines()[-1])


def run(req, src, shp, dtype, use, twice):
    x = mx.nd.arange(1, 1 + int(mx.nd.prod(mx.nd.array(src)).asscalar()), dtype=dtype).reshape(src)
    x.attach_grad(grad_req=req)
    if req == 'add':
        x.grad[:] = 1
    for _ in range(2 if twice else 1):
        with autograd.record():
            h = x * 2 if use == 'mid' else x
            y = mx.nd.reshape(h, shape=shp)
            if use == 'both':
                y = y + x.sum()
        y.backward(mx.nd.arange(1, 1 + y.size, dtype=dtype).reshape(y.shape) * 3)
    return x.grad.asnumpy().ravel().tolist()


for req in ['write', 'add', 'null']:
    for src, shp in [((3, 1), (2, -1)), ((3, 1), (1, 2)), ((2, 3), (5,)), ((2, 3), (2, 3)), ((4,), (1, 1))]:
        for dtype in ['float32', 'uint8']:
            for use in ['leaf', 'mid', 'both']:
                for twice in [False, True]:
                    if req == 'null' and (use != 'leaf' or twice):
                        continue
                    show((req, src, shp, dtype, use, twice), lambda: run(req, src, shp, dtype, use, twice))

x = mx.nd.arange(6).reshape((2, 3))
x.attach_grad(grad_req='add')
with autograd.record():
    y = mx.nd.reshape(x, shape=(4,))
show('grad()', lambda: autograd.grad(y, [x])[0].asnumpy().tolist())
with autograd.record():
    y = mx.nd.reshape(x, shape=(4,))
show('grad(create_graph)', lambda: autograd.grad(y, [x], create_graph=True)[0].asnumpy().tolist())
