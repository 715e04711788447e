"""depth_to_space and space_to_depth check their block against the shape (shape inference) before their kernel refuses bool, and argmax_channel's, argmax's and argmin's kernels check their axis, and return over no elements, before their type switch refuses bool (over a 0-d array's one axis not kept, at the call), as MXNet does."""
import mxnet as mx
from _call_read import arr, show


nd = mx.nd
for dtype in ['bool', 'float32', 'int8']:
    for size, block in [((1, 1, 2, 3), 2), ((1, 4, 1, 3), 2), ((1, 1, 2, 2), 2), ((1, 1, 2, 2), 0), ((2, 3), 2),
                        ((1, 8, 2, 2), 2), ((1, 2, 4, 4), -2)]:
        show(f'space_to_depth {dtype} {size} {block}', lambda: nd.space_to_depth(arr(size, dtype), block))
        show(f'depth_to_space {dtype} {size} {block}', lambda: nd.depth_to_space(arr(size, dtype), block))
for np_shape in [False, True]:
    with mx.util.np_shape(np_shape):
        for dtype in ['bool', 'float32']:
            for size in [(4,), (0,), (), (2, 3), (2, 0), (0, 3)]:
                show(f'argmax_channel np_shape={np_shape} {dtype} {size}', lambda: nd.argmax_channel(arr(size, dtype)))
                for axis in [None, 0, -1]:
                    for keepdims in [False, True]:
                        show(f'argmax np_shape={np_shape} {dtype} {size} {axis} {keepdims}',
                             lambda: nd.argmax(arr(size, dtype), axis=axis, keepdims=keepdims))
                        show(f'argmin np_shape={np_shape} {dtype} {size} {axis} {keepdims}',
                             lambda: nd.argmin(arr(size, dtype), axis=axis, keepdims=keepdims))
mx.nd.waitall()
