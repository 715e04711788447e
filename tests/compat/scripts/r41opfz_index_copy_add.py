"""index_copy's gradients into 'add' and 'write' buffers with random head gradients: the old tensor's copied rows come back from adding and taking out the head's share, as MXNet's kernel computes them."""
import mxnet as mx
import numpy as np

np.random.seed(4)
for shape, idx in [((6, 2), [4, 0, 2]), ((5,), [3]), ((4, 2, 3), [1, 3]), ((3, 2), [2, 0, 1]), ((5, 2), [1, 1])]:
    for reqs in [('add', 'add'), ('add', 'write'), ('write', 'add')]:
        old = np.random.randn(*shape).astype('float32')
        new = np.random.randn(len(idx), *shape[1:]).astype('float32')
        a, n = mx.nd.array(old), mx.nd.array(new)
        a.attach_grad(grad_req=reqs[0])
        n.attach_grad(grad_req=reqs[1])
        a.grad[:] = (np.random.randn(*shape) * 3).astype('float32')
        n.grad[:] = 0.25
        with mx.autograd.record():
            y = mx.nd.contrib.index_copy(a, mx.nd.array(idx), n)
        y.backward(mx.nd.array(np.random.randn(*shape)))
        print(shape, idx, reqs, a.grad.asnumpy().ravel()[:8], n.grad.asnumpy().ravel()[:4])
