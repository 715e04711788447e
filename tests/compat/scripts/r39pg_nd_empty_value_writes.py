"""Writing a value with no elements into a legacy NDArray selection: MXNet squeezes its leading length-1 axes (its
squeeze fails on the unknown zero size), reshapes it to the selection by legacy rules (a 0 copies the value's
size; too many elements fail) or writes nothing; a value that cannot broadcast to an empty selection fails."""
import numpy as np
import mxnet as mx
from mxnet import nd


def show(label, f):
    try:
        print(label, f())
    except (mx.base.MXNetError, ValueError) as e:
        print(label, type(e).__name__, repr(str(e).split('Stack trace')[0].strip()))


a = nd.ones((3, 4))
show('empty rows, value (1,0)', lambda: a.__setitem__(slice(1, 1), np.zeros((1, 0))))
show('empty rows, value (1,1,0,4)', lambda: a.__setitem__(slice(1, 1), np.zeros((1, 1, 0, 4))))
show('empty rows, value (0,4)', lambda: a.__setitem__(slice(1, 1), np.zeros((0, 4))))
show('empty rows, value (2,4)', lambda: a.__setitem__(slice(1, 1), np.zeros((2, 4))))
show('empty rows, value (0,3)', lambda: a.__setitem__(slice(1, 1), np.zeros((0, 3))))
show('empty rows, value (0,)', lambda: a.__setitem__(slice(1, 1), np.zeros((0,))))
show('empty rows, NDArray value (0,3)', lambda: a.__setitem__(slice(1, 1), nd.array(np.zeros((0, 3)))))
show('row, value (0,)', lambda: a.__setitem__(0, np.zeros((0,))))
show('row, value (1,0)', lambda: a.__setitem__(0, np.zeros((1, 0))))
show('row, value (1,1,0)', lambda: a.__setitem__(1, np.zeros((1, 1, 0))))
show('row, value (1,0,4)', lambda: a.__setitem__(1, np.zeros((1, 0, 4))))
show('empty columns, value (3,0)', lambda: a.__setitem__((slice(None), slice(2, 2)), np.zeros((3, 0))))
show('empty columns, value (5,0)', lambda: a.__setitem__((slice(None), slice(2, 2)), np.zeros((5, 0))))
show('empty rows, value (2,3)', lambda: a.__setitem__(slice(1, 1), np.ones((2, 3))))
show('empty rows, NDArray value (2,3)', lambda: a.__setitem__(slice(1, 1), nd.ones((2, 3))))
show('empty rows, value (1,3)', lambda: a.__setitem__(slice(1, 1), np.ones((1, 3))))
show('empty rows, list', lambda: a.__setitem__(slice(1, 1), [[1, 2, 3]]))
show('empty columns, value (3,2)', lambda: a.__setitem__((slice(None), slice(2, 2)), np.ones((3, 2))))
show('3-D, value (1,1,1,0)', lambda: nd.ones((2, 3, 4)).__setitem__((0, slice(1, 1)), np.zeros((1, 1, 1, 0))))
show('unchanged', lambda: a.asnumpy().tolist())
with mx.util.np_shape(True):
    show('np shape, row, value (1,0)', lambda: a.__setitem__(0, np.zeros((1, 0))))
