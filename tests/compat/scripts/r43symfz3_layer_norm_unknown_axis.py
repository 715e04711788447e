"""LayerNorm shape inference over data whose normalized axis has an unknown size gives the output (and mean/std) the data's shape and leaves a given gamma or beta unchecked, as MXNet does."""
import mxnet as mx, re
def T(name, f):
    try:
        r = f()
        print(name, '->', r)
    except Exception as e:
        print(name, 'EXC', type(e).__name__, re.sub(r'\[[\d:]+\] ', '', str(e))[:400])
d = mx.sym.Variable('data')
for mk in [lambda: mx.sym.LayerNorm(d, name='ln'), lambda: mx.sym.LayerNorm(d, axis=0, name='ln'), lambda: mx.sym.BatchNorm(d, name='ln'), lambda: mx.sym.InstanceNorm(d, name='ln'), lambda: mx.sym.GroupNorm(d, name='ln')]:
    s = mk()
    for kw in [dict(data=(2,0)), dict(data=(2,0), ln_gamma=(4,)), dict(data=(2,0), ln_beta=(4,)), dict(data=(0,3), ln_gamma=(3,)), dict(data=(2,0,3), ln_gamma=(4,)), dict(data=(0,0), ln_gamma=(4,)), dict(ln_gamma=(4,)), dict(data=(2,3), ln_gamma=(0,))]:
        T(f'{s.list_arguments()} {kw}', lambda: s.infer_shape_partial(**kw))
for s in [mx.sym.LayerNorm(d, name='ln', output_mean_var=True), mx.sym.LayerNorm(d, axis=1, name='ln', output_mean_var=True), mx.sym.LayerNorm(d, axis=3, name='ln'), mx.sym.LayerNorm(d, axis=-3, name='ln')]:
    for kw in [dict(data=(2,0,3)), dict(data=(2,3,0), ln_gamma=(4,)), dict(data=(0,3,0), ln_beta=(4,)), dict(data=(2,0)), dict(data=(0,))]:
        T(f'{s.list_outputs()} {kw}', lambda: s.infer_shape_partial(**kw))
        T(f'{s.list_outputs()} {kw} full', lambda: s.infer_shape(**kw))
    T('relu after', lambda: (mx.sym.relu(s) + 1).infer_shape_partial(data=(2,0,3)))
