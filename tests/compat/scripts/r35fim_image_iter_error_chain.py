"""ImageIter/ImageDetIter errors chain as MXNet's: a broken image keeps the decoder error as context, an in-order .rec has no index to name, StopIteration carries the sampler's."""
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


def describe(e):
    c = e.__context__
    return (type(e).__name__, str(e).split('\n')[0], e.__cause__ is None, e.__suppress_context__,
            type(c).__name__, str(c).split('\n')[-1] if c is not None else None)


d = tempfile.mkdtemp()
bad = os.path.join(d, 'bad.rec'), os.path.join(d, 'bad.idx')
w = recordio.MXIndexedRecordIO(bad[1], bad[0], 'w')
w.write_idx(0, recordio.pack(recordio.IRHeader(0, 1.0, 0, 0), b'not an image'))
w.write_idx(1, recordio.pack(recordio.IRHeader(0, 1.0, 1, 0), b''))
w.close()
open(os.path.join(d, 'bad.jpg'), 'wb').write(b'\xff\xd8 broken')
for kw in (dict(path_imgrec=bad[0], path_imgidx=bad[1]), dict(path_imgrec=bad[0]), dict(imglist=[[1, 'bad.jpg']], path_root=d)):
    it = mx.image.ImageIter(1, (3, 4, 4), **kw)
    for _ in range(2):
        try:
            it.next()
        except Exception as e:
            print(sorted(kw), describe(e))
good = os.path.join(d, 'good.rec'), os.path.join(d, 'good.idx')
w = recordio.MXIndexedRecordIO(good[1], good[0], 'w')
for i in range(3):
    w.write_idx(i, recordio.pack(recordio.IRHeader(0, float(i), i, 0), png_bytes(np.full((4, 4, 3), i, 'uint8'))))
w.close()
open(os.path.join(d, '0.png'), 'wb').write(png_bytes(np.zeros((4, 4, 3), 'uint8')))
iters = [mx.image.ImageIter(2, (3, 4, 4), path_imgrec=good[0], path_imgidx=good[1]),
         mx.image.ImageIter(2, (3, 4, 4), path_imgrec=good[0]),
         mx.image.ImageIter(2, (3, 4, 4), path_imgrec=good[0], path_imgidx=good[1], last_batch_handle='discard'),
         mx.image.ImageDetIter(2, (3, 4, 4), imglist=[[[2, 5, 0, .1, .1, .5, .5], '0.png']] * 3, path_root=d)]
for it in iters:
    for _ in range(4):
        try:
            print('batch', it.next().pad)
        except StopIteration as e:
            print(type(it).__name__, describe(e))
