"""Under legacy shapes a 0 dimension is unknown: the operators whose shape inference passes it on (Dropout, LeakyReLU, UpSampling, Crop, L2Normalization, GridGenerator, SVMOutput, Correlation, BatchNorm, MakeLoss, Pooling_v1, Convolution_v1, GroupNorm) fail to allocate their output, those whose inference stops there list each output unknown, and add_n's failed inference lists num_args, as in MXNet."""
import mxnet as mx
import numpy as np


def empty(*shape):
    return mx.nd.array(np.zeros(shape, np.float32))


ones = mx.nd.ones
CASES = [
    ('Dropout', lambda: mx.nd.Dropout(empty(0, 3))), ('Dropout p', lambda: mx.nd.Dropout(empty(0, 3), p=0.3)),
    ('LeakyReLU', lambda: mx.nd.LeakyReLU(empty(0, 3))),
    ('LeakyReLU elu', lambda: mx.nd.LeakyReLU(empty(0, 3), act_type='elu')),
    ('LeakyReLU prelu', lambda: mx.nd.LeakyReLU(empty(0, 3), ones((3,)), act_type='prelu')),
    ('UpSampling', lambda: mx.nd.UpSampling(empty(0, 1, 2, 2), scale=2, sample_type='nearest')),
    ('Crop', lambda: mx.nd.Crop(empty(0, 1, 4, 4), h_w=(2, 2))),
    ('L2Normalization', lambda: mx.nd.L2Normalization(empty(0, 3))),
    ('GridGenerator', lambda: mx.nd.GridGenerator(empty(0, 6), transform_type='affine', target_shape=(2, 2))),
    ('SVMOutput', lambda: mx.nd.SVMOutput(empty(0, 3), empty(0))),
    ('Correlation', lambda: mx.nd.Correlation(empty(0, 1, 4, 4), empty(0, 1, 4, 4))),
    ('BatchNorm', lambda: mx.nd.BatchNorm(empty(0, 3), ones((3,)), ones((3,)), ones((3,)), ones((3,)))),
    ('MakeLoss', lambda: mx.nd.MakeLoss(empty(0, 3))),
    ('Pooling_v1', lambda: mx.nd.Pooling_v1(empty(0, 1, 4, 4), kernel=(2, 2))),
    ('Convolution_v1', lambda: mx.nd.Convolution_v1(empty(0, 1, 4, 4), ones((1, 1, 2, 2)), kernel=(2, 2), num_filter=1,
                                                    no_bias=True)),
    ('GroupNorm', lambda: mx.nd.GroupNorm(empty(0, 2, 2), ones((1,)), ones((1,)))),
    ('LayerNorm', lambda: mx.nd.LayerNorm(empty(0, 3), ones((3,)), ones((3,)))),
    ('add_n', lambda: mx.nd.add_n(empty(0, 3), empty(0, 3), empty(0, 3))),
    ('add_n num_args', lambda: mx.nd.add_n(empty(0, 3), empty(0, 3), num_args=2)),
    ('ElementWiseSum', lambda: mx.nd.ElementWiseSum(empty(0, 3), empty(0, 3))),
    ('SpatialTransformer', lambda: mx.nd.SpatialTransformer(empty(0, 1, 4, 4), empty(0, 6), target_shape=(2, 2),
                                                            transform_type='affine', sampler_type='bilinear')),
    ('BilinearSampler', lambda: mx.nd.BilinearSampler(empty(0, 1, 4, 4), empty(0, 2, 2, 2))),
    ('count_sketch', lambda: mx.nd.contrib.count_sketch(empty(0, 3), ones((3,)), ones((3,)), out_dim=2)),
    ('Proposal', lambda: mx.nd.contrib.Proposal(empty(0, 2, 2, 2), empty(0, 4, 2, 2), ones((1, 3)))),
    ('DeformableConvolution', lambda: mx.nd.contrib.DeformableConvolution(
        empty(0, 1, 4, 4), empty(0, 8, 3, 3), ones((1, 1, 2, 2)), kernel=(2, 2), num_filter=1, no_bias=True)),
    ('SyncBatchNorm', lambda: mx.nd.contrib.SyncBatchNorm(empty(0, 3), ones((3,)), ones((3,)), ones((3,)), ones((3,)),
                                                          key='a')),
    ('max', lambda: mx.nd.max(empty(0, 3))), ('norm out', lambda: mx.nd.norm(empty(0, 3), out=ones((1,)))),
]
for name, run in CASES:
    try:
        print(name, 'ran', run().shape)
    except mx.base.MXNetError as e:
        print(name, str(e).replace('\n', ' | '))
