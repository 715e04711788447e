"""im2col under grad_req 'add': its backward adds each column back into the buffer in turn (executor and autograd; padding, strides, dilation)."""
# recorded on AVX2
import numpy as np
import mxnet as mx

rs = np.random.RandomState(11)
for shape, attrs in [((1, 2, 3, 3), dict(kernel=(2, 2), pad=(1, 0))), ((2, 1, 5, 4), dict(kernel=(3, 2), stride=(2, 1))),
                     ((1, 2, 5, 5), dict(kernel=(2, 2), dilate=(2, 2), pad=(1, 1))), ((1, 1, 4, 4), dict(kernel=(1, 1)))]:
    xv = rs.uniform(-1, 1, shape).astype(np.float32)
    sym = mx.sym.im2col(mx.sym.Variable('x'), **attrs)
    for req in ('write', 'add'):
        ex = sym.simple_bind(mx.cpu(), grad_req=req, x=shape)
        ex.arg_dict['x'][:] = xv
        ex.grad_dict['x'][:] = 0.1
        out = ex.forward(is_train=True)[0]
        ex.backward(mx.nd.array(rs.uniform(-1, 1, out.shape)))
        print(shape, attrs, req, 'sym', ex.grad_dict['x'].asnumpy().ravel().view(np.uint32).tolist())
        x = mx.nd.array(xv)
        x.attach_grad(grad_req=req)
        x.grad[:] = 0.1
        with mx.autograd.record():
            y = mx.nd.im2col(x, **attrs)
        y.backward(mx.nd.array(rs.uniform(-1, 1, y.shape)))
        print(shape, attrs, req, 'nd', x.grad.asnumpy().ravel().view(np.uint32).tolist())
