"""States that lack the momentum an optimizer expects (saved by a momentum-free optimizer): the operator refuses the
momentum argument, or a fused kernel refuses the None state; with and without multi_precision and clipping."""
import warnings

warnings.simplefilter("ignore")
import mxnet as mx
from mxnet import nd
from _words import words

for name in ["sgd", "nag", "signum", "lbsgd"]:
    for extra in [{}, {"clip_gradient": 0.5, "wd": 0.1}]:
        for mp in [False, True]:
            opt = mx.optimizer.create(name, momentum=0.9, learning_rate=0.1, multi_precision=mp, **extra)
            dtype = "float16" if mp else "float32"
            weight = nd.array([1.0, -2.0], dtype=dtype)
            state = (None, weight.astype("float32")) if mp and name in ("sgd", "nag") else None
            try:
                opt.update_multi_precision(0, weight, nd.array([0.5, 1.0], dtype=dtype), state)
                print(name, extra, mp, "->", weight.asnumpy().tolist())
            except Exception as e:
                lines = str(e).splitlines()
                tail = lines[-1][lines[-1].find(", in operator"):] if len(lines) > 1 else ""
                print(name, extra, mp, "->", words(e), tail, "| weight", weight.asnumpy().tolist())
