"""A 0-d shape an op computes in a graph (split's squeezed parts of 1-D data) is known to the ops after it: reductions give (1,), expand_dims and reshapes reshape it, and ops reading an axis of it refuse it, as MXNet's shape pass does."""
import re

import mxnet as mx


def show(name, f):
    try:
        print(name, f())
    except mx.base.MXNetError as e:
        print(name, 'MXNetError', re.sub(r'\[\d\d:\d\d:\d\d\] ', '', str(e)).split('Stack trace')[0].strip())


x = mx.sym.Variable('x')
part = mx.sym.split(x, num_outputs=4, axis=-1, squeeze_axis=True)[1]
cases = [
    ('sum', mx.sym.sum(part)),
    ('sum axis 0', mx.sym.sum(part, axis=0)),
    ('mean', mx.sym.mean(part)),
    ('max', mx.sym.max(part)),
    ('norm', mx.sym.norm(part)),
    ('argmax', mx.sym.argmax(part)),
    ('expand_dims', mx.sym.expand_dims(part, axis=0)),
    ('expand_dims 1', mx.sym.expand_dims(part, axis=1)),
    ('reshape', mx.sym.reshape(part, shape=(1,))),
    ('reshape -1', mx.sym.reshape(part, shape=(-1,))),
    ('Reshape', mx.sym.Reshape(part, shape=(1, 1))),
    ('flatten', mx.sym.flatten(part)),
    ('transpose', mx.sym.transpose(part)),
    ('tile', mx.sym.tile(part, reps=(2,))),
    ('repeat', mx.sym.repeat(part, repeats=2)),
    ('slice_axis', mx.sym.slice_axis(part, axis=0, begin=0, end=1)),
    ('broadcast_to', mx.sym.broadcast_to(part, shape=(3,))),
    ('broadcast_add', mx.sym.broadcast_add(part, part)),
    ('topk', mx.sym.topk(part)),
    ('shape_array', mx.sym.shape_array(part)),
    ('stack', mx.sym.stack(part, axis=0)),
    ('cumsum', mx.sym.cumsum(part)),
    ('sort', mx.sym.sort(part)),
]
for name, sym in cases:
    show(name, lambda: sym.infer_shape(x=(4,)))
    show(name + ' partial', lambda: sym.infer_shape_partial(x=(4,)))
for name, sym in [('sum', mx.sym.sum(part * 2)), ('expand_dims', mx.sym.expand_dims(part, axis=0) + 1),
                  ('reshape', mx.sym.reshape(part, shape=(1, 1)))]:
    exe = sym.simple_bind(mx.cpu(), x=(4,))
    exe.arg_dict['x'][:] = mx.nd.array([1, 2, 3, 4])
    out = exe.forward()[0]
    print(name, 'forward', out.shape, out.asnumpy())
