"""A symbolic histogram infers its outputs from its edges alone, refusing edges of unknown rank or size, not 1-D, or fewer than two, and from bin_cnt whatever the data, as MXNet does."""
import re

import mxnet as mx


def show(name, f):
    try:
        print(name, f())
    except mx.base.MXNetError as e:
        print(name, 'MXNetError', re.sub(r'\[\d\d:\d\d:\d\d\] ', '', str(e)).split('Stack trace')[0].strip())


x = mx.sym.Variable('x')
b = mx.sym.Variable('b')
h = mx.sym.histogram(x, b)
for given in [{}, {'x': (2, 3)}, {'b': (4,)}, {'x': (2, 3), 'b': (4,)}, {'x': (2, 3), 'b': (2, 2)}, {'b': (2, 2)},
              {'x': (0, 3), 'b': (4,)}, {'x': (2, 3), 'b': (0,)}, {'x': (2, 3), 'b': (1,)}, {'b': (1,)}]:
    show('partial %s' % given, lambda: h.infer_shape_partial(**given))
    show('full %s' % given, lambda: h.infer_shape(**given))
counted = mx.sym.histogram(x, bins=3, range=(0, 1))
show('bin_cnt', lambda: counted.infer_shape_partial())
show('bin_cnt given data', lambda: counted.infer_shape(x=(2, 2)))
d = mx.nd.array([[0.1, 0.5], [0.7, 0.9]])
show('one edge', lambda: mx.nd.histogram(d, bins=mx.nd.array([1])))
show('2-D edges', lambda: mx.nd.histogram(d, bins=mx.nd.array([[0, 1]])))
exe = h.bind(mx.cpu(), {'x': d, 'b': mx.nd.array([0, 0.5, 1])})
print([o.asnumpy().tolist() for o in exe.forward()])
