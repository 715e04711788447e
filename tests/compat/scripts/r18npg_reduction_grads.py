"""Gradients of mx.np reductions on bool arrays (sum and mean refuse at backward, prod/max/min fail when the
gradient is read), average's second output (no gradient), average and products written into out= while
recording, and argmax's check of an empty axis."""
import mxnet as mx
from mxnet import np, npx
from _words import words

npx.set_np()


def grads(label, fn, *arrays, heads=None):
    try:
        for a in arrays:
            a.attach_grad()
        with mx.autograd.record():
            y = fn(*arrays)
        mx.autograd.backward(y if isinstance(y, list) else [y], heads)
        print(label, [a.grad.tolist() for a in arrays])
    except Exception as e:
        print(label, words(e))


mask = [[True, False, True], [False, False, True]]
for name in ["sum", "mean", "prod", "max", "min", "amax"]:
    for kwargs in [{}, {"axis": 0}]:
        grads(f"{name} bool {kwargs}", lambda x: getattr(np, name)(x, **kwargs), np.array(mask, dtype="bool"))
a, w = [[1., 2., 3.], [4., 5., 7.]], [1., 3.]
grads("average returned", lambda x, v: np.average(x, axis=0, weights=v, returned=True), np.array(a), np.array(w),
      heads=[np.ones(3), np.array(10.)])
grads("average returned no weights", lambda x: np.average(x, axis=1, returned=True), np.array(a),
      heads=[np.array([1., 2.]), np.array(5.)])
grads("average weights sum only", lambda x, v: [np.average(x, axis=0, weights=v, returned=True)[1]], np.array(a),
      np.array(w))
grads("average out", lambda x: np.average(x, axis=1, out=np.zeros((2,))), np.array(a), heads=[np.array([3., 6.])])
grads("average empty", lambda x: np.average(x), np.zeros((0,)))
grads("dot out", lambda x, v: np.dot(x, v, out=np.zeros((2,))), np.array(a), np.array([1., -1., 2.]))
grads("matmul out", lambda x, v: np.matmul(x, v, out=np.zeros((2,))), np.array(a), np.array([1., -1., 2.]))
grads("einsum out", lambda x, v: np.einsum("ij,j->i", x, v, out=np.zeros((2,))), np.array(a), np.array([1., -1., 2.]))
grads("concatenate out", lambda x: np.concatenate([x, x * 2], out=np.zeros((4, 3))), np.array(a))
grads("sum out", lambda x: np.sum(x, axis=0, out=np.zeros((3,))), np.array(a))
grads("eigvalsh empty", np.linalg.eigvalsh, np.zeros((0, 2, 2)))
grads("eigh empty", lambda x: np.linalg.eigh(x)[1], np.zeros((0, 2, 2)))
for shape, axis in [((2, 0), 1), ((0, 3), 0), ((2, 0, 3), 1), ((0,), None)]:
    for name in ["argmax", "argmin"]:
        try:
            y = getattr(np, name)(np.zeros(shape), axis=axis)
            print(f"{name} {shape} axis={axis} called", y.shape, y.dtype)      # (its kernel's check: at the read)
            print(y.tolist())
        except Exception as e:
            print(f"{name} {shape} axis={axis}", words(e))
