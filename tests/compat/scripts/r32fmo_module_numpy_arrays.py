"""Module batches of mx.np arrays are refused as MXNet's executor copies refuse them; under NumPy shape semantics a smaller batch cannot reshape the bound executors."""
# recorded on AVX2
from collections import namedtuple

import mxnet as mx

Batch = namedtuple('Batch', ['data', 'label'])


def first_line(e):
    lines = [l for l in str(e).splitlines() if l.strip() and not l.startswith('  File') and 'Traceback' not in l]
    return lines[0] if lines else ''


def run(np_mode, src, lab, ndev, shape):
    if np_mode:
        mx.npx.set_np()
    try:
        d = mx.sym.Variable('data')
        out = mx.sym.SoftmaxOutput(mx.sym.FullyConnected(d, num_hidden=3, name='fc'), name='softmax')
        mod = mx.mod.Module(out, context=[mx.cpu(i) for i in range(ndev)])
        mod.bind([('data', (4, 4))], [('softmax_label', (4,))])
        mod.init_params(mx.init.One())
        print(type(mod._exec_group.execs[0].arg_arrays[0]).__name__)
        data = (mx.np if src == 'np' else mx.nd).ones(shape)
        label = None if lab is None else (mx.np if lab == 'np' else mx.nd).zeros(shape[:1])
        mod.forward(Batch([data], None if label is None else [label]), is_train=True)
        o = mod.get_outputs()[0]
        print(type(o).__name__, o.shape, o.asnumpy().tolist())
        mod.backward()
        mod.init_optimizer()
        mod.update()
        print(mod.get_params()[0]['fc_bias'].asnumpy().tolist())
    except Exception as e:
        print('ERR', type(e).__name__, first_line(e))
    finally:
        if np_mode:
            mx.npx.reset_np()


for np_mode in [False, True]:
    for src in ['nd', 'np']:
        for lab in [None, 'nd', 'np']:
            for ndev in [1, 2]:
                for shape in [(4, 4), (2, 4)]:
                    print('np_mode=%s data=%s label=%s devices=%d shape=%s' % (np_mode, src, lab, ndev, shape))
                    run(np_mode, src, lab, ndev, shape)

print('executor reshape under np shape semantics')
mx.npx.set_np()
sym = mx.sym.FullyConnected(mx.sym.Variable('data'), num_hidden=3, name='fc')
ex = sym.simple_bind(mx.cpu(), data=(4, 4))
for kw in [dict(data=(2, 4)), dict(data=(2, 4), allow_up_sizing=True), dict(data=(8, 4), allow_up_sizing=True),
           dict(data=(2, 8)), dict(data=(3, 4), partial_shaping=True)]:
    try:
        print(kw, [a.shape for a in ex.reshape(**kw).arg_arrays])
    except Exception as e:
        print(kw, 'ERR', type(e).__name__, first_line(e))
mx.npx.reset_np()
