"""Under NumPy shape semantics FullyConnected of 2-D data with no rows on oneDNN (float32) gives its shape but fails at the next waitall with delay_alloc's check, where MXNet's own kernel (float64) and data of more axes do not, as MXNet 1.9.1 does."""
import mxnet as mx
mx.npx.set_np()
def w(tag):
    try:
        mx.nd.waitall(); print(tag, 'ok')
    except Exception as e:
        print(tag, type(e).__name__, str(e).strip().split('\n')[-1][:200])
for shape, flat, nob in [((0, 3), True, False), ((0, 3), True, True), ((0, 2, 3), False, False), ((0, 2, 3), True, False), ((2, 0, 3), False, False), ((0, 3), False, True)]:
    for dt in ['float32', 'float64']:
        x = mx.np.zeros(shape, dtype=dt)
        wt = mx.np.ones((4, 3 if not (flat and len(shape) == 3) else 6), dtype=dt)
        b = None if nob else mx.np.ones((4,), dtype=dt)
        try:
            r = mx.npx.fully_connected(x, wt, b, num_hidden=4, flatten=flat, no_bias=nob)
            print(shape, flat, nob, dt, r.shape)
        except Exception as e:
            print(shape, flat, nob, dt, type(e).__name__, str(e).strip().split('\n')[-1][:150])
        w('  ')
