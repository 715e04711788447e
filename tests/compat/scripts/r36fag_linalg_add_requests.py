"""grad_req 'add' into linalg.trsm's inputs (both 'add' variables: MXNet's kernel keeps both buffers) and np.linalg.solve's (its kernel writes them), per request combination."""
import mxnet as mx
import numpy as onp
from mxnet import autograd as ag, nd, np

onp.random.seed(0)
A = onp.random.uniform(-1, 1, (3, 3)) + 2 * onp.eye(3)
B = onp.random.uniform(-1, 1, (3, 2))
H = onp.random.uniform(-1, 1, (3, 2))


def run(op, lib, reqs, through=(False, False), dtype='float32', **kw):
    """The two inputs' gradient buffers (None for no request) after one backward, buffers starting at 10."""
    arrays = [lib.array(A, dtype=dtype), lib.array(B if not kw.get('rightside') else B.T, dtype=dtype)]
    for arr, req in zip(arrays, reqs):
        if req:
            arr.attach_grad(req)
            arr.grad[:] = 10
    with ag.record():
        y = op(*[a * 1 if t else a for a, t in zip(arrays, through)], **kw)
    y.backward(lib.array(H if not kw.get('rightside') else H.T, dtype=dtype))
    return [None if not req else onp.round(a.grad.asnumpy(), 4).ravel().tolist() for a, req in zip(arrays, reqs)]


for dtype in ['float32', 'float64']:
    for op, lib, kw in [(nd.linalg.trsm, nd, {}), (nd.linalg.trsm, nd, {'rightside': True, 'transpose': True}),
                        (np.linalg.solve, np, {})]:
        for reqs, through in [(('add', 'add'), (False, False)), (('add', 'write'), (False, False)),
                              (('write', 'add'), (False, False)), (('add', None), (False, False)),
                              (('add', 'add'), (False, True)), (('add', 'add'), (True, False))]:
            print(op.__name__, kw, dtype, reqs, 'through' if any(through) else 'direct')
            for grad in run(op, lib, reqs, through, dtype, **kw):
                print('   ', grad)
