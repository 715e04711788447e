# A symbol's refused attribute, as its parser lists the attributes given: MXNet's symbol functions hand them to
# the operator undeclared first, then in declared order, dtype last, whatever order the call gave them in
# (Gluon's Embedding with a refused size, symbols with dtype among their attributes).
# recorded on AVX2
import mxnet as mx
from mxnet import nd
from mxnet.gluon import nn
from _words import words

x, w = mx.sym.var('x'), mx.sym.var('w')
CASES = [('Embedding', (x, w), dict(input_dim=0, output_dim=1.5, dtype='float32', sparse_grad=False)),
         ('Embedding', (x, w), dict(sparse_grad=False, dtype='float16', output_dim=1.5, input_dim=3)),
         ('Embedding', (x, w), dict(dtype='float64', input_dim='a', output_dim=2)),
         ('one_hot', (x,), dict(dtype='float32', depth=1.5, on_value=2)),
         ('one_hot', (x,), dict(off_value=1, depth='x', dtype='int32')),
         ('Cast', (x,), dict(dtype='float9')),
         ('zeros', (), dict(dtype='float32', shape='(2, a)')),
         ('random_uniform', (), dict(dtype='float32', low=0, high=1, shape=(2, 1.5))),
         ('arange', (), dict(dtype='float32', start=0, stop=3, step='z'))]
for name, args, kwargs in CASES:
    try:
        sym = getattr(mx.sym, name)(*args, **kwargs)
        print(name, 'graph', sym.infer_shape(x=(2,)) if args else sym.infer_shape())
    except Exception as e:
        print(name, 'graph', words(e).split('\n')[0])

for kwargs in (dict(input_dim=0, output_dim=1.5), dict(input_dim=2.5, output_dim=2), dict(input_dim=3, output_dim='b')):
    for hybridize in (False, True):
        layer = nn.Embedding(**kwargs)
        if hybridize:
            layer.hybridize()
        try:
            layer.initialize()
            print('Embedding layer', kwargs, hybridize, layer(nd.array([0, 1])).shape)
        except Exception as e:
            print('Embedding layer', kwargs, hybridize, words(e).split('\n')[0])
