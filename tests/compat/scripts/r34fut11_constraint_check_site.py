"""npx.constraint_check's violated condition reads back as MXNet's ValueError: its kernel's source line, then the message (imperative and hybridized)."""
# recorded on AVX2
import mxnet as mx
from mxnet import np, npx
from mxnet.gluon import HybridBlock
npx.set_np()


class Check(HybridBlock):
    def __init__(self, msg):
        super(Check, self).__init__()
        self.msg = msg

    def hybrid_forward(self, F, x, b):
        return x * (F.npx.constraint_check(b, self.msg) if self.msg else F.npx.constraint_check(b))


for mask in [[True, True], [True, False], [False, False]]:
    for msg in ['condition violated', None]:
        b = np.array(mask, dtype='bool')
        try:
            out = npx.constraint_check(b, msg) if msg else npx.constraint_check(b)
            print(mask, msg, 'imperative', out.dtype, out.asnumpy())
        except Exception as e:
            print(mask, msg, 'imperative', type(e).__name__, repr(str(e)))
        net = Check(msg)
        net.hybridize()
        try:
            out = net(np.array([1.5, 2.5]), b)
            print(mask, msg, 'hybridized', out.dtype, out.asnumpy())
        except Exception as e:
            print(mask, msg, 'hybridized', type(e).__name__, repr(str(e)))
