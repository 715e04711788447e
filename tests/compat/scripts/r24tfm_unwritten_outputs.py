"""Image ops whose MXNet kernels leave part of a fresh output unwritten (zero): the flips' middle column or row
of an odd width or height, and hue and lighting on gray images (random colour jitter's hue step too)."""
# recorded on AVX2
import mxnet as mx
import numpy as np
from mxnet.gluon.data.vision import transforms as T
from _words import words

kept = []       # every array stays alive, so each output is fresh memory


def show(label, fn):
    try:
        y = fn()
        kept.append(y)
        a = y.asnumpy()
        print(label, a.shape, a.dtype, a[..., 0].astype("float64").round(3).ravel().tolist())
    except Exception as e:
        print(label, words(e))


for h, w in [(3, 4), (4, 3), (3, 5), (1, 1), (2, 1), (1, 2), (5, 5)]:
    for dtype in ["uint8", "float32"]:
        x = mx.nd.array(np.arange(h * w * 3).reshape(h, w, 3) % 250 + 1, dtype=dtype)
        kept.append(x)
        show(f"flip_left_right {h}x{w} {dtype}", lambda: mx.nd.image.flip_left_right(x))
        show(f"flip_top_bottom {h}x{w} {dtype}", lambda: mx.nd.image.flip_top_bottom(x))
        mx.random.seed(4)
        for k in range(3):
            show(f"random_flip_left_right {h}x{w} {dtype} {k}", lambda: mx.nd.image.random_flip_left_right(x))
            show(f"RandomFlipTopBottom {h}x{w} {dtype} {k}", lambda: T.RandomFlipTopBottom()(x))

gray = mx.nd.array(np.arange(12).reshape(3, 4, 1) * 9 + 5, dtype="float32")
rgb = mx.nd.array(np.arange(36).reshape(3, 4, 3) * 5 + 5, dtype="float32")
kept += [gray, rgb]
for name, make in [("RandomHue", lambda: T.RandomHue(0.3)), ("RandomLighting", lambda: T.RandomLighting(0.2)),
                   ("Jitter hue", lambda: T.RandomColorJitter(hue=0.2)),
                   ("Jitter brightness hue", lambda: T.RandomColorJitter(brightness=0.3, hue=0.2)),
                   ("Jitter all", lambda: T.RandomColorJitter(0.3, 0.3, 0.3, 0.2))]:
    block = make()
    mx.random.seed(3)
    for k in range(4):
        show(f"{name} gray {k}", lambda: block(gray))
    show(f"{name} rgb after", lambda: block(rgb))
mx.random.seed(5)
show("random_lighting gray", lambda: mx.nd.image.random_lighting(gray, 0.1))
show("random_lighting rgb next", lambda: mx.nd.image.random_lighting(rgb, 0.1))
show("adjust_lighting gray", lambda: mx.nd.image.adjust_lighting(gray, alpha=(0.1, 0.2, 0.3)))
show("random_hue gray", lambda: mx.nd.image.random_hue(gray, 0.1, 0.3))
show("random_hue rgb next", lambda: mx.nd.image.random_hue(rgb, 0.1, 0.3))
