"""Image operator attributes given in every Python form (numbers, text, tuples, lists, None, numpy scalars and bools):
what each operator's parser accepts, and its words for what it refuses."""
import os
import numpy as np
import mxnet as mx
from mxnet import nd
from _words import words

IM = nd.image
x = nd.array(np.random.RandomState(0).randint(0, 256, (6, 8, 3)), dtype="uint8")
xf = x.astype("float32")
t = IM.to_tensor(x)
png = open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "image", "data", "gray8.png"), "rb").read()
calls = {
    "resize size": lambda v: IM.resize(x, size=v), "resize keep_ratio": lambda v: IM.resize(x, size=4, keep_ratio=v),
    "resize interp": lambda v: IM.resize(x, size=4, interp=v), "crop x": lambda v: IM.crop(x, x=v, y=0, width=2, height=2),
    "crop width": lambda v: IM.crop(x, x=0, y=0, width=v, height=2), "normalize mean": lambda v: IM.normalize(t, mean=v, std=1),
    "normalize std": lambda v: IM.normalize(t, mean=0, std=v),
    "random_brightness min": lambda v: IM.random_brightness(xf, min_factor=v, max_factor=2),
    "adjust_lighting alpha": lambda v: IM.adjust_lighting(xf, alpha=v), "random_lighting": lambda v: IM.random_lighting(xf, alpha_std=v),
    "imresize w": lambda v: mx.image.imresize(x, v, 4), "imresize interp": lambda v: mx.image.imresize(x, 4, 4, interp=v),
    "copyMakeBorder top": lambda v: mx.image.copyMakeBorder(x, v, 0, 0, 0),
    "copyMakeBorder type": lambda v: mx.image.copyMakeBorder(x, 1, 0, 0, 0, type=v),
    "copyMakeBorder values": lambda v: mx.image.copyMakeBorder(x, 1, 0, 0, 0, values=v, value=5),
    "copyMakeBorder value": lambda v: mx.image.copyMakeBorder(x, 1, 0, 0, 0, value=v),
    "imdecode flag": lambda v: mx.image.imdecode(png, flag=v), "imdecode to_rgb": lambda v: mx.image.imdecode(png, to_rgb=v),
}
values = [1, 2.5, "3", "(2,3)", (2, 3), [2, 3], (2,), None, "None", "", True, np.int64(3), np.float32(2.0), "abc", 0,
          (), (1, 2, 3)]
for name, call in calls.items():
    for v in values:
        try:
            a = call(v).asnumpy()
            print(name, repr(v), "->", a.dtype, a.shape, int(a.astype(np.float64).sum() * 100))
        except Exception as e:
            print(name, repr(v), "->", words(e))
