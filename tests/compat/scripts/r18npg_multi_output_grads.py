"""Gradients through mx.np functions of several outputs when only some get a head gradient (split, linalg
factorizations, topk, unique, broadcast_arrays), 'add' requests through split, and functions written into out=
while recording."""
import numpy as onp
import mxnet as mx
from mxnet import np, npx
from _words import words

npx.set_np()
rs = onp.random.RandomState(0)
data = rs.uniform(-2, 2, (4, 3)).round(3)


def grads(label, fn, *arrays, pick=None, req="write", passes=1):
    try:
        for a in arrays:
            a.attach_grad(grad_req=req)
        for _ in range(passes):
            with mx.autograd.record():
                y = fn(*arrays)
            ys = list(y) if isinstance(y, (list, tuple)) else [y]
            ys = [ys[i] for i in pick] if pick is not None else ys
            heads = [np.array(onp.linspace(-1, 1, t.size).reshape(t.shape), dtype=t.dtype)
                     if t.dtype.kind == "f" else None for t in ys]
            mx.autograd.backward(ys, None if None in heads else heads)
        print(label, [[round(v, 4) for v in a.grad.asnumpy().ravel().tolist()] for a in arrays])
    except Exception as e:
        print(label, words(e))


for pick in ([0], [1], [1, 0]):
    grads(f"split {pick}", lambda x: np.split(x, 2), np.array(data), pick=pick)
    grads(f"qr {pick}", np.linalg.qr, np.array(data[:3]), pick=pick)
    grads(f"slogdet {pick}", np.linalg.slogdet, np.array(data[:3]), pick=pick)
    grads(f"svd {pick}", lambda x: np.linalg.svd(x)[:2], np.array(data), pick=pick)
    grads(f"topk both {pick}", lambda x: npx.topk(x, k=2, ret_typ="both"), np.array(data), pick=pick)
    grads(f"broadcast_arrays {pick}", lambda x, v: np.broadcast_arrays(x, v), np.array(data), np.array(data[0]),
          pick=pick)
    grads(f"unique {pick}", lambda x: np.unique(x, return_counts=True), np.array([1., 2., 2., 0.5]), pick=pick)
    grads(f"eigh {pick}", lambda x: np.linalg.eigh(x + x.T), np.array(data[:3]), pick=pick)
for name, fn in [("split", lambda x: np.split(x, 2)[0]), ("array_split", lambda x: np.array_split(x, 3)[1] * 2),
                 ("hsplit", lambda x: np.hsplit(x, 3)[2]), ("both sections", lambda x: np.split(x, 2)[0].sum()
                                                             + np.split(x, 2)[1].sum()),
                 ("slice", lambda x: x[:2]), ("take", lambda x: np.take(x, np.array([0, 1]), axis=0))]:
    grads(f"{name} add x3", fn, np.array(data), req="add", passes=3)
grads("stack out", lambda x: np.stack([x, x * 2], out=np.zeros((2, 4, 3))), np.array(data))
grads("take out", lambda x: np.take(x, np.array([1, 1, 3]), axis=0, out=np.zeros((3, 3))), np.array(data))
grads("around out", lambda x: np.around(x, 1, out=np.zeros((4, 3))), np.array(data))
grads("clip out", lambda x: np.clip(x, -1, 1, out=np.zeros((4, 3))), np.array(data))
grads("cumsum out", lambda x: np.cumsum(x, axis=0, out=np.zeros((4, 3))), np.array(data))
