# kvstore push/pull/pushpull over random key lists, value lists, key kinds and updaters.
import mxnet as mx, numpy as np
rs = np.random.RandomState(3)
for case in range(40):
    kv = mx.kv.create(['local', 'device'][case % 2])
    strk = bool(rs.randint(2))
    keys = [('k%d' % i) if strk else i for i in range(3)]
    shape = (2, int(rs.randint(1, 4)))
    kv.init(keys, [mx.nd.array(rs.randint(0, 5, shape)) for _ in keys])
    if rs.randint(2):
        kv._set_updater(lambda k, g, w: w.__setitem__(slice(None), w * 0.5 + g))
    log = []
    for step in range(4):
        op = rs.randint(4)
        sel = [keys[i] for i in sorted(set(rs.randint(0, 3, rs.randint(1, 4))))]
        vals = [[mx.nd.array(rs.randint(-3, 4, shape)) for _ in range(rs.randint(1, 3))] for _ in sel]
        try:
            if op == 0:
                kv.push(sel, vals)
            elif op == 1:
                kv.push(sel[0], vals[0])
            elif op == 2:
                kv.pushpull(sel, [v[0] for v in vals])
                log.append([v[0].asnumpy().tolist() for v in vals])
            outs = [mx.nd.zeros(shape) for _ in sel]
            kv.pull(sel, out=outs)
            log.append([o.asnumpy().tolist() for o in outs])
        except Exception as e:
            log.append(type(e).__name__)
    print(case, strk, log)
