"""mx.image.imdecode/imread with an OpenCV flag decoding into another buffer (2, 16, 64, 128 with to_rgb given) fail on reading with MXNet's check at image_io.cc:170; the other flags decode."""
# recorded on AVX2
import os
import re
import tempfile

import numpy as np

import mxnet as mx
from _png import png

rs = np.random.RandomState(0)
colour = png(rs.randint(0, 256, (5, 7, 3)).astype(np.uint8))
gray = png(np.repeat(rs.randint(0, 256, (5, 7, 1)), 3, axis=2).astype(np.uint8))
path = os.path.join(tempfile.mkdtemp(), "c.png")
with open(path, "wb") as f:
    f.write(colour)


def show(title, make):
    try:
        r = make()
        print(title, r.shape, r.dtype, r.asnumpy().ravel()[:4].tolist())
    except mx.base.MXNetError as e:
        print(title, type(e).__name__, repr(re.sub(r"0x[0-9a-f]+", "ADDR", str(e))))


for flag in [1, 2, 3, 4, 8, 16, 17, 64, 128]:
    for to_rgb in [0, 1]:
        show(f"colour flag={flag} to_rgb={to_rgb}", lambda: mx.image.imdecode(colour, flag=flag, to_rgb=to_rgb))
        show(f"gray flag={flag} to_rgb={to_rgb}", lambda: mx.image.imdecode(gray, flag=flag, to_rgb=to_rgb))
    show(f"imread flag={flag}", lambda: mx.image.imread(path, flag=flag, to_rgb=1))
    r = mx.image.imdecode(colour, flag=flag)
    print("  no to_rgb", r.shape, r.dtype)
