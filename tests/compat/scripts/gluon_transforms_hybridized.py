"""Vision transforms hybridized, image-op dtype rules (to_tensor type, integer wrap-around, half precision)."""
import numpy as np

import mxnet as mx
from mxnet.gluon.data.vision import transforms as T


def show(name, fn):
    try:
        out = fn()
        a = out.asnumpy().astype(np.float64)
        print(name, out.shape, np.dtype(out.dtype).name, np.round(a.ravel()[:5], 4).tolist(), round(float(a.sum()), 3))
    except (mx.base.MXNetError, ValueError) as err:
        print(name, type(err).__name__)


rs = np.random.RandomState(0)
img = mx.nd.array(rs.randint(0, 255, (13, 17, 3)), dtype="uint8")
batch = mx.nd.array(rs.randint(0, 255, (2, 13, 17, 3)), dtype="uint8")
chw = mx.nd.array(rs.rand(3, 13, 17))
makers = [("ToTensor", lambda: T.ToTensor()), ("Normalize", lambda: T.Normalize((0.1, 0.2, 0.3), (0.5, 0.6, 0.7))),
          ("Resize", lambda: T.Resize(9)), ("ResizeKeep", lambda: T.Resize(9, keep_ratio=True)),
          ("Resize2", lambda: T.Resize((11, 7), interpolation=2)), ("CropResize", lambda: T.CropResize(1, 2, 10, 8, (5, 6), 1)),
          ("Compose", lambda: T.Compose([T.Resize(12), T.CenterCrop(10), T.ToTensor(), T.Normalize(0.5, 0.2)]))]
for hybridize in (False, True):
    for name, make in makers:
        for iname, x in (("u8", img), ("f32", img.astype("float32")), ("batch", batch), ("chw", chw)):
            t = make()
            if hybridize:
                t.hybridize()
            show(f"{hybridize} {name} {iname}", lambda: t(x))

half = mx.nd.array(rs.randint(0, 100, (3, 2, 3)), dtype="float16")
show("Normalize f16", lambda: T.Normalize((10, 20, 30), (0.3, 2, 3))(half))
show("to_tensor f16", lambda: mx.nd.image.to_tensor(half.transpose((1, 2, 0))))
for size in (-5, (7, 8, 9), (0, 4)):
    show(f"Resize {size}", lambda: T.Resize(size)(img))
show("resize int8 linear", lambda: mx.nd.image.resize(img.astype("int8"), size=5))
data = mx.sym.var("data")
print("to_tensor type", mx.sym.image.to_tensor(data).infer_type(data="uint8")[1])
signed = mx.nd.array([[[-100, -50, 0], [50, 100, 127]], [[-128, 10, 20], [30, 40, 60]]], dtype="int8")
for op in ("random_brightness", "random_contrast", "random_saturation"):
    print(op, "int8", getattr(mx.nd.image, op)(signed, 1.5, 1.5).asnumpy().ravel().tolist())
halves = mx.nd.array(rs.rand(31, 42, 3) * 255, dtype="float16")
for op, factor in (("random_contrast", 1.5), ("random_saturation", 1.5), ("random_contrast", 0.63), ("random_saturation", 0.77)):
    show(f"{op} {factor} f16", lambda: getattr(mx.nd.image, op)(halves, factor, factor))
