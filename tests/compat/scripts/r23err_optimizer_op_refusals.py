"""Update ops, quantization ops, SVMOutput, SoftmaxActivation and mixed-dtype arithmetic are refused in MXNet's
words alone (no line of advice after the check)."""
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


def O(shape=(2, 3), dtype="float32"):
    return nd.ones(shape, dtype=dtype)


CASES = [
    ("broadcast_add float32+int32", lambda: nd.broadcast_add(O(), O(dtype="int32"))),
    ("elemwise_mul float32*float64", lambda: nd.elemwise_mul(O(), O(dtype="float64"))),
    ("group_adagrad_update dense", lambda: nd.contrib.group_adagrad_update(O(), O(), O(), lr=0.1)),
    ("quantize_v2 int32", lambda: nd.contrib.quantize_v2(O(dtype="int32"))),
    ("quantize_v2 float16", lambda: nd.contrib.quantize_v2(O(dtype="float16"))),
    ("quantized_concat 2 arrays", lambda: nd.contrib.quantized_concat(O(), O())),
    ("lamb_update_phase2 r1 (2, 3)", lambda: nd.lamb_update_phase2(O(), O(), O(), O(), lr=0.5)),
    ("mp_lamb_update_phase1 float32 weight", lambda: nd.mp_lamb_update_phase1(O(), O(), O(), O(), O(), t=1, wd=0.5)),
    ("mp_sgd_update int32", lambda: nd.mp_sgd_update(O(dtype="int32"), O(dtype="int32"), O(dtype="int32"), lr=0.5)),
    ("mp_sgd_update float16 master", lambda: nd.mp_sgd_update(O(dtype="float16"), O(dtype="float16"),
                                                              O(dtype="float16"), lr=0.5)),
    ("multi_sgd_update without out", lambda: nd.multi_sgd_update(O(), O(), lrs=(0.5,), wds=(0.5,))),
    ("multi_mp_sgd_update without out", lambda: nd.multi_mp_sgd_update(O(dtype="float16"), O(dtype="float16"),
                                                                       O(), lrs=(0.5,), wds=(0.5,))),
    ("SVMOutput label (2, 3)", lambda: nd.SVMOutput(O(), O())),
    ("SoftmaxActivation int32", lambda: nd.SoftmaxActivation(O(dtype="int32"))),
]
for label, fn in CASES:
    try:
        out = fn()
        print(label, "->", [o.asnumpy().shape for o in out] if isinstance(out, list) else out.asnumpy().shape)
    except Exception as e:
        print(label, "raises", whole(e))
