"""CTCLoss, SpatialTransformer, quantize and legacy operators refuse enumerated and missing parameters in MXNet's words."""
import mxnet as mx

o = mx.nd.ones((2, 2))
d3 = mx.nd.ones((3, 2, 4))
img, theta = mx.nd.ones((1, 1, 2, 2)), mx.nd.ones((1, 6))
calls = [
    lambda: mx.nd.ctc_loss(d3, o, blank_label='foo'),
    lambda: mx.nd.ctc_loss(d3, o, blank_label=None),
    lambda: mx.nd.contrib.CTCLoss(d3, o, blank_label='x'),
    lambda: mx.gluon.loss.CTCLoss()(d3.swapaxes(0, 1), o),
    lambda: mx.nd.SpatialTransformer(img, theta, target_shape=(2, 2), transform_type='warp', sampler_type='bilinear'),
    lambda: mx.nd.SpatialTransformer(img, theta, target_shape=(2, 2), transform_type='affine', sampler_type='nearest'),
    lambda: mx.nd.SpatialTransformer(img, theta, target_shape=(2, 2), transform_type=None, sampler_type='bilinear'),
    lambda: mx.nd.SpatialTransformer(img, theta, target_shape=(2, 2), sampler_type='bilinear'),
    lambda: mx.nd.contrib.quantize(o, mx.nd.zeros((1,)), mx.nd.ones((1,)), out_type='int32'),
    lambda: mx.nd.contrib.quantize(o, mx.nd.zeros((1,)), mx.nd.ones((1,)), out_type=None),
    lambda: mx.sym.SpatialTransformer(mx.sym.var('a'), mx.sym.var('b'), target_shape=(2, 2), transform_type='x',
                                      sampler_type='bilinear'),
    lambda: mx.sym.ctc_loss(mx.sym.var('a'), mx.sym.var('b'), blank_label='x'),
    lambda: mx.nd.random_randint(low=0, shape=(2,)),
    lambda: mx.nd.random_randint(ctx=None),
    lambda: mx.nd.Convolution_v1(mx.nd.ones((1, 1, 3, 3)), mx.nd.ones((1, 1, 2, 2)), kernel=(2, 2), no_bias=True),
]
for i, call in enumerate(calls):
    try:
        r = call()
        print(i, 'ok', r.shape if hasattr(r, 'shape') else r)
    except mx.base.MXNetError as e:
        print(i, str(e).split('\n')[0].replace('MXNetError: ', ''))
