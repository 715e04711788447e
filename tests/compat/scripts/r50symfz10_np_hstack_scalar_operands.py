"""mx.sym.np.hstack reads a 0-d operand as one element in shape inference, so its output counts it (and a 2-D operand beside it is refused in shape_assign's words), as MXNet does; the forward of a bound graph stacks it too."""
# recorded on AMD AVX2
import mxnet as mx
from _last_line import show

mx.npx.set_np()
a, b = mx.sym.var('a').as_np_ndarray(), mx.sym.var('b').as_np_ndarray()
y = mx.sym.np.hstack([a, b])
for shapes in [dict(a=(), b=(2,)), dict(a=(), b=()), dict(a=(3,), b=()), dict(a=(), b=(2, 3)), dict(a=()), dict(b=())]:
    show(f'outputs {shapes}', lambda: y.infer_shape_partial(**shapes)[1])
ex = y.bind(mx.cpu(), {'a': mx.np.array(5.), 'b': mx.np.array([1., 2.])})
show('bind', lambda: ex.forward()[0].asnumpy().tolist())
show('imperative', lambda: mx.np.hstack([mx.np.array(5.), mx.np.array([1., 2.])]).tolist())
