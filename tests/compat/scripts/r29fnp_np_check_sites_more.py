"""mx.np/npx checks of linalg (svd, pinv, tensorsolve, norm), einsum, tensordot, matmul, reshape, multinomial, transpose, split, squeeze, rot90, roll, joins, delete, diagonal and trace name MXNet's C++ source lines, in its order; det and slogdet gradients keep the inverse's signed zeros."""
# recorded on AVX2
import re

import mxnet as mx
from mxnet import np, npx
from mxnet.gluon import HybridBlock

npx.set_np()


def show(label, f):
    try:
        r = f()
        text = "%s %s %s" % (r.dtype, r.shape, r.tolist())
    except Exception as e:  # noqa: BLE001
        text = "%s %r" % (type(e).__name__, re.sub(r"\[\d\d:\d\d:\d\d\] ", "", str(e)))
    print(label, text)


a = np.ones((2, 3))
show("svd wide", lambda: np.linalg.svd(np.ones((3, 2))))
show("pinv rcond widening", lambda: np.linalg.pinv(np.eye(3), rcond=np.array([1e-3])))
show("pinv rcond int widening", lambda: np.linalg.pinv(np.eye(3), rcond=np.array([1], dtype="int32")))
show("pinv rcond int", lambda: np.linalg.pinv(np.eye(3), rcond=np.array(1, dtype="int32")))
show("pinv rcond int64 stack", lambda: np.linalg.pinv(np.ones((2, 3, 3)), rcond=np.array([1, 1], dtype="int64")))
show("tensorsolve b size", lambda: np.linalg.tensorsolve(np.ones((2, 3, 6)), np.ones((2, 4))))
show("tensorsolve b size square", lambda: np.linalg.tensorsolve(np.ones((6, 6)), np.ones((3,))))
show("tensorsolve not square", lambda: np.linalg.tensorsolve(np.ones((2, 3, 6)), np.ones((2,))))
show("tensorsolve equal ranks", lambda: np.linalg.tensorsolve(np.ones((6, 6)), np.ones((2, 3))))
show("einsum output letter", lambda: np.einsum("ij->k", a))
show("einsum output twice", lambda: np.einsum("ij->ii", a))
show("einsum label size", lambda: np.einsum("ij,jk", a, np.ones((4, 2))))
show("einsum operands", lambda: np.einsum("ij,jk", a))
show("tensordot one axes", lambda: np.tensordot(a, a, axes=([0],)))
show("matmul scalar a", lambda: np.matmul(np.array(2.), a))
show("matmul scalar b", lambda: np.matmul(a, np.array(2.)))
show("matmul batch", lambda: np.matmul(np.ones((2, 2, 3)), np.ones((3, 3, 4))))
show("reshape two unknown", lambda: a.reshape(-1, -1))
show("reshape zero unknown", lambda: a.reshape(0, -1))
show("reshape minus two", lambda: a.reshape(-2, 3))
show("reshape indivisible", lambda: np.reshape(a, (4, -1)))
for shape in [(-1, -1), (0, -1), (4, -1), (-7, 2), (2, -2, -2), (-3, 3), (-5, -5), (-6, 2), (-6, 4, 1, 3), (-2,)]:
    show("npx.reshape %s" % (shape,), lambda: npx.reshape(a, shape))
show("npx.reshape None", lambda: npx.reshape(np.ones(1), None))
show("multinomial 2-d", lambda: np.random.multinomial(3, np.ones((2, 2)) / 4))
show("multinomial sum", lambda: np.random.multinomial(3, np.array([0.7, 0.7, 0.1])))
show("transpose out", lambda: np.transpose(a, out=np.ones((3,))))
show("nd transpose out", lambda: mx.nd.transpose(mx.nd.ones((2, 3)), out=mx.nd.ones((3,))))
show("split order", lambda: np.split(np.ones(6), [4, 2]))
show("array_split axis", lambda: np.array_split(a, 2, axis=5))
show("squeeze axis", lambda: np.squeeze(np.ones((1, 2)), axis=5))
show("squeeze size", lambda: np.squeeze(np.ones((1, 2)), axis=1))
show("rot90 axes", lambda: np.rot90(a, axes=(0, 0)))
show("roll axis", lambda: np.roll(a, 1, axis=5))
show("concatenate", lambda: np.concatenate([a, np.ones((3, 3))], axis=1))
show("concatenate scalar", lambda: np.concatenate([a, np.array(1.)], axis=0))
show("append", lambda: np.append(a, np.ones((3, 4)), axis=0))
show("hstack", lambda: np.hstack([a, np.ones((3, 4))]))
show("dstack", lambda: np.dstack([a, np.ones((3, 4))]))
show("delete index", lambda: np.delete(a, 5, axis=1))
show("delete axis", lambda: np.delete(a, 1, axis=4))
show("diagonal plane", lambda: np.diagonal(a, axis1=0, axis2=0))
show("trace plane", lambda: np.trace(a, axis1=0, axis2=0))
show("norm nuc tall", lambda: np.linalg.norm(np.ones((3, 2)), "nuc"))
show("norm 2 tall", lambda: np.linalg.norm(np.ones((3, 2)), 2))
for dtype in ("float32", "float64"):
    for name in ("det", "slogdet"):
        x = np.array([[4., 1, 2], [1, 3, 0.5], [2, 0.5, 5]], dtype=dtype)
        x.attach_grad()
        with mx.autograd.record():
            y = np.linalg.det(x) if name == "det" else np.linalg.slogdet(x)[1]
        y.backward()
        print(name, dtype, "gradient", x.grad.tolist())


class MatMul(HybridBlock):
    def hybrid_forward(self, F, x, y):
        return F.np.matmul(x, y)


class Reshape(HybridBlock):
    def hybrid_forward(self, F, x):
        return F.np.reshape(x, (-1, -1))


matmul, reshape = MatMul(), Reshape()
matmul.hybridize()
reshape.hybridize()
show("hybridized matmul", lambda: matmul(np.ones((2, 2, 3)), np.ones((3, 3, 4))))
show("hybridized reshape", lambda: reshape(np.ones((2, 2, 3))))
