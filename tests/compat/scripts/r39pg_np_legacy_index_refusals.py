"""mx.np arrays without NumPy shape semantics: an empty index list or numpy array fails the known-size check, an
empty MXNet index array fails copying it (_copyto), and writing text or None broadcasts an unknown 0-d value into
the indexed region's shape (_npi_broadcast_to), as MXNet's legacy shape inference does."""
import numpy as np
import mxnet as mx


def show(label, f):
    try:
        print(label, f())
    except (mx.base.MXNetError, TypeError) as e:
        print(label, type(e).__name__, repr(str(e).split('Stack trace')[0].strip()))


a = mx.np.ones((3, 2))
show('np array key', lambda: a[mx.np.array([], dtype='int64')])
show('np float array key', lambda: a[mx.np.array([])])
show('list key', lambda: a[[]])
show('numpy key', lambda: a[np.array([], dtype='int64')])
show('([], 0)', lambda: a[[], 0])
show('(0, [])', lambda: a[0, []])
show('two np arrays', lambda: a[mx.np.array([], dtype='int64'), mx.np.array([], dtype='int64')])
show('nd array key', lambda: a[mx.nd.array([])])
show('write list', lambda: a.__setitem__([], 1))
show('write numpy', lambda: a.__setitem__(np.array([], dtype='int64'), 1))
show('write ([], 0)', lambda: a.__setitem__(([], 0), 1))
show('write np array', lambda: a.__setitem__(mx.np.array([], dtype='int64'), 1))
show('write text', lambda: a.__setitem__(0, 'abc'))
show('write number text row', lambda: a.__setitem__(0, '2'))
show('write number text all', lambda: a.__setitem__(slice(None), '2'))
show('write number text element', lambda: a.__setitem__((0, 1), '2'))
show('write None element', lambda: a.__setitem__((0, 1), None))
show('write None 3-D row', lambda: mx.np.ones((2, 3, 4)).__setitem__(1, None))
show('write number text slice', lambda: a.__setitem__(slice(0, 2), '2'))
show('write number text list index', lambda: a.__setitem__([0, 2], '2'))
show('write float text', lambda: a.__setitem__(0, '2.5'))
show('write bytes', lambda: a.__setitem__(0, b'1'))
show('write None int', lambda: mx.np.ones((2, 2), dtype='int32').__setitem__(0, None))
show('unchanged', lambda: a.asnumpy().tolist())
