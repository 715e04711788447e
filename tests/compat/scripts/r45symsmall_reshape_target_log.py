"""Reshape by target_shape logs its deprecation line each time MXNet's shape pass calls it with its data's rank known: once when inference completes, once a pass (3 or 4 passes) when its output stays unknown."""
import sys

import mxnet as mx

sys.path.insert(0, '.')
from _stderr import stderr_of

a, b, c, w = [mx.sym.var(n) for n in 'abcw']
fails = mx.sym.reshape(a, target_shape=(2, -1))
fits = mx.sym.reshape(a, target_shape=(3, 2))
cases = [('fits', fits, dict(a=(2, 3))), ('fits, relu after', mx.sym.relu(fits), dict(a=(2, 3))),
         ('fits, unknown beside', mx.sym.Group([fits, mx.sym.relu(c)]), dict(a=(2, 3))),
         ('fits, data told later', mx.sym.Group([mx.sym.reshape(mx.sym.relu(a), target_shape=(3, 2)),
                                                 mx.sym.relu(a) + w]), dict(w=(2, 3))),
         ('unknown data', fails, dict()),
         ('undecided', fails, dict(a=(2, 3))), ('undecided, relu after', mx.sym.relu(fails), dict(a=(2, 3))),
         ('undecided, relu before', mx.sym.reshape(mx.sym.relu(a), target_shape=(2, -1)), dict(a=(2, 3))),
         ('undecided, told backward', mx.sym.Group([fails, mx.sym.relu(c) + w]), dict(a=(2, 3), w=(2, 3))),
         ('undecided, data told later', mx.sym.Group([mx.sym.reshape(mx.sym.relu(a), target_shape=(2, -1)),
                                                      mx.sym.relu(a) + w]), dict(w=(2, 3))),
         ('two undecided', mx.sym.Group([fails, mx.sym.reshape(b, target_shape=(3, -1))]), dict(a=(2, 3), b=(3, 2)))]
for name, y, shapes in cases:
    for method in ('infer_shape_partial', 'infer_shape'):
        result, lines = stderr_of(lambda: getattr(y, method)(**shapes))
        print(name, method, result[1], len([line for line in lines if 'deprecated' in line]))
