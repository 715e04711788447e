"""mx.sym.np.fabs, invert and shares_memory are functions of their own names (their nodes named as abs, bitwise_not and
share_memory name theirs), with MXNet's signatures."""
import inspect

import mxnet as mx

a = mx.sym.var('a').as_np_ndarray()
for s in [mx.sym.np.invert(a), mx.sym.np.bitwise_not(a), mx.sym.np.fabs(a), mx.sym.np.abs(a), mx.sym.np.shares_memory(a, a)]:
    print(s.get_internals().list_outputs()[-1], s.tojson().count('"op"'))
for n in ['fabs','invert','shares_memory','abs','bitwise_not','may_share_memory']:
    f = getattr(mx.sym.np, n); print(n, f.__name__, inspect.signature(f))
