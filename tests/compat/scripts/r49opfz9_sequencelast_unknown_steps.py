"""SequenceLast over legacy data of unknown (0) steps infers its output from the other axes, known, and refuses an out= array of another shape against it, as MXNet does."""
import mxnet as mx
from _call_read import arr, show


nd = mx.nd
for dtype in ['float32', 'int32']:
    for size, axis in [((0, 3, 4), 0), ((2, 0, 4), 1), ((0, 3), 0)]:
        for out_size in [(2, 4), (3,), (4,), (0, 4), (2, 3), (3, 4, 1)]:
            if out_size == size[:axis] + size[axis + 1:]:
                continue        # (MXNet's kernel then reads past the data)
            show(f'SequenceLast {dtype} {size} axis={axis} out {out_size}',
                 lambda: nd.SequenceLast(arr(size, dtype), axis=axis, out=arr(out_size, dtype)))
mx.nd.waitall()
