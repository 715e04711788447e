"""mx.np.linalg: refusals made by the LAPACK kernels surface when the result is read (other types, potrf's square
check, the inf vector norm, singular systems), solve's shape checks and the norm's order attribute at the call."""
import mxnet as mx
from mxnet import np, npx
from _words import words

npx.set_np()
A = np.array([[4., 1, 2], [1, 5, 3], [2, 3, 6]])


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
            print(label, k, "shape", part.shape, "read ->", words(e))


for dtype in ["int32", "float16", "bool", "uint8", "float64"]:
    a = A.astype(dtype)
    show(f"inv {dtype}", lambda: np.linalg.inv(a))
    show(f"cholesky {dtype}", lambda: np.linalg.cholesky(a))
    show(f"det {dtype}", lambda: np.linalg.det(a))
    show(f"pinv {dtype}", lambda: np.linalg.pinv(a))
    show(f"eigvalsh {dtype}", lambda: np.linalg.eigvalsh(a))
    show(f"svd[0] {dtype}", lambda: np.linalg.svd(a)[0])
show("cholesky 3x2", lambda: np.linalg.cholesky(np.ones((3, 2))))
show("cholesky 1-d", lambda: np.linalg.cholesky(np.ones((3,))))
for ordv in [float('inf'), -float('inf'), 'bogus', True]:
    show(f"norm vector ord={ordv}", lambda: np.linalg.norm(np.array([1., -2, 3]), ord=ordv))
    show(f"norm axis=1 ord={ordv}", lambda: np.linalg.norm(A, ord=ordv, axis=1, keepdims=True))
for b_shape in [(3,), (3, 2), (2, 3), (4,), (3, 3, 1), ()]:
    show(f"solve A {b_shape}", lambda: np.linalg.solve(A, np.ones(b_shape)))
stack = np.stack([A, A])
for b_shape in [(2, 3), (3,), (3, 3), (2, 3, 2), (1, 3, 1)]:
    show(f"solve stack {b_shape}", lambda: np.linalg.solve(stack, np.ones(b_shape)))
show("solve singular", lambda: np.linalg.solve(np.array([[1., 2], [2, 4]]), np.ones(2)))
show("solve singular first column", lambda: np.linalg.solve(np.array([[0., 1], [0, 1]], dtype='float64'),
                                                           np.ones(2, dtype='float64')))
show("solve singular stack", lambda: np.linalg.solve(np.ones((2, 3, 3)), np.ones((2, 3))))
show("tensorsolve singular", lambda: np.linalg.tensorsolve(np.ones((2, 3, 6)), np.ones((2, 3))))
show("tensorsolve not square", lambda: np.linalg.tensorsolve(np.eye(6).reshape(6, 2, 3), np.ones(6), (0, 1)))
show("tensorsolve", lambda: np.linalg.tensorsolve(np.eye(6).reshape(2, 3, 6), np.ones((2, 3))))
