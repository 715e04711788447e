"""Activation, softmax and one-input elementwise ops (ones_like, zeros_like and copies too) over legacy data of unknown (zero) sizes take them from an out= array that fits: the kernel runs over no elements, leaving out= as it was (filled by ones_like and zeros_like; Activation's and a copy's kernels fail when read)."""
import sys
import mxnet as mx
import numpy as np


def show(label, fn):
    try:
        r = fn()
        print(label, 'called')
        a = r.asnumpy()
        print(label, a.shape, a.dtype, a.round(4).ravel().tolist()[:6])
    except Exception as e:
        lines = [l for l in str(e).splitlines() if l.strip()]
        print(label, type(e).__name__, ' | '.join(lines[1:5]) if 'inferring' in str(e) else
              next((l for l in lines if 'MXNetError' in l or 'Check' in l), lines[-1]))


def legacy(shape):
    return mx.nd.array(np.zeros(shape))


def out_of(shape):
    return mx.nd.array(np.arange(np.prod(shape)).reshape(shape) * 0.1)


def call(op, shape, out_shape, **kwargs):
    return lambda: getattr(mx.nd, op)(legacy(shape), out=out_of(out_shape), **kwargs)


cases = [
    ('Activation (0,2,4,4) out (1,2,4,4)', call('Activation', (0, 2, 4, 4), (1, 2, 4, 4), act_type='relu')),
    ('Activation (0,3) out (2,3)', call('Activation', (0, 3), (2, 3), act_type='tanh')),
    ('Activation (0,3) out (2,4)', call('Activation', (0, 3), (2, 4), act_type='relu')),
    ('Activation (2,0) out (2,3)', call('Activation', (2, 0), (2, 3), act_type='sigmoid')),
    ('Activation (0,3) out (0,3)', call('Activation', (0, 3), (0, 3), act_type='relu')),
    ('softmax (0,2,4,4) out (1,2,4,4)', call('softmax', (0, 2, 4, 4), (1, 2, 4, 4))),
    ('softmax (0,3) out (2,3)', call('softmax', (0, 3), (2, 3))),
    ('softmax (2,0) out (2,3) axis 0', call('softmax', (2, 0), (2, 3), axis=0)),
    ('softmax (0,) out (3,)', call('softmax', (0,), (3,))),
    ('softmax (0,3) out (3,3)', call('softmax', (0, 3), (2, 4))),
    ('softmax (0,3) out (0,3)', call('softmax', (0, 3), (0, 3))),
    ('log_softmax (0,3) out (2,3)', call('log_softmax', (0, 3), (2, 3))),
    ('softmin (0,3) out (2,3)', call('softmin', (0, 3), (2, 3))),
    ('exp (0,3) out (2,3)', call('exp', (0, 3), (2, 3))),
    ('relu (2,0) out (2,3)', call('relu', (2, 0), (2, 3))),
    ('sigmoid (0,) out (4,)', call('sigmoid', (0,), (4,))),
    ('negative (0,3) out (2,3)', call('negative', (0, 3), (2, 3))),
    ('logical_not (0,3) out (2,3)', call('logical_not', (0, 3), (2, 3))),
    ('sqrt (0,3) out (2,4)', call('sqrt', (0, 3), (2, 4))),
    ('exp (0,3) out (0,3)', call('exp', (0, 3), (0, 3))),
    ('ones_like (0,3) out (2,3)', call('ones_like', (0, 3), (2, 3))),
    ('zeros_like (2,0) out (2,3)', call('zeros_like', (2, 0), (2, 3))),
    ('BlockGrad (0,3) out (2,3)', call('BlockGrad', (0, 3), (2, 3))),
    ('identity (0,) out (5,)', call('identity', (0,), (5,))),
    ('make_loss (0,3) out (2,3)', call('make_loss', (0, 3), (2, 3))),
]
for c in cases if len(sys.argv) < 2 else [cases[int(sys.argv[1])]]:
    show(*c)
