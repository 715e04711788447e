"""ROIAlign, RROIAlign, PSROIPooling and DeformablePSROIPooling refuse a spatial_scale outside [0, 1] with their
parameter's description and every attribute given, as NDArray calls and as symbols."""
# recorded on AVX2
import mxnet as mx

nd, sym = mx.nd, mx.sym
data, rois, rrois = nd.ones((1, 4, 4, 4)), nd.array([[0, 0, 0, 2, 2.]]), nd.array([[0, 1, 1, 2, 2, 0.]])
calls = [
    ('ROIAlign', lambda s: nd.contrib.ROIAlign(data, rois, pooled_size=(2, 2), spatial_scale=s)),
    ('ROIAlign sampled', lambda s: nd.contrib.ROIAlign(data, rois, pooled_size=(2, 2), spatial_scale=s, sample_ratio=2,
                                                        position_sensitive=True)),
    ('RROIAlign', lambda s: nd.contrib.RROIAlign(data, rrois, pooled_size=(2, 2), spatial_scale=s)),
    ('PSROIPooling', lambda s: nd.contrib.PSROIPooling(data, rois, spatial_scale=s, output_dim=1, pooled_size=2)),
    ('DeformablePSROIPooling', lambda s: nd.contrib.DeformablePSROIPooling(
        data, rois, spatial_scale=s, output_dim=1, pooled_size=2, group_size=2, no_trans=True)),
    ('ROIPooling', lambda s: nd.ROIPooling(data, rois, pooled_size=(2, 2), spatial_scale=s)),
    ('sym ROIAlign', lambda s: sym.contrib.ROIAlign(sym.var('a'), sym.var('b'), pooled_size=(2, 2), spatial_scale=s)),
    ('sym PSROIPooling', lambda s: sym.contrib.PSROIPooling(sym.var('a'), sym.var('b'), pooled_size=2, spatial_scale=s,
                                                           output_dim=2)),
    ('sym RROIAlign', lambda s: sym.contrib.RROIAlign(sym.var('a'), sym.var('b'), pooled_size=(2, 2), spatial_scale=s)),
]
for name, fn in calls:
    for scale in [2.0, -1.0, 1.5, 1, 0.5]:
        try:
            out = fn(scale)
            print(name, scale, 'ok', out.shape if hasattr(out, 'shape') else out.list_arguments())
        except mx.base.MXNetError as e:
            lines = [line for line in str(e).splitlines() if not line.startswith(('Traceback', '  File'))]
            print(name, scale, ' | '.join(lines).replace('MXNetError: ', ''))
