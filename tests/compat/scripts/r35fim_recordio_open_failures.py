"""RecordIO opening: a directory opens for reading with no records (writing it fails), and open failures show no Python cause or context in the traceback, as MXNet."""
# recorded on AVX2
import os
import tempfile

import mxnet as mx
from mxnet import recordio

d = tempfile.mkdtemp()


def attempt(what, make):
    try:
        print(what, make())
    except Exception as e:
        shown = e.__cause__ is not None or (e.__context__ is not None and not e.__suppress_context__)
        print(what, type(e).__name__, str(e).split('\n')[-1].replace(d, 'D'), 'chained' if shown else 'alone')


r = recordio.MXRecordIO(d, 'r')
print('directory reader', r.is_open, r.read(), r.read())
r.reset()
print('after reset', r.read())
r.close()
open(os.path.join(d, 'i.idx'), 'w').write('0\t0\n')
r = recordio.MXIndexedRecordIO(os.path.join(d, 'i.idx'), d, 'r')
print('indexed directory reader', r.keys, r.read_idx(0))
attempt('directory writer', lambda: recordio.MXRecordIO(d, 'w'))
attempt('missing reader', lambda: recordio.MXRecordIO(os.path.join(d, 'no.rec'), 'r'))
attempt('writer in missing folder', lambda: recordio.MXRecordIO(os.path.join(d, 'x', 'y.rec'), 'w'))
attempt('missing indexed', lambda: recordio.MXIndexedRecordIO(os.path.join(d, 'i.idx'), os.path.join(d, 'no.rec'), 'r'))
attempt('image iter', lambda: mx.image.ImageIter(1, (3, 4, 4), path_imgrec=os.path.join(d, 'no.rec')))
attempt('record dataset', lambda: mx.gluon.data.vision.ImageRecordDataset(os.path.join(d, 'no.rec')))
attempt('directory dataset', lambda: mx.gluon.data.RecordFileDataset(d))
