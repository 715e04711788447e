"""ROIAlign and ROIPooling over legacy zero sizes (unknown): a position-sensitive ROIAlign refuses unknown channels by C's remainder (-1) before anything else, and an out= array of any rank is refused by the output check against the shape inference set (unknown sizes -1) before the row-per-box check."""
import mxnet as mx
import numpy as np

nd = mx.nd


def first_line(e):
    lines = [l for l in str(e).split('\n') if l.strip()]
    for l in lines:
        if l.startswith('MXNetError:') or 'Check failed' in l:
            return l[:220]
    return lines[-1][:220] if lines else ''


def show(tag, f):
    try:
        y = f()
        print(tag, '->', y.shape, y.asnumpy().sum())
    except Exception as e:
        print(tag, '->', type(e).__name__, first_line(e))


def full(shape, dtype='float32'):
    return nd.array(np.full(shape, 1.0), dtype=dtype)


rois = nd.array([[0, 0, 0, 3, 3], [0, 1, 1, 2, 2]])
for dshape in [(1, 0, 5, 5), (1, 0, 0, 0), (1, 8, 5, 5)]:
    for boxes in [rois, full((0, 5))]:
        for kw in [dict(pooled_size=(2, 2)), dict(pooled_size=(2, 2), position_sensitive=True),
                   dict(pooled_size=(1, 1), position_sensitive=True), dict(pooled_size=(2, 2), sample_ratio=2)]:
            tag = f'ROIAlign {dshape} boxes={boxes.shape} {kw}'
            show(tag, lambda: nd.contrib.ROIAlign(full(dshape), boxes, spatial_scale=1.0, **kw))
            for oshape in [(2, 0, 2, 2), (2, 2, 2, 2), (2, 2, 2), (2, 2, 2, 2, 1), (0, 2, 2, 2)]:
                show(f'{tag} out={oshape}', lambda: nd.contrib.ROIAlign(full(dshape), boxes, spatial_scale=1.0,
                                                                        out=full(oshape), **kw))
            show(f'{tag} out float64', lambda: nd.contrib.ROIAlign(full(dshape), boxes, spatial_scale=1.0,
                                                                   out=full((2, 0, 2, 2), 'float64'), **kw))
        for oshape in [(2, 0, 2, 2), (2, 2, 2), (2,)]:
            show(f'ROIPooling {dshape} boxes={boxes.shape} out={oshape}',
                 lambda: nd.ROIPooling(full(dshape), boxes, pooled_size=(2, 2), spatial_scale=1.0, out=full(oshape)))
