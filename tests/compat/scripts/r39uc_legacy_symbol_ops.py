"""Legacy symbol layers (Crop, SliceChannel, pooling conventions, deconv adj/target_shape, SVMOutput, regression outputs, Correlation, STN, UpSampling, RNN...) forward and backward as in MXNet."""
# recorded on AVX2
import mxnet as mx, numpy as np
np.set_printoptions(precision=5, suppress=True, linewidth=200)
S = mx.sym
d = S.var('data'); d2 = S.var('data2'); lab = S.var('label')
cases = [
 ('crop', S.Crop(d, d2, num_args=2, center_crop=True), dict(data=(1, 2, 6, 6), data2=(1, 2, 3, 4))),
 ('crop_off', S.Crop(d, num_args=1, offset=(1, 2), h_w=(3, 3)), dict(data=(1, 2, 6, 6))),
 ('slicech', S.SliceChannel(d, num_outputs=2, axis=1, squeeze_axis=False)[1], dict(data=(2, 4, 3))),
 ('slicech_sq', S.split(d, num_outputs=3, axis=2, squeeze_axis=True)[2], dict(data=(2, 4, 3))),
 ('swapaxis', S.SwapAxis(d, dim1=0, dim2=2), dict(data=(2, 3, 4))),
 ('pool_full', S.Pooling(d, kernel=(3, 3), stride=(2, 2), pool_type='max', pooling_convention='full'), dict(data=(1, 1, 6, 6))),
 ('pool_avg_nopad', S.Pooling(d, kernel=(3, 3), stride=(2, 2), pad=(1, 1), pool_type='avg', count_include_pad=False), dict(data=(1, 1, 5, 5))),
 ('pool_global', S.Pooling(d, kernel=(1, 1), global_pool=True, pool_type='avg'), dict(data=(1, 2, 3, 3))),
 ('pool_lp', S.Pooling(d, kernel=(2, 2), pool_type='lp', p_value=3, stride=(1, 1)), dict(data=(1, 1, 3, 3))),
 ('pool_sum', S.Pooling(d, kernel=(2,), pool_type='sum', stride=(1,)), dict(data=(1, 2, 5))),
 ('conv_grp', S.Convolution(d, num_filter=4, kernel=(3, 3), num_group=2, dilate=(2, 2), pad=(2, 2), workspace=512, cudnn_tune='off', no_bias=True), dict(data=(1, 2, 5, 5))),
 ('deconv_adj', S.Deconvolution(d, num_filter=2, kernel=(3, 3), stride=(2, 2), adj=(1, 1), pad=(1, 1)), dict(data=(1, 3, 3, 3))),
 ('deconv_tgt', S.Deconvolution(d, num_filter=2, kernel=(4, 4), stride=(2, 2), target_shape=(7, 7), no_bias=True), dict(data=(1, 3, 3, 3))),
 ('lrn', S.LRN(d, nsize=3, alpha=0.001, beta=0.75, knorm=2), dict(data=(1, 4, 2, 2))),
 ('l2n_ch', S.L2Normalization(d, mode='channel'), dict(data=(2, 3, 2))),
 ('l2n_sp', S.L2Normalization(d, mode='spatial'), dict(data=(2, 3, 2))),
 ('instnorm', S.InstanceNorm(d, eps=1e-3), dict(data=(2, 3, 4))),
 ('layernorm', S.LayerNorm(d, axis=1), dict(data=(2, 3, 4))),
 ('groupnorm', S.GroupNorm(d, num_groups=2), dict(data=(2, 4, 3))),
 ('grid_aff', S.GridGenerator(d, transform_type='affine', target_shape=(3, 4)), dict(data=(1, 6))),
 ('stn', S.SpatialTransformer(d, S.var('loc'), target_shape=(3, 3), transform_type='affine', sampler_type='bilinear'), dict(data=(1, 1, 4, 4), loc=(1, 6))),
 ('bsampler', S.BilinearSampler(d, S.var('grid')), dict(data=(1, 1, 4, 4), grid=(1, 2, 3, 3))),
 ('correlation', S.Correlation(d, d2, kernel_size=1, max_displacement=1, stride1=1, stride2=1, pad_size=1), dict(data=(1, 2, 4, 4), data2=(1, 2, 4, 4))),
 ('svm', S.SVMOutput(d, lab, margin=1, regularization_coefficient=0.5), dict(data=(3, 4), label=(3,))),
 ('svm_l1', S.SVMOutput(d, lab, use_linear=True), dict(data=(3, 4), label=(3,))),
 ('mae', S.MAERegressionOutput(d, lab, grad_scale=2), dict(data=(3, 2), label=(3, 2))),
 ('linreg', S.LinearRegressionOutput(d, lab), dict(data=(3, 2), label=(3, 2))),
 ('logreg', S.LogisticRegressionOutput(d, lab), dict(data=(3, 1), label=(3, 1))),
 ('smoothl1', S.smooth_l1(d, scalar=2.0), dict(data=(3, 4))),
 ('sce', S.softmax_cross_entropy(d, lab), dict(data=(3, 4), label=(3,))),
 ('softmaxact', S.SoftmaxActivation(d, mode='channel'), dict(data=(2, 3, 2))),
 ('softmaxout_multi', S.SoftmaxOutput(d, lab, multi_output=True, use_ignore=True, ignore_label=1, normalization='valid'), dict(data=(2, 3, 4), label=(2, 4))),
 ('softmaxout_prob', S.SoftmaxOutput(d, lab, preserve_shape=True, smooth_alpha=0.1, out_grad=False), dict(data=(2, 3, 4), label=(2, 3))),
 ('klsparse', S.IdentityAttachKLSparseReg(S.sigmoid(d), sparseness_target=0.1, penalty=0.01, momentum=0.9), dict(data=(3, 4))),
 ('embedding', S.Embedding(d, input_dim=5, output_dim=3), dict(data=(2, 2))),
 ('upsample_bil', S.UpSampling(d, S.var('w'), scale=2, sample_type='bilinear', num_filter=2, num_args=2), dict(data=(1, 2, 3, 3), w=(2, 1, 4, 4))),
 ('upsample_multi', S.UpSampling(d, d2, scale=2, sample_type='nearest', num_args=2, multi_input_mode='sum'), dict(data=(1, 2, 2, 2), data2=(1, 2, 4, 4))),
 ('pad_edge', S.Pad(d, mode='edge', pad_width=(0, 0, 0, 0, 1, 2, 2, 1)), dict(data=(1, 1, 2, 3))),
 ('pad_reflect', S.Pad(d, mode='reflect', pad_width=(0, 0, 0, 0, 1, 1, 2, 2)), dict(data=(1, 1, 3, 3))),
 ('batchdot_t', S.batch_dot(d, d2, transpose_a=True, transpose_b=True), dict(data=(2, 3, 4), data2=(2, 5, 3))),
 ('rnn_lstm', S.RNN(d, S.var('params'), S.var('state'), S.var('cell'), state_size=3, num_layers=1, mode='lstm', state_outputs=False), dict(data=(4, 2, 3), params=(96,), state=(1, 2, 3), cell=(1, 2, 3))),
 ('leaky_prelu', S.LeakyReLU(d, S.var('gamma'), act_type='prelu'), dict(data=(2, 3, 2), gamma=(3,))),
 ('leaky_gelu', S.LeakyReLU(d, act_type='gelu'), dict(data=(2, 3))),
 ('leaky_selu', S.LeakyReLU(d, act_type='selu'), dict(data=(2, 3))),
 ('act_softsign', S.Activation(d, act_type='softsign'), dict(data=(2, 3))),
 ('hard_sigmoid', S.hard_sigmoid(d, alpha=0.3, beta=0.4), dict(data=(2, 3))),
 ('bn_noglobal', S.BatchNorm(d, fix_gamma=False, use_global_stats=False, output_mean_var=True, axis=-1)[0], dict(data=(2, 3, 4))),
 ('moments', S.moments(d, axes=(0, 2), keepdims=True)[1], dict(data=(2, 3, 4))),
 ('cast_storage', S.cast_storage(d, stype='default'), dict(data=(2, 2))),
 ('fix_gamma_bn', S.BatchNorm(d, fix_gamma=True, eps=1e-3, momentum=0.5), dict(data=(3, 2))),
]
rs = np.random.RandomState(0)
for name, s, shapes in cases:
    try:
        ex = s.simple_bind(mx.cpu(), **shapes)
        for k, v in ex.arg_dict.items():
            if k == 'label':
                v[:] = rs.randint(0, 3, v.shape)
            elif k == 'data' and name == 'embedding':
                v[:] = rs.randint(0, 5, v.shape)
            else:
                v[:] = rs.uniform(-1, 1, v.shape)
        out = ex.forward(is_train=True)
        ex.backward([mx.nd.array(rs.uniform(-1, 1, o.shape)) for o in out])
        print(name, out[0].shape, out[0].asnumpy().ravel()[:8], [(k, g.asnumpy().ravel()[:4]) for k, g in sorted(ex.grad_dict.items()) if g is not None][:2])
    except Exception as e:
        print(name, '!!', type(e).__name__, str(e).split('\n')[0][:200])
