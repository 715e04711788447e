# csr / dense of the same shape: MXNet's kernel refuses it (raised when the result is read).
# recorded on AVX2
import mxnet as mx
c = mx.nd.array([[1, 0], [0, 2]]).tostype('csr')
for d in (mx.nd.ones((2, 2)), mx.nd.ones((3, 2))):
    try:
        print(mx.nd.broadcast_div(c, d).asnumpy())
    except Exception as e:
        print(repr(str(e)))
