"""An operator check MXNet logs (khatri_rao's column and rank checks, quantized_pooling's rank) ends its imperative error with a newline, which the same check's error in a graph drops."""
import re
import warnings

import mxnet as mx


def show(f):
    try:
        print(f())
    except mx.base.MXNetError as e:
        print("MXNetError:", repr(re.sub(r"\[\d\d:\d\d:\d\d\] ", "", str(e))[:300]))


a = mx.nd.ones((2, 3))
show(lambda: mx.nd.khatri_rao(a, mx.nd.ones((4, 5))))
show(lambda: mx.nd.khatri_rao(mx.nd.ones((2,)), a))
show(lambda: mx.nd.khatri_rao(a, mx.nd.ones((2,))))
show(lambda: mx.nd.khatri_rao(a, a, mx.nd.ones((3,))))
show(lambda: mx.nd.khatri_rao(a, a, mx.nd.ones((4, 2))))
show(lambda: mx.nd.khatri_rao(mx.nd.ones((2, 3, 4)), mx.nd.ones((2, 4))))
show(lambda: mx.nd.khatri_rao(a, mx.nd.ones((4, 3))).asnumpy().tolist())
q = mx.nd.ones((2, 3, 4), dtype="int8")
show(lambda: mx.nd.contrib.quantized_pooling(q, mx.nd.array([-1]), mx.nd.array([1]), kernel=(2, 2)))

x, y = mx.sym.var("x"), mx.sym.var("y")
k = mx.sym.khatri_rao(x, y)
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    for shapes in [dict(x=(2, 3), y=(4, 5)), dict(x=(2, 3), y=(4,)), dict(x=(2,), y=(4, 3)), dict(x=(0, 3), y=(4, 5)),
                   dict(x=(0, 3), y=(4, 3)), dict(x=(2, 3), y=(4, 3, 1))]:
        show(lambda: k.infer_shape_partial(**shapes))
d = mx.sym.var("d", dtype="int8")
p = mx.sym.contrib.quantized_pooling(d, mx.sym.var("lo"), mx.sym.var("hi"), kernel=(2, 2))
show(lambda: p.infer_shape(d=(2, 3, 4), lo=(1,), hi=(1,)))
