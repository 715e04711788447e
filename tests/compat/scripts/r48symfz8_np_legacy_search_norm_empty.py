"""Under NumPy shape semantics the legacy argmax, argmin, argmax_channel, norm, diag and topk infer their output shapes over data with real 0 sizes, as max, pick, reshape_like and sort do, as MXNet does."""
import re

import mxnet as mx


def show(label, call):
    try:
        print(label, call())
    except Exception as e:
        print(label, type(e).__name__, re.sub(r'\[\d\d:\d\d:\d\d\] ', '', str(e)).strip().split('\n')[-1][:250])


mx.npx.set_np()
x, y = mx.sym.var('x'), mx.sym.var('y')
ops = {
 'argmax': lambda: mx.sym.argmax(x, axis=1), 'argmax k': lambda: mx.sym.argmax(x, axis=0, keepdims=True), 'argmax none': lambda: mx.sym.argmax(x),
 'norm': lambda: mx.sym.norm(x), 'norm ax': lambda: mx.sym.norm(x, axis=1), 'norm ord1': lambda: mx.sym.norm(x, ord=1, axis=0, keepdims=True),
 'max': lambda: mx.sym.max(x, axis=1), 'max all': lambda: mx.sym.max(x), 'reshape_like': lambda: mx.sym.reshape_like(x, y), 'pick': lambda: mx.sym.pick(x, y, axis=1),
 'pick k': lambda: mx.sym.pick(x, y, axis=0, keepdims=True),
 'diag': lambda: mx.sym.diag(x), 'diag k': lambda: mx.sym.diag(x, k=1), 'argmin': lambda: mx.sym.argmin(x, axis=0),
 'topk': lambda: mx.sym.topk(x, axis=1, k=1), 'topk both': lambda: mx.sym.topk(x, axis=0, k=1, ret_typ='both'), 'topk mask': lambda: mx.sym.topk(x, k=1, ret_typ='mask'),
 'sort': lambda: mx.sym.sort(x), 'argsort': lambda: mx.sym.argsort(x, axis=0), 'argmax_channel': lambda: mx.sym.argmax_channel(x),
 'chain': lambda: mx.sym.argmax(x, axis=1) + 1, 'chain2': lambda: mx.sym.norm(mx.sym.relu(x), axis=0) * 2,
}
for name, f in ops.items():
    s = f()
    for xs, ys in [((0, 3), (3, 0)), ((2, 0), (2,)), ((0,), (0,)), ((0, 0), (0,)), ((3, 0, 2), (3, 2)), ((2, 3), (2,))]:
        kw = {k: v for k, v in (('x', xs), ('y', ys)) if k in s.list_arguments()}
        show(f'{name} {kw}', lambda: s.infer_shape(**kw))
        show(f'{name} {kw} p', lambda: s.infer_shape_partial(**kw))
        show(f'{name} {kw} t', lambda: s.infer_type(**{k: 'float32' for k in kw}))
