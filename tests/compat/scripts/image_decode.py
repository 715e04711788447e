# mx.image.imdecode of JPEG (baseline, 4:4:4 to 4:1:1, gray, restarts, progressive), PNG, BMP and TIFF
# (gray, RGB, RGBA, gray+alpha, palettes, 1- and 16-bit) fixtures, both flags and channel orders.
import hashlib
import os
import mxnet as mx
from mxnet import image
import numpy as np

DATA = os.path.join("..", "..", "image", "data")
names = sorted(n for n in os.listdir(DATA) if n.endswith((".jpg", ".png", ".bmp", ".tif")))
for name in names:
    with open(os.path.join(DATA, name), "rb") as f:
        buf = f.read()
    for flag, to_rgb in ((1, True), (1, False), (0, True)):
        img = mx.image.imdecode(buf, flag=flag, to_rgb=to_rgb)
        a = img.asnumpy()
        print(name, flag, to_rgb, img.shape, img.dtype, img.context, int(a.astype(np.int64).sum()),
              hashlib.md5(a.tobytes()).hexdigest()[:12], a[0, :2].tolist())
img = image.imread(os.path.join(DATA, "c420.jpg"))
print(img.shape, img[18, 20].asnumpy().tolist())
img = mx.image.imread(os.path.join(DATA, "gray8.png"), flag=0)
print(img.shape, img[5, 5].asnumpy().tolist())
buf = np.frombuffer(open(os.path.join(DATA, "c444.jpg"), "rb").read(), dtype=np.uint8)
print(mx.image.imdecode(buf).shape, mx.image.imdecode(mx.nd.array(buf, dtype="uint8")).shape)
out = mx.nd.zeros((37, 45, 3), dtype="uint8")
res = mx.image.imdecode(open(os.path.join(DATA, "c420.jpg"), "rb").read(), out=out)
print(res is out, int(out.asnumpy().astype(np.int64).sum()))
for bad in (b"", b"hello world", b"\xff\xd8\xff\xd9"):
    try:
        mx.image.imdecode(bad)
        print("decoded", bad[:4])
    except Exception as e:
        print("bad bytes", bad[:4], type(e).__name__)
for bad in ("a string", 12):
    try:
        mx.image.imdecode(bad)
    except Exception as e:
        print("bad type", type(e).__name__)
try:
    mx.image.imread(os.path.join(DATA, "missing.jpg"))
except Exception as e:
    print("missing file", type(e).__name__)
