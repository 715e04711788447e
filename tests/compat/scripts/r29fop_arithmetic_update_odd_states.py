"""Optimizers whose update is NDArray arithmetic (AdaDelta, AdaGrad, Adamax, Nadam, DCASGD, GroupAdaGrad, Test, SGLD) handed states of the wrong kind: None, tuples too short or long, an NDArray (unpacked row by row), states of another shape or dtype, non-arrays, swapped multi-precision states."""
# recorded on AVX2
import warnings

import mxnet as mx
from _words import words

warnings.simplefilter("ignore")

OPTIMIZERS = [("adadelta", {}), ("adagrad", {}), ("adamax", {}), ("nadam", {}), ("dcasgd", {"momentum": 0.9}),
              ("dcasgd", {}), ("groupadagrad", {}), ("test", {}), ("sgld", {})]


def ones(dtype="float32", shape=(2, 3)):
    return mx.nd.ones(shape, dtype=dtype)


def odd_states(good):
    cases = {"None": None, "one NDArray": ones(), "1-tuple": (ones(),), "2-tuple": (ones(), ones()),
             "3-tuple": (ones(), ones(), ones()), "float64 NDArray": ones("float64"), "float16 NDArray": ones("float16"),
             "(3, 2) NDArray": ones(shape=(3, 2)), "list of 2": [ones(), ones()], "int": 3,
             "(NDArray, None)": (ones(), None), "(None, NDArray)": (None, ones())}
    if isinstance(good, tuple):
        cases["reversed"] = tuple(reversed(good))
        cases["float64 states"] = tuple(x.astype("float64") if isinstance(x, mx.nd.NDArray) else x for x in good)
    return cases


def show(name, kwargs, multi_precision, dtype, label, method, state):
    opt = mx.optimizer.create(name, multi_precision=multi_precision, **kwargs)
    w, g = ones(dtype), ones(dtype) * 0.5
    try:
        getattr(opt, method)(0, w, g, state)
        result = w.asnumpy().ravel()[:2].tolist() if name != "sgld" else "updated"     # (SGLD adds noise)
    except Exception as e:
        result = words(e)
    print(name, kwargs, "mp" if multi_precision else "", dtype, label, method, "->", result)


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
