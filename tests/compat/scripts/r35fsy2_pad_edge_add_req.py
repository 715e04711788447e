"""Pad in edge and reflect modes under grad_req 'add': each output position's gradient is added into the buffer in turn (executor and autograd, 4-D and 5-D, cropping widths too)."""
# recorded on AVX2
import numpy as np
import mxnet as mx

rs = np.random.RandomState(5)
for mode, pw, shape in [('edge', (0, 0, 0, 0, 1, 2, 2, 1), (1, 2, 3, 3)), ('reflect', (0, 0, 0, 0, 1, 1, 2, 2), (2, 1, 3, 4)),
                        ('constant', (0, 0, 0, 0, 1, 0, 2, 1), (1, 2, 3, 3)), ('edge', (0, 0, 0, 0, 1, 1, 1, 1, 2, 0), (1, 1, 2, 3, 3)),
                        ('reflect', (0, 0, 0, 0, 2, 1, 1, 1, 1, 2), (1, 2, 3, 3, 4)), ('edge', (0, 0, 0, 0, -1, 2, 1, -1), (1, 1, 3, 4))]:
    xv = rs.uniform(-1, 1, shape).astype(np.float32)
    sym = mx.sym.Pad(mx.sym.Variable('x'), mode=mode, pad_width=pw)
    for req in ('write', 'add'):
        ex = sym.simple_bind(mx.cpu(), grad_req=req, x=shape)
        ex.arg_dict['x'][:] = xv
        ex.grad_dict['x'][:] = 0.1
        out = ex.forward(is_train=True)[0]
        ex.backward(mx.nd.array(rs.uniform(-1, 1, out.shape)))
        print(mode, pw, req, 'sym', ex.grad_dict['x'].asnumpy().ravel().view(np.uint32).tolist())
        x = mx.nd.array(xv)
        x.attach_grad(grad_req=req)
        x.grad[:] = 0.1
        with mx.autograd.record():
            y = mx.nd.Pad(x, mode=mode, pad_width=pw)
        y.backward(mx.nd.array(rs.uniform(-1, 1, y.shape)))
        print(mode, pw, req, 'nd', x.grad.asnumpy().ravel().view(np.uint32).tolist())
