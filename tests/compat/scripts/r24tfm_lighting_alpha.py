"""image.adjust_lighting reads alpha's three values in its kernel: too few is refused when the output is read
(the call itself returns an array), never for a gray image (whose output the kernel leaves zero)."""
# recorded on AVX2
import mxnet as mx
import numpy as np
from _words import words

rgb = mx.nd.array(np.arange(2 * 3 * 3).reshape(2, 3, 3) * 11 % 256, dtype="uint8")
gray = mx.nd.array(np.arange(6).reshape(2, 3, 1) * 20 + 1, dtype="float32")
for name, x in [("rgb", rgb), ("rgb float32", rgb.astype("float32")), ("gray", gray)]:
    for alpha in [(0.1,), (0.1, 0.2), (), None, 0.3, (0.1, -0.2, 0.3), (0.1, 0.2, 0.3, 9.0)]:
        try:
            y = mx.nd.image.adjust_lighting(x, alpha=alpha)
            print(name, alpha, "made", y.shape, y.dtype.__name__, end=" ")
            print(y.asnumpy().astype("float64").round(3).ravel().tolist())
        except mx.base.MXNetError as e:
            print(words(e))
for alpha in [(0.1,), (0.1, 0.2, 0.3)]:
    block = mx.gluon.nn.HybridLambda(lambda F, x: F.image.adjust_lighting(x, alpha=alpha))
    block.hybridize()
    try:
        y = block(rgb)
        print("hybridized", alpha, "made", y.shape, end=" ")
        print(y.asnumpy().ravel().tolist())
    except mx.base.MXNetError as e:
        print(words(e))
