"""Bounded parameters refused with their description and operator, and dtypes an operator has no kernel for
refused when the symbol is made."""
import re
import numpy as np
import mxnet as mx


def words(e):
    """The exception type and MXNet's whole message, without the C++ trace, source positions or timestamps."""
    text = str(e).split("Stack trace:")[0]
    lines = [line for line in text.splitlines()
             if not line.startswith("Traceback (most") and not line.strip().startswith("File \"")]
    lines = [line[len("MXNetError: "):] if line.startswith("MXNetError: ") else line for line in lines]
    text = re.sub(r"\[\d\d:\d\d:\d\d\] \S+:\d+: ", "", "\n".join(lines).strip())
    return f"{type(e).__name__}: {text}"


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:      # noqa: BLE001  (the error is what is compared)
        print(label, "->", words(e))

x, data = mx.sym.var("x"), mx.nd.ones((1, 2, 4, 4))
cases = [
    ("nd dropout p=2", lambda: mx.nd.Dropout(data, p=2)),
    ("sym dropout p=-1", lambda: mx.sym.Dropout(x, p=-1)),
    ("sym dropout p=1e20", lambda: mx.sym.Dropout(x, p=1e20)),
    ("nd fc 0", lambda: mx.nd.FullyConnected(data, mx.nd.ones((1, 32)), num_hidden=0, no_bias=True)),
    ("sym embedding output 0", lambda: mx.sym.Embedding(x, input_dim=2, output_dim=0)),
    ("nd embedding input -1", lambda: mx.nd.Embedding(mx.nd.ones((2,)), mx.nd.ones((2, 2)), input_dim=-1, output_dim=2)),
    ("sym conv 0 filters", lambda: mx.sym.Convolution(x, kernel=(1, 1), num_filter=0)),
    ("nd conv 0 filters", lambda: mx.nd.Convolution(data, mx.nd.ones((1, 2, 1, 1)), kernel=(1, 1), num_filter=0, no_bias=True)),
    ("sym deconv 0 filters", lambda: mx.sym.Deconvolution(x, kernel=(1, 1), num_filter=0)),
    ("sym slicechannel 0", lambda: mx.sym.SliceChannel(x, num_outputs=0)),
    ("sym rnn p=2", lambda: mx.sym.RNN(x, state_size=2, num_layers=1, mode="lstm", p=2)),
    ("sym roipooling scale 2", lambda: mx.sym.ROIPooling(x, mx.sym.var("r"), pooled_size=(2, 2), spatial_scale=2)),
    ("sym softmaxoutput smooth 2", lambda: mx.sym.SoftmaxOutput(x, smooth_alpha=2)),
    ("sym kl momentum 2", lambda: mx.sym.IdentityAttachKLSparseReg(x, momentum=2)),
    ("nd brightness -1", lambda: mx.nd.image.random_brightness(mx.nd.ones((2, 2, 3)), min_factor=-1, max_factor=1)),
]
for dtype in ["int16", "uint16", "complex64", "float16"]:
    cases += [(f"sym cast {dtype}", lambda: mx.sym.Cast(x, dtype=dtype)),
              (f"sym amp_cast {dtype}", lambda: mx.sym.amp_cast(x, dtype=dtype)),
              (f"sym zeros {dtype}", lambda: mx.sym.zeros((2,), dtype=dtype)),
              (f"sym ones {dtype}", lambda: mx.sym.ones((2,), dtype=dtype)),
              (f"sym full {dtype}", lambda: mx.sym.full((2,), 1, dtype=dtype)),
              (f"sym arange {dtype}", lambda: mx.sym.arange(3, dtype=dtype)),
              (f"nd arange {dtype}", lambda: mx.nd.arange(3, dtype=dtype)),
              (f"nd cast {dtype}", lambda: mx.nd.cast(mx.nd.ones((2,)), dtype=dtype))]
cases += [("sym arange repeat text", lambda: mx.sym.arange(3, repeat="a")),
          ("nd arange repeat text", lambda: mx.nd.arange(3, repeat="a")),
          ("sym arange step text", lambda: mx.sym.arange(3, step="x"))]
for label, make in cases:
    with mx.name.NameManager():
        attempt(label, lambda: type(make()).__name__)
