"""np.einsum with a letter repeated in an operand's subscript over axes of other sizes (a size 1 passing the shape checks) fails in its kernel when read, naming the letter's code, as MXNet does."""
import mxnet as mx
from mxnet import np, npx

npx.set_np()
for s, shapes in [('ii', [(2, 3)]), ('ii->i', [(3, 1)]), ('ii', [(2, 1)]), ('ii->i', [(1, 2)]), ('jii->j', [(2, 3, 1)]),
                  ('ij,kk->ij', [(2, 2), (3, 1)]), ('ii->i', [(1, 0)]), ('ij,kk->ij', [(0, 2), (3, 1)])]:
    ops = [np.ones(sh) for sh in shapes]
    try:
        r = np.einsum(s, *ops)
        print(s, shapes, 'call ok', r.shape, r.dtype)
        print('  ', r.asnumpy().tolist())
    except mx.base.MXNetError as e:
        print(s, shapes, type(e).__name__, str(e).strip().splitlines()[-1][:200])
