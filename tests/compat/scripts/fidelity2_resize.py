# Bicubic and Lanczos uint8 resizing (mx.image.imresize, gluon transforms.Resize): exact pixel values,
# shrinking and enlarging, gray and colour images.
import hashlib

import numpy as np
import mxnet as mx
from mxnet.gluon.data.vision import transforms

rs = np.random.RandomState(11)
for (h, w, c, oh, ow) in [(20, 18, 3, 18, 18), (18, 20, 3, 18, 18), (8, 10, 1, 8, 9), (33, 8, 3, 33, 7),
                          (7, 9, 3, 5, 4), (12, 40, 1, 10, 38), (5, 5, 3, 12, 12), (30, 31, 1, 17, 13)]:
    img = mx.nd.array(rs.randint(0, 256, (h, w, c)), dtype="uint8")
    for interp in (2, 4):
        out = mx.image.imresize(img, ow, oh, interp=interp)
        values = out.asnumpy()
        print((h, w, c), "->", out.shape, out.dtype.__name__, "interp", interp, int(values.astype(np.int64).sum()),
              hashlib.md5(values.tobytes()).hexdigest())
        if values.size <= 120:
            print(values.reshape(-1).tolist())

img = mx.nd.array(np.random.RandomState(0).randint(0, 256, (20, 18, 3)), dtype="uint8")
out = transforms.Resize((18, 18), interpolation=2)(img).asnumpy()
print("Resize", out.shape, out[13, 7].tolist(), out[13, 8].tolist(), hashlib.md5(out.tobytes()).hexdigest())

# every interpolation on uint8, int8, float32 and float64 images: shrinking, enlarging, whole factors, halving
rs = np.random.RandomState(5)
for (h, w, oh, ow) in [(20, 18, 10, 9), (9, 7, 13, 11), (16, 16, 8, 8), (30, 20, 7, 13), (12, 9, 4, 3), (6, 8, 6, 4)]:
    for c in (1, 2, 3):
        for dt in ("uint8", "int8", "float32", "float64"):
            low, high = (-128, 128) if dt == "int8" else (0, 256)
            pixels = rs.randint(low, high, (h, w, c)) + (rs.rand(h, w, c) if dt.startswith("float") else 0)
            img = mx.nd.array(pixels, dtype=dt)
            for interp in range(5):
                values = mx.image.imresize(img, ow, oh, interp=interp).asnumpy()
                print((h, w, c), dt, interp, values.shape, repr(values.reshape(-1)[:3].tolist()),
                      hashlib.md5(values.tobytes()).hexdigest())
for dt, interp in [("int32", 0), ("int32", 1), ("float16", 0)]:
    try:
        print(dt, interp, mx.image.imresize(mx.nd.array(np.arange(12).reshape(2, 2, 3), dtype=dt), 3, 3,
                                            interp=interp).asnumpy().tolist())
    except Exception as e:
        print(dt, interp, type(e).__name__)
