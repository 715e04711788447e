"""An executor bound to an mx.sym.np graph whose output's shape only its operator decides (npx.nonzero, np.unique) holds an empty (0,) array for it before and after forward (the op's result is not written there), beside outputs of known shape computed as usual, as MXNet does."""
# recorded on AMD AVX2
import mxnet as mx
from _last_line import show

mx.npx.set_np()
a = mx.sym.var('a').as_np_ndarray()
x = mx.np.array([[1., 0., 2.], [0., 3., 0.]])
graphs = {'nonzero': mx.sym.npx.nonzero(a), 'unique': mx.sym.np.unique(a),
          'nonzero beside a product': mx.sym.Group([mx.sym.npx.nonzero(a), a * 2])}
for name, y in graphs.items():
    ex = y.bind(mx.cpu(), {'a': x})
    show(name + ' outputs before', lambda: [(o.shape, o.dtype) for o in ex.outputs])
    out = ex.forward()
    show(name + ' forward', lambda: [o.asnumpy().tolist() for o in out])
    show(name + ' outputs after', lambda: [o.shape for o in ex.outputs])
    show(name + ' forward again', lambda: [o.shape for o in ex.forward()])
