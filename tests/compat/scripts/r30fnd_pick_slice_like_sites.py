"""nd.pick with axis=None and nd.slice_like with an axis past the second input's rank fail with MXNet's full text (its check's source line)."""
# recorded on AVX2
import numpy as np
import mxnet as mx
from mxnet import nd

x = nd.array(np.arange(12).reshape(3, 4))
calls = [
    ("pick axis=None", lambda: nd.pick(x, nd.array([0, 1, 2]), axis=None)),
    ("pick axis=None 2-D index", lambda: nd.pick(x, nd.array([[0], [1], [2]]), axis=None)),
    ("slice_like axes=(1,)", lambda: nd.slice_like(x, nd.ones((2,)), axes=(1,))),
    ("slice_like axes=(-1,)", lambda: nd.slice_like(x, nd.ones((2,)), axes=(-1,))),
    ("slice_like axes=(0, 2)", lambda: nd.slice_like(x, nd.ones((2, 3)), axes=(0, 2))),
]
for label, call in calls:
    try:
        print(label, call().shape)
    except Exception as e:
        print(label, type(e).__name__, repr(str(e)))
