"""mx.np.full and arange read the dtype before the value or range, and the context after them, as MXNet 1.9.1 does."""
import mxnet as mx
import numpy as onp
np = mx.np


def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:      # noqa: BLE001
        print(label, type(e).__name__, str(e).splitlines()[-1] if str(e) else '')


show('full bad dtype', lambda: np.full((2,), 'x', dtype='bad'))
show('full float dtype', lambda: np.full((2,), 'x', dtype=3.5))
show('full complex', lambda: np.full((2,), 'x', dtype=onp.complex64))
show('full uint16', lambda: np.full((2,), 'x', dtype=onp.uint16))
show('full bool value ctx', lambda: np.full((2,), 'x', ctx='x', dtype='bool'))
show('full bad dtype ctx', lambda: np.full((2,), 'x', ctx='x', dtype='bad'))
show('full uint16 ctx', lambda: np.full((2,), 'x', ctx='x', dtype=onp.uint16))
show('full value ctx', lambda: np.full((2,), 'x', ctx='x'))
show('full negative ctx', lambda: np.full((-2,), 2, ctx='x'))
show('full bool', lambda: np.full((2,), True))
show('full bool text', lambda: np.full((2,), 'True'))
show('arange bad dtype', lambda: np.arange(True, dtype='bad'))
show('arange float dtype', lambda: np.arange(True, dtype=3.5))
show('arange text bad dtype', lambda: np.arange('x', dtype='bad'))
show('arange complex', lambda: np.arange(True, dtype=onp.complex64))
show('arange bool', lambda: np.arange(True, dtype='bool'))
show('arange uint16', lambda: np.arange(True, dtype=onp.uint16))
show('arange array', lambda: np.arange(np.array([1., 2.]), dtype='bad'))
show('arange zero step', lambda: np.arange(True, step=0, dtype='bad'))
show('arange ctx bad dtype', lambda: np.arange(True, ctx='x', dtype='bad'))
show('arange ctx bool', lambda: np.arange(True, ctx='x', dtype='bool'))
show('arange ctx stop', lambda: np.arange(True, ctx='x'))
show('arange ctx step', lambda: np.arange(3, 2, 'x', ctx='x'))
show('arange ctx', lambda: np.arange(3, ctx='x'))
show('arange fine', lambda: np.arange(3, dtype='int32', ctx=mx.cpu()))
show('full array uint16', lambda: np.full((2,), np.array([1., 2.]), dtype=onp.uint16))
show('full array unbroadcast uint16', lambda: np.full((3,), np.array([1., 2.]), dtype=onp.uint16))
show('full array bad dtype', lambda: np.full((2,), np.array([1., 2.]), dtype='bad'))
show('full array complex', lambda: np.full((2,), np.array([1., 2.]), dtype=onp.complex64))
show('full array bool', lambda: np.full((2,), np.array([1., 2.]), dtype='bool'))
