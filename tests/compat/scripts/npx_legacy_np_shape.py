"""Legacy mx.nd arrays under NumPy shape semantics (np_shape()): scalar and zero-size shapes, 0-d results."""
import mxnet as mx
from mxnet import util
def t(label, f):
    try:
        r = f(); print(label, repr(r).replace('\n', ' '), getattr(r, 'shape', None))
    except Exception as e:
        print(label, 'error', type(e).__name__)
with util.np_shape():
    t('zeros_scalar', lambda: mx.nd.zeros(()))
    t('full_scalar', lambda: mx.nd.full((), 3))
    t('empty0', lambda: mx.nd.empty((0, 2)))
    t('sum_empty_all', lambda: mx.nd.ones((2, 0)).sum())
    t('concat_empty', lambda: mx.nd.concat(mx.nd.ones((0, 2)), mx.nd.ones((1, 2)), dim=0))
    t('zeros_like_scalar', lambda: mx.nd.zeros_like(mx.nd.ones(())))
    t('scalar_add', lambda: mx.nd.ones(()) + 1)
    t('scalar_exp', lambda: mx.nd.exp(mx.nd.ones(())))
    t('expand_scalar', lambda: mx.nd.expand_dims(mx.nd.ones(()), 0))
    t('reshape_scalar', lambda: mx.nd.ones((1,)).reshape(()))
    t('random_scalar', lambda: mx.nd.random.uniform(shape=()))
    t('random_zero', lambda: mx.nd.random.uniform(shape=(0, 2)))
    t('arange_empty', lambda: mx.nd.arange(0))
    t('ones_like_empty', lambda: mx.nd.ones_like(mx.nd.zeros((0, 3))))
    t('slice_empty', lambda: mx.nd.ones((3,))[2:2])
    t('index_scalar', lambda: mx.nd.ones((3,))[1])
    t('asscalar', lambda: mx.nd.ones(()).asscalar())
    t('tostr', lambda: str(mx.nd.ones(())))
    t('broadcast_to_zero', lambda: mx.nd.broadcast_to(mx.nd.ones((1, 3)), shape=(0, 3)))
    t('mean_all', lambda: mx.nd.ones((2, 3)).mean())
    t('norm', lambda: mx.nd.ones((2, 3)).norm())
    t('argmax', lambda: mx.nd.ones((3,)).argmax())
    t('sym_zeros', lambda: mx.sym.zeros((0, 2)).eval()[0])
    t('stack_scalar', lambda: mx.nd.stack(mx.nd.ones(()), mx.nd.ones(())))
t('off_random_zero', lambda: mx.nd.random.uniform(shape=(0, 2)))
t('off_full_scalar', lambda: mx.nd.full((), 3))
t('off_arange_empty', lambda: mx.nd.arange(0))
t('off_empty0', lambda: mx.nd.empty((0, 2)))
t('off_index_scalar', lambda: mx.nd.ones((3,))[1])
