"""Vision transforms and nd.image operators refuse images of the wrong rank, channels, size or dtype with MXNet's check words."""
import numpy as np
import mxnet as mx
from mxnet import nd
from mxnet.gluon.data.vision import transforms as T
from _words import words


def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", r.shape, r.dtype.__name__ if hasattr(r.dtype, "__name__") else r.dtype)
    except Exception as e:
        print(label, "->", words(e))


transforms = {
    "ToTensor": T.ToTensor(), "Resize": T.Resize(3), "Resize-keep": T.Resize(3, keep_ratio=True),
    "Resize-bad-size": T.Resize((1, 2, 3)), "Resize-0": T.Resize(0), "Resize-w0": T.Resize((0, 3)),
    "Resize-h0": T.Resize((3, 0)), "CenterCrop": T.CenterCrop(2), "CropResize": T.CropResize(0, 0, 2, 2),
    "FlipLR": T.RandomFlipLeftRight(), "FlipTB": T.RandomFlipTopBottom(), "Brightness": T.RandomBrightness(0.5),
    "Contrast": T.RandomContrast(0.5), "Saturation": T.RandomSaturation(0.5), "Hue": T.RandomHue(0.3),
    "Jitter": T.RandomColorJitter(0.1, 0.1, 0.1, 0.1), "Lighting": T.RandomLighting(0.1),
}
shapes = [(4, 5), (3,), (2, 4, 5, 3), (4, 5, 4), (4, 5, 2), (4, 5, 3), (1, 2, 3, 4, 3)]
for name, t in transforms.items():
    for shape in shapes:
        attempt(f"{name} {shape}", lambda: t(nd.ones(shape, dtype="uint8")))
for dtype in ["float16", "int32"]:
    for interp in [0, 1, 2]:
        attempt(f"resize {dtype} interp={interp}", lambda: nd.image.resize(nd.ones((4, 5, 3), dtype=dtype), 3, interp=interp).asnumpy())
attempt("resize interp=7", lambda: nd.image.resize(nd.ones((4, 5, 3)), 3, interp=7).asnumpy())
for shape in [(3, 4), (4, 3, 2, 2), (4, 2, 2), (2, 2, 2, 2), (2, 3, 2, 2)]:
    attempt(f"Normalize {shape}", lambda: T.Normalize(0.5, 0.25)(nd.ones(shape)))
attempt("Normalize mean", lambda: T.Normalize((0.1, 0.2), 1)(nd.ones((3, 2, 2))))
attempt("Normalize std", lambda: T.Normalize(0, (1, 2))(nd.ones((2, 3, 2, 2))))
for args in [(0, 0, 5, 4), (1, 0, 5, 4), (0, 1, 5, 4), (0, 0, 0, 2), (0, 0, 2, -1), (0, 0, 6, 5), (4, 3, 1, 1)]:
    attempt(f"crop {args}", lambda: nd.image.crop(nd.ones((4, 5, 3)), *args))
    attempt(f"crop batch {args}", lambda: nd.image.crop(nd.ones((2, 4, 5, 3)), *args))
attempt("crop 2d", lambda: nd.image.crop(nd.ones((4, 5)), 0, 0, 1, 1))
attempt("crop channels", lambda: nd.image.crop(nd.ones((4, 5, 2)), 0, 0, 1, 1))
attempt("crop batch channels", lambda: nd.image.crop(nd.ones((2, 4, 5, 4)), 0, 0, 1, 1))
attempt("Resize None", lambda: T.Resize(None)(nd.ones((4, 5, 3))))
attempt("resize size ()", lambda: nd.image.resize(nd.ones((4, 5, 3)), size=()))
attempt("imresize float w", lambda: mx.image.imresize(nd.ones((4, 4, 3), dtype="uint8"), 2.5, 2, interp=1))
attempt("imresize interp text", lambda: mx.image.imresize(nd.ones((4, 4, 3), dtype="uint8"), 2, 2, "a"))
attempt("center_crop float size", lambda: mx.image.center_crop(nd.ones((4, 4, 3), dtype="uint8"), (2, 2.5))[0])
attempt("CenterCrop float size", lambda: T.CenterCrop(2.5)(nd.ones((4, 4, 3), dtype="uint8")))
for w, h in [(0, 0), (0, 3), (3, 0), (-4, -3)]:
    attempt(f"imresize {w}x{h}", lambda: mx.image.imresize(nd.ones((4, 4, 3), dtype="uint8"), w, h))
attempt("ResizeAug(0)", lambda: mx.image.ResizeAug(0)(nd.ones((4, 4, 3), dtype="uint8")))
attempt("ForceResizeAug((0, 3))", lambda: mx.image.ForceResizeAug((0, 3))(nd.ones((4, 4, 3), dtype="uint8")))
