"""Reshape/transpose and sparse tutorials: reshape's refusals (autograd, keywords) and csr_matrix given loose arguments."""
import mxnet as mx

a = mx.nd.arange(6)
x = mx.nd.arange(1 * 3 * 4 * 2 * 2).reshape((1, 3, 4, 2, 2))
x = x.reshape(1, 3, -4, 2, 2, 0, 0)
print(x.shape)
x = x.transpose((0, 1, 4, 2, 5, 3)).reshape(0, 0, -3, -3)
print(x.shape, x[0, 0])
with mx.autograd.record():
    try:
        a.reshape((2, 2))
    except mx.base.MXNetError as e:
        print("MXNetError", "when recording with autograd" in str(e))
    print(a.reshape((3, 2)).shape)
for call in (lambda: a.reshape(), lambda: a.reshape((3, 2), foo=1), lambda: a.reshape((2, 2)),
             lambda: a.reshape(shape=(3, 2), reverse=True)):
    try:
        print(call().shape)
    except (AssertionError, TypeError, ValueError) as e:
        print(type(e).__name__, e)

for args in [([7, 8, 9], [0, 2, 2, 3], [0, 2, 1], (3, 4)), ([[1, 0], [0, 2]], None, None, (2, 2))]:
    try:
        print(mx.nd.sparse.csr_matrix(*args))
    except TypeError as e:
        print("TypeError", e)
print(mx.nd.sparse.csr_matrix(([7, 8, 9], [0, 2, 1], [0, 2, 2, 3]), shape=(3, 4)))
