"""mx.np creation front-end rules: empty's shape reading, empty_like's dtype table, identity, meshgrid, split, roll, flip."""
import numpy as onp
import mxnet as mx
from mxnet import np, npx
npx.set_np()


def show(text):
    try:
        v = eval(text)
        if isinstance(v, (list, tuple)):
            print(text, '->', [(x.shape, str(x.dtype), x.asnumpy().tolist()) for x in v])
        else:
            print(text, '->', v.shape, v.dtype, v.asnumpy().tolist() if 'empty' not in text else '')
    except Exception as e:      # noqa: BLE001
        print(text, '->', type(e).__name__, str(e).splitlines()[-1] if type(e).__name__ != 'MXNetError' else '')


x = np.arange(6, dtype='float32').reshape(2, 3)
for case in ["np.empty((2.5,))", "np.empty(onp.int64(3))", "np.empty(np.array([2, 3]))", "np.empty('ab')",
             "np.empty(None)", "np.empty([[2]])", "np.empty(-2)", "np.empty((2**16, 2**16))", "np.empty([True, 2])",
             "np.empty([onp.int64(2), 3])", "np.empty(onp.array([2, 3]))", "np.empty(mx.nd.array([2]))",
             "np.empty_like(x, dtype=onp.dtype('float32'))", "np.empty_like(x, dtype=onp.int16)",
             "np.empty_like(x, dtype=onp.bool_)", "np.empty_like(x, dtype='float')", "np.empty_like(x, dtype='None')",
             "np.empty_like(x, dtype=[1])", "np.empty_like(x, subok=True)", "np.empty_like(x, subok=1, shape=3)",
             "np.empty_like(x, shape=(3,))", "np.empty_like(x, dtype=int)",
             "np.identity(-1)", "np.identity(onp.int64(2))", "np.identity(2.0)",
             "np.logspace(0, 1, 3, axis=1)", "np.zeros_like(x, ctx=mx.cpu())",
             "np.meshgrid([1, 2], [3])", "np.meshgrid(np.arange(2), sparse=True, copy=False)",
             "np.meshgrid(np.arange(2), np.arange(3), foo=1)", "np.meshgrid(np.arange(2), indexing='ab', foo=1)",
             "np.meshgrid(x, np.arange(2), indexing='ij')", "np.meshgrid(np.arange(2), x)", "np.meshgrid()",
             "np.split(x, np.array([1, 2]), axis=2)", "np.split(x, 1.0, axis=-3)", "np.split(x, 1.0)",
             "np.roll(x, (1,), (0, 1))", "np.roll(x, (1,), None)", "np.roll(x, [2], 1)", "np.roll(x, (1, 2), None)",
             "np.roll(x, (1, 2), 0)", "np.flip(x, (0, 0))", "np.flip(x, (1, 0, 1))", "np.flip(x, ())"]:
    show(case)

a = np.arange(6.).reshape(2, 3)
a.attach_grad()
with mx.autograd.record():
    y = np.flip(a, (1, 1, 0)) * np.arange(6.).reshape(2, 3)
y.backward()
print(a.grad)
