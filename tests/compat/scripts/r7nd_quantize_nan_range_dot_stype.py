# quantize_v2 takes the data's range as MXNet's reduction does (from +-FLT_MAX, NaN skipped); dot and batch_dot
# check forward_stype's enum
import mxnet as mx
nan, inf = float("nan"), float("inf")
for v in [[nan, 1., 2.], [1., nan, 2.], [nan, nan], [-1., nan, inf], [0., -0., nan, inf, -inf, 3e38], [nan, -5., 3.]]:
    print("quantize_v2", v, [x.asnumpy().tobytes().hex() for x in mx.nd.contrib.quantize_v2(mx.nd.array(v))])
a, b = mx.nd.ones((2, 3)), mx.nd.ones((3, 2))
for st in ["bogus", "default", None, "CSR"]:
    for name, f in [("dot", lambda: mx.nd.dot(a, b, forward_stype=st)),
                    ("batch_dot",
                     lambda: mx.nd.batch_dot(a.reshape((1, 2, 3)), b.reshape((1, 3, 2)), forward_stype=st))]:
        try:
            print(name, st, f().asnumpy().tolist())
        except mx.base.MXNetError as e:
            print(name, st, "MXNetError", "Invalid Input" in str(e))
