"""mx.np transpose/squeeze/reshape/repeat/roll/diag/diagonal record every argument the caller gave (an explicit None axis too), and diagflat records one _np_diagflat step with its gradient, as MXNet's get_symbol shows."""
import mxnet as mx
from mxnet import np, npx
npx.set_np()


def T(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, "ERR", type(e).__name__, str(e).split("\n")[0][:300])

from mxnet import autograd
import json
x = np.ones((2, 2)); x.attach_grad()
v = np.ones(3); v.attach_grad()
cases = [
 ('diagflat', lambda: np.diagflat(v)), ('diagflat_k', lambda: np.diagflat(v, 1)), ('diagflat_k0', lambda: np.diagflat(v, k=0)),
 ('diag_v', lambda: np.diag(v)), ('diag_v1', lambda: np.diag(v, 1)), ('diag_k0', lambda: np.diag(x, 0)),
 ('diagonal', lambda: np.diagonal(x)), ('diagonal_pos', lambda: np.diagonal(x, 0, 0, 1)),
 ('squeeze', lambda: np.squeeze(x)), ('transpose_pos', lambda: np.transpose(x, None)), ('transpose_t', lambda: np.transpose(x, (1, 0))),
 ('reshape_pos', lambda: np.reshape(x, -1, 'C')), ('reshape', lambda: np.reshape(x, (4,))),
 ('repeat_pos', lambda: np.repeat(x, 2, None)), ('roll_pos', lambda: np.roll(x, 1, None)), ('roll', lambda: np.roll(x, 1)),
 ('m_T', lambda: x.T), ('m_reshape_o', lambda: x.reshape((4,), order='C')), ('m_flatten', lambda: x.flatten()), ('m_ravel', lambda: np.ravel(x)),
 ('m_swapaxes', lambda: x.swapaxes(0, 1)), ('m_repeat_ax', lambda: x.repeat(2, axis=0)), ('m_squeeze_ax', lambda: np.ones((1, 2)).squeeze(0)),
 ('rot90', lambda: np.rot90(x)), ('fliplr', lambda: np.fliplr(x)), ('atleast', lambda: np.atleast_3d(x)),
]
for label, f in cases:
    try:
        with autograd.record():
            y = f()
        s = autograd.get_symbol(y)
        print(label, [(n['op'], n.get('attrs')) for n in json.loads(s.tojson())['nodes'] if n['op'] != 'null'])
    except Exception as e:
        print(label, 'ERR', type(e).__name__, str(e).split('\n')[0][:200])
for label, f in [('repeat_bad', lambda: np.repeat(x, 1.5)), ('repeat_bad_ax', lambda: np.repeat(x, 1.5, None)), ('repeat_bad_ax0', lambda: np.repeat(x, 1.5, 0)),
                 ('roll_bad', lambda: np.roll(x, None, None)), ('diag_bad', lambda: np.diag(x, 1.5)), ('diagonal_bad', lambda: np.diagonal(x, 0, 0, 0)),
                 ('transpose_bad', lambda: np.transpose(x, (0,))), ('squeeze_bad', lambda: np.squeeze(x, 0)), ('reshape_bad', lambda: np.reshape(x, (3,), order='F'))]:
    T(label, f)

import numpy as onp
for shape in [(3,), (2, 2)]:
    for k in [None, 0, -2]:
        a = np.array(onp.arange(1, 1 + int(onp.prod(shape))).reshape(shape), dtype='float32')
        a.attach_grad()
        def run():
            with autograd.record():
                y = np.diagflat(a) if k is None else np.diagflat(a, k)
            y.backward(np.arange(float(y.size)).reshape(y.shape))
            return (y, a.grad)
        T(f'diagflat {shape} {k}', run)
T('diagflat_i', lambda: np.diagflat(np.array([1, 2], dtype='int32'), 1))
T('diagflat_b', lambda: np.diagflat(np.array([True, False])))
T('diagflat_list', lambda: np.diagflat([1, 2]))
T('diagflat_k_float', lambda: np.diagflat(np.ones(2), 1.5))
T('diagflat_3d', lambda: np.diagflat(np.ones((2, 1, 2))))
T('diagflat_0d', lambda: np.diagflat(np.array(2.)))
