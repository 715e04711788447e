"""all_finite / multi_all_finite with out=: init_output=False leaves a finite result's out= as it was (MXNet's
kernel writes only a 0), as the AMP loss scaler relies on."""
import mxnet as mx
from mxnet import nd
for init in (True, False):
    for start in (0., 1.):
        for data in ([1., 2.], [1., float('inf')]):
            o = nd.array([start])
            r = nd.multi_all_finite(nd.array(data), nd.array([3.]), num_arrays=2, init_output=init, out=o)
            o2 = nd.array([start])
            nd.all_finite(nd.array(data), init_output=init, out=o2)
            print(init, start, data, o.asnumpy().tolist(), r.asnumpy().tolist(), o2.asnumpy().tolist())
