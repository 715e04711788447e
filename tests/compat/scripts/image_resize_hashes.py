"""imresize of random uint8 images (1, 3 or 4 channels) to random sizes, all five interpolations: output digests."""
import hashlib

import numpy as np

import mxnet as mx

rs = np.random.RandomState(11)
for case in range(40):
    h, w = rs.randint(1, 120, 2)
    channels = [1, 3, 4][rs.randint(3)]
    img = mx.nd.array(rs.randint(0, 256, (h, w, channels)), dtype="uint8")
    out_w, out_h = (int(v) for v in rs.randint(1, 200, 2))
    digests = []
    for interp in range(5):
        pixels = mx.image.imresize(img, out_w, out_h, interp).asnumpy()
        digests.append(hashlib.md5(pixels.tobytes()).hexdigest()[:8])
    print(case, (h, w, channels), (out_w, out_h), " ".join(digests))
