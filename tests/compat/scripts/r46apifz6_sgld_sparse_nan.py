"""SGLD with a row_sparse gradient keeps, of two NaNs, the stored gradient's (the decayed weight's in half) where its sparse-dense sum meets them, as MXNet does."""
import mxnet as mx, numpy as np, random, sys
rng = random.Random(3)
pn = np.float32(np.nan); nn = -np.float32(np.nan)
vals = [1.0, -2.0, 0.0, np.inf, -np.inf, pn, nn]
extra = {'sgld': {}, 'adamax': {}, 'nadam': {}}
def signs(s):
    if s is None: return None
    if isinstance(s, (list, tuple)): return [signs(x) for x in s]
    if s.stype != 'default': s = s.tostype('default')
    a = s.asnumpy().ravel(); return ''.join('N' if (np.isnan(v) and np.signbit(v)) else 'n' if np.isnan(v) else 'i' if np.isinf(v) else '.' for v in a)
for trial in range(160):
    name = rng.choice(sorted(extra))
    kw = {k: rng.choice(v) for k, v in extra[name].items()}
    kw.update(learning_rate=rng.choice([0.01, 1.0]), wd=rng.choice([0.0, 0.1]), rescale_grad=rng.choice([1.0, 0.5]))
    c = rng.choice([None, 0.3, -1.0])
    if c is not None: kw['clip_gradient'] = c
    dt = rng.choice(['float32', 'float64', 'float16'])
    if dt == 'float16' and rng.random() < 0.5: kw['multi_precision'] = True
    n = rng.choice([3, 12, 40])
    shape = (n,) if name != 'groupadagrad' else (n, 1)
    stype = rng.choice(['default', 'row_sparse', 'row_sparse']) if name != 'groupadagrad' else 'default'
    w = np.array([rng.choice(vals) for _ in range(n)], dtype='float32').reshape(shape)
    g = np.array([rng.choice(vals) for _ in range(n)], dtype='float32').reshape(shape)
    try:
        mx.random.seed(trial)
        o = mx.optimizer.create(name, **kw)
        W = mx.nd.array(w, dtype=dt); G = mx.nd.array(g, dtype=dt)
        if stype == 'row_sparse' and len(shape) == 1: G = G.reshape((n, 1)).tostype('row_sparse'); W = W.reshape((n, 1))
        up = mx.optimizer.get_updater(o)
        out = []
        for s in range(2):
            up(0, G, W)
            out.append((signs(W), signs(up.states[0])))
        print(trial, name, kw, dt, stype, n, out)
    except Exception as e:
        print(trial, name, kw, dt, stype, n, 'ERR', type(e).__name__, str(e)[:120])
