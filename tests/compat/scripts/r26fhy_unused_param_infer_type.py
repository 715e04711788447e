"""HybridBlock.infer_type looks every parameter up in the traced graph, as infer_shape does: a parameter that
the forward never uses fails with KeyError (those before it in collect_params order get their dtypes set)."""
# recorded on AVX2
from mxnet import nd, gluon
from _words import words


class Two(gluon.HybridBlock):
    def __init__(self, body, **kwargs):
        super().__init__(**kwargs)
        self.body = body
        with self.name_scope():
            self.w0 = self.params.get("w0", shape=(2, 3))
            self.w1 = self.params.get("w1", shape=(2, 3))

    def hybrid_forward(self, F, x, w0, w1):
        return self.body(F, x, w0, w1)


BODIES = {
    "both": lambda F, x, a, b: x + a + b,
    "first": lambda F, x, a, b: x + a,
    "second": lambda F, x, a, b: x * b,
    "neither": lambda F, x, a, b: x * 2,
    "to_float64": lambda F, x, a, b: F.cast(x, "float64") + a + b,
}
for label, body in BODIES.items():
    for dtype in ("float32", "float64", "float16"):
        for cast in (None, "float64"):
            for method in ("infer_type", "infer_shape"):
                net = Two(body, prefix="two_")
                net.initialize()
                if cast:
                    net.cast(cast)
                x = nd.ones((2, 3), dtype=dtype)
                try:
                    got = getattr(net, method)(x)
                except Exception as e:
                    got = words(e)
                dtypes = [(n, getattr(p.dtype, "__name__", p.dtype)) for n, p in net.collect_params().items()]
                print(label, dtype, cast, method, "->", got, dtypes)
