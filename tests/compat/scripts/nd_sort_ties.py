# Sorting with many ties, NaN and infinities: MXNet's introsort order for argsort/topk.
import numpy as np
import mxnet as mx
from mxnet import nd
rng = np.random.RandomState(0)
for n in [5, 17, 40, 100, 300]:
    x = nd.array(rng.randint(0, 4, (3, n)))
    print(n, nd.argsort(x).asnumpy()[:, :12].tolist(), nd.argsort(x, is_ascend=False).asnumpy()[:, -12:].tolist())
    print(n, nd.topk(x, k=5).asnumpy().tolist(), nd.topk(x, k=3, is_ascend=True, axis=0).asnumpy()[:, :10].tolist())
    print(n, nd.topk(x, axis=None, k=7, ret_typ="indices").asnumpy().tolist())
y = nd.array([3, np.nan, 1, np.nan, 2, -np.inf, np.inf])
print(nd.sort(y).asnumpy().tolist(), nd.argsort(y).asnumpy().tolist(), nd.topk(y, k=3).asnumpy().tolist(), nd.sort(y, is_ascend=False).asnumpy().tolist())
print(nd.argmax(y).asnumpy().tolist())
