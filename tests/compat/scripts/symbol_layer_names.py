# Arguments, outputs, auxiliary states, internals, children, attributes and JSON of every common layer.
import mxnet as mx, numpy as np, json
d = mx.sym.var('data'); l = mx.sym.var('label')
layers = {
 'fc': lambda: mx.sym.FullyConnected(d, num_hidden=4, name='fc'),
 'fc_nb': lambda: mx.sym.FullyConnected(d, num_hidden=4, no_bias=True, flatten=False, name='fcn'),
 'conv': lambda: mx.sym.Convolution(d, kernel=(3,3), num_filter=4, name='conv'),
 'conv1d': lambda: mx.sym.Convolution(d, kernel=(3,), num_filter=4, no_bias=True, name='c1'),
 'deconv': lambda: mx.sym.Deconvolution(d, kernel=(2,2), num_filter=3, name='dc'),
 'bn': lambda: mx.sym.BatchNorm(d, name='bn'),
 'bn_mv': lambda: mx.sym.BatchNorm(d, output_mean_var=True, name='bnm'),
 'ln': lambda: mx.sym.LayerNorm(d, name='ln'),
 'in': lambda: mx.sym.InstanceNorm(d, name='inorm'),
 'gn': lambda: mx.sym.GroupNorm(d, num_groups=1, name='gn'),
 'emb': lambda: mx.sym.Embedding(d, input_dim=10, output_dim=4, name='emb'),
 'act': lambda: mx.sym.Activation(d, act_type='relu', name='act'),
 'lrelu': lambda: mx.sym.LeakyReLU(d, act_type='leaky', name='lr'),
 'prelu': lambda: mx.sym.LeakyReLU(d, act_type='prelu', name='pr'),
 'rrelu': lambda: mx.sym.LeakyReLU(d, act_type='rrelu', name='rr'),
 'pool': lambda: mx.sym.Pooling(d, kernel=(2,2), pool_type='max', name='pool'),
 'gpool': lambda: mx.sym.Pooling(d, global_pool=True, kernel=(1,1), pool_type='avg', name='gp'),
 'drop': lambda: mx.sym.Dropout(d, p=0.5, name='drop'),
 'sm': lambda: mx.sym.SoftmaxOutput(d, name='sm'),
 'sm_l': lambda: mx.sym.SoftmaxOutput(d, l, name='sml'),
 'lro': lambda: mx.sym.LinearRegressionOutput(d, name='lro'),
 'lgo': lambda: mx.sym.LogisticRegressionOutput(d, name='lgo'),
 'mae': lambda: mx.sym.MAERegressionOutput(d, name='mae'),
 'svm': lambda: mx.sym.SVMOutput(d, name='svm'),
 'softmax': lambda: mx.sym.softmax(d, name='softmax'),
 'ml': lambda: mx.sym.MakeLoss(d, name='ml'),
 'rnn': lambda: mx.sym.RNN(d, state_size=4, num_layers=1, mode='lstm', name='rnn'),
 'rnn_s': lambda: mx.sym.RNN(d, state_size=4, num_layers=2, mode='gru', state_outputs=True, name='rnng'),
 'slice': lambda: mx.sym.SliceChannel(d, num_outputs=2, name='sl'),
 'concat': lambda: mx.sym.Concat(d, d, dim=1, name='cc'),
 'flatten': lambda: mx.sym.Flatten(d, name='fl'),
 'reshape': lambda: mx.sym.Reshape(d, shape=(0, -1), name='rs'),
 'ctc': lambda: mx.sym.contrib.CTCLoss(d, l, name='ctc'),
 'upsample': lambda: mx.sym.UpSampling(d, scale=2, sample_type='nearest', num_args=1, name='up'),
 'bilinear_up': lambda: mx.sym.UpSampling(d, scale=2, sample_type='bilinear', num_filter=2, num_args=1, name='bu'),
 'l2n': lambda: mx.sym.L2Normalization(d, name='l2n'),
 'lrn': lambda: mx.sym.LRN(d, nsize=3, name='lrn'),
 'idkl': lambda: mx.sym.IdentityAttachKLSparseReg(d, name='kl'),
 'crop': lambda: mx.sym.Crop(d, d, num_args=2, name='crop'),
 'swapaxis': lambda: mx.sym.SwapAxis(d, dim1=0, dim2=1, name='sw'),
 'sequence_mask': lambda: mx.sym.SequenceMask(d, use_sequence_length=True, name='sqm'),
 'sequence_last': lambda: mx.sym.SequenceLast(d, name='sql'),
 'pad': lambda: mx.sym.Pad(d, mode='constant', pad_width=(0,0,0,0,1,1,1,1), name='pad'),
 'roi': lambda: mx.sym.ROIPooling(d, l, pooled_size=(2,2), spatial_scale=1.0, name='roi'),
 'st': lambda: mx.sym.SpatialTransformer(d, l, target_shape=(2,2), transform_type='affine', sampler_type='bilinear', name='st'),
 'corr': lambda: mx.sym.Correlation(d, l, name='corr'),
 'bsamp': lambda: mx.sym.BilinearSampler(d, l, name='bs'),
 'grid': lambda: mx.sym.GridGenerator(d, transform_type='affine', target_shape=(2,2), name='gg'),
 'dconv': lambda: mx.sym.contrib.DeformableConvolution(d, l, kernel=(3,3), num_filter=2, name='dfc'),
}
for k, f in layers.items():
    try:
        s = f()
        print(k, s.list_arguments(), s.list_outputs(), s.list_auxiliary_states())
        print('  int', s.get_internals().list_outputs())
        c = s.get_children()
        print('  ch', None if c is None else c.list_outputs())
        print('  attr', s.list_attr(), s.attr_dict())
        print('  json', json.dumps(json.loads(s.tojson())))
    except Exception as e:
        print(k, 'ERR', type(e).__name__, str(e)[:200])
