"""BatchNorm, LayerNorm, Pooling and topk kernels refusing bool or integer data (mx.nd and mx.npx) name MXNet's
kernel's line."""
# recorded on AVX2
import mxnet as mx
from mxnet import npx


def show(label, f):
    try:
        r = f()
        r = r if isinstance(r, (list, tuple)) else [r]
        for y in r:
            y.asnumpy()
        print(label, "ok")
    except Exception as e:  # noqa: BLE001
        print(label, type(e).__name__, " | ".join(str(e).split("\n")[1:3]))


for dt in ["bool", "int32", "uint8", "int8"]:
    x = mx.nd.ones((2, 3, 4), dtype=dt)
    c = mx.nd.ones(3, dtype=dt)
    show(f"BatchNorm {dt}", lambda: mx.nd.BatchNorm(x, c, c, c, c))
    show(f"Pooling max {dt}", lambda: mx.nd.Pooling(x, kernel=(2,), pool_type="max"))
    show(f"Pooling global avg {dt}", lambda: mx.nd.Pooling(x, kernel=(2,), pool_type="avg", global_pool=True))
    show(f"LayerNorm {dt}", lambda: mx.nd.LayerNorm(x, mx.nd.ones(4, dtype=dt), mx.nd.zeros(4, dtype=dt)))
    for ret in ["value", "indices", "mask", "both"]:
        show(f"topk {ret} {dt}", lambda: mx.nd.topk(x, k=2, ret_typ=ret))
    xn = x.as_np_ndarray()
    show(f"npx.batch_norm {dt}", lambda: npx.batch_norm(xn, *[c.as_np_ndarray()] * 4))
    show(f"npx.pooling {dt}", lambda: npx.pooling(xn, kernel=(2,), pool_type="sum"))
    show(f"npx.topk value {dt}", lambda: npx.topk(xn, k=2, ret_typ="value"))
