"""Bilinear UpSampling and LRN over legacy data of zero (unknown) sizes fail shape inference before inferring any output (listing an out= array's shape as given), nearest UpSampling checks that its inputs divide an unknown height or width scaled below zero (C's remainder) and its kernel refuses an unknown channel count at the call, and SoftmaxOutput's label check prints the unknown sizes as -1."""
import mxnet as mx
import numpy as np
from _call_sum import show

nd = mx.nd


def full(shape, dtype='float32'):
    return nd.array(np.full(shape, 2.0), dtype=dtype)


for ds in [(0, 3, 4, 4), (1, 0, 4, 4), (1, 3, 0, 4), (1, 3, 4, 0)]:
    for ws in [(3, 1, 4, 4), (0, 1, 4, 4), (1, 1, 4, 4)]:
        show(f'bilinear {ds} {ws}', lambda: nd.UpSampling(full(ds), full(ws), scale=2, sample_type='bilinear',
                                                           num_filter=3))
    show(f'bilinear {ds} out', lambda: nd.UpSampling(full(ds), full((3, 1, 4, 4)), scale=2, sample_type='bilinear',
                                                     num_filter=3, out=full((1, 3, 8, 8))))
    show(f'bilinear {ds} 3-D', lambda: nd.UpSampling(full(ds[:3]), full((3, 1, 4, 4)), scale=2,
                                                     sample_type='bilinear', num_filter=3))
    show(f'nearest {ds}', lambda: nd.UpSampling(full(ds), scale=2, sample_type='nearest'))
    if ds[1]:
        show(f'nearest {ds} two', lambda: nd.UpSampling(full(ds), full((1, 2, 4, 4)), scale=2,
                                                        sample_type='nearest', num_args=2))
    show(f'LRN {ds}', lambda: nd.LRN(full(ds), nsize=3))
    show(f'LRN {ds} out', lambda: nd.LRN(full(ds), nsize=3, out=full((1, 3, 4, 4))))
    show(f'SoftmaxOutput {ds}', lambda: nd.SoftmaxOutput(full(ds), full(ds[:1])))
