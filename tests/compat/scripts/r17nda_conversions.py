"""Python conversions of one-element, 0-d and empty arrays of every dtype (float, int, bool, complex, index, round,
floor, item, tolist, asscalar), legacy and mx.np, with and without NumPy shapes."""
import math
import operator

import numpy as np

import mxnet as mx
from _words import words

VALUES = [-2.7, 2.5, 3e9, float("nan"), float("inf"), -0.0, 65504.0]
DTYPES = ["float32", "float64", "float16", "int32", "int64", "int8", "uint8", "bool"]
CONVERSIONS = [("float", float), ("int", int), ("bool", bool), ("complex", complex), ("index", operator.index),
               ("round", round), ("floor", math.floor), ("ceil", math.ceil), ("item", lambda x: x.item()),
               ("tolist", lambda x: x.tolist()), ("asscalar", lambda x: x.asscalar()), ("format", lambda x: format(x, ""))]


def show(fn):
    try:
        r = fn()
        return f"{type(r).__name__}:{r!r}"
    except Exception as e:
        return words(e)


for np_shape in (False, True):
    print("-- np shape", np_shape)
    if np_shape:
        mx.npx.set_np()
    for mod in (mx.nd, mx.np):
        name = mod.__name__.split(".")[-1]
        for value in VALUES:
            for dtype in DTYPES:
                try:
                    x = mod.array([value], dtype=dtype)
                except Exception as e:
                    print(name, value, dtype, words(e))
                    continue
                print(name, value, dtype, " ".join(show(lambda: f(x)) for _, f in CONVERSIONS))
        samples = [("empty", mod.array(np.zeros((0,)))), ("two", mod.array([1., 2.]))]
        if np_shape:
            samples.append(("0-d", mod.array(2.5)))
        for label, x in samples:
            print(name, label, " ".join(show(lambda: f(x)) for _, f in CONVERSIONS + [("len", len), ("list", list)]))
