"""Reshape by target_shape left undecided logs its deprecation line in each of 3 shape passes when a shape function of its first pass fills the shapes it reads (a Reshape by shape filling its own data), 4 only when a later pass tells more shapes."""
import sys

import mxnet as mx

sys.path.insert(0, '.')
from _stderr import stderr_of

y, w = mx.sym.var('y'), mx.sym.var('w')
by_shape = mx.sym.reshape(y, shape=(4,))
cases = [('data filled by its producer', mx.sym.reshape(by_shape, target_shape=(2, -1)), dict(y=(0,))),
         ('data given', mx.sym.reshape(by_shape, target_shape=(2, -1)), dict(y=(4,))),
         ('data rank other', mx.sym.reshape(by_shape, target_shape=(2, -1)), dict(y=(0, 2))),
         ('keep_highest', mx.sym.reshape(by_shape, target_shape=(0, -1), keep_highest=True), dict(y=(0,))),
         ('producer filled by a sum', mx.sym.Group([mx.sym.reshape(by_shape, target_shape=(2, -1)), by_shape + w]),
          dict(w=(4,))),
         ('relu producer filled later', mx.sym.Group([mx.sym.reshape(mx.sym.relu(y), target_shape=(2, -1)),
                                                      mx.sym.relu(y) + w]), dict(w=(2, 3)))]
for name, net, shapes in cases:
    for method in ('infer_shape_partial', 'infer_shape'):
        result, lines = stderr_of(lambda: getattr(net, method)(**shapes))
        print(name, method, result if isinstance(result, Exception) else result[1],
              len([line for line in lines if 'deprecated' in line]))
