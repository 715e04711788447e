"""DCASGD keeps, of two NaN operands, the right one's in each step of its NDArray arithmetic (the delay, the compensation, the decayed gradient, the momentum and the weight), legacy and mx.np arrays alike, as MXNet does."""
import mxnet as mx, numpy as np
POS, NEG = np.copysign(np.nan, 1), np.copysign(np.nan, -1)
def hx(a): return a.asnumpy().tobytes().hex() if hasattr(a, 'asnumpy') else a.tobytes().hex()
for mode in ['nd', 'np']:
    if mode == 'np': mx.npx.set_np()
    mk = (lambda v: mx.np.array(v, dtype='float64')) if mode == 'np' else (lambda v: mx.nd.array(v, dtype='float64'))
    for wv in [1.0, POS, NEG, np.inf]:
        for gv in [0.5, POS, NEG, np.inf, -np.inf]:
            o = mx.optimizer.DCASGD(learning_rate=0.01, lamda=1.0, wd=0.1 if wv != 1.0 else 0.0)
            w = mk([wv]); g = mk([gv])
            st = o.create_state(0, w)
            for k in range(2):
                o.update(0, w, g, st)
            print(mode, wv, gv, hx(w))
