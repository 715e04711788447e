"""mx.np.hanning, hamming and blackman read the dtype (NumPy's, then MXNet's list), M, the context, then check M is given, as MXNet 1.9.1 does."""
import mxnet as mx
import numpy as onp
np = mx.np


def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:      # noqa: BLE001
        print(label, type(e).__name__, str(e).splitlines()[-1] if str(e) else '')


a0 = np.array(3.)
for name in ('hanning', 'hamming', 'blackman'):
    w = getattr(np, name)
    show(name + ' float dtype', lambda: w(5, dtype=1.5))
    show(name + ' array M, array ctx', lambda: w(a0, 2.0, np.ones((2, 2))))
    show(name + ' float dtype, bad ctx', lambda: w(5, 2.0, 'x'))
    show(name + ' bad dtype, bad ctx', lambda: w(5, 'bad', ctx='x'))
    show(name + ' array M', lambda: w(a0, dtype='float32'))
    show(name + ' uint16', lambda: w(5.5, 'uint16'))
    show(name + ' complex', lambda: w(5, onp.complex64))
    show(name + ' bfloat16', lambda: w(5, 'bfloat16'))
    show(name + ' bool, text M', lambda: w('x', 'bool'))
    show(name + ' text M, bad ctx', lambda: w('x', ctx='x'))
    show(name + ' bool, bad ctx', lambda: w(5, 'bool', ctx='x'))
    show(name + ' no M, bad ctx', lambda: w(None, ctx='x'))
    show(name + ' no M, bool', lambda: w(None, 'bool'))
    show(name + ' float M, bad ctx', lambda: w(2.5, 'int32', ctx='x'))
    show(name + ' bad ctx', lambda: w(5, 'float32', ctx='x'))
    show(name + ' fine', lambda: w(4, 'float64', ctx=mx.cpu()))
