"""np.einsum without an ellipsis checks each operand's number of axes and then its label sizes before the next operand's, as MXNet does."""
import mxnet as mx
from mxnet import np, npx

npx.set_np()
for s, shapes in [('ab,bc,cd->ad', [(3, 3), (0, 0), (0, 1, 3)]), ('ab,bc,cd->ad', [(3, 0), (2, 3), (2, 2, 3)]),
                  ('ab,bc,cd->ad', [(2, 0), (3, 2), (3, 0, 3)]), ('ab,bc,cd->ad', [(2, 3), (3,), (3, 2)]),
                  ('ab,bc->ac', [(2, 3), (4, 2, 1)]), ('ab,bc,cd->ad', [(2, 3), (3, 2), (3, 1)])]:
    ops = [np.ones(sh) for sh in shapes]
    try:
        r = np.einsum(s, *ops)
        print(s, shapes, r.shape, r.asnumpy().sum())
    except mx.base.MXNetError as e:
        print(s, shapes, type(e).__name__, str(e).strip().splitlines()[-1][:200])
