"""Reshape's deprecated target_shape/keep_highest (nd and symbol, and a legacy JSON using it): a single 0 is inferred from the target's size, which refuses a -1 or lower code, then every size must be at least -1."""
import json
import math
import re
import mxnet as mx


def tr(f):
    try:
        print("OK", f())
    except Exception as e:
        print("ERR", type(e).__name__, re.sub(r"\[\d\d:\d\d:\d\d\] ", "", str(e).strip().split("\n")[-1])[-150:])


def sym_shape(ts, kh):
    try:
        shape = mx.sym.reshape(mx.sym.var("d"), target_shape=ts, keep_highest=kh).infer_shape(d=(2, 3, 4))[1]
    except mx.base.MXNetError:
        return None
    return shape and shape[0]


# (the NDArray runs only where MXNet copies the 24 elements into a target of their size or refuses it)
x = mx.nd.arange(24).reshape((2, 3, 4))
for ts in [(0, -1), (0, -2), (-1, 0, 2), (-1,), (6, -1), (0, 4), (0, 0), (4, 0), (-2, 3), (3, -3), (2, 12), (0,),
           (24,), (0, 2, 0), (1, 0, 1)]:
    for kh in (False, True):
        print(ts, kh, "sym", end=" ")
        tr(lambda: mx.sym.reshape(mx.sym.var("d"), target_shape=ts, keep_highest=kh).infer_shape(d=(2, 3, 4))[1])
        shape = sym_shape(ts, kh)
        if shape is None or math.prod(shape) == 24:
            print(ts, kh, end=" ")
            tr(lambda: mx.nd.reshape(x, target_shape=ts, keep_highest=kh).shape)
old = {"nodes": [
    {"op": "null", "param": {}, "name": "data", "inputs": [], "backward_source_id": -1},
    {"op": "Activation", "param": {"act_type": "relu"}, "name": "relu", "inputs": [[0, 0]], "backward_source_id": -1},
    {"op": "Reshape", "param": {"keep_highest": "False", "shape": "()", "target_shape": "(0,-1)"}, "name": "rs",
     "inputs": [[1, 0]], "backward_source_id": -1}],
    "arg_nodes": [0], "heads": [[2, 0]]}
for ts, kh in [("(0,-1)", "False"), ("(0,-1)", "True"), ("(0,5)", "False"), ("(0,5)", "True"), ("(-1,0)", "True")]:
    old["nodes"][2]["param"].update(target_shape=ts, keep_highest=kh)
    s = mx.sym.load_json(json.dumps(old))
    print(ts, kh, end=" ")
    tr(lambda: s.infer_shape(data=(2, 5, 5))[1])
