"""Optimizer updates given a gradient or state of another shape or dtype fail with the check words of MXNet's
first operator: a fused kernel's shape/type assign check, NDArray arithmetic's broadcast check."""
import warnings

import mxnet as mx
from mxnet import nd

warnings.simplefilter("ignore")
from _words import words


def attempt(label, name, kwargs, dtype, gshape, sshape, gdtype=None):
    try:
        opt = mx.optimizer.create(name, multi_precision=dtype == "float16", **kwargs)
        w = nd.array([[0.5, -1.0], [2.0, 0.25]], dtype=dtype)
        state = opt.create_state_multi_precision(0, nd.ones(sshape, dtype=dtype))
        opt.update_multi_precision(0, w, nd.ones(gshape, dtype=gdtype or dtype) * 0.5, state)
        print(label, "->", w.asnumpy().tolist())
    except Exception as e:
        print(label, "->", words(e))


CASES = [("sgd", {}), ("sgd", {"momentum": 0.9}), ("nag", {"momentum": 0.9}), ("signum", {}),
         ("signum", {"momentum": 0.0}), ("adam", {}), ("rmsprop", {}), ("rmsprop", {"centered": True}),
         ("ftrl", {}), ("ftml", {}), ("lamb", {}), ("lars", {"momentum": 0.9}), ("adagrad", {}),
         ("adadelta", {}), ("adamax", {}), ("nadam", {}), ("dcasgd", {}), ("dcasgd", {"momentum": 0.9})]
for name, kwargs in CASES:
    for dtype in ["float32", "float16"]:
        for gshape, sshape in [((3,), (2, 2)), ((4, 4), (2, 2)), ((2, 2), (3,)), ((3,), (3,))]:
            attempt(f"{name} {kwargs} {dtype} grad{gshape} state{sshape}", name, kwargs, dtype, gshape, sshape)
        if name != "dcasgd" and dtype == "float32":
            attempt(f"{name} {kwargs} state(2, 1)", name, kwargs, dtype, (2, 2), (2, 1))
    attempt(f"{name} {kwargs} float16 grad on float32", name, kwargs, "float32", (2, 2), (2, 2), "float16")
    attempt(f"{name} {kwargs} float64 grad on float32", name, kwargs, "float32", (2, 2), (2, 2), "float64")
for name in ["sgd", "adam", "adagrad", "rmsprop", "lamb"]:
    try:
        opt = mx.optimizer.create(name)
        w = nd.ones((2,), dtype="float16")
        opt.update(0, w, nd.ones((2,), dtype="float16"), opt.create_state(0, w))
        print(name, "float16 without multi_precision ->", w.asnumpy().tolist())
    except Exception as e:
        print(name, "float16 without multi_precision ->", words(e))
# NDArray arithmetic (AdaGrad, AdaDelta, Adamax, Nadam, momentum-free DCASGD) broadcasts a gradient that
# broadcasts to the weight; the fused kernels refuse it
for name in ["adagrad", "adadelta", "adamax", "nadam", "dcasgd", "adam", "sgd"]:
    for gshape in [(2, 1), (1, 2)]:
        attempt(f"{name} broadcastable grad{gshape}", name, {}, "float32", gshape, (2, 2))
        attempt(f"{name} broadcastable grad{gshape} float16", name, {}, "float16", gshape, (2, 2))
# GroupAdaGrad adds the gradient's row means to its (rows, 1) history
for gshape in [(3,), (4, 4), (2, 1), (1, 2), (2, 2)]:
    attempt(f"groupadagrad grad{gshape}", "groupadagrad", {}, "float32", gshape, (2, 2))
    attempt(f"groupadagrad grad{gshape} float16", "groupadagrad", {}, "float16", gshape, (2, 2))
attempt("groupadagrad float16 state(2, 1)", "groupadagrad", {}, "float16", (2, 2), (2, 1))
