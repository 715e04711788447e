"""Legacy NDArrays under NumPy shape semantics (set_np_shape): keys of 0-d arrays and of arrays with a zero-length axis."""
import numpy as np
import mxnet as mx
from _words import words

mx.util.set_np_shape(True)
KEYS = ["0", "-1", "(0, 1)", "slice(1, 3)", "slice(None, None, -1)", "None", "...", "(None, 0)", "[0, 1]",
        "([0, 1], [1, 2])", "A([1, 0], dtype='int32')", "()", "slice(0, 0)", "(0, slice(0, 0))", "(slice(None), 1)"]
A = mx.nd.array
for shape in [(), (3,), (0, 3), (2, 0)]:
    for text in KEYS:
        if (shape == (0, 3) and ("[" in text or "A(" in text)) or (shape == (2, 0) and "[1, 2]" in text):
            continue        # (positions past an axis: MXNet's gather reads outside the array)
        key = eval(text)
        x = mx.nd.array(np.arange(int(np.prod(shape))).reshape(shape))
        try:
            r = x[key]
            print(shape, f"x[{text}] ->", r.shape, r.asnumpy().tolist() if r.size else [])
        except Exception as e:
            print(shape, f"x[{text}] ->", words(e))
        x = mx.nd.array(np.arange(int(np.prod(shape))).reshape(shape))
        try:
            x[key] = 9
            print(shape, f"x[{text}] = 9 ->", x.asnumpy().tolist())
        except Exception as e:
            print(shape, f"x[{text}] = 9 ->", words(e))
