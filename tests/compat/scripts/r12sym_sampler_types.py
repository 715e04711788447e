"""infer_type of SpatialTransformer, BilinearSampler, GridGenerator, ROIAlign and Correlation as MXNet: one dtype
for every input (given by any), their own refusal words, and MXNet's checks of an unknown or different rois dtype."""
import re
import warnings

import mxnet as mx

warnings.simplefilter("ignore")
S = mx.sym


def essential(error):
    lines = [line for line in str(error).split("\n") if line and not line.startswith((" ", "Traceback"))]
    text = re.sub(r"^MXNetError: ", "", lines[0] if lines else "")
    return re.sub(r"\[[\d:]+\] \S+:\d+: ", "", text)


d, l = S.var('d'), S.var('l')
for name, sym in [('st', S.SpatialTransformer(d, l, target_shape=(2, 2), transform_type='affine', sampler_type='bilinear', name='t')),
                  ('bs', S.BilinearSampler(d, l, name='t')), ('gg', S.GridGenerator(d, transform_type='affine', target_shape=(2, 2), name='t')),
                  ('roia', S.contrib.ROIAlign(d, l, pooled_size=(2, 2), spatial_scale=1.0, name='t')),
                  ('corr', S.Correlation(d, l, name='t'))]:
    for kw in [dict(d='float32'), dict(l='float32'), dict(d='float16'), dict(d='int32'), dict(d='float32', l='float16'), dict(d='int64', l='float32'), dict(), dict(d='float64', l='float64'), dict(d='uint8')]:
        kw = {k: v for k, v in kw.items() if k in sym.list_arguments()}
        try:
            print(name, kw, sym.infer_type_partial(**kw))
        except mx.base.MXNetError as e:
            print(name, kw, 'EXC', essential(e))
