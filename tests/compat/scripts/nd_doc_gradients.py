# Gradients of the operators in MXNet's documentation examples (seeded inputs and head gradients)
import mxnet as mx
import numpy as np
from mxnet import nd

from _show_calls import text

A = nd.array
import zlib

rs = np.random.RandomState(7)


def grads(label, fn, *arrays, **kw):
    """Gradients of sum(out * head) w.r.t. every float input, head seeded."""
    try:
        xs = [A(a) if not isinstance(a, nd.NDArray) else a for a in arrays]
        for x in xs:
            x.attach_grad()
        with mx.autograd.record():
            out = fn(*xs, **kw)
            outs = out if isinstance(out, (list, tuple)) else [out]
        hr = np.random.RandomState(zlib.crc32(label.encode()))
        heads = [nd.array(hr.uniform(-1, 1, o.shape)) for o in outs]
        mx.autograd.backward(outs, heads)
        print(text(label, [x.grad for x in xs]))
    except Exception as e:
        print('%s EXC %s' % (label, type(e).__name__))


def r(*shape, lo=-1, hi=1):
    return rs.uniform(lo, hi, shape)


grads('pad_edge', nd.pad, r(1, 2, 2, 3), mode='edge', pad_width=(0, 0, 0, 0, 1, 1, 1, 1))
grads('pad_reflect', nd.pad, r(1, 1, 3, 3), mode='reflect', pad_width=(0, 0, 0, 0, 1, 2, 2, 1))
grads('pad_const', nd.pad, r(1, 1, 2, 2), mode='constant', constant_value=2, pad_width=(0, 0, 0, 0, 1, 1, 1, 1))
grads('roipool', lambda x, r_: nd.ROIPooling(x, r_, pooled_size=(2, 2), spatial_scale=0.7), r(1, 2, 6, 6), [[0, 0, 0, 4, 4], [0, 1, 1, 5, 3]])
grads('seqmask', lambda x, l: nd.SequenceMask(x, l, use_sequence_length=True, value=1), r(3, 2, 2), [2, 3])
grads('seqlast', lambda x, l: nd.SequenceLast(x, l, use_sequence_length=True), r(3, 2, 2), [1, 3])
grads('seqrev', lambda x, l: nd.SequenceReverse(x, l, use_sequence_length=True), r(3, 2, 2), [2, 3])
grads('split', lambda x: nd.split(x, axis=1, num_outputs=2), r(3, 2, 2))
grads('slice_step', lambda x: nd.slice(x, begin=(None, 0), end=(None, 3), step=(-1, 2)), r(3, 4))
grads('slice_axis', lambda x: nd.slice_axis(x, axis=1, begin=-3, end=-1), r(3, 4))
grads('slice_like', lambda x, y: nd.slice_like(x, y, axes=(0,)), r(3, 4), r(2, 3))
grads('take_wrap', lambda x, i: nd.take(x, i, axis=1, mode='wrap'), r(3, 2), [[0, 3], [-1, -2]])
grads('take_clip', lambda x, i: nd.take(x, i, mode='clip'), r(3, 2), [[0, 5], [1, 1]])
grads('pick_wrap', lambda x, i: nd.pick(x, i, 1, mode='wrap'), r(3, 2), [2, -1, -2])
grads('pick_keep', lambda x, i: nd.pick(x, i, 0, keepdims=True), r(3, 2), [0, 2])
grads('batch_take', lambda x, i: nd.batch_take(x, i), r(3, 2), [0, 1, 0])
grads('gather_nd', lambda d, i: nd.gather_nd(d, i), r(2, 2, 2), [[0, 1, 0], [1, 0, 1]])
grads('scatter_nd', lambda d, i: nd.scatter_nd(d, i, shape=(2, 2)), r(3), [[1, 1, 0], [0, 1, 0]])
grads('d2s', lambda x: nd.depth_to_space(x, 2), r(1, 4, 2, 3))
grads('s2d', lambda x: nd.space_to_depth(x, 2), r(1, 1, 4, 6))
grads('diag', lambda x: nd.diag(x, k=1), r(3, 3))
grads('diag1d', lambda x: nd.diag(x, k=-1), r(3))
grads('diag3d', lambda x: nd.diag(x, axis1=0, axis2=2), r(2, 3, 2))
grads('khatri_rao', nd.khatri_rao, r(2, 2), r(3, 2))
grads('upsample_nearest', lambda x: nd.UpSampling(x, scale=2, sample_type='nearest'), r(1, 1, 2, 2))
grads('bilinear', lambda d, g: nd.BilinearSampler(d, g), r(1, 1, 4, 4), r(1, 2, 3, 3, lo=-1.2, hi=1.2))
grads('gridgen_affine', lambda t: nd.GridGenerator(t, transform_type='affine', target_shape=(3, 4)), r(2, 6))
grads('gridgen_warp', lambda t: nd.GridGenerator(t, transform_type='warp'), r(1, 2, 3, 4))
grads('spatial', lambda d, t: nd.SpatialTransformer(d, t, target_shape=(3, 3), transform_type='affine', sampler_type='bilinear'), r(1, 2, 4, 4), [[0.9, 0.1, 0.05, -0.2, 1.1, 0.1]])
grads('correlation', lambda a, b: nd.Correlation(a, b, kernel_size=3, max_displacement=1, pad_size=2), r(1, 2, 4, 4), r(1, 2, 4, 4))
grads('correlation_abs', lambda a, b: nd.Correlation(a, b, kernel_size=1, max_displacement=1, pad_size=1, is_multiply=False), r(1, 2, 3, 3), r(1, 2, 3, 3))
grads('l2norm_inst', lambda x: nd.L2Normalization(x, mode='instance'), r(2, 2, 2))
grads('l2norm_ch', lambda x: nd.L2Normalization(x, mode='channel'), r(2, 2, 2))
grads('l2norm_sp', lambda x: nd.L2Normalization(x, mode='spatial'), r(2, 2, 2))
grads('instnorm', lambda x, g, b: nd.InstanceNorm(x, g, b), r(2, 2, 3), r(2), r(2))
grads('lrn', lambda x: nd.LRN(x, nsize=3), r(1, 4, 2, 2))
grads('moments', lambda x: nd.moments(x, axes=(1,)), r(2, 3))
grads('smooth_l1', lambda x: nd.smooth_l1(x, scalar=2), r(6, lo=-2, hi=2))
grads('softmin', lambda x: nd.softmin(x, axis=0), r(2, 3))
grads('softmin_t', lambda x: nd.softmin(x, temperature=2.0), r(2, 3))
grads('log_softmax', lambda x: nd.log_softmax(x, axis=0), r(2, 3))
grads('softmax_len', lambda x, l: nd.softmax(x, l, use_length=True), r(2, 3), [1, 2])
grads('sce', lambda x, l: nd.softmax_cross_entropy(x, l), r(2, 3), [2, 0])
grads('softmax_act', lambda x: nd.SoftmaxActivation(x), r(2, 3))
grads('softmax_act_ch', lambda x: nd.SoftmaxActivation(x, mode='channel'), r(1, 3, 2))
grads('amp_cast', lambda x: nd.amp_cast(x, dtype='float16'), r(3))
grads('im2col', lambda x: nd.im2col(x, kernel=(2, 2), stride=(1, 1), pad=(1, 1)), r(1, 1, 3, 3))
grads('col2im', lambda x: nd.col2im(x, output_size=(3, 3), kernel=(2, 2), pad=(1, 1)), r(1, 4, 16))
grads('linalg_gemm', lambda a, b, c: nd.linalg.gemm(a, b, c, transpose_b=True, alpha=2.0, beta=0.5), r(2, 2), r(3, 2), r(2, 3))
grads('linalg_potrf', nd.linalg.potrf, [[4.0, 1.0], [1.0, 4.25]])
grads('linalg_det', nd.linalg.det, [[1., 4.], [2., 3.]])
grads('linalg_sumlogdiag', nd.linalg.sumlogdiag, [[1.5, 1.0], [1.0, 7.0]])
grads('linalg_trmm', lambda a, b: nd.linalg.trmm(a, b, alpha=2.0), [[1.0, 0], [1.0, 1.0]], r(2, 3))
grads('linalg_trsm', lambda a, b: nd.linalg.trsm(a, b, alpha=0.5), [[2.0, 0], [1.0, 1.0]], r(2, 3))
grads('linalg_extractdiag', lambda a: nd.linalg.extractdiag(a, 1), r(3, 3))
grads('linalg_makediag', lambda a: nd.linalg.makediag(a, -1), r(2))
grads('linalg_extracttrian', lambda a: nd.linalg.extracttrian(a, lower=False), r(2, 2))
grads('linalg_maketrian', lambda a: nd.linalg.maketrian(a, offset=1), r(3))
grads('pdf_normal', lambda s, m, g: nd.random_pdf_normal(s, m, g), r(2, 3), r(2), r(2, lo=0.5, hi=2))
grads('pdf_gamma', lambda s, a, b: nd.random_pdf_gamma(s, a, b, is_log=True), r(2, 3, lo=0.5, hi=3), r(2, lo=1, hi=3), r(2, lo=0.5, hi=2))
grads('pdf_dirichlet', lambda s, a: nd.random_pdf_dirichlet(s, a), rs.dirichlet([1, 2], (2, 2)), r(2, 2, lo=0.5, hi=3))
grads('pdf_gnb', lambda s, m, a: nd.random_pdf_generalized_negative_binomial(s, m, a), [[1, 2], [3, 0]], r(2, lo=0.5, hi=3), r(2, lo=0.2, hi=1))
grads('quadratic', lambda x: nd.contrib.quadratic(x, a=0.5, b=-1, c=2), r(4))
grads('index_copy', lambda x, i, t: nd.contrib.index_copy(x, i, t), r(5, 3), [0, 4, 2], r(3, 3))
grads('arange_like', lambda x: nd.contrib.arange_like(x) * x, r(2, 3))
grads('clip', lambda x: nd.clip(x, -0.5, 0.5), [-1, -0.5, 0, 0.5, 1])
grads('norm2', lambda x: nd.norm(x, axis=1), r(2, 3))
grads('norm1', lambda x: nd.norm(x, ord=1, axis=0), [[1, -2, 0], [0, 3, -1]])
grads('where', nd.where, [[0, 1], [-1, 0]], r(2, 2), r(2, 2))
grads('stack', lambda a, b: nd.stack(a, b, axis=1), r(2), r(2))
grads('reshape_like', lambda a, b: nd.reshape_like(a, b), r(6), r(3, 2))
grads('broadcast_axis', lambda a: nd.broadcast_axis(a, axis=(0, 2), size=(2, 3)), r(1, 2, 1))
grads('broadcast_hypot', lambda a, b: nd.broadcast_hypot(a, b), r(1, 3), r(2, 1))
grads('broadcast_power', lambda a, b: nd.broadcast_power(a, b), r(1, 3, lo=0.5, hi=2), r(2, 1))
grads('broadcast_mod', lambda a, b: nd.broadcast_mod(a, b), r(1, 3, lo=1, hi=5), r(2, 1, lo=1, hi=2))
grads('sort', lambda x: nd.sort(x, axis=0), r(3, 2))
grads('topk_value', lambda x: nd.topk(x, k=2, ret_typ='value'), r(2, 3))
grads('erfinv', nd.erfinv, r(3, lo=-0.9, hi=0.9))
grads('rcbrt', nd.rcbrt, r(3, lo=0.5, hi=2))
grads('embedding', lambda x, w: nd.Embedding(x, w, input_dim=4, output_dim=2), [[1, 3], [1, 2]], r(4, 2))
grads('count_sketch', lambda x: nd.contrib.count_sketch(x, A([[0, 1, 3]]), A([[1, -1, 1]]), out_dim=5), r(2, 3))

grads('sce_label_grad', lambda x, l: nd.softmax_cross_entropy(x, l), r(2, 3), [2, 0])
