"""Executor.forward's is_train and keyword forms, backward's out_grads forms, copy_params_from and the
BatchNorm gradients of a predict-mode backward."""
import numpy as np
import mxnet as mx
from mxnet import nd
from _words import words


def shown(r):
    if isinstance(r, nd.NDArray):
        return np.round(r.asnumpy().astype(np.float64), 4).tolist()
    if isinstance(r, (list, tuple)):
        return [shown(v) for v in r]
    if isinstance(r, dict):
        return {k: shown(v) for k, v in r.items()}
    return r


def attempt(label, fn):
    try:
        print(label, "->", shown(fn()))
    except Exception as e:
        print(label, "->", words(e))


x, w = mx.sym.Variable("x"), mx.sym.Variable("w")
net = mx.sym.Group([x * w, mx.sym.sum(x), mx.sym.MakeLoss(x * 2, name="ml")])
ex = net.simple_bind(mx.cpu(), x=(2,), w=(2,))
ex.arg_dict["x"][:] = nd.array([1, 2])
ex.arg_dict["w"][:] = nd.array([3, 4])
for flag in [True, 1, "1", 0.0, "yes", None]:
    attempt(f"forward({flag!r})", lambda: ex.forward(flag))
attempt("still writable", lambda: ex.arg_dict["x"].__setitem__(slice(None), 1) or ex.arg_dict["x"])
attempt("forward x=", lambda: ex.forward(x=nd.array([5, 6])))
attempt("forward numpy", lambda: ex.forward(x=np.array([1.0, 2.0])))
attempt("forward list", lambda: ex.forward(x=[1, 2]))
attempt("forward unknown", lambda: ex.forward(zz=nd.ones((2,))))
attempt("forward shape", lambda: ex.forward(x=nd.ones((3,))))
attempt("output names", lambda: sorted(ex.output_dict))
for og in [[nd.ones((2,)), nd.ones((1,))], [nd.ones((2,)), nd.ones((1,)), nd.ones((2,))], (nd.ones((2,)) * 2,),
           nd.ones((2,)) * 3, [nd.ones((3,))], [np.ones(2)], 1.0, {"_mul0_output": nd.ones((2,))}]:
    def run():
        ex.forward(is_train=True)
        ex.backward(og)
        return ex.grad_dict
    attempt(f"backward {type(og).__name__}", run)
attempt("copy_params", lambda: ex.copy_params_from({"x": nd.array([7, 8])}) or ex.arg_dict["x"])
attempt("copy_params float64", lambda: ex.copy_params_from({"w": nd.array([1, 2], dtype="float64")}) or ex.arg_dict)
attempt("copy_params extra", lambda: ex.copy_params_from({"zz": nd.ones((1,))}))
attempt("copy_params extra allowed", lambda: ex.copy_params_from({"zz": nd.ones((1,))}, allow_extra_params=True))
attempt("copy_params aux extra", lambda: ex.copy_params_from({}, {"zz": nd.ones((1,))}))
attempt("copy_params numpy", lambda: ex.copy_params_from({"x": np.ones(2)}))
attempt("copy_params shape", lambda: ex.copy_params_from({"x": nd.ones((3,))}))

bn = mx.sym.BatchNorm(x, name="bn", fix_gamma=False)
ex = bn.simple_bind(mx.cpu(), x=(2, 3))
ex.arg_dict["x"][:] = nd.array([[1, 2, 3], [3, 6, 9]])
ex.arg_dict["bn_gamma"][:] = nd.array([1, 2, 3])
ex.aux_dict["bn_moving_var"][:] = 1
attempt("bn train", lambda: ex.forward(is_train=True))
ex.backward(nd.array([[1, 0, 2], [0, 1, 1]]))
attempt("bn grads", lambda: ex.grad_dict)
attempt("bn aux", lambda: ex.aux_dict)
ex.backward(nd.array([[1, 0, 2], [0, 1, 1]]), is_train=False)
attempt("bn predict-mode grads", lambda: ex.grad_dict)
