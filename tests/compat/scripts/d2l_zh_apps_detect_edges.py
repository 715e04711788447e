"""box_nms and MultiBoxDetection corners: classes compared as C ints (1.2 ~ 1.7, NaN ~ INT_MIN), NaN edges and
scores as the kernels' comparisons treat them, a lone background class, scores at or below -1."""
from mxnet import nd

nan = float('nan')

rows = [[0, 0.9, 0.1, 0.1, 0.4, 0.4], [nan, 0.85, 0.1, 0.1, 0.4, 0.4], [0, 0.8, 0.1, 0.1, 0.41, 0.4], [nan, 0.7, 0.1, 0.1, 0.4, 0.4],
        [1, 0.6, 0.1, 0.1, 0.4, 0.4], [1, 0.5, nan, 0.1, 0.4, 0.4], [1, 0.4, 0.1, 0.1, 0.4, 0.4], [0, nan, 0.1, 0.1, 0.4, 0.4],
        [2, 0.3, 0.5, 0.5, 0.5, 0.5], [2, 0.2, 0.5, 0.5, 0.5, 0.5]]
for dt in ('float32', 'float64', 'float16'):
    x = nd.array(rows, dtype=dt).expand_dims(0)
    for kw in [dict(id_index=0), dict(id_index=0, force_suppress=True), dict(), dict(id_index=0, background_id=2), dict(id_index=0, in_format='center')]:
        print(dt, sorted(kw.items()), nd.contrib.box_nms(x, overlap_thresh=0.5, **kw)[0, :, :2].asnumpy().tolist())
cls = nd.array([[[0.1, 0.2, 0.3], [0.9, nan, 0.7], [0.0, 0.8, 0.0]]])
print(nd.contrib.MultiBoxDetection(cls, nd.zeros((1, 12)), nd.array([[[0.1, 0.1, 0.4, 0.4], [0.1, 0.1, 0.4, 0.41], [0.1, 0.1, 0.4, 0.4]]])))

def run(ids, **kw):
    rows = [[i, 0.9 - 0.1 * k, 0.1, 0.1, 0.4, 0.4] for k, i in enumerate(ids)]
    return nd.contrib.box_nms(nd.array(rows).expand_dims(0), overlap_thresh=0.5, id_index=0, **kw)[0, :, :2].asnumpy().tolist()
print(run([1.2, 1.7, 2.0]))
print(run([-0.5, 0.0, 0.7]))
print(run([nan, nan, -3e9]))
print(run([3e9, -3e9, nan]))
print(run([2.3, 2.0, 1.0], background_id=2))
print(run([nan, 1.0, 2.0], background_id=-2147483648))
print(run([-1.0, -1.0, 0.5]))

anc = nd.array([[[0.1, 0.1, 0.4, 0.4], [0.1, 0.1, 0.4, 0.41], [0.5, 0.5, 0.9, 0.9]]])
for cls in ([[[0.1, 0.2, 0.3], [0.9, nan, 0.7], [0.0, 0.8, 0.0]]], [[[0.3, 0.2, 0.1]]], [[[0.1, 0.2, 0.3], [-2, -1, -0.5], [-3, -1, -0.9]]],
            [[[0.1, 0.2, 0.3], [nan, nan, 0.5], [nan, 0.3, nan]]], [[[0.5, 0.5, 0.5], [0.5, 0.5, 0.5], [0.5, 0.5, 0.5]]]):
    c = nd.array(cls)
    try:
        print(nd.contrib.MultiBoxDetection(c, nd.zeros((1, 12)), anc, threshold=-5).asnumpy().round(4).tolist())
        print(nd.contrib.MultiBoxDetection(c, nd.zeros((1, 12)), anc).asnumpy().round(4).tolist())
    except Exception as e:
        print(type(e).__name__)

# MultiBoxTarget: the labels end at the first class -1, whose row must be -1 throughout (checked when read)
anc = nd.array([[[0.1, 0.1, 0.5, 0.5], [0.5, 0.5, 0.9, 0.9]]])
for lab in ([[[0, 0.1, 0.1, 0.5, 0.5], [-1, 0.2, 0.3, 0.4, 0.5]]], [[[-1, -1, 0, 0, 0], [0, 0.1, 0.1, 0.5, 0.5]]],
            [[[0, 0.1, 0.1, 0.5, 0.5], [-1, -1, -1, -1, -1], [1, 0.5, 0.5, 0.9, 0.9]]],
            [[[0, 0.1, 0.1, 0.5, 0.5], [-1, -1, -1, -1, -1], [-1, 0.5, 0.5, 0.9, 0.9]]]):
    out = nd.contrib.MultiBoxTarget(anc, nd.array(lab), nd.zeros((1, 2, 2)))
    print('called', [o.shape for o in out])
    try:
        print([o.asnumpy().tolist() for o in out])
    except Exception as e:
        print(type(e).__name__)

# box_iou: edges by the kernel's ternaries (a NaN edge loses), no overlap 0, a NaN area NaN
a = nd.array([[0.1, 0.1, 0.5, 0.5], [nan, 0.1, 0.5, 0.5], [0.5, 0.5, 0.1, 0.1], [0.2, 0.2, 0.2, 0.6]])
b = nd.array([[0.1, 0.1, 0.5, 0.5], [0.3, nan, 0.6, 0.6], [0.0, 0.0, 1.0, 1.0]])
print(nd.contrib.box_iou(a, b).asnumpy().round(4).tolist())
print(nd.contrib.box_iou(a, b, format='center').asnumpy().round(4).tolist())
print(nd.contrib.box_iou(b, a).asnumpy().round(4).tolist())
