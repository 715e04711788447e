"""What a HybridBlock's forward may return, imperative, hybridized, on symbols and through infer_shape: an empty
tuple or list fails as MXNet's first-output check does (IndexError), None, numbers, text and dicts as MXNet
refuses or passes them."""
# recorded on AVX2
import mxnet as mx
from mxnet import nd, gluon
from _words import words


class Call(gluon.HybridBlock):
    def __init__(self, fn, **kwargs):
        super().__init__(**kwargs)
        self.fn = fn

    def hybrid_forward(self, F, x):
        return self.fn(F, x)


BODIES = {
    "empty_tuple": lambda F, x: (),
    "empty_list": lambda F, x: [],
    "nested_empty": lambda F, x: ((),),
    "x_and_empty": lambda F, x: (x, ()),
    "none": lambda F, x: None,
    "x_none": lambda F, x: (x, None),
    "none_x": lambda F, x: (None, x),
    "number": lambda F, x: 3,
    "x_number": lambda F, x: (x, 3),
    "text": lambda F, x: "a",
    "dict": lambda F, x: {"a": x},
    "nested": lambda F, x: (x, [x + 1, (x * 2,)]),
}
for label, fn in BODIES.items():
    for how in ("imperative", "hybridized", "symbol", "infer_shape"):
        net = Call(fn, prefix="call_")
        if how == "hybridized":
            net.hybridize()
        try:
            if how == "symbol":
                out = net(mx.sym.var("data"))
            elif how == "infer_shape":
                out = net.infer_shape(nd.ones((2, 2)))
            else:
                out = net(nd.ones((2, 2)))
            got = f"{type(out).__name__} {out!r}".replace("\n", " ")
        except Exception as e:
            got = words(e)
        print(label, how, got)
