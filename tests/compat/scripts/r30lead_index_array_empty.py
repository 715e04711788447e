"""contrib.index_array over data of a zero-size axis: the legacy shapes read 0 as unknown (shape inference fails,
naming the output shape it got to), NumPy shape semantics give an empty index array."""
# recorded on AVX2
import numpy as np
import mxnet as mx

for axes in [None, (1, 2), (0,), (-1,)]:
    try:
        y = mx.nd.contrib.index_array(mx.nd.array(np.ones((3, 0, 2))), axes=axes)
        print(axes, y.shape)
    except Exception as e:
        print(axes, type(e).__name__, " | ".join(str(e).splitlines()[1:7]).replace("[", "<").replace("]", ">"))
with mx.util.np_shape(True):
    for axes in [None, (1,)]:
        y = mx.nd.contrib.index_array(mx.nd.ones((2, 0)), axes=axes)
        print(axes, y.shape, y.dtype)
