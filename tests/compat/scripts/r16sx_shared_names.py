"""Executors over variables that share a name: the dicts refuse them, every such variable reads the last
bound array, and only the last one's gradient array is written (summed under 'add')."""
import mxnet as mx
from mxnet import nd
from _words import words


def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", [g.asnumpy().tolist() for g in r] if isinstance(r, list) else r)
    except Exception as e:
        print(label, "->", words(e))


a, b, a2, a3 = mx.sym.Variable("a"), mx.sym.Variable("b"), mx.sym.Variable("a"), mx.sym.Variable("a")
net = a * 2 + b * 3 + a2 * 4
print(net.list_arguments())
for req in ["write", "add", ["write", "write", "null"], ["null", "write", "add"], {"a": "add"}]:
    args = [nd.array([1.0]), nd.array([2.0]), nd.array([3.0])]
    grads = [nd.array([100.0]), nd.array([200.0]), nd.array([300.0])]
    ex = net.bind(mx.cpu(), args, args_grad=grads, grad_req=req)
    print("--", req)
    attempt("forward", lambda: ex.forward(is_train=True))
    ex.backward(nd.ones((1,)))
    attempt("grads", lambda: grads)
    ex.forward(is_train=True)
    ex.backward(nd.ones((1,)))
    attempt("grads again", lambda: grads)
    attempt("arg_dict", lambda: ex.arg_dict)
    attempt("grad_dict", lambda: ex.grad_dict)
    attempt("aux_dict", lambda: ex.aux_dict)
    attempt("forward a=", lambda: ex.forward(a=nd.ones((1,))))
    attempt("copy_params_from", lambda: ex.copy_params_from({"b": nd.ones((1,))}))
    attempt("arg_arrays", lambda: ex.arg_arrays)

three = a * 2 + a2 * 3 + a3 * 4
for req in ["write", "add", ["add", "add", "write"], ["add", "null", "null"]]:
    grads = [nd.array([100.0]), nd.array([200.0]), nd.array([300.0])]
    ex = three.bind(mx.cpu(), [nd.array([1.0]), nd.array([2.0]), nd.array([3.0])], args_grad=grads, grad_req=req)
    ex.forward(is_train=True)
    ex.backward(nd.ones((1,)))
    attempt(f"three {req}", lambda: grads)
attempt("inference bind", lambda: three.bind(mx.cpu(), [nd.ones((1,))] * 3))
try:
    three.simple_bind(mx.cpu(), a=(1,))
except RuntimeError as e:       # the shapes given, then MXNet's check
    print("simple_bind ->", type(e).__name__, "Input argument NDArray cannot be un-allocated" in str(e))
attempt("eval", lambda: three.eval(a=nd.ones((1,))))
