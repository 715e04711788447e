"""nd.one_hot with the bfloat16 dtype cuts its values to bfloat16, the samplers refuse bfloat16 with their Invalid Input message, and nd.arange with bfloat16 takes its start and step as integers, as MXNet does."""
import mxnet as mx
import numpy as np
from mxnet import nd
from mxnet.contrib.amp.amp import bfloat16


def show(name, x):
    print(name, x.dtype, x.shape, x.asnumpy().view(np.uint16).ravel().tolist())


def attempt(name, make):
    try:
        show(name, make())
    except mx.base.MXNetError as e:
        print(name, "MXNetError:", str(e).strip().split("\n")[-1])
    except TypeError as e:
        print(name, "TypeError:", e)


attempt("one_hot", lambda: nd.one_hot(nd.array([0, 2, 1]), 3, dtype=bfloat16))
attempt("one_hot values", lambda: nd.one_hot(nd.array([0, 2, 1]), 3, on_value=0.1, off_value=-0.7, dtype=bfloat16))
attempt("one_hot name", lambda: nd.one_hot(nd.array([0, 2, 1]), 3, dtype="bfloat16"))
attempt("uniform", lambda: nd.random.uniform(shape=(2,), dtype=bfloat16))
attempt("normal", lambda: nd.random.normal(shape=(2,), dtype=bfloat16))
attempt("randint", lambda: nd.random.randint(0, 5, shape=(2,), dtype=bfloat16))
attempt("uniform name", lambda: nd.random.uniform(shape=(2,), dtype="bfloat16"))
attempt("arange 1.3", lambda: nd.arange(0, 5, 1.3, dtype=bfloat16))
attempt("arange 0.5", lambda: nd.arange(0, 3, 0.5, dtype=bfloat16))
attempt("arange start", lambda: nd.arange(0.7, 5, 1.3, dtype=bfloat16))
attempt("arange negative", lambda: nd.arange(5, 0, -1.3, dtype=bfloat16))
attempt("arange repeat", lambda: nd.arange(0, 3, 1.5, repeat=2, dtype=bfloat16))
attempt("arange negative start", lambda: nd.arange(-2.5, 3, 1.9, dtype=bfloat16))
attempt("arange large", lambda: nd.arange(-301, 3000, 7, dtype=bfloat16)[::37])
attempt("arange 3.7", lambda: nd.arange(1, 2000, 3.7, dtype=bfloat16)[::41])
attempt("arange name", lambda: nd.arange(3, dtype="bfloat16"))
