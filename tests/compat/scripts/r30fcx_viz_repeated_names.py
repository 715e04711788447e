"""mx.viz.plot_network warns (RuntimeWarning) of a graph whose variables repeat a name, and still draws it."""
# recorded on AVX2
import warnings

import mxnet as mx

warnings.showwarning = lambda message, category, *rest, **kw: print("warning:", category.__name__, message)

a, b = mx.sym.var("a"), mx.sym.var("a")
for title, sym in [("repeated a", a + b), ("distinct", a + mx.sym.var("b")),
                   ("repeated weight", mx.sym.FullyConnected(a, weight=mx.sym.var("w"), num_hidden=2, name="w"))]:
    print(title)
    try:
        dot = mx.viz.plot_network(sym)
        print("drawn", type(dot).__name__)
    except Exception as e:
        print("ERR", type(e).__name__, str(e).splitlines()[0] if str(e) else "")
