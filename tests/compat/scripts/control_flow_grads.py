"""Gradients through foreach, while_loop and cond, imperative and bound, against MXNet's numbers."""
import numpy as np
import mxnet as mx

nd, sym = mx.nd, mx.sym
data = nd.array(np.linspace(-1, 1, 12).reshape(3, 2, 2))
init = nd.array([[0.5, -0.25], [0.1, 0.2]])
w = nd.array([0.3, -0.7])


def show(label, *arrays):
    print(label, [np.round(a.asnumpy(), 5).tolist() for a in arrays])


def foreach_body(F, w):
    def body(x, states):
        h = F.tanh(F.broadcast_mul(x, w) + states[0])
        return [h * 2, F.sum(h)], [h]
    return body


def while_funcs(F, w):
    def cond(i, s):
        return i < 3

    def func(i, s):
        s2 = F.sin(F.broadcast_mul(s, w)) + s * 0.5
        return [s2, F.sum(F.broadcast_mul(s2, i))], [i + 1, s2]
    return cond, func


# imperative
for arr in (data, init, w):
    arr.attach_grad()
with mx.autograd.record():
    (outs, sums), last = nd.contrib.foreach(foreach_body(nd, w), data, [init])
    loss = (outs * outs).sum() + sums.sum() + (last[0] * 3).sum()
loss.backward()
show("foreach imperative", outs, sums, last[0], data.grad, init.grad, w.grad)

i0 = nd.array([0])
for arr in (init, w):
    arr.attach_grad()
with mx.autograd.record():
    (steps, sums), (i_end, s_end) = nd.contrib.while_loop(*while_funcs(nd, w), [i0, init], max_iterations=5)
    loss = (steps * steps).sum() + sums.sum() + s_end.sum()
loss.backward()
show("while imperative", steps[:3], sums[:3], i_end, s_end, init.grad, w.grad)

for flag in (1, 0):
    init.attach_grad()
    w.attach_grad()
    with mx.autograd.record():
        out = nd.contrib.cond(nd.array([flag]), lambda: nd.exp(init) * w[0], lambda: nd.log(init * init + 1) * w[1])
        loss = (out * out).sum()
    loss.backward()
    show(f"cond imperative {flag}", out, init.grad, w.grad)

# symbolic
d, s0, wv = sym.var("d"), sym.var("s0"), sym.var("w")
(outs, sums), last = sym.contrib.foreach(foreach_body(sym, wv), d, [s0])
group = sym.Group([outs, sums, last[0]])
grads = {"d": nd.zeros((3, 2, 2)), "s0": nd.zeros((2, 2)), "w": nd.zeros((2,))}
exe = group.bind(mx.cpu(), {"d": data, "s0": init, "w": w}, args_grad=grads)
res = exe.forward(is_train=True)
exe.backward([res[0] * 2, nd.ones((3, 1)), nd.ones((2, 2)) * 3])
show("foreach symbolic", *res, grads["d"], grads["s0"], grads["w"])

iv = sym.var("i")
(steps, sums), (i_end, s_end) = sym.contrib.while_loop(*while_funcs(sym, wv), [iv, s0], max_iterations=5)
group = sym.Group([steps, sums, i_end, s_end])
grads = {"s0": nd.zeros((2, 2)), "w": nd.zeros((2,))}
exe = group.bind(mx.cpu(), {"i": i0, "s0": init, "w": w}, args_grad=grads, grad_req={"i": "null", "s0": "write",
                                                                                       "w": "write"})
res = exe.forward(is_train=True)
exe.backward([res[0] * 2, nd.ones((5, 1)), nd.zeros((1,)), nd.ones((2, 2))])
show("while symbolic", res[0][:3], res[1][:3], res[2], res[3], grads["s0"], grads["w"])
