"""Optimizer updates refuse a gradient or state whose type differs, in the words of the operator MXNet's update meets first: the fused kernel's (weight then gradient, rmsprop's and ftrl's state at input 2, LAMB's multi-precision phase one's Type inconsistent) or NDArray arithmetic's (AdaGrad's float32 history first, DCASGD's gradient first)."""
import re

import mxnet as mx

nd = mx.nd
W = [[0.5, -1.25, 2.0], [0.001, 3.3, -0.7]]
G = [[0.1, 0.2, -0.3], [1.5, -0.01, 0.02]]
OPTIMIZERS = [("sgd", {}), ("sgd", {"momentum": 0.9}), ("nag", {"momentum": 0.9}), ("adam", {}), ("lamb", {}),
              ("rmsprop", {}), ("rmsprop", {"centered": True}), ("adagrad", {}), ("adadelta", {}), ("ftrl", {}),
              ("ftml", {}), ("signum", {}), ("lars", {}), ("dcasgd", {}), ("adamax", {}), ("nadam", {}),
              ("groupadagrad", {}), ("sgld", {})]
for name, kwargs in OPTIMIZERS:
    for wdt, gdt, mp in [("float16", "float16", False), ("float64", "float64", False), ("float64", "float64", True),
                         ("float16", "float32", False), ("float32", "float64", False), ("float32", "float16", True),
                         ("float64", "float32", False), ("float16", "float16", True), ("float16", "float32", True)]:
        opt = mx.optimizer.create(name, learning_rate=0.1, multi_precision=mp, **kwargs)
        weight = nd.array(W, dtype=wdt)
        title = "%s %s weight %s grad %s multi_precision=%s" % (name, kwargs or "", wdt, gdt, mp)
        try:
            state = opt.create_state_multi_precision(0, weight)
            opt.update_multi_precision(0, weight, nd.array(G, dtype=gdt), state)
            if name != "sgld":      # (its noise is random)
                print(title, "|", weight.dtype.__name__, weight.asnumpy().round(3).tolist())
            else:
                print(title, "|", weight.dtype.__name__)
        except mx.base.MXNetError as e:
            found = re.search(r"Incompatible attr in node  at \d+-th input: expected \w+, got \w+|"
                              r"Type inconsistent, Provided = \w+, inferred type = \w+", str(e))
            print(title, "|", found.group(0) if found else "?")
