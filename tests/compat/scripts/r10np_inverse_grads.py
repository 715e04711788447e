"""Gradients of np.linalg.inv and tensorinv of 2x2 matrices (float32, float64, stacks), bit for bit."""
import mxnet as mx
np = mx.np
mx.npx.set_np()


def grad(fn, a, head):
    x = np.array(a, dtype=head.dtype)
    x.attach_grad()
    with mx.autograd.record():
        y = fn(x)
    y.backward(head)
    return [v.hex() for v in x.grad.asnumpy().astype("float64").ravel().tolist()]


mats = [[[2., 1.], [1., 3.]], [[4., 1.], [2., 5.]], [[0.5, -1.5], [2.5, 3.]], [[7., 3.], [-2., 0.25]]]
for dtype in ("float32", "float64"):
    for m in mats:
        head = np.array([[1., -0.5], [0.25, 2.]], dtype=dtype)
        print(dtype, "inv", grad(np.linalg.inv, m, head))
        print(dtype, "tensorinv", grad(lambda x: np.linalg.tensorinv(x, ind=1), m, head))
    stack = np.array(mats, dtype=dtype)
    print(dtype, "inv stack", grad(np.linalg.inv, stack, np.ones((4, 2, 2), dtype=dtype)))
