"""A (de)convolution kernel of an unsupported rank fails at its own operator's check line from symbols too, and a symbol convolution with a zero stride or dilate fails shape inference with MXNet's check."""
import mxnet as mx


def show(label, fn):
    try:
        print(label, '|', fn())
    except Exception as e:
        text = str(e)
        if text.startswith('Error in operator') or 'Error in operator' in text.split('\n')[0]:
            text = text.split('] ', 1)[-1] if '] ../' in text else text     # drop the log line's time
        print(label, '| EXC', type(e).__name__, text)


x = mx.nd.ones((1, 1, 5, 5))
w = mx.nd.ones((2, 1, 3, 3))
b = mx.nd.ones(2)
for op in ['Convolution', 'Deconvolution']:
    for k in [(3, 3, 3, 3), ()]:
        show(f'nd {op} kernel={k}', lambda: getattr(mx.nd, op)(x, w, b, kernel=k, num_filter=2))
        show(f'sym {op} kernel={k}', lambda: getattr(mx.sym, op)(mx.sym.var('x'), kernel=k, num_filter=2))
    for key in ['stride', 'dilate']:
        for value in [(0, 0), (1, 0)]:
            show(f'sym {op} {key}={value}', lambda: getattr(mx.sym, op)(
                mx.sym.var('x'), kernel=(3, 3), num_filter=2, **{key: value}).infer_shape(x=(1, 1, 5, 5)))
            show(f'nd {op} {key}={value}', lambda: getattr(mx.nd, op)(
                x, w, b, kernel=(3, 3), num_filter=2, **{key: value}).shape)
show('sym Convolution stride=(2,2)', lambda: mx.sym.Convolution(
    mx.sym.var('x'), kernel=(3, 3), num_filter=2, stride=(2, 2)).infer_shape(x=(1, 1, 5, 5)))
