"""Under NumPy shape semantics the legacy argmax, argmin and argmax_channel over arrays of real 0 sizes, called or run by an executor, fail their kernel's checks (at the legacy kernel's source lines) when read, and a vector's result has shape (1,), as MXNet does."""
import re

import mxnet as mx


def show(label, call):
    try:
        print(label, call())
    except Exception as e:
        print(label, type(e).__name__, repr(re.sub(r'\[\d\d:\d\d:\d\d\] ', '', str(e)).strip())[-330:])


x = mx.sym.var('x')
ops = {
    'argmax': lambda: mx.sym.argmax(x, axis=1), 'argmax k': lambda: mx.sym.argmax(x, axis=0, keepdims=True),
    'argmax none': lambda: mx.sym.argmax(x), 'argmin -1': lambda: mx.sym.argmin(x, axis=-1),
    'argmax_channel': lambda: mx.sym.argmax_channel(x), 'chain': lambda: mx.sym.argmax(x, axis=1) + 1,
    'relu chain': lambda: mx.sym.argmin(mx.sym.relu(x), axis=0) * 2,
}
for np_mode in (True, False):
    mx.util.set_np_shape(np_mode)
    for name, f in ops.items():
        s = f()
        for xs in [(0, 3), (2, 0), (0,), (3, 0, 2), (2, 3)]:
            label = f'np={np_mode} {name} {xs}'
            try:
                ex = s.simple_bind(mx.cpu(), grad_req='null', x=xs)
            except Exception as e:
                show(label + ' bind', lambda: (_ for _ in ()).throw(e))
                continue
            show(label + ' fwd', lambda: [o.shape for o in ex.forward()])
            show(label + ' read', lambda: [o.asnumpy().tolist() for o in ex.outputs])
            ex.arg_dict['x'][:] = 1
            show(label + ' again', lambda: [o.asnumpy().tolist() for o in ex.forward(is_train=True)])

mx.util.set_np_shape(True)
for shape in [(2, 0), (0, 3), (0,), (3, 0, 2)]:
    for kw in [dict(axis=1), dict(axis=0), dict(), dict(axis=0, keepdims=True), dict(axis=-1, keepdims=True)]:
        for op in ('argmax', 'argmin'):
            show(f'nd {op} {shape} {kw}', lambda: (lambda r: (r.shape, r.asnumpy().tolist()))(
                getattr(mx.nd, op)(mx.nd.zeros(shape), **kw)))
    show(f'nd argmax_channel {shape}', lambda: mx.nd.argmax_channel(mx.nd.zeros(shape)).asnumpy().tolist())
