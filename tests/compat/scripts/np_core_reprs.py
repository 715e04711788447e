"""mx.np arrays without NumPy mode: reprs, dtypes of mixed arithmetic, reductions, shape functions."""
import mxnet as mx
from mxnet import np

a = np.array([[1, 2], [3, 4]])
print(repr(a), a.dtype, a.shape, a.size, a.ndim, a.ctx)
print(str(a))
print(repr(np.array([1, 2], dtype='int32')), repr(np.array([1.5, 2], dtype='float64')))
print(repr(np.array([1, 2]) > 1), repr(np.ones((2, 3), dtype='int64')))
print(repr(np.arange(30, dtype='int32')))
print(repr(np.array([1, 2], dtype='int32', ctx=mx.cpu_pinned())))
i = np.array([1, -2, 3], dtype='int32')
f = np.array([0.5, 1.5, 2.5])
d = np.array([1, 2, 3], dtype='float64')
b = np.array([1, 0, 1], dtype='bool')
for r in (i + f, i + d, i * 1.5, i / 2, b * 2, b + b, i + b, f / i, i ** 2, f - d, -i, abs(i)):
    print(repr(r))
for r in (np.sum(i), np.sum(b), np.mean(i), np.prod(i), np.max(f), np.std(d), np.var(f), np.argmax(f),
          np.cumsum(i), np.all(b), np.any(b), np.count_nonzero(i), a.sum(axis=0), a.mean(axis=1, keepdims=True)):
    print(repr(r))
print(repr(np.sqrt(f)), repr(np.exp(i)), repr(np.round(np.array([0.5, 1.5, 2.5, -0.5]))), repr(np.sign(i)))
print(repr(np.clip(f, 1, 2)), repr(np.maximum(f, 1.0)), repr(np.mod(np.array([-3., 3.]), 2.)))
x = np.arange(12).reshape(3, 4)
print(repr(x.T), repr(np.transpose(x)), repr(x[1:, ::2]), repr(x[:, 1]), repr(x[x > 5]))
print(repr(x[np.array([0, 2]), np.array([1, 3])]), repr(np.concatenate([x, x], axis=1)))
print(repr(np.stack([f, f])), repr(np.split(x, 2, axis=1)[1]), repr(np.tile(f, 2)), repr(np.repeat(f, 2)))
print(repr(np.flip(x, 0)), repr(np.roll(f, 1)), repr(np.rot90(x)), repr(np.broadcast_to(f, (2, 3))))
print(repr(np.expand_dims(f, 0)), repr(np.squeeze(np.ones((1, 2, 1)))), repr(np.pad(a, ((1, 1), (0, 1)))))
print(repr(np.where(x > 5, x, 0)), repr(np.take(x, np.array([3, 0]))), repr(np.sort(np.array([3., 1., 2.]))))
print(repr(np.argsort(np.array([3., 1., 2.]))), repr(np.unique(np.array([3., 1., 3.]), return_counts=True)))
print(repr(np.dot(a, a)), repr(np.dot(f, f)), repr(np.matmul(a, a)), repr(np.einsum('ij,j->i', a, a[0])))
print(repr(np.outer(f, f)), repr(np.trace(a)), repr(np.tensordot(a, a, axes=1)))
print(repr(np.linspace(0, 1, 5)), repr(np.eye(3, k=1)), repr(np.tril(np.ones((3, 3)), -1)))
print(repr(np.diag(f)), repr(np.zeros_like(a)), repr(np.full((2,), True)), repr(np.logspace(0, 2, 3)))
print(repr(np.meshgrid(np.array([1., 2.]), np.array([3., 4., 5.]))))
print(repr(np.linalg.inv(a)), repr(np.linalg.det(a)), repr(np.linalg.norm(a)))
print(a.tolist(), a.as_nd_ndarray(), repr(mx.nd.array([1, 2]).as_np_ndarray()))
