"""Backward through ops whose gradient reaches no variable (every path passes argmax, a comparison, floor or a
'null' variable): MXNet's gradient graph leaves their backward out, so integer and bool kernels it lacks are
never run there, and the variables get zeros; the same ops on a path to a variable still fail."""
# recorded on AVX2
import mxnet as mx
from mxnet import autograd, np, npx
from _words import words
npx.set_np()

c1 = np.array([-3, -1, -2], dtype='int64')
STARTS = {
    'argmax': lambda x, w: np.argmax(x[..., None], axis=-1),
    'greater': lambda x, w: x > 2,
    'floor_int': lambda x, w: np.floor(x).astype('int32'),
    'null_int': lambda x, w: w.astype('int64'),
}
ENDS = {
    'div3': lambda t: t / 3,
    'rdiv': lambda t: 3 / (t + 1),
    'sub_div': lambda t: (c1 - t) / 3,
    'times_half': lambda t: t * 0.5,
    'pow2': lambda t: t ** 2 / 2,
}
for start, first in STARTS.items():
    for end, last in ENDS.items():
        for mode in ('backward', 'grad', 'plus_x'):
            x = np.array([[1., 2., 3.], [4., 5., 6.]])
            w = np.array([[1., 0., 2.], [3., 1., 1.]])
            x.attach_grad()
            w.attach_grad(grad_req='null')
            try:
                with autograd.record():
                    y = last(first(x, w))
                    if mode == 'plus_x':
                        y = y + x
                    if mode == 'grad':
                        g = autograd.grad(y, [x])[0]
                if mode != 'grad':
                    y.backward()
                    g = x.grad
                print(f'{start:10s} {end:11s} {mode:8s} {y.dtype} {g.dtype}', g.asnumpy().tolist())
            except Exception as e:  # noqa
                print(f'{start:10s} {end:11s} {mode:8s}', words(e))
