"""contrib.getnnz over a csr matrix: axis=0 is refused by its kernel (the call returns, reading the counts raises,
nnz.cc:129), other axes by its shape check at the call (nnz.cc:74); axis None and 1 count."""
# recorded on AVX2
import mxnet as mx

x = mx.nd.array([[0, 1, 3], [2, 0, 0]]).tostype('csr')
for axis in (0, 2, -1):
    try:
        y = mx.nd.contrib.getnnz(x, axis=axis)
        print("called", y.shape, y.dtype, y.stype)
        z = y + 1
        print(z.asnumpy())
    except Exception as e:
        print(type(e).__name__, " | ".join(str(e).splitlines()[1:3]))
mx.nd.waitall()
print(mx.nd.contrib.getnnz(x, axis=1), mx.nd.contrib.getnnz(x))
print(mx.nd.contrib.getnnz(mx.nd.zeros((2, 3)).tostype('csr'), axis=0))
