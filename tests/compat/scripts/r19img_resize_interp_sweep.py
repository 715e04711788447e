"""imresize with every OpenCV interpolation on uint8 and float32 images of 1, 3 and 4 channels, enlarged, shrunk,
halved and kept: output digests, bit for bit; the automatic 9 and 10 go to resize_short, which picks a method."""
import hashlib
import random
import numpy as np
import mxnet as mx
from mxnet import nd

rs = np.random.RandomState(11)
for dtype in ["uint8", "float32"]:
    for (h, w) in [(1, 1), (5, 7), (13, 17), (16, 24)]:
        for c in [1, 3, 4]:
            raw = rs.randint(0, 256, (h, w, c)) if dtype == "uint8" else rs.uniform(-10, 300, (h, w, c))
            img = nd.array(raw, dtype=dtype)
            random.seed(h * w * c)      # (interp 10 draws a method with Python's random)
            for (tw, th) in [(3, 2), (w, h), (max(w // 2, 1), max(h // 2, 1)), (20, 13), (9, 30)]:
                digests = []
                for interp in [0, 1, 2, 3, 4]:
                    a = mx.image.imresize(img, tw, th, interp=interp).asnumpy()
                    digests.append(hashlib.md5(a.tobytes()).hexdigest()[:6])
                for interp in [9, 10]:
                    a = mx.image.resize_short(img, min(tw, th), interp=interp).asnumpy()
                    digests.append(f"{a.shape[0]}x{a.shape[1]}:" + hashlib.md5(a.tobytes()).hexdigest()[:6])
                print(dtype, (h, w, c), "->", (th, tw), " ".join(digests))
