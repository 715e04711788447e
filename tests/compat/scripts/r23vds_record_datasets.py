"""Image records end to end: recordio.pack with number and array labels (MXNet writes array labels with numpy's
deprecated tostring), PNG payloads written by hand, ImageRecordDataset (flag 1/0, transform) through a DataLoader,
RecordFileDataset and the index file MXIndexedRecordIO writes."""
# recorded on AVX2
import os
import struct
import tempfile
import warnings
import zlib

import numpy as np
import mxnet as mx
from mxnet import recordio
from mxnet.gluon.data import DataLoader, RecordFileDataset
from mxnet.gluon.data.vision import ImageRecordDataset, transforms
from _words import words


def png(pixels):
    """An 8-bit PNG of an H x W x C uint8 array (C = 1, 2, 3 or 4), filter 0 on every row."""
    h, w, c = pixels.shape
    rows = b"".join(b"\0" + pixels[i].tobytes() for i in range(h))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    head = struct.pack(">IIBBBBB", w, h, 8, {1: 0, 2: 4, 3: 2, 4: 6}[c], 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", head) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


def caught(fn):
    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always")
        try:
            result = fn()
        except Exception as e:
            result = words(e)
    return result, sorted({"%s: %s" % (w.category.__name__, w.message) for w in seen})


labels = [3, 2.5, np.float64(7), [1, 2], (4.0,), np.arange(3, dtype=np.int64), np.array([[1, 2], [3, 4]]), [],
          np.array(5.0), "x", None, [[1], [2, 3]]]
for label in labels:
    packed = caught(lambda: recordio.pack(recordio.IRHeader(0, label, 9, 1), b"payload"))
    if isinstance(packed[0], bytes):
        header, rest = recordio.unpack(packed[0])
        print(repr(label), "->", header.flag, repr(header.label), header.id, header.id2, rest, packed[1])
    else:
        print(repr(label), "->", *packed)

root = tempfile.mkdtemp()
rec, idx = os.path.join(root, "img.rec"), os.path.join(root, "img.idx")
rng = np.random.RandomState(23)
writer = recordio.MXIndexedRecordIO(idx, rec, "w")
shapes = [(5, 6, 3), (4, 4, 1), (6, 3, 4), (3, 5, 2), (7, 7, 3)]
record_labels = [1.0, [2.0, 0.5], 3.0, np.array([4, 5, 6], dtype=np.float32), 0.0]
for i, (shape, label) in enumerate(zip(shapes, record_labels)):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        writer.write_idx(10 * i, recordio.pack(recordio.IRHeader(0, label, i, 0), png(rng.randint(0, 256, shape).astype(np.uint8))))
writer.close()
print(open(idx).read().split())

for flag in (1, 0):
    ds = ImageRecordDataset(rec, flag=flag)
    print("flag", flag, len(ds))
    for i in range(len(ds)):
        img, label = ds[i]
        print(" ", type(img).__name__, img.shape, img.dtype.__name__, int(img.asnumpy().sum()), repr(label))
ds = ImageRecordDataset(rec, transform=lambda img, label: (img.shape[0], np.asarray(label).sum()))
print([ds[i] for i in range(len(ds))], caught(lambda: ds[5])[0])
scalars = ImageRecordDataset(rec).transform_first(transforms.Compose([transforms.Resize((4, 3)), transforms.ToTensor()]))
loader = DataLoader(scalars.take(len(scalars)).filter(lambda s: np.ndim(s[1]) == 0), batch_size=2)
for x, y in loader:
    print(x.shape, x.dtype.__name__, y.asnumpy().tolist(), y.dtype.__name__, np.round(x.asnumpy()[:, 1, 2, :], 4).tolist())

raw = RecordFileDataset(rec)
print(len(raw), [len(raw[i]) for i in range(len(raw))], raw[0][:24], caught(lambda: raw[7])[0])
print(raw.idx_file == idx, raw.filename == rec, [recordio.unpack(r)[0].id for r in raw.take(3)])
print(caught(lambda: RecordFileDataset(os.path.join(root, "none.rec")))[0].replace(root, "ROOT"))
