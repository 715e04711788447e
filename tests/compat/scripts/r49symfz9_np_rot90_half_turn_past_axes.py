"""mx.sym.np.rot90 of a half or whole turn naming the axis one past the last passes shape inference with the data's shape; a bound half turn then fails its kernel when the result is read (an odd turn fails inference), as MXNet does."""
import mxnet as mx
from _last_line import show

mx.npx.set_np()
a = mx.sym.var('a').as_np_ndarray()
for k, axes in [(2, (0, 1)), (0, (0, 1)), (4, (1, 0)), (1, (0, 1)), (3, (0, 1)), (2, (-1, 1)), (2, (1, 2)),
                (-2, (2, 0)), (6, (0, 2))]:
    s = mx.sym.np.rot90(a, k, axes)
    for shape in [(4,), (2, 3), ()]:
        show(f'{k} {axes} {shape}', lambda: s.infer_shape(a=shape))

        def run():
            ex = (s * 2).simple_bind(mx.cpu(), a=shape, grad_req='null')
            ex.arg_dict['a'][:] = 1
            outs = ex.forward()
            return [o.asnumpy().tolist() for o in outs]
        show(f'{k} {axes} {shape} run', run)
