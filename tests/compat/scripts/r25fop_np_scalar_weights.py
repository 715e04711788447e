# 0-d mx.np weights (npx.set_np()) through every optimizer's updater: the rules MXNet writes as ``x[:] op= ...``
# copy a 0-d array onto itself, which copyto warns about once per write (AdaDelta's first write comes before its
# float32 states refuse a float16 weight); the results and the other warnings too.
# recorded on AVX2
import warnings
import mxnet as mx

mx.npx.set_np()
mx.random.seed(0)
for name in sorted(mx.optimizer.Optimizer.opt_registry):
    for kw in ({}, {'clip_gradient': 0.5}, {'multi_precision': True}):
        for dt in ('float32', 'float16'):
            o = mx.optimizer.create(name, **kw)
            u = mx.optimizer.get_updater(o)
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter('always')
                try:
                    w = mx.np.array(0.5, dtype=dt)
                    for t in range(2):
                        u(0, mx.np.array(1.0 + t, dtype=dt), w)
                    result = w.item()
                except Exception as e:
                    result = type(e).__name__
            said = [str(x.message).split('.')[0][:45] for x in caught]
            print(name, kw, dt, result, {m: said.count(m) for m in sorted(set(said))})
