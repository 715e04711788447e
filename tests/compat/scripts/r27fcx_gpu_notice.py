"""Creation under a GPU context in a CPU-only build: sparse constructors read the current context as a given one,
and an operator invoked on a GPU first logs MXNet's notice on stderr (allocations and copies do not)."""
# recorded on AVX2
import os
import re
import sys
import tempfile
import mxnet as mx
from mxnet import nd
from _words import words

CASES = [('sparse.zeros csr', lambda c: nd.sparse.zeros('csr', (2, 2), ctx=c)),
         ('sparse.zeros rsp', lambda c: nd.sparse.zeros('row_sparse', (2, 2), ctx=c)),
         ('csr_matrix parts', lambda c: nd.sparse.csr_matrix(([1.0], [0], [0, 1, 1]), shape=(2, 2), ctx=c)),
         ('csr_matrix shape', lambda c: nd.sparse.csr_matrix((2, 3), ctx=c)),
         ('csr_matrix dense', lambda c: nd.sparse.csr_matrix([[1.0, 0], [0, 2]], ctx=c)),
         ('rsp parts', lambda c: nd.sparse.row_sparse_array(([[1.0, 2]], [1]), shape=(2, 2), ctx=c)),
         ('rsp shape', lambda c: nd.sparse.row_sparse_array((2, 2), ctx=c)),
         ('rsp dense', lambda c: nd.sparse.row_sparse_array([[1.0, 0], [0, 2]], ctx=c)),
         ('nd.zeros', lambda c: nd.zeros((2,), ctx=c)),
         ('nd.array', lambda c: nd.array([1, 2], ctx=c)),
         ('nd.empty', lambda c: nd.empty((2,), ctx=c)),
         ('nd.arange', lambda c: nd.arange(3, ctx=c)),
         ('nd.eye', lambda c: nd.eye(2, ctx=c)),
         ('nd.random.uniform', lambda c: nd.random.uniform(shape=(2,), ctx=c)),
         ('np.zeros', lambda c: mx.np.zeros((2,), ctx=c)),
         ('np.array', lambda c: mx.np.array([1, 2], ctx=c)),
         ('np.random.normal', lambda c: mx.np.random.normal(size=(2,), ctx=c)),
         ('copyto', lambda c: nd.ones((2,), ctx=mx.cpu(0)).copyto(mx.gpu(0))),
         ('Parameter.initialize', lambda c: mx.gluon.Parameter('w', shape=(2,)).initialize(ctx=c))]


def notices(fn):
    """fn's result (or refusal) and the lines MXNet's C++ side logged on stderr meanwhile, clock times dropped."""
    sys.stderr.flush()
    saved = os.dup(2)
    with tempfile.TemporaryFile() as log:
        os.dup2(log.fileno(), 2)
        try:
            try:
                out = fn()
                out = (type(out).__name__, out.context) if hasattr(out, 'context') else out
            except Exception as e:
                out = words(e)
        finally:
            sys.stderr.flush()
            os.dup2(saved, 2)
            os.close(saved)
        log.seek(0)
        lines = [re.sub(r'^\[\d\d:\d\d:\d\d\] ', '', x) for x in log.read().decode().splitlines()]
    return out, lines


for name, fn in CASES:
    for how in ('given', 'current'):
        if how == 'given':
            out, lines = notices(lambda: fn(mx.gpu(0)))
        else:
            with mx.gpu(0):
                out, lines = notices(lambda: fn(None))
        print(name, how, out)
        for line in lines:
            print('   stderr:', line)
with mx.cpu(2):
    for name, fn in CASES[:8]:
        print(name, 'under cpu(2)', notices(lambda: fn(None)))
