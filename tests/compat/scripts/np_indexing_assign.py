"""mx.np indexing and assignment: basic, advanced and boolean keys, views and copies, errors."""
import mxnet as mx
from mxnet import np, npx
import numpy as onp
if __name__ == "__main__":      # np_legacy_shape_mode runs these probes without NumPy semantics
    npx.set_np()
def t(expr, scope=None):
    """Print what ``expr`` evaluates to (in ``scope``, else this module) or the class of its error."""
    try:
        r = eval(expr, globals() if scope is None else scope)
        print(expr, '->', repr(r).replace('\n',''), type(r).__name__)
    except Exception as e:
        print(expr, '!!', type(e).__name__)
def st(code):
    x = np.arange(12).reshape(3, 4)
    try:
        exec(code)
        print(code, '->', repr(x).replace('\n', ''))
    except Exception as e:
        print(code, '!!', type(e).__name__)
st("x[0] = np.array([1, 2, 3, 4], dtype='int32')")
st("x[x > 5] = np.array(0.5)")
st("x[x > 5] = np.arange(6) * 10")
st("x[1:, 1:] += 1")
st("x[np.array([0, 2])] *= 2")
st("x[:, np.array([True, False, True, False])] = 7")
st("x[..., 0] = [9, 8, 7]")
st("x[0, 0] = np.array([5.])")
st("x[np.array([0, 1]), np.array([1, 2])] = np.array([-1., -2.])")
st("x[:] = 3")
st("x[()] = 1")
st("x[None, 0] = 4")
st("x[1] = np.ones((2, 4))")
st("x[5] = 1")
st("x[0, ::-1] = np.arange(4)")
st("x[[0, 1]] = 0")
st("x[0][1] = 100")
st("x.T[0] = 50")
st("x.reshape(-1)[0] = 77")
st("y = x[1:]; y[0, 0] = -9")
st("y = x[:, 1]; y[0] = -9")
t("np.arange(5)[np.array([1, 3], dtype='int32')]")
t("np.arange(5)[[True, False, True, False, True]]")
t("np.arange(5)[-2:]")
t("np.arange(5)[::-2]")
t("np.arange(6).reshape(2, 3)[:, -1]")
t("np.arange(6).reshape(2, 3)[1, None]")
t("np.arange(6).reshape(2, 3)[np.array([[True, False, True], [False, True, False]])]")
t("np.arange(6).reshape(2, 3)[0, 1:2]")
t("np.arange(6).reshape(2, 3)[(0, 1)]")
t("np.arange(6).reshape(2, 3)[[0, 1], [1, 2]]")
t("np.arange(6).reshape(2, 3)[1, [0, 2]]")
t("np.arange(24).reshape(2, 3, 4)[:, [0, 2], [1, 3]]")
t("np.arange(24).reshape(2, 3, 4)[1, ..., np.array([0, 3])]")
t("np.arange(6)[np.int64(2)]")
t("np.arange(6)[slice(1, 4, 2)]")
