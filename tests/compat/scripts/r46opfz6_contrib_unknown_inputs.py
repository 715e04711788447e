"""AdaptiveAvgPooling2D and box_nms stop their shape inference at a legacy zero (unknown) size before any rank check, listing no output shapes, and box_iou prints an unknown box width as -1, as MXNet does."""
import mxnet as mx
import numpy as np

nd = mx.nd


def text(e):
    return ' | '.join(l for l in str(e).split('\n') if l.strip())[:400]


def show(tag, f):
    try:
        y = f()
        y = y[0] if isinstance(y, (list, tuple)) else y
        print(tag, '->', y.shape, y.asnumpy().sum())
    except Exception as e:
        print(tag, '->', type(e).__name__, text(e))


for shape in [(0,), (2, 0), (0, 3), (2, 0, 4), (1, 0, 2, 2), (2, 3), (1, 2, 4, 4)]:
    x = nd.array(np.ones(shape))
    show(f'AdaptiveAvgPooling2D {shape}', lambda: nd.contrib.AdaptiveAvgPooling2D(x, output_size=2))
    show(f'box_nms {shape}', lambda: nd.contrib.box_nms(x))
    show(f'box_iou {shape}', lambda: nd.contrib.box_iou(x, nd.array(np.ones((2, 4)))))
    show(f'box_iou rhs {shape}', lambda: nd.contrib.box_iou(nd.array(np.ones((2, 4))), x))
