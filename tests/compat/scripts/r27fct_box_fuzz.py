"""Seeded random calls of box_nms (attributes, ties, degenerate boxes, gradients), box_iou and bipartite_matching."""
# recorded on AVX2
import random
import numpy as np
import mxnet as mx
from _words import words
R = random.Random(27)
N = 45

def show(label, f):
    try:
        out = f()
        if isinstance(out, (list, tuple)):
            s = ' | '.join(f"{np.dtype(o.dtype).name}{o.shape}{o.asnumpy().tolist()}" for o in out)
        else:
            s = f"{np.dtype(out.dtype).name}{out.shape}{out.asnumpy().tolist()}"
    except Exception as e:
        s = words(e)
    print(label, s)

def boxes(n, w, tie=True):
    a = []
    for _ in range(n):
        if tie and R.random() < 0.2 and a:
            a.append(list(R.choice(a)))
            continue
        x0, y0 = R.randint(0, 8), R.randint(0, 8)
        x1, y1 = x0 + R.randint(-1, 5), y0 + R.randint(-1, 5)
        a.append([x0, y0, x1, y1])
    return a

for i in range(N):
    n = R.randint(0, 6)
    w = R.choice([5, 6, 7])
    data = []
    for b in boxes(n, w):
        row = [R.choice([0, 1, 2, -1]), R.choice([0.1, 0.5, 0.9, 0.5, 0.3, -0.2])] + b
        while len(row) < w:
            row.append(R.random())
        data.append(row[:w])
    shape = (n, w)
    if R.random() < 0.3:
        shape = (1, n, w)
    arr = mx.nd.array(np.array(data, dtype='float32').reshape(shape) if n else np.zeros(shape, 'float32'))
    kw = {}
    for k, vals in [('overlap_thresh', [0.1, 0.5, 0.7, 0.0, 1.0]), ('valid_thresh', [0, 0.2, 0.6, -1]),
                    ('topk', [-1, 1, 2, 0, 10]), ('coord_start', [2, 1, 3, 0]), ('score_index', [1, 0, 4]),
                    ('id_index', [0, -1, 2, 5]), ('force_suppress', [True, False]),
                    ('in_format', ['corner', 'center']), ('out_format', ['corner', 'center']),
                    ('background_id', [-1, 0, 1])]:
        if R.random() < (0.08 if k in ('coord_start', 'score_index', 'id_index') else 0.4):
            kw[k] = R.choice(vals)
    show(f"nms{i} {shape} {kw}", lambda: mx.nd.contrib.box_nms(arr, **kw))
    if R.random() < 0.3:
        def g():
            x = arr.copy(); x.attach_grad()
            with mx.autograd.record():
                y = mx.nd.contrib.box_nms(x, **kw)
            y.backward(mx.nd.ones_like(y) * 2)
            return x.grad
        show(f"nmsg{i}", g)

for i in range(N):
    a = mx.nd.array(boxes(R.randint(1, 4), 4))
    b = mx.nd.array(boxes(R.randint(1, 4), 4))
    if R.random() < 0.3:
        a = a.reshape((1,) + a.shape)
    fmt = R.choice(['corner', 'center'])
    show(f"iou{i} {a.shape} {b.shape} {fmt}", lambda: mx.nd.contrib.box_iou(a, b, format=fmt))
    cols = R.randint(1, 4)
    m = mx.nd.array(np.array([[R.choice([0.1, 0.5, 0.9, 0.5, -1, 0.3]) for _ in range(cols)]
                              for _ in range(R.randint(1, 4))], 'float32'))
    if R.random() < 0.3:
        m = m.reshape((1,) + m.shape)
    kw = {'threshold': R.choice([0.2, 0.5, 1e-12, 0.95])}
    if R.random() < 0.5:
        kw['is_ascend'] = R.choice([True, False])
    if R.random() < 0.5:
        kw['topk'] = R.choice([-1, 1, 2])
    show(f"bpm{i} {m.shape} {kw}", lambda: mx.nd.contrib.bipartite_matching(m, **kw))
