"""Pad of a bool array fails at the call in its kernel's words (Unknown type enum 7), after the pad_width checks, as it does for integer arrays in MXNet."""
import mxnet as mx
import numpy as np

for dtype in ("bool", "uint8", "int32", "float16"):
    x = mx.nd.array(np.arange(18).reshape(1, 2, 3, 3) % 2, dtype=dtype)
    for width in ((0, 0, 0, 0, 1, 1, 2, 2), (0, 0, 1, 0, 1, 1, 2, 2), (0, 0, 0, 0, 1, 1)):
        for mode in ("constant", "edge"):
            try:
                y = mx.nd.Pad(x, mode=mode, pad_width=width)
                print(dtype, width, mode, y.dtype.__name__, y.shape, y.asnumpy()[0, 0, 0].tolist())
            except mx.base.MXNetError as e:
                text = str(e).strip().splitlines()[-1]
                text = text[text.rindex("MXNetError: ") + 12:] if "MXNetError: " in text else text
                for known in ("Unknown type enum 7", "This operation only support floating point types",
                              "Current implementation expects padding on the first two axes to be zero",
                              "Input shape vs padding spec mismatch"):
                    if known in str(e):
                        text = known
                print(dtype, width, mode, "MXNetError", text)
