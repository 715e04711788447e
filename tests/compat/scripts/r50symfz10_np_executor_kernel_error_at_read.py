"""An executor bound to an mx.sym.np graph whose kernel fails (np.insert's values not fitting its places, a number inserted at one place of a matrix) returns from forward; the output raises the kernel's error when read, directly or after an op that follows it in the graph, as MXNet does."""
# recorded on AMD AVX2
import mxnet as mx
from _last_line import show

mx.npx.set_np()
a, v = mx.sym.var('a').as_np_ndarray(), mx.sym.var('v').as_np_ndarray()
graphs = {'slice values': mx.sym.np.insert(a, slice(0, 2), v, axis=1),
          'number at one place': mx.sym.np.insert(a, 1, 5, axis=0),
          'doubled': mx.sym.np.insert(a, slice(0, 2), v, axis=1) * 2,
          'fits': mx.sym.np.insert(a, 1, v, axis=0)}
for name, y in graphs.items():
    args = {'a': mx.np.arange(12).reshape(3, 4), 'v': mx.np.arange(4) + 100}
    ex = y.bind(mx.cpu(), {k: args[k] for k in y.list_arguments()})
    out = ex.forward()
    print(name, 'forward returned', out[0].shape)
    show(name + ' read', lambda: out[0].asnumpy().tolist())
    show(name + ' outputs', lambda: (len(ex.outputs), ex.outputs[0].shape))
