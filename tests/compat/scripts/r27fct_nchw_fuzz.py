"""Seeded random calls of MultiBoxPrior, ROIAlign, ROIPooling, AdaptiveAvgPooling2D and BilinearResize2D
(attributes, modes, gradients)."""
# recorded on AVX2
import random
import numpy as np
import mxnet as mx
from _words import words
R = random.Random(27)
N = 40
C = mx.nd.contrib

def fmt(o):
    return f"{np.dtype(o.dtype).name}{o.shape}{o.asnumpy().tolist()}"

def show(label, f):
    try:
        out = f()
        s = ' | '.join(fmt(o) for o in out) if isinstance(out, (list, tuple)) else fmt(out)
    except Exception as e:
        s = words(e)
    print(label, s)

def grad(f, *xs, head=None):
    def g():
        xs2 = [x.copy() for x in xs]
        for x in xs2: x.attach_grad()
        with mx.autograd.record():
            y = f(*xs2)
        y.backward(head(y) if head else None)
        return [x.grad for x in xs2]
    return g

def rnd(shape, lo=-2, hi=2, q=4):
    return mx.nd.array(np.array([R.randint(lo * q, hi * q) / q for _ in range(int(np.prod(shape)))],
                                'float32').reshape(shape))

def rshape(nd=None, lo=1, hi=4):
    nd = nd or R.randint(1, 4)
    return tuple(R.randint(lo, hi) for _ in range(nd))

for i in range(N):
    # MultiBoxPrior
    x = mx.nd.zeros((1, 2, R.randint(1, 4), R.randint(1, 4)))
    kw = {}
    if R.random() < 0.8: kw['sizes'] = tuple(R.choice([0.1, 0.25, 0.5, 0.75, 1.0]) for _ in range(R.randint(1, 3)))
    if R.random() < 0.6: kw['ratios'] = tuple(R.choice([1, 2, 0.5, 3]) for _ in range(R.randint(1, 3)))
    if R.random() < 0.3: kw['clip'] = R.choice([True, False])
    if R.random() < 0.3: kw['steps'] = R.choice([(-1, -1), (0.5, 0.25), (0.1, 0.2)])
    if R.random() < 0.3: kw['offsets'] = R.choice([(0.5, 0.5), (0, 0), (0.2, 0.7)])
    show(f"mbp{i} {x.shape} {kw}", lambda: C.MultiBoxPrior(x, **kw))
    # ROIAlign / ROIPooling
    d = rnd((R.randint(1, 2), R.randint(1, 2), R.randint(2, 5), R.randint(2, 5)))
    nr = R.randint(1, 3)
    def roi():
        x, y = R.randint(-1, 6) * 0.5, R.randint(-1, 6) * 0.5
        return [R.randint(0, d.shape[0] - 1), x, y, x + R.randint(1, 6) * 0.5, y + R.randint(1, 6) * 0.5]
    rois = mx.nd.array([roi() for _ in range(nr)])
    ps = R.choice([(1, 1), (2, 2), (2, 3), (3, 1)])
    ss = R.choice([1.0, 0.5, 2.0, 0.25])
    kw = {'pooled_size': ps, 'spatial_scale': ss}
    if R.random() < 0.5: kw['sample_ratio'] = R.choice([-1, 1, 2, 0])
    if R.random() < 0.3: kw['aligned'] = R.choice([True, False])
    if R.random() < 0.2: kw['position_sensitive'] = True
    show(f"roia{i} {d.shape} {rois.asnumpy().tolist()} {kw}", lambda: C.ROIAlign(d, rois, **kw))
    if R.random() < 0.4:
        show(f"roiag{i}", grad(lambda a, b: C.ROIAlign(a, b, **kw), d, rois))
    show(f"roip{i} {ps} {ss}", lambda: mx.nd.ROIPooling(d, rois, pooled_size=ps, spatial_scale=ss))
    if R.random() < 0.4:
        show(f"roipg{i}", grad(lambda a, b: mx.nd.ROIPooling(a, b, pooled_size=ps, spatial_scale=ss), d, rois))
    # AdaptiveAvgPooling2D
    d = rnd((1, R.randint(1, 2), R.randint(1, 6), R.randint(1, 6)))
    os_ = R.choice([1, 2, 3, (2, 3), (4, 1), (), None, (5, 5)])
    kw = {} if os_ is None else {'output_size': os_}
    show(f"aap{i} {d.shape} {kw}", lambda: C.AdaptiveAvgPooling2D(d, **kw))
    if R.random() < 0.4:
        show(f"aapg{i}", grad(lambda a: C.AdaptiveAvgPooling2D(a, **kw), d))
    # BilinearResize2D
    kw = {}
    mode = R.choice(['size', 'odd_scale', 'like', 'to_even_down', 'to_even_up', 'to_odd_down', 'to_odd_up', None])
    if mode: kw['mode'] = mode
    if R.random() < 0.6: kw['height'] = R.randint(1, 7); kw['width'] = R.randint(1, 7)
    if R.random() < 0.4:
        kw['scale_height'], kw['scale_width'] = R.choice([0.5, 1.5, 2.0, 0.3]), R.choice([0.5, 1.5, 2.0, 0.7])
    if R.random() < 0.3: kw['align_corners'] = R.choice([True, False])
    args = [d]
    if mode == 'like':
        args.append(mx.nd.zeros((1, 1, R.randint(1, 6), R.randint(1, 6))))
    show(f"bil{i} {d.shape} {kw} {[a.shape for a in args]}", lambda: C.BilinearResize2D(*args, **kw))
    if R.random() < 0.4:
        show(f"bilg{i}", grad(lambda *a: C.BilinearResize2D(*a, **kw), *args))
