"""Sparse binary operators infer shapes, then dtypes, then storage, as MXNet: which check refuses a bad pair first."""
import re

import mxnet as mx
import numpy as np

nd, sp = mx.nd, mx.nd.sparse
D = np.array([[0, 1.5, 0, 0], [2, 0, -3, 0], [0, 0, 0, 0], [0, -0.5, 4, 0.25]])


def check(text):
    """The check a failure names: its first line without the 'Check failed: <condition> :' prefix or an op name."""
    line = [l for l in text.split('\n') if l.strip() and not l.startswith((' ', 'Traceback'))][0]
    line = re.sub(r'^(MXNetError: )?([a-z_]+: )?(Check failed: [^:]*?(\(\S+ vs\. \S+\) )?: )?', '', line)
    return re.sub(r': (each pair|the inputs) .*$', '', line)     # (without the advice that may follow)


def show(label, make):
    try:
        r = make()
        print(label, r.stype, np.dtype(r.dtype).name, r.asnumpy().tolist())
    except Exception as e:
        print(label, type(e).__name__, check(str(e)))


arrays = {'csr': nd.array(D).tostype('csr'), 'rsp': nd.array(D).tostype('row_sparse'), 'dense': nd.array(D),
          'csr64': nd.array(D, dtype='float64').tostype('csr'), 'csr_int': nd.array(D, dtype='int32').tostype('csr'),
          'rsp_int': nd.array(D, dtype='int64').tostype('row_sparse'), 'dense64': nd.array(D, dtype='float64'),
          'row': nd.ones((1, 4)), 'csr3': nd.array(D[:3]).tostype('csr')}
pairs = [('csr', 'csr3'), ('csr3', 'csr'), ('csr', 'row'), ('rsp', 'row'), ('csr', 'csr64'), ('dense', 'csr_int'),
         ('csr_int', 'dense'), ('csr_int', 'dense64'), ('dense64', 'rsp_int'), ('rsp_int', 'row'), ('row', 'csr64'),
         ('dense', 'csr3'), ('csr3', 'dense64'), ('csr_int', 'csr3')]
for name in ['elemwise_add', 'elemwise_sub', 'elemwise_mul', 'add', 'subtract', 'multiply', 'broadcast_mul']:
    for a, b in pairs:
        show(f'sp.{name} {a} {b}', lambda: getattr(sp, name)(arrays[a], arrays[b]))
for a, b in pairs:
    show(f'{a} - {b}', lambda: arrays[a] - arrays[b])
    show(f'{a} * {b}', lambda: arrays[a] * arrays[b])
    show(f'nd.elemwise_add {a} {b}', lambda: nd.elemwise_add(arrays[a], arrays[b]))
