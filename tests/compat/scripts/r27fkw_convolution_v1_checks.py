"""Convolution_v1 bounds num_filter (at least 1; a negative one wraps as unsigned) and counts its inputs (a bias
exactly when no_bias is false) before it checks their shapes, for arrays and symbols alike."""
# recorded on AVX2
import mxnet as mx
from _words import words

x = mx.nd.ones((2, 3))
x4 = mx.nd.ones((1, 1, 3, 3))
w = mx.nd.ones((1, 1, 2, 2))
b = mx.nd.zeros((1,))
for kw in [dict(num_filter=0), dict(num_filter=0, no_bias=True), dict(num_filter=1),
           dict(num_filter=1, no_bias=True), dict(num_filter='1', no_bias='1'), dict(num_filter=1, no_bias=0)]:
    for label, ins in (('2-D x2', (x, x)), ('2-D x3', (x, x, x)), ('4-D x2', (x4, w)), ('4-D x3', (x4, w, b))):
        try:
            r = mx.nd.Convolution_v1(*ins, kernel=(2, 2), **kw)
            print(label, kw, r.shape, r.asnumpy().sum())
        except Exception as e:
            print(label, kw, words(e))
    try:
        s = mx.sym.Convolution_v1(mx.sym.var('d'), kernel=(2, 2), **kw)
        print('  symbol', s.list_arguments(), s.infer_shape(d=(1, 1, 3, 3))[1])
    except Exception as e:
        print('  symbol', words(e))
for ins in ((x, x), (x, x, x)):       # (a wrapped num_filter passes the bound; the inputs are counted, then shaped)
    try:
        mx.nd.Convolution_v1(*ins, kernel=(2, 2), num_filter=-1)
    except Exception as e:
        print(len(ins), 'inputs, num_filter -1', words(e))
