"""Adam, NAG (also on a float16 weight's float32 master copy), RMSProp (plain and centered) and FTML keep the NaN their kernels keep where two NaNs meet, whatever the array's length."""
import itertools
import warnings
import numpy as np
import mxnet as mx

warnings.simplefilter("ignore")
nan = np.float32(np.nan)
values = [nan, -nan, np.float32(1.0), np.float32(-0.5), np.float32(np.inf)]
combos = list(itertools.product(values, repeat=3))      # weight, first gradient, second gradient
cases = [("adam", {}), ("adam", {"wd": 0.1, "rescale_grad": 0.5}), ("nag", {"momentum": 0.9}),
         ("nag", {"momentum": 0.9, "wd": 0.1, "clip_gradient": 1.0}), ("rmsprop", {"wd": 0.1}),
         ("rmsprop", {"centered": True, "wd": 0.1}), ("ftml", {}), ("ftml", {"wd": 0.1, "rescale_grad": 0.5})]


def bits(a):
    a = a.asnumpy()
    return a.view(np.uint16 if a.dtype == np.float16 else np.uint32).tolist()


def arrays(states):
    if isinstance(states, (tuple, list)):
        return [a for s in states for a in arrays(s)]
    return [] if states is None else [states]


for size in (1, 3, 8, 17, 40, len(combos)):
    picked = [combos[(11 * i) % len(combos)] for i in range(size)]
    for name, kwargs in cases:
        for dtype in ("float32", "float16") if name in ("adam", "nag") else ("float32",):
            opt = mx.optimizer.create(name, learning_rate=0.1, multi_precision=dtype == "float16", **kwargs)
            updater = mx.optimizer.get_updater(opt)
            weight = mx.nd.array([c[0] for c in picked], dtype=dtype)
            for step in (1, 2):
                updater(0, mx.nd.array([c[step] for c in picked], dtype=dtype), weight)
            print(size, name, kwargs, dtype, bits(weight)[:10], [bits(s)[:10] for s in arrays(updater.states[0])],
                  int(np.signbit(weight.asnumpy().astype(np.float32)).sum()))
