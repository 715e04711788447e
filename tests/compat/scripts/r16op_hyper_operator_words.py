"""Hyper-parameters an update operator cannot read (None, True, text) fail at the first update in the words of the
operator the optimizer calls, which list every attribute it passed; the update is counted first."""
import warnings

warnings.simplefilter("ignore")
import mxnet as mx
from mxnet import nd
from _words import words

OPTIMIZERS = [("sgd", {}), ("sgd", {"momentum": 0.9}), ("nag", {"momentum": 0.9}), ("nag", {}), ("adam", {}),
              ("rmsprop", {}), ("rmsprop", {"centered": True, "clip_weights": 2.0}), ("ftrl", {}), ("ftml", {}),
              ("signum", {}), ("signum", {"momentum": 0.0}), ("lamb", {})]
BAD = [{"wd": None}, {"wd": True}, {"rescale_grad": None}, {"learning_rate": None}, {"learning_rate": "0.1"},
       {"learning_rate": "fast"}, {"epsilon": None}, {"beta1": None}, {"beta1": 1.5}, {"beta2": -0.5},
       {"clip_gradient": True}, {"clip_gradient": "x"}, {"momentum": True}, {"gamma1": "g"}, {"lamda1": None},
       {"wd_lh": -1}, {"lazy_update": "x"}]

w0 = [[0.5, -1.5, 2.0], [0.0, 3.0, -0.25]]
g0 = [[1.0, -2.0, 0.5], [0.1, 0.0, -3.0]]
for name, base in OPTIMIZERS:
    print("--", name, base)
    for bad in BAD:
        try:
            opt = mx.optimizer.create(name, **dict(base, **bad))
        except TypeError:
            continue        # an argument this optimizer does not take
        weight = nd.array(w0)
        try:
            opt.update(0, weight, nd.array(g0), opt.create_state(0, weight))
            print(bad, "->", [round(v, 5) for v in weight.asnumpy().ravel().tolist()])
        except Exception as e:
            print(bad, "->", words(e), "| count", opt.num_update, opt._index_update_count)
