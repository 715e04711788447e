"""Update counts an operator takes as an int attribute (FTML's t, LAMB's t and step_count) from a float or NumPy
begin_num_update, and LBSGD's hyper-parameters its sgd_update cannot read: MXNet's refusals, or the updated bits."""
# recorded on AVX2
import warnings
import numpy as onp
import mxnet as mx
from mxnet import nd
from _words import words

warnings.simplefilter("ignore")


def bits(w):
    return " ".join(float(v).hex() for v in w.asnumpy().ravel()[:2])


for name in sorted(mx.optimizer.Optimizer.opt_registry):
    if name in ("test", "sgld"):
        continue
    for begin in (2.5, 3.0, onp.int64(2), onp.float32(1.0), True):
        found = []
        for how in ("one", "list", "mp"):
            try:
                opt = mx.optimizer.create(name, begin_num_update=begin, multi_precision=how == "mp")
                dtype = "float16" if how == "mp" else "float32"
                w = nd.array([[1.0, -0.5], [0.25, 2.0]], dtype=dtype)
                g = nd.array([[0.3, 0.1], [-0.2, 0.7]], dtype=dtype)
                state = opt.create_state_multi_precision(0, w)
                if how == "list":
                    opt.update_multi_precision([0], [w], [g], [state])
                else:
                    opt.update_multi_precision(0, w, g, state)
                found.append("%s %r" % (bits(w), opt.num_update))
            except Exception as e:      # noqa: BLE001 -- the refusal is the result
                found.append(words(e)[:150])
        print(name, repr(begin))
        for how, text in zip(("one", "list", "mp"), found):
            print("   ", how, text)

for momentum in (0.0, 0.9):
    for key, value in (("rescale_grad", None), ("wd", None), ("clip_gradient", "a"), ("rescale_grad", "1e-1"),
                       ("learning_rate", "x"), ("wd", "0.5")):
        try:
            opt = mx.optimizer.create("lbsgd", momentum=momentum, **{key: value})
            w = nd.ones((2,))
            opt.update(0, w, nd.array([0.5, -1.5]), opt.create_state(0, w))
            print("lbsgd", momentum, key, repr(value), bits(w))
        except Exception as e:      # noqa: BLE001 -- the refusal is the result
            print("lbsgd", momentum, key, repr(value), words(e))

for name in ("adam", "adamax", "nadam", "ftml", "lamb"):
    for key in ("beta1", "beta2"):
        for value in (None, "x", "0.5", [0.1], onp.float32(0.5)):
            try:
                opt = mx.optimizer.create(name, **{key: value})
                w = nd.ones((2,))
                opt.update(0, w, nd.array([0.5, -1.5]), opt.create_state(0, w))
                print(name, key, repr(value), bits(w))
            except Exception as e:      # noqa: BLE001 -- the refusal is the result
                print(name, key, repr(value), words(e)[:150])

for name, key, extra in (("ftml", "epsilon", {}), ("signum", "wd_lh", {"momentum": 0.0}),
                         ("signum", "wd_lh", {"momentum": 0.9})):
    for value in (None, "x", "0.5", True, 0.5):
        try:
            opt = mx.optimizer.create(name, **dict(extra, **{key: value}))
            w = nd.ones((2,))
            opt.update(0, w, nd.array([0.5, -1.5]), opt.create_state(0, w))
            print(name, extra, key, repr(value), bits(w))
        except Exception as e:      # noqa: BLE001 -- the refusal is the result
            print(name, extra, key, repr(value), words(e)[:150])

for name, key in (("adam", "epsilon"), ("rmsprop", "epsilon"), ("rmsprop", "clip_weights"), ("lamb", "epsilon"),
                  ("lamb", "upper_bound"), ("ftrl", "lamda1"), ("ftrl", "beta"), ("ftml", "beta1"),
                  ("dcasgd", "lamda")):
    for value in ([0.1], (0.2,), None, "x", "0.5"):
        try:
            opt = mx.optimizer.create(name, **{key: value})
            w = nd.ones((2,))
            opt.update(0, w, nd.array([0.5, -1.5]), opt.create_state(0, w))
            print(name, key, repr(value), bits(w))
        except Exception as e:      # noqa: BLE001 -- the refusal is the result
            print(name, key, repr(value), words(e)[:150])
