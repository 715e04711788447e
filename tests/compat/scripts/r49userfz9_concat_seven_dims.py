"""Concat of float32 arrays of more than 6 dimensions along an axis given positive fails when its result is read ("MKLDNN doesn't support 7 dimensions"), while a negative axis, axis 0, another type, or a first input that is a view joins them."""
import mxnet as mx
from mxnet import nd


def last_line(error):
    return [line for line in str(error).split("\n") if line.strip()][-1]


def report(label, make):
    try:
        joined = make()
        print(label, joined.shape)
        print(label, joined.sum().asscalar())
    except mx.base.MXNetError as e:
        print(label, "MXNetError", last_line(e))


seven = nd.ones((2, 3, 1, 1, 1, 1, 1))
eight = nd.ones((2, 3, 1, 1, 1, 1, 1, 1))
report("dim 1", lambda: nd.concat(seven, seven, dim=1))
report("dim 5", lambda: nd.concat(seven, seven * 2, dim=5))
report("dim 6", lambda: nd.concat(seven, seven, dim=6))
report("dim -2", lambda: nd.concat(seven, seven, dim=-2))
report("dim -1", lambda: nd.concat(seven, seven, dim=-1))
report("dim 0", lambda: nd.concat(seven, seven, dim=0))
report("one input", lambda: nd.concat(seven, dim=2))
report("eight dims", lambda: nd.concat(eight, eight))
report("float64", lambda: nd.concat(seven.astype("float64"), seven.astype("float64")))
report("int32", lambda: nd.concat(seven.astype("int32"), seven.astype("int32"), dim=3))
report("first a view", lambda: nd.concat(seven[0:1], seven[1:2], dim=1))
report("second a view", lambda: nd.concat(seven, seven[0:2], dim=1))
report("reshaped view", lambda: nd.concat(nd.ones((6,)).reshape((2, 3, 1, 1, 1, 1, 1)), seven, dim=2))
report("six dims", lambda: nd.concat(nd.ones((2, 3, 1, 1, 1, 1)), nd.ones((2, 3, 1, 1, 1, 1)), dim=2))
report("symbol", lambda: mx.sym.concat(mx.sym.var("a"), mx.sym.var("b"), dim=1).eval(a=seven, b=seven)[0])
x = nd.ones((2, 3, 1, 1, 1, 1, 1))
x.attach_grad()
with mx.autograd.record():
    y = nd.concat(x, x * 3, dim=4)
report("recorded", lambda: y)
