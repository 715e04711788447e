"""LBSGD given mx.np arrays is refused by the first legacy operator its update meets: the zero-rate sgd_update for a gradient that does not complete the large batch, else the LARS norms' multiply, else its update operator (the multi-precision one for a direct update of a master-copy state), as MXNet does."""
import mxnet as mx, numpy as np
mx.npx.set_np()
for strat in ['lars', 'linear']:
    for dt in ['float32', 'float16']:
        for mp in [False, True]:
            for mom in [0.0, 0.9]:
                for bs in [1, 2]:
                    for call in ['update', 'update_multi_precision']:
                        o = mx.optimizer.LBSGD(learning_rate=0.1, momentum=mom, warmup_strategy=strat, multi_precision=mp, batch_scale=bs)
                        w = mx.np.array([1.0, 2.0], dtype=dt); g = mx.np.array([0.5, -1.0], dtype=dt)
                        try:
                            st = o.create_state_multi_precision(0, w)
                            for k in range(2):
                                getattr(o, call)(0, w, g, st)
                            r = w.tolist()
                        except Exception as e:
                            r = type(e).__name__ + ' ' + str(e)[:80]
                        print(strat, dt, mp, mom, bs, call, r)

for strat in ['lars', 'linear']:
    for mom in [0.0, 0.9]:
        for bs in [1, 2]:
            o = mx.optimizer.LBSGD(learning_rate=0.1, momentum=mom, warmup_strategy=strat, batch_scale=bs)
            ws = [mx.np.array([1.0, 2.0]), mx.np.array([3.0])]; gs = [mx.np.array([0.5, -1.0]), mx.np.array([1.0])]
            try:
                sts = [o.create_state(i, w) for i, w in enumerate(ws)]
                o.update([0, 1], ws, gs, sts); r = [w.tolist() for w in ws]
            except Exception as e:
                r = type(e).__name__ + ' ' + str(e)[:70]
            print(strat, mom, bs, r)
            up = mx.optimizer.get_updater(mx.optimizer.LBSGD(learning_rate=0.1, momentum=mom, warmup_strategy=strat, batch_scale=bs))
            try:
                for k in range(2): up([0, 1], gs, ws)
                print('  updater', [w.tolist() for w in ws])
            except Exception as e:
                print('  updater', type(e).__name__, str(e)[:70])
