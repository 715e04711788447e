"""mx.np.random.gamma / beta / chisquare with shapes below 1 (boosted by the C library's float pow), seeded."""
# recorded on AVX2
import mxnet as mx
from mxnet import np, npx

npx.set_np()
for a in (0.3, 0.6, 0.95):
    for seed in (0, 1):
        mx.random.seed(seed)
        x = np.random.gamma(a, 1.0, size=(130,)).asnumpy()
        print("gamma", a, seed, repr(x[40:60].tolist()))
        print("  then", repr(np.random.gamma(a, 2.0, size=3).asnumpy().tolist()))
mx.random.seed(2)
print("beta", repr(np.random.beta(0.4, 0.7, size=(2, 4)).asnumpy().tolist()))
print("chisquare", repr(np.random.chisquare(1.2, size=(2, 4)).asnumpy().tolist()))
print("arrays", repr(np.random.gamma(np.array([0.3, 0.8]), np.array([1.5, 0.5]), size=(3, 2)).asnumpy().tolist()))
