"""Backward passes whose kernel fails into a gradient buffer already carrying an unread error: MXNet skips them, the buffer keeps the first error and waitall has nothing more (write and add requests)."""
import mxnet as mx
from mxnet import autograd
def last(e):
    return str(e).strip().splitlines()[-1][:150]
def seq(req, heads, read_between=False):
    x = mx.nd.array([1.0, 2.0, 3.0])
    x.attach_grad(grad_req=req)
    out = []
    for hd in heads:
        with autograd.record():
            y = x * 2
        try:
            y.backward(mx.nd.ones((3,), dtype=hd))
        except Exception as e:
            out.append('bwd ' + type(e).__name__)
        if read_between:
            try:
                out.append(str(x.grad.asnumpy().tolist()))
            except Exception as e:
                out.append('read ' + last(e))
    try:
        out.append(str(x.grad.asnumpy().tolist()))
    except Exception as e:
        out.append('read ' + last(e))
    try:
        mx.nd.waitall()
        out.append('waitall ok')
    except Exception as e:
        out.append('waitall ' + last(e))
    print(req, heads, read_between, out)
for req in ['write', 'add']:
    for heads in [['float16', 'float32'], ['float16', 'float16'], ['float32', 'float16'], ['float16', 'float32', 'float32'], ['float16', 'float64']]:
        for rb in [False, True]:
            seq(req, heads, rb)
