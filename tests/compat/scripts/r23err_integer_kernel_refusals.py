"""Kernels without integer versions (update ops, Convolution, Deconvolution) fail on reading in MXNet's words alone."""
# recorded on AVX2
import mxnet as mx
from _words import words

nd = mx.nd


def whole(e):
    """words(e), then every line the message has after the line words() shows."""
    w = words(e)
    lines = str(e).split("\n")
    said = w.split(": ", 1)[-1]
    at = [i for i, line in enumerate(lines) if said and said in line]
    return "\n".join([w] + (lines[at[-1] + 1:] if at else []))


def O(shape=(2, 3), dtype="int32"):
    return nd.ones(shape, dtype=dtype)


CASES = []
for dt in ("int32", "int64", "uint8"):
    CASES += [
        (f"sgd_update {dt}", lambda dt=dt: nd.sgd_update(O(dtype=dt), O(dtype=dt), lr=0.5)),
        (f"sgd_mom_update {dt}", lambda dt=dt: nd.sgd_mom_update(O(dtype=dt), O(dtype=dt), O(dtype=dt), lr=0.5)),
        (f"adam_update {dt}", lambda dt=dt: nd.adam_update(O(dtype=dt), O(dtype=dt), O(dtype=dt), O(dtype=dt), lr=0.5)),
        (f"rmsprop_update {dt}", lambda dt=dt: nd.rmsprop_update(O(dtype=dt), O(dtype=dt), O(dtype=dt), lr=0.5)),
        (f"Convolution {dt}", lambda dt=dt: nd.Convolution(O((1, 2, 4, 4), dt), O((3, 2, 3, 3), dt), O(3, dt),
                                                            kernel=(3, 3), num_filter=3)),
        (f"Deconvolution {dt}", lambda dt=dt: nd.Deconvolution(O((1, 2, 4, 4), dt), O((2, 3, 3, 3), dt),
                                                                kernel=(3, 3), num_filter=3)),
    ]
for label, fn in CASES:
    try:
        print(label, "->", fn().asnumpy().shape)
    except Exception as e:
        print(label, "raises", whole(e))
