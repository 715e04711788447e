"""np.linalg.norm's matrix norms computed by MXNet's operator (axis=None: ord 1, -1, inf, -inf, other numbers)
take the head gradient squared, as MXNet 1.9.1's backward does; with an axis pair its front end sums 1 and -1 in
Python and the gradient is the plain one."""
import mxnet as mx
from mxnet import np, npx

npx.set_np()


def grad_of(data, ord, axis=None, keepdims=False, scale=3.):  # noqa: A002
    """The norm and the gradient of ``scale`` times its sum."""
    a = np.array(data)
    a.attach_grad()
    with mx.autograd.record():
        y = np.linalg.norm(a, ord, axis=axis, keepdims=keepdims)
        (y * scale).sum().backward()
    return y.reshape(-1).tolist(), a.grad.reshape(-1).tolist()


m = [[1.5, -2.0, 0.25], [3.25, -0.5, 4.0]]
stack = [[[1., -2.], [3., 1.]], [[2., 2.], [-1., 0.5]]]
for ord in [1, -1, float("inf"), -float("inf"), 3, 0]:
    for scale in [1., 2., 3.]:
        print("matrix ord", ord, "scale", scale, grad_of(m, ord, scale=scale))
    print("matrix ord", ord, "keepdims", grad_of(m, ord, keepdims=True))
    print("stack ord", ord, grad_of(stack, ord))
    print("ties ord", ord, grad_of([[1., 1.], [1., 1.]], ord))
for ord in [1, -1, float("inf")]:
    print("axis pair ord", ord, grad_of(m, ord, axis=(0, 1)))
# ord as the strings 'inf' / '-inf': MXNet's front end (largest / smallest magnitude, or over an axis pair the
# matrix norm), plain gradients
v = [3., -4., 1.]
for ord in ["inf", "-inf"]:
    print("string", ord, "vector", grad_of(v, ord))
    print("string", ord, "matrix", grad_of(m, ord))
    print("string", ord, "axis 1", grad_of(m, ord, axis=1))
    print("string", ord, "axis pair", grad_of(m, ord, axis=(0, 1)))
    print("string", ord, "axis pair reversed", grad_of(m, ord, axis=(1, 0)))
    print("string", ord, "axis pair keepdims", grad_of(m, ord, axis=(0, 1), keepdims=True))
