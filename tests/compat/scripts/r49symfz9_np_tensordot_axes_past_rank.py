"""mx.sym.np.tensordot reads a summed axis past an operand's last as counting on from its first in shape inference (an operand fully summed gives a 0-d result; sizes that then disagree are refused), as MXNet does."""
import mxnet as mx
from _last_line import show

mx.npx.set_np()
a, b = mx.sym.var('a').as_np_ndarray(), mx.sym.var('b').as_np_ndarray()
cases = [(([1], [0]), (4,), (4,)), (([1], [0]), (4,), (4, 2)), (([0], [1]), (4,), (4,)), (([2], [0]), (2, 3), (3, 2)),
         (([2], [0]), (3, 2), (3, 2)), (([3], [1]), (3, 2), (2, 3)), (([0, 1], [1, 0]), (2, 3), (3, 2)), (1, (3,), (3,))]
for axes, sa, sb in cases:
    s = mx.sym.np.tensordot(a, b, axes=axes)
    show(f'{axes} {sa} {sb}', lambda: s.infer_shape_partial(a=sa, b=sb))
    show(f'{axes} {sa} a only', lambda: s.infer_shape_partial(a=sa))
    show(f'{axes} {sa} {sb} full', lambda: s.infer_shape(a=sa, b=sb))

    def run():
        ex = s.simple_bind(mx.cpu(), a=sa, b=sb)
        ex.arg_dict['a'][:] = mx.np.arange(ex.arg_dict['a'].size).reshape(sa).asnumpy()
        ex.arg_dict['b'][:] = 1
        outs = [o.asnumpy().tolist() for o in ex.forward(is_train=True)]
        ex.backward([mx.np.ones(o.shape) for o in ex.outputs])
        return outs, ex.grad_dict['a'].asnumpy().tolist(), ex.grad_dict['b'].asnumpy().tolist()
    show(f'{axes} {sa} {sb} run', run)
