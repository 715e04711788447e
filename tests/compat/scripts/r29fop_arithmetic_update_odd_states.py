"""Optimizers whose update is NDArray arithmetic (AdaDelta, AdaGrad, Adamax, Nadam, DCASGD, GroupAdaGrad, Test, SGLD) handed states of the wrong kind: None, tuples too short or long, an NDArray (unpacked row by row), states of another shape or dtype, non-arrays, swapped multi-precision states."""
# recorded on AVX2
import warnings

import mxnet as mx
from _odd_states import odd_states, ones, show

warnings.simplefilter("ignore")

OPTIMIZERS = [("adadelta", {}), ("adagrad", {}), ("adamax", {}), ("nadam", {}), ("dcasgd", {"momentum": 0.9}),
              ("dcasgd", {}), ("groupadagrad", {}), ("test", {}), ("sgld", {})]


for name, kwargs in OPTIMIZERS:
    for multi_precision in (False, True):
        for dtype in ("float32", "float16"):
            opt = mx.optimizer.create(name, multi_precision=multi_precision, **kwargs)
            good = opt.create_state_multi_precision(0, ones(dtype))
            for label, state in odd_states(good).items():
                for method in ("update", "update_multi_precision"):
                    if (multi_precision and dtype == "float16" and method == "update_multi_precision"
                            and label in ("(3, 2) NDArray", "float64 NDArray", "float16 NDArray")):
                        continue        # (a master copy taken from a row of the state: not covered here)
                    show(name, kwargs, multi_precision, dtype, label, method, state)
