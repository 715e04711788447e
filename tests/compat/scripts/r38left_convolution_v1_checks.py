"""Convolution_v1 refuses bad shapes, strides, dilations, kernels and types with its own checks, words and source lines."""
import re

import mxnet as mx
nd = mx.nd
def t(label, f):
    try: r = f(); print(label, r.shape, r.dtype.__name__)
    except Exception as e: print(label, type(e).__name__, str(e).replace("\n", " | ")[:260])
x = nd.ones((1, 2, 5, 5)); w = nd.ones((3, 2, 3, 3)); b = nd.zeros(3)
C = nd.Convolution_v1
t("ok", lambda: C(x, w, b, kernel=(3, 3), num_filter=3))
t("no kernel", lambda: C(x, w, b, num_filter=3))
t("kernel 1d", lambda: C(x, w, b, kernel=(3,), num_filter=3))
t("w shape", lambda: C(x, nd.ones((3, 2, 2, 2)), b, kernel=(3, 3), num_filter=3))
t("b shape", lambda: C(x, w, nd.zeros(4), kernel=(3, 3), num_filter=3))
t("kernel > data", lambda: C(nd.ones((1, 2, 2, 2)), w, b, kernel=(3, 3), num_filter=3))
t("groups", lambda: C(x, w, b, kernel=(3, 3), num_filter=3, num_group=2))
t("stride0", lambda: C(x, w, b, kernel=(3, 3), num_filter=3, stride=(0, 0)))
t("dilate0", lambda: C(x, w, b, kernel=(3, 3), num_filter=3, dilate=(0, 0)))
t("data 3d", lambda: C(nd.ones((1, 2, 5)), w, b, kernel=(3, 3), num_filter=3))
t("int data", lambda: C(x.astype('int32'), w.astype('int32'), b.astype('int32'), kernel=(3, 3), num_filter=3))
t("f16", lambda: C(x.astype('float16'), w.astype('float16'), b.astype('float16'), kernel=(3, 3), num_filter=3))
t("f64", lambda: C(x.astype('float64'), w.astype('float64'), b.astype('float64'), kernel=(3, 3), num_filter=3))
t("mixed", lambda: C(x, w.astype('float64'), b, kernel=(3, 3), num_filter=3))
t("no_bias 2in", lambda: C(x, w, kernel=(3, 3), num_filter=3, no_bias=True))
t("layout", lambda: C(x, w, b, kernel=(3, 3), num_filter=3, layout='NHWC'))
t("pad big", lambda: C(x, w, b, kernel=(3, 3), num_filter=3, pad=(5, 5)))
t("channels mismatch", lambda: C(nd.ones((1, 3, 5, 5)), w, b, kernel=(3, 3), num_filter=3))
t("workspace0", lambda: C(x, w, b, kernel=(3, 3), num_filter=3, workspace=0))
s = mx.sym.Convolution_v1(mx.sym.var('d'), kernel=(3, 3), num_filter=3, name='c')
t("sym infer", lambda: s.infer_shape(d=(1, 2, 5, 5))[0] and nd.zeros(1))
for shp in ((1, 2, 5), (1, 2, 2, 2), (1, 3)):
    try: print("sym", shp, s.infer_shape(d=shp))
    except Exception as e: print("sym", shp, type(e).__name__, re.sub(r"\[\d\d:\d\d:\d\d\] ", "", str(e)).replace("\n", " | ")[:260])
try: print(s.infer_type(d='int32'))
except Exception as e: print("symtype", type(e).__name__, str(e).replace("\n", " | ")[:260])
