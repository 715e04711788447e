"""sparse.dot picks MXNet's kernel or its dense fallback per operand pair, transpose flags and forward_stype."""
import re

import mxnet as mx
import numpy as np

nd, sp = mx.nd, mx.nd.sparse
D = np.array([[0, 1.5, 0, 0], [2, 0, -3, 0], [0, 0, 0, 0], [0, -0.5, 4, 0.25]])


def check(text):
    """A failure's first line without the 'Check failed: <condition> :' prefix, an op name or a trace."""
    lines = [l for l in text.split('\n') if l.strip() and not l.startswith((' ', 'Traceback'))] or ['']
    line = re.sub(r'^(MXNetError: )?([A-Za-z_]+: (?=[A-Z]))?', '', lines[0])
    cond = re.match(r'^(Check failed: [^:]*?)(?=( \(\S+ vs\. \S+\))? ?: |$)', line)
    return cond.group(1) if cond else line.split(',')[0]


def show(label, make):
    try:
        r = make()
        parts = ''
        if r.stype == 'csr':
            parts = f' indices={r.indices.asnumpy().tolist()} indptr={r.indptr.asnumpy().tolist()}'
        elif r.stype == 'row_sparse':
            parts = f' rows={r.indices.asnumpy().tolist()}'
        print(label, r.stype, np.dtype(r.dtype).name, r.shape, r.asnumpy().tolist(), parts)
    except Exception as e:
        print(label, type(e).__name__, check(str(e)))


arrays = {'csr': nd.array(D).tostype('csr'), 'csr43': nd.array(D[:, :3]).tostype('csr'),
          'rsp': nd.array(D).tostype('row_sparse'), 'dense': nd.array(np.arange(16).reshape(4, 4) % 5 - 2),
          'dense42': nd.array(np.arange(8).reshape(4, 2) % 3), 'vec': nd.array([1, 2, 3, 4]),
          'csr_empty': sp.zeros('csr', (4, 4)), 'rsp_empty': sp.zeros('row_sparse', (4, 4)),
          'csr64': nd.array(D, dtype='float64').tostype('csr'), 'dense64': nd.array(np.eye(4), dtype='float64')}
pairs = [('csr', 'dense'), ('csr', 'vec'), ('csr', 'rsp'), ('csr', 'rsp_empty'), ('csr43', 'dense'), ('csr43', 'dense42'),
         ('dense', 'csr'), ('dense', 'csr43'), ('dense42', 'csr'), ('vec', 'csr'), ('dense', 'csr_empty'), ('rsp', 'dense'),
         ('rsp', 'vec'), ('rsp', 'csr'), ('csr', 'csr'), ('csr', 'dense64'), ('dense64', 'csr'), ('csr43', 'dense64'),
         ('csr64', 'dense64')]
for a, b in pairs:
    for ta in (False, True):
        for tb in (False, True):
            show(f'dot {a} {b} ta={ta} tb={tb}', lambda: sp.dot(arrays[a], arrays[b], transpose_a=ta, transpose_b=tb))
    for stype in ('default', 'csr', 'row_sparse'):
        show(f'dot {a} {b} forward_stype={stype}', lambda: nd.dot(arrays[a], arrays[b], forward_stype=stype))
