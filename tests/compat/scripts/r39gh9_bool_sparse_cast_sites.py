"""A bool array cast to row_sparse or csr fails when read, at the row_sparse or csr branch of MXNet's cast_storage kernel; later arrays are unaffected."""
import mxnet as mx

nd = mx.nd
for st in ['row_sparse', 'csr']:
    for shape in [(3, 2), (4,), (2, 0)]:
        try:
            a = nd.ones(shape, dtype='bool').tostype(st)
            print(st, shape, 'made', a.stype, a.shape, a.dtype)
            print(a.asnumpy())
        except Exception as e:
            print(st, shape, 'ERR', type(e).__name__, str(e).replace('\n', ' | '))
        print('after', nd.ones((2,)).asnumpy())
        try:
            a = nd.sparse.cast_storage(nd.zeros(shape, dtype='bool'), st)
            print(st, shape, 'cast', a.stype)
            a.wait_to_read()
        except Exception as e:
            print(st, shape, 'cast ERR', type(e).__name__, str(e).replace('\n', ' | '))
