"""np.dot, matmul, tensordot, einsum, inner, outer and vdot inside a hybridized block, next to the same calls
run imperatively: MXNet's type inference refuses operands of two dtypes in a graph (while the imperative calls
promote), and the CPU kernels refuse float16 and integer operands when the result is read."""
# recorded on AVX2
import mxnet as mx
from mxnet import gluon, np, npx
from _words import words
npx.set_np()

PRODUCTS = {
    'dot': lambda F, a, b: F.np.dot(a, b),
    'matmul': lambda F, a, b: F.np.matmul(a, b),
    'tensordot1': lambda F, a, b: F.np.tensordot(a, b, axes=1),
    'tensordot_pairs': lambda F, a, b: F.np.tensordot(a, b, axes=([1], [0])),
    'einsum': lambda F, a, b: F.np.einsum('ij,jk->ik', a, b),
    'inner': lambda F, a, b: F.np.inner(a, b.T),
    'outer': lambda F, a, b: F.np.outer(a, b),
    'vdot': lambda F, a, b: F.np.vdot(a, b.T),
}
DTYPES = [('float32', 'float64'), ('float64', 'float32'), ('float32', 'float16'), ('int32', 'float32'),
          ('float32', 'int32'), ('int32', 'int64'), ('float16', 'float16'), ('int32', 'int32'), ('float64', 'float64')]


class Product(gluon.HybridBlock):
    def __init__(self, f, **kwargs):
        super().__init__(**kwargs)
        self.f = f

    def hybrid_forward(self, F, a, b):
        return self.f(F, a, b)


def show(run):
    try:
        r = run()
        return f'{r.dtype} {r.asnumpy().tolist()}'
    except Exception as e:  # noqa
        return words(e)


for name, f in PRODUCTS.items():
    for d1, d2 in DTYPES:
        a = np.array([[1, 2], [3, 4]], dtype=d1)
        b = np.array([[1, 0], [2, 1]], dtype=d2)
        net = Product(f, prefix='product_')
        net.hybridize()
        print(f'{name:15s} {d1:7s} {d2:7s} imperative', show(lambda: f(mx.nd, a, b)))
        print(f'{name:15s} {d1:7s} {d2:7s} hybridized', show(lambda: net(a, b)))
