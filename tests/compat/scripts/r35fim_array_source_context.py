"""nd.array of a list numpy cannot read raises its TypeError while handling numpy's error (context, not cause), as MXNet."""
# recorded on AVX2
import mxnet as mx

for source in ([[1, 2], [3]], ['a', 'b'], [[1], 2], [1e300]):
    for dtype in (None, 'int32'):
        try:
            print(mx.nd.array(source, dtype=dtype).asnumpy().tolist())
        except TypeError as e:
            print(source, dtype, type(e).__name__, e, e.__cause__ is None, type(e.__context__).__name__,
                  e.__suppress_context__)
