# Symbol creation call forms: positional arguments after the inputs (parameters, then name, attr, out), fluent
# methods with MXNet's own signatures (diag's k, expand_dims, flatten, squeeze), NDArray-only methods, pickling,
# executor.copy_params_from with a non-NDArray, and split with no outputs.
import pickle
import mxnet as mx
import numpy as np

x = mx.sym.var('x'); y = mx.sym.var('y'); w = mx.sym.var('w')


def show(tag, f):
    try:
        r = f()
        print(tag, r.tojson().replace('\n', '').replace('  ', '') if isinstance(r, mx.sym.Symbol) else r)
    except Exception as e:
        print(tag, 'ERR', type(e).__name__)


cases = [
    ('sum1', lambda: mx.sym.sum(x, 1)), ('sum2', lambda: mx.sym.sum(x, 1, True)),
    ('fc', lambda: mx.sym.FullyConnected(x, w, y, 3)), ('exp name', lambda: mx.sym.exp(x, 'nm')),
    ('exp attr', lambda: mx.sym.exp(x, 'nm', {'a': 'b'})), ('exp sym', lambda: mx.sym.exp(x, y)),
    ('exp int', lambda: mx.sym.exp(x, 1)), ('exp attr int', lambda: mx.sym.exp(x, 0, 1)),
    ('exp nones', lambda: mx.sym.exp(x, None, None, None)), ('exp many', lambda: mx.sym.exp(x, None, None, None, 1)),
    ('relu', lambda: mx.sym.relu(x, 'r')), ('act', lambda: mx.sym.Activation(x, 'relu')),
    ('badd', lambda: mx.sym.broadcast_add(x, y, 'ba')), ('softmax len', lambda: x.softmax(1)),
    ('m exp', lambda: x.exp('e')), ('m abs sym', lambda: x.abs(y)), ('m round', lambda: x.round(None)),
    ('m flatten', lambda: x.flatten('f')), ('m flatten kw', lambda: x.flatten(name='fl')),
    ('m diag', lambda: x.diag()), ('m diag1', lambda: x.diag(1)), ('m expand', lambda: x.expand_dims(1)),
    ('m squeeze', lambda: x.squeeze()), ('m squeeze1', lambda: x.squeeze(1)),
    ('m astype', lambda: x.astype('float16')), ('m astype copy', lambda: x.astype('float16', copy=False)),
    ('m as_in_context', lambda: x.as_in_context(mx.cpu())), ('m copy', lambda: x.copy()),
    ('m detach', lambda: x.detach()), ('m asnumpy', lambda: x.asnumpy()),
    ('split0', lambda: mx.sym.split(x, num_outputs=0)), ('softmax', lambda: x.softmax()),
    ('concat none', lambda: mx.sym.Concat()), ('add_n none', lambda: mx.sym.add_n()),
    ('crop none', lambda: mx.sym.Crop()), ('concat one', lambda: mx.sym.concat(x)),
    ('broadcast_to', lambda: mx.sym.broadcast_to(x)), ('bn_v1', lambda: mx.sym.BatchNorm_v1(x)),
    ('var attr int', lambda: mx.sym.var('v', attr={'a': 1}).list_attr()),
    ('var attr list', lambda: mx.sym.var('v', attr=['a']).list_attr()),
    ('op attr int', lambda: mx.sym.relu(x, attr={'a': 1}).list_attr()),
    ('slice one', lambda: x[1:2]), ('slice sp', lambda: mx.sym.split(x, num_outputs=3)[0:5]),
    ('slice sp2', lambda: mx.sym.split(x, num_outputs=3)[::2].list_outputs()),
]
with mx.name.NameManager():
    for tag, f in cases:
        show(tag, f)
s = mx.sym.relu(x, name='r')
print(list(s.__getstate__()), pickle.loads(pickle.dumps(s)).tojson() == s.tojson())
e = mx.sym.FullyConnected(x, num_hidden=3, name='fc').simple_bind(mx.cpu(), x=(4, 5))
show('copy numpy', lambda: e.copy_params_from({'fc_weight': np.ones((3, 5))}))
show('copy float', lambda: e.copy_params_from({'fc_weight': 1.0}))
e.copy_params_from({'fc_weight': mx.nd.ones((3, 5), dtype='float64')})
print(e.arg_dict['fc_weight'].dtype, e.arg_dict['fc_weight'].asnumpy().sum())
# a variable once given to BatchNorm as a statistic is an argument of graphs that only read it
a, b, c, m, v = [mx.sym.var(n) for n in ('a', 'b', 'c', 'm', 'v')]
bn = mx.sym.BatchNorm(a, b, c, m, v, name='bn')
print(bn.list_arguments(), bn.list_auxiliary_states())
for t in (m + a, m, mx.sym.Group([bn, m * 2]), mx.sym.concat(m, v), mx.sym.IdentityAttachKLSparseReg(a, name='k')):
    print(t.list_arguments(), t.list_auxiliary_states())
print((m * 2).tojson().replace('\n', '').replace(' ', ''))
