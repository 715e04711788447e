"""Of two NaNs, NAG's clipping branch keeps its decay term's and AdaDelta's step keeps the decay term's (every optimizer's NaN signs pinned on short and long arrays), as MXNet does."""
import mxnet as mx
import numpy as np

pn = np.float32(np.nan)
nn = -np.float32(np.nan)
W0 = [1.0, np.inf, -np.inf, pn, nn, pn, nn, 2.0, pn, nn, np.inf, 0.0]
G0 = [nn, nn, pn, nn, pn, pn, nn, pn, 1.0, 1.0, pn, pn]
OPTS = [('sgd', dict(momentum=0.9)), ('sgd', dict()), ('nag', dict(momentum=0.9)), ('signum', dict(momentum=0.9)),
        ('signum', dict(momentum=0.9, wd_lh=0.1)), ('adam', dict()), ('rmsprop', dict()), ('rmsprop', dict(centered=True)),
        ('ftml', dict()), ('ftrl', dict()), ('adagrad', dict()), ('adadelta', dict()), ('nadam', dict()), ('adamax', dict()),
        ('lamb', dict()), ('lars', dict(momentum=0.9)), ('dcasgd', dict()), ('groupadagrad', dict())]


def signs(s):
    if s is None:
        return None
    if isinstance(s, (list, tuple)):
        return [signs(x) for x in s]
    a = s.asnumpy().ravel()
    text = ''.join('N' if (np.isnan(v) and np.signbit(v)) else 'n' if np.isnan(v) else '.' for v in a)
    return text if len(text) <= 12 else (text[:12], text[-12:], text.count('N'), text.count('n'))


for reps in (1, 40):
    ws = np.array(reps * W0, dtype='float32')
    gs = np.array(reps * G0, dtype='float32')
    for name, kw in OPTS:
        for clip in (None, 0.3):
            for wd in (0.0, 0.1):
                for mp in (False, True):
                    dt = 'float16' if mp else 'float32'
                    shape = (ws.size,) if name != 'groupadagrad' else (ws.size, 1)
                    o = mx.optimizer.create(name, learning_rate=0.01, rescale_grad=0.5, wd=wd, multi_precision=mp, **kw,
                                            **({} if clip is None else {'clip_gradient': clip}))
                    W = mx.nd.array(ws.reshape(shape), dtype=dt)
                    up = mx.optimizer.get_updater(o)
                    try:
                        up(0, mx.nd.array(gs.reshape(shape), dtype=dt), W)
                        print(reps, name, kw, clip, wd, mp, signs(W), signs(up.states[0]))
                    except Exception as e:
                        print(reps, name, kw, clip, wd, mp, type(e).__name__, str(e)[:80])

# NAG's clipping branch on infinite weights (0 * inf decays) and NaN weights, both steps, float and double
for stype in ('row_sparse', 'default'):
    for clip in (0.3, None, -1.0):
        for mom in (0.9, 0.5):
            for dt in ('float32', 'float64'):
                o = mx.optimizer.create('nag', learning_rate=0.01, rescale_grad=0.5, momentum=mom, wd=0.0,
                                        **({} if clip is None else {'clip_gradient': clip}))
                W = mx.nd.array(np.array([[1.0, np.inf, -np.inf, pn, nn]]), dtype=dt)
                G = mx.nd.array(np.array([[pn, pn, nn, nn, pn]]), dtype=dt)
                if stype == 'row_sparse':
                    G = G.tostype('row_sparse')
                up = mx.optimizer.get_updater(o)
                out = []
                for step in range(2):
                    up(0, G, W)
                    out.append((signs(W), signs(up.states[0])))
                print(stype, clip, mom, dt, out)
