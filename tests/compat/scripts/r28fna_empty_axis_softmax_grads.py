"""npx.softmax, log_softmax (with temperature, with a length) and their gradients over arrays with an empty axis,
the softmax axis or another one, under autograd: empty results and empty gradients, as MXNet gives."""
# recorded on AVX2
import mxnet as mx
from mxnet import autograd, np, npx
from _words import words
npx.set_np()

FUNCS = {
    'softmax0': lambda t: npx.softmax(t, axis=0),
    'softmax_last': lambda t: npx.softmax(t),
    'log_softmax0': lambda t: npx.log_softmax(t, axis=0),
    'log_softmax_last': lambda t: npx.log_softmax(t),
    'softmax_temp': lambda t: npx.softmax(t, axis=0, temperature=2.0),
    'log_softmax_temp': lambda t: npx.log_softmax(t, axis=-1, temperature=0.5),
    'softmax_sum': lambda t: npx.softmax(t, axis=0).sum(),
    'cbrt_log_softmax': lambda t: npx.log_softmax(np.cbrt(t) ** 2, axis=0),
}
for name, f in FUNCS.items():
    for shape in [(0,), (0, 3), (2, 0), (1, 0, 2)]:
        for dtype in ('float32', 'float64'):
            x = np.ones(shape, dtype=dtype)
            x.attach_grad()
            try:
                with autograd.record():
                    y = f(x * 2)
                y.backward()
                print(f'{name:17s} {str(shape):10s} {dtype}', y.shape, y.dtype, x.grad.shape, x.grad.dtype)
            except Exception as e:  # noqa
                print(f'{name:17s} {str(shape):10s} {dtype}', words(e))
