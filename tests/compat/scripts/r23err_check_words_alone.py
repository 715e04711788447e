"""Refusals of quantization, loss, diag, ravel, percentile and sampler ops end where MXNet's message ends."""
# recorded on AVX2
import mxnet as mx
from _words import words

nd, np = mx.nd, mx.np


def whole(e):
    """words(e), then every line the message has after the line words() shows."""
    w = words(e)
    lines = str(e).split("\n")
    said = w.split(": ", 1)[-1]
    at = [i for i, line in enumerate(lines) if said and said in line]
    return "\n".join([w] + (lines[at[-1] + 1:] if at else []))


def numpy_mode(fn):
    def call():
        mx.npx.set_np()
        try:
            return fn()
        finally:
            mx.npx.reset_np()
    return call


q8 = nd.ones((2, 3), dtype="int8")
CASES = [
    ("dequantize (2, 3) ranges", lambda: nd.contrib.dequantize(nd.ones((2, 3), dtype="uint8"), nd.ones((2, 3)),
                                                               nd.ones((2, 3)))),
    ("requantize (2,) ranges", lambda: nd.contrib.requantize(nd.ones((2, 3), dtype="int32"), nd.ones(2), nd.ones(2))),
    ("quantized_flatten (2, 3) ranges", lambda: nd.contrib.quantized_flatten(q8, nd.ones((2, 3)), nd.ones((2, 3)))),
    ("BatchNormWithReLU 2-D", lambda: nd.contrib.BatchNormWithReLU(nd.ones((2, 3)), nd.ones(3), nd.ones(3), nd.ones(3),
                                                                   nd.ones(3)).asnumpy()),
    ("diag axis1=7", lambda: nd.diag(nd.ones((2, 3, 4)), axis1=7)),
    ("diag axis2=-9", lambda: nd.diag(nd.ones((2, 3, 4)), axis2=-9)),
    ("softmax_cross_entropy 2-D label", lambda: nd.softmax_cross_entropy(nd.ones((2, 3)), nd.ones((2, 3)))),
    ("softmax_cross_entropy 1-D data", lambda: nd.softmax_cross_entropy(nd.ones(3), nd.ones(3))),
    ("ravel_multi_index no shape", lambda: nd.ravel_multi_index(nd.ones((2, 3)))),
    ("np.percentile 2-D q", numpy_mode(lambda: np.percentile(np.ones((2, 3)), np.ones((2, 2))))),
    ("np.random.exponential bool", numpy_mode(lambda: np.random.exponential(np.ones(3, dtype="bool")).asnumpy())),
    ("np.random.normal bool", numpy_mode(lambda: np.random.normal(np.ones(3, dtype="bool"), 1.0).asnumpy())),
]
for label, fn in CASES:
    try:
        print(label, "->", fn().shape)
    except Exception as e:
        print(label, "raises", whole(e))
