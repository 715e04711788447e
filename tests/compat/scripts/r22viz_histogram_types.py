"""histogram's dtypes under partial inference: int64 counts whatever its inputs, edges in the data's dtype."""
# recorded on AVX2
import warnings

import mxnet as mx
from _words import words

warnings.simplefilter("ignore")
a, b = mx.sym.var("a"), mx.sym.var("b")
nets = [mx.sym.histogram(a, b), mx.sym.histogram(a, bins=3, range=(0, 1)), mx.sym.histogram(a, b)[0] + 1,
        mx.sym.histogram(a, b)[1] * 2, mx.sym.Group([mx.sym.histogram(a, b)[1], a + 1])]
for net in nets:
    for kw in [{}, {"a": "float16"}, {"b": "float64"}, {"a": "int32", "b": "float32"}, {"a": "uint8"}]:
        kw = {k: v for k, v in kw.items() if k in net.list_arguments()}
        for fn in ("infer_type_partial", "infer_type"):
            try:
                shown = getattr(net, fn)(**kw)
            except mx.base.MXNetError as e:
                shown = words(e)
            print(net.list_outputs(), kw, fn, shown)
