"""np.linalg.eigh / eigvalsh read the upper triangle for UPLO='U' (any other single character: the lower one);
a UPLO of another length is MXNet's parameter error. Values rounded: the LAPACK kernels' last bits differ."""
import mxnet as mx
from mxnet import np, npx

npx.set_np()


def rounded(values):
    return [round(v, 4) + 0.0 for v in values]


def show(label, fn):
    """Prints the eigenvalues (rounded) or the exception class."""
    try:
        print(label, "->", rounded(fn().reshape(-1).tolist()))
    except Exception as e:  # noqa: BLE001
        print(label, "raises", type(e).__name__)


a = np.array([[1., 2.], [3., 4.]])
for uplo in ["L", "U", "X", "u", 1, "UL", "", None]:
    show("eigh UPLO=%r" % (uplo,), lambda: np.linalg.eigh(a, UPLO=uplo)[0])
    show("eigvalsh UPLO=%r" % (uplo,), lambda: np.linalg.eigvalsh(a, uplo))
stack = np.array([[[1., 2.], [3., 4.]], [[2., -1.], [5., 0.]]])
show("eigh stack U", lambda: np.linalg.eigh(stack, "U")[0])
show("eigh stack U vectors", lambda: np.abs(np.linalg.eigh(stack, "U")[1]))
show("eigh float64 U", lambda: np.linalg.eigh(a.astype("float64"), "U")[0])
show("eigh int32 U", lambda: np.linalg.eigh(a.astype("int32"), "U")[0])
