"""The Test optimizer updates mx.np weights with NDArray arithmetic and then fails writing them into its legacy state (a float16 master copy left unwritten), and refuses a mixed legacy/mx.np weight and gradient in the words of the arithmetic that meets them, as MXNet does."""
import mxnet as mx, numpy as np
for np_mode in [False, True]:
    if np_mode: mx.npx.set_np()
    for wk, gk in [('np', 'nd'), ('nd', 'np'), ('np', 'np'), ('nd', 'nd')]:
        for sk in ['nd', 'np', 'none', 'tuple']:
            o = mx.optimizer.Test(rescale_grad=0.5)
            mk = lambda k, v: mx.np.array(v) if k == 'np' else mx.nd.array(v)
            w = mk(wk, [1.0, 2.0]); g = mk(gk, [0.5, -1.0])
            st = {'nd': mx.nd.zeros(2), 'np': mx.np.zeros(2), 'none': None, 'tuple': (1,)}[sk]
            try:
                o.update(0, w, g, st)
                print(np_mode, wk, gk, sk, 'ok', w.asnumpy().tolist(), None if st is None or sk == 'tuple' else st.asnumpy().tolist())
            except Exception as e:
                print(np_mode, wk, gk, sk, type(e).__name__, str(e)[:150], w.asnumpy().tolist())
            up = mx.optimizer.get_updater(mx.optimizer.Test())
            try:
                up(0, g, w); print('  updater ok', w.asnumpy().tolist())
            except Exception as e:
                print('  updater', type(e).__name__, str(e)[:150])


for mp in [False, True]:
    for dt in ['float32', 'float16', 'float64']:
        o = mx.optimizer.Test(multi_precision=mp, rescale_grad=0.5)
        w = mx.np.array([1.0, 2.0], dtype=dt); g = mx.np.array([0.5, -1.0], dtype=dt)
        try:
            st = o.create_state_multi_precision(0, w)
            print(mp, dt, type(st).__name__, [type(x).__name__ for x in st] if isinstance(st, tuple) else None)
            o.update_multi_precision(0, w, g, st)
            print(mp, dt, w.tolist(), type(st).__name__)
        except Exception as e:
            print(mp, dt, 'E', type(e).__name__, str(e)[:150], w.tolist())
        try:
            o.update(0, w, g, st)
            print(' update', w.tolist())
        except Exception as e:
            print(' update E', type(e).__name__, str(e)[:150], w.tolist())
