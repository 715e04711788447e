"""Correlation whose neighbourhood and kernel outgrow the padded data: MXNet's unsigned output size wraps round, so the refusal depends on stride1 (the size check, or a negative dimension)."""
# recorded on AVX2
import re
import mxnet as mx
from mxnet import nd, sym

for shape, kw in [((1, 2, 3, 8), dict(kernel_size=1, max_displacement=3, stride1=2, stride2=2)),
                  ((1, 2, 3, 8), dict(kernel_size=1, max_displacement=3, stride1=1)),
                  ((1, 2, 6, 8), dict(kernel_size=1, max_displacement=3, stride1=1)),
                  ((1, 2, 8, 3), dict(kernel_size=1, max_displacement=3, stride1=2)),
                  ((1, 2, 8, 6), dict(kernel_size=1, max_displacement=3, stride1=1)),
                  ((1, 2, 8, 6), dict(kernel_size=3, max_displacement=2, stride1=1)),
                  ((1, 2, 4, 4), dict(kernel_size=3, max_displacement=2, stride1=4, pad_size=1)),
                  ((1, 2, 7, 7), dict(kernel_size=3, max_displacement=2, stride1=2))]:
    try:
        y = nd.Correlation(nd.ones(shape), nd.ones(shape), **kw)
        print(shape, kw, y.shape, y.asnumpy().sum())
    except Exception as e:
        print(shape, kw, type(e).__name__, " | ".join(str(e).splitlines()))
    try:
        print("  infer", sym.Correlation(sym.var("a"), sym.var("b"), name="c", **kw).infer_shape(a=shape, b=shape)[1])
    except Exception as e:
        print("  infer", type(e).__name__, [re.sub(r"\[\d\d:\d\d:\d\d\] ", "", l) for l in str(e).splitlines()
                                            if "Check failed" in l])
