"""An executor over a group of outputs: backward's head gradients in every form, gradient requests, arrays
written through arg_dict, and a monitor_all view of the backward where several gradient sums share a name."""
import ctypes

import mxnet as mx
from mxnet import nd
from _words import words

V, S = mx.sym.var, mx.sym


def attempt(label, fn):
    try:
        r = fn()
        if isinstance(r, dict):
            r = {k: None if v is None else v.asnumpy().tolist() for k, v in r.items()}
        elif isinstance(r, list):
            r = [None if v is None else v.asnumpy().tolist() if isinstance(v, nd.NDArray) else v for v in r]
        print(label, "->", r)
    except Exception as e:
        print(label, "->", words(e))


def bind(req="write"):
    a, b = V("a"), V("b")
    net = S.Group([a * b, S.sum(a + b, name="total"), S.BlockGrad(a * 3, name="stop")])
    return net.bind(mx.cpu(), {"a": nd.array([1.0, 2.0]), "b": nd.array([3.0, -1.0])},
                    args_grad={"a": nd.zeros(2), "b": nd.zeros(2)}, grad_req=req)


def step(ex, head_grads="none"):
    ex.forward(is_train=True)
    if isinstance(head_grads, str):
        ex.backward()
    else:
        ex.backward(head_grads)
    return ex.grad_dict


for label, heads in [("no head gradients", "none"), ("list", [nd.ones(2), nd.ones(1), nd.ones(2)]),
                     ("tuple", (nd.ones(2) * 2, nd.ones(1), nd.ones(2))), ("one array", nd.ones(2)),
                     ("short list", [nd.ones(2)]), ("long list", [nd.ones(2)] * 4),
                     ("wrong shape", [nd.ones(3), nd.ones(1), nd.ones(2)]),
                     ("float64", [nd.ones(2, dtype="float64"), nd.ones(1), nd.ones(2)]),
                     ("None entries", [None, nd.ones(1), None]), ("a dict", {"x": nd.ones(2)}), ("an int", 3)]:
    attempt(f"backward {label}", lambda: step(bind(), heads))
heads = [nd.ones(2), nd.ones(1), nd.ones(2)]
attempt("add twice", lambda: (lambda ex: (step(ex, heads), step(ex, heads))[-1])(bind("add")))
attempt("null", lambda: step(bind("null"), heads))
attempt("dict request", lambda: step(bind({"a": "write"}), heads))
attempt("list request", lambda: step(bind(["null", "add"]), heads))
attempt("arg_dict written", lambda: (lambda ex: (ex.arg_dict["a"].__setitem__(slice(None), 7), ex.forward())[-1])(bind()))
attempt("arg_dict replaced", lambda: (lambda ex: (ex.arg_dict.__setitem__("a", nd.array([9.0, 9.0])),
                                                  ex.forward())[-1])(bind()))
attempt("forward by keyword", lambda: bind().forward(a=nd.array([5.0, 5.0])))
attempt("forward int32 keyword", lambda: bind().forward(a=nd.array([5, 5], dtype="int32")))
attempt("forward short keyword", lambda: bind().forward(a=nd.array([5.0])))
attempt("output_dict", lambda: (lambda ex: (ex.forward(), sorted(ex.output_dict))[-1])(bind()))


def monitored():
    ex, seen = bind(), []
    def callback(name, handle):     # the array comes as a handle, as MXNet's own Monitor reads it
        array = nd.NDArray(ctypes.cast(handle, mx.base.NDArrayHandle), writable=False)
        seen.append((name.decode(), array.asnumpy().tolist()))
    ex.set_monitor_callback(callback, monitor_all=True)
    ex.forward(is_train=True)
    del seen[:]
    ex.backward([nd.ones(2) * 2, nd.ones(1) * 3, nd.ones(2)])
    return seen


for name, value in monitored():
    print("monitor", name.split("_backward")[-1] if name.startswith("_mul") else name, value)
