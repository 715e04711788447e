"""AdaptiveAvgPooling2D under grad_req 'add': its kernel adds each bin's share into the buffer in turn (executor and autograd; overlapping and disjoint bins)."""
# recorded on AVX2
import numpy as np
import mxnet as mx

rs = np.random.RandomState(17)
C = mx.sym.contrib
for shape, attrs in [((1, 2, 5, 7), dict(output_size=(2, 3))), ((2, 1, 7, 5), dict(output_size=(3, 2))),
                     ((1, 1, 4, 6), dict(output_size=(2, 3))), ((1, 2, 5, 5), dict(output_size=4)), ((1, 1, 3, 4), dict())]:
    xv = rs.uniform(-1, 1, shape).astype(np.float32)
    sym = C.AdaptiveAvgPooling2D(mx.sym.Variable('x'), **attrs)
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
            y = mx.nd.contrib.AdaptiveAvgPooling2D(x, **attrs)
        y.backward(mx.nd.array(rs.uniform(-1, 1, y.shape)))
        print(shape, attrs, req, 'nd', x.grad.asnumpy().ravel().view(np.uint32).tolist())
