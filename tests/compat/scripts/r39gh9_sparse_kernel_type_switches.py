"""Row_sparse update kernels (sgd, sgd_mom, adam, ftrl lazily; group_adagrad on a dense weight) refuse integer weights at their own type switch, with MXNet's words and class."""
import mxnet as mx

nd = mx.nd


def show(label, f):
    try:
        r = f()
        print(label, '->', r.stype, r.asnumpy().tolist())
    except Exception as e:
        print(label, 'ERR', type(e).__name__, str(e).replace('\n', ' | '))


def A(dt, st='row_sparse'):
    a = nd.ones((3, 2), dtype=dt)
    return a.tostype(st) if st != 'default' else a


OPS = {
    'sgd': lambda w, g, dt, st: nd.sgd_update(w, g, lr=0.1, out=w),
    'sgd wd': lambda w, g, dt, st: nd.sgd_update(w, g, lr=0.1, wd=0.1, out=w),
    'sgd_mom': lambda w, g, dt, st: nd.sgd_mom_update(w, g, A(dt, st), lr=0.1, momentum=0.9, out=w),
    'adam': lambda w, g, dt, st: nd.adam_update(w, g, A(dt, st), A(dt, st), lr=0.1, out=w),
    'ftrl': lambda w, g, dt, st: nd.ftrl_update(w, g, A(dt, st), A(dt, st), lr=0.1, out=w),
    'group_adagrad': lambda w, g, dt, st: nd.contrib.group_adagrad_update(w, g, nd.ones((3, 1), dtype=dt), lr=0.1,
                                                                          out=w),
}
for name, f in OPS.items():
    for dt in ['int32', 'int8', 'uint8', 'int64', 'float16', 'float64']:
        for wst in ['row_sparse', 'default']:
            show('%s %s %s' % (name, dt, wst), lambda: f(A(dt, wst), A(dt), dt, wst))
