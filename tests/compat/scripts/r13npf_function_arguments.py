"""mx.np function argument rules: quantile's scaled q, insert/delete/bincount checks, average/pad/einsum/pinv keywords."""
import mxnet as mx
from mxnet import np, npx
npx.set_np()


def show(text):
    try:
        v = eval(text)
        if isinstance(v, (list, tuple)):
            print(text, '->', [(x.shape, str(x.dtype), x.asnumpy().tolist()) for x in v])
        else:
            print(text, '->', v.shape, v.dtype, v.asnumpy().tolist())
    except Exception as e:      # noqa: BLE001
        last = str(e).splitlines()[-1].replace('ValueError: ', '')     # (a C++ ValueError: its check only)
        print(text, '->', type(e).__name__, last if type(e).__name__ != 'MXNetError' else '')


x = np.arange(6, dtype='float32').reshape(2, 3)
v = np.array([3., 1., 2., 5., 4.], dtype='float32')
i = np.array([0, 1, 1, 3], dtype='int32')
m = np.array([[1., 2.], [3., 4.]])
for case in ["np.quantile(v, [0.25, 0.75])", "np.quantile(v, (0.5,))", "np.quantile(v, None)", "np.percentile(v, [25])",
             "np.quantile(v, 1.5)", "np.percentile(x, -1)", "np.quantile(v, 0.5)",
             "np.insert(x, [0, 2], 9)", "np.insert(v, [1], [7, 8])", "np.insert(x, 1.5, 9, axis=1)",
             "np.insert(x, 1, [7, 8, 9])", "np.insert([1, 2], [0], 3)", "np.insert(v, onp_int8, 1.0)",
             "np.insert(x, 1, True)", "np.insert(x, [1], True)", "np.delete([1, 2], 0)", "np.delete(v, [0, 1])",
             "np.bincount(i, minlength=-1)", "np.bincount(v, minlength=-1)", "np.bincount(i, np.array([0.5, 1.]))",
             "np.bincount(np.array([], dtype='int32'), np.array([0.5, 1.]), 3)", "np.bincount(v)",
             "np.average(x, weights=np.array([1., 2., 3.]))", "np.average(x, None, np.ones((2, 3)), True)",
             "np.average(x, 1, np.array([1., 2., 3.]), True)",
             "np.pad(x, ((1, 2), (0, 1), (3, 3)))", "np.pad(x, ((1, 2), (0, 1), (3, 3)), mode='edge')",
             "np.pad(x, ((1, 2),))",
             "np.einsum('ij,jk->ik', x, x.T, out=np.zeros((2, 2)))", "np.einsum('ij->ji', x, foo=1)",
             "np.einsum('ij->ji', x, optimize='greedy')", "np.einsum('ij,jk', x, v)", "np.einsum('x', np.array(2.5))",
             "np.einsum('ij->ji', x, out=[1])", "np.einsum('ij->i', x, optimize=None)",
             "np.linalg.pinv(m, hermitian=True)", "np.linalg.pinv(mx.nd.ones((2, 2)), hermitian=True)",
             "np.linalg.pinv(m, np.array(0.1, dtype='float64'))", "np.linalg.pinv(m, [0.1])",
             "np.linalg.pinv(m, None)", "np.linalg.pinv(m, np.array(0.1, dtype='float16'))",
             "np.linalg.pinv(np.array([[0., 2.], [1., 0.]]), hermitian=1)"]:
    show(case.replace("onp_int8", "__import__('numpy').int8(1)"))
