# Learning-rate schedules over random arguments, warm-up modes and update counts (exact floats).
import mxnet as mx, numpy as np
rs = np.random.RandomState(8)
for case in range(60):
    kind = case % 4
    base = float(rs.rand()); ws = int(rs.randint(0, 5)); wb = float(rs.rand() * base); wm = ['linear', 'constant'][rs.randint(2)]
    try:
        if kind == 0:
            s = mx.lr_scheduler.FactorScheduler(int(rs.randint(1, 5)), float(rs.rand()), float(rs.rand() * 0.01), base, ws, wb, wm)
        elif kind == 1:
            steps = sorted(set(int(x) for x in rs.randint(1, 20, rs.randint(1, 4))))
            s = mx.lr_scheduler.MultiFactorScheduler(steps, float(rs.rand()), base, ws, wb, wm)
        elif kind == 2:
            s = mx.lr_scheduler.PolyScheduler(int(rs.randint(ws + 1, 25)), base, float(rs.rand() * 3), float(rs.rand() * 0.01), ws, wb, wm)
        else:
            s = mx.lr_scheduler.CosineScheduler(int(rs.randint(ws + 1, 25)), base, float(rs.rand() * 0.01), ws, wb, wm)
        ups = sorted(int(x) for x in rs.randint(0, 30, 12))
        print(case, type(s).__name__, [repr(s(u)) for u in ups])
    except Exception as e:
        print(case, 'ERR', type(e).__name__)
