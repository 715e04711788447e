"""The legacy reshape operator under NumPy shapes checks as in legacy mode, when the result is read: its copy of other types than oneDNN's refuses another size, oneDNN's copy refuses an empty (never allocated) input and a 0-d target of an array with axes, as in MXNet."""
# recorded on AMD AVX2
import mxnet as mx
from mxnet import nd
def full(label, f):
    try:
        r = f()
        print(label, 'call ok', type(r).__name__, r.shape, flush=True)
        print(label, 'read', r.asnumpy().tolist(), flush=True)
    except Exception as e:
        print(label, type(e).__name__, repr(str(e).split('\n')[-1]), flush=True)
for nps in [True, False]:
    mx.util.set_np_shape(nps)
    for dt in ['float32', 'int32', 'uint8', 'float64']:
        for shp in [(1,), (1, 1), (2, 3), (0,), (1, 1, 1, 1, 1)]:
            full('%s %s %s nd.reshape' % (nps, dt, shp), lambda: nd.reshape(nd.ones(shp, dtype=dt) if 0 not in shp or nps else nd.ones((1,)), shape=()))
            full('%s %s %s nd.Reshape' % (nps, dt, shp), lambda: nd.Reshape(nd.ones(shp, dtype=dt) if 0 not in shp or nps else nd.ones((1,))))
            full('%s %s %s method' % (nps, dt, shp), lambda: (nd.ones(shp, dtype=dt) if 0 not in shp or nps else nd.ones((1,))).reshape(()))
    full('%s np method' % nps, lambda: mx.np.ones((1,)).reshape(()))
    full('%s npx.reshape' % nps, lambda: mx.npx.reshape(mx.np.ones((1,)), ()))
    full('%s np.reshape' % nps, lambda: mx.np.reshape(mx.np.ones((1,)), ()))
