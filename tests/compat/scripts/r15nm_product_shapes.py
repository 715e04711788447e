"""mx.np dot and matmul infer the summed axis before types (MXNet's -1 for what it cannot infer); moveaxis
without a destination and histogram given no array refuse as MXNet's front end does."""
import mxnet as mx
from mxnet import np, npx
from _words import words

npx.set_np()
calls = ["np.dot(np.ones((2, 3)), np.ones((2, 3)))", "np.dot(np.ones(3), np.ones(4))",
         "np.dot(np.ones((2, 2, 3)), np.ones((4, 2)))", "np.dot(np.ones((2, 3)), np.ones((2, 4, 5)))",
         "np.matmul(np.ones((2, 3)), np.ones((2, 3)))", "np.matmul(np.ones(3), np.ones(4))",
         "np.matmul(np.ones((2, 2, 3)), np.ones((4, 2)))", "np.matmul(np.ones((3,)), np.ones((2, 4)))",
         "np.dot(np.ones((2, 3), dtype='int32'), np.ones((2, 3), dtype='int32'))",
         "np.matmul(np.ones((2, 3)), np.ones((2, 3), dtype='int32'))", "np.matmul(np.ones((2, 3)), np.ones(3)).shape",
         "np.moveaxis(np.ones((2, 3)))", "np.moveaxis(np.ones((2, 3)), 1)", "np.moveaxis(np.ones((2, 3)), source=1)",
         "np.histogram([1.5, 2.0])", "np.histogram(None)", "np.histogram([1, 2], np.ones(2))",
         "np.histogram(2.5, range=(0, 1))", "np.histogram(np.ones((2, 3)), 3, range=(0, 1))[0].tolist()",
         "np.matmul(np.ones(()), np.ones(()))", "np.matmul(np.ones(2), np.ones(()))",
         "np.matmul(np.ones((2, 1, 3)), np.ones((4, 3, 2)))", "np.matmul(np.ones((3, 2, 1, 3)), np.ones((4, 3, 2)))",
         "np.matmul(np.ones((2, 1, 3)), np.ones((4, 3, 2))[:1]).shape",
         "np.ones((2, 2)).astype('int32', order='F')", "np.ones((2, 2)).astype('int32', casting='no')",
         "np.ones((2, 2)).astype('int32', order='C').dtype"]
for c in calls:
    try:
        print(c, "->", eval(c))
    except Exception as e:
        print(c, "->", words(e))
