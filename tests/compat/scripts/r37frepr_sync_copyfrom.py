"""NDArray._sync_copyfrom copies array-like data converted to the array's dtype (into views too), refusing other shapes (ValueError) and data numpy cannot read, MXNet arrays included (TypeError), in MXNet's words."""
import numpy as np

import mxnet as mx


def show(label, fn):
    try:
        print(label, '|', fn())
    except Exception as e:
        print(label, '| EXC', type(e).__name__, str(e))


def copied(a, src):
    r = a._sync_copyfrom(src)
    return r, a


targets = [('nd float32', lambda: mx.nd.zeros((2, 2))), ('nd int32', lambda: mx.nd.zeros((2, 2), dtype='int32')),
           ('nd 0-d', lambda: mx.nd.zeros((1,)).reshape(())), ('np float32', lambda: mx.np.zeros((2, 2))),
           ('nd uint8', lambda: mx.nd.zeros((3,), dtype='uint8'))]
sources = [('numpy', np.arange(4).reshape(2, 2)), ('list', [[1.5, 2.5], [3.5, 4.5]]), ('scalar', 7),
           ('flat', np.arange(4)), ('str', 'abc'), ('ragged', [[1], [2, 3]]), ('float64', np.full((2, 2), 1.7)),
           ('out of range', [-1, 300, 2.7]), ('nd', mx.nd.ones((2, 2))), ('np', mx.np.ones((2, 2))),
           ('dict', {'a': 1}), ('None', None)]
for tname, make in targets:
    for sname, src in sources:
        show(f'{tname} <- {sname}', lambda: copied(make(), src))
a = mx.nd.zeros((3, 2))
a[1:3]._sync_copyfrom(np.ones((2, 2)))
b = mx.nd.zeros((3, 2))
b[1]._sync_copyfrom(np.array([5, 6]))
print('views', a, b)
