"""Dropout counts its out= arrays and checks their shape and type (after its parameters and axes) before it draws a mask, so a refused call leaves the random stream as it was (fft and ifft count theirs before refusing the CPU)."""
import mxnet as mx
from _call_read import arr, show


nd = mx.nd


def next_mask(tag):
    show(f'{tag} next', lambda: nd.Dropout(arr((2, 10), 'float16'), p=0.5, mode='always') != 0)


calls = {
    'no out': lambda: nd.Dropout(arr((2, 3)), p=0.5, mode='always'),
    'out': lambda: nd.Dropout(arr((2, 3)), p=0.5, mode='always', out=arr((2, 3))),
    'out float64': lambda: nd.Dropout(arr((2, 3)), p=0.5, mode='always', out=arr((2, 3), 'float64')),
    'out (3, 3)': lambda: nd.Dropout(arr((2, 3)), p=0.5, mode='always', out=arr((3, 3))),
    'float16 out float32': lambda: nd.Dropout(arr((2, 3), 'float16'), p=0.5, mode='always', out=arr((2, 3))),
    'int32': lambda: nd.Dropout(arr((2, 3), 'int32'), p=0.5, mode='always', out=arr((2, 3), 'int32')),
    'p=2 out (3, 3)': lambda: nd.Dropout(arr((2, 3)), p=2.0, mode='always', out=arr((3, 3))),
    'p=x out (3, 3)': lambda: nd.Dropout(arr((2, 3)), p='x', mode='always', out=arr((3, 3))),
    'axes=(5,) out (3, 3)': lambda: nd.Dropout(arr((2, 3)), axes=(5,), mode='always', out=arr((3, 3))),
    'axes=(1,) out (2, 1)': lambda: nd.Dropout(arr((2, 3)), axes=(1,), mode='always', out=arr((2, 1))),
    'unknown out (0, 3)': lambda: nd.Dropout(arr((0, 3)), mode='always', out=arr((0, 3))),
}
for tag, call in calls.items():
    mx.random.seed(5)
    show(tag, call)
    next_mask(tag)
x = arr((2, 3))
x.attach_grad()


def recorded():
    with mx.autograd.record():
        return nd.Dropout(x, p=0.5, out=arr((3, 3)))


mx.random.seed(5)
show('recorded out (3, 3)', recorded)
next_mask('recorded')
for name, transform in [('fft', nd.contrib.fft), ('ifft', nd.contrib.ifft)]:
    show(f'{name} two out= arrays', lambda: transform(arr((2, 3)), out=[arr((2, 6)), arr((2, 6))])[0])
mx.random.seed(5)
show('Dropout three out= arrays', lambda: nd.Dropout(arr((2, 3)), mode='always', out=[arr((2, 3))] * 3)[0])
next_mask('three out= arrays')
mx.nd.waitall()
