# Optimizers on float16 weights without multi_precision (the warning names SGD/NAG) and on integer weights.
import warnings
import mxnet as mx
from mxnet import nd


def update_int(name, **kwargs):
    opt = mx.optimizer.create(name, learning_rate=0.1, **kwargs)
    w = nd.array([1, 2, 3], dtype="int32")
    g = nd.array([1, -1, 2], dtype="int32")
    state = opt.create_state_multi_precision(0, w)
    opt.update_multi_precision(0, w, g, state)
    return w.asnumpy().tolist()


for name in ["sgd", "nag", "adam", "adadelta", "signum", "lamb", "ftml", "lbsgd", "ccsgd", "adagrad", "rmsprop",
             "ftrl", "adamax"]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            print(name, "int32 ->", update_int(name))
        except Exception as e:
            print(name, "int32 raises", type(e).__name__)


def warned(name, **kwargs):
    opt = mx.optimizer.create(name, learning_rate=0.1, **kwargs)
    w = nd.array([1, 2, 3], dtype="float16")
    g = nd.array([0.5, -1, 2], dtype="float16")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        state = opt.create_state_multi_precision(0, w)
        opt.update_multi_precision(0, w, g, state)
    msgs = sorted(str(c.message) for c in caught if issubclass(c.category, UserWarning))
    return w.asnumpy().tolist(), msgs


for name, kwargs in [("sgd", {}), ("sgd", {"momentum": 0.9}), ("nag", {"momentum": 0.9}), ("lars", {}),
                     ("lbsgd", {}), ("ccsgd", {}), ("adam", {}), ("signum", {}), ("rmsprop", {"centered": True})]:
    try:
        print(name, kwargs, "float16 ->", warned(name, **kwargs))
    except Exception as e:
        print(name, kwargs, "float16 raises", type(e).__name__)
