"""Arrays in attribute slots, non-NDArray inputs to nd front-end functions, mx.np keys on legacy arrays, nd.imdecode."""
import struct
import zlib

import numpy as np
import mxnet as mx

x = mx.nd.ones((2,))
m = mx.nd.ones((2, 3))


def run(name, f):
    try:
        r = f()
        print(name, "ok", r.shape, r.asnumpy().tolist())
    except Exception as e:      # the class is what must match MXNet
        print(name, type(e).__name__)


def png(h, w):
    raw = b"".join(b"\x00" + bytes([(i * 7 + j * 3) % 256 for j in range(w * 3)]) for i in range(h))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) \
        + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")


# an array given by position where an attribute goes
run("smooth_l1 np", lambda: mx.nd.smooth_l1(x, np.ones(2)))
run("smooth_l1 nd", lambda: mx.nd.smooth_l1(x, mx.nd.ones(2)))
run("smooth_l1 scalar", lambda: mx.nd.smooth_l1(x, 2.0))
run("hard_sigmoid np", lambda: mx.nd.hard_sigmoid(x, np.ones(2)))
run("hard_sigmoid nd", lambda: mx.nd.hard_sigmoid(x, mx.nd.ones(2)))
run("hard_sigmoid scalars", lambda: mx.nd.hard_sigmoid(x, 0.3, 0.4))
run("MakeLoss np", lambda: mx.nd.MakeLoss(x, np.ones(2)))
run("unravel_index np", lambda: mx.nd.unravel_index(x, np.ones(2)))
run("quadratic np", lambda: mx.nd.contrib.quadratic(x, np.ones(2)))
run("quadratic scalar", lambda: mx.nd.contrib.quadratic(x, 2.0))
run("gradientmultiplier np", lambda: mx.nd.contrib.gradientmultiplier(x, np.ones(2)))
# front-end functions given numpy arrays
run("moveaxis np", lambda: mx.nd.moveaxis(np.ones((2, 3)), 0, 1))
run("moveaxis nd", lambda: mx.nd.moveaxis(m, 0, 1))
run("onehot_encode np", lambda: mx.nd.onehot_encode(np.array([0, 1.]), mx.nd.zeros((2, 2))))
run("onehot_encode nd", lambda: mx.nd.onehot_encode(mx.nd.array([0, 1.]), mx.nd.zeros((2, 2))))
run("sparse.dot np rhs", lambda: mx.nd.sparse.dot(m, np.ones((3, 2))))
run("sparse.dot np lhs", lambda: mx.nd.sparse.dot(np.ones((2, 3)), m.T))
# mx.np index arrays on a legacy NDArray
run("index mx.np", lambda: x[mx.np.array([0, 1])])
run("index mx.np float", lambda: m[mx.np.array([0., 1.])])
run("index tuple mx.np", lambda: m[mx.np.array([0, 1]), 1])
run("index 0-d mx.np", lambda: m[mx.np.array(1)])
run("index nd", lambda: m[mx.nd.array([0, 1])])
# nd.imdecode: the deprecated decoder of MXNet 1.9.1
run("imdecode png", lambda: mx.nd.imdecode(png(2, 3)))
run("imdecode junk", lambda: mx.nd.imdecode(b"abc"))
run("imdecode empty", lambda: mx.nd.imdecode(b""))
run("imdecode str", lambda: mx.nd.imdecode("abc"))
run("imdecode int", lambda: mx.nd.imdecode(3))
run("imdecode None", lambda: mx.nd.imdecode(None))
run("image.imdecode png", lambda: mx.image.imdecode(png(2, 3)))
