"""SwapAxis over a bool array refuses an out= array of another shape, then of another type (the older interface's words), before its type switch, run as MXNet creates the operator, refuses bool (in a graph without the node's name)."""
import mxnet as mx
from _call_read import arr, show


nd = mx.nd
for dtype in ['bool', 'float32']:
    for size in [(2, 3), (0, 3), (2, 3, 4)]:
        for out_size, out_dtype in [((3, 2), 'float32'), ((3, 2), 'bool'), ((2, 3), 'float32'), ((3, 0), 'float32'),
                                    ((), 'float32'), ((3, 2), 'int32')]:
            show(f'SwapAxis {dtype} {size} {out_dtype} {out_size}',
                 lambda: nd.SwapAxis(arr(size, dtype), dim1=0, dim2=1, out=arr(out_size, out_dtype)))
        show(f'SwapAxis dim2=5 {dtype} {size}', lambda: nd.SwapAxis(arr(size, dtype), dim1=0, dim2=5,
                                                                    out=arr((2, 3), 'int32')))
        show(f'swapaxes method {dtype} {size}', lambda: arr(size, dtype).swapaxes(0, 1))
        x = arr(size, dtype)
        if 0 not in size:
            x.attach_grad()

        def recorded():
            with mx.autograd.record():
                return nd.SwapAxis(x, dim1=0, dim2=1, out=arr((3, 2), 'float32'))
        show(f'SwapAxis recorded {dtype} {size}', recorded)
swapped = mx.sym.SwapAxis(mx.sym.var('x'), dim1=0, dim2=1)
for dtype in ['bool', 'float32']:
    show(f'bound SwapAxis {dtype}', lambda: swapped.bind(mx.cpu(), {'x': arr((2, 3), dtype)}).forward()[0])
mx.nd.waitall()
