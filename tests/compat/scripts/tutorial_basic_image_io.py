"""Image IO tutorial on a small record file made here: ImageRecordIter batches (in pinned memory, as MXNet's
core writes them), ops on them (back on cpu(0)), and the other record iterators' contexts."""
import os
import struct
import tempfile
import zlib

import numpy as np
import mxnet as mx


def png_bytes(img):
    h, w, _ = img.shape
    raw = b''.join(b'\x00' + img[r].tobytes() for r in range(h))

    def chunk(t, d):
        return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    return b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0)) + \
        chunk(b'IDAT', zlib.compress(raw)) + chunk(b'IEND', b'')


tmp = tempfile.mkdtemp()
rec_path, idx_path = os.path.join(tmp, 'caltech_train.rec'), os.path.join(tmp, 'caltech_train.idx')
rs = np.random.RandomState(0)
rec = mx.recordio.MXIndexedRecordIO(idx_path, rec_path, 'w')
for i in range(8):
    img = rs.randint(0, 256, (20 + 3 * i, 25 - i, 3)).astype(np.uint8)
    rec.write_idx(i, mx.recordio.pack(mx.recordio.IRHeader(0, float(i % 3), i, 0), png_bytes(img)))
rec.close()

data_iter = mx.io.ImageRecordIter(path_imgrec=rec_path, data_shape=(3, 12, 12), batch_size=4, resize=16)
batch = data_iter.next()
data = batch.data[0]
print(data.shape, batch.label[0], batch.pad, data.context)
for i in range(4):
    print(data[i].asnumpy().astype(np.uint8).transpose((1, 2, 0))[:2, :2].tolist())
print((data * 2).context, mx.nd.relu(data).context, data.copy().context, data.astype('int32').context)
print(data_iter.provide_data, data_iter.provide_label)

for name, make in [('ImageRecordUInt8Iter', mx.io.ImageRecordUInt8Iter), ('ImageRecordIter_v1', mx.io.ImageRecordIter_v1)]:
    it = make(path_imgrec=rec_path, data_shape=(3, 12, 12), batch_size=4, resize=16)
    b = it.next()
    print(name, b.data[0].dtype, b.data[0].context, b.label[0].context)
