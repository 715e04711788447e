# float16 inputs of the operators MXNet's CPU kernels refuse: where each refusal is raised
# recorded on AVX2
import mxnet as mx
from mxnet import nd

h = lambda *s: nd.ones(s, dtype='float16')
A = h(2, 2)
CASES = [
    ('linalg.gemm', lambda: nd.linalg.gemm(A, A, A)),
    ('linalg.gemm2', lambda: nd.linalg.gemm2(A, A)),
    ('linalg.potrf', lambda: nd.linalg.potrf(A)),
    ('linalg.syevd', lambda: nd.linalg.syevd(A)),
    ('linalg.inverse', lambda: nd.linalg.inverse(A)),
    ('dot', lambda: nd.dot(A, A)),
    ('batch_dot', lambda: nd.batch_dot(h(1, 2, 2), h(1, 2, 2))),
    ('Convolution 1-D', lambda: nd.Convolution(h(1, 2, 5), h(3, 2, 3), no_bias=True, kernel=(3,), num_filter=3)),
    ('Convolution 2-D', lambda: nd.Convolution(h(1, 2, 4, 4), h(3, 2, 3, 3), no_bias=True, kernel=(3, 3), num_filter=3)),
    ('Convolution 3-D', lambda: nd.Convolution(h(1, 2, 3, 3, 3), h(3, 2, 1, 1, 1), no_bias=True, kernel=(1, 1, 1),
                                               num_filter=3)),
    ('Deconvolution', lambda: nd.Deconvolution(h(1, 2, 5), h(2, 3, 3), no_bias=True, kernel=(3,), num_filter=3)),
    ('SpatialTransformer', lambda: nd.SpatialTransformer(h(1, 1, 4, 4), h(1, 6), target_shape=(2, 2),
                                                         transform_type='affine', sampler_type='bilinear')),
]
for label, make in CASES:
    try:
        out = make()
        for o in out if isinstance(out, (list, tuple)) else [out]:
            o.asnumpy()
        print(label, 'ok')
    except mx.base.MXNetError as e:
        lines = str(e).split('\n')
        print(label, '|', lines[1].strip(), '|', lines[-1][:60])
