"""recordio.pack/unpack over labels, ids and payloads of many types: the packed bytes, and which check fails first."""
import warnings

import numpy as np
import mxnet as mx

warnings.simplefilter("ignore")
rio = mx.recordio


def show(name, fn):
    try:
        print(name, "->", fn())
    except Exception as e:
        print(name, "!!", type(e).__name__, str(e).split("\n")[0])


labels = [0, 1.5, True, np.float64(2.5), 1 + 2j, "ab", None, [1, [2]], [[1, 2], [3, 4]], np.array(5.0), (1, 2), [],
          1e40, float("nan")]
ids = [0, 3, 1.5, -1, None, 2 ** 64]
payloads = [b"", b"x", "str", bytearray(b"ab"), np.array([1, 2], dtype="uint8"), None]
for i, label in enumerate(labels):
    for idv in ids:
        for payload in payloads if idv in (0, -1) else payloads[:2]:
            def run():
                s = rio.pack(rio.IRHeader(7, label, idv, 1), payload)
                return s, rio.unpack(s)
            show("pack label=%r id=%r payload=%r" % (label, idv, payload), run)
show("tuple header", lambda: rio.unpack(rio.pack((0, 1.0, 2, 3), b"a")))
show("short header", lambda: rio.pack((0, 1.0, 2), b"a"))
show("array label unpacked", lambda: rio.unpack(rio.pack(rio.IRHeader(0, [1, 2, 3], 0, 0), b"zz")))
show("unpack empty", lambda: rio.unpack(b""))
