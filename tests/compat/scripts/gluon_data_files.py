# gluon.data file datasets: RecordFileDataset, ImageRecordDataset, ImageFolderDataset; worker DataLoaders.
import os
import tempfile
import mxnet as mx
from mxnet import nd, recordio
from mxnet.gluon.data import RecordFileDataset, DataLoader, ArrayDataset, SimpleDataset
from mxnet.gluon.data.vision import ImageRecordDataset, ImageFolderDataset, transforms
import numpy as np


def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", r)
    except Exception as e:
        print(label, "raises", type(e).__name__)


d = tempfile.mkdtemp()
rec, idx = os.path.join(d, "data.rec"), os.path.join(d, "data.idx")
w = recordio.MXIndexedRecordIO(idx, rec, "w")
for i in range(5):
    w.write_idx(i, ("record-%d" % i).encode() * (i + 1))
w.close()
ds = RecordFileDataset(rec)
print(len(ds), ds[0], ds[4][:10], ds[-1][:8])
attempt("index out of range", lambda: ds[5])
print([len(ds[i]) for i in range(len(ds))])
t = ds.transform(lambda b: len(b))
print([t[i] for i in range(len(t))])

# image record dataset with packed images (raw arrays via pack_img need cv2; use pack with label arrays)
rec2, idx2 = os.path.join(d, "img.rec"), os.path.join(d, "img.idx")
w = recordio.MXIndexedRecordIO(idx2, rec2, "w")
for i in range(3):
    header = recordio.IRHeader(0, float(i), i, 0)
    w.write_idx(i, recordio.pack(header, b"payload%d" % i))
w.close()
ird = ImageRecordDataset(rec2)
print(len(ird))
attempt("decode non-image", lambda: ird[0])
h, payload = recordio.unpack(RecordFileDataset(rec2)[1])
print(h, payload)
header = recordio.IRHeader(0, [1.0, 2.0, 3.0], 7, 0)
s = recordio.pack(header, b"xyz")
h2, p2 = recordio.unpack(s)
print(h2.flag, list(h2.label), h2.id, p2)

# ImageFolderDataset lists files by class folder (no decoding here)
root = os.path.join(d, "imgs")
for cls, files in (("cat", ["a.jpg", "b.png", "c.txt"]), ("dog", ["d.jpeg", "e.JPG"]), ("zebra", [])):
    os.makedirs(os.path.join(root, cls))
    for f in files:
        open(os.path.join(root, cls, f), "wb").close()
open(os.path.join(root, "stray.jpg"), "wb").close()
import warnings
with warnings.catch_warnings(record=True) as ws:
    warnings.simplefilter("always")
    ifd = ImageFolderDataset(root)
    print(len(ws))
print(ifd.synsets, len(ifd), [(os.path.relpath(p, root), l) for p, l in ifd.items])
ifd2 = ImageFolderDataset(root, flag=0)
print(len(ifd2))

# worker DataLoaders give the same batches
X = nd.arange(24).reshape((12, 2))
y = nd.arange(12)
ds = ArrayDataset(X, y)
base = [[b.asnumpy().tolist() for b in batch] for batch in DataLoader(ds, batch_size=5)]
print(base)
for kw in ({"num_workers": 2}, {"num_workers": 2, "thread_pool": True}, {"num_workers": 1, "prefetch": 1},
           {"num_workers": 2, "last_batch": "discard"}):
    dl = DataLoader(ds, batch_size=5, **kw)
    got = [[b.asnumpy().tolist() for b in batch] for batch in dl]
    print(kw, len(dl), got == base[:len(got)], [str(batch[0].context) for batch in dl][:1])
dl = DataLoader(SimpleDataset([(i, float(i)) for i in range(6)]), batch_size=4, num_workers=2)
print([[b.asnumpy().tolist() for b in batch] for batch in dl])
print([[str(b.dtype) for b in batch] for batch in dl])
