"""mx.np's ufuncs refuse a call missing an operand in Python's words before reading their NumPy keywords (order, dtype, out), as MXNet 1.9.1 does."""
import mxnet as mx
np = mx.np


def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:      # noqa: BLE001
        print(label, type(e).__name__, str(e).splitlines()[-1] if str(e) else '')


x = np.array([[3., 1., 2.]])
for name in ('mod', 'remainder', 'add', 'subtract', 'multiply', 'power', 'maximum', 'hypot', 'lcm', 'true_divide',
             'bitwise_and', 'equal', 'arctan2', 'copysign', 'ldexp'):
    fn = getattr(np, name)
    show(name + ' order C', lambda: fn(x, order='C'))
    show(name + ' order F', lambda: fn(x, order='F'))
    show(name + ' no operand', lambda: fn(order='F'))
    show(name + ' both, order F', lambda: fn(x, x, order='F'))
    show(name + ' out, order F', lambda: fn(x, out=x, order='F'))
    show(name + ' dtype', lambda: fn(x, dtype='int32'))
for name in ('sqrt', 'negative', 'abs', 'sin', 'logical_not', 'isnan'):
    fn = getattr(np, name)
    show(name + ' no operand, order', lambda: fn(order='C'))
    show(name + ' order F', lambda: fn(x, order='F'))
