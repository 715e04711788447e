"""Box operators' input checks: MXNet's words, shape inference before type checks, empty inputs as unknown shapes."""
import mxnet as mx
import numpy as np
from mxnet import nd


def show(label, fn):
    try:
        out = fn()
        outs = out if isinstance(out, (list, tuple)) else [out]
        print(label, [(o.dtype.__name__, o.shape, o.asnumpy().tolist()) for o in outs])
    except mx.base.MXNetError as e:
        lines = str(e).strip().split('\n')
        text = lines[2] if lines[0].startswith('Traceback') else lines[0]
        print(label, 'MXNetError', text.replace('MXNetError: ', ''))


boxes = nd.array([[0, 0.9, 0, 0, 2, 2], [0, 0.8, 0.5, 0.5, 2, 2], [1, 0.7, 0, 0, 1, 1]])
show('nms 1-d', lambda: nd.contrib.box_nms(nd.ones((6,))))
show('nms empty', lambda: nd.contrib.box_nms(nd.array(np.ones((1, 0, 6)))))
show('nms empty, ids clash', lambda: nd.contrib.box_nms(nd.array(np.ones((0, 6))), id_index=1))
show('nms empty, id out of range', lambda: nd.contrib.box_nms(nd.array(np.ones((2, 0, 6))), id_index=6))
show('nms empty int', lambda: nd.contrib.box_nms(nd.array(np.ones((0, 6)), dtype='int32')))
for dtype in ['int32', 'int64', 'int8', 'uint8']:
    show('nms ' + dtype, lambda: nd.contrib.box_nms(boxes.astype(dtype)))
    show('iou ' + dtype, lambda: nd.contrib.box_iou(nd.ones((2, 4), dtype=dtype), nd.ones((3, 4), dtype=dtype)))
show('nms ok', lambda: nd.contrib.box_nms(boxes, id_index=0, overlap_thresh=0.1))
show('iou lhs width', lambda: nd.contrib.box_iou(nd.ones((2, 5)), nd.ones((3, 4))))
show('iou rhs width', lambda: nd.contrib.box_iou(nd.ones((2, 4)), nd.ones((3, 3))))
show('iou mixed types', lambda: nd.contrib.box_iou(nd.ones((2, 4)), nd.ones((3, 4), dtype='float64')))
show('iou empty int', lambda: nd.contrib.box_iou(nd.array(np.ones((0, 4)), dtype='int32'), nd.ones((3, 4), dtype='int32')))
show('iou empty', lambda: nd.contrib.box_iou(nd.ones((2, 4)), nd.array(np.ones((0, 4)))))
show('bipartite 1-d', lambda: nd.contrib.bipartite_matching(nd.ones((5,)), threshold=0.1))
show('bipartite int', lambda: nd.contrib.bipartite_matching(nd.ones((2, 2), dtype='int32'), threshold=0.1))
corner = nd.array([[[0, 0, 2, 2], [1, 1, 3, 4], [0.5, 0, 1, 1]]])
show('decode data rank', lambda: nd.contrib.box_decode(nd.ones((3, 4)), corner))
show('decode data width', lambda: nd.contrib.box_decode(nd.ones((1, 3, 5)), corner))
show('decode anchor rank', lambda: nd.contrib.box_decode(nd.ones((1, 3, 4)), corner[0]))
show('decode mixed types', lambda: nd.contrib.box_decode(nd.ones((1, 3, 4)), corner.astype('float64')))
show('decode int8', lambda: nd.contrib.box_decode(nd.ones((1, 3, 4), dtype='int8'), corner.astype('int8')))
args = [nd.ones((1, 3)), nd.zeros((1, 3)), corner, nd.array([[[0, 0, 1, 1], [1, 1, 2, 2]]]), nd.zeros((4,)), nd.ones((4,))]
show('encode ok', lambda: nd.contrib.box_encode(*args))
show('encode means', lambda: nd.contrib.box_encode(*args[:4], nd.zeros((3,)), args[5]))
show('encode refs width', lambda: nd.contrib.box_encode(*args[:3], nd.ones((1, 2, 5)), *args[4:]))
show('encode mixed types', lambda: nd.contrib.box_encode(*args[:2], corner.astype('float64'), *args[3:]))
