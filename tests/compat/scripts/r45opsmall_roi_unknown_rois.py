"""Under legacy shape semantics ROIPooling, PSROIPooling and ROIAlign given no boxes (or given an out= array) refuse the unknown box count with their own checks, as MXNet does."""
import mxnet as mx
import numpy as np

Z = lambda *s: mx.nd.array(np.zeros(s, np.float32))
O = lambda *s: mx.nd.ones(s)


def show(name, f):
    try:
        r = f()
        r = r[0] if isinstance(r, (list, tuple)) else r
        print(name, 'OK', r.shape, r.asnumpy().sum())
    except mx.base.MXNetError as e:
        print(name, str(e).replace('\n', '|'))


x = O(1, 4, 4, 4)
roip = lambda rois, data=x, **kw: mx.nd.ROIPooling(data, rois, pooled_size=(2, 2), spatial_scale=1, **kw)
psroi = lambda rois, data=x, **kw: mx.nd.contrib.PSROIPooling(data, rois, spatial_scale=1, output_dim=1,
                                                              pooled_size=2, **kw)
align = lambda rois, data=x, **kw: mx.nd.contrib.ROIAlign(data, rois, pooled_size=(2, 2), spatial_scale=1, **kw)
for name, op in (('ROIPooling', roip), ('PSROIPooling', psroi), ('ROIAlign', align)):
    show(name + ' no rois', lambda: op(Z(0, 5)))
    show(name + ' no rois, no data', lambda: op(Z(0, 5), data=Z(0, 4, 4, 4)))
    show(name + ' rois of width 0', lambda: op(Z(3, 0)))
    show(name + ' out=', lambda: op(Z(0, 5), out=Z(0, 1, 2, 2)))
    show(name + ' out= one row', lambda: op(Z(0, 5), out=Z(1, 1, 2, 2)))
    with mx.autograd.record():
        show(name + ' recorded', lambda: op(Z(0, 5)))
    mx.util.set_np_shape(True)
    show(name + ' np shape', lambda: op(Z(0, 5)))
    mx.util.set_np_shape(False)
show('ROIPooling no channels', lambda: roip(Z(0, 5), data=Z(1, 0, 4, 4)))
show('ROIPooling no channels, a box', lambda: roip(Z(1, 5), data=Z(1, 0, 4, 4)))
show('ROIAlign no channels, a box', lambda: align(Z(1, 5), data=Z(1, 0, 4, 4)))
show('Pooling out=', lambda: mx.nd.Pooling(Z(0, 1, 4, 4), kernel=(2, 2), out=Z(0, 1, 3, 3)))
show('FullyConnected out=', lambda: mx.nd.FullyConnected(Z(0, 3), O(2, 3), O(2), num_hidden=2, out=Z(0, 2)))
show('broadcast_to out=', lambda: mx.nd.broadcast_to(Z(0, 1), shape=(0, 3), out=Z(0, 3)))
