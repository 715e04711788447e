"""NDArray.reshape refusing to change the size names numpy's product of the shape: 1.0 for a 0-d array."""
# recorded on AVX2
import mxnet as mx
import numpy as np
for shape in [(), (1,), (2, 3), (2, 0)]:
    x = mx.nd.array(np.ones(shape, dtype="float32"))
    for target in [(2, -1), (4, -1), (-1, 5), (7,), (0, -1)]:
        for kw in [{}, {"reverse": True}]:
            try:
                print(shape, target, kw, x.reshape(target, **kw).shape)
            except Exception as e:
                print(shape, target, kw, type(e).__name__, str(e).strip().split("\n")[-1][:150])
