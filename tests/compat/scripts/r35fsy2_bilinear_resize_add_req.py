"""BilinearResize2D under grad_req 'add': its kernel adds each output's four shares into the buffer in turn (executor and autograd; up, down, same size, like mode)."""
# recorded on AVX2
import numpy as np
import mxnet as mx

rs = np.random.RandomState(13)
C = mx.sym.contrib
for shape, attrs in [((1, 2, 4, 4), dict(height=3, width=5, align_corners=False)), ((2, 1, 3, 5), dict(height=7, width=4)),
                     ((1, 1, 4, 4), dict(height=4, width=4)), ((1, 2, 5, 4), dict(scale_height=0.6, scale_width=1.5, align_corners=False)),
                     ((1, 1, 3, 3), dict(mode='to_even_up'))]:
    xv = rs.uniform(-1, 1, shape).astype(np.float32)
    sym = C.BilinearResize2D(mx.sym.Variable('x'), **attrs)
    for req in ('write', 'add'):
        ex = sym.simple_bind(mx.cpu(), grad_req=req, x=shape)
        ex.arg_dict['x'][:] = xv
        ex.grad_dict['x'][:] = 0.1
        out = ex.forward(is_train=True)[0]
        ex.backward(mx.nd.array(rs.uniform(-1, 1, out.shape)))
        print(shape, attrs, req, 'sym', out.shape, ex.grad_dict['x'].asnumpy().ravel().view(np.uint32).tolist())
        x = mx.nd.array(xv)
        x.attach_grad(grad_req=req)
        x.grad[:] = 0.1
        with mx.autograd.record():
            y = mx.nd.contrib.BilinearResize2D(x, **attrs)
        y.backward(mx.nd.array(rs.uniform(-1, 1, y.shape)))
        print(shape, attrs, req, 'nd', x.grad.asnumpy().ravel().view(np.uint32).tolist())
