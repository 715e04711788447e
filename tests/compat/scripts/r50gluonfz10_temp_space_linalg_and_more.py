"""Called on healthy arrays, nd.where, nd.log and nd.negative take none of MXNet's four CPU temp space copies, while identity, reverse, linalg det, inverse, gelqf and syevd, multi_sum_sq, moments, SequenceLast, space_to_depth, depth_to_space, ravel_multi_index, unravel_index, contrib index_array, allclose and box_nms, and SpatialTransformer take one: the copy holding a failed kernel's error is met that much sooner by the next uniform draw, as MXNet does."""
# recorded on AMD AVX2
import mxnet as mx
from mxnet import nd

from _temp_space import first_failing_draw, settle

bad = nd.array([[-1., 0], [0, 1]])
a = nd.arange(4).reshape(2, 2) + 1
b = nd.ones((2, 2))
c = nd.array([[1, 0], [0, 1]])
sq = nd.array([[2., 1], [1, 3]])


cases = [
    ('nothing', lambda: None), ('where', lambda: nd.where(c, a, b)), ('where of rows', lambda: nd.where(nd.array([1, 0]), a, b)),
    ('np where', lambda: mx.np.where(c.as_np_ndarray(), a.as_np_ndarray(), b.as_np_ndarray())),
    ('identity', lambda: nd.identity(a)), ('log', lambda: nd.log(a)), ('negative', lambda: nd.negative(a)),
    ('reverse', lambda: nd.reverse(a, axis=0)), ('det', lambda: nd.linalg.det(sq)), ('inverse', lambda: nd.linalg.inverse(sq)),
    ('slogdet', lambda: nd.linalg.slogdet(sq)), ('gelqf', lambda: nd.linalg.gelqf(sq)), ('syevd', lambda: nd.linalg.syevd(sq)),
    ('multi_sum_sq', lambda: nd.multi_sum_sq(a, b, num_arrays=2)), ('moments', lambda: nd.moments(a, axes=(0,))),
    ('SequenceLast', lambda: nd.SequenceLast(nd.ones((2, 2, 1)))),
    ('SequenceLast of lengths', lambda: nd.SequenceLast(nd.ones((2, 2, 1)), nd.array([1, 2]), use_sequence_length=True)),
    ('space_to_depth', lambda: nd.space_to_depth(nd.ones((1, 1, 2, 2)), 2)),
    ('depth_to_space', lambda: nd.depth_to_space(nd.ones((1, 4, 1, 1)), 2)),
    ('ravel_multi_index', lambda: nd.ravel_multi_index(nd.array([[0], [1]]), shape=(2, 2))),
    ('unravel_index', lambda: nd.unravel_index(nd.array([1]), shape=(2, 2))),
    ('index_array', lambda: nd.contrib.index_array(a)), ('allclose', lambda: nd.contrib.allclose(a, a)),
    ('box_nms', lambda: nd.contrib.box_nms(nd.ones((1, 6)))),
    ('SpatialTransformer', lambda: nd.SpatialTransformer(nd.ones((1, 1, 4, 4)), nd.array([[1, 0, 0, 0, 1, 0]]),
                                                         target_shape=(2, 2), transform_type='affine',
                                                         sampler_type='bilinear')),
]
for name, call in cases:
    y = nd.linalg.potrf(bad) + 1
    call()
    print(name, first_failing_draw())
    settle()
