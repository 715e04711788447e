"""SequenceReverse over a legacy 0-d array passes shape inference with an unknown output: an out= array fails the output check, else at the call bool fails the type switch, then the axis check, then reading the time axis."""
import mxnet as mx
from _call_read import arr, show


for dt in ['float32', 'float64', 'float16', 'int32', 'int8', 'int64', 'bool']:
    show(f'{dt}', lambda: mx.nd.SequenceReverse(arr((), dt)))
    show(f'{dt} out (2,3)', lambda: mx.nd.SequenceReverse(arr((), dt), out=arr((2, 3), dt)))
    show(f'{dt} out 0-d', lambda: mx.nd.SequenceReverse(arr((), dt), out=arr((), dt)))
    show(f'{dt} out float64', lambda: mx.nd.SequenceReverse(arr((), dt), out=arr((2, 3), 'float64')))
    show(f'{dt} axis 0', lambda: mx.nd.SequenceReverse(arr((), dt), axis=0))
    show(f'{dt} axis 1', lambda: mx.nd.SequenceReverse(arr((), dt), axis=1))
    show(f'{dt} lengths', lambda: mx.nd.SequenceReverse(arr((), dt), arr((2,)), use_sequence_length=True))
    show(f'{dt} 0-d lengths', lambda: mx.nd.SequenceReverse(arr((), dt), arr(()), use_sequence_length=True))
show('lengths missing', lambda: mx.nd.SequenceReverse(arr(()), use_sequence_length=True))
show('by keyword', lambda: mx.nd.SequenceReverse(data=arr(()), axis=0))
with mx.autograd.record():
    show('recorded', lambda: mx.nd.SequenceReverse(arr(())))
    show('recorded out', lambda: mx.nd.SequenceReverse(arr(()), out=arr((2,))))
with mx.util.np_shape(True):
    show('np_shape', lambda: mx.nd.SequenceReverse(arr(())))
