"""Legacy Reshape told target_shape infers its one 0 from the data's size (refusing a data or target size left unknown) and keeps -1 unknown, and a Convolution over a Deconvolution's computed 0 size refuses its kernel, as MXNet's shape pass does."""
import re

import mxnet as mx


def show(label, call):
    try:
        print(label, call())
    except Exception as e:
        words = re.sub(r'\[\d\d:\d\d:\d\d\] ', '', str(e))     # (the time of the check)
        print(label, type(e).__name__, ' | '.join(line for line in words.split('\n') if line.strip()))


x = mx.sym.var('x')
for told in [(2, 3), (0, 3), (-1, 3), (2, -1), (0, -1), (6,), (2, 0), (0, 0)]:
    net = mx.sym.Reshape(x, target_shape=told)
    for given in [(2, 3)] + ([(0, 3), (2, 0)] if told != (0, 0) else []):
        show(f'target_shape={told} x={given}', lambda: net.infer_shape_partial(x=given))
    show(f'target_shape={told} full', lambda: net.infer_shape(x=(2, 3)))
kept = mx.sym.Reshape(x, target_shape=(5, 0), keep_highest=True)
show('keep_highest', lambda: kept.infer_shape_partial(x=(2, 3)))

zero = mx.sym.Deconvolution(x, kernel=(2, 2), num_filter=2, pad=(2, 2), name='dc')
for name, net in [('conv', mx.sym.Convolution(zero, kernel=(3, 3), num_filter=4, name='cv')),
                  ('conv 1x1', mx.sym.Convolution(zero, kernel=(1, 1), num_filter=4, name='cv')),
                  ('padded conv', mx.sym.Convolution(zero, kernel=(3, 3), num_filter=4, pad=(2, 2), name='cv')),
                  ('dilated conv', mx.sym.Convolution(zero, kernel=(2, 2), dilate=(2, 2), pad=(1, 1), num_filter=4,
                                                      name='cv')),
                  ('relu then conv', mx.sym.Convolution(mx.sym.relu(zero), kernel=(3, 3), num_filter=4, name='cv')),
                  ('pooling', mx.sym.Pooling(zero, kernel=(2, 2), name='pl'))]:
    show(name + ' partial', lambda: net.infer_shape_partial(x=(1, 1, 3, 3)))
    show(name + ' bind', lambda: net.simple_bind(mx.cpu(), x=(1, 1, 3, 3)).outputs[0].shape)
