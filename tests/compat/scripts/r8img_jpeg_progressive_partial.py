# Progressive JPEGs holding only their first scans (then EOI), or missing one scan: libjpeg's block smoothing
# estimates the first five AC coefficients of blocks whose precision is incomplete from the DC values around them.
import hashlib
import os
import re

import mxnet as mx

DATA = os.path.join("..", "..", "image", "data")
for name in ("prog.jpg", "prog444.jpg", "proggray.jpg", "progrst.jpg"):
    with open(os.path.join(DATA, name), "rb") as f:
        data = f.read()
    starts = [m.start() for m in re.finditer(b"\xff\xda", data)]
    for k in range(1, len(starts)):
        for flag in (1, 0):
            a = mx.image.imdecode(data[:starts[k]] + b"\xff\xd9", flag=flag).asnumpy()
            print(name, "first", k, flag, a.shape, hashlib.md5(a.tobytes()).hexdigest()[:16], a[0, :2].ravel().tolist())
    for k in range(1, len(starts) - 1):
        following = data.find(b"\xff", starts[k] + 4 + int.from_bytes(data[starts[k] + 2:starts[k] + 4], "big"))
        while data[following + 1] == 0:                 # the next marker after scan k's data
            following = data.find(b"\xff", following + 2)
        a = mx.image.imdecode(data[:starts[k]] + data[following:]).asnumpy()
        print(name, "without", k, a.shape, hashlib.md5(a.tobytes()).hexdigest()[:16])
