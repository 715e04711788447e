"""np.einsum with output subscripts naming a letter twice infers its shape (a size per output letter) and fails when read, as its kernel refuses the subscripts, its shape checks first and an empty result reading as zeros, as MXNet does."""
import mxnet as mx
from mxnet import np, npx

npx.set_np()
for s, shapes in [('ij,jk->ii', [(2, 3), (2, 3)]), ('ij->ii', [(2,)]), ('i...->ii', [(2, 3)]), ('ij->ii', [(0, 3)]),
                  ('i->ii', [(0,)]), ('i->ii', [(2, 2)]), ('ij,jk->ii', [(2, 3), (3, 3)]), ('ij->jj', [(2, 3)])]:
    ops = [np.ones(sh) for sh in shapes]
    try:
        r = np.einsum(s, *ops)
        print(s, shapes, 'call ok', r.shape, r.dtype)
        print('  ', r.asnumpy().tolist())
    except mx.base.MXNetError as e:
        print(s, shapes, type(e).__name__, str(e).strip().splitlines()[-1][:200])
