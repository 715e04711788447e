"""d2l-zh object detection dataset: a tiny indexed record file of PNG images with boxes, read by image.ImageDetIter."""
import os
import random
import shutil
import struct
import tempfile
import zlib

import numpy as np

import mxnet as mx
from mxnet import image, nd, recordio

mx.random.seed(41)
np.random.seed(41)
random.seed(41)


def png_bytes(pixels):
    """Encodes an HxWx3 uint8 array as an 8-bit RGB PNG."""
    h, w, _ = pixels.shape
    raw = b''.join(b'\x00' + pixels[r].tobytes() for r in range(h))

    def chunk(tag, data):
        return struct.pack('>I', len(data)) + tag + data + struct.pack('>I', zlib.crc32(tag + data) & 0xffffffff)

    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0))
            + chunk(b'IDAT', zlib.compress(raw)) + chunk(b'IEND', b''))


root = tempfile.mkdtemp()
rec_path, idx_path = os.path.join(root, 'train.rec'), os.path.join(root, 'train.idx')
rs = np.random.RandomState(8)
writer = recordio.MXIndexedRecordIO(idx_path, rec_path, 'w')
for i in range(7):
    img = rs.randint(0, 256, size=(32, 32, 3)).astype(np.uint8)
    x0, y0 = rs.uniform(0, 0.5, size=2)
    box = [float(i % 2), x0, y0, x0 + rs.uniform(0.2, 0.5), y0 + rs.uniform(0.2, 0.5)]
    header = recordio.IRHeader(0, np.array([4, 5, 32, 32] + box, dtype=np.float32), i, 0)
    writer.write_idx(i, recordio.pack(header, png_bytes(img)))
writer.close()

reader = recordio.MXIndexedRecordIO(idx_path, rec_path, 'r')
print(sorted(reader.keys))
h, payload = recordio.unpack(reader.read_idx(3))
print(h.flag, np.round(h.label, 4), h.id, len(payload) > 0, image.imdecode(payload).shape)
reader.close()

edge_size = 24
train_iter = image.ImageDetIter(path_imgrec=rec_path, path_imgidx=idx_path, batch_size=3,
                                data_shape=(3, edge_size, edge_size), shuffle=True, rand_crop=1,
                                min_object_covered=0.95, max_attempts=200)
val_iter = image.ImageDetIter(path_imgrec=rec_path, batch_size=3, data_shape=(3, edge_size, edge_size), shuffle=False)
print(train_iter.provide_data, train_iter.provide_label)
for epoch in range(2):
    train_iter.reset()
    for batch in train_iter:
        print(epoch, batch.data[0].shape, batch.label[0].shape, batch.pad, '%.1f' % batch.data[0].sum().asscalar())
        print(np.round(batch.label[0].asnumpy()[:, 0], 4))
batch = val_iter.next()
imgs = (batch.data[0][0:3].transpose((0, 2, 3, 1))) / 255
print(imgs.shape, '%.4f' % imgs.sum().asscalar(), batch.label[0][0:3])
val_iter.reset()
print(sum(1 for _ in val_iter))
shutil.rmtree(root)
