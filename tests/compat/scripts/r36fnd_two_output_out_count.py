"""moments, linalg slogdet/gelqf/syevd count their out= arrays before reading their axes or input shapes."""
import mxnet as mx

def attempt(label, f):
    try:
        r = f()
        print(label, [a.shape for a in r] if isinstance(r, (list, tuple)) else r.shape)
    except mx.base.MXNetError as e:
        print(label, type(e).__name__, str(e).strip().split("\n")[-1])

sq = mx.nd.array([[2., 1.], [1., 3.]])
wide = mx.nd.array([[1., 2., 3.], [4., 5., 6.]])
for name, f, args in [("moments", mx.nd.moments, {"data": wide}), ("moments axes", mx.nd.moments, {"data": wide, "axes": (1,)}),
                      ("slogdet", mx.nd.linalg.slogdet, {"A": sq}), ("slogdet wide", mx.nd.linalg.slogdet, {"A": wide}),
                      ("gelqf", mx.nd.linalg.gelqf, {"A": wide}), ("gelqf tall", mx.nd.linalg.gelqf, {"A": wide.T}),
                      ("syevd", mx.nd.linalg.syevd, {"A": sq}), ("syevd wide", mx.nd.linalg.syevd, {"A": wide})]:
    for outs in [mx.nd.zeros((2,)), [mx.nd.zeros((2,))], [mx.nd.zeros((2,)), mx.nd.zeros((2,)), mx.nd.zeros((2,))]]:
        attempt("%s out=%s" % (name, len(outs) if isinstance(outs, list) else "array"), lambda: f(out=outs, **args))
m = [mx.nd.zeros((2,)), mx.nd.zeros((2,))]
r = mx.nd.moments(wide, axes=(1,), out=m)
print(r[0] is m[0], m[0].asnumpy(), m[1].asnumpy())
