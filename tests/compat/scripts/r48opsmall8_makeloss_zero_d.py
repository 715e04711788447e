"""MakeLoss over a legacy 0-d array: an out= array fails the output check against an unknown shape, else the operator's type check refuses non-floats and floats fail sizing an output of no valid rank."""
import mxnet as mx
from _call_read import arr, show


for dt in ['float32', 'float64', 'float16', 'int32', 'int8', 'uint8', 'int64', 'bool']:
    show(f'{dt}', lambda: mx.nd.MakeLoss(arr((), dt)))
    show(f'{dt} out (2,3)', lambda: mx.nd.MakeLoss(arr((), dt), out=arr((2, 3), dt)))
    show(f'{dt} out (1,)', lambda: mx.nd.MakeLoss(arr((), dt), out=arr((1,), dt)))
    show(f'{dt} out float64', lambda: mx.nd.MakeLoss(arr((), dt), out=arr((2, 3), 'float64')))
    show(f'{dt} normalization batch', lambda: mx.nd.MakeLoss(arr((), dt), normalization='batch'))
show('out 0-d', lambda: mx.nd.MakeLoss(arr(()), out=arr(())))
show('by keyword', lambda: mx.nd.MakeLoss(data=arr(()), grad_scale=2))
show('int32 by keyword', lambda: mx.nd.MakeLoss(data=arr((), 'int32'), valid_thresh=0.5))
show('bad normalization', lambda: mx.nd.MakeLoss(arr((), 'int8'), normalization='x'))
with mx.autograd.record():
    show('recorded', lambda: mx.nd.MakeLoss(arr(())))
    show('recorded int8', lambda: mx.nd.MakeLoss(arr((), 'int8')))
    show('recorded out', lambda: mx.nd.MakeLoss(arr((), 'int8'), out=arr((2,), 'int8')))
with mx.util.np_shape(True):
    show('np_shape', lambda: mx.nd.MakeLoss(arr(())))
    show('np_shape int32', lambda: mx.nd.MakeLoss(arr((), 'int32')))
show('bound graph', lambda: mx.sym.MakeLoss(mx.sym.var('a')).bind(mx.cpu(), {'a': arr(())}).forward()[0])
