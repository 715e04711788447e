"""Max pooling over an empty basic slice runs Pooling's own kernel when the slice is a view of its array's storage (an mx.np array's single integer or unit-step slice, any basic key of a legacy array, of another shape than the storage), and otherwise oneDNN's, which fails with delay_alloc when read, as MXNet does."""
# recorded on AMD AVX2
import mxnet as mx
from mxnet import np, npx

npx.set_np()
S = slice


def pool(name, v, fn):
    for pt in ('max', 'sum'):
        try:
            r = fn(v, kernel=(2, 2), pool_type=pt)
            mx.nd.waitall()
            print(name, v.shape, pt, 'ok', r.shape)
        except mx.base.MXNetError as e:
            print(name, v.shape, pt, 'MXNetError', str(e).strip().splitlines()[-1][:80])


for make, fn in ((np.zeros, npx.pooling), (mx.nd.zeros, mx.nd.Pooling)):
    arrs = {'A': make((0, 2, 4, 4)), 'B': make((2, 0, 4, 4)), 'C': make((3, 2, 4, 4)), 'E': make((1, 0, 2, 4, 4))}
    keys = {'A': [S(0, 0), (S(None), S(None, 1)), (S(None), S(None), S(0, 4))],
            'B': [S(None, 1), S(1, None), S(None, 2), S(0, 0), S(None, 1, 1), S(0, 2, 2), (S(None, 1),),
                  (S(None, 1), S(None)), (S(None), S(0, 0))],
            'C': [S(1, 1), S(3, None), S(5, 9), (S(1, 1),), (S(1, 1), S(None)), (S(None), S(1, 1)),
                  (S(1, 1), S(None, 1)), S(1, 1, 2)],
            'E': [0, -1, (0,), (0, S(None))]}
    for name, ks in keys.items():
        for k in ks:
            try:
                v = arrs[name][k]
            except mx.base.MXNetError as e:
                print(name, k, 'index refused')
                continue
            pool(f'{type(v).__name__} {name}{k!r}', v, fn)
