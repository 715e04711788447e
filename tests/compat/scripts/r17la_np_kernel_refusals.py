"""mx.np.linalg refusals MXNet's kernels make when the result is read: complex eigenvalues of eig/eigvals, the
2/-2/nuc norms of tall matrices, boolean systems of solve/tensorsolve; svd's and tensorinv's shape checks at the call."""
import mxnet as mx
from mxnet import np, npx
from _words import words

npx.set_np()


def show(label, call):
    try:
        r = call()
    except Exception as e:
        print(label, "call ->", words(e))
        return
    for k, part in enumerate(r if isinstance(r, (tuple, list)) else [r]):
        try:
            print(label, k, "->", part.shape, part.dtype, (part.asnumpy().round(4) + 0).tolist())
        except Exception as e:
            print(label, k, part.shape, part.dtype, "read ->", words(e))


rotation = np.array([[0., -1.], [1., 0.]])
show("eig rotation", lambda: np.linalg.eig(rotation))
show("eigvals rotation", lambda: np.linalg.eigvals(rotation))
show("eigvals scaled rotation", lambda: np.linalg.eigvals(np.array([[1., -2.5], [2.5, 1.]], dtype="float64")))
show("eig triangular", lambda: np.linalg.eig(np.array([[2., 1.], [0., 3.]], dtype="float64")))
x = np.arange(24, dtype="float32").reshape(2, 3, 4) / 10
for ordv in ("nuc", 2, -2):
    for axis in ((1, 2), (2, 1), (-1, -2)):
        for keepdims in (False, True):
            show(f"norm {ordv} {axis} {keepdims}", lambda: np.linalg.norm(x, ord=ordv, axis=axis, keepdims=keepdims))
for shape in ((4, 2), (2, 3, 2), (3, 3), (2, 4)):
    show(f"svd {shape}", lambda: np.linalg.svd(np.ones(shape))[1])
for a_shape, b_shape in (((3, 3), (3,)), ((3, 3), (3, 2)), ((2, 2, 2), (2, 2)), ((3, 2), (3,))):
    show(f"solve bool {a_shape} {b_shape}", lambda: np.linalg.solve(np.ones(a_shape, dtype=bool), np.ones(b_shape, dtype=bool)))
    show(f"solve bool b {a_shape} {b_shape}", lambda: np.linalg.solve(np.eye(a_shape[-1]) * 2 if len(a_shape) == 2 and a_shape[0] == a_shape[1] else np.ones(a_shape), np.ones(b_shape, dtype=bool)))
show("tensorsolve bool", lambda: np.linalg.tensorsolve(np.ones((2, 3, 6), dtype=bool), np.ones((2, 3), dtype=bool)))
show("tensorinv empty stack", lambda: np.linalg.tensorinv(np.zeros((2, 0, 0)), ind=2))
show("tensorinv empty rows", lambda: np.linalg.tensorinv(np.zeros((0, 2, 2)), ind=1))
