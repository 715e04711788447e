"""A 0-d shape a graph computes (split's squeezed parts of 1-D data) is unknown to the shape functions that read a 0-d
data as their legacy unknown (Pad, L2Normalization, InstanceNorm, Crop, MakeLoss, pick, samplers, linalg's diagonals,
argmax over an axis...), a rank of 0 in other ops' rank checks, and fails diag, argmax_channel and im2col's axis reads."""
import re
import warnings

import mxnet as mx

warnings.simplefilter('always')
warnings.showwarning = lambda message, *args, **kwargs: print('warning:', str(message).replace('\n', ' | '))


def last_line(e):
    return re.sub(r'\[\d\d:\d\d:\d\d\] ', '', str(e)).split('\n')[-1]


x = mx.sym.var('x')
v = mx.sym.var('v')
parts = mx.sym.split(x, num_outputs=4, squeeze_axis=1, axis=0)
s, s1 = parts[0], parts[1]
cases = {
    'Pad': mx.sym.Pad(s, mode='constant', pad_width=(0, 0, 0, 0, 1, 1, 1, 1)),
    'Pad then relu': mx.sym.relu(mx.sym.Pad(s, mode='edge', pad_width=(0, 0, 0, 0, 1, 1, 1, 1))),
    'L2Normalization': mx.sym.L2Normalization(s),
    'L2Normalization channel': mx.sym.L2Normalization(s, mode='channel'),
    'L2Normalization spatial': mx.sym.L2Normalization(s, mode='spatial'),
    'InstanceNorm': mx.sym.InstanceNorm(s),
    'InstanceNorm gamma': mx.sym.InstanceNorm(s, mx.sym.var('g', shape=(3,)), mx.sym.var('b')),
    'Crop': mx.sym.Crop(s, h_w=(1, 1), num_args=1),
    'Crop like': mx.sym.Crop(s, v, num_args=2),
    'IdentityAttachKLSparseReg': mx.sym.IdentityAttachKLSparseReg(s),
    'MakeLoss': mx.sym.MakeLoss(s),
    'MakeLoss plus': mx.sym.MakeLoss(s) + 1,
    'GridGenerator affine': mx.sym.GridGenerator(s, transform_type='affine', target_shape=(2, 2)),
    'GridGenerator warp': mx.sym.GridGenerator(s, transform_type='warp'),
    'ravel_multi_index': mx.sym.ravel_multi_index(s, shape=(2, 2)),
    'unravel_index': mx.sym.unravel_index(s, shape=(2, 2)),
    'extractdiag': mx.sym.linalg.extractdiag(s), 'extracttrian': mx.sym.linalg.extracttrian(s),
    'makediag': mx.sym.linalg.makediag(s), 'maketrian': mx.sym.linalg.maketrian(s),
    'argmax axis': mx.sym.argmax(s, axis=0), 'argmin axis': mx.sym.argmin(s, axis=-1),
    'argmax': mx.sym.argmax(s),
    'argmax keepdims': mx.sym.argmax(s, axis=0, keepdims=True), 'argmin keepdims': mx.sym.argmin(s, axis=-1, keepdims=True),
    'pick': mx.sym.pick(s, s1), 'pick of v': mx.sym.pick(s, v), 'pick axis 0': mx.sym.pick(s, s1, axis=0),
    'pick axis None': mx.sym.pick(s, s1, axis=None),
    'choose_element_0index': mx.sym.choose_element_0index(s, s1),
    'sample_normal': mx.sym.sample_normal(s, s1), 'sample_normal of v': mx.sym.sample_normal(s, v),
    'sample_normal shape': mx.sym.sample_normal(s, s1, shape=(2,)),
    'sample_exponential': mx.sym.sample_exponential(s), 'sample_poisson': mx.sym.sample_poisson(s),
    'sample_gamma': mx.sym.sample_gamma(s, s1), 'sample_multinomial': mx.sym.sample_multinomial(s),
    'ROIPooling': mx.sym.ROIPooling(s, v, pooled_size=(1, 1), spatial_scale=1.0),
    'Correlation': mx.sym.Correlation(s, v), 'Correlation second': mx.sym.Correlation(v, s),
    'softmax_cross_entropy': mx.sym.softmax_cross_entropy(s, v),
    'ctc_loss': mx.sym.ctc_loss(s, v),
    'BilinearSampler': mx.sym.BilinearSampler(s, v),
    'diag': mx.sym.diag(s), 'diag k': mx.sym.diag(s, k=2), 'diag axes': mx.sym.diag(s, axis1=0, axis2=2),
    'diag same axis': mx.sym.diag(s, axis1=-1, axis2=0),
    'argmax_channel': mx.sym.argmax_channel(s),
    'im2col': mx.sym.im2col(s, kernel=(1, 1)), 'im2col 1-D': mx.sym.im2col(s, kernel=(1,)),
}
for name, y in cases.items():
    for method in ('infer_shape', 'infer_shape_partial'):
        try:
            print(name, method, getattr(y, method)(x=(4,)))
        except mx.base.MXNetError as e:
            print(name, method, 'MXNetError', last_line(e))

mx.npx.set_np()
for name, call in [('diag', lambda: mx.nd.diag(mx.nd.array(3))),
                   ('diag axes', lambda: mx.nd.diag(mx.nd.array(3), axis1=-1, axis2=3)),
                   ('diag same axis', lambda: mx.nd.diag(mx.nd.array(3), axis1=0, axis2=-1)),
                   ('argmax_channel', lambda: mx.nd.argmax_channel(mx.nd.array(3))),
                   ('argmax keepdims', lambda: mx.nd.argmax(mx.nd.array(3), axis=0, keepdims=True)),
                   ('argmin', lambda: mx.nd.argmin(mx.nd.array(3), axis=-1)),
                   ('argmax axis 1', lambda: mx.nd.argmax(mx.nd.array(3), axis=1)),
                   ('im2col 0-d', lambda: mx.nd.im2col(mx.nd.array(3), kernel=(1, 1))),
                   ('im2col 1-D', lambda: mx.nd.im2col(mx.nd.ones((3,)), kernel=(1,))),
                   ('im2col 2-D', lambda: mx.nd.im2col(mx.nd.ones((2, 3)), kernel=(1, 1, 1)))]:
    try:
        print(name, call())
    except mx.base.MXNetError as e:
        print(name, 'MXNetError', last_line(e))
