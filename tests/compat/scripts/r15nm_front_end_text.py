"""mx.np einsum, arange and ediff1d read some arguments as operator text: their refusals in MXNet's words and order."""
import mxnet as mx
from mxnet import np, npx
from _words import words

npx.set_np()
a = np.ones((2, 2))
calls = ["np.einsum(a)", "np.einsum(2.5)", "np.einsum(None)", "np.einsum([1.5, 2.0])", "np.einsum(a, a)",
         "np.einsum([1, 2], a)", "np.einsum(a, mx.nd.ones((2,)))", "np.einsum(2.5, a)", "np.einsum(2.5, optimize=True)",
         "np.einsum('ij', a).tolist()", "np.einsum('ij,jk', a, a).tolist()",
         "np.arange(float('inf'))", "np.arange(0, float('nan'))", "np.arange(a, 2)", "np.arange(a, a)",
         "np.arange(1, 5, a)", "np.arange(a, 5, a)", "np.arange(True)", "np.arange(2, float('-inf'), -1)",
         "np.arange(1, 5, 0)", "np.arange(np.array(3)).tolist()", "np.arange(0, 3, np.array(1.5)).tolist()",
         "np.ediff1d(a, to_begin=[1, 2])", "np.ediff1d(a, to_end='x')", "np.ediff1d(a, to_end=np.ones(2, dtype='int32'))",
         "np.ediff1d(a, to_end=[1], to_begin=[2])", "np.ediff1d(a, to_end=2, to_begin=np.ones(1)).tolist()"]
for c in calls:
    try:
        print(c, "->", eval(c))
    except Exception as e:
        print(c, "->", words(e))
