"""Refusals that read as MXNet's alone: unknown symbol attributes, float16 kernels, deconvolution pads, in_channels,
broadcast_like axes, executor reshape (the C++ frame left out, times of day masked)."""
# recorded on AVX2
import re

import mxnet as mx
from mxnet import gluon, nd


def shown(e):
    """The exception's type and its whole message after the C++ frame MXNet names (times of day masked)."""
    text = re.sub(r'^Traceback \(most recent call last\):\n  File "[^"]*", line \d+\n(MXNetError: )?', "", str(e))
    return f"{type(e).__name__}: {re.sub(r'[0-9]{2}:[0-9]{2}:[0-9]{2}', 'hh:mm:ss', text)!r}"


def attempt(label, fn):
    try:
        out = fn()
        print(label, "->", getattr(out, "shape", type(out).__name__))
    except Exception as e:
        print(label, "raises", shown(e))


def deconv(pad, dtype="float32", size=2):
    out = nd.Deconvolution(nd.ones((1, 1, size, size), dtype=dtype), nd.ones((1, 1, 3, 3), dtype=dtype), kernel=(3, 3),
                           num_filter=1, no_bias=True, pad=(pad, pad))
    out.wait_to_read()
    return out


def reshaped(**shapes):
    x, w = mx.sym.var("x"), mx.sym.var("w")
    ex = mx.sym.sum(mx.sym.broadcast_mul(x, w)).simple_bind(mx.cpu(), x=(2, 3), w=(1, 3))
    return ex.reshape(**shapes).arg_dict["w"]


x = mx.sym.var("x")
CASES = [
    ("sym attr unknown", lambda: mx.sym.FullyConnected(x, num_hidden=3, attr={"bogus": "1"})),
    ("sym attr unknown act", lambda: mx.sym.Activation(x, act_type="relu", attr={"foo": "bar"})),
    ("fc float16", lambda: nd.FullyConnected(nd.ones((2, 3), dtype="float16"), nd.ones((4, 3), dtype="float16"),
                                             nd.ones(4, dtype="float16"), num_hidden=4).asnumpy()),
    ("conv float16", lambda: nd.Convolution(nd.ones((1, 1, 4, 4), dtype="float16"),
                                            nd.ones((1, 1, 3, 3), dtype="float16"), kernel=(3, 3), num_filter=1,
                                            no_bias=True).asnumpy()),
    ("conv negative pad", lambda: nd.Convolution(nd.ones((1, 1, 5, 5)), nd.ones((1, 1, 3, 3)), kernel=(3, 3),
                                                 num_filter=1, no_bias=True, pad=(-1, -1)).asnumpy()),
    ("deconv negative pad", lambda: deconv(-1)),
    ("log_softmax use_length", lambda: nd.log_softmax(nd.ones((2, 3)), use_length=True)),
    ("broadcast_like empty axes", lambda: nd.broadcast_like(nd.ones((1, 3)), nd.ones((2, 3)), lhs_axes=(),
                                                            rhs_axes=())),
    ("conv in_channels 2.5", lambda: gluon.nn.Conv2D(3, 3, in_channels=2.5)),
    ("conv in_channels str", lambda: gluon.nn.Conv2D(3, 3, in_channels="a")),
    ("reshape unknown rank", lambda: reshaped(partial_shaping=True, x=(1, 3))),
    ("reshape unknown size", lambda: reshaped(x=(2, 3), w=(0, 3))),
]
for pad in range(2, 6):
    for dtype in ["float32", "float64", "float16"]:
        CASES.append((f"deconv pad {pad} {dtype}", lambda pad=pad, dtype=dtype: deconv(pad, dtype)))
for label, fn in CASES:
    attempt(label, fn)
