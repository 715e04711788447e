# elemwise_add hands its output's gradient entry to both inputs: an 'add' variable fed that entry alone holds it
# in its buffer, and the other readers of the entry (variables, ops before the add) read the buffer's sum
# recorded on AVX2
import mxnet as mx
from mxnet import autograd, nd

CASES = {
    'head': lambda x, y, w: nd.elemwise_add(y, x),
    'sum_yx': lambda x, y, w: nd.elemwise_add(y, x).sum(),
    'sum_xy': lambda x, y, w: nd.elemwise_add(x, y).sum(),
    'times_w': lambda x, y, w: (nd.elemwise_add(y, x) * w).sum(),
    'exp': lambda x, y, w: nd.exp(nd.elemwise_add(y, x)).sum(),
    'two_adds': lambda x, y, w: (nd.elemwise_add(y, x) * nd.elemwise_add(y, x)).sum(),
    'used_twice': lambda x, y, w: (lambda a: (a * a).sum())(nd.elemwise_add(y, x)),
    'op_first': lambda x, y, w: nd.elemwise_add(w * 2, x).sum(),
    'op_second': lambda x, y, w: nd.elemwise_add(x, w * 2).sum(),
    'chain': lambda x, y, w: nd.elemwise_add(nd.elemwise_add(x, y), w).sum(),
    'chain_last': lambda x, y, w: nd.elemwise_add(w, nd.elemwise_add(x, y)).sum(),
    'mul_y': lambda x, y, w: (nd.elemwise_add(y, x) * y).sum(),
    'plus': lambda x, y, w: ((x + y) * w).sum(),
    'add_n': lambda x, y, w: nd.add_n(x, y).sum(),
    'square': lambda x, y, w: nd.square(nd.elemwise_add(x, w)).sum(),
    'relu': lambda x, y, w: nd.relu(nd.elemwise_add(x, w)).sum(),
    'sub': lambda x, y, w: nd.elemwise_sub(w * 2, x).sum(),
}
REQS = [('add', 'add', 'write'), ('add', 'write', 'add'), ('write', 'add', 'add'), ('add', 'add', 'add'),
        ('add', 'null', 'add')]
for dtype in ['float32', 'float16']:
    for name, f in CASES.items():
        for reqs in REQS:
            x, y, w = (nd.array(v, dtype=dtype) for v in ([1., 2.], [3., 4.], [5., 6.]))
            for v, req, init in zip((x, y, w), reqs, (100., 1000., 10000.)):
                v.attach_grad(req)
                if req != 'null':
                    v.grad[:] = init
            rows = []
            for step in range(2):
                with autograd.record():
                    out = f(x, y, w)
                out.backward()
                rows.append([v.grad.asnumpy().tolist() if v.grad is not None else None for v in (x, y, w)])
            print(dtype, name, reqs, rows)
