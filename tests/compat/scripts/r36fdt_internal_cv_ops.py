"""mx.nd._internal's OpenCV image operators (_cvimdecode/_cvimread/_cvimresize/_cvcopyMakeBorder) and imdecode's buffer kinds."""
import os
import tempfile
import numpy as np
import mxnet as mx
from _png import png


buf = png(np.random.RandomState(4).randint(0, 256, (9, 7, 3)).astype("uint8"))
path = os.path.join(tempfile.mkdtemp(), "a.png")
with open(path, "wb") as f:
    f.write(buf)
arr = np.frombuffer(buf, np.uint8)
I = mx.nd._internal


def show(f):
    try:
        r = f()
        print(type(r).__name__, r.shape, r.dtype, int(r.asnumpy().astype("int64").sum()))
    except Exception as e:
        print(type(e).__name__, str(e)[:120])


print([x for x in dir(I) if x.startswith("_cv")])
nd_buf = mx.nd.array(arr, dtype="uint8")
show(lambda: I._cvimdecode(nd_buf))
show(lambda: I._cvimdecode(nd_buf, flag=0, to_rgb=False))
show(lambda: I._cvimdecode(buf))
show(lambda: I._cvimread(filename=path))
show(lambda: I._cvimread(path, 0))
show(lambda: I._cvimresize(I._cvimdecode(nd_buf), w=5, h=4, interp=2))
show(lambda: I._cvimresize(I._cvimdecode(nd_buf), 5, 4))
show(lambda: I._cvcopyMakeBorder(I._cvimdecode(nd_buf), top=1, bot=2, left=3, right=4, type=1))
show(lambda: mx.image.imdecode(arr.astype("int32")))
show(lambda: mx.image.imdecode(np.stack([arr, arr], 1)[:, 0]))
show(lambda: mx.image.imdecode(memoryview(buf)))
show(lambda: mx.image.imdecode(arr.reshape(1, -1)))
show(lambda: mx.image.imdecode(bytearray(buf), to_rgb=False))
