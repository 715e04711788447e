"""MXRecordIO and MXIndexedRecordIO refused while made: a name that is not a str is refused before is_open is set,
so __del__ fails to read it; an index file that cannot be opened leaves the record file open and no index file,
so __del__ fails closing it; a bad flag is refused by open() and collected quietly (messages Python prints as
"Exception ignored in")."""
import gc
import os
import sys
import tempfile

import mxnet as mx

sys.unraisablehook = lambda u: print('  unraisable in', u.object.__qualname__, type(u.exc_value).__name__,
                                     str(u.exc_value).splitlines()[-1])
d = tempfile.mkdtemp()


def show(label, f):
    try:
        r = f()
        print(label, type(r).__name__, r.is_open)
        r.close()
        del r
    except Exception as e:
        print(label, type(e).__name__, str(e).split('Stack trace')[0].strip().replace(d, 'D').splitlines()[-1])
    gc.collect()


show('int uri', lambda: mx.recordio.MXRecordIO(3, 'r'))
show('None uri', lambda: mx.recordio.MXRecordIO(None, 'w'))
show('bad flag', lambda: mx.recordio.MXRecordIO(os.path.join(d, 'a.rec'), 3))
show('missing file', lambda: mx.recordio.MXRecordIO(os.path.join(d, 'none.rec'), 'r'))
show('indexed int uri', lambda: mx.recordio.MXIndexedRecordIO(os.path.join(d, 'b.idx'), 3, 'w'))
show('indexed bad flag', lambda: mx.recordio.MXIndexedRecordIO(os.path.join(d, 'b.idx'), os.path.join(d, 'b.rec'), 'x'))
show('indexed index dir missing',
     lambda: mx.recordio.MXIndexedRecordIO(os.path.join(d, 'nodir', 'c.idx'), os.path.join(d, 'c.rec'), 'w'))
show('indexed missing index for reading',
     lambda: mx.recordio.MXIndexedRecordIO(os.path.join(d, 'none.idx'), os.path.join(d, 'c.rec'), 'r'))
show('indexed made', lambda: mx.recordio.MXIndexedRecordIO(os.path.join(d, 'e.idx'), os.path.join(d, 'e.rec'), 'w'))
print('end')
