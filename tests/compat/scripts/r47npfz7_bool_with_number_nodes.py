"""A bool array with a number (and an integer one in true_divide) is one recorded scalar node, numbered and refused by its backward as MXNet 1.9.1 does."""
import mxnet as mx
from mxnet import np, npx, autograd
npx.set_np()


def first(e):
    text = str(e).strip().replace("\n", " | ")
    return text.split("] ", 1)[-1] if "Error in operator" in text else text


def run(name, f, dtype='bool', make=None):
    a = np.array([1, 0, 1], dtype=dtype)
    a.attach_grad()
    try:
        with autograd.record():
            t = a if make is None else make(a)
            r = f(t)
        print(name, dtype, r.dtype, r.tolist(), autograd.get_symbol(r).list_outputs())
        r.backward()
        print('  grad', a.grad.tolist())
    except Exception as ex:
        print('  ', type(ex).__name__, first(ex))
    try:
        mx.nd.waitall()
    except Exception as ex:
        print('  waitall', type(ex).__name__, first(ex))


cases = [('add', lambda t: t + 2), ('radd', lambda t: 2 + t), ('sub', lambda t: t - 2), ('rsub', lambda t: 2 - t),
         ('mul', lambda t: t * 2), ('rmul', lambda t: 2 * t), ('div', lambda t: t / 2), ('rdiv', lambda t: 2 / t),
         ('pow', lambda t: t ** 2), ('rpow', lambda t: 2 ** t), ('mod', lambda t: t % 2), ('rmod', lambda t: 3 % t),
         ('neg', lambda t: -t), ('addf', lambda t: t + 1.5), ('mulf', lambda t: t * 1.5),
         ('max', lambda t: np.maximum(t, 1)), ('min', lambda t: np.minimum(t, 0)), ('addb', lambda t: t + True)]
for name, f in cases:
    run(name, f)
for dtype in ['int32', 'int8', 'uint8', 'int64']:
    for name, f in [('div', lambda t: t / 2), ('rdiv', lambda t: 2 / t), ('divf', lambda t: t / 2.5)]:
        run(name, f, dtype)
for name, f in [('neg', lambda t: -t), ('mul', lambda t: t * 2), ('rsub', lambda t: 2 - t), ('div', lambda t: t / 2)]:
    run('of product ' + name, f, make=lambda a: a * np.array([1, 1, 0], dtype='bool'))
    run('of difference ' + name, f, make=lambda a: a - np.array([1, 1, 0], dtype='bool'))
a = np.array([True, False, True], dtype='bool')
b = np.zeros(3, dtype='int64')
print(np.add(a, 3, out=b), b.dtype, (a * 2.5).dtype, (a / 4).tolist(), (a - 1).tolist())
