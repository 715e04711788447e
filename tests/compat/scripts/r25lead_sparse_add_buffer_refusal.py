# A dense gradient added into a row_sparse or csr gradient buffer (grad_req='add'): the backward runs, reading the
# gradient raises MXNet's storage check at its source line.
# recorded on AVX2
import mxnet as mx

for stype in ('row_sparse', 'csr'):
    for f in (lambda v: (v * 2).sum(), lambda v: mx.nd.sin(v).sum(), lambda v: (v + v).sum()):
        x = mx.nd.ones((3, 2))
        x.attach_grad('add', stype=stype)
        with mx.autograd.record():
            y = f(x)
        y.backward()
        try:
            print(stype, x.grad.asnumpy())
        except mx.base.MXNetError as e:
            print(stype, repr(str(e)))
