# onehot_encode of indices that are not a vector, or an out that is not a matrix.
# recorded on AVX2
import mxnet as mx
for ind, out in [((2,), (3, 4)), ((3, 1), (3, 4)), ((3,), (3,))]:
    try:
        print(mx.nd.onehot_encode(mx.nd.array([0, 1, 2][:ind[0]]).reshape(ind), mx.nd.zeros(out)))
    except Exception as e:
        print(repr(str(e)))
