"""Second order gradients through ops whose MXNet backward has no gradient of its own (linalg, index_copy,
amp_cast) and through comparisons, whose gradient is zeros (a second order gives zeros too)."""
import numpy as np

from mxnet import autograd, nd
from _words import words

# recorded on AVX2

A = np.array([[4., 1.], [1., 3.]], dtype="float32")
MATRIX_OPS = {
    "potrf": nd.linalg_potrf, "potri": nd.linalg_potri, "inverse": nd.linalg_inverse, "det": nd.linalg_det,
    "slogdet": lambda x: nd.linalg_slogdet(x)[1], "trmm": lambda x: nd.linalg_trmm(x, x),
    "trsm": lambda x: nd.linalg_trsm(x, x), "gemm2": lambda x: nd.linalg_gemm2(x, x),
    "syrk": nd.linalg_syrk, "sumlogdiag": nd.linalg_sumlogdiag,
    "extractdiag": nd.linalg_extractdiag, "makediag": nd.linalg_makediag,
    "extracttrian": nd.linalg_extracttrian, "maketrian": lambda x: nd.linalg_maketrian(nd.linalg_extracttrian(x)),
    "amp_cast": lambda x: nd.amp_cast(x, dtype="float16"), "Cast": lambda x: nd.Cast(x, dtype="float64"),
    "index_copy old": lambda x: nd.contrib.index_copy(x, nd.array([0]), nd.ones((1, 2))),
    "index_copy new": lambda x: nd.contrib.index_copy(nd.ones((2, 2)), nd.array([0]), x[0:1] * 2),
    "index_copy both": lambda x: nd.contrib.index_copy(x, nd.array([0]), x[0:1]),
}
MASKS = {
    "x * (x > 0)": lambda x: x * (x > 0),
    "x * (x > 2x)": lambda x: x * (x > x * 2),
    "greater(x, 2x)": lambda x: nd.greater(x, x * 2),
    "greater(x, 2x) + x*x": lambda x: nd.greater(x, x * 2) + x * x,
    "lesser(2x, x) * x": lambda x: nd.broadcast_lesser(x * 2, x) * x,
    "(2x == 0.6) * x": lambda x: (x * 2 == 0.6) * x,
    "(2x != 0.6) * x": lambda x: (x * 2 != 0.6) * x,
    "logical_and(x, 2x) * x": lambda x: nd.logical_and(x, x * 2) * x,
    "equal(x, x) * x": lambda x: nd.equal(x, x) * x,
    "where(x > 0, x*x, -x)": lambda x: nd.where(x > 0, x * x, -x),
}


def second_order(make, data, square):
    """The first gradient, and the gradient of sum(g * g) (square) or sum(g * x)."""
    x = nd.array(data)
    x.attach_grad()
    with autograd.record():
        g = autograd.grad(make(x), [x], create_graph=True, retain_graph=True)[0]
        s = (g * g).sum() if square else (g * x).sum()
    s.backward()
    return np.round(g.asnumpy(), 4).tolist(), np.round(x.grad.asnumpy(), 4).tolist()


for table, data in ((MATRIX_OPS, A), (MASKS, np.array([[0.3, -0.7], [0.5, 0.9]], dtype="float32"))):
    for name, make in table.items():
        for square in (True, False):
            try:
                shown = second_order(make, data, square)
            except Exception as e:
                shown = words(e)
            print(name, "g*g" if square else "g*x", shown)
