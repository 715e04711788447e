"""Second-order gradients through clip (mx.nd and mx.np): MXNet's _backward_clip gives zero gradients to the head
gradient as well as to the input, so a second order through clip's gradient is zero (zeros' signs not compared)."""
import mxnet as mx


def second_order(M, expr):
    """a.grad after w = sum(g * g), g the recorded gradient of ``expr(a)``."""
    a = M.array([[1.5, -2.0, 0.25], [3.25, -0.5, 4.0]])
    a.attach_grad()
    with mx.autograd.record():
        y = expr(a)
        g = mx.autograd.grad(y, [a], head_grads=M.ones_like(y), create_graph=True)[0]
        w = (g * g).sum()
    w.backward()
    return [round(v, 4) + 0.0 for v in a.grad.asnumpy().reshape(-1).tolist()]


for label, M in [("nd", mx.nd), ("np", None)]:
    if M is None:
        mx.npx.set_np()
        M = mx.np
    print(label, "log(clip)", second_order(M, lambda a: M.log(M.clip(a, 0.1, 3))))
    print(label, "log(abs + 1)", second_order(M, lambda a: M.log(M.abs(a) + 1)))
    print(label, "log(floor + 5)", second_order(M, lambda a: M.log(M.floor(a) + 5)))
