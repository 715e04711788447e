"""mx.np calls bound as MXNet binds them: None arrays are missing operator inputs, binary functions bind x1/x2
under their own names and check NumPy's ufunc keywords (matmul too), window functions name their call."""
import mxnet as mx
from mxnet import np, npx
from _words import words

npx.set_np()
a = np.ones((2, 2))
calls = [
    "np.sum(None)", "np.max(None)", "np.argmin(None)", "np.average(None)", "np.mean(None)", "np.std(None)",
    "np.cumsum(None)", "np.sort(None)", "np.argsort(None)", "np.unique(None)", "np.diff(None)", "np.copy(None)",
    "np.transpose(None)", "np.squeeze(None)", "np.tril(None)", "np.roll(None, 1)", "np.nonzero(None)",
    "np.ones_like(None)", "np.linalg.inv(None)", "np.linalg.det(None)", "np.linalg.norm(None)", "np.linalg.svd(None)",
    "np.linalg.eigvalsh(None)", "np.linalg.pinv(None)",
    "np.divide(a)", "np.true_divide(a)", "np.mod(a)", "np.remainder(a)", "np.matmul(a)", "np.add(a)",
    "np.matmul(a, a, bogus=1)", "np.matmul(a, a, dtype='float64')", "np.matmul(a, a, where=True).tolist()",
    "np.matmul(x1=a, x2=a).tolist()", "np.matmul(a, a, name='x')", "np.remainder(a, a, bogus=1)",
    "np.divide(a, a, dtype='float64')", "np.mod(a, 2, casting='no')",
    "np.hanning(None)", "np.hamming(2.5)", "np.blackman(3, dtype=bool)", "np.hanning(4, dtype='float64').tolist()",
    "np.blackman([3])", "np.hamming(np.int64(3)).tolist()",
    "np.sum([1, 2], a)", "np.max([1, 2], a)", "np.amin([1, 2], a)", "np.average([1, 2], a)", "np.cumsum([1, 2], a)",
    "np.var([1, 2], a)", "np.histogram([1, 2], a)", "np.matmul([1.5, 2.0])", "np.matmul(2.5)",
]
for c in calls:
    try:
        print(c, "->", eval(c))
    except Exception as e:
        print(c, "->", words(e))
