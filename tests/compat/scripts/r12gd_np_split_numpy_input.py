"""mx.np.split, and gluon.utils.split_data under NumPy semantics, refuse a NumPy array after their Python-level checks with the C API's AssertionError."""
import mxnet as mx
import numpy as np
from mxnet.gluon import utils

a = np.arange(12).reshape(6, 2)
for args in [(a, 2), (a, [1, 3]), (a, 2, 1), (a, 2, 5), (a, 4), (np.arange(6), 'a'), (5, 2), (mx.np.arange(6), 3)]:
    try:
        print([x.shape for x in mx.np.split(*args)])
    except (AssertionError, ValueError, IndexError, AttributeError) as e:
        print(type(e).__name__ + ":", str(e).replace("\n", "|"))
mx.npx.set_np()
for args in [(a, 2), (a, 4, 0, False), (a, 2, 1), (mx.np.array(a), 2, 1)]:
    try:
        print([x.shape for x in utils.split_data(*args)])
    except (AssertionError, ValueError) as e:
        print(type(e).__name__ + ":", str(e).replace("\n", "|"))
