"""csr zeros and empty arrays of a shape that is not 2-D are made; their first read raises the dense-to-csr kernel's check at its source line."""
import mxnet as mx

makers = {'sparse.zeros': lambda shape, **kw: mx.nd.sparse.zeros('csr', shape, **kw),
          'nd.zeros': lambda shape, **kw: mx.nd.zeros(shape, stype='csr', **kw),
          'sparse.empty': lambda shape, **kw: mx.nd.sparse.empty('csr', shape, **kw)}
for name, make in makers.items():
    for shape in ((2, 2, 2), (3,), (1, 2, 3, 4)):
        for dtype in ('float32', 'float64', 'int32'):
            try:
                a = make(shape, dtype=dtype)
                print(name, shape, dtype, 'made', a.stype, a.shape)
                for _ in range(2):
                    try:
                        print('  read', a.asnumpy().shape)
                    except mx.base.MXNetError as e:
                        print('  read', repr(str(e)))
            except Exception as e:
                print(name, shape, dtype, type(e).__name__, repr(str(e)))
