"""Gradient buffers of contrib ops' constant and zero-gradient inputs under 'write' and 'add' requests (rois, anchors, like, masks)."""
# recorded on AVX2
import mxnet as mx
import numpy as np

np.random.seed(3)
nd = mx.nd


def R(*s):
    return np.random.randn(*s).astype('float32')


def U(*s):
    return np.random.rand(*s).astype('float32')


rois = np.array([[0, 0.5, 0.5, 2.5, 2.5], [0, 1, 0, 3, 2]], 'float32')
labels = np.array([[[0, .1, .1, .5, .5], [1, .4, .4, .9, .9]]], 'float32')
cases = [
    ('ROIAlign', nd.contrib.ROIAlign, [R(1, 1, 4, 4), rois], dict(pooled_size=(2, 2), spatial_scale=1.0)),
    ('ROIPooling', nd.ROIPooling, [R(1, 1, 4, 4), rois], dict(pooled_size=(2, 2), spatial_scale=1.0)),
    ('box_iou', nd.contrib.box_iou, [U(2, 4), U(3, 4)], {}),
    ('box_iou center', nd.contrib.box_iou, [U(1, 2, 4), U(2, 4)], dict(format='center')),
    ('MultiBoxPrior', nd.contrib.MultiBoxPrior, [U(1, 1, 2, 2)], dict(sizes=(0.5, 0.25))),
    ('MultiBoxTarget', nd.contrib.MultiBoxTarget, [U(1, 4, 4), labels, R(1, 3, 4)], {}),
    ('MultiBoxDetection', nd.contrib.MultiBoxDetection, [U(1, 3, 4), R(1, 16) * .1, U(1, 4, 4)], {}),
    ('bipartite_matching', nd.contrib.bipartite_matching, [U(2, 3)], dict(threshold=0.1)),
    ('BilinearResize2D like', nd.contrib.BilinearResize2D, [R(1, 1, 2, 2), R(1, 1, 3, 3)], dict(mode='like')),
    ('BilinearResize2D like same', nd.contrib.BilinearResize2D, [R(1, 1, 2, 2), R(1, 1, 2, 2)], dict(mode='like')),
    ('DeformableConvolution', nd.contrib.DeformableConvolution, [R(1, 1, 3, 3), R(1, 8, 2, 2) * .3, R(1, 1, 2, 2)],
     dict(kernel=(2, 2), num_filter=1, no_bias=True)),
    ('DeformableConvolution bias', nd.contrib.DeformableConvolution,
     [R(1, 2, 3, 3), R(1, 8, 2, 2) * .3, R(2, 2, 2, 2), R(2)], dict(kernel=(2, 2), num_filter=2)),
    ('boolean_mask', nd.contrib.boolean_mask, [R(3, 2), np.array([1, 0, 1], 'float32')], {}),
    ('boolean_mask 2', nd.contrib.boolean_mask, [R(5, 2), np.array([0, 0, 1, 0, 1], 'float32')], {}),
]
for name, f, arrs, kw in cases:
    for reqs in (['write'] * 5, ['add'] * 5, ['add', 'null', 'add', 'null', 'add'], ['write', 'add', 'write', 'add', 'write']):
        A = [nd.array(a) for a in arrs]
        for a, req in zip(A, reqs):
            a.attach_grad(grad_req=req)
            if req != 'null':
                a.grad[:] = 0.5
        with mx.autograd.record():
            y = f(*A, **kw)
        ys = y if isinstance(y, (list, tuple)) else [y]
        mx.autograd.backward(ys, [nd.array(np.arange(1, o.size + 1).reshape(o.shape) % 5) for o in ys])
        print('%-26s %-28s %s' % (name, ','.join(reqs[:len(A)]), ' | '.join(
            '-' if a.grad is None else np.array2string(a.grad.asnumpy().ravel()[:6], precision=4) for a in A)))
