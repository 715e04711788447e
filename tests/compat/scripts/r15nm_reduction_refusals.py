"""mx.np reductions: what their kernels refuse (initial, searches of empty or bool arrays, a negative cumsum axis,
bool averages, percentiles out of range) fails when the result is read; dtype, interpolation, duplicate axes and
out= shapes are refused at the call in MXNet's words."""
import numpy as onp
import mxnet as mx
from mxnet import np, npx
from _words import words

npx.set_np()
x = np.array([[1.5, -2., 3.], [4., 0.5, -6.]])


def show(label, call):
    try:
        r = call()
    except Exception as e:
        print(label, "call ->", words(e))
        return
    try:
        print(label, "->", r.shape, r.dtype, r.asnumpy().tolist())
    except Exception as e:
        print(label, "shape", r.shape, "read ->", words(e))


for name in ["sum", "prod", "max", "min", "amax", "amin", "product"]:
    show(f"{name} initial=0", lambda: getattr(np, name)(x, axis=1, initial=0))
    show(f"{name} initial=None", lambda: getattr(np, name)(x, axis=1, initial=None))
for name in ["argmax", "argmin"]:
    show(f"{name} empty", lambda: getattr(np, name)(np.zeros((0, 3))))
    show(f"{name} empty axis 1", lambda: getattr(np, name)(np.zeros((0, 3)), axis=1))
    show(f"{name} bool", lambda: getattr(np, name)(x > 0))
    show(f"{name} bool axis 0", lambda: getattr(np, name)(x > 0, axis=0))
    show(f"{name} out shape", lambda: getattr(np, name)(x, axis=0, out=np.zeros((2,))))
    show(f"{name} out type", lambda: getattr(np, name)(x, axis=0, out=np.zeros((3,))))
for axis in [-1, -2, 0, 1]:
    show(f"cumsum axis={axis}", lambda: np.cumsum(x, axis=axis))
show("cumsum dtype bool", lambda: np.cumsum(x, dtype='bool'))
show("cumsum axis 0 dtype bool", lambda: np.cumsum(x, axis=0, dtype='bool'))
show("std dtype bool", lambda: np.std(x, dtype='bool'))
show("var axis 0 dtype bool", lambda: np.var(x, axis=0, dtype='bool'))
show("mean dtype bool", lambda: np.mean(x, dtype='bool'))
show("max axis (1, 1)", lambda: np.max(x, axis=(1, 1)))
show("amin axis (0, 0) keepdims", lambda: np.amin(x, axis=(0, 0), keepdims=True))
show("sum axis (1, 1)", lambda: np.sum(x, axis=(1, 1)))
show("average bool", lambda: np.average(x > 0))
show("average bool axis 1", lambda: np.average(x > 0, axis=1))
for q in [2, -1, 0.5]:
    show(f"quantile {q}", lambda: np.quantile(x, q))
show("percentile 150 axis 0", lambda: np.percentile(x, 150, axis=0))
show("percentile bogus", lambda: np.percentile(x, 50, interpolation='bogus'))
show("quantile bogus axis 1", lambda: np.quantile(x, 0.25, axis=1, interpolation='bogus'))
show("nancumsum uint8", lambda: np.nancumsum(np.ones((3,), dtype='uint8')))
show("nancumprod uint8", lambda: np.nancumprod(np.ones((3,), dtype='uint8')))
show("alltrue dtype", lambda: np.alltrue(x, dtype='float64'))
show("all axis", lambda: np.all(x, axis=0))
show("cumsum axis 0 out (3,) int32", lambda: np.cumsum(x, axis=0, out=np.zeros((3,), dtype='int32')))
show("cumsum axis 1 out (2,)", lambda: np.cumsum(x, axis=1, out=np.zeros((2,))))
show("cumsum out (3,)", lambda: np.cumsum(x, out=np.zeros((3,))))
show("average out int32", lambda: np.average(x, axis=0, out=np.zeros((3,), dtype='int32')))
show("average out shape", lambda: np.average(x, axis=0, out=np.zeros((2,))))
