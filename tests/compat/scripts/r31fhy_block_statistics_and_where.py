"""Custom blocks feeding BatchNorm computed statistics are refused at composition (nnvm's mutation-target check), hybridized or deferred; np.where's partial shape inference checks its operands' broadcast as MXNet."""
# recorded on AVX2
import mxnet as mx
from mxnet import npx
from mxnet.gluon import HybridBlock


def first_line(e):
    return str(e).splitlines()[0] if str(e) else ''


class ScaleNorm(HybridBlock):
    """BatchNorm whose moving statistics are computed from a deferred weight."""
    def __init__(self, np_ops=False, **kwargs):
        super().__init__(**kwargs)
        self.np_ops = np_ops
        with self.name_scope():
            self.w = self.params.get('w', shape=(-1,) if np_ops else (0,), allow_deferred_init=True)

    def hybrid_forward(self, F, x, w):
        if self.np_ops:
            return F.npx.batch_norm(x, w, F.np.zeros_like(w), F.np.zeros_like(w), F.np.ones_like(w), fix_gamma=False)
        return F.BatchNorm(x, w, F.zeros_like(w), F.zeros_like(w), F.ones_like(w), fix_gamma=False)


for np_ops in [False, True]:
    if np_ops:
        npx.set_np()
    for hybridize in [False, True]:
        block = ScaleNorm(np_ops)
        block.initialize()
        if hybridize:
            block.hybridize()
        try:
            print(np_ops, hybridize, block((mx.np if np_ops else mx.nd).ones((2, 5))).shape)
        except Exception as e:
            print(np_ops, hybridize, type(e).__name__, first_line(e)[first_line(e).find('Check failed'):])
npx.reset_np()

x, g, v = mx.sym.var('x'), mx.sym.var('g'), mx.sym.var('v')
compositions = [
    ('BatchNorm computed mean', lambda: mx.sym.BatchNorm(x, g, g, g * 1, v)),
    ('BatchNorm keyword computed var', lambda: mx.sym.BatchNorm(data=x, moving_var=g * 1)),
    ('BatchNorm variables', lambda: mx.sym.BatchNorm(x, g * 2, g * 2, g, v)),
    ('SyncBatchNorm computed', lambda: mx.sym.contrib.SyncBatchNorm(x, g, g, g * 1, v, key='k')),
    ('BatchNormWithReLU computed', lambda: mx.sym.contrib.BatchNormWithReLU(x, g, g, v, g * 1)),
    ('quantized_batch_norm computed', lambda: mx.sym.contrib.quantized_batch_norm(
        x, g, g, g * 1, v, x, x, eps=1e-3, min_calib_range=0., max_calib_range=1.)),
]
for name, make in compositions:
    try:
        s = make()
        print(name, s.list_arguments(), s.list_auxiliary_states())
    except Exception as e:
        print(name, type(e).__name__, first_line(e)[first_line(e).find('Check failed'):])

npx.set_np()
c, a, b = (mx.sym.var(n).as_np_ndarray() for n in 'cab')
for given in [dict(c=(2, 5), a=(2, 5), b=(-1, -1)), dict(c=(2, 5), a=(2, 5), b=(-1, 5)), dict(c=(2, 5), a=(2, 5)),
              dict(c=(2, 5), a=(1, 5), b=(2, 1)), dict(c=(2, 5), a=(2, 5), b=(3,)), dict(c=(2, -1), a=(2, 5), b=(5,)),
              dict(c=(1, 5), a=(2, 1), b=(1, 1))]:
    try:
        print(given, mx.sym.np.where(c, a, b).infer_shape_partial(**given))
    except Exception as e:
        print(given, type(e).__name__, first_line(e)[first_line(e).find('Check failed'):])
