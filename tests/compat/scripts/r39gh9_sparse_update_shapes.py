"""Update ops on row_sparse weights, gradients and states whose shapes differ from the weight's (more rows, other columns): MXNet's shape inference refuses them before any storage rule."""
import mxnet as mx

nd = mx.nd


def show(label, f):
    try:
        r = f()
        print(label, '->', r.stype, r.asnumpy().tolist())
    except Exception as e:
        print(label, 'ERR', type(e).__name__, str(e).replace('\n', ' | '))


def rsp(rows, cols, value=1.0):
    return (nd.ones((rows, cols)) * value).tostype('row_sparse')


def zeros_like(w):
    return nd.zeros(w.shape).tostype(w.stype)


OPS = {
    'sgd': lambda w, g: nd.sgd_update(w, g, lr=0.1, wd=0.1, out=w),
    'sgd_mom': lambda w, g: nd.sgd_mom_update(w, g, zeros_like(w), lr=0.1, momentum=0.9, out=w),
    'adam': lambda w, g: nd.adam_update(w, g, zeros_like(w), zeros_like(w), lr=0.1, out=w),
    'ftrl': lambda w, g: nd.ftrl_update(w, g, zeros_like(w), zeros_like(w), lr=0.1, out=w),
    'group_adagrad': lambda w, g: nd.contrib.group_adagrad_update(w, g, nd.zeros((w.shape[0], 1)), lr=0.1, out=w),
}
for name, f in OPS.items():
    for wst in ['row_sparse', 'default']:
        for rows, cols in [(3, 2), (4, 2), (2, 2), (3, 3)]:
            def run():
                w = nd.ones((3, 2)) * 2
                return f(w.tostype(wst) if wst != 'default' else w, rsp(rows, cols, 0.5))
            show('%s %s grad %dx%d' % (name, wst, rows, cols), run)
    show(name + ' state rows', lambda: nd.sgd_mom_update(rsp(3, 2), rsp(3, 2), rsp(4, 2), lr=0.1, out=rsp(3, 2)))
