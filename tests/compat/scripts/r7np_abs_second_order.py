"""Second-order gradients through np.abs under npx.set_np(): abs's gradient (sign(x) times the head gradient) is
differentiated through the head gradient, as MXNet's _backward_abs; abs(a) * abs(a) reaches a backward MXNet
cannot differentiate."""
import mxnet as mx
from mxnet import np, npx

npx.set_np()


def second_order(expr):
    """a.grad after w = sum(g * g), g the recorded gradient of ``expr(a)``; or the exception class."""
    a = np.array([[1.5, -2.0, 0.25], [3.25, -0.5, 4.0]])
    a.attach_grad()
    try:
        with mx.autograd.record():
            y = expr(a)
            g = mx.autograd.grad(y, [a], head_grads=np.ones_like(y), create_graph=True)[0]
            w = (g * g).sum()
        w.backward()
        return [round(v, 4) + 0.0 for v in a.grad.reshape(-1).tolist()]
    except Exception as e:  # noqa: BLE001
        return type(e).__name__


print("log(abs + 1)", second_order(lambda a: np.log(np.abs(a) + 1)))
print("log(absolute + 1)", second_order(lambda a: np.log(np.absolute(a) + 1)))
print("log(fabs + 1)", second_order(lambda a: np.log(np.fabs(a) + 1)))
print("sqrt(abs)", second_order(lambda a: np.sqrt(np.abs(a))))
print("builtin abs", second_order(lambda a: np.log(abs(a) + 1)))
print("abs * abs", second_order(lambda a: np.abs(a) * np.abs(a)))
