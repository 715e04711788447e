"""The gradient of a reduction other than sum over a bool array fails when it is read, not in backward, as MXNet's engine defers its kernel error."""
from mxnet import autograd as ag, nd


def show(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__)


for name in ["mean", "max", "min", "prod", "nansum", "nanprod", "sum"]:
    for order in ["output first", "gradient first", "gradient only"]:
        x = nd.array([1, 0, 1], dtype="bool")
        x.attach_grad()
        with ag.record():
            y = getattr(nd, name)(x)
        show("%s backward (%s)" % (name, order), lambda: y.backward())
        if order == "output first":
            show("  output", lambda: y.asnumpy().tolist())
        show("  gradient", lambda: x.grad.asnumpy().tolist())
        if order == "gradient first":
            show("  output", lambda: y.asnumpy().tolist())
