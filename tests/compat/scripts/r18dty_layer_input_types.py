"""Layers given inputs of two dtypes: which check refuses them and in what words (bool named 'unknown'), the
integer types softmax takes for lengths, and the out= types operators accept."""
import mxnet as mx
from mxnet import nd
from _words import words


def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", r.dtype.__name__, r.asnumpy().round(4).tolist())
    except Exception as e:
        print(label, "->", words(e))


def x(dt, shape):
    return nd.arange(0, 6).reshape((-1,))[:int(nd.prod(nd.array(shape)).asscalar())].reshape(shape).astype(dt) % 3


TYPES = ["float16", "float32", "float64", "uint8", "int8", "int32", "int64", "bool"]
for b in TYPES:
    attempt(f"softmax length {b}", lambda: nd.softmax(x("float32", (2, 3)), nd.array([1, 2], dtype=b), use_length=True))
for a in TYPES:
    for b in ["float32", "int32", "bool"]:
        attempt(f"Convolution weight {a} {b}", lambda: nd.Convolution(x(a, (1, 1, 2, 2)), x(b, (1, 1, 1, 1)),
                                                                      kernel=(1, 1), num_filter=1, no_bias=True))
        attempt(f"RNN state {a} {b}", lambda: nd.RNN(x(a, (1, 1, 1)), x(a, (4,)), x(b, (1, 1, 1)), state_size=1,
                                                     num_layers=1, mode="rnn_tanh"))
        attempt(f"prelu gamma {a} {b}", lambda: nd.LeakyReLU(x(a, (2, 3)), x(b, (3,)), act_type="prelu"))
        attempt(f"multi_sum_sq {a} {b}", lambda: nd.multi_sum_sq(x(a, (2,)), x(b, (3,)), num_arrays=2))
        attempt(f"sum out {a} {b}", lambda: nd.sum(x(a, (2, 3)), axis=0, out=nd.zeros((3,), dtype=b)))
