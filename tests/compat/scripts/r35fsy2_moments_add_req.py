"""moments under grad_req 'add' with both heads given: the buffer gets the mean's part, is divided by the count, then the variance's part is added (executor and autograd)."""
# recorded on AVX2
import numpy as np
import mxnet as mx

rs = np.random.RandomState(7)
for shape, axes, keep in [((2, 3, 4), (0, 2), False), ((3, 5), (1,), True), ((2, 3, 2), (0, 1, 2), False)]:
    xv = mx.nd.array(rs.uniform(-1, 1, shape))
    m, v = mx.nd.moments(xv, axes=axes, keepdims=keep)
    hm, hv = mx.nd.array(rs.uniform(-1, 1, m.shape)), mx.nd.array(rs.uniform(-1, 1, v.shape))
    ex = mx.sym.moments(mx.sym.Variable('x'), axes=axes, keepdims=keep).simple_bind(mx.cpu(), grad_req='add', x=shape)
    ex.arg_dict['x'][:] = xv
    ex.grad_dict['x'][:] = 0.3
    ex.forward(is_train=True)
    ex.backward([hm, hv])
    print(shape, axes, keep, 'sym', ex.grad_dict['x'].asnumpy().ravel().view(np.uint32).tolist())
    x = xv.copy()
    x.attach_grad(grad_req='add')
    x.grad[:] = 0.3
    with mx.autograd.record():
        m, v = mx.nd.moments(x, axes=axes, keepdims=keep)
    mx.autograd.backward([m, v], [hm, hv])
    print(shape, axes, keep, 'nd', x.grad.asnumpy().ravel().view(np.uint32).tolist())
    with mx.autograd.record():
        m, v = mx.nd.moments(x, axes=axes, keepdims=keep)
    v.backward(hv)
    print(shape, axes, keep, 'nd var only', x.grad.asnumpy().ravel().view(np.uint32).tolist())
