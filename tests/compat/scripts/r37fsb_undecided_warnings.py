"""infer_shape/infer_type warnings naming undecided arguments: ten at most then '...', and under NumPy shape semantics unknown shapes as None and marked unknown dimensions as -1."""
import warnings

import mxnet as mx

s = mx.sym
warnings.simplefilter('always')
warnings.showwarning = lambda message, *args, **kwargs: print('W', str(message).replace('\n', ' | '))


def tr(label, f):
    try:
        print(label, '->', f())
    except Exception as e:
        print(label, 'ERR', type(e).__name__, str(e).replace('\n', ' | ')[:300])


def fc():
    return s.FullyConnected(s.var('a'), num_hidden=2, name='fc')


for np_shape in (True, False):
    mx.util.set_np_shape(np_shape)
    tr('np %s add none' % np_shape, lambda: (s.var('a') + s.var('b')).infer_shape())
    tr('np %s add partial' % np_shape, lambda: (s.var('a') + s.var('b')).infer_shape_partial())
    tr('np %s three -1 first' % np_shape, lambda: (s.var('a') + s.var('b') * s.var('c')).infer_shape(a=(-1, 4)))
    tr('np %s three 0 first' % np_shape, lambda: (s.var('a') + s.var('b') * s.var('c')).infer_shape(a=(0, 4)))
    tr('np %s three -1 last' % np_shape, lambda: (s.var('a') + s.var('b') * s.var('c')).infer_shape(a=(2, -1)))
    tr('np %s fc -1' % np_shape, lambda: fc().infer_shape(a=(-1, 4)))
    tr('np %s fc 0' % np_shape, lambda: fc().infer_shape(a=(0, 4)))
    tr('np %s fc none' % np_shape, lambda: fc().infer_shape())
mx.util.set_np_shape(False)
for n in (10, 11, 12):
    tr('%d vars' % n, lambda: s.Group([s.var('v%d' % i) * 2 for i in range(n)]).infer_shape())
    tr('%d vars one given' % n, lambda: s.Group([s.var('v%d' % i) * 2 for i in range(n)]).infer_shape(v0=(1,)))
    tr('%d vars types' % n, lambda: s.Group([s.var('v%d' % i) * 2 for i in range(n)]).infer_type())
    tr('%d vars one typed' % n, lambda: s.Group([s.var('v%d' % i) * 2 for i in range(n)]).infer_type(v0='float16'))
