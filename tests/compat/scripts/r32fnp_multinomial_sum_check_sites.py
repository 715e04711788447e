"""np.random.multinomial with pvals summing past 1 fails at the check of its kernel: line 109 for an array, 180 for a list or tuple."""
# recorded on AVX2
import mxnet as mx
from mxnet import np, npx
npx.set_np()

for pvals, size in [([0.5, 0.6], None), (np.array([0.5, 0.6]), None), (np.array([0.5, 0.6]), 2), ([0.5, 0.6], 2),
                    ([0.7, 0.6, 0.1], None), ((0.5, 0.6), None), ([0.2, 0.3], None)]:
    try:
        mx.random.seed(1)
        print(np.random.multinomial(10, pvals, size=size))
    except mx.MXNetError as e:
        print('\n'.join(str(e).splitlines()[:3]))
