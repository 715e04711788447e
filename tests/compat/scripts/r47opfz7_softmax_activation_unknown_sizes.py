"""SoftmaxActivation over legacy data of unknown (zero) sizes into an out= array that fits (or over a 0-d array) runs its kernel when read: float32 only, channel mode needing three axes and out='s size, instance mode out='s rows flattened to two axes, as MXNet does."""
import sys
import mxnet as mx
import numpy as np


def show(label, fn, out=None):
    try:
        r = fn()
        print(label, 'called')
        a = r.asnumpy()
        print(label, a.shape, a.dtype, a.round(4).ravel().tolist()[:6])
    except Exception as e:
        lines = [l for l in str(e).splitlines() if l.strip()]
        print(label, type(e).__name__, ' | '.join(lines[1:5]) if 'inferring' in str(e) else
              next((l for l in lines if 'MXNetError' in l or 'Check' in l), lines[-1]))
    if out is not None:
        try:
            print(label, 'out', out.shape, out.asnumpy().round(4).ravel().tolist()[:6])
        except Exception as e:
            print(label, 'out err', type(e).__name__)


def legacy(shape):
    return mx.nd.array(np.zeros(shape))


def out_of(shape, dtype='float32'):
    return mx.nd.array(np.arange(np.prod(shape)).reshape(shape) * 0.1, dtype=dtype)

for mode, s, o, *dt in [('instance', (0, 3), (2, 3)), ('instance', (0, 2, 4, 4), (1, 2, 4, 4)), ('instance', (2, 0), (2, 3)), ('instance', (0, 3), (2, 4)), ('instance', (0,3),(0,3)), ('instance', (0,), (3,)), ('instance', (0,3), None),
                   ('instance', (2,0,3), (2,4,3)), ('instance', (0,2,3),(2,2,3)), ('channel', (0, 3), (2, 3)), ('channel', (2, 0), (2, 3)), ('channel', (0,), (3,)), ('channel', (2, 3, 0), (2, 3, 4)), ('channel', (2, 3, 0, 2), (2, 3, 4, 2)),
                   ('channel', (0, 3), (2, 4)), ('channel', (0, 3, 2), (0, 3, 2)), ('instance', (0, 3), (2, 3), 'float64'), ('instance', (0, 3), (2, 3), 'float16')]:
    out = out_of(o, *dt) if o else None
    show(f'SA {mode} {s} out {o} {dt}', lambda: mx.nd.SoftmaxActivation(mx.nd.array(np.zeros(s), dtype=(dt or ['float32'])[0]), mode=mode, out=out), out)
for o in [(2, 3, 4), (1, 2, 4, 4), (3,), (2, 5)]:
    out = out_of(o)
    show(f'SA 0-d out {o}', lambda: mx.nd.SoftmaxActivation(mx.nd.array(np.array(2.0)), out=out), out)
for dt in ['float64', 'float16']:
    for mode in ['instance', 'channel']:
        out = out_of((2, 3), dt)
        show(f'SA 0-d {dt} {mode}', lambda: mx.nd.SoftmaxActivation(mx.nd.array(np.array(2.0), dtype=dt), mode=mode, out=out), out)
        out = out_of((2, 3, 2), dt)
        show(f'SA unknown {dt} {mode}', lambda: mx.nd.SoftmaxActivation(mx.nd.array(np.zeros((2, 3, 0)), dtype=dt), mode=mode, out=out), out)
