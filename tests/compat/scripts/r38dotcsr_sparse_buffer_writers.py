"""A backward node writing a csr or row_sparse gradient buffer of a csr variable with its dense kernel (slice, scalar products, reductions, a cast's _copy) reports MXNet's storage fallback as it runs."""
import numpy as np
import mxnet as mx
from _stderr import stderr_of

c = mx.nd.array(np.arange(20).reshape(4, 5) % 3).tostype('csr')
OPS = [('rows', lambda C: C[1:3]), ('row', lambda C: C[2]), ('x2', lambda C: C * 2), ('div', lambda C: C / 4),
       ('neg', lambda C: -C), ('relu', mx.nd.relu), ('sum', mx.nd.sum), ('tostype', lambda C: C.tostype('default')),
       ('cast_storage', lambda C: mx.nd.cast_storage(C, 'default')), ('square', mx.nd.square),
       ('sqrt', mx.nd.sqrt), ('identity', mx.nd.identity)]
for name, f in OPS:
    for stype in ['csr', 'row_sparse']:
        def run():
            C = c.copy()
            C.attach_grad(stype=stype)
            with mx.autograd.record():
                z = f(C)
            z.backward()
            return '%s %s' % (C.grad.stype, C.grad.asnumpy().tolist())
        result, lines = stderr_of(run)
        if isinstance(result, Exception):
            result = type(result).__name__
        shown = ''.join('\n    ' + line for line in lines if line.startswith(('operator', 'input', 'output', 'params')))
        print(name, stype, result, shown)
