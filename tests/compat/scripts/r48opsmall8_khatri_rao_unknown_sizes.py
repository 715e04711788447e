"""khatri_rao over legacy arrays of unknown (0) sizes infers its output, then its kernel's column and row checks fail: at the call for an output of unknown size, else when read."""
import mxnet as mx
from _call_read import arr, show


for dt in ['int8', 'float32', 'float16', 'bool']:
    show(f'{dt} (0,3)', lambda: mx.nd.khatri_rao(arr((0, 3), dt)))
    show(f'{dt} (0,0)', lambda: mx.nd.khatri_rao(arr((0, 0), dt)))
    show(f'{dt} (0,3)x2', lambda: mx.nd.khatri_rao(arr((0, 3), dt), arr((0, 3), dt)))
    show(f'{dt} (0,3)x3', lambda: mx.nd.khatri_rao(arr((0, 3), dt), arr((0, 3), dt), arr((0, 3), dt)))
    show(f'{dt} (0,3)(1,3)', lambda: mx.nd.khatri_rao(arr((0, 3), dt), arr((1, 3), dt)))
    show(f'{dt} (0,3)(2,3)(0,3)', lambda: mx.nd.khatri_rao(arr((0, 3), dt), arr((2, 3), dt), arr((0, 3), dt)))
    show(f'{dt} (0,3)(2,3)', lambda: mx.nd.khatri_rao(arr((0, 3), dt), arr((2, 3), dt)))
    show(f'{dt} (2,0,3)', lambda: mx.nd.khatri_rao(arr((2, 0, 3), dt)))
    show(f'{dt} (0,3) out (4,3)', lambda: mx.nd.khatri_rao(arr((0, 3), dt), out=arr((4, 3), dt)))
    show(f'{dt} (2,0) out (2,5)', lambda: mx.nd.khatri_rao(arr((2, 0), dt), out=arr((2, 5), dt)))
    show(f'{dt} (0,3) out (4,4)', lambda: mx.nd.khatri_rao(arr((0, 3), dt), out=arr((4, 4), dt)))
    show(f'{dt} (0,3) out (0,3)', lambda: mx.nd.khatri_rao(arr((0, 3), dt), out=arr((0, 3), dt)))
    show(f'{dt} (0,3) out (3,)', lambda: mx.nd.khatri_rao(arr((0, 3), dt), out=arr((3,), dt)))
    show(f'{dt} (0,3) out float64', lambda: mx.nd.khatri_rao(arr((0, 3), dt), out=arr((4, 3), 'float64')))
    show(f'{dt} (0,3) float64', lambda: mx.nd.khatri_rao(arr((0, 3), dt), arr((2, 3), 'float64')))
    show(f'{dt} (0,3)x2 out (2,3)', lambda: mx.nd.khatri_rao(arr((0, 3), dt), arr((0, 3), dt), out=arr((2, 3), dt)))
    show(f'{dt} (0,3)(2,3) out (5,3)', lambda: mx.nd.khatri_rao(arr((0, 3), dt), arr((2, 3), dt), out=arr((5, 3), dt)))
    show(f'{dt} (0,3)(2,3) out (0,3)', lambda: mx.nd.khatri_rao(arr((0, 3), dt), arr((2, 3), dt), out=arr((0, 3), dt)))
    show(f'{dt} (2,0)(3,0) out (0,4)', lambda: mx.nd.khatri_rao(arr((2, 0), dt), arr((3, 0), dt), out=arr((0, 4), dt)))
    show(f'{dt} (2,0) out (2,4,1)', lambda: mx.nd.khatri_rao(arr((2, 0), dt), out=arr((2, 4, 1), dt)))
    show(f'{dt} (2,3,4)(2,3) float64', lambda: mx.nd.khatri_rao(arr((2, 3, 4), dt), arr((2, 3), 'float64')))
    show(f'{dt} (2,3,4)', lambda: mx.nd.khatri_rao(arr((2, 3, 4), dt)))
mx.nd.waitall()
