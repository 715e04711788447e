"""Detection augmenters under npx.set_np(): the flip and pad refuse mx.np images as MXNet's legacy operators do."""
import random

import mxnet as mx
import numpy as np

from _png import png


def show(name, fn):
    try:
        out, label = fn()
        print(name, type(out).__name__, out.shape, out.dtype, float(out.asnumpy().astype("float64").sum()),
              type(label).__name__, np.round(label, 4).tolist())
    except Exception as e:      # noqa: BLE001
        print(name, type(e).__name__, str(e)[:90])


rng = np.random.RandomState(0)
buf = png(rng.randint(0, 256, (23, 31, 3)).astype("uint8"))
boxes = np.array([[0, 0.1, 0.2, 0.5, 0.6], [1, 0.3, 0.1, 0.9, 0.8]], dtype="float32")
augs = [("flip", lambda: mx.image.DetHorizontalFlipAug(1.0)),
        ("crop", lambda: mx.image.DetRandomCropAug(min_object_covered=0.1, area_range=(0.1, 0.9))),
        ("pad", lambda: mx.image.DetRandomPadAug(area_range=(1.5, 2.5))),
        ("borrow", lambda: mx.image.DetBorrowAug(mx.image.CastAug())),
        ("select", lambda: mx.image.DetRandomSelectAug([mx.image.DetHorizontalFlipAug(1.0)], 0.0)),
        ]
for np_mode in (False, True):
    if np_mode:
        mx.npx.set_np()
    src = mx.image.imdecode(buf)
    for name, make in augs:
        for kind in ("uint8", "float32"):
            def run():
                random.seed(3)
                return make()(src.astype(kind), boxes.copy())
            show("np=%d %s %s" % (np_mode, name, kind), run)

    def chain():
        random.seed(7)
        out, label = src, boxes.copy()
        for aug in mx.image.CreateDetAugmenter((3, 12, 12), rand_crop=0.5, rand_pad=0.5, rand_mirror=True,
                                               mean=True, std=True):
            out, label = aug(out, label)
        return out, label
    show("np=%d CreateDetAugmenter" % np_mode, chain)
