"""npx.reshape's special codes refused, imperatively and in a hybridized block: MXNet's check words for each."""
import mxnet as mx
from mxnet import gluon, np, npx
from _words import words

npx.set_np()


class Reshape(gluon.HybridBlock):
    def __init__(self, shape, reverse, **kwargs):
        super().__init__(**kwargs)
        self.shape, self.reverse = shape, reverse

    def hybrid_forward(self, F, x):
        return F.npx.reshape(x, self.shape, reverse=self.reverse)


cases = [((-2, 4), False), ((-5, 4), False), ((4, -1), False), ((-1, -1), False), ((-3, -1), False),
         ((-6, 4, -1, -2), False), ((-4,), False), ((-2, -2, -2), False), ((5,), False), ((-1, 4), True),
         ((-6, -1, -1), False), ((-7,), False), ((0, -1), False), ((-2, -5), False), ((-6, 2), False),
         ((-6, 1, -1, -2), False), ((-1, 3), True), ((-5,), False)]
x = np.arange(6).reshape(2, 3)
for shape, reverse in cases:
    for hybrid in (False, True):
        with mx.name.NameManager():
            block = Reshape(shape, reverse, prefix="x_")
            if hybrid:
                block.hybridize()
            try:
                print(shape, reverse, hybrid, block(x).shape)
            except Exception as e:
                print(shape, reverse, hybrid, words(e))
