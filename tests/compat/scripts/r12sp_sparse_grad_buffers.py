"""Which gradient buffers MXNet's sparse backward writes: grad_req='add' into a sparse buffer, Embedding, retain."""
import re

import mxnet as mx
import numpy as np
from mxnet import autograd

nd, sp = mx.nd, mx.nd.sparse
D = np.array([[0, 1.5, 0, 0], [2, 0, -3, 0], [0, 0, 0, 0], [0, -0.5, 4, 0.25]])


def check(text):
    """A failure's first line without an operator-node prefix, or the condition of its 'Check failed'."""
    line = [l for l in text.split('\n') if l.strip() and not l.startswith((' ', 'Traceback'))][0]
    line = re.sub(r'^(MXNetError: )?(Error in operator \S+: \[[\d:]+\] \S+: )?', '', line)
    line = line.replace('Check failed: infer_stype_success: ', '')
    cond = re.match(r'^(Check failed: [^:]*?)(?=( \(\S+ vs\. \S+\))? ?: |$)', line)
    return cond.group(1) if cond else line.split(': set')[0]


def show(label, source, f, stype=None, req='write'):
    try:
        x = source()
        x.attach_grad(grad_req=req, stype=stype)
        for _ in range(2 if req == 'add' else 1):
            with autograd.record():
                y = f(x)
            y.backward()
        g = x.grad
        rows = f' rows={g.indices.asnumpy().tolist()}' if g.stype == 'row_sparse' else ''
        print(label, g.stype, g.asnumpy().tolist(), rows)
    except Exception as e:
        print(label, type(e).__name__, check(str(e)))


csr = nd.array(D).tostype('csr')
sources = {'dense': lambda: nd.array(D), 'rsp': lambda: nd.array(D).tostype('row_sparse')}
ops = {'sum': lambda x: nd.sum(x * x), 'relu': lambda x: nd.sum(nd.relu(x) * 2),
       'dot': lambda x: nd.sum(sp.dot(csr, x)), 'dotT': lambda x: nd.sum(sp.dot(csr, x, transpose_a=True)),
       'take': lambda x: nd.sum(nd.take(x, nd.array([0, 2, 2])) * 3),
       'emb': lambda x: nd.sum(nd.Embedding(nd.array([[1, 3], [3, 3]]), x, input_dim=4, output_dim=4, sparse_grad=True)),
       'emb_dense': lambda x: nd.sum(nd.Embedding(nd.array([[1, 3]]), x, input_dim=4, output_dim=4)),
       'retain': lambda x: nd.sum(sp.retain(x, nd.array([0, 3]))),
       'square_sum': lambda x: nd.sum(nd._internal._square_sum(x, axis=1))}
for sname, source in sources.items():
    for oname, f in ops.items():
        for stype in (None, 'row_sparse', 'csr', 'default'):
            show(f'{sname} {oname} stype={stype}', source, f, stype)
        show(f'{sname} {oname} row_sparse add', source, f, 'row_sparse', 'add')
        show(f'{sname} {oname} default add', source, f, 'default', 'add')
