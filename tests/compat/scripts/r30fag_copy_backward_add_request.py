"""grad_req 'add' on a variable whose gradient comes straight from a _copyto backward (astype, copy, copyto, as_in_context) is overwritten; amp_multicast keeping a dtype leaves the buffer; tostype('default') records cast_storage, which adds."""
# recorded on AVX2
import mxnet as mx
from mxnet import nd, autograd as ag


def copied_to(c):
    out = nd.zeros(c.shape)
    c.copyto(out)
    return out * 3


readers = {'astype int32': lambda c: c.astype('int32').astype('float32') * 3,
           'astype float64': lambda c: c.astype('float64') * 3,
           'astype float16': lambda c: c.astype('float16') * 3,
           'astype same': lambda c: c.astype('float32') * 3,
           'astype no copy': lambda c: c.astype('float32', copy=False) * 3,
           'astype head': lambda c: c.astype('float64'),
           'copy': lambda c: c.copy() * 3,
           'copy twice': lambda c: c.copy().copy() * 3,
           'copy and copy': lambda c: c.copy() * 3 + c.copy(),
           'copyto': copied_to,
           'as_in_context same': lambda c: c.as_in_context(mx.cpu(0)) * 3,
           'as_in_context other': lambda c: c.as_in_context(mx.cpu(1)) * 3,
           'Cast': lambda c: nd.Cast(c, dtype='float64') * 3,
           'amp_cast same': lambda c: nd.amp_cast(c, dtype='float32') * 3,
           'amp_cast float16': lambda c: nd.amp_cast(c, dtype='float16') * 3,
           'amp_multicast one': lambda c: nd.amp_multicast(c, num_outputs=1) * 3,
           'tostype default': lambda c: c.tostype('default') * 3,
           'identity': lambda c: nd.identity(c) * 3}
for req in ['add', 'write']:
    for name, f in readers.items():
        c = nd.array([[1.5, -2.2], [0.3, 0.9]])
        c.attach_grad(grad_req=req)
        c.grad[:] = 1
        for _ in range(2):
            with ag.record():
                y = f(c)
            y.backward(nd.ones(y.shape, dtype=y.dtype) * 1.7)
        print(req, name, c.grad.asnumpy().tolist())

c = nd.array([1., 2])
c.attach_grad()
with ag.record():
    y = c.tostype('default')
print(y is c, [n['op'] for n in __import__('json').loads(ag.get_symbol(y).tojson())['nodes']])
for req in ['add', 'write']:
    c, d = nd.array([[1.5, -2.2]]), nd.array([[0.3, 0.9]])
    for v in (c, d):
        v.attach_grad(grad_req=req)
        v.grad[:] = 1
    with ag.record():
        p, q = nd.amp_multicast(c, d, num_outputs=2)
        z = p * 3 + q * 2
    z.backward()
    print(req, "amp_multicast two", c.grad.asnumpy().tolist(), d.grad.asnumpy().tolist())
