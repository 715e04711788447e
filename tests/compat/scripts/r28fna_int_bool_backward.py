"""Recorded np.multiply, add and power (and their operators) of an integer array with a bool one: the forward
computes, and the backward fails in MXNet's words for the missing kernel (the integer side reaching a variable);
float with bool and integer with integer differentiate."""
# recorded on AVX2
import mxnet as mx
from mxnet import autograd, np, npx
from _words import words
npx.set_np()

FUNCS = {
    'multiply': np.multiply, 'add': np.add, 'power': np.power,
    'op_mul': lambda a, b: a * b, 'op_add': lambda a, b: a + b, 'op_pow': lambda a, b: a ** b,
    'op_rmul': lambda a, b: b * a,
}
PAIRS = [('int64', 'bool'), ('bool', 'int32'), ('int8', 'bool'), ('uint8', 'bool'), ('int32', 'int32'),
         ('float32', 'bool'), ('bool', 'float64')]
for name, f in FUNCS.items():
    for d1, d2 in PAIRS:
        x = np.array([0.5, 1.5, 2.5])
        x.attach_grad()
        try:
            with autograd.record():
                a = (x * 2).astype(d1) if d1 != 'bool' else x > 1
                b = (x + 1).astype(d2) if d2 != 'bool' else x > 1
                y = f(a, b)
                z = y.astype('float32') * x
            print(f'{name:9s} {d1:7s} {d2:7s} y={y.dtype} {y.asnumpy().tolist()}')
            z.backward()
            print(f'{name:9s} {d1:7s} {d2:7s} grad', x.grad.asnumpy().tolist())
        except Exception as e:  # noqa
            print(f'{name:9s} {d1:7s} {d2:7s}', words(e))

# the pattern of masking an integer array by a comparison, differentiated
x = np.array([[0.5, 1.5], [2.5, -1.0]])
x.attach_grad()
try:
    with autograd.record():
        t = (x * 4).astype('int32')
        y = (t * (t > 2)).astype('float32') * x
    y.backward()
    print('masked int', x.grad.asnumpy().tolist())
except Exception as e:  # noqa
    print('masked int', words(e))
