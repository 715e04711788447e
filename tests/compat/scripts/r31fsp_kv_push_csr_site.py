"""A local kvstore push of a csr array fails as MXNet's, led by its C++ source line (kvstore_local.h)."""
# recorded on AVX2
import mxnet as mx

kv = mx.kv.create("local")
kv.init("w", mx.nd.ones((4, 3)))
for value in [mx.nd.ones((4, 3)).tostype("csr"), [mx.nd.ones((4, 3)).tostype("csr")] * 2]:
    try:
        kv.push("w", value)
        print("pushed")
    except mx.base.MXNetError as e:
        print("MXNetError", str(e).splitlines())
out = mx.nd.zeros((4, 3))
kv.pull("w", out=out)
print(out.asnumpy().tolist())
