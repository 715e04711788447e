"""SGLD and DCASGD keep, of two NaN operands, the right one's in each step of their NDArray arithmetic, and the left one's in float16 (half_t computes in float), legacy and mx.np arrays alike, as MXNet does."""
import mxnet as mx, numpy as np
POS, NEG = np.copysign(np.nan, 1), np.copysign(np.nan, -1)
def hx(a): return a.asnumpy().tobytes().hex()
for mode in ['nd']:
    if mode == 'np': mx.npx.set_np()
    mk = (lambda v, dt: mx.np.array(v, dtype=dt)) if mode == 'np' else (lambda v, dt: mx.nd.array(v, dtype=dt))
    for dt in ['float64', 'float32', 'float16']:
        for mp in [False, True]:
            for wv in [1.0, POS, NEG, np.inf]:
                for gv in [0.5, POS, NEG, np.inf, -np.inf]:
                    for wd in [0.0, 0.1]:
                        mx.random.seed(0)
                        o = mx.optimizer.SGLD(learning_rate=0.5, wd=wd, multi_precision=mp)
                        w = mk([wv, 1.0], dt); g = mk([gv, 0.5], dt)
                        st = o.create_state_multi_precision(0, w)
                        for k in range(2):
                            o.update_multi_precision(0, w, g, st)
                        print(mode, dt, mp, wv, gv, wd, hx(w))

POS, NEG = np.copysign(np.nan, 1), np.copysign(np.nan, -1)
def hx(a): return a.asnumpy().tobytes().hex() if hasattr(a, 'asnumpy') else a.tobytes().hex()
for mode in ['nd']:
    pass
    mk = (lambda v: mx.np.array(v, dtype='float16')) if mode == 'np' else (lambda v: mx.nd.array(v, dtype='float16'))
    for wv in [1.0, POS, NEG, np.inf]:
        for gv in [0.5, POS, NEG, np.inf, -np.inf]:
            o = mx.optimizer.DCASGD(learning_rate=0.01, lamda=1.0)
            w = mk([wv]); g = mk([gv])
            st = o.create_state(0, w)
            for k in range(2):
                o.update(0, w, g, st)
            print(mode, wv, gv, hx(w))
