"""Which optimizers warn about float16 accumulation, and how often under Python's default warning filter."""
# recorded on AVX2
import warnings

import mxnet as mx

warnings.resetwarnings()
warnings.simplefilter("default")
warnings.showwarning = lambda message, category, *rest, **kw: print("   ", category.__name__ + ":", message)

weight = mx.nd.ones((2,), dtype="float16")
MOMENTUM = ("sgd", "ccsgd", "lars", "lbsgd", "nag", "signum")
ORDER = ["sgd", "ccsgd", "lars", "lbsgd", "nag", "adam", "sgd", "lars", "signum", "nag", "lbsgd", "ftml", "ccsgd"]
for name in ORDER:
    for method in ("create_state", "create_state_multi_precision"):
        print(name, method)
        kwargs = {"momentum": 0.9} if name in MOMENTUM else {}
        getattr(mx.optimizer.create(name, **kwargs), method)(0, weight)
for name in ("sgd", "lars", "nag"):
    print(name, "multi_precision=True")
    mx.optimizer.create(name, multi_precision=True).create_state_multi_precision(0, weight)
warnings.simplefilter("always")
for name in ("lbsgd", "sgd", "lars"):
    print(name, "always")
    mx.optimizer.create(name).create_state_multi_precision(0, weight)
