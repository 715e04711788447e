"""SwapAxis over a bool array of unknown (legacy 0) sizes fails shape inference before its operator refuses the bool type."""
import mxnet as mx
from _call_read import arr, show


nd = mx.nd
for dtype in ['bool', 'float32', 'int8']:
    for size in [(0, 3), (3, 0), (2, 0, 4), (0,), (3,), (2, 3)]:
        show(f'SwapAxis {dtype} {size}', lambda: nd.SwapAxis(arr(size, dtype), dim1=0, dim2=1))
        show(f'SwapAxis {dtype} {size} same', lambda: nd.SwapAxis(arr(size, dtype)))
        show(f'swapaxes {dtype} {size}', lambda: arr(size, dtype).swapaxes(0, -1))
        show(f'SwapAxis {dtype} {size} out', lambda: nd.SwapAxis(arr(size, dtype), dim1=0, dim2=1,
                                                                   out=arr((3, 2), dtype)))
mx.nd.waitall()
