"""Convolution, FullyConnected and Deconvolution check their input count against no_bias in shape inference, as MXNet's shape functions do: a no_bias set after composing (or edited in a graph's JSON) fails infer_shape with the op's own check."""
# recorded on AVX2
import re

import mxnet as mx

x = mx.sym.var('x')
w = mx.sym.var('w')


def show(name, f):
    try:
        print(name, f())
    except Exception as e:
        text = str(e).splitlines()[-1] if 'Traceback' in str(e) else str(e)
        print(name, type(e).__name__, re.sub(r'\[\d\d:\d\d:\d\d\] ', '', text)[:200])


for op, kw, shape in [(mx.sym.Convolution, dict(num_filter=2, kernel=(3, 3)), (1, 1, 4, 4)),
                      (mx.sym.FullyConnected, dict(num_hidden=2), (2, 3)),
                      (mx.sym.Deconvolution, dict(num_filter=2, kernel=(3, 3)), (1, 1, 4, 4))]:
    s = op(x, w, no_bias=True, name='o', **kw)
    show('given', lambda: s.list_arguments())
    show('given infer', lambda: s.infer_shape(x=shape))
    s = op(x, name='o', **kw)
    show('default', lambda: (s.list_arguments(), s.infer_shape(x=shape)))
    s = op(x, no_bias=False, name='o', **kw)
    s._set_attr(no_bias='True')
    show('set', lambda: s.list_arguments())
    show('set infer', lambda: s.infer_shape(x=shape))
    show('set partial', lambda: s.infer_shape_partial())
    s = op(x, no_bias=True, name='o', **kw)
    s._set_attr(no_bias='False')
    show('unset', lambda: s.list_arguments())
    show('unset infer', lambda: s.infer_shape(x=shape))
    edited = op(x, no_bias=False, name='o', **kw).tojson().replace('"no_bias": "False"', '"no_bias": "True"')
    show('json', lambda: mx.sym.load_json(edited).infer_shape(x=shape))
    show('json bind', lambda: mx.sym.load_json(edited).simple_bind(mx.cpu(), x=shape))
    show('json bind no grads', lambda: mx.sym.load_json(edited).simple_bind(mx.cpu(), x=shape, grad_req='null'))
