# MNISTIter over small idx files the script writes: shapes, order, shuffle seeds, flat, index.
import mxnet as mx, numpy as np, struct, os, tempfile
os.chdir(tempfile.mkdtemp())
n = 7
img = (np.arange(n * 4 * 4) % 256).astype(np.uint8).reshape(n, 4, 4)
lab = (np.arange(n) % 10).astype(np.uint8)
with open('im.idx', 'wb') as f:
    f.write(struct.pack('>iiii', 2051, n, 4, 4)); f.write(img.tobytes())
with open('lb.idx', 'wb') as f:
    f.write(struct.pack('>ii', 2049, n)); f.write(lab.tobytes())
for kw in [dict(), dict(shuffle=False), dict(shuffle=False, flat=True), dict(shuffle=True, seed=3)]:
    it = mx.io.MNISTIter(image='im.idx', label='lb.idx', batch_size=3, **kw)
    print(type(it).__name__, it.provide_data, it.provide_label, it.batch_size)
    for ep in range(2):
        print(ep, [(b.label[0].asnumpy().tolist(), b.pad, None if b.index is None else b.index.tolist(), b.data[0].shape) for b in it]); it.reset()
it = mx.io.MNISTIter(image='im.idx', label='lb.idx', batch_size=2, shuffle=False)
b = it.next(); print(b.data[0].asnumpy()[0, 0, 0].tolist())
