"""npx.sequence_mask / nd.SequenceMask fill the masked steps with the value read as a float32, then cast to the data's type (float64 data gets 0.30000001192092896; uint8 gets -1 as 255), imperative and hybridized."""
import mxnet as mx
from mxnet import np, npx
npx.set_np()
lengths = np.array([1., 2.])
for dtype in ['float64', 'float32', 'float16', 'int32', 'uint8']:
    for value in [0.3, -1, 1e-8, 2.5, 1 / 3]:
        data = np.ones((3, 2), dtype=dtype)
        out = npx.sequence_mask(data, lengths.astype(dtype if dtype != 'uint8' else 'float32'), use_sequence_length=True, value=value)
        print(dtype, value, out.asnumpy().ravel().tolist())
legacy = mx.nd.SequenceMask(mx.nd.ones((3, 2), dtype='float64'), mx.nd.array([1., 2.], dtype='float64'), use_sequence_length=True, value=0.1)
print('nd', legacy.asnumpy().ravel().tolist())


class Masked(mx.gluon.HybridBlock):
    def hybrid_forward(self, F, x, n):
        return F.npx.sequence_mask(x, n, use_sequence_length=True, value=0.7, axis=1)


net = Masked()
net.hybridize()
print('hybridized', net(np.ones((2, 3), dtype='float64'), np.array([1., 2.], dtype='float64')).asnumpy().ravel().tolist())
