"""Writing a vector of the wrong length through an mx.np boolean mask fails (when read) at MXNet's
np_boolean_mask_assign.cc:234 check."""
# recorded on AVX2
import mxnet as mx
from mxnet import np, npx

npx.set_np()
for n in [3, 2, 18, 1]:
    x = np.arange(24, dtype="float32").reshape(2, 3, 4)
    try:
        x[x > 5] = np.zeros(n)
        print(n, x.asnumpy().ravel()[:8].tolist())
    except mx.MXNetError as e:
        print(n, " | ".join(str(e).split("\n")[:3]))
