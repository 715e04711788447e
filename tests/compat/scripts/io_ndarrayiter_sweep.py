# NDArrayIter over random sizes, batch sizes, handles, shuffles, label counts and reset patterns.
import mxnet as mx, numpy as np
out = []
rs = np.random.RandomState(123)
for case in range(120):
    n = int(rs.randint(1, 12)); bs = int(rs.randint(1, 9)); h = ['pad', 'discard', 'roll_over'][rs.randint(3)]
    sh = bool(rs.randint(2)); nl = int(rs.randint(0, 3))
    np.random.seed(case)
    data = np.arange(n * 2).reshape(n, 2)
    labels = [np.arange(n) * (k + 1) for k in range(nl)] if nl else None
    try:
        it = mx.io.NDArrayIter(data, labels, batch_size=bs, shuffle=sh, last_batch_handle=h)
        rec = []
        for ep in range(3):
            got = []
            k = 0
            while True:
                try:
                    b = it.next()
                except StopIteration:
                    break
                got.append((b.data[0].asnumpy()[:, 0].tolist(), [l.asnumpy().tolist() for l in b.label], b.pad))
                k += 1
                if ep == 1 and k == 1 and rs.randint(2):
                    break
            rec.append(got)
            if ep == 1 and case % 3 == 0:
                it.hard_reset()
            else:
                it.reset()
        out.append((case, n, bs, h, sh, nl, rec, it.cursor))
    except Exception as e:
        out.append((case, n, bs, h, sh, nl, 'ERR', type(e).__name__))
for o in out:
    print(o)
