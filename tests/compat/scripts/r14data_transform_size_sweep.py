"""Vision transforms and mx.image crops/resizes over random image sizes, channel counts, dtypes, sizes and interpolations (crops drawn under fixed seeds): output shapes and pixel sums."""
import random

import numpy as np
import mxnet as mx
from mxnet import nd, image
from mxnet.gluon.data.vision import transforms as T


def seed(s):
    mx.random.seed(s)
    np.random.seed(s)
    random.seed(s)


def show(label, fn):
    try:
        out = fn()
        a = out.asnumpy().astype(np.float64)
        print(label, "->", out.shape, out.dtype.__name__, round(float(a.sum()), 3), a.ravel()[:3].round(4).tolist())
    except Exception as e:
        print(label, "->", type(e).__name__)


r = np.random.RandomState(11)
for k in range(60):
    h, w, c = int(r.randint(1, 16)), int(r.randint(1, 16)), [1, 3][r.randint(2)]
    dtype = ["uint8", "float32"][r.randint(2)]
    x = nd.array(r.randint(0, 256, (h, w, c)), dtype=dtype)
    op, s = r.randint(7), int(r.randint(100))
    size, interp = (int(r.randint(1, 20)), int(r.randint(1, 20))), int(r.randint(0, 5))
    label = f"{k} {(h, w, c)} {dtype}"
    if op == 0:
        show(f"{label} resize_short {size[0]} {interp}", lambda: image.resize_short(x, size[0], interp))
    elif op == 1:
        show(f"{label} center_crop {size} {interp}", lambda: image.center_crop(x, size, interp)[0])
    elif op == 2:
        seed(s)
        show(f"{label} random_size_crop {size} seed {s}", lambda: image.random_size_crop(x, size, (0.1, 1.0), (0.5, 2.0))[0])
    elif op == 3:
        seed(s)
        show(f"{label} RandomResizedCrop {size[0]} seed {s}", lambda: T.RandomResizedCrop(size[0])(x))
    elif op == 4:
        show(f"{label} Resize {size} {interp}", lambda: T.Resize(size, interpolation=interp)(x))
    elif op == 5:
        show(f"{label} Resize keep {size[0]} {interp}", lambda: T.Resize(size[0], keep_ratio=True, interpolation=interp)(x))
    else:
        show(f"{label} ToTensor Normalize", lambda: T.Compose([T.ToTensor(), T.Normalize(0.3, 0.7)])(x))
