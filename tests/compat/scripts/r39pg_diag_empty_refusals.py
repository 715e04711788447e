"""nd.diag of empty inputs under legacy shapes: an empty vector with |k| < 1 and a zero-size N-D input have no
diagonal (MXNet's message alone, raised at the call or on reading), an empty vector with |k| >= 1 gives |k|-1 rows."""
import numpy as np
import mxnet as mx
from mxnet import nd


def show(label, f):
    try:
        r = f()
        print(label, r.shape, r.asnumpy().tolist())
    except mx.base.MXNetError as e:
        print(label, 'MXNetError', str(e).split('Stack trace')[0].strip().splitlines()[-1])


empty = nd.array(np.zeros((0,)))
for k in [0, 1, -1, 2, -3]:
    show('empty vector k=%d' % k, lambda: nd.diag(empty, k=k))
show('0x3', lambda: nd.diag(nd.array(np.zeros((0, 3)))))
show('3x0 k=1', lambda: nd.diag(nd.array(np.zeros((3, 0))), k=1))
show('2x0x3 axes 0,2', lambda: nd.diag(nd.array(np.zeros((2, 0, 3))), axis1=0, axis2=2))
show('2x0x3 axes 1,2', lambda: nd.diag(nd.array(np.zeros((2, 0, 3))), axis1=1, axis2=2))
show('2x3x4 k=5', lambda: nd.diag(nd.ones((2, 3, 4)), k=5))
show('2x3x4 k=-2', lambda: nd.diag(nd.ones((2, 3, 4)), k=-2))
show('0-d', lambda: nd.diag(nd.array(np.float32(1))))
