"""Cast (and amp_cast) over legacy arrays of unknown (0) sizes into an out= array whose sizes complete the shape refuses an out= array of another type, as type inference follows the completed shape inference."""
import mxnet as mx
from _call_read import arr, show


nd = mx.nd
for dtype, out_dtype in [('float32', 'int32'), ('int32', 'float32'), ('bool', 'float32'), ('float16', 'bool')]:
    for size, out_size in [((0, 3), (2, 3)), ((0, 3), (3, 2)), ((0, 3), (0, 3)), ((0, 3), (3,)), ((3, 0), (3, 2)),
                           ((3, 0), (0, 3)), ((3, 0), (2, 3)), ((0,), (3,)), ((0,), (0, 3)), ((), (0, 3))]:
        show(f'Cast {dtype} {size} {out_dtype} {out_size}',
             lambda: nd.Cast(arr(size, dtype), dtype=dtype, out=arr(out_size, out_dtype)))
    show(f'amp_cast {dtype} {out_dtype}', lambda: nd.amp_cast(arr((0, 3), dtype), dtype=dtype,
                                                              out=arr((2, 3), out_dtype)))
mx.nd.waitall()
