"""A bound executor's PReLU gamma gradient where the PReLU's output is summed: MXNet's planner lets the data gradient
overwrite the incoming gradient unless another node still to run reads that buffer (the sum's other operand when
the PReLU is computed from it, as in a residual block, or a left operand that takes a gradient)."""
# recorded on AVX2
import numpy as np
import mxnet as mx
from mxnet import nd

S = mx.sym
x, a, b, z = S.var("x"), S.var("a"), S.var("b"), S.var("z")
c = S.sin(x)


def P(data, gamma=a):
    return S.LeakyReLU(data, gamma, act_type="prelu")


FORMS = {
    "plain": lambda: P(c), "c+p": lambda: c + P(c), "p+c": lambda: P(c) + c, "p+sin(x)": lambda: P(c) + S.sin(x),
    "p+z": lambda: P(c) + z, "z+p": lambda: z + P(c), "relu(p+z)": lambda: S.relu(P(c) + z),
    "p*2": lambda: P(c) * 2, "broadcast_add(p,c)": lambda: S.broadcast_add(P(c), c), "p-c": lambda: P(c) - c,
    "p+z+c": lambda: P(c) + z + c, "add_n(p,c)": lambda: S.add_n(P(c), c), "add_n(p,z)": lambda: S.add_n(P(c), z),
    "p+p": lambda: (lambda q: q + q)(P(c)), "sin(p+c)": lambda: S.sin(P(c) + c), "sin(p+z)": lambda: S.sin(P(c) + z),
    "p(x)+x": lambda: P(x) + x, "reshape(p)+c": lambda: S.reshape(P(c), (3, 4)) + c,
    "flatten(p)": lambda: S.flatten(P(c)), "concat(p,c)": lambda: S.concat(P(c), c, dim=0),
    "pa+pb": lambda: P(c) + P(c, b), "pb+pa": lambda: P(c, b) + P(c), "pa+pb(x)": lambda: P(c) + P(x, b),
    "pa+sin(pb)": lambda: P(c) + S.sin(P(c, b)), "sin(pa)+pb": lambda: S.sin(P(c)) + P(c, b),
}
values = {"x": nd.array(((np.arange(12) * 7 % 13) - 6).reshape(3, 4) / 5.0), "a": nd.array([0.2]),
          "b": nd.array([0.3]), "z": nd.ones((3, 4))}
for label, form in FORMS.items():
    y = form()
    args = {n: values[n] for n in y.list_arguments()}
    grads = {n: nd.zeros(v.shape) for n, v in args.items() if n != "z"}
    executor = y.bind(mx.cpu(), args, args_grad=grads, grad_req={n: "write" if n != "z" else "null" for n in args})
    out = executor.forward(is_train=True)[0]
    executor.backward(2 * out)
    shown = [executor.grad_dict[n].asnumpy().tolist() for n in ("a", "b") if n in grads]
    print(label, shown, round(float(executor.grad_dict["x"].asnumpy().sum()), 4))
