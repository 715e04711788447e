"""multi_sum_sq's symbolic type inference refuses an unknown first input (full or partial), and a first input's dtype alone types them all."""
import re
import warnings

import mxnet as mx


def show(f):
    try:
        print(f())
    except mx.base.MXNetError as e:
        print("MXNetError:", re.sub(r"\[\d\d:\d\d:\d\d\] ", "", str(e).split("\n")[0]))


a = mx.sym.var("a")
b = mx.sym.var("b")
s = mx.sym.multi_sum_sq(a, b, num_arrays=2)
show(lambda: s.infer_type())
show(lambda: s.infer_type(a="float32"))
show(lambda: s.infer_type(a="float16"))
show(lambda: s.infer_type(b="float32"))
show(lambda: s.infer_type_partial())
show(lambda: s.infer_type_partial(b="float16"))
show(lambda: s.infer_type_partial(a="float64"))
show(lambda: s.infer_type(a="float32", b="float16"))
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    show(lambda: s.infer_shape_partial(a=(2, 3)))
    show(lambda: s.infer_shape(a=(2, 3), b=(4,)))
c = mx.sym.multi_sum_sq(a * 2, mx.sym.var("d", dtype="float16"), num_arrays=2)
show(lambda: c.infer_type())
show(lambda: c.infer_type(a="float16"))
