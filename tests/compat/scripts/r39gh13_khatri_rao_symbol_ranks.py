"""khatri_rao's symbol shape inference reads every input's column count: a 1-D input (known or partly unknown
shapes beside it) fails that read with MXNet's words, matrices infer (rows product, columns)."""
import re

import mxnet as mx


def show(name, f):
    try:
        print(name, f())
    except Exception as e:
        print(name, type(e).__name__, re.sub(r"\[\d\d:\d\d:\d\d\] ", "", str(e)).replace("\n", " / "))


d, i, k = mx.sym.var("d"), mx.sym.var("i"), mx.sym.var("k")
two, three = mx.sym.khatri_rao(d, i), mx.sym.khatri_rao(d, i, k)
for ds, ish in [((3,), (2, 2)), ((0, 3, 4), (3,)), ((2, 3), (4,)), ((0,), (2, 2)), ((2, 3), (0,)), ((2, 2), (3, 2, 1)),
                ((2, 2), (3, 2))]:
    show(f"partial {ds} {ish}", lambda: two.infer_shape_partial(d=ds, i=ish))
    show(f"full {ds} {ish}", lambda: two.infer_shape(d=ds, i=ish))
show("three, the last 1-D", lambda: three.infer_shape_partial(d=(2, 2), i=(3, 2), k=(5,)))
show("three, the middle unknown", lambda: three.infer_shape_partial(d=(2, 2), k=(5,)))
show("bound with a 1-D input", lambda: two.bind(mx.cpu(), {"d": mx.nd.ones((2, 2)), "i": mx.nd.ones((3,))}).forward())
