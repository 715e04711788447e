"""ImageIter labels of another size than label_width (.lst rows without labels, short imglist labels) fail as MXNet's writes do."""
# recorded on AVX2
import os
import struct
import tempfile
import zlib

import numpy as np
import mxnet as mx


def png_bytes(a):
    """An RGB uint8 array as PNG bytes."""
    h, w = a.shape[:2]
    raw = b''.join(b'\x00' + a[i].tobytes() for i in range(h))

    def chunk(kind, data):
        return struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data) & 0xffffffff)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0))
            + chunk(b'IDAT', zlib.compress(raw)) + chunk(b'IEND', b''))


def labels(make):
    try:
        it = make()
        print([b.label[0].asnumpy().tolist() for b in it])
    except Exception as e:
        print(type(e).__name__, str(e).replace('\n', ' | ')[:300])


d = tempfile.mkdtemp()
open(os.path.join(d, '0.png'), 'wb').write(png_bytes(np.arange(75, dtype='uint8').reshape(5, 5, 3)))
lists = {'no label': '0\t0.png\n', 'one label': '0\t1.5\t0.png\n', 'two labels': '0\t1\t2\t0.png\n'}
for name, text in lists.items():
    path = os.path.join(d, name.replace(' ', '_') + '.lst')
    open(path, 'w').write(text)
    for batch in (1, 2):
        for width in (1, 2):
            print(name, 'batch', batch, 'width', width, end=': ')
            labels(lambda: mx.image.ImageIter(batch, (3, 5, 5), path_imglist=path, path_root=d, label_width=width))
for label in ([], [1.0], [1.0, 2.0], [1.0, 2.0, 3.0]):
    for width in (1, 2):
        print('imglist', label, 'width', width, end=': ')
        labels(lambda: mx.image.ImageIter(2, (3, 5, 5), imglist=[[label, '0.png']], path_root=d, label_width=width))
