"""BilinearResize2D, AdaptiveAvgPooling2D, ROIAlign and ROIPooling check inputs in MXNet's order and words."""
import mxnet as mx
import numpy as np
from mxnet import nd


def show(label, fn):
    try:
        out = fn()
        outs = out if isinstance(out, (list, tuple)) else [out]
        print(label, [(o.dtype.__name__, o.shape, o.asnumpy().tolist()) for o in outs])
    except mx.base.MXNetError as e:
        lines = str(e).strip().split('\n')
        text = lines[2] if lines[0].startswith('Traceback') else lines[0]
        print(label, 'MXNetError', text.replace('MXNetError: ', ''))


x = nd.array(np.arange(6).reshape((1, 1, 2, 3)))
R = nd.contrib.BilinearResize2D
show('resize 2-d', lambda: R(nd.ones((3, 4)), height=2, width=2))
show('resize 3-d', lambda: R(nd.ones((1, 3, 4)), height=2, width=2))
show('resize 5-d', lambda: R(nd.ones((1, 1, 1, 3, 4)), height=2, width=2))
show('resize 5-d one scale', lambda: R(nd.ones((1, 1, 1, 3, 4)), scale_height=0.5))
show('resize one scale', lambda: R(x, scale_height=0.5))
show('resize 2-d one scale', lambda: R(nd.ones((3, 4)), scale_height=0.5))
show('resize empty one scale', lambda: R(nd.array(np.ones((1, 1, 0, 3))), scale_height=0.5))
show('resize empty', lambda: R(nd.array(np.ones((1, 1, 0, 3))), height=2, width=2))
show('resize to nothing', lambda: R(x, scale_height=0.4, scale_width=0.3))
show('resize like without like', lambda: R(x, mode='like'))
show('resize like given, size mode', lambda: R(x, nd.ones((1, 1, 4, 4)), height=2, width=2))
show('resize like 3-d', lambda: R(x, nd.ones((1, 4, 4)), mode='like'))
show('resize like', lambda: R(x, nd.ones((1, 1, 3, 2)), mode='like'))
show('resize height 0', lambda: R(x, height=0, width=2))
show('resize int 5-d', lambda: R(nd.ones((1, 1, 1, 3, 4), dtype='int32'), height=2, width=2))
show('resize int8', lambda: R(x.astype('int8'), height=2, width=2))
P = nd.contrib.AdaptiveAvgPooling2D
show('pool 2-d', lambda: P(nd.ones((3, 4)), output_size=2))
show('pool 3-d', lambda: P(nd.ones((1, 3, 4)), output_size=2))
show('pool 5-d', lambda: P(nd.ones((1, 1, 1, 3, 4)), output_size=2))
show('pool three sizes', lambda: P(x, output_size=(1, 2, 5)))
show('pool uint8', lambda: P(x.astype('uint8'), output_size=1))
rois = nd.array([[0, 0, 0, 2, 2], [0, 1, 0, 3, 1]])
data = nd.array(np.arange(32).reshape((1, 2, 4, 4)))
for name, op in [('align', lambda d, r, **k: nd.contrib.ROIAlign(d, r, pooled_size=(2, 2), spatial_scale=1.0, **k)),
                 ('pool', lambda d, r, **k: nd.ROIPooling(d, r, pooled_size=(2, 2), spatial_scale=1.0, **k))]:
    show(name + ' 3-d data', lambda: op(data[0], rois))
    show(name + ' 1-d rois', lambda: op(data, rois[0]))
    show(name + ' rois of 4', lambda: op(data, rois[:, :4]))
    show(name + ' float64 rois', lambda: op(data, rois.astype('float64')))
    show(name + ' float16 data', lambda: op(data.astype('float16'), rois))
    show(name + ' int data', lambda: op(data.astype('int32'), rois.astype('int32')))
    show(name + ' 3-d float64 data', lambda: op(data[0].astype('float64'), rois))
show('align position sensitive', lambda: nd.contrib.ROIAlign(data, rois, pooled_size=(2, 2), spatial_scale=1.0,
                                                             position_sensitive=True))
show('align position sensitive, float64 rois', lambda: nd.contrib.ROIAlign(
    nd.ones((1, 6, 4, 4)), rois.astype('float64'), pooled_size=(2, 2), spatial_scale=1.0, position_sensitive=True))
