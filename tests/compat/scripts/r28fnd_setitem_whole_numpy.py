"""x[key] = value where the basic key selects the whole array through an integer on a length-1 axis
(x[:, 0] of an n x 1 array): MXNet fills the array with the numpy value as a whole-array write, so a value
shaped like the array fits; NDArray and list values are broadcast to the selection."""
import numpy as np
import mxnet as mx
from _words import words

# recorded on AVX2
VALUES = {"np (2,1)": lambda: np.ones((2, 1)) * 2, "nd (2,1)": lambda: mx.nd.ones((2, 1)) * 2,
          "list (2,1)": lambda: [[2], [3]], "np (1,2)": lambda: np.array([[2, 3]]), "np (2,)": lambda: np.array([2, 3]),
          "np (1,2,1)": lambda: np.ones((1, 2, 1)) * 4, "nd (1,2)": lambda: mx.nd.array([[2, 3]]),
          "np (3,1)": lambda: np.ones((3, 1))}
KEYS = {"[:, 0]": (slice(None), 0), "[0]": 0, "[1, :]": (1, slice(None)), "[0:1, 0]": (slice(0, 1), 0),
        "[:, 0:1]": (slice(None), slice(0, 1)), "[..., 0]": (Ellipsis, 0)}
for shape in [(2, 1), (2, 3), (1, 2), (2, 2, 1)]:
    for key_text, key in KEYS.items():
        for value_text, value in VALUES.items():
            x = mx.nd.array(np.arange(int(np.prod(shape))).reshape(shape))
            try:
                x[key] = value()
                print(shape, key_text, value_text, "->", x.asnumpy().tolist())
            except (mx.base.MXNetError, ValueError, IndexError) as e:
                print(shape, key_text, value_text, "->", words(e)[:110])
