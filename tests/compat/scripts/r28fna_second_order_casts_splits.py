"""Second-order gradients (autograd.grad with create_graph, then backward) through mx.np chains holding astype
(recorded as a _copyto, whose gradient MXNet differentiates again), split/array_split (_split_v2_backward has no
gradient) and other ops: the values, or the first backward op MXNet finds without a gradient."""
# recorded on AVX2
import mxnet as mx
from mxnet import autograd, np, npx
from _words import words
npx.set_np()

CHAINS = {
    'astype64': lambda x: x.astype('float64'),
    'astype16': lambda x: x.astype('float16'),
    'astype_int': lambda x: x.astype('int32'),
    'astype_sin': lambda x: np.sin(x.astype('float64')),
    'sin_astype': lambda x: np.sin(x).astype('float64'),
    'astype_pow': lambda x: x.astype('float64') ** 2,
    'astype_same': lambda x: x.astype('float32', copy=False) * 1,
    'astype_twice': lambda x: x.astype('float64').astype('float32'),
    'tile': lambda x: np.tile(x, 2),
    'tile_sq': lambda x: np.tile(x * x, 2),
    'astype_tile_sq': lambda x: np.tile(x.astype('float64') * x.astype('float64'), 2),
    'int_round_trip': lambda x: (x * 3).astype('int32').astype('float32') * x,
    'mul_number': lambda x: x * 2,
    'softmax': lambda x: npx.softmax(x),
    'split_pow': lambda x: np.split(x, 2)[0] ** 2,
    'split_sum': lambda x: sum(np.split(x, 2)),
    'array_split_sm': lambda x: npx.softmax(np.array_split(x, 3)[0] * x[:2]),
    'split_sin': lambda x: np.sin(np.split(x, [1, 3])[1]),
    'cast_split': lambda x: np.split(x.astype('float64'), 4)[2] * 3,
}
HEADS = {'square_sum': lambda y: (y * y).sum(), 'plain': lambda y: y}

for name, chain in CHAINS.items():
    for head_name, head in HEADS.items():
        x = np.array([0.5, -1.5, 2., 1.])
        x.attach_grad()
        try:
            with autograd.record():
                y = chain(x)
                g = autograd.grad(head(y), [x], create_graph=True, retain_graph=True)[0]
                z = (g * g).sum()
            z.backward()
            print(f'{name:15s} {head_name:10s} g={g.asnumpy().tolist()} grad={x.grad.asnumpy().tolist()}')
        except Exception as e:  # noqa
            print(f'{name:15s} {head_name:10s}', words(e))
