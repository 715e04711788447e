"""A hybridized block whose legacy graph refuses the input shapes (a broadcast the graph's elementwise add does
not do) remembers them, as MXNet's CachedOp does: called again with the same shapes it finds no shapes in its
memory planning (whatever the dtypes), new shapes are inferred and refused again in their own words."""
# recorded on AVX2
import mxnet as mx
from mxnet import nd, gluon, autograd
from _words import words


class Call(gluon.HybridBlock):
    def __init__(self, fn, **kwargs):
        super().__init__(**kwargs)
        self.fn = fn

    def hybrid_forward(self, F, x):
        return self.fn(F, x)


BODIES = {
    "plus_keepdims_sum": lambda F, x: x + F.sum(x, axis=0, keepdims=True),
    "times_keepdims_sum": lambda F, x: x * F.sum(x, axis=1, keepdims=True),
    "elemwise_add_sum": lambda F, x: F.elemwise_add(x, F.sum(x, axis=0)),
    "plus_ones_row": lambda F, x: x + F.ones(shape=(1, 3)),
    "plus_arange": lambda F, x: x + F.arange(3),
    "float64_plus": lambda F, x: F.cast(x, "float64") + x,
}
x23, x33, h23 = nd.ones((2, 3)), nd.ones((3, 3)), nd.ones((2, 3), dtype="float16")
CALLS = {
    "same_then_new": [(x23, False), (x23, False), (x33, False), (x33, False), (x23, False)],
    "dtype_change": [(x23, False), (h23, False), (h23, False), (x23, False)],
    "float16_first": [(h23, False), (h23, False), (x23, False), (x23, False)],
    "recording": [(x23, False), (x23, True), (x33, True), (x33, False), (x23, True)],
}
for label, fn in BODIES.items():
    for how in ("hybridize", "static"):
        for calls_label, calls in CALLS.items():
            net = Call(fn, prefix="call_")
            net.hybridize(static_alloc=how == "static", static_shape=how == "static")
            for i, (x, record) in enumerate(calls):
                try:
                    if record:
                        with autograd.record():
                            out = net(x)
                    else:
                        out = net(x)
                    got = out.shape
                except mx.base.MXNetError as e:
                    got = words(e)
                print(label, how, calls_label, i, x.shape, x.dtype.__name__, record, got)
