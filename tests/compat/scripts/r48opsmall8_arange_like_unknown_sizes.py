"""arange_like over legacy data of unknown (0) sizes or rank (0-d) counts over an out= array's shape, and without one its kernel at the call fails to size the output, bool's type switch first."""
import mxnet as mx
from _call_read import arr, show


arange_like = mx.nd.contrib.arange_like
for dt in ['bool', 'float32', 'int8', 'float16']:
    for s in [(0, 3), (2, 0), (0,), ()]:
        show(f'{dt} {s}', lambda: arange_like(arr(s, dt)))
        show(f'{dt} {s} axis 0', lambda: arange_like(arr(s, dt), axis=0))
        show(f'{dt} {s} axis 1', lambda: arange_like(arr(s, dt), axis=1))
        show(f'{dt} {s} axis -1 repeat 2', lambda: arange_like(arr(s, dt), axis=-1, repeat=2))
        show(f'{dt} {s} out (2,3)', lambda: arange_like(arr(s, dt), out=arr((2, 3), dt)))
        show(f'{dt} {s} out float32', lambda: arange_like(arr(s, dt), out=arr((2, 3), 'float32')))
        show(f'{dt} {s} axis 1 out (3,)', lambda: arange_like(arr(s, dt), axis=1, out=arr((3,), dt)))
        show(f'{dt} {s} out (0,3)', lambda: arange_like(arr(s, dt), out=arr((0, 3), dt)))
show('bool axis 5', lambda: arange_like(arr((2, 3), 'bool'), axis=5))
show('axis 0 out (5,)', lambda: arange_like(arr((0, 3)), axis=0, out=arr((5,))))
show('axis 1 out (5,)', lambda: arange_like(arr((0, 3)), axis=1, out=arr((5,))))
show('start step repeat', lambda: arange_like(arr((0, 3)), start=2, step=0.5, repeat=2, out=arr((2, 3))))
show('int32 negative repeat', lambda: arange_like(arr((2, 0), 'int32'), start=2, step=3, repeat=-2,
                                                  out=arr((2, 3), 'int32')))
show('0-d start step repeat', lambda: arange_like(arr(()), start=1, step=2, repeat=2, out=arr((5,))))
show('0-d start', lambda: arange_like(arr(()), start=1))
show('0-d by keyword', lambda: arange_like(data=arr(())))
x = arr((0, 3))
with mx.autograd.record():
    show('recorded', lambda: arange_like(x, out=arr((2, 3))))
    show('recorded 0-d', lambda: arange_like(arr(())))
with mx.util.np_shape(True):
    show('np_shape 0-d', lambda: arange_like(arr(())))
mx.nd.waitall()
