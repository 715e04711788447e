"""Rotate/imrotate take a number or a float32 NDArray of angles; a list, tuple, string or numpy array fails on MXNet's NDArray method calls, another dtype or shape in its operators."""
import mxnet as mx
import numpy as np
from mxnet import nd
from mxnet.gluon.data.vision import transforms as T

NCHW = nd.array((np.arange(24) % 7).reshape(2, 1, 3, 4), dtype='float32')
CHW = NCHW[0]
angles = ["nd.array([30, 40])", "nd.array([30, 40], dtype='int32')", "nd.array([30, 40], dtype='float64')", "[30, 40]", "(30, 40)",
          "np.array([30., 40.])", "nd.array([[30], [40]])", "nd.array([30, 40, 50])", "nd.array([30])", "True", "np.float64(30)",
          "np.int8(30)", "'ab'", "None"]
for deg in angles:
    for name, x in [("NCHW", NCHW), ("CHW", CHW)]:
        try:
            r = T.Rotate(eval(deg))(x)
            print(deg, name, r.shape, r.asnumpy().round(4).ravel()[:8].tolist())
        except mx.base.MXNetError as e:
            print(deg, name, "MXNetError")
        except (TypeError, ValueError, AttributeError) as e:
            print(deg, name, type(e).__name__ + ":", str(e).split("\n")[0])
for zoom in [dict(zoom_in=True), dict(zoom_out=True)]:
    print(mx.image.imrotate(NCHW, nd.array([90, -45]), **zoom).asnumpy().round(4).ravel()[:8].tolist())
np.random.seed(4)
print(T.RandomRotation((-60, 60), zoom_out=True)(NCHW).asnumpy().round(4).ravel()[:8].tolist())
print(T.RandomRotation((-60, 60))(CHW).asnumpy().round(4).ravel()[:8].tolist())
