"""DCASGD with a row_sparse gradient keeps, of two NaNs, the decayed weight's in half (the stored gradient's in float) in its sparse-dense sum, as MXNet does."""
import mxnet as mx, numpy as np
mx.random.seed(0)
pn = np.float32(np.nan); nn = -np.float32(np.nan)
w0 = np.array([pn, nn, pn, nn, np.inf, -np.inf, 1.0, pn], dtype='float32').reshape(8, 1)
g0 = np.array([nn, pn, pn, nn, pn, nn, nn, 1.0], dtype='float32').reshape(8, 1)
for name in ('dcasgd', 'sgld'):
    for stype in ('default', 'row_sparse'):
        for wd in (0.0, 0.1):
            for clip in (None, 0.3):
                for dt in ('float32', 'float16'):
                    try:
                        o = mx.optimizer.create(name, learning_rate=1.0, wd=wd, rescale_grad=0.5, **({} if clip is None else {'clip_gradient': clip}))
                        W = mx.nd.array(w0, dtype=dt); G = mx.nd.array(g0, dtype=dt)
                        if stype == 'row_sparse': G = G.tostype('row_sparse')
                        st = o.create_state(0, W)
                        o.update(0, W, G, st)
                        sts = st if isinstance(st, (list, tuple)) else [st]
                        print(name, stype, wd, clip, dt, np.signbit(W.asnumpy().ravel()).astype(int).tolist(), [None if s is None else np.signbit(s.asnumpy().ravel()).astype(int).tolist() for s in sts])
                    except Exception as e:
                        print(name, stype, wd, clip, dt, 'ERR', type(e).__name__, str(e)[:80])
