import os
import tempfile
import mxnet as mx
import numpy as np

d = tempfile.mkdtemp()
path = os.path.join(d, "data.rec")
w = mx.recordio.MXRecordIO(path, "w")
for i in range(3):
    w.write(b"record %d" % i + b"x" * i)
w.close()
r = mx.recordio.MXRecordIO(path, "r")
while True:
    item = r.read()
    if item is None:
        break
    print(item)
r.reset()
print(r.read())
r.close()
print(os.path.getsize(path))
print(open(path, "rb").read()[:16].hex())

idx, rec = os.path.join(d, "i.idx"), os.path.join(d, "i.rec")
w = mx.recordio.MXIndexedRecordIO(idx, rec, "w")
for i in range(4):
    w.write_idx(i * 10, b"payload-%d" % i)
w.close()
print(open(idx).read())
r = mx.recordio.MXIndexedRecordIO(idx, rec, "r")
print(r.keys, r.read_idx(20), r.read_idx(0))
r.close()

h = mx.recordio.IRHeader(0, 3.5, 7, 0)
s = mx.recordio.pack(h, b"abc")
print(s.hex())
print(mx.recordio.unpack(s))
h2 = mx.recordio.IRHeader(0, [1.0, 2.0, 3.0], 9, 0)
s2 = mx.recordio.pack(h2, b"zz")
print(s2.hex())
hh, body = mx.recordio.unpack(s2)
print(hh.flag, hh.label.tolist(), hh.id, hh.id2, body)
print(mx.recordio.IRHeader._fields)

import shutil
shutil.rmtree(d)
