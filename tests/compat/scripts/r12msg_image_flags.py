"""imread and imdecode return at once for any non-negative flag; one OpenCV decodes elsewhere fails when read."""
import os
import re

import mxnet as mx


def essential(error):
    """The message without a C++ traceback, repeated type name or memory addresses, on one line."""
    lines = [x for x in str(error).strip().split("\n") if not x.startswith(("Traceback", "  File"))]
    return re.sub(r"0x[0-9a-f]+", "0x?", " | ".join(lines).replace("MXNetError: ", ""))


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:          # noqa: BLE001 - the exception type and message are compared
        print(label, "raised", type(e).__name__, essential(e))


path = os.path.join("..", "..", "image", "data", "adam7.png")
data = open(path, "rb").read()
for flag in [0, 1, 2, 3, 4, 5, 8, 16, 17, -1]:
    attempt(f"imread {flag} call", lambda: mx.image.imread(path, flag=flag).shape)
    attempt(f"imread {flag} read", lambda: mx.image.imread(path, flag=flag).asnumpy().reshape(-1)[:4].tolist())
    attempt(f"imdecode {flag} call", lambda: mx.image.imdecode(data, flag=flag).shape)
    attempt(f"imdecode {flag} read", lambda: mx.image.imdecode(data, flag=flag, to_rgb=0).asnumpy()[0, 0].tolist())
attempt("imread gray16 2", lambda: mx.image.imread(os.path.join("..", "..", "image", "data", "gray16.png"), flag=2).asnumpy().shape)
attempt("imread -1 to_rgb", lambda: mx.image.imread(path, to_rgb=0, flag=-1).shape)
attempt("imdecode -2 to_rgb", lambda: mx.image.imdecode(data, to_rgb=1, flag=-2).shape)
