"""Generated operator functions' signatures (built when first read) print as MXNet's: nd, sym, _internal, contrib, np, npx."""
import inspect

import mxnet as mx

CASES = [
    (mx.nd, "FullyConnected"), (mx.nd, "Convolution"), (mx.nd, "Activation"), (mx.nd, "add_n"), (mx.nd, "concat"),
    (mx.nd, "broadcast_add"), (mx.nd, "sum"), (mx.nd, "softmax"), (mx.nd, "topk"), (mx.nd, "Embedding"),
    (mx.nd.random, "uniform_like"), (mx.nd.contrib, "box_nms"), (mx.nd._internal, "_plus_scalar"),
    (mx.nd._internal, "_backward_FullyConnected"),
    (mx.sym, "FullyConnected"), (mx.sym, "Convolution"), (mx.sym, "Activation"), (mx.sym, "add_n"),
    (mx.sym, "broadcast_add"), (mx.sym, "sum"), (mx.sym, "Pooling"), (mx.sym, "BatchNorm"),
    (mx.sym._internal, "_plus_scalar"), (mx.sym._internal, "_mul"), (mx.sym._internal, "_backward_FullyConnected"),
    (mx.sym.contrib, "box_nms"), (mx.sym.random, "uniform_like"), (mx.sym.linalg, "gemm2"),
    (mx.npx, "relu"), (mx.npx, "softmax"), (mx.npx, "convolution"), (mx.np, "zeros"),
]

for space, name in CASES:
    sig = inspect.signature(getattr(space, name))
    print(f"{space.__name__.split('.', 1)[-1]}.{name}: {type(sig).__name__} {sig}")

sig = inspect.signature(mx.sym.FullyConnected)
print(sig == inspect.signature(mx.sym.FullyConnected), [p.kind.name for p in sig.parameters.values()][-2:])
try:
    mx.sym.Activation(*range(8))
except TypeError as e:
    print("TypeError", e)
