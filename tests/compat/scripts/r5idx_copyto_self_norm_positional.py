# copyto into the array itself copies nothing and returns False (with a warning); norm's positional
# attributes follow MXNet's order (ord, axis, out_dtype, keepdims).
import warnings
import mxnet as mx
import numpy as np

warnings.simplefilter("ignore")
a = mx.nd.array(np.arange(24).reshape(2, 3, 4))
print(a.copyto(a), a.copy().copyto(a) is a)
for args in [(1,), (2, 1), (2, 0, 'float64'), (1, 2, None, True), (2, 0, True)]:
    try:
        r = a.norm(*args)
        print(args, np.dtype(r.dtype).name, r.shape, r.asnumpy().ravel()[:4].tolist())
    except Exception as e:
        print(args, "raises", type(e).__name__)
    try:
        r = mx.nd.norm(a, *args)
        print(" nd", np.dtype(r.dtype).name, r.shape)
    except Exception as e:
        print(" nd raises", type(e).__name__)
