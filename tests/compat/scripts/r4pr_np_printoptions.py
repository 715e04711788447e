"""mx.np.set_printoptions takes precision and threshold only; numpy's own options reach both array kinds."""
import numpy as np

import mxnet as mx

DEFAULTS = np.get_printoptions()
values = [1.23456, np.nan, np.inf, 1000, 2, 3, 4, 5]


def show(call, fn):
    np.set_printoptions(**DEFAULTS)
    try:
        fn()
        print(call, "-> ok")
    except Exception as e:       # noqa: BLE001 -- the error class is part of the behaviour
        print(call, "->", type(e).__name__)
    options = np.get_printoptions()
    print("  precision", options["precision"], "threshold", options["threshold"], "suppress", options["suppress"])
    print("  nd", repr(mx.nd.array(values)).replace("\n", "|"))
    print("  np", repr(mx.np.array(values)), "|", str(mx.np.array(values)))


show("()", lambda: mx.np.set_printoptions())
show("(3)", lambda: mx.np.set_printoptions(3))
show("(3, 5)", lambda: mx.np.set_printoptions(3, 5))
show("(3, 5, 7)", lambda: mx.np.set_printoptions(3, 5, 7))
show("(precision=2, threshold=4)", lambda: mx.np.set_printoptions(precision=2, threshold=4))
show("(precision=None)", lambda: mx.np.set_printoptions(precision=None))
show("(threshold=np.inf)", lambda: mx.np.set_printoptions(threshold=np.inf))
show("(precision=2.5)", lambda: mx.np.set_printoptions(precision=2.5))
show("(threshold='x')", lambda: mx.np.set_printoptions(threshold="x"))
for option in ["suppress=True", "linewidth=20", "edgeitems=1", "sign='+'", "floatmode='fixed'", "nanstr='N'",
               "formatter={'float': str}", "legacy='1.13'", "bogus=1", "precision=3, suppress=True"]:
    show(f"({option})", lambda: eval(f"mx.np.set_printoptions({option})"))
for option in ["suppress=True", "linewidth=20", "sign='+'", "nanstr='N'"]:
    show(f"numpy ({option})", lambda: eval(f"np.set_printoptions({option})"))
np.set_printoptions(**DEFAULTS)
np.set_printoptions(precision=3, suppress=True, linewidth=30)
print(repr(mx.nd.array(values)))
print(repr(mx.np.array(values)))
np.set_printoptions(**DEFAULTS)
