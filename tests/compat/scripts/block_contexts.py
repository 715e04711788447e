# several input contexts: refused once hybridized
import mxnet as mx
from mxnet import nd, gluon
class A(gluon.HybridBlock):
    def hybrid_forward(self, F, a, b):
        return a + b
n = A(); n.hybridize()
try:
    print(n(nd.ones(2, ctx=mx.cpu(0)), nd.ones(2, ctx=mx.cpu(1))))
except Exception as e:
    print(type(e).__name__, str(e)[:120])
n.hybridize(False)
try:
    print(n(nd.ones(2, ctx=mx.cpu(0)), nd.ones(2, ctx=mx.cpu(1))).context)
except Exception as e:
    print(type(e).__name__, str(e)[:120])
