"""A loss's global weight must be a number (complex, text, lists and arrays fail MXNet's bare-worded assert at the call), through every loss and _apply_weighting, and a Loss subclass built on the helpers behaves as MXNet's."""
from mxnet import gluon, nd
from mxnet.gluon.loss import Loss, _apply_weighting, _reshape_like

a = nd.array([[1., 2.], [3., 4.]])


def show(what, f):
    try:
        out = f()
        print(what, "->", out.asnumpy().tolist() if hasattr(out, "asnumpy") else out)
    except (AssertionError, TypeError) as e:
        print(what, type(e).__name__, repr(str(e)))


for name in ("L1Loss", "L2Loss", "HingeLoss", "KLDivLoss", "TripletLoss", "PoissonNLLLoss", "CosineEmbeddingLoss",
             "CTCLoss", "SDMLLoss"):
    for w in ("a", [1], nd.array([2.]), True, 1 + 2j, 3):
        def call():
            loss = getattr(gluon.loss, name)(weight=w)
            if name == "CTCLoss":
                return loss(nd.ones((2, 3, 4)), nd.ones((2, 2)))
            if name == "CosineEmbeddingLoss":
                return loss(a, a, nd.array([1, -1]))
            return loss(a, a, a) if name == "TripletLoss" else loss(a, a)
        show(f"{name} weight={type(w).__name__}", call)
show("_apply_weighting", lambda: _apply_weighting(nd, a, 2, nd.array([1., 0.])))
show("_apply_weighting text", lambda: _apply_weighting(nd, a, "x"))
show("_reshape_like", lambda: _reshape_like(nd, nd.arange(4), a))


class MeanAbsolute(Loss):
    def __init__(self, weight=None, batch_axis=0, **kwargs):
        super().__init__(weight, batch_axis, **kwargs)

    def hybrid_forward(self, F, x, y):
        return F.mean(_apply_weighting(F, F.abs(x - y), self._weight), axis=self._batch_axis, exclude=True)


show("subclass repr", lambda: repr(MeanAbsolute(2.0)))
show("subclass", lambda: MeanAbsolute(2.0)(a, a * 2))
hybrid = MeanAbsolute(0.5)
hybrid.hybridize()
show("subclass hybridized", lambda: hybrid(a, a * 3))
