"""nd.take with an empty index fails MXNet's shape inference (the empty size unknown, no output shape, the axis not yet read), whatever the axis and mode."""
# recorded on AVX2
import mxnet as mx
from mxnet import nd

x = nd.ones((3, 4))
for ax in [0, 1, -1, 2, -3]:
    for m in ["clip", "wrap", "raise"]:
        try:
            print(ax, m, nd.take(x, nd.array([], dtype="int32"), axis=ax, mode=m).shape)
        except Exception as e:
            print(ax, m, type(e).__name__, repr(str(e)))
try:
    print(nd.take(nd.zeros((0, 3)), nd.array([0, 1])).shape)
except Exception as e:
    print("empty data", type(e).__name__, repr(str(e)))
