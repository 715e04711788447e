"""Optimizer updates handed states of the wrong kind: the odd states tried, and one update shown (its first
weights, or its error in MXNet's words)."""
import mxnet as mx
from _words import words


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
