"""A HybridBlock whose forward is a given function of F and the inputs (the hybridized-function scripts)."""
from mxnet import gluon


class Call(gluon.HybridBlock):
    def __init__(self, fn, **kwargs):
        super().__init__(**kwargs)
        self.fn = fn

    def hybrid_forward(self, F, *xs):
        return self.fn(F, *xs)
