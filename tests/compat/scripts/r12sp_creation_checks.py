"""Sparse creation and storage casts check what MXNet checks, in its order: sizes, shapes, storage, context."""
import re

import mxnet as mx
import numpy as np

nd, sp = mx.nd, mx.nd.sparse


def check(text):
    """A failure's first line without the 'Check failed: <condition> :' prefix or an op name."""
    lines = [l for l in text.split('\n') if l.strip() and not l.startswith((' ', 'Traceback'))] or ['']
    line = lines[0].replace('MXNetError: ', '')
    cond = re.match(r'^(Check failed: [^:]*?)(?=( \(\S+ vs\. \S+\))? ?: |$)', line)
    return cond.group(1) if cond else line.split(':')[0].rstrip('.')


def show(label, make):
    try:
        r = make()
        if isinstance(r, nd.NDArray):
            r = (type(r).__name__, r.shape, np.dtype(r.dtype).name, str(r.context), r.asnumpy().sum().item())
        print(label, r)
    except Exception as e:
        print(label, type(e).__name__, check(str(e)))


# a csr array is built whatever the length of its indptr; check_format reports it
for ptr, shape in [([0, 1, 2, 3], (4, 3)), ([0, 1, 2, 3, 3, 3], (3, 3)), ([0, 0, 0], (3, 3))]:
    nnz = ptr[-1]
    made = sp.csr_matrix((list(range(1, nnz + 1)), [0] * nnz, ptr), shape=shape)
    show(f'indptr {ptr} {shape}', lambda: (made.shape, made.indptr.asnumpy().tolist()))
    for full in (False, True):
        show(f'  check_format({full})', lambda: made.check_format(full))
# the data is copied into room for as many values (rows) as there are indices
show('csr 3 values 2 indices', lambda: sp.csr_matrix(([1, 2, 3], [0, 2], [0, 1, 2, 3]), shape=(3, 3)))
show('csr 2 values 3 indices', lambda: sp.csr_matrix(([1, 2], [0, 2, 1], [0, 1, 2, 3]), shape=(3, 3)))
show('rsp 2 rows 1 index', lambda: sp.row_sparse_array(([[1, 2], [3, 4]], [0]), shape=(3, 2)))
show('rsp 1 row 2 indices', lambda: sp.row_sparse_array(([[1, 2]], [0, 1]), shape=(3, 2)))
show('rsp row too wide', lambda: sp.row_sparse_array(([[1, 2, 3]], [0]), shape=(3, 2)))
show('rsp row too narrow', lambda: sp.row_sparse_array(([[1, 2]], [0]), shape=(3, 3)))
# an explicit shape is compared with a dense source's before the source is converted
for source in ['np.zeros((0, 3))', 'np.zeros((3,))', '(0, 4)', '(3, 0)', '(2, 3, 4)']:
    for make in ('csr_matrix', 'row_sparse_array'):
        show(f'{make}({source}, shape=(4, 4))', lambda: getattr(sp, make)(eval(source), shape=(4, 4)))
# zeros and empty
for stype in ['default', 'csr', 'row_sparse', None, 'bogus']:
    for shape in [(0, 3), (), (2, 3), 5]:
        show(f'zeros {stype} {shape}', lambda: sp.zeros(stype, shape))
        show(f'empty {stype} {shape}', lambda: sp.empty(stype, shape))
        show(f'nd.zeros stype={stype} {shape}', lambda: nd.zeros(shape, stype=stype))
# the cast_storage operator and tostype (its Python front end checks csr's rank first)
for x in [nd.ones((3,)), nd.ones((2, 2, 2)), nd.array(5)]:
    shape = x.shape
    for stype in ['csr', 'row_sparse', 'default']:
        show(f'cast_storage {shape} {stype}', lambda: nd.cast_storage(x, stype=stype))
        show(f'sparse.cast_storage {shape} {stype}', lambda: sp.cast_storage(x, stype))
        show(f'tostype {shape} {stype}', lambda: x.tostype(stype))
# copies into sparse arrays
for source in ['nd.ones((2, 2), dtype="bool")', 'nd.ones((3, 2), dtype="bool")', 'nd.array(5)', 'nd.ones((2, 2), dtype="float64")']:
    for stype in ['csr', 'row_sparse']:
        show(f'{source}.copyto({stype})', lambda: eval(source).copyto(sp.zeros(stype, (2, 2))))
# an operator's result on cpu_pinned memory is on cpu; a copy stays pinned
pinned = nd.ones((2, 2), ctx=mx.cpu_pinned(0))
show('pinned tostype csr', lambda: pinned.tostype('csr'))
show('pinned rsp relu', lambda: nd.relu(pinned.tostype('row_sparse')))
show('pinned rsp tostype default', lambda: pinned.tostype('row_sparse').tostype('default'))
show('pinned rsp * 2', lambda: pinned.tostype('row_sparse') * 2)
show('csr_matrix(dense, ctx=pinned)', lambda: sp.csr_matrix(nd.array([[1, 2]]), ctx=mx.cpu_pinned(0)))
show('row_sparse_array(dense, ctx=pinned)', lambda: sp.row_sparse_array(np.ones((2, 2)), ctx=mx.cpu_pinned(0)))
show('csr_matrix(csr, ctx=pinned)', lambda: sp.csr_matrix(nd.array([[1, 2]]).tostype('csr'), ctx=mx.cpu_pinned(0)))
show('csr_matrix(parts, ctx=pinned)', lambda: sp.csr_matrix(([1], [0], [0, 1]), ctx=mx.cpu_pinned(0)))
show('sparse.array(csr, ctx=pinned)', lambda: sp.array(nd.array([[1, 2]]).tostype('csr'), ctx=mx.cpu_pinned(0)))
show('zeros(csr, ctx=pinned)', lambda: sp.zeros('csr', (2, 2), ctx=mx.cpu_pinned(0)))
# an integer array's scalar is cast to its dtype as C casts (NaN and inf to the lowest integer); zero picks storage
for dt in ['int32', 'int64']:
    x = nd.array([[0, 2], [-3, 0]], dtype=dt).tostype('csr')
    for s in [float('nan'), float('inf'), -float('inf'), 2.7]:
        for name, f in [('>', lambda: x > s), ('<', lambda: x < s), ('==', lambda: x == s), ('!=', lambda: x != s),
                        ('<=', lambda: x <= s), ('*', lambda: x * s), ('/', lambda: x / s)]:
            show(f'{dt} csr {name} {s}', lambda: (f().stype, f().asnumpy().tolist()))
