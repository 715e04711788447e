"""A use_np HybridBlock returning a classic and a NumPy array: refused imperatively and when hybridized."""
import mxnet as mx
from mxnet import np
from mxnet.util import use_np
@use_np
class B(mx.gluon.HybridBlock):
    def hybrid_forward(self, F, x):
        return x.as_nd_ndarray() + 1, F.np.multiply(x, x)
for h in (False, True):
    b = B()
    if h: b.hybridize()
    try: print(h, [type(o).__name__ for o in b(np.ones((2, 3)))])
    except Exception as e: print(h, type(e).__name__, str(e)[:60] if h else '')
