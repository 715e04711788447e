"""mx.image.imdecode and imread pass their extra arguments on to the decode/read operator's function as MXNet's do: name= is taken, flag/to_rgb/out/name by position, and a misuse's TypeError names _cvimdecode / _cvimread (cvimdecode / cvimread under npx.set_np())."""
# recorded on AVX2
import os
import struct
import tempfile
import zlib

import numpy as np
import mxnet as mx


def png(pixels):
    h, w, c = pixels.shape
    rows = b"".join(b"\0" + pixels[i].tobytes() for i in range(h))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    head = struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", head) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


buf = png(np.random.RandomState(0).randint(0, 256, (3, 4, 3)).astype(np.uint8))
folder = tempfile.mkdtemp()
path = os.path.join(folder, "image.png")
with open(path, "wb") as f:
    f.write(buf)

for mode in ("nd", "np"):
    if mode == "np":
        mx.npx.set_np()
    zeros = mx.np.zeros if mode == "np" else mx.nd.zeros
    calls = [("imdecode name", lambda: mx.image.imdecode(buf, name='a')),
             ("imdecode positional", lambda: mx.image.imdecode(buf, 0, False, None, 'nm')),
             ("imdecode flag twice", lambda: mx.image.imdecode(buf, 1, flag=1)),
             ("imdecode too many", lambda: mx.image.imdecode(buf, 1, 1, None, 'n', 5)),
             ("imdecode positional out", lambda: mx.image.imdecode(buf, 1, 1, zeros((3, 4, 3), dtype='uint8'))),
             ("imdecode str", lambda: mx.image.imdecode("abc", 1)),
             ("imdecode keyword buf", lambda: mx.image.imdecode(buf=buf, to_rgb=0)),
             ("imread name", lambda: mx.image.imread(path, name='a')),
             ("imread positional", lambda: mx.image.imread(path, 0, True, None, 'nm')),
             ("imread flag twice", lambda: mx.image.imread(path, 1, flag=1)),
             ("imread too many", lambda: mx.image.imread(path, 1, 1, None, 'n', 5)),
             ("imread keyword filename", lambda: mx.image.imread(filename=path))]
    for label, call in calls:
        try:
            r = call()
            print(mode, label, type(r).__name__, r.shape, r.asnumpy().ravel()[:4].tolist())
        except Exception as e:
            print(mode, label, type(e).__name__, str(e).strip().splitlines()[-1][:150])
mx.npx.reset_np()
os.remove(path)
os.rmdir(folder)
