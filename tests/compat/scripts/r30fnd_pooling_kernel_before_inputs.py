"""nd.Pooling and contrib.quantized_pooling called without their inputs refuse a kernel of unsupported rank first (their parser runs before the input count), as MXNet."""
# recorded on AVX2
import mxnet as mx
from mxnet import nd
def t(label, f):
    try: r = f(); print(label, r)
    except Exception as e: print(label, type(e).__name__, repr(str(e))[:250])
x = nd.ones((2, 3, 4, 4))
t("Pooling()", lambda: nd.Pooling())
t("Pooling(kernel=(2,2))", lambda: nd.Pooling(kernel=(2, 2)))
t("Pooling(global_pool=True)", lambda: nd.Pooling(global_pool=True))
t("Pooling(kernel=(1,1,1,1))", lambda: nd.Pooling(kernel=(1, 1, 1, 1)))
t("Pooling(bogus=1)", lambda: nd.Pooling(bogus=1))
t("Pooling(kernel=(2,2), pool_type='bad')", lambda: nd.Pooling(kernel=(2, 2), pool_type='bad'))
t("quantized_pooling()", lambda: nd.contrib.quantized_pooling())
t("quantized_pooling(x)", lambda: nd.contrib.quantized_pooling(x))
t("quantized_pooling(x, kernel)", lambda: nd.contrib.quantized_pooling(x, kernel=(2, 2)))
t("quantized_pooling(x, global)", lambda: nd.contrib.quantized_pooling(x, global_pool=True))
t("Pooling(x) ", lambda: nd.Pooling(x).shape)
