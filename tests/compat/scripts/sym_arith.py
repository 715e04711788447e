# Symbol arithmetic and comparison with scalars and symbols: op names, JSON, evaluation.
import mxnet as mx
import numpy as np

a = mx.sym.var('a')
b = mx.sym.var('b')
exprs = [a + b, a - b, a * b, a / b, a % b, a ** b, a + 1, 1 + a, a - 1, 1 - a, a * 2, 2 * a,
         a / 2, 2 / a, a % 3, 3 % a, a ** 2, 2 ** a, -a, abs(a),
         a == b, a != b, a > b, a >= b, a < b, a <= b, a == 1, a != 1, a > 1, a >= 1, a < 1, a <= 1,
         1 < a, 1 == a, mx.sym.maximum(a, b), mx.sym.minimum(a, 2), mx.sym.maximum(2, a),
         mx.sym.power(a, 2), mx.sym.power(2, a), mx.sym.hypot(a, b), mx.sym.pow(a, b) if hasattr(mx.sym, 'pow') else a]
av = mx.nd.array([[1., 2., 3.], [4., 5., 6.]])
bv = mx.nd.array([[2., 2., 2.], [3., 3., 3.]])
for e in exprs:
    out = e.eval(a=av, b=bv) if 'b' in e.list_arguments() else e.eval(a=av)
    print(e.name, e.list_outputs(), [n['op'] for n in __import__('json').loads(e.tojson())['nodes']],
          np.round(out[0].asnumpy(), 4).tolist(), out[0].dtype)
c = a * 2 + b
print(c.get_internals().list_outputs())
print(c.get_children().list_outputs())
print(c.get_children()[0].get_children().list_outputs())
print(mx.sym.var('q') + mx.sym.var('q'))
print((a + b).list_arguments())
try:
    a + 'x'
except Exception as e:
    print(type(e).__name__)
try:
    a + np.array([1, 2])
except Exception as e:
    print(type(e).__name__)
