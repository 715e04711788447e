# Operator documentation examples built as symbols: outputs, argument names, inferred shapes and types, results
import mxnet as mx
import numpy as np
from mxnet import nd

from _show_calls import text

A = nd.array
S = mx.sym


def symrun(label, build, **arrays):
    """Build a symbol over variables named like ``arrays``, infer its shapes, run it, print everything."""
    try:
        with mx.name.NameManager():
            s = build(*[S.var(k) for k in arrays])
        lines = ['%s outputs %s args %s' % (label, s.list_outputs(), s.list_arguments())]
        arg_shapes, out_shapes, _ = s.infer_shape(**{k: v.shape for k, v in arrays.items()})
        _, out_types, _ = s.infer_type(**{k: v.dtype for k, v in arrays.items()})
        lines.append('%s shapes %s %s types %s' % (label, arg_shapes, out_shapes,
                                                    [np.dtype(t).name for t in out_types]))
        ex = s.bind(mx.cpu(), dict(arrays))
        lines.append(text(label, ex.forward()))
        print('\n'.join(lines))
    except Exception as e:
        print('%s EXC %s' % (label, type(e).__name__))


x24 = nd.arange(24).reshape((2, 3, 4))
for shp in [(4, 0, 2), (2, 0, 0), (6, 1, -1), (3, -1, 8), (-1,), (-2,), (2, -2), (-2, 1, 1), (-3, 4), (0, -3),
            (-3, -2), (-4, 1, 2, -2), (2, -4, -1, 3, -2), (-1, -1)]:
    symrun('reshape%s' % (shp,), lambda x: S.reshape(x, shape=shp), x=x24)
symrun('reshape_rev', lambda x: S.reshape(x, shape=(-1, 0), reverse=True), x=nd.zeros((10, 5, 4)))
symrun('reshape_target', lambda x: S.Reshape(x, target_shape=(0, 6)), x=x24)
symrun('reshape_like', lambda x, y: S.reshape_like(x, y, lhs_begin=-1, lhs_end=None, rhs_begin=1, rhs_end=None),
       x=nd.zeros((30, 12)), y=nd.zeros((4, 2, 2, 3)))
symrun('flatten', lambda x: S.flatten(x), x=x24)
symrun('split', lambda x: S.split(x, axis=1, num_outputs=3, squeeze_axis=True), x=x24)
symrun('split_v2', lambda x: S.split_v2(x, (1, 3), axis=2), x=x24)
symrun('split_v2_list', lambda x: S.split_v2(x, [1, 3], axis=2), x=x24)
xt = A([[0.3, 0.2, 0.4], [0.1, 0.3, 0.2]])
symrun('topk_both', lambda x: S.topk(x, ret_typ='both', k=2), x=xt)
symrun('topk_mask', lambda x: S.topk(x, ret_typ='mask', k=2, axis=0), x=xt)
symrun('topk_idx', lambda x: S.topk(x, k=2, dtype='int32'), x=xt)
symrun('sort', lambda x: S.sort(x, is_ascend=0), x=xt)
symrun('argsort', lambda x: S.argsort(x, axis=None), x=xt)
x32 = A([[1., 2.], [3., 4.], [5., 6.]])
symrun('pick', lambda x, i: S.pick(x, i, axis=1, keepdims=True, mode='wrap'), x=x32, i=A([2, -1, -2]))
symrun('take', lambda x, i: S.take(x, i, axis=1, mode='wrap'), x=x32, i=A([[0, 3], [-1, -2]]))
symrun('batch_take', lambda x, i: S.batch_take(x, i), x=x32, i=A([0, 1, 0]))
symrun('one_hot', lambda i: S.one_hot(i, 3, on_value=8, off_value=1, dtype='int32'), i=A([1, 0, 2, 0]))
xs = nd.arange(1, 19).reshape((3, 2, 3))
symrun('seqmask', lambda x, l: S.SequenceMask(x, l, use_sequence_length=True, value=1), x=xs, l=A([2, 3]))
symrun('seqlast', lambda x, l: S.SequenceLast(x, l, use_sequence_length=True), x=xs, l=A([1, 3]))
symrun('seqrev', lambda x, l: S.SequenceReverse(x, l, use_sequence_length=True), x=xs, l=A([2, 3]))
symrun('seqmask_nolen', lambda x: S.SequenceMask(x), x=xs)
symrun('pad', lambda x: S.pad(x, mode='edge', pad_width=(0, 0, 0, 0, 1, 1, 1, 1)), x=nd.arange(12).reshape((1, 2, 2, 3)))
symrun('roipool', lambda x, r: S.ROIPooling(x, r, pooled_size=(2, 2), spatial_scale=0.7),
       x=nd.arange(48).reshape((1, 1, 8, 6)), r=A([[0, 0, 0, 4, 4]]))
symrun('gather_nd', lambda d, i: S.gather_nd(d, i), d=A([[[1, 2], [3, 4]], [[5, 6], [7, 8]]]), i=A([[0, 1], [1, 0]]))
symrun('scatter_nd', lambda d, i: S.scatter_nd(d, i, shape=(2, 2)), d=A([2, 3, 0]), i=A([[1, 1, 0], [0, 1, 0]]))
symrun('d2s', lambda x: S.depth_to_space(x, 2), x=nd.arange(24).reshape((1, 4, 2, 3)))
symrun('s2d', lambda x: S.space_to_depth(x, 2), x=nd.arange(24).reshape((1, 1, 4, 6)))
symrun('diag', lambda x: S.diag(x, k=-1), x=A([1, 2, 3]))
symrun('diag3', lambda x: S.diag(x, axis1=-2, axis2=-1), x=A([[[1, 2], [3, 4]], [[5, 6], [7, 8]]]))
symrun('ravel', lambda a: S.ravel_multi_index(a, shape=(7, 6)), a=A([[3, 6, 6], [4, 5, 1]]))
symrun('unravel', lambda a: S.unravel_index(a, shape=(-1, 6)), a=A([22, 41, 37]))
symrun('khatri_rao', lambda a, b: S.khatri_rao(a, b), a=A([[1, -1], [2, -3]]), b=A([[1, 4], [2, 5], [3, 6]]))
symrun('upsample', lambda x: S.UpSampling(x, scale=2, sample_type='nearest'), x=nd.ones((1, 1, 2, 2)))
symrun('upsample_bilinear', lambda x, w: S.UpSampling(x, w, scale=2, sample_type='bilinear', num_filter=1),
       x=nd.ones((1, 1, 3, 3)), w=nd.ones((1, 1, 4, 4)))
data = A([[[[1, 4, 3, 6], [1, 8, 8, 9], [0, 4, 1, 5], [1, 0, 1, 3]]]])
symrun('bilinear', lambda d, t: S.BilinearSampler(d, S.GridGenerator(t, transform_type='affine', target_shape=(4, 4))),
       d=data, t=A([[2, 0, 0, 0, 2, 0]]))
symrun('spatial', lambda d, t: S.SpatialTransformer(d, t, target_shape=(3, 3), transform_type='affine',
                                                     sampler_type='bilinear'), d=data, t=A([[0.5, 0.1, 0.2, -0.1, 0.7, 0.1]]))
symrun('correlation', lambda a, b: S.Correlation(a, b, kernel_size=1, max_displacement=1, pad_size=1),
       a=nd.arange(16).reshape((1, 1, 4, 4)), b=nd.ones((1, 1, 4, 4)))
xl = A([[[1, 2], [3, 4]], [[2, 2], [5, 6]]])
symrun('l2norm', lambda x: S.L2Normalization(x, mode='spatial'), x=xl)
symrun('instnorm', lambda x, g, b: S.InstanceNorm(x, g, b), x=A([[[1.1, 2.2]], [[3.3, 4.4]]]), g=A([1.5]), b=A([0.5]))
symrun('lrn', lambda x: S.LRN(x, nsize=3), x=nd.arange(16).reshape((1, 4, 2, 2)))
symrun('moments', lambda x: S.moments(x, axes=(1,), keepdims=True), x=A([[1, 2, 3], [4, 5, 6]]))
symrun('cast_storage', lambda x: S.cast_storage(x, stype='default'), x=A([[0, 1], [2, 0]]))
symrun('smooth_l1', lambda x: S.smooth_l1(x, scalar=2), x=A([-0.3, 0.1, 0.5, -2]))
symrun('softmin', lambda x: S.softmin(x, axis=0), x=A([[1., 2., 3.], [3., 2., 1.]]))
symrun('amp_cast', lambda x: S.amp_cast(x, dtype='float16'), x=A([1.1, 2.2]))
symrun('amp_multicast', lambda x, y: S.amp_multicast(x, y, num_outputs=2), x=A([1.1]), y=A([2], dtype='int32'))
symrun('im2col', lambda x: S.im2col(x, kernel=(2, 2), stride=(2, 2)), x=nd.arange(32).reshape((1, 2, 4, 4)))
symrun('col2im', lambda x: S.col2im(x, output_size=(4, 4), kernel=(2, 2), stride=(2, 2)), x=nd.arange(32).reshape((1, 8, 4)))
symrun('slice_like', lambda x, y: S.slice_like(x, y, axes=(-1,)), x=nd.arange(12).reshape((3, 4)), y=nd.zeros((2, 3)))
symrun('slice', lambda x: S.slice(x, begin=(None, 0), end=(None, 3), step=(-1, 2)), x=nd.arange(12).reshape((3, 4)))
symrun('slice_axis', lambda x: S.slice_axis(x, axis=1, begin=-3, end=-1), x=nd.arange(12).reshape((3, 4)))
symrun('baxis', lambda x: S.broadcast_axis(x, axis=(0, 2), size=(2, 3)), x=A([[[1.], [2.]]]))
symrun('argmax', lambda x: S.argmax(x, axis=1, keepdims=True), x=A([[0., 1., 2.], [3., 4., 5.]]))
symrun('argmax_channel', lambda x: S.argmax_channel(x), x=A([[0., 1., 2.], [3., 4., 5.]]))
symrun('clip', lambda x: S.clip(x, 1, 8), x=nd.arange(10))
symrun('where', lambda c, x, y: S.where(c, x, y), c=A([[0, 1], [-1, 0]]), x=A([[1, 2], [3, 4]]), y=A([[5, 6], [7, 8]]))
symrun('stack', lambda x, y: S.stack(x, y, axis=1), x=A([1, 2]), y=A([3, 4]))
symrun('squeeze', lambda x: S.squeeze(x, axis=(0, 2)), x=A([[[0], [1], [2]]]))
symrun('swapaxes', lambda x: S.swapaxes(x, 0, 2), x=nd.arange(8).reshape((2, 2, 2)))
symrun('flip', lambda x: S.flip(x, axis=1), x=nd.arange(10).reshape((2, 5)))
symrun('cast', lambda x: S.cast(x, dtype='uint8'), x=A([300, 11.1, 10.9, -1, -3]))
symrun('norm', lambda x: S.norm(x, ord=1, axis=1), x=xl)
symrun('sum_exclude', lambda x: S.sum(x, axis=1, exclude=True), x=xl)
symrun('shape_array', lambda x: S.shape_array(x), x=xl)
symrun('size_array', lambda x: S.size_array(x), x=xl)
symrun('histogram', lambda x: S.histogram(x, bins=3, range=(0, 6)), x=A([0, 1, 1, 2, 3, 5]))
symrun('arange_like', lambda x: S.contrib.arange_like(x, start=1, step=0.5, axis=-1), x=nd.zeros((2, 3)))
symrun('index_copy', lambda x, i, t: S.contrib.index_copy(x, i, t), x=nd.zeros((5, 3)), i=A([0, 4, 2]),
       t=A([[1, 2, 3], [4, 5, 6], [7, 8, 9]]))
symrun('quadratic', lambda x: S.contrib.quadratic(x, a=1, b=2, c=3), x=A([[1, 2], [3, 4]]))
symrun('box_iou', lambda a, b: S.contrib.box_iou(a, b), a=A([[0.5, 0.5, 1.0, 1.0], [0.0, 0.0, 0.5, 0.5]]),
       b=A([[0.25, 0.25, 0.75, 0.75]]))
symrun('bipartite', lambda x: S.contrib.bipartite_matching(x, threshold=1e-12, is_ascend=False),
       x=A([[0.5, 0.6], [0.1, 0.2], [0.3, 0.4]]))
symrun('la_gemm', lambda a, b, c: S.linalg.gemm(a, b, c, transpose_b=True, alpha=2.0, beta=10.0),
       a=nd.ones((2, 2)), b=nd.ones((3, 2)), c=nd.ones((2, 3)))
symrun('la_potrf', lambda a: S.linalg.potrf(a), a=A([[4.0, 1.0], [1.0, 4.25]]))
symrun('la_maketrian', lambda a: S.linalg.maketrian(a, offset=-1), a=A([1.0, 2.0, 3.0]))
symrun('la_extracttrian', lambda a: S.linalg.extracttrian(a, lower=False), a=A([[1.0, 2.0], [3.0, 4.0]]))
symrun('la_slogdet', lambda a: S.linalg.slogdet(a), a=A([[2., 3.], [1., 4.]]))
symrun('la_det_singular', lambda a: S.linalg.det(a), a=A([[1., 2.], [2., 4.]]))
symrun('pdf_normal', lambda s, m, g: S.random_pdf_normal(s, m, g, is_log=True), s=A([[-2, -1, 0, 1, 2]] * 2),
       m=A([0, 0]), g=A([1, 2]))
symrun('pdf_dirichlet', lambda s, a: S.random_pdf_dirichlet(s, a), s=A([[1, 2], [2, 3], [3, 4]]), a=A([2.5, 2.5]))
symrun('image_to_tensor', lambda x: S.image.to_tensor(x), x=(nd.arange(24).reshape((4, 2, 3)) * 10).astype('uint8'))
symrun('image_normalize', lambda x: S.image.normalize(x, mean=(0, 1, 2), std=(3, 2, 1)),
       x=nd.arange(24).reshape((3, 4, 2)) / 24)
symrun('softmax_len', lambda x, l: S.softmax(x, l, use_length=True), x=A([[1., 2., 3.], [3., 2., 1.]]), l=A([1, 2]))
symrun('log_softmax', lambda x: S.log_softmax(x, axis=0, temperature=0.5), x=A([[1., 2., 3.], [3., 2., 1.]]))
symrun('sce', lambda x, l: S.softmax_cross_entropy(x, l), x=A([[1, 2, 3], [11, 7, 5]]), l=A([2, 0]))
symrun('embedding', lambda x, w: S.Embedding(x, w, input_dim=4, output_dim=5), x=A([[1., 3.], [0., 2.]]),
       w=nd.arange(20).reshape((4, 5)))
symrun('blockgrad', lambda a, b: S.MakeLoss(S.stop_gradient(3 * b) + a), a=A([[1, 2]]), b=A([[0, 1]]))
