"""np.linalg.norm's orders as MXNet's operator reads them: float 2.0/-2.0 are singular value norms, other numbers take
row sums (largest for positive orders, smallest for 0, nan and negative ones), text orders are parsed by dmlc's
number reader (refused with its words when nothing or not all of the text is a number)."""
import mxnet as mx
from mxnet import np, npx
from _words import words

npx.set_np()
x = np.array([[1., -2., 3.], [4., 5., -7.]])
v = np.array([1., -2., 3.])
ORDERS = [2.0, -2.0, 2, -2, 0.5, -0.5, 3.0, -3.0, 0.0, float("nan"), 1.0, -1.0, "2", "-2", "2.5", "-1", "e", "1e", " 1",
          "infinity", "+inf", "-infinity", "1.5f", "3f", ".5", "-.5f", "2e-1", "nan", "fro2", "fx", "inf2", "1x", "", "x",
          "in", "nucx", "2 ", "0x10", "f", "fro", "nuc"]
for ordv in ORDERS:
    for arr, axis in ((x, None), (x, (0, 1)), (x, (1, 0)), (v, None), (x, 1)):
        try:
            r = np.linalg.norm(arr, ord=ordv, axis=axis)
            print(repr(ordv), axis, arr.ndim, (r.asnumpy().round(4) + 0).tolist())
        except mx.MXNetError as e:
            print(repr(ordv), axis, arr.ndim, "->", words(e))
