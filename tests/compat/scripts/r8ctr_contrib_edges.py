# Edge cases of mx.nd.contrib operators: argument checks, storage types, thresholds
import mxnet as mx
from mxnet import nd


def show(label, fn):
    try:
        out = fn()
        outs = out if isinstance(out, (list, tuple)) else [out]
        print(label, [(o.stype, o.dtype.__name__, o.asnumpy().tolist()) for o in outs])
    except mx.base.MXNetError as e:
        print(label, 'MXNetError')


def message(label, fn):
    try:
        fn()
    except mx.base.MXNetError as e:
        text = str(e).strip().split('\n')[-1].split(', in operator _contrib_ROIAlign')[0]
        print(label, text[len('MXNetError: '):] if text.startswith('MXNetError: ') else text)


x = nd.array([[-1.5, 0.2, 3.0]])
lo, hi = nd.array([-1.5]), nd.array([3.0])
show('dequantize float64', lambda: nd.contrib.dequantize(nd.array([1, 2], dtype='int8'), lo, hi, out_type='float64'))
show('dequantize float32', lambda: nd.contrib.dequantize(nd.array([1, 2], dtype='int8'), lo, hi, out_type='float32'))
message('quantize auto', lambda: nd.contrib.quantize(x, lo, hi, out_type='auto').asnumpy())
message('quantize_v2 int32', lambda: nd.contrib.quantize_v2(x, out_type='int32').asnumpy())
message('requantize float32', lambda: nd.contrib.requantize(nd.array([5], dtype='int32'), lo, hi,
                                                            out_type='float32').asnumpy())

for stype in ['csr', 'row_sparse']:
    sp = nd.array([[0, 1.5], [0, 0]]).tostype(stype)
    show('gradientmultiplier ' + stype, lambda: nd.contrib.gradientmultiplier(sp, scalar=2.0))
    sp.attach_grad(stype=stype)
    with mx.autograd.record():
        y = nd.contrib.gradientmultiplier(sp, scalar=3.0)
    y.backward()
    show('gradientmultiplier grad ' + stype, lambda: sp.grad)

# a score equal to the (float) threshold is not matched
scores = nd.array([[0.5, 0.6], [0.1, 0.2]])
show('bipartite_matching tie', lambda: nd.contrib.bipartite_matching(scores, threshold=0.1))
show('bipartite_matching ascend tie', lambda: nd.contrib.bipartite_matching(scores, threshold=0.2, is_ascend=True))

# box_decode: data (B, N, 4); the kernel reads N * 4 anchor values whatever the anchors' leading axes
offsets = nd.array([[[0.1, -0.2, 0.3, 0.05], [0.0, 0.5, -0.1, 0.2]]])
for shape in [(1, 2, 4), (2, 1, 4), (1, 1, 2, 4), (1, 1, 4), (2, 2, 4), (2, 4), (1, 2, 5)]:
    anchors = nd.arange(1, 1 + 2 * 4 * 4).reshape((-1,))[:int(nd.prod(nd.array(shape)).asscalar())].reshape(shape) / 8
    show('box_decode anchors %s' % (shape,), lambda: nd.contrib.box_decode(offsets, anchors))
show('box_decode data (2, 4)', lambda: nd.contrib.box_decode(offsets[0], offsets))
show('box_decode data (1, 2, 5)', lambda: nd.contrib.box_decode(nd.ones((1, 2, 5)), offsets))

# box_encode: outputs of the anchors' shape; samples and matches read as (B, N), refs as (B, M, 4)
anchors = nd.array([[[0.1, 0.1, 0.4, 0.5], [0.2, 0.3, 0.6, 0.9]]])
refs = nd.array([[[0.15, 0.1, 0.45, 0.55], [0.0, 0.2, 0.5, 0.8], [0.3, 0.3, 0.6, 0.6]]])
means, stds = nd.zeros((4,)), nd.array([0.1, 0.1, 0.2, 0.2])
cases = {'plain': (nd.array([[1, 1]]), nd.array([[0, 2]]), refs, means),
         'samples (2, 1)': (nd.array([[1], [1]]), nd.array([[0, 2]]), refs, means),
         'samples (1, 3)': (nd.array([[1, 1, 1]]), nd.array([[0, 2]]), refs, means),
         'samples (2,)': (nd.array([1, 1]), nd.array([[0, 2]]), refs, means),
         'matches (2,)': (nd.array([[1, 1]]), nd.array([0, 2]), refs, means),
         'refs (3, 4)': (nd.array([[1, 1]]), nd.array([[0, 2]]), refs[0], means),
         'means (3,)': (nd.array([[1, 1]]), nd.array([[0, 2]]), refs, means[:3])}
for label, (samples, matches, r, m) in cases.items():
    show('box_encode ' + label, lambda: nd.contrib.box_encode(samples, matches, anchors, r, m, stds))
enc = mx.sym.contrib.box_encode(*[mx.sym.var(n) for n in 'smarxy'])
print('box_encode infer_shape', enc.infer_shape(s=(2, 3), m=(2, 3), a=(2, 4, 4), r=(2, 5, 4), x=(4,), y=(4,)))

# DeformableConvolution samples bilinearly with float32 fractions; the modulated form scales each tap by its mask
rng = mx.random
data = nd.array([[[[0.3, -0.7, 0.2, 0.9, -0.1], [0.5, 0.25, -0.6, 0.15, 0.8], [-0.3, 0.45, 0.7, -0.2, 0.05],
                   [0.6, -0.4, 0.1, 0.35, -0.9], [0.2, 0.85, -0.15, 0.4, 0.65]]]])
offset = nd.array([[[[0.37, -0.21, 0.73], [1.13, -0.55, 0.09], [0.61, 0.27, -0.83]],
                    [[-0.44, 0.58, 0.17], [0.91, -0.12, 0.66], [-0.29, 0.48, 0.33]]]])
show('DeformableConvolution 1x1', lambda: nd.contrib.DeformableConvolution(
    data, offset, nd.array([[[[0.7]]]]), kernel=(1, 1), num_filter=1, no_bias=True, stride=(2, 2)))
mask = nd.array([[[[0.9, 0.1, 0.5], [0.3, 0.7, 0.25], [0.6, 0.8, 0.45]]]])
show('ModulatedDeformableConvolution 1x1', lambda: nd.contrib.ModulatedDeformableConvolution(
    data, offset, mask, nd.array([[[[0.7]]]]), kernel=(1, 1), num_filter=1, no_bias=True, stride=(2, 2)))

# DeformableConvolution's gradients: data and offsets summed as its col2im kernels, weight and bias per image
def deformable_grads(batch, stride, pad, with_bias):
    x = nd.array([[[[((7 * (n + 1) * (c + 2) + 3 * h + 5 * w) % 11 - 5) / 4.0 for w in range(5)] for h in range(5)]
                   for c in range(2)] for n in range(batch)])
    out = (5 + 2 * pad - 3) // stride + 1
    off = nd.array([[[[((13 * k + 7 * h + 3 * w + n) % 17 - 8) / 5.0 for w in range(out)] for h in range(out)]
                     for k in range(18)] for n in range(batch)])
    w = nd.array([[[[((f + 2 * c + 3 * i + 5 * j) % 7 - 3) / 3.0 for j in range(3)] for i in range(3)]
                   for c in range(2)] for f in range(3)])
    b = nd.array([0.5, -0.25, 0.125])
    args = [x, off, w] + ([b] if with_bias else [])
    for a in args:
        a.attach_grad()
    with mx.autograd.record():
        y = nd.contrib.DeformableConvolution(*args, kernel=(3, 3), num_filter=3, stride=(stride, stride),
                                             pad=(pad, pad), no_bias=not with_bias)
    y.backward(nd.array([[[[((f + h * w + n) % 5 - 2) / 2.0 for w in range(out)] for h in range(out)]
                          for f in range(3)] for n in range(batch)]))
    return [y] + [a.grad for a in args]


show('DeformableConvolution grads', lambda: deformable_grads(1, 1, 0, False))
show('DeformableConvolution grads batch/pad/bias', lambda: deformable_grads(2, 1, 1, True))
show('DeformableConvolution grads stride', lambda: deformable_grads(1, 2, 1, True))

# Proposal/MultiProposal: shapes inferred from cls_prob; the anchors' count and Proposal's batch of one are
# checked by the kernel (the error shows on reading)
for label, cls_shape, bbox_shape, info_rows in [('good', (1, 24, 2, 3), (1, 48, 2, 3), 1),
                                                ('anchors 9', (1, 18, 2, 3), (1, 36, 2, 3), 1),
                                                ('bbox channels', (1, 24, 2, 3), (1, 36, 2, 3), 1),
                                                ('im_info rows', (1, 24, 2, 3), (1, 48, 2, 3), 2),
                                                ('batch 2', (2, 24, 2, 3), (2, 48, 2, 3), 2)]:
    for name in ('Proposal', 'MultiProposal'):
        op = getattr(nd.contrib, name)
        try:
            rois = op(nd.ones(cls_shape) * 0.5, nd.zeros(bbox_shape), nd.array([[32, 48, 1.0]] * info_rows),
                      rpn_post_nms_top_n=3)
        except mx.base.MXNetError:
            print(label, name, 'MXNetError at the call')
            continue
        print(label, name, rois.shape)
        show(label + ' read', lambda: rois)
prop = mx.sym.contrib.Proposal(mx.sym.var('c'), mx.sym.var('b'), mx.sym.var('i'), rpn_post_nms_top_n=5,
                               output_score=True)
print('Proposal infer_shape', prop.infer_shape(c=(1, 18, 4, 4), b=(1, 36, 4, 4), i=(1, 3)))

# bipartite_matching with NaN scores: all batches sorted at once by std::stable_sort (NaNs where its merges leave
# them), a taken pair passed over before its score is compared, the first free NaN pair ending the matching
nan = float('nan')
for scores in [[[nan, 0.6], [0.1, 0.2]], [[0.6, nan], [0.1, 0.2]], [[0.6, 0.5], [nan, 0.2]],
               [[0.1, 0.5, nan], [0.3, 0.8, 0.9], [0.2, 0.1, 0.7]],
               [[[0.3, nan, 0.8, 0.1], [nan, 0.6, 0.2, 0.9]], [[0.5, 0.4, nan, 0.7], [0.2, nan, 0.95, 0.15]]],
               [[0.5, nan, 0.45, 0.8, nan, 0.3, 0.7, 0.65, 0.1, nan, 0.2, 0.9, 0.35, 0.6, nan, 0.05, 0.75]]]:
    for ascend in (False, True):
        show('bipartite_matching NaN %s' % ascend, lambda: nd.contrib.bipartite_matching(
            nd.array(scores), threshold=0.95 if ascend else 0.05, is_ascend=ascend))

# index_copy reads new_tensor as old_tensor's type: another type fails in the kernel
for old, new in [('float32', 'float64'), ('int32', 'float32'), ('float16', 'float16')]:
    show('index_copy %s <- %s' % (old, new), lambda: nd.contrib.index_copy(
        nd.zeros((3, 2), dtype=old), nd.array([2]), nd.ones((1, 2), dtype=new)))

# the backward operators MXNet exposes under nd.contrib / sym.contrib
x = nd.array([1., 2., 3.])
show('backward_gradientmultiplier', lambda: [nd.contrib.backward_gradientmultiplier(x, scalar=2),
                                             nd.contrib.backward_gradientmultiplier(x),
                                             nd.contrib.backward_gradientmultiplier(nd.array([1, 2], dtype='int32'),
                                                                                    scalar=2.5)])
print('sym backward_gradientmultiplier',
      mx.sym.contrib.backward_gradientmultiplier(mx.sym.var('a'), scalar=2).list_arguments())
for name in ['backward_quadratic', 'backward_index_copy', 'backward_hawkesll']:
    message('nd ' + name, lambda: getattr(nd.contrib, name)())
    show('sym ' + name, lambda: getattr(mx.sym.contrib, name)())
print('in dir', [n for n in ['SparseEmbedding', 'backward_quadratic', 'backward_hawkesll', 'backward_index_copy',
                             'backward_gradientmultiplier'] if n in dir(nd.contrib) and n in dir(mx.sym.contrib)])

# a required attribute left out: MXNet names the first missing one (by name) with its type and the given ones
x4, roi = nd.ones((1, 8, 4, 4)), nd.array([[0, 0, 0, 2, 2]])
for label, call in [
        ('bipartite_matching', lambda: nd.contrib.bipartite_matching(nd.ones((2, 2)))),
        ('ROIAlign', lambda: nd.contrib.ROIAlign(x4, roi, spatial_scale=1.0)),
        ('ROIAlign pooled', lambda: nd.contrib.ROIAlign(x4, roi, pooled_size=(2, 2))),
        ('PSROIPooling', lambda: nd.contrib.PSROIPooling(x4, roi, spatial_scale=1.0)),
        ('DeformablePSROIPooling', lambda: nd.contrib.DeformablePSROIPooling(x4, roi)),
        ('interleaved', lambda: nd.contrib.interleaved_matmul_selfatt_qk(nd.ones((3, 2, 12)))),
        ('DeformableConvolution', lambda: nd.contrib.DeformableConvolution(
            x4, nd.ones((1, 18, 2, 2)), nd.ones((2, 8, 3, 3)), kernel=(3, 3))),
        ('quantized_fully_connected', lambda: nd.contrib.quantized_fully_connected(
            nd.ones((1, 3), dtype='int8'), nd.ones((2, 3), dtype='int8'), nd.ones((2,), dtype='int8'),
            *[nd.ones((1,))] * 6)),
        ('quantized_conv', lambda: nd.contrib.quantized_conv(
            nd.ones((1, 2, 3, 3), dtype='uint8'), nd.ones((2, 2, 1, 1), dtype='int8'), nd.ones((2,), dtype='int8'),
            *[nd.ones((1,))] * 6)),
        ('quantized_embedding', lambda: nd.contrib.quantized_embedding(
            nd.ones((2,)), nd.ones((3, 2), dtype='int8'), nd.ones((1,)), nd.ones((1,)))),
        ('quantized_pooling', lambda: nd.contrib.quantized_pooling(
            nd.ones((1, 2, 3, 3), dtype='uint8'), nd.ones((1,)), nd.ones((1,)))),
        ('SparseEmbedding', lambda: nd.contrib.SparseEmbedding(nd.ones((2,)), nd.ones((3, 2))))]:
    message(label, call)

# an unknown attribute: MXNet's first line names it
for label, call in [('quadratic', lambda: nd.contrib.quadratic(nd.ones((2,)), foo=1)),
                    ('ROIAlign', lambda: nd.contrib.ROIAlign(nd.ones((1, 1, 4, 4)), nd.ones((1, 5)), pooled_size=(1, 1),
                                                             spatial_scale=1.0, bad_arg=3))]:
    try:
        call()
    except mx.base.MXNetError as e:
        text = str(e).strip()
        print(label, (text[len('MXNetError: '):] if text.startswith('MXNetError: ') else text).split('\n')[0])

# BilinearResize2D reads both scales once it reads one (mode 'size' with scale_height, or 'odd_scale'), and
# ignores a scale_width given alone
img = nd.arange(30).reshape((1, 1, 5, 6)) / 7
for kw in [dict(scale_width=2.0), dict(height=3, scale_width=2.0), dict(scale_height=2.0),
           dict(scale_height=2.0, width=4), dict(scale_width=2.0, mode='odd_scale'),
           dict(scale_height=1.5, scale_width=0.5), dict(scale_height=0.5, scale_width=1.5, mode='odd_scale')]:
    show('BilinearResize2D %s' % sorted(kw.items()), lambda: nd.contrib.BilinearResize2D(img, **kw))

# the roi operators' spatial_scale must lie in [0, 1] (a NaN passes)
feat, box = nd.arange(128).reshape((1, 8, 4, 4)) / 64, nd.array([[0, 0, 0, 2, 2]])
for scale in [1.5, -0.1, float('inf'), 1.0]:
    for label, call in [('ROIAlign', lambda: nd.contrib.ROIAlign(feat, box, pooled_size=(2, 2), spatial_scale=scale)),
                        ('PSROIPooling', lambda: nd.contrib.PSROIPooling(feat, box, spatial_scale=scale, output_dim=2,
                                                                         pooled_size=2)),
                        ('DeformablePSROIPooling', lambda: nd.contrib.DeformablePSROIPooling(
                            feat, box, spatial_scale=scale, output_dim=2, pooled_size=2, group_size=2, no_trans=True)),
                        ('RROIAlign', lambda: nd.contrib.RROIAlign(feat, nd.array([[0, 1, 1, 2, 2, 30]]),
                                                                   spatial_scale=scale, pooled_size=(2, 2)))]:
        try:
            print(label, scale, call().asnumpy().sum())
        except mx.base.MXNetError as e:
            text = str(e).strip()
            print(label, scale, (text[len('MXNetError: '):] if text.startswith('MXNetError: ') else text)[:55])

# DeformablePSROIPooling reads trans as (R, classes, 2, part_size, part_size) whatever its shape; trans_std in
# [0, 1]; no samples pools to 0
feat8 = nd.arange(288).reshape((1, 8, 6, 6)) / 97
trans = nd.array([[[[0.3, -0.2], [0.5, 0.1]], [[-0.4, 0.25], [0.15, -0.35]]]])
for part, spp, std in [(1, 2, 0.1), (2, 2, 0.1), (1, 1, 0.3), (2, 0, 0.1), (2, 2, 1.5)]:
    feat8.attach_grad()
    trans.attach_grad()
    try:
        with mx.autograd.record():
            pooled = nd.contrib.DeformablePSROIPooling(feat8, nd.array([[0, 0.3, 0.2, 4.5, 4.1]]), trans,
                                                       spatial_scale=0.9, output_dim=2, pooled_size=2, group_size=2,
                                                       part_size=part, sample_per_part=spp, trans_std=std)
        pooled.backward(nd.array([[[[1.0, -0.5], [0.25, 2.0]], [[-1.5, 0.75], [0.5, 1.0]]]]))
        show('DeformablePSROIPooling part %d spp %d std %g' % (part, spp, std), lambda: [pooled, trans.grad])
    except mx.base.MXNetError:
        print('DeformablePSROIPooling part %d spp %d std %g MXNetError' % (part, spp, std))

# PSROIPooling leaves extra channels unread; ROIAlign/AdaptiveAvgPooling2D refuse zero or negative sizes
show('PSROIPooling output_dim 1', lambda: nd.contrib.PSROIPooling(feat8, nd.array([[0, 0, 0, 3, 3]]), spatial_scale=1.0,
                                                                   output_dim=1, pooled_size=2))
for size in [(0, 2), (-1, 2), (-2, 2)]:
    message('ROIAlign pooled_size %s' % (size,), lambda: nd.contrib.ROIAlign(
        feat8, nd.array([[0, 0, 0, 3, 3]]), pooled_size=size, spatial_scale=1.0).asnumpy())
    if size[0]:
        message('AdaptiveAvgPooling2D %s' % (size,), lambda: nd.contrib.AdaptiveAvgPooling2D(
            feat8, output_size=size).asnumpy())

# a symbol checks its attributes when created, as MXNet's parser does
x, y, z = mx.sym.var('x'), mx.sym.var('y'), mx.sym.var('z')
for label, make in [
        ('ROIAlign spatial_scale', lambda: mx.sym.contrib.ROIAlign(x, y, pooled_size=(2, 2), spatial_scale=1.5)),
        ('ROIAlign pooled_size', lambda: mx.sym.contrib.ROIAlign(x, y, pooled_size=(0, 2), spatial_scale=1.0)),
        ('PSROIPooling', lambda: mx.sym.contrib.PSROIPooling(x, y, spatial_scale=-1.0, output_dim=2, pooled_size=2)),
        ('DeformablePSROIPooling', lambda: mx.sym.contrib.DeformablePSROIPooling(
            x, y, z, spatial_scale=1.0, output_dim=2, pooled_size=2, group_size=2, trans_std=2.0)),
        ('RROIAlign', lambda: mx.sym.contrib.RROIAlign(x, y, pooled_size=(2, 2), spatial_scale=3.0)),
        ('box_nms', lambda: mx.sym.contrib.box_nms(x, in_format='xyz')),
        ('box_iou', lambda: mx.sym.contrib.box_iou(x, y, format='bad')),
        ('box_decode', lambda: mx.sym.contrib.box_decode(x, y, format='foo')),
        ('quantize_v2', lambda: mx.sym.contrib.quantize_v2(x, out_type='int32')),
        ('dequantize', lambda: mx.sym.contrib.dequantize(x, y, z, out_type='float64')),
        ('quantize', lambda: mx.sym.contrib.quantize(x, y, z, out_type='auto')),
        ('BilinearResize2D height', lambda: mx.sym.contrib.BilinearResize2D(x, height=0, width=2)),
        ('BilinearResize2D mode', lambda: mx.sym.contrib.BilinearResize2D(x, mode='foo')),
        ('quantized_fully_connected', lambda: mx.sym.contrib.quantized_fully_connected(x, y, z)),
        ('ROIAlign fine', lambda: mx.sym.contrib.ROIAlign(x, y, pooled_size=(2, 2), spatial_scale=0.5))]:
    try:
        print(label, make().list_arguments())
    except mx.base.MXNetError as e:
        text = str(e).strip().split('\n')[0]
        print(label, (text[len('MXNetError: '):] if text.startswith('MXNetError: ') else text)[:52])

# boolean_mask takes dense arrays only
for stype in ['csr', 'row_sparse']:
    message('boolean_mask ' + stype, lambda: nd.contrib.boolean_mask(nd.ones((3, 2)).tostype(stype),
                                                                     nd.array([1, 0, 1])).asnumpy())

# an unknown attribute is refused when a contrib symbol is created
for label, make in [('box_nms', lambda: mx.sym.contrib.box_nms(x, foo=3)),
                    ('ROIAlign', lambda: mx.sym.contrib.ROIAlign(x, y, pooled_size=(2, 2), spatial_scale=1.0, bar=1)),
                    ('quadratic', lambda: mx.sym.contrib.quadratic(x, a=1, b=2, c=3))]:
    try:
        print(label, make().list_arguments())
    except mx.base.MXNetError as e:
        text = str(e).strip().split('\n')[0]
        print(label, (text[len('MXNetError: '):] if text.startswith('MXNetError: ') else text)[:30])

# the names a star import of nd.contrib / sym.contrib brings
import mxnet.ndarray.contrib as nd_contrib
import mxnet.symbol.contrib as sym_contrib
for module in (nd_contrib, sym_contrib):
    names = sorted(module.__all__)
    print(len(names), [n for n in names if 'adam' in n or 'backward' in n or n in ('SparseEmbedding', 'foreach')])
