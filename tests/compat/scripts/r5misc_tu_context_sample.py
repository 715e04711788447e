import mxnet as mx
import numpy as np
from mxnet import test_utils as tu

old = tu.default_context()
tu.set_default_context('cpu(1)')
print(tu.default_context(), mx.nd.zeros(1).context, mx.current_context())
tu.set_default_context(old)
print(tu.default_context())
np.random.seed(4)
print(tu.random_sample([1, 2, 3, 4, 5], 3))
arr = np.arange(6)
print(tu.random_sample(arr, 2).tolist(), arr.tolist())
for k in (6, -1):
    try:
        tu.random_sample([1, 2], k)
    except AssertionError as e:
        print('k', k, type(e).__name__, repr(str(e)))
