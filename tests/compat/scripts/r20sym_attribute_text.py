"""Operator attributes given as tuples, lists, text, booleans, numbers, numpy values or None: the text the graph
keeps for each, after a JSON round trip too, and the values the parsers refuse."""
import json

import numpy as np
import mxnet as mx
from _words import words

V, S = mx.sym.var, mx.sym
VALUES = {
    "shape": [(3, 3), [3, 3], (3,), 3, np.array([3, 3]), (np.int64(3), np.int32(3)), "(3, 3)", "[3,3]", "3",
              (3.0, 3.0), (True, 1), (), None, (3, None), " (3 ,3) ", "abc", (-1, 3)],
    "bool": [True, False, 1, 0, "True", "true", "1", "False", "0", np.bool_(True), None, 2, "yes", 1.0],
    "float": [0.5, 1, "0.5", np.float32(0.1), np.float64(0.1), 1e-10, 1e20, float("inf"), float("nan"), "1e-3",
              True, None, "x", -0.0, 0.1 + 0.2, np.float16(0.1)],
    "int": [2, 2.0, "2", np.int64(2), True, 2.5, "2.5", None, -1, "x", 2 ** 40],
    "dtype": ["float16", np.float16, np.dtype("float16"), "float64", float, int, "int8", "uint8", "bool", None,
              "foo", np.int32],
}
OPS = {
    "shape": [("Convolution kernel", lambda v: S.Convolution(V("x"), kernel=v, num_filter=2)),
              ("reshape shape", lambda v: S.reshape(V("x"), shape=v)),
              ("sum axis", lambda v: S.sum(V("x"), axis=v)), ("tile reps", lambda v: S.tile(V("x"), reps=v))],
    "bool": [("FullyConnected no_bias", lambda v: S.FullyConnected(V("x"), num_hidden=2, no_bias=v)),
             ("sum keepdims", lambda v: S.sum(V("x"), keepdims=v))],
    "float": [("LeakyReLU slope", lambda v: S.LeakyReLU(V("x"), slope=v)),
              ("clip a_min", lambda v: S.clip(V("x"), a_min=v, a_max=5))],
    "int": [("one_hot depth", lambda v: S.one_hot(V("x"), depth=v)),
            ("softmax axis", lambda v: S.softmax(V("x"), axis=v))],
    "dtype": [("Cast dtype", lambda v: S.Cast(V("x"), dtype=v)), ("zeros dtype", lambda v: S.zeros((2,), dtype=v)),
              ("one_hot dtype", lambda v: S.one_hot(V("x"), depth=2, dtype=v))],
}


def attrs(sym):
    return json.loads(sym.tojson())["nodes"][-1].get("attrs", {})


for kind, ops in OPS.items():
    for label, make in ops:
        for value in VALUES[kind]:
            try:
                made = make(value)
                print(f"{label} {value!r} ->", attrs(made), attrs(mx.sym.load_json(made.tojson())))
            except Exception as e:
                print(f"{label} {value!r} ->", words(e))
