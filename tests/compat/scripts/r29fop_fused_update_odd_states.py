"""Optimizers whose update is one fused operator (adam, ftml, ftrl, rmsprop, signum, nag) handed states of the wrong kind: None, tuples too short or long, an NDArray (unpacked row by row), states of another shape or dtype, non-arrays, swapped multi-precision states."""
# recorded on AVX2
import warnings

import mxnet as mx
from _odd_states import odd_states, ones, show

warnings.simplefilter("ignore")

OPTIMIZERS = [("adam", {}), ("ftml", {}), ("ftrl", {}), ("rmsprop", {}), ("rmsprop", {"centered": True}),
              ("signum", {}), ("signum", {"momentum": 0}), ("nag", {"momentum": 0.9}), ("nag", {})]


for name, kwargs in OPTIMIZERS:
    for multi_precision in (False, True):
        for dtype in ("float32", "float16"):
            opt = mx.optimizer.create(name, multi_precision=multi_precision, **kwargs)
            good = opt.create_state_multi_precision(0, ones(dtype))
            for label, state in odd_states(good).items():
                for method in ("update", "update_multi_precision"):
                    show(name, kwargs, multi_precision, dtype, label, method, state)
