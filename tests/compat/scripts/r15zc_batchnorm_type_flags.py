"""BatchNorm's parameter type check names the type flags (given vs. expected), in nd, Gluon and under npx.set_np()."""
import mxnet as mx
from mxnet.gluon import nn
from _words import words


def attempt(label, fn):
    try:
        out = fn()
        print(label, "->", out.dtype, out.shape)
    except mx.base.MXNetError as e:
        print(label, "->", words(e))


p = mx.nd.ones(3)
attempt("float64 data", lambda: mx.nd.BatchNorm(mx.nd.ones((2, 3), dtype="float64"), p, p, p, p))
attempt("float16 data", lambda: mx.nd.BatchNorm(mx.nd.ones((2, 3), dtype="float16"), p, p, p, p))
attempt("float64 gamma", lambda: mx.nd.BatchNorm(mx.nd.ones((2, 3)), p.astype("float64"), p, p, p))
attempt("float64 beta", lambda: mx.nd.BatchNorm(mx.nd.ones((2, 3)), p, p.astype("float64"), p, p))
attempt("float16 moving var", lambda: mx.nd.BatchNorm(mx.nd.ones((2, 3)), p, p, p, p.astype("float16")))
bn = nn.BatchNorm(in_channels=3)
bn.initialize()
attempt("gluon float64", lambda: bn(mx.nd.ones((2, 3), dtype="float64")))
mx.npx.set_np()
try:
    bn = nn.BatchNorm()
    bn.initialize()
    attempt("np float64", lambda: bn(mx.np.ones((2, 3), dtype="float64")))
    bn.hybridize()
    attempt("np float64 hybridized", lambda: bn(mx.np.ones((2, 3), dtype="float64")))
finally:
    mx.npx.reset_np()
