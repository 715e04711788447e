"""im2col/col2im infer 1-D and 3-D kernels' shapes but fail when read; GridGenerator and SpatialTransformer read target_shape's first two entries."""
import mxnet as mx
nd = mx.nd

for make in [lambda: nd.im2col(nd.ones((1, 1, 4)), kernel=(2,)),
             lambda: nd.col2im(nd.ones((1, 2, 3)), output_size=(4,), kernel=(2,)),
             lambda: nd.im2col(nd.ones((1, 1, 4, 4, 4)), kernel=(2, 2, 2)),
             lambda: nd.col2im(nd.ones((1, 8, 8)), output_size=(3, 3, 3), kernel=(2, 2, 2))]:
    r = make()
    print(r.shape)
    try:
        r.asnumpy()
    except mx.base.MXNetError as e:
        print('read refused:', 'Check failed' in str(e))
x = nd.arange(18).reshape((1, 2, 3, 3))
print(nd.im2col(x, kernel=(2, 2), pad=(1, 0)).asnumpy().tolist())
theta = nd.array([[1.1, 0.1, 0.05, -0.2, 0.9, 0.125]])
for target in [(3, 4, 5), (2, 3, 0), '(2, 3, 7)']:
    g = nd.GridGenerator(theta, transform_type='affine', target_shape=target)
    print(target, g.shape, g.asnumpy().tobytes().hex())
s = nd.SpatialTransformer(nd.arange(12).reshape((1, 1, 3, 4)), theta, target_shape=(2, 2, 9), transform_type='affine',
                          sampler_type='bilinear')
print(s.shape, s.asnumpy().tobytes().hex())
