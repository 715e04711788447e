"""F.np in a HybridBlock run imperatively is mxnet.ndarray.numpy: it lacks mx.np's array types, constants and fallbacks, refused in its module's words."""
# recorded on AVX2
import mxnet as mx
from mxnet import np, npx
from mxnet.gluon import HybridBlock
npx.set_np()
class L(HybridBlock):
    def hybrid_forward(self, F, x):
        print(hasattr(F.np, 'array'), hasattr(F.np, 'ndarray'), hasattr(F.np, 'zeros'), hasattr(F.np, 'random'), hasattr(F.np, 'linalg'))
        for name in ['array', 'cross', 'asarray', 'ndarray', 'median', 'int32', 'float32', 'pi', 'newaxis', 'e', 'nan', 'dtype', 'bool_', 'isclose', 'meshgrid', 'empty', 'zeros', 'sum', 'einsum', 'tensordot', 'where']:
            try:
                getattr(F.np, name)
                print(name, 'ok')
            except AttributeError as e:
                print(name, "AttributeError", e)
        return F.np.sum(x * F.np.ones(2))
print(L()(np.ones(2)))
try:
    mx.nd.np.array([1, 2])
except AttributeError as e:
    print("mx.nd.np.array", e)
print(mx.nd.np.ones((2,)) + 1)
