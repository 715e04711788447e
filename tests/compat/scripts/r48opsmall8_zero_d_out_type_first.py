"""An op that reads a legacy 0-d input at an out= array's shape checks the out= array's type before its kernel refuses the size."""
import mxnet as mx
from _call_read import arr, show


nd = mx.nd
for out_dtype in ['float32', 'float64', 'int8', 'bool']:
    for size in [(1,), (2,), (2, 3)]:
        show(f'Cast {out_dtype} {size}', lambda: nd.Cast(arr(()), dtype='float64', out=arr(size, out_dtype)))
        show(f'Cast bool {out_dtype} {size}', lambda: nd.Cast(arr((), 'bool'), dtype='int8', out=arr(size, out_dtype)))
    show(f'identity {out_dtype}', lambda: nd.identity(arr(()), out=arr((2,), out_dtype)))
    show(f'BlockGrad {out_dtype}', lambda: nd.BlockGrad(arr(()), out=arr((2,), out_dtype)))
    show(f'make_loss {out_dtype}', lambda: nd.make_loss(arr(()), out=arr((2,), out_dtype)))
    show(f'reverse {out_dtype}', lambda: nd.reverse(arr(()), axis=0, out=arr((2,), out_dtype)))
    show(f'SoftmaxActivation {out_dtype}', lambda: nd.SoftmaxActivation(arr(()), out=arr((2,), out_dtype)))
mx.nd.waitall()
