"""What ImageIter and ImageDetIter log while they open their sources (threads, the advice, each record file or
image list, named by the iterator's class), and the refusals that follow the log lines."""
import logging
import os
import shutil
import struct
import sys
import tempfile
import zlib

import numpy as np
import mxnet as mx
from _words import words

logging.basicConfig(level=logging.DEBUG, format='LOG %(levelname)s %(name)s %(message)s', stream=sys.stdout)
here = tempfile.mkdtemp()
os.chdir(here)
os.environ.pop('MXNET_CPU_WORKER_NTHREADS', None)


def png(img):
    """A plain 8-bit RGB PNG of ``img`` (H, W, 3)."""
    raw = b''.join(b'\x00' + row.tobytes() for row in img)

    def chunk(kind, data):
        return struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data) & 0xffffffff)
    head = struct.pack('>IIBBBBB', img.shape[1], img.shape[0], 8, 2, 0, 0, 0)
    return b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', head) + chunk(b'IDAT', zlib.compress(raw)) + chunk(b'IEND', b'')


img = (np.arange(8 * 8 * 3) % 251).reshape(8, 8, 3).astype('uint8')
for i in range(3):
    with open('i%d.png' % i, 'wb') as f:
        f.write(png(img))
with open('l.lst', 'w') as f:
    f.write(''.join('%d\t%d\ti%d.png\n' % (i, i % 2, i) for i in range(3)))
with open('ld.lst', 'w') as f:
    f.write(''.join('%d\t2\t5\t0\t0.1\t0.1\t0.5\t0.5\ti%d.png\n' % (i, i) for i in range(3)))
rec = mx.recordio.MXIndexedRecordIO('d.idx', 'd.rec', 'w')
for i in range(3):
    rec.write_idx(i, mx.recordio.pack(mx.recordio.IRHeader(0, float(i), i, 0), png(img)))
rec.close()


class Mine(mx.image.ImageIter):
    pass


def go(label, make):
    print('--', label)
    try:
        it = make()
        print('batches', [(b.data[0].shape, b.pad) for b in it])
    except Exception as e:
        print(words(e))


go('record file', lambda: mx.image.ImageIter(2, (3, 8, 8), path_imgrec='d.rec'))
go('record file and index', lambda: mx.image.ImageIter(2, (3, 8, 8), path_imgrec='d.rec', path_imgidx='d.idx',
                                                       shuffle=True))
go('image list file', lambda: mx.image.ImageIter(2, (3, 8, 8), path_imglist='l.lst', path_root='.'))
go('image list', lambda: mx.image.ImageIter(2, (3, 8, 8), imglist=[[0, 'i0.png'], [1, 'i1.png']], path_root='.'))
go('record and list', lambda: mx.image.ImageIter(2, (3, 8, 8), path_imgrec='d.rec', path_imglist='l.lst',
                                                 path_root='.'))
go('subclass', lambda: Mine(2, (3, 8, 8), path_imgrec='d.rec'))
os.environ['MXNET_CPU_WORKER_NTHREADS'] = '3'
go('three threads', lambda: mx.image.ImageIter(3, (3, 8, 8), path_imgrec='d.rec'))
del os.environ['MXNET_CPU_WORKER_NTHREADS']
go('no source', lambda: mx.image.ImageIter(2, (3, 8, 8)))
go('label dtype', lambda: mx.image.ImageIter(2, (3, 8, 8), path_imgrec='d.rec', dtype='int8'))
go('shape of two', lambda: mx.image.ImageIter(2, (8, 8), path_imgrec='d.rec'))
go('shuffle without index', lambda: mx.image.ImageIter(2, (3, 8, 8), path_imgrec='d.rec', shuffle=True))
go('part out of range', lambda: mx.image.ImageIter(2, (3, 8, 8), path_imgrec='d.rec', path_imgidx='d.idx',
                                                   num_parts=2, part_index=3))
go('missing list', lambda: mx.image.ImageIter(2, (3, 8, 8), path_imglist='nofile.lst'))
go('detection list file', lambda: mx.image.ImageDetIter(2, (3, 8, 8), path_imglist='ld.lst', path_root='.'))
go('detection image list', lambda: mx.image.ImageDetIter(2, (3, 8, 8), imglist=[[[2, 5, 0, .1, .1, .5, .5], 'i0.png']],
                                                         path_root='.'))
go('detection no source', lambda: mx.image.ImageDetIter(2, (3, 8, 8)))
os.chdir('/')
shutil.rmtree(here)
