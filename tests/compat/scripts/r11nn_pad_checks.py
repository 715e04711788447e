"""Pad checks the input's rank, pad_width's length, the first two axes, reflect widths, then the float type, in MXNet's order and words."""
import re

import mxnet as mx

PHRASES = ("Current implementation", "Input shape vs padding", "only support floating point")

CASES = [((1, 1, 3), (0, 0, 0, 0, 1, 1)), ((1, 1, 3, 3), (0, 0, 0, 0, 1, 1)), ((1, 1, 3, 3), (0, 0, 1, 0, 1, 1, 1, 1)),
         ((1, 1, 3, 3), (0, 0, 0, 0, 3, 3, 1, 1)), ((1, 1, 3, 3), (0, 0, 0, 0, 1, 2, 2, 1)),
         ((1, 1, 2, 3, 3), (0, 0, 0, 0, 1, 1, 1, 0, 0, 2)), ((1, 1, 2, 2, 2, 2), (0,) * 12)]
for dt in ("float32", "float16", "float64", "int32", "int64", "int8", "uint8"):
    for mode in ("constant", "edge", "reflect"):
        for shape, width in CASES:
            try:
                y = mx.nd.Pad(mx.nd.ones(shape, dtype=dt), mode=mode, pad_width=width)
                print(dt, mode, shape, width, y.shape, y.dtype, y.asnumpy().sum())
            except mx.base.MXNetError as e:
                text = str(e)
                lines = [text[text.index(p):].splitlines()[0] for p in PHRASES if p in text]
                hits = [re.split(r"(?<=\.) \(", line)[0] for line in lines]
                print(dt, mode, shape, width, "MXNetError", hits[0] if hits else "?")
