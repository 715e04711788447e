# broadcast_like uses lhs_axes/rhs_axes only when both are given: either one alone is the plain broadcast to rhs's shape
import mxnet as mx
a = mx.nd.array([[1., 2., 3.]]); b = mx.nd.ones((2, 3)); c = mx.nd.ones((2, 3, 4))
for kw in [{}, dict(lhs_axes=(0,)), dict(rhs_axes=(0,)), dict(lhs_axes=()), dict(rhs_axes=()), dict(lhs_axes=(0,),
                                                                                                    rhs_axes=(0,)),
           dict(lhs_axes=(), rhs_axes=()), dict(lhs_axes=(0,), rhs_axes=(0, 1)), dict(lhs_axes=(5,))]:
    for rhs in [b, c]:
        try: print(kw, rhs.shape, mx.nd.broadcast_like(a, rhs, **kw).asnumpy().tolist())
        except mx.base.MXNetError as e: print(kw, rhs.shape, 'MXNetError')
