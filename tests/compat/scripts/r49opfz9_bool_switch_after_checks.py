"""depth_to_space and space_to_depth check their block against the shape (shape inference) before their kernel refuses bool, and argmax_channel's kernel checks its axis, and returns over no elements, before its type switch refuses bool, as MXNet does."""
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
mx.nd.waitall()
