"""Symbol refusals in MXNet's own words: a bool scalar in symbol arithmetic (no added hint), _set_attr on a grouped symbol (nnvm's source line), extractdiag/extracttrian of unknown rank (std::bad_alloc), softmax_cross_entropy's batch check line."""
# recorded on AVX2
import re
import warnings

import mxnet as mx
from mxnet import sym

warnings.simplefilter("ignore")
x, y = sym.var("x"), sym.var("y")
calls = [("x + True", lambda: x + True), ("x * False", lambda: x * False), ("x - True", lambda: x - True),
         ("True - x", lambda: True - x), ("x / True", lambda: x / True), ("x ** False", lambda: x ** False),
         ("set_attr group", lambda: sym.Group([x, y])._set_attr(k="v")),
         ("extractdiag", lambda: sym.linalg.extractdiag(x).infer_shape_partial()),
         ("extracttrian", lambda: sym.linalg.extracttrian(x).infer_shape_partial()),
         ("extractdiag known", lambda: sym.linalg.extractdiag(x).infer_shape_partial(x=(0, 3))),
         ("sce label", lambda: sym.softmax_cross_entropy(x, y).infer_shape_partial(x=(2, 3), y=(0,))),
         ("sce data", lambda: sym.softmax_cross_entropy(x, y).infer_shape_partial(x=(0, 3), y=(2,))),
         ("sce both", lambda: sym.softmax_cross_entropy(x, y).infer_shape(x=(2, 3), y=(3,)))]
for label, call in calls:
    try:
        print(label, call())
    except Exception as e:
        print(label, type(e).__name__, repr(re.sub(r"\[\d\d:\d\d:\d\d\] ", "", str(e))))
