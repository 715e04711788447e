"""mx.np backward and autograd.grad with head gradients of another dtype than the head: gradients (dtype, values) or the refusal, per op."""
import re
import numpy as onp
import mxnet as mx
from mxnet import np, npx, autograd
npx.set_np()


def words(e):
    line = [l for l in str(e).split('\n') if l.strip()][-1]
    return re.sub(r'\[\d\d:\d\d:\d\d\] ', '', line)[:200]


def run(label, f, xdt, hdt, mode):
    x = np.array(onp.arange(1, 7).reshape(2, 3) * 0.5 - 1.25, dtype=xdt)
    x.attach_grad()
    try:
        with autograd.record():
            y = f(x)
        head = np.ones(y.shape, dtype=hdt)
        if mode == 'bw':
            y.backward(head)
            g = x.grad
        else:
            g = autograd.grad(y, x, head_grads=head)[0]
        print(label, xdt, hdt, mode, onp.dtype(g.dtype).name, g.asnumpy().tolist())
    except Exception as e:
        print(label, xdt, hdt, mode, type(e).__name__, words(e))


OPS = [
    ('mask', lambda x: x[x > 0]),
    ('bool_array', lambda x: x[np.array([[True, False, True], [False, True, True]], dtype='bool')]),
    ('slice_first', lambda x: x[1:]),
    ('int_first', lambda x: x[0]),
    ('slice_step', lambda x: x[:, ::2]),
    ('gather', lambda x: x[np.array([1, 0], dtype='int32')]),
    ('average', lambda x: np.average(x, axis=0)),
    ('average_all', lambda x: np.average(x)),
    ('mean', lambda x: np.mean(x, axis=1)),
    ('astype_add', lambda x: x.astype('float16') + 1),
    ('astype_mul', lambda x: x.astype('float64') * 2),
    ('add_scalar', lambda x: x + 1),
    ('repeat', lambda x: np.repeat(x, 2, axis=0)),
    ('copy', lambda x: np.copy(x)),
    ('transpose', lambda x: x.T),
    ('roll', lambda x: np.roll(x, 1)),
    ('fliplr', lambda x: np.fliplr(x)),
    ('flipud', lambda x: np.flipud(x)),
    ('diff', lambda x: np.diff(x, n=2)),
    ('where', lambda x: np.where(x > 0, x, 0 * x)),
    ('where_scalar', lambda x: np.where(x > 0, x, 0)),
    ('polyval', lambda x: np.polyval(x[0], np.array([1., 2.], dtype=x.dtype))),
    ('sum_keepdims', lambda x: np.sum(x, axis=1, keepdims=True)),
]
PAIRS = [('float16', 'float32'), ('float32', 'float64'), ('float64', 'float16'), ('float32', 'int32')]
for label, f in OPS:
    for xdt, hdt in PAIRS:
        for mode in ('bw', 'grad'):
            run(label, f, xdt, hdt, mode)

# a second backward of a freed graph with a head gradient of another dtype
for label, f in [('slice_first', lambda x: x[1:]), ('scaled', lambda x: x * 2), ('sum_axis', lambda x: np.sum(x, axis=0))]:
    x = np.ones((2, 3))
    x.attach_grad()
    with autograd.record():
        y = f(x)
    y.backward()
    try:
        y.backward(np.ones(y.shape, dtype='float16'))
        print(label, 'freed', x.grad.dtype, x.grad.tolist())
    except Exception as e:
        print(label, 'freed', type(e).__name__, words(e))
