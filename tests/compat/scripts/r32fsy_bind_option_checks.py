"""simple_bind and bind refuse malformed sharing and placement options (shared_arg_names, shared_buffer, shared_exec, group2ctx) with MXNet's front-end errors, before binding."""
# recorded on AVX2
import mxnet as mx
from _words import words

sym, nd = mx.sym, mx.nd
y = sym.var("a") * 2
SIMPLE = {
    "shared_buffer list": dict(shared_buffer=[1]),
    "shared_buffer csr": dict(shared_buffer={"z": nd.zeros((2, 2)).tostype("csr")}),
    "shared_buffer int value": dict(shared_buffer={"z": 3}),
    "shared_buffer ok": dict(shared_buffer={}),
    "shared_arg_names tuple": dict(shared_arg_names=("a",)),
    "shared_arg_names tuple, buffer": dict(shared_arg_names=("a",), shared_buffer={}),
    "shared_arg_names str": dict(shared_arg_names="a", shared_buffer={}),
    "shared_exec int": dict(shared_exec=3),
    "shared_exec int, buffer": dict(shared_exec=3, shared_buffer={}),
    "group2ctx list": dict(group2ctx=[1]),
    "group2ctx empty list": dict(group2ctx=[]),
    "group2ctx int value": dict(group2ctx={"g": 1}),
    "empty grad_req list, shared_buffer list": dict(grad_req=[], shared_buffer=[1]),
}
for label, kwargs in SIMPLE.items():
    try:
        ex = y.simple_bind(mx.cpu(), a=(2,), **kwargs)
        print("simple_bind", label, sorted(ex.arg_dict))
    except Exception as e:
        print("simple_bind", label, words(e))
for label, group2ctx in {"int": 3, "list": [1], "empty list": [], "int value": {"g": 1}}.items():
    try:
        ex = y.bind(mx.cpu(), {"a": nd.ones(2)}, group2ctx=group2ctx)
        print("bind group2ctx", label, ex.forward()[0].asnumpy())
    except Exception as e:
        print("bind group2ctx", label, words(e))
