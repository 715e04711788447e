"""np.linalg pinv, eigh, eigvalsh, solve and tensorsolve run no kernel on an empty system, so a boolean or integer one leaves no pending type error, while a non-empty boolean eigh or eig fails both its outputs once."""
import mxnet as mx

mx.npx.set_np()
np = mx.np


def show(desc, f):
    try:
        r = f()
        for x in (r if isinstance(r, tuple) else (r,)):
            print(desc, x.shape, x.dtype)
            x.asnumpy()
    except mx.base.MXNetError as e:
        print(desc, 'error', str(e).splitlines()[-1])
    try:
        mx.nd.waitall()
    except mx.base.MXNetError as e:
        print(desc, 'waitall', str(e).splitlines()[-1])


L = np.linalg
for dt in ['bool', 'int32', 'uint8', 'float16', 'float32']:
    for shp in [(0, 0), (2, 0, 0), (0, 3, 3), (2, 0, 3)]:
        a = np.zeros(shp, dtype=dt)
        tag = '%s %s' % (dt, shp)
        show(tag + ' pinv', lambda: L.pinv(a))
        for rdt in ['float32', 'float64', 'float16']:
            show(tag + ' pinv rcond ' + rdt, lambda: L.pinv(a, np.zeros(shp[:-2], dtype=rdt)))
        if shp[-1] != shp[-2]:
            continue
        show(tag + ' eigh', lambda: L.eigh(a))
        show(tag + ' eigvalsh', lambda: L.eigvalsh(a, 'U'))
        show(tag + ' eig', lambda: L.eig(a))
        show(tag + ' solve vector', lambda: L.solve(a, np.zeros(shp[:-1], dtype=dt)))
        show(tag + ' solve matrix', lambda: L.solve(a, np.zeros(shp[:-1] + (2,), dtype=dt)))
        show(tag + ' solve float32 b', lambda: L.solve(a, np.zeros(shp[:-1] + (0,), dtype='float32')))

for adt, bdt in [('bool', 'bool'), ('int32', 'int32'), ('float32', 'float64'), ('bool', 'float32')]:
    a = np.ones((2, 2), dtype=adt)
    show('solve no right side %s %s' % (adt, bdt), lambda: L.solve(a, np.ones((2, 0), dtype=bdt)))
    show('solve stack no right side %s %s' % (adt, bdt), lambda: L.solve(np.ones((3, 2, 2), dtype=adt), np.ones((3, 2, 0), dtype=bdt)))
    show('tensorsolve empty %s %s' % (adt, bdt), lambda: L.tensorsolve(np.ones((3, 0, 0), dtype=adt), np.ones((3, 0), dtype=bdt)))

a = np.ones((1, 1), dtype='bool')
for name in ['eigh', 'eig']:
    w, v = getattr(L, name)(a)
    show(name + ' vectors first', lambda: v)
    show(name + ' values after', lambda: w)
    w, v = getattr(L, name)(a)
    show(name + ' values first', lambda: w)
    show(name + ' vectors after', lambda: v)
