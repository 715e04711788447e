"""Deformable convolutions and (deformable) PSROIPooling check shapes, then types, in MXNet's order and words."""
import mxnet as mx
from mxnet import nd


def show(label, fn):
    try:
        out = fn()
        print(label, out.dtype.__name__, out.shape)
    except mx.base.MXNetError as e:
        lines = str(e).strip().split('\n')
        text = lines[2] if lines[0].startswith('Traceback') else lines[0]
        print(label, 'MXNetError', text.replace('MXNetError: ', ''))


DC = nd.contrib.DeformableConvolution
MDC = nd.contrib.ModulatedDeformableConvolution
x, w, b = nd.ones((1, 2, 5, 5)), nd.ones((3, 2, 3, 3)), nd.ones((3,))
off, mask = nd.zeros((1, 18, 3, 3)), nd.ones((1, 9, 3, 3))
show('ok', lambda: DC(x, off, w, b, kernel=(3, 3), num_filter=3))
show('num_filter 0', lambda: DC(x, off, w, b, kernel=(3, 3), num_filter=0))
show('1-d kernel', lambda: DC(nd.ones((1, 2, 5)), nd.zeros((1, 6, 3)), nd.ones((3, 2, 3)), b, kernel=(3,), num_filter=3))
show('3-d data', lambda: DC(x[0], off, w, b, kernel=(3, 3), num_filter=3))
show('weight channels', lambda: DC(x, off, nd.ones((3, 3, 3, 3)), b, kernel=(3, 3), num_filter=3))
show('bias size', lambda: DC(x, off, w, nd.ones((4,)), kernel=(3, 3), num_filter=3))
show('groups', lambda: DC(nd.ones((1, 3, 5, 5)), off, nd.ones((2, 1, 3, 3)), nd.ones((2,)), kernel=(3, 3),
                          num_filter=2, num_group=2))
show('deformable groups', lambda: DC(nd.ones((1, 3, 5, 5)), off, nd.ones((2, 3, 3, 3)), nd.ones((2,)), kernel=(3, 3),
                                     num_filter=2, num_deformable_group=2))
show('offset height', lambda: DC(x, nd.zeros((1, 18, 2, 3)), w, b, kernel=(3, 3), num_filter=3))
show('offset width', lambda: DC(x, nd.zeros((1, 18, 3, 4)), w, b, kernel=(3, 3), num_filter=3))
show('offset 17', lambda: DC(x, nd.zeros((1, 17, 3, 3)), w, b, kernel=(3, 3), num_filter=3))
show('offset 9', lambda: DC(x, nd.zeros((1, 9, 3, 3)), w, b, kernel=(3, 3), num_filter=3))
show('offset float64', lambda: DC(x, off.astype('float64'), w, b, kernel=(3, 3), num_filter=3))
show('bias float16', lambda: DC(x, off, w, b.astype('float16'), kernel=(3, 3), num_filter=3))
show('int32', lambda: DC(x.astype('int32'), off.astype('int32'), w.astype('int32'), b.astype('int32'),
                         kernel=(3, 3), num_filter=3))
show('modulated ok', lambda: MDC(x, off, mask, w, b, kernel=(3, 3), num_filter=3))
show('modulated mask 8', lambda: MDC(x, off, nd.ones((1, 8, 3, 3)), w, b, kernel=(3, 3), num_filter=3))
show('modulated mask float64', lambda: MDC(x, off, mask.astype('float64'), w, b, kernel=(3, 3), num_filter=3))

rois = nd.array([[0, 0, 0, 3, 3], [0, 1, 1, 2, 3]])
data = nd.ones((1, 8, 4, 4))
attrs = dict(spatial_scale=1.0, output_dim=2, pooled_size=2)
PS = nd.contrib.PSROIPooling
show('psroi ok', lambda: PS(data, rois, **attrs))
show('psroi 3-d data', lambda: PS(data[0], rois, **attrs))
show('psroi 1-d rois', lambda: PS(data, rois[0], **attrs))
show('psroi rois of 4', lambda: PS(data, rois[:, :4], **attrs))
show('psroi float64 rois', lambda: PS(data, rois.astype('float64'), **attrs))
show('psroi int8', lambda: PS(data.astype('int8'), rois.astype('int8'), **attrs))
DP = nd.contrib.DeformablePSROIPooling
trans = nd.zeros((2, 4, 2, 2))
show('deformable ok', lambda: DP(data, rois, trans, group_size=2, **attrs))
show('deformable no trans given trans', lambda: DP(data, rois, trans, group_size=2, no_trans=True, **attrs))
show('deformable without trans', lambda: DP(data, rois, group_size=2, **attrs))
show('deformable 1-d rois', lambda: DP(data, rois[0], trans, group_size=2, **attrs))
show('deformable float64 rois', lambda: DP(data, rois.astype('float64'), trans, group_size=2, **attrs))
