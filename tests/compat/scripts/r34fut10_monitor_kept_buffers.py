"""An executor's monitor sees the hidden work arrays of LRN, max Pooling, L2Normalization, GridGenerator, SpatialTransformer, BilinearSampler, Correlation, ROIPooling and CTCLoss (names, shapes, dtypes; values where MXNet writes them)."""
# recorded on AVX2
import ctypes
import mxnet as mx
import numpy as np
from mxnet.base import py_str

np.set_printoptions(precision=5, linewidth=150)
d, l = mx.sym.Variable('data'), mx.sym.Variable('l')
x4 = mx.nd.array(np.random.RandomState(0).uniform(0.1, 1, (2, 4, 6, 6)))
# MXNet leaves these as they were (CTCLoss's gradient is written only for a backward, not always then)
unwritten = ('lrn_tmp_norm', 'pool_workspace', 'gpool_workspace', 'bs_tmp', 'ctc_output1')

cases = [
    (mx.sym.LRN(d, nsize=3, name='lrn'), {'data': x4}),
    (mx.sym.Pooling(d, kernel=(2, 2), pool_type='max', name='pool'), {'data': x4}),
    (mx.sym.Pooling(d, kernel=(2, 2), pool_type='max', global_pool=True, name='gpool'), {'data': x4}),
    (mx.sym.Pooling(d, kernel=(2, 2), pool_type='avg', name='apool'), {'data': x4}),
    (mx.sym.Pooling(d, kernel=(2, 2), pool_type='max', layout='NHWC', name='hpool'), {'data': x4}),
    (mx.sym.L2Normalization(d, name='l2n'), {'data': x4}),
    (mx.sym.L2Normalization(d, mode='channel', name='l2c'), {'data': x4}),
    (mx.sym.L2Normalization(d, mode='spatial', name='l2s'), {'data': x4}),
    (mx.sym.GridGenerator(d, transform_type='affine', target_shape=(3, 4), name='gga'),
     {'data': mx.nd.array([[1, 0.2, 0, 0.1, 1, 0]])}),
    (mx.sym.GridGenerator(d, transform_type='warp', name='ggw'), {'data': mx.nd.zeros((1, 2, 3, 4))}),
    (mx.sym.ROIPooling(d, l, pooled_size=(2, 3), spatial_scale=0.8, name='rp'),
     {'data': x4, 'l': mx.nd.array([[0, 0, 0, 2, 2], [1, 1, 1, 4, 4], [1, -5, -5, -3, -3]])}),
    (mx.sym.BilinearSampler(d, l, name='bs'), {'data': x4, 'l': mx.nd.zeros((2, 2, 3, 3))}),
    (mx.sym.SpatialTransformer(d, l, target_shape=(3, 3), transform_type='affine', sampler_type='bilinear',
                               name='st'), {'data': x4, 'l': mx.nd.array([[1, 0.1, 0, 0, 0.9, 0.2]] * 2)}),
    (mx.sym.Correlation(d, l, kernel_size=1, max_displacement=1, pad_size=1, name='co'), {'data': x4, 'l': x4 * 2}),
    (mx.sym.ctc_loss(d, l, name='ctc'),
     {'data': mx.nd.array(np.random.RandomState(1).uniform(size=(3, 2, 5))), 'l': mx.nd.array([[1, 2], [1, 0]])}),
]


def show(name, handle):
    name = py_str(name)
    value = mx.nd.NDArray(ctypes.cast(handle, mx.base.NDArrayHandle), writable=False).asnumpy()
    print("  ", name, value.shape, value.dtype, "-" if name in unwritten else value.ravel()[:8])


for sym, args in cases:
    for req, monitor_all in (('null', False), ('write', True)):
        print(sym.name, req, monitor_all)
        grads = None if req == 'null' else {k: mx.nd.zeros(v.shape) for k, v in args.items()}
        ex = sym.bind(mx.cpu(), args, args_grad=grads, grad_req=req)
        ex.set_monitor_callback(show, monitor_all=monitor_all)
        ex.forward(is_train=False)
        mx.nd.waitall()
