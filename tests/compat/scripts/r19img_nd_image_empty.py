"""nd.image operators on images with an empty (legacy: unknown) size, and the backward of to_tensor and resize
into a variable, whose copying gradient fails unless the shapes agree."""
import numpy as np
import mxnet as mx
from mxnet import nd
from _words import words


def attempt(label, fn):
    try:
        r = fn()
        shape = r.shape
        a = r.asnumpy()
        print(label, "->", shape, a.dtype, a.ravel()[:6].tolist())
    except Exception as e:
        print(label, "->", words(e).splitlines()[0])


def z(*shape, dtype="float32"):
    return nd.array(np.zeros(shape), dtype=dtype)


IM = nd.image
ops = [("flip_left_right", IM.flip_left_right), ("flip_top_bottom", IM.flip_top_bottom),
       ("random_flip_left_right", IM.random_flip_left_right), ("random_flip_top_bottom", IM.random_flip_top_bottom),
       ("adjust_lighting", lambda x: IM.adjust_lighting(x, alpha=(0.1, 0.2, 0.3))),
       ("random_lighting", lambda x: IM.random_lighting(x, 0.1)),
       ("random_brightness", lambda x: IM.random_brightness(x, 0.5, 1.5)),
       ("random_contrast", lambda x: IM.random_contrast(x, 0.5, 1.5)),
       ("random_saturation", lambda x: IM.random_saturation(x, 0.5, 1.5)),
       ("random_hue", lambda x: IM.random_hue(x, 0.1, 0.3)),
       ("random_color_jitter", lambda x: IM.random_color_jitter(x, 0.1, 0.1, 0.1, 0.1)),
       ("to_tensor", IM.to_tensor), ("crop", lambda x: IM.crop(x, 0, 0, 1, 1)),
       ("resize", lambda x: IM.resize(x, (2, 2))), ("resize keep_ratio", lambda x: IM.resize(x, 5, keep_ratio=True))]
for name, fn in ops:
    for shape in [(0, 6, 3), (4, 0, 3), (2, 4, 0), (0, 2, 4, 3), (2, 0), (0, 2, 4, 3, 1)]:
        if name == "crop" and shape == (0, 2, 4, 3):        # (MXNet crashes)
            continue
        attempt(f"{name} {shape}", lambda: fn(z(*shape)))
for shape in [(0, 4, 3), (2, 0, 3), (2, 3, 0)]:
    attempt(f"resize float16 {shape}", lambda: IM.resize(z(*shape, dtype="float16"), (2, 2)))
for shape in [(0, 2), (2, 0, 2), (3, 0, 2), (1, 3, 0, 2), (0, 3, 2, 2)]:
    attempt(f"normalize {shape}", lambda: IM.normalize(z(*shape), mean=(0.1, 0.2, 0.3), std=0.2))

print("-- backward")
for shape in [(4, 6, 3), (2, 4, 6, 3)]:
    for name, fn in [("to_tensor", IM.to_tensor), ("resize", lambda x: IM.resize(x, (3, 2))),
                     ("resize same size", lambda x: IM.resize(x, (shape[-2], shape[-3]))),
                     ("flip", IM.flip_left_right if len(shape) == 3 else lambda x: x),
                     ("crop", lambda x: IM.crop(x, 1, 1, 2, 2))]:
        x = nd.array(np.arange(np.prod(shape)).reshape(shape) % 7)
        x.attach_grad()
        with mx.autograd.record():
            y = fn(x)
        try:
            y.backward(nd.ones(y.shape))
            print(name, shape, "->", x.grad.asnumpy().ravel()[:8].tolist())
        except Exception as e:
            print(name, shape, "->", words(e))
