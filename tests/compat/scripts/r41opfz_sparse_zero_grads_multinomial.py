"""Zero gradients into sparse 'add' buffers (round, floor, stop_gradient, ... on csr/row_sparse) and multinomial's gradient buffers with and without get_prob."""
import mxnet as mx
import numpy as np

v = np.array([[0, 1.5, 0], [-2.5, 0, 0.3]], 'float32')
for st in ['csr', 'row_sparse']:
    for op in ['round', 'floor', 'ceil', 'trunc', 'rint', 'fix', 'stop_gradient', 'sign', 'relu', 'square']:
        for req in ['write', 'add']:
            x = mx.nd.array(v).tostype(st)
            x.attach_grad(grad_req=req, stype=st)
            with mx.autograd.record():
                y = getattr(mx.nd.sparse, op)(x)
            try:
                y.backward(mx.nd.ones(y.shape))
                print('%-10s %-13s %-5s %s %s' % (st, op, req, x.grad.stype, x.grad.asnumpy().ravel()))
            except Exception as e:
                print('%-10s %-13s %-5s %s' % (st, op, req, type(e).__name__))

for get_prob in [False, True]:
    for req in ['write', 'add']:
        for dt in ['float32', 'float64', 'float16']:
            x = mx.nd.array([[0.2, 0.8], [0.5, 0.5]], dtype=dt)
            x.attach_grad(grad_req=req)
            x.grad[:] = 0.5
            mx.random.seed(1)
            with mx.autograd.record():
                y = mx.nd.random.multinomial(x, get_prob=get_prob, shape=3)
            if get_prob:
                mx.autograd.backward([y[1]], [mx.nd.ones(y[1].shape, dtype=dt)])
            else:
                y.backward()
            print('multinomial get_prob=%-5s %-5s %-7s %s' % (get_prob, req, dt, x.grad.asnumpy().ravel()))
