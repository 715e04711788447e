"""np.einsum parses each input's ellipsis (three dots together, over no more axes than its operand has) before counting terms, then puts the output's ellipsis in place (a replace error if the output has none, a '.' left over failing as an output character); an output ellipsis with a letter named twice or a letter collapsed over axes of other sizes infers its shape and fails when read, as MXNet does."""
# recorded on AMD AVX2
import math

import mxnet as mx
from mxnet import np, npx

npx.set_np()
cases = [('...ij->..ij', [(2, 3, 4)]), ('...ij->....ij', [(2, 3, 4)]), ('...ij->...i...', [(2, 3, 4)]),
         ('...ij->k.j', [(2, 3, 4)]), ('ij->.i', [(3, 4)]), ('ij->...i...', [(3, 4)]), ('ij->...ij', [(3, 4)]),
         ('ij,ijk->.', [(3, 4), (2, 3, 4)]), ('ijkl,...j->', [(2, 3, 4), (3, 4), (3, 4)]),
         ('..i,j->ij', [(3, 4)]), ('.i..j->m', [(2, 3, 4)]), ('....ij->ij', [(2, 3, 4)]),
         ('...ijkl->m...', [(2, 3, 4)]), ('ijk,...ijkl->', [(3, 4), (2, 3, 4)]), ('...ij->m', [()]),
         ('...ij->...ij->', [(2, 3, 4)]),
         ('...ii->...ii', [(2, 3, 3)]), ('...ij,jk->...kk', [(2, 3, 4), (4, 5)]), ('i...j,jk->ii...', [(2, 3, 4), (4, 3)]),
         ('...ii->...ii', [(0, 3, 3)]), ('...ii->...i', [(2, 1, 3)]), ('ii...->i...', [(1, 3, 2)]),
         ('...ii,...i->...i', [(2, 1, 3), (3,)]), ('...ii->...', [(2, 3, 1)])]
for s, shapes in cases:
    ops = [np.arange(math.prod(sh)).reshape(sh).astype('float32') for sh in shapes]
    for optimize in (False, True):
        try:
            r = np.einsum(s, *ops, optimize=optimize)
            print(s, shapes, optimize, 'call ok', r.shape, r.dtype)
            print('  ', r.asnumpy().tolist())
        except mx.base.MXNetError as e:
            print(s, shapes, optimize, type(e).__name__, str(e).strip().splitlines()[-1][:200])
x = np.ones((2, 1, 3))
x.attach_grad()
with mx.autograd.record():
    y = np.einsum('...ii->...i', x)
print(y.shape)
try:
    y.backward()
    print(x.grad)
except mx.base.MXNetError as e:
    print(type(e).__name__, str(e).strip().splitlines()[-1][:200])
