"""What Python's protocols do with the numpy symbols a hybridized block's hybrid_forward receives (len, iter,
in, bool, shape-dependent code) and a legacy symbol given to a numpy operator, beside the imperative run."""
import mxnet as mx
from mxnet import gluon, np, npx
from _words import words

npx.set_np()


class Call(gluon.HybridBlock):
    def __init__(self, fn, **kwargs):
        super().__init__(**kwargs)
        self.fn = fn

    def hybrid_forward(self, F, x):
        return self.fn(F, x)


bodies = {
    "len": lambda F, x: x * len(x),
    "list": lambda F, x: sum(list(x)),
    "in": lambda F, x: x + (1 if 0 in x else 0),
    "bool": lambda F, x: x if x.sum() > 0 else -x,
    "split_list": lambda F, x: sum(F.np.split(x, 2)),
    "split_len": lambda F, x: x * len(F.np.split(x, 2)),
    "legacy_var": lambda F, x: x + F.var("extra"),
    "legacy_group": lambda F, x: x + len(F.Group([x.as_nd_ndarray(), x.as_nd_ndarray()])),
}
x = np.array([[1., 2., 3.], [4., 5., 6.]])
for name, fn in bodies.items():
    for hybrid in (False, True):
        with mx.name.NameManager():
            block = Call(fn, prefix="p_")
            if hybrid:
                block.hybridize()
            try:
                print(name, hybrid, block(x).tolist())
            except Exception as e:
                print(name, hybrid, words(e).replace("mxnet.", "").replace("distnet.", ""))
