"""Executors in the forms a script binds them: one array bound to two arguments (each its own gradient), gradient
arrays for some arguments only, grad_req per argument, reshape, copy_params_from, forward with new inputs."""
import numpy as np
import mxnet as mx
from _words import words


def show(v):
    if isinstance(v, mx.nd.NDArray):
        return f"{v.dtype.__name__}{v.shape} {(np.round(v.asnumpy().astype(float), 4) + 0.0).tolist()}"
    if isinstance(v, dict):
        return {k: show(x) for k, x in sorted(v.items())}
    if isinstance(v, (list, tuple)):
        return [show(x) for x in v]
    return v


def attempt(label, fn):
    try:
        print(label, "->", show(fn()))
    except Exception as e:
        print(label, "->", words(e))


a, b = mx.sym.var("a"), mx.sym.var("b")
s = a * b + a
x = mx.nd.array([[1, 2], [3, 4]])


def trained(ex, head=None):
    ex.forward(is_train=True)
    ex.backward(head if head is not None else mx.nd.ones((2, 2)))
    return ex.grad_dict


attempt("one array twice", lambda: trained(s.bind(mx.cpu(), [x, x], args_grad=[mx.nd.zeros((2, 2)), mx.nd.zeros((2, 2))])))
attempt("one array twice, a only", lambda: trained(s.bind(mx.cpu(), {"a": x, "b": x}, args_grad={"a": mx.nd.zeros((2, 2))})))
attempt("grad_req list", lambda: trained(s.bind(mx.cpu(), [x, x.copy()], args_grad=[mx.nd.zeros((2, 2))] * 2,
                                                grad_req=["write", "null"])))
attempt("grad_req add twice", lambda: (lambda ex: (trained(ex), trained(ex))[1])(
    s.simple_bind(mx.cpu(), grad_req="add", a=(2, 2), b=(2, 2))))
attempt("same variable twice", lambda: trained((a * a).bind(mx.cpu(), [x], args_grad=[mx.nd.zeros((2, 2))])))
attempt("args_grad short", lambda: s.bind(mx.cpu(), [x, x], args_grad=[mx.nd.zeros((2, 2))]))
attempt("grad_req bad", lambda: s.bind(mx.cpu(), [x, x], args_grad=[mx.nd.zeros((2, 2))] * 2, grad_req="bad"))

data = mx.sym.var("data")
net = mx.sym.FullyConnected(data, num_hidden=3, name="fc1")
net = mx.sym.BatchNorm(net, name="bn1")
net = mx.sym.SoftmaxOutput(mx.sym.FullyConnected(mx.sym.tanh(net), num_hidden=2, name="fc2"), name="softmax")


def bound():
    ex = net.simple_bind(mx.cpu(), data=(4, 5))
    for i, (k, v) in enumerate(sorted(ex.arg_dict.items())):
        v[:] = mx.nd.array((np.arange(v.size).reshape(v.shape) % 5 + i) / 10.0)
    ex.arg_dict["softmax_label"][:] = mx.nd.array([0, 1, 1, 0])
    return ex


def train_step():
    ex = bound()
    out = ex.forward(is_train=True)
    ex.backward()
    return [out, ex.grad_dict, ex.aux_dict]


attempt("train step", train_step)
attempt("predict", lambda: bound().forward())
attempt("reshape smaller", lambda: {k: v.shape for k, v in bound().reshape(data=(2, 5), softmax_label=(2,)).arg_dict.items()})
attempt("reshape bigger", lambda: bound().reshape(data=(8, 5)))
attempt("reshape bigger allowed", lambda: bound().reshape(data=(8, 5), allow_up_sizing=True).forward()[0].shape)
attempt("reshape other width", lambda: bound().reshape(data=(2, 6)))
attempt("copy_params_from", lambda: (lambda ex: (ex.copy_params_from({"fc1_weight": mx.nd.ones((3, 5))},
                                                                     {"bn1_moving_var": mx.nd.ones((3,)) * 2}),
                                                  ex.arg_dict["fc1_weight"], ex.aux_dict["bn1_moving_var"])[1:])(bound()))
attempt("copy_params_from unknown", lambda: bound().copy_params_from({"nope": mx.nd.ones((1,))}))
attempt("copy_params_from unknown allowed", lambda: bound().copy_params_from({"nope": mx.nd.ones((1,))},
                                                                            allow_extra_params=True))
attempt("forward new data", lambda: bound().forward(data=mx.nd.ones((4, 5))))
attempt("forward unknown name", lambda: bound().forward(nope=mx.nd.ones((4, 5))))
attempt("forward other shape", lambda: bound().forward(data=mx.nd.ones((3, 5))))
attempt("outputs and dicts", lambda: (lambda ex: [list(ex.output_dict), sorted(ex.arg_dict), sorted(ex.aux_dict),
                                                  [g is None for g in ex.grad_arrays]])(bound()))
