"""ImageRecordIter and CSVIter objects carry MXNet's MXDataIter attributes (handle, first_batch, provide_*, batch_size)."""
# recorded on AVX2
import os
import struct
import tempfile
import zlib

import numpy as np
import mxnet as mx
from mxnet import recordio


def png_bytes(a):
    """An RGB uint8 array as PNG bytes."""
    h, w = a.shape[:2]
    raw = b''.join(b'\x00' + a[i].tobytes() for i in range(h))

    def chunk(kind, data):
        return struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data) & 0xffffffff)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0))
            + chunk(b'IDAT', zlib.compress(raw)) + chunk(b'IEND', b''))


def attrs(name, it):
    print(name, type(it).__name__, sorted(vars(it)), it.handle is not None)


d = tempfile.mkdtemp()
rs = np.random.RandomState(0)
rec = os.path.join(d, 'a.rec')
w = recordio.MXRecordIO(rec, 'w')
for i in range(5):
    w.write(recordio.pack(recordio.IRHeader(0, float(i), i, 0), png_bytes(rs.randint(0, 256, (9, 10, 3)).astype('uint8'))))
w.close()
it = mx.io.ImageRecordIter(path_imgrec=rec, data_shape=(3, 8, 8), batch_size=2, resize=8)
attrs('record', it)
print(it.batch_size, it.provide_data, it.provide_label, it.first_batch is not None)
print([(b.label[0].asnumpy().tolist(), b.pad) for b in it])
attrs('record after epoch', it)
csv = os.path.join(d, 'x.csv')
np.savetxt(csv, np.arange(12).reshape(6, 2), delimiter=',')
it = mx.io.CSVIter(data_csv=csv, data_shape=(2,), batch_size=4)
attrs('csv', it)
print([b.data[0].asnumpy().tolist() for b in it])
