"""Augmenters given what they cannot take: a numpy image, a 1-channel image for a 3-channel mean or lighting
(in-place broadcasting that would grow the image), and mx.np images in numpy mode; plus their seeded values."""
import random
import numpy as np
import mxnet as mx
from mxnet import nd
from _words import words

I = mx.image


def attempt(label, fn):
    random.seed(3)
    np.random.seed(3)
    try:
        r = fn()
        a = r.asnumpy()
        print(label, "->", type(r).__name__, a.dtype, a.shape, np.round(a.ravel()[:6].astype(np.float64), 3).tolist())
    except Exception as e:
        print(label, "->", words(e).splitlines()[0][:160])


eig = (0.1, np.array([55.46, 4.794, 1.148]), np.array([[-0.5675, 0.7192, 0.4009], [-0.5808, -0.0045, -0.8140],
                                                        [-0.5836, -0.6948, 0.4203]]))
augs = [("hue", lambda: I.HueJitterAug(0.3)), ("gray", lambda: I.RandomGrayAug(1)), ("flip", lambda: I.HorizontalFlipAug(1)),
        ("brightness", lambda: I.BrightnessJitterAug(0.3)), ("contrast", lambda: I.ContrastJitterAug(0.3)),
        ("saturation", lambda: I.SaturationJitterAug(0.3)), ("lighting", lambda: I.LightingAug(*eig)),
        ("normalize", lambda: I.ColorNormalizeAug(nd.array([1, 2, 3]), nd.array([2, 2, 2]))),
        ("cast", lambda: I.CastAug()), ("resize", lambda: I.ResizeAug(3)), ("center crop", lambda: I.CenterCropAug((2, 2)))]
rgb = np.arange(48, dtype=np.float32).reshape(4, 4, 3) * 5
for name, make in augs:
    attempt(f"{name} NDArray", lambda: make()(nd.array(rgb)))
    attempt(f"{name} 1 channel", lambda: make()(nd.array(rgb[..., :1])))
for name, make in augs[:3] + augs[3:6]:
    attempt(f"{name} numpy float32", lambda: make()(rgb.copy()))
a = nd.zeros((2, 1))
for op in ["__iadd__", "__isub__", "__imul__", "__itruediv__"]:
    attempt(f"in-place {op} growing", lambda: getattr(a, op)(nd.ones((2, 3))))
    attempt(f"in-place {op} shrinking", lambda: getattr(nd.ones((2, 3)), op)(nd.ones((2, 1))))
mx.npx.set_np()
for name, make in augs:
    attempt(f"numpy mode {name} mx.np", lambda: make()(mx.np.array(rgb)))
