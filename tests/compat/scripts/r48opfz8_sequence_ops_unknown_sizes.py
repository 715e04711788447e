"""InstanceNorm and the Sequence ops over legacy data of a zero (unknown) size past the batch axis pass shape inference with an output of unknown size, which fails to be allocated at the call or is refused by the out= check, and SpatialTransformer's failed inference over such data lists its attributes."""
import mxnet as mx
import numpy as np
from _call_sum import show

nd = mx.nd


def full(shape, dtype='float32'):
    return nd.array(np.full(shape, 2.0), dtype=dtype)


for ds in [(2, 3, 0), (2, 3, 0, 4), (2, 3, 4, 0), (2, 3, 0, 0)]:
    show(f'SequenceMask {ds}', lambda: nd.SequenceMask(full(ds)))
    show(f'SequenceMask lengths {ds}', lambda: nd.SequenceMask(full(ds), full((3,)), use_sequence_length=True))
    show(f'SequenceLast {ds}', lambda: nd.SequenceLast(full(ds)))
    show(f'SequenceReverse {ds}', lambda: nd.SequenceReverse(full(ds)))
    show(f'InstanceNorm {ds}', lambda: nd.InstanceNorm(full(ds), full((3,)), full((3,))))
    show(f'SequenceMask out {ds}', lambda: nd.SequenceMask(full(ds), out=full((2, 3, 4))))
    show(f'SequenceLast out {ds}', lambda: nd.SequenceLast(full(ds), out=full((3, 4))))
    show(f'InstanceNorm out {ds}', lambda: nd.InstanceNorm(full(ds), full((3,)), full((3,)), out=full((2, 3, 4))))
for ds, ls in [((1, 3, 0, 4), (1, 6)), ((1, 3, 4, 0), (1, 6)), ((0, 3, 4, 4), (0, 6)), ((1, 3, 4, 4), (0, 6))]:
    show(f'SpatialTransformer {ds} {ls}', lambda: nd.SpatialTransformer(full(ds), full(ls), target_shape=(4, 4),
                                                                       transform_type='affine',
                                                                       sampler_type='bilinear'))
