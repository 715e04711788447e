"""mx.sym.BatchNorm_v1 and mx.sym.IdentityAttachKLSparseReg list no auxiliary-state inputs: arguments after their
listed inputs are the attributes (eps, momentum, ...; a Symbol there is read as its text), the auxiliary states come
by keyword or as automatic variables; their signatures say so."""
# recorded on AVX2
import inspect

import mxnet as mx
from _words import words

x, g, b = mx.sym.var('x'), mx.sym.var('g'), mx.sym.var('b')
mm, mv = mx.sym.var('mm'), mx.sym.var('mv')
CASES = [('BatchNorm_v1', (x, g, b), {}), ('BatchNorm_v1', (x, g, b, 0.5), {}),
         ('BatchNorm_v1', (x, g, b, 0.5, 0.8, False), {}), ('BatchNorm_v1', (x, g, b), dict(moving_mean=mm)),
         ('BatchNorm_v1', (x, g, b), dict(moving_mean=mm, moving_var=mv)), ('BatchNorm_v1', (x, g, b, mm), {}),
         ('BatchNorm_v1', (x, g, b, mm, mv), {}), ('BatchNorm_v1', (x, g, b, 1e-3, 0.9, True, False, True), {}),
         ('BatchNorm_v1', (x, g, b, 'a'), {}), ('BatchNorm_v1', (x, g, b, 1e-3, 0.9, True, False, True, 'nm'), {}),
         ('BatchNorm_v1', (x, g, b, 1e-3, 0.9, True, False, True, 'nm', None, None, 3), {}),
         ('IdentityAttachKLSparseReg', (x,), {}), ('IdentityAttachKLSparseReg', (x, 0.2, 0.01), {}),
         ('IdentityAttachKLSparseReg', (x, mm), {}), ('IdentityAttachKLSparseReg', (x,), dict(moving_avg=mm)),
         ('IdentityAttachKLSparseReg', (x, 0.2, 0.01, 0.8, 'kl'), {})]
for op, args, kw in CASES:
    shown = [a.name if isinstance(a, mx.sym.Symbol) else a for a in args]
    try:
        s = getattr(mx.sym, op)(*args, **kw)
        print(op, shown, sorted(kw), s.list_arguments(), s.list_auxiliary_states(), s.list_outputs(),
              sorted(s.list_attr().items()))
    except Exception as e:
        print(op, shown, sorted(kw), words(e))
for op in ['BatchNorm_v1', 'IdentityAttachKLSparseReg']:
    print(op, inspect.signature(getattr(mx.sym, op)))
    print(op, inspect.signature(getattr(mx.nd, op)))
