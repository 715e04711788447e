"""np.tril's backward of a bool array fails in the kernel its rank picks (vector or 0-d, matrix, stack), as its forward."""
import mxnet as mx
mx.npx.set_np()
np = mx.np


def err(e):
    lines = [l for l in str(e).split("\n") if l.strip()]
    return "%s: %s" % (type(e).__name__, ' | '.join(lines[-2:]))


for shape in [(), (3,), (2, 3), (2, 2, 3)]:
    for head in ['direct', 'given']:
        x = np.ones(shape, dtype='bool')
        x.attach_grad()
        with mx.autograd.record():
            y = np.tril(x)
        if head == 'given':
            y.backward(np.ones(shape, dtype='bool'))
        else:
            y.backward()
        try:
            print(shape, head, 'grad', x.grad.asnumpy().tolist())
        except Exception as e:
            print(shape, head, 'grad', err(e))
        try:
            mx.nd.waitall()
        except Exception as e:
            print(shape, head, 'waitall', err(e))
