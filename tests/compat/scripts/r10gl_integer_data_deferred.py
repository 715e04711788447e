"""Integer data into layers waiting for deferred initialisation: shapes are inferred, the kernels refuse the dtype."""
import mxnet as mx

nn = mx.gluon.nn


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "raises", type(e).__name__)


for make in (nn.BatchNorm, nn.LayerNorm, nn.InstanceNorm, lambda: nn.Dense(2), lambda: nn.Conv1D(2, 1)):
    for hybridize in (False, True):
        for dtype in ("int32", "uint8", "float64"):
            net = make()
            net.initialize()
            if hybridize:
                net.hybridize()
            attempt(f"{net.name} {dtype} hybridized={hybridize}",
                    lambda: net(mx.nd.ones((2, 3, 2), dtype=dtype)).dtype)
            print("  shapes", sorted((k, v.shape) for k, v in net.collect_params().items()))

for hybridize in (False, True):
    net = nn.HybridSequential()
    net.add(nn.Dense(3, in_units=5), nn.BatchNorm())
    net.initialize()
    if hybridize:
        net.hybridize()
    attempt(f"wrong in_units, hybridized={hybridize}", lambda: net(mx.nd.ones((2, 4), dtype="int32")))

for wdtype, wshape in (("int32", (3, 4)), ("float32", (3, 4)), ("float32", (3, 5))):
    attempt(f"FullyConnected int32 data, {wdtype} weight {wshape}",
            lambda: mx.nd.FullyConnected(mx.nd.ones((2, 4), dtype="int32"), mx.nd.ones(wshape, dtype=wdtype),
                                         no_bias=True, num_hidden=3))
