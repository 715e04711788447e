"""linalg.inverse of a singular matrix fails at the getri check of its type: float64 on the line after float32's."""
# recorded on AVX2
import mxnet as mx
for dt in ["float32", "float64"]:
    for a in [[[1., 2.], [2., 4.]], [[0., 0.], [0., 0.]], [[1., 1., 1.], [1., 1., 1.], [1., 1., 1.]]]:
        x = mx.nd.array(a, dtype=dt)
        for name, f in [("inverse", mx.nd.linalg.inverse), ("det", mx.nd.linalg.det), ("slogdet", lambda v: mx.nd.linalg.slogdet(v)[1]),
                        ("potrf", mx.nd.linalg.potrf), ("potri", mx.nd.linalg.potri)]:
            try:
                print(dt, name, f(x).asnumpy().ravel().tolist())
            except mx.base.MXNetError as e:
                print(dt, name, str(e).strip().split("\n")[1:3])
