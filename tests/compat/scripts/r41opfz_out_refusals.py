"""out= arrays of the wrong shape or dtype given to contrib, image, linalg and sampling ops: which check refuses them and in what words; random samplers' out= dtype checks with their source lines."""
import re

import mxnet as mx
import numpy as np

np.random.seed(0)
nd = mx.nd


def R(*s):
    return nd.array(np.random.randn(*s))


def U(*s):
    return nd.array(np.random.rand(*s))


rois = nd.array([[0, 0.5, 0.5, 2.5, 2.5]])
cases = [
 ('PSROIPooling', nd.contrib.PSROIPooling, [R(1, 4, 4, 4), rois], dict(pooled_size=2, output_dim=1, spatial_scale=1.0)),
 ('DeformablePSROIPooling', nd.contrib.DeformablePSROIPooling, [R(1, 4, 4, 4), rois, R(1, 2, 2, 2)], dict(pooled_size=2, output_dim=1, spatial_scale=1.0, group_size=2, part_size=2, trans_std=0.1)),
 ('AdaptiveAvgPooling2D', nd.contrib.AdaptiveAvgPooling2D, [R(1, 1, 3, 3)], dict(output_size=2)),
 ('BilinearResize2D', nd.contrib.BilinearResize2D, [R(1, 1, 2, 2)], dict(height=3, width=3)),
 ('MultiBoxDetection', nd.contrib.MultiBoxDetection, [U(1, 3, 4), R(1, 16), U(1, 4, 4)], {}),
 ('MultiBoxPrior', nd.contrib.MultiBoxPrior, [U(1, 1, 2, 2)], {}),
 ('ROIAlign', nd.contrib.ROIAlign, [R(1, 1, 4, 4), rois], dict(pooled_size=(2, 2), spatial_scale=1.0)),
 ('RROIAlign', nd.contrib.RROIAlign, [R(1, 1, 4, 4), nd.array([[0, 2, 2, 2, 2, 30]])], dict(pooled_size=(2, 2), spatial_scale=1.0)),
 ('box_iou', nd.contrib.box_iou, [U(2, 4), U(3, 4)], {}),
 ('box_nms', nd.contrib.box_nms, [U(3, 6)], {}),
 ('box_decode', nd.contrib.box_decode, [R(1, 2, 4), U(1, 2, 4)], {}),
 ('bipartite_matching', nd.contrib.bipartite_matching, [U(2, 3)], dict(threshold=0.1)),
 ('DeformableConvolution', nd.contrib.DeformableConvolution, [R(1, 1, 3, 3), R(1, 8, 2, 2), R(1, 1, 2, 2)], dict(kernel=(2, 2), num_filter=1, no_bias=True)),
 ('count_sketch', nd.contrib.count_sketch, [R(2, 3), nd.array([[0, 1, 0]]), nd.array([[1, -1, 1]])], dict(out_dim=2)),
 ('quadratic', nd.contrib.quadratic, [R(3)], {}),
 ('arange_like', nd.contrib.arange_like, [R(3)], {}),
 ('index_array', nd.contrib.index_array, [R(3)], {}),
 ('index_copy', nd.contrib.index_copy, [R(3, 2), nd.array([2, 0]), R(2, 2)], {}),
 ('div_sqrt_dim', nd.contrib.div_sqrt_dim, [R(2, 4)], {}),
 ('interleaved_matmul_selfatt_qk', nd.contrib.interleaved_matmul_selfatt_qk, [R(2, 1, 6)], dict(heads=1)),
 ('hawkesll', nd.contrib.hawkesll, [U(1, 2), U(2), U(2), nd.zeros((1, 2)), U(1, 3), nd.array([[0, 1, 0]], dtype='int32'), nd.array([3]), nd.array([10])], {}),
 ('SyncBatchNorm', nd.contrib.SyncBatchNorm, [R(2, 2), U(2), U(2), U(2), U(2)], {}),
 ('CTCLoss', nd.contrib.CTCLoss, [R(4, 1, 3), nd.array([[1, 2]])], {}),
 ('image.to_tensor', nd.image.to_tensor, [U(2, 2, 3)], {}),
 ('image.normalize', nd.image.normalize, [U(3, 2, 2)], {}),
 ('image.resize', nd.image.resize, [U(2, 2, 3)], dict(size=3)),
 ('image.crop', nd.image.crop, [U(3, 3, 1)], dict(x=0, y=0, width=2, height=2)),
 ('image.flip_left_right', nd.image.flip_left_right, [U(2, 2, 1)], {}),
 ('image.adjust_lighting', nd.image.adjust_lighting, [U(2, 2, 3)], dict(alpha=(0.1, 0.2, 0.3))),
 ('linalg.gemm2', nd.linalg.gemm2, [R(2, 2), R(2, 2)], {}),
 ('linalg.syrk', nd.linalg.syrk, [R(2, 3)], {}),
 ('linalg.sumlogdiag', nd.linalg.sumlogdiag, [nd.array(np.eye(2) * 2)], {}),
 ('linalg.extracttrian', nd.linalg.extracttrian, [R(3, 3)], {}),
 ('linalg.maketrian', nd.linalg.maketrian, [R(3)], {}),
 ('linalg.makediag', nd.linalg.makediag, [R(2)], {}),
 ('linalg.extractdiag', nd.linalg.extractdiag, [R(2, 2)], {}),
 ('linalg.trmm', nd.linalg.trmm, [nd.array(np.eye(2)), R(2, 2)], {}),
 ('linalg.inverse', nd.linalg.inverse, [nd.array(np.eye(2) * 2)], {}),
 ('random.normal_t', nd.random.normal, [R(2), U(2)], dict(shape=2)),
 ('sample_poisson', nd._internal._sample_poisson, [U(2)], dict(shape=2)),
 ('random.multinomial', nd.random.multinomial, [nd.array([[.2, .8]])], {}),
 ('pdf_normal', nd._internal._random_pdf_normal, [R(2, 3), R(2), U(2) + .5], {}),
 ('pdf_dirichlet', nd._internal._random_pdf_dirichlet, [nd.array([[.2, .3, .5]]), U(3) + .5], {}),
]
for name, f, args, kw in cases:
    try:
        y = f(*args, **kw)
    except Exception as e:
        print(name, 'FWD', type(e).__name__); continue
    if isinstance(y, (list, tuple)):
        continue
    kinds = [('shape', nd.zeros(y.shape + (1,), dtype=y.dtype)), ('dtype', nd.zeros(y.shape, dtype='float64' if y.dtype != np.float64 else 'float32')), ('int', nd.zeros(y.shape, dtype='int32'))]
    if name in ('AdaptiveAvgPooling2D', 'BilinearResize2D'):
        kinds = kinds[:1]     # (a wrong dtype passes the call; the kernel fails later)
    for kind, o in kinds:
        try:
            r = f(*args, out=o, **kw)
            print(name, kind, 'ok', o.dtype.__name__, r is o)
        except Exception as e:
            print(name, kind, type(e).__name__, re.sub(r'\[\d\d:\d\d:\d\d\] ', '', str(e)).strip().split('\n')[-1][:200])

for f, kw in [(nd.random.uniform, {}), (nd.random.normal, {}), (nd.random.gamma, {}), (nd.random.randint, {'low': 0, 'high': 5})]:
    for dt in ['float32', 'int32', None]:
        for odt in ['int32', 'float64']:
            try:
                k = dict(kw)
                if dt:
                    k['dtype'] = dt
                f(shape=(2,), out=nd.zeros((2,), dtype=odt), **k)
                print(f.__name__, dt, odt, 'ok')
            except Exception as e:
                print(f.__name__, dt, odt, repr(re.sub(r'\[\d\d:\d\d:\d\d\] ', '', str(e))[-170:]))
p = nd.array([1.0, 2.0])
for f, args, kw in [(nd._internal._sample_poisson, (p,), {}), (nd.random.normal, (p, p), {}),
                    (nd._internal._sample_normal, (p, p), {'dtype': 'float32'})]:
    try:
        f(*args, out=nd.zeros((2,), dtype='int32'), **kw)
    except Exception as e:
        print(repr(re.sub(r'\[\d\d:\d\d:\d\d\] ', '', str(e))))
mx.random.seed(3)
print(nd.random.randint(0, 9, out=nd.zeros((4,), dtype='int32')))
