"""Partial shape inference of DeformablePSROIPooling (trans, then data, then rois; no trans with no_trans) and of
ModulatedDeformableConvolution (data, then offset) refuses an unknown or wrong rank in MXNet's words."""
# recorded on AVX2
import re

import mxnet as mx

v = mx.sym.var
kw = dict(spatial_scale=1., output_dim=2, group_size=2, pooled_size=2)
graphs = [
    ('DeformablePSROIPooling', mx.sym.contrib.DeformablePSROIPooling(v('d'), v('r'), v('t'), name='dps', **kw),
     [{}, dict(t=(2, 2, 2, 2)), dict(t=(2, 2, 2, 2), d=(1, 8, 6, 6)), dict(t=(2, 2, 2, 2), r=(2, 5)), dict(t=(2, 2, 2)),
      dict(t=(2, 2, 2, 2), d=(1, 8, 6, 6), r=(2, 5))]),
    ('DeformablePSROIPooling no_trans', mx.sym.contrib.DeformablePSROIPooling(v('d'), v('r'), no_trans=True, name='dps',
                                                                            **kw),
     [{}, dict(r=(2, 5)), dict(d=(1, 8, 6, 6)), dict(d=(1, 8, 6), r=(2, 5)), dict(d=(1, 8, 6, 6), r=(2, 5))]),
    ('ModulatedDeformableConvolution', mx.sym.contrib.ModulatedDeformableConvolution(
        v('d'), v('o'), v('m'), kernel=(3, 3), num_filter=2, name='mdc'),
     [{}, dict(d=(1, 2, 4)), dict(d=(1, 2, 4, 4)), dict(d=(1, 2, 4, 4), o=(1, 18, 2, 2)),
      dict(d=(1, 2, 4, 4), o=(1, 18, 2, 2), m=(1, 9, 2, 2))]),
]
for name, sym, given in graphs:
    for shapes in given:
        try:
            print(name, shapes, sym.infer_shape_partial(**shapes))
        except mx.base.MXNetError as e:
            lines = [line for line in str(e).splitlines() if not line.startswith(('Traceback', '  File'))]
            text = ' | '.join(lines).replace('MXNetError: ', '')
            print(name, shapes, re.sub(r'\[\d\d:\d\d:\d\d\] \S+:\d+: ', '', text))
