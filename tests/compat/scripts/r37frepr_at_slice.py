"""NDArray._at and _slice return views along axis 0 (a 1-d array's _at keeps shape (1,)), refuse out-of-range rows at MXNet's check lines, bad index types and sparse arrays as MXNet does."""
import mxnet as mx


def show(label, fn):
    try:
        print(label, '|', fn())
    except Exception as e:
        print(label, '| EXC', type(e).__name__, str(e))


a = mx.nd.arange(6).reshape((3, 2))
for i in [0, 2, -1, -3, 3, -4, 1.5]:
    show(f'_at({i})', lambda: a._at(i))
for s, e in [(0, 2), (1, 3), (-2, None), (None, None), (0, 5), (2, 1), (-5, 2), (3, 3), (0, 0), (0, -1), (-1, -2)]:
    show(f'_slice({s}, {e})', lambda: a._slice(s, e))
v = a._at(1)
v[:] = 9
w = a._slice(0, 1)
w[:] = 7
print('written through views', a)
one = mx.nd.arange(4, dtype='int32')
show('1-d _at', lambda: (one._at(1), one._at(1).shape, one._at(1).dtype))
show('1-d _slice', lambda: one._slice(1, 2).shape)
z = mx.nd.array(5).reshape(())
show('0-d _at(0)', lambda: z._at(0))
show('0-d _at(-1)', lambda: z._at(-1))
show('0-d _slice', lambda: z._slice(0, 1))
show('np _at', lambda: mx.np.arange(4)._at(1))
show('np _slice', lambda: mx.np.arange(4)._slice(1, 3))
show('csr _at', lambda: mx.nd.ones((2, 2)).tostype('csr')._at(0))
show('csr _slice', lambda: mx.nd.ones((2, 2)).tostype('csr')._slice(0, 1))
show('row_sparse _at', lambda: mx.nd.ones((2, 2)).tostype('row_sparse')._at(0))
