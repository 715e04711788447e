"""Operands of a type an arithmetic refuses, between symbols, arrays and other values: the refusal names the
class as MXNet's modules hold it."""
import numpy as np
import mxnet as mx

x = mx.sym.var('x')
a = mx.nd.ones(2)
CASES = [('sym + nd', lambda: x + a), ('nd + sym', lambda: a + x), ('sym * nd', lambda: x * a),
         ('nd - sym', lambda: a - x), ('nd += sym', lambda: a.__iadd__(x)), ('sym + list', lambda: x + [1]),
         ('maximum(nd, sym)', lambda: mx.sym.maximum(a, x)), ('nd + str', lambda: a + 'a'),
         ('csr + sym', lambda: a.tostype('row_sparse') + x), ('sym + numpy', lambda: x + np.ones(2)),
         ('infer_shape list', lambda: x.infer_shape([2])), ('Dataset sampler', lambda: mx.gluon.data.DataLoader(
             mx.gluon.data.ArrayDataset([1, 2]), sampler=[0, 1], batch_size=None))]
for name, f in CASES:
    try:
        print(name, f())
    except Exception as e:
        print(name, type(e).__name__, e)
