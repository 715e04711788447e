"""F.npx in a HybridBlock run imperatively is mxnet.ndarray.numpy_extension: no NumPy-mode switches, contexts or file functions, refused in its words."""
# recorded on AVX2
import mxnet as mx
from mxnet import np, npx
from mxnet.gluon import HybridBlock
npx.set_np()
names = ['cpu', 'set_np', 'current_context', 'load', 'save', 'waitall', 'is_np_array', 'relu', 'softmax', 'reshape', 'topk', 'pick', 'batch_norm', 'sigmoid', 'random', 'image', 'gpu', 'num_gpus', 'foo']
class L(HybridBlock):
    def hybrid_forward(self, F, x):
        for name in names:
            try:
                getattr(F.npx, name)
                print(name, 'ok')
            except AttributeError as e:
                print(name, "AttributeError", e)
        return x
L()(np.ones(2))
n = L(); n.hybridize(); n(np.ones(2))
print(mx.npx.cpu(), mx.npx.is_np_array())
