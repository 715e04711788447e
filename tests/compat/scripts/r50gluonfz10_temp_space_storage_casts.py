"""A storage cast (nd.cast_storage, x.tostype to any storage, a csr array's tostype('default')) takes one of MXNet's four CPU temp space copies, so the copy holding a failed kernel's error is met that much sooner by the next uniform draw, as MXNet does."""
# recorded on AMD AVX2
import mxnet as mx
from mxnet import nd

from _temp_space import first_failing_draw, settle

bad = nd.array([[-1., 0], [0, 1]])
a = nd.array([[0.5, 0.25], [0.75, 0.125]])


for name, call in [('nothing', lambda: None), ('cast_storage default', lambda: nd.cast_storage(a, 'default')),
                   ('cast_storage row_sparse', lambda: nd.cast_storage(a, 'row_sparse')),
                   ('cast_storage csr', lambda: nd.cast_storage(a, 'csr')), ('tostype default', lambda: a.tostype('default')),
                   ('tostype csr', lambda: a.tostype('csr')), ('tostype row_sparse', lambda: a.tostype('row_sparse')),
                   ('csr tostype default', lambda: cs.tostype('default')), ('copy', lambda: a.copy()),
                   ('astype', lambda: a.astype('float64'))]:
    cs = nd.array([[1, 0], [0, 2]]).tostype('csr')
    y = nd.linalg.potrf(bad) + 1
    call()
    print(name, first_failing_draw())
    settle()
