# mx.np.linalg.norm's gradient with and without NumPy shape semantics: without them, a vector or whole-array norm's
# backward fails when its gradient is read (the Frobenius and nuclear norms of explicit axis pairs do not)
# recorded on AVX2
import mxnet as mx
from mxnet import np, npx, autograd
from _words import words

CASES = [((3,), {}), ((3,), dict(ord=1)), ((2, 3), dict(axis=1)), ((2, 3), dict(ord=3, axis=0)),
         ((2, 3), dict(keepdims=True)), ((2, 3), dict(ord='fro')), ((2, 3), dict(axis=(1, 0))),
         ((2, 3, 2), {}), ((2, 3, 2), dict(axis=(1, 2))), ((2, 3), dict(ord='nuc'))]


def run(label):
    for shape, kw in CASES:
        size = 1
        for n in shape:
            size *= n
        x = np.arange(1, 1 + size).reshape(shape).astype('float32')
        x.attach_grad()
        with autograd.record():
            y = np.linalg.norm(x, **kw)
        y.backward()
        try:
            print(label, shape, kw, x.grad.asnumpy().round(4).ravel().tolist()[:4])
        except mx.base.MXNetError as e:
            print(label, shape, kw, words(e))


run('legacy')
npx.set_np()
run('np')
