"""Float-only kernels given other dtypes: SoftmaxActivation's blob check, CTCLoss's switch on the label type, the
density and multinomial samplers' type switches, in MXNet's words (read when the result is read)."""
import mxnet as mx
from mxnet import nd
from _words import words


def attempt(label, fn):
    try:
        r = fn()
        shown = [x.asnumpy().round(4).tolist() for x in r] if isinstance(r, list) else r.asnumpy().round(4).tolist()
        print(label, "->", shown)
    except Exception as e:
        print(label, "->", words(e))


TYPES = ["float16", "float32", "float64", "uint8", "int8", "int32", "int64", "bool"]
for dt in TYPES:
    x = nd.array([[0, 1, 2], [1, 0, 1]], dtype=dt)
    attempt(f"SoftmaxActivation {dt}", lambda: nd.SoftmaxActivation(x))
    attempt(f"SoftmaxActivation channel {dt}", lambda: nd.SoftmaxActivation(x, mode="channel"))
    attempt(f"SoftmaxActivation channel 3-D {dt}", lambda: nd.SoftmaxActivation(x.reshape((1, 2, 3)), mode="channel"))
    attempt(f"pdf_uniform {dt}", lambda: nd.random_pdf_uniform(nd.array([0.5, 1], dtype=dt), nd.zeros((2,), dtype=dt),
                                                               nd.full((2,), 2, dtype=dt)))
    attempt(f"pdf_exponential {dt}", lambda: nd.random_pdf_exponential(nd.array([[0.5, 1]], dtype=dt),
                                                                       nd.ones((1,), dtype=dt)))
    attempt(f"sample_multinomial {dt}", lambda: nd.sample_multinomial(nd.array([[1, 0], [0, 1]], dtype=dt)))
    attempt(f"multinomial get_prob {dt}", lambda: nd.random.multinomial(nd.array([0, 1], dtype=dt), get_prob=True))
    for label in TYPES:
        attempt(f"CTCLoss {dt} label {label}", lambda: nd.CTCLoss(nd.array([[[1, 2, 3]], [[2, 1, 0]], [[0, 0, 1]]],
                                                                           dtype=dt), nd.array([[1]], dtype=label)))
