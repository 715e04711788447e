"""sym.Reshape without a shape infers, binds and runs to a 0-d output whose read fails, as MXNet's does."""
import mxnet as mx
import numpy as np


def err(e):
    return type(e).__name__ + ': ' + str(e).split('MXNetError:')[-1].strip().replace('\n', ' | ')


d = mx.sym.var('data')
for kw in [dict(), dict(shape=()), dict(reverse=True), dict(target_shape=())]:
    s = mx.sym.Reshape(d, **kw)
    print(kw, s.infer_shape(data=(2, 3)), s.infer_shape_partial(data=(2, 3)), s.infer_shape_partial())
    for dtype in ['float32', 'float64', 'int32']:
        for how in ['simple_bind', 'bind', 'eval', 'grad']:
            try:
                x = mx.nd.array(np.arange(6).reshape(2, 3), dtype=dtype)
                if how == 'simple_bind':
                    ex = s.simple_bind(mx.cpu(), data=(2, 3), type_dict={'data': dtype})
                    ex.arg_dict['data'][:] = x
                    out = ex.forward()[0]
                elif how == 'bind':
                    out = s.bind(mx.cpu(), {'data': x}).forward()[0]
                elif how == 'eval':
                    out = s.eval(data=x)[0]
                else:
                    ex = s.simple_bind(mx.cpu(), data=(2, 3), type_dict={'data': dtype})
                    out = ex.forward(is_train=True)[0]
                    ex.backward(mx.nd.ones(out.shape, dtype=dtype))
                    out = ex.grad_dict['data']
                print(kw, dtype, how, out.shape, out.dtype.__name__, out.ndim, out.size)
                print(kw, dtype, how, out.asnumpy().tolist())
            except Exception as e:
                print(kw, dtype, how, err(e))
