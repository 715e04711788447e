# nd.image colour transforms: hue, colour jitter order, parameter checks, random draws from the seeded stream.
import mxnet as mx
from mxnet import nd
import numpy as np
rng = np.random.RandomState(1)
u8 = nd.array(rng.randint(0, 256, (3, 4, 3)), dtype="uint8")
f = nd.array(rng.rand(3, 4, 3) * 255)
g = nd.array([[[10, 10, 10], [255, 0, 0], [0, 255, 0], [0, 0, 255], [50, 100, 100]]])
for lo, hi in [(0.1, 0.1), (0.3, 0.45), (0.5, 0.5), (0, 0.05)]:
    for x in (u8, f, g):
        print(nd.image.random_hue(x, lo, hi).asnumpy().tolist())
x = nd.ones((2, 2, 3)) * 100
for name in ["random_brightness", "random_contrast", "random_saturation", "random_hue"]:
    for lo, hi in [(-0.5, 0.5), (0.5, 0.2), (0, 0), (1e-4, 1e-4), (2, 3)]:
        try:
            r = getattr(nd.image, name)(x, lo, hi); print(name, lo, hi, r.asnumpy()[0, 0].tolist())
        except Exception as e: print(name, lo, hi, type(e).__name__)
for f in [lambda: nd.image.random_lighting(x), lambda: nd.image.random_lighting(x, -1), lambda: nd.image.adjust_lighting(x, (1, 2)), lambda: nd.image.random_hue(nd.ones((2, 2, 4)), 0.1, 0.2),
          lambda: nd.image.random_brightness(nd.ones((2, 2, 1)), 0.5, 1), lambda: nd.image.random_brightness(nd.ones((1, 2, 2, 3)), 0.5, 1), lambda: nd.image.random_contrast(nd.ones((1, 2, 2, 3)), 0.5, 1),
          lambda: nd.image.random_saturation(nd.ones((2, 2, 1)), 0.5, 1), lambda: nd.image.adjust_lighting(nd.ones((1, 2, 2, 3)), (1, 2, 3))]:
    try:
        r = f(); print(r.shape, r.asnumpy().reshape(-1)[:3].tolist())
    except Exception as e: print(type(e).__name__)
rng = np.random.RandomState(1)
u8 = nd.array(rng.randint(0, 256, (3, 4, 3)), dtype="uint8")
f = nd.array(rng.rand(3, 4, 3) * 255)
for s in range(6):
    mx.random.seed(s)
    for kw in [dict(brightness=0.3, contrast=0, saturation=0, hue=0), dict(brightness=0.3, contrast=0.3, saturation=0.3, hue=0.1), dict(hue=0.2, contrast=0.5, brightness=0, saturation=0.2)]:
        print(nd.image.random_color_jitter(u8, **kw).asnumpy().tolist())
        print(nd.image.random_color_jitter(f, **kw).asnumpy().tolist())
try:
    nd.image.random_color_jitter(u8, brightness=1)
except Exception as e:
    print(type(e).__name__)
mx.random.seed(3)
for r in nd.contrib.rand_zipfian(nd.array([3, 0, 99]), 6, 100):
    print(r.dtype, r.asnumpy().tolist())
mx.random.seed(4)
for r in nd.contrib.rand_zipfian(nd.array([[1], [7]], dtype="int64"), 4, 10):
    print(r.dtype, r.shape, r.asnumpy().tolist())
