"""MXNet's shape inference runs each node's shape function in turn in its first pass: a function refusing an input it
reads while still unknown fails there, before a later node refuses known shapes and though a later node could infer that
input."""
import re

import mxnet as mx


def last_line(e):
    return re.sub(r'\[\d\d:\d\d:\d\d\] ', '', str(e)).split('\n')[-1]


a, b, w, lab, c = [mx.sym.var(n) for n in ('a', 'b', 'w', 'lab', 'c')]
pad = mx.sym.Pad(b, mode='constant', pad_width=(0, 0, 0, 0, 1, 1, 1, 1))
roi = mx.sym.ROIPooling(a, w, pooled_size=(1, 1), spatial_scale=1.)
cases = {
    'ROIPooling then Pad': mx.sym.Group([roi, pad]),
    'Pad then ROIPooling': mx.sym.Group([pad, roi]),
    'ROIPooling, its rois from an add after': mx.sym.Group([roi, mx.sym.elemwise_add(w, c)]),
    'softmax_cross_entropy, its label from an add after': mx.sym.Group([mx.sym.softmax_cross_entropy(a, lab),
                                                                         mx.sym.elemwise_add(lab, c)]),
    'softmax_cross_entropy, its label from an add before': mx.sym.Group([mx.sym.elemwise_add(lab, c),
                                                                          mx.sym.softmax_cross_entropy(a, lab)]),
    'ctc_loss, its label from an add after': mx.sym.Group([mx.sym.ctc_loss(a, lab), mx.sym.elemwise_add(lab, c)]),
    'softmax_cross_entropy then ctc_loss': mx.sym.Group([mx.sym.softmax_cross_entropy(a, w), mx.sym.ctc_loss(b, w)]),
    'ctc_loss then softmax_cross_entropy': mx.sym.Group([mx.sym.ctc_loss(b, w), mx.sym.softmax_cross_entropy(a, w)]),
    'FullyConnected then softmax_cross_entropy': mx.sym.Group([mx.sym.FullyConnected(b, num_hidden=2),
                                                                mx.sym.softmax_cross_entropy(a, w)]),
}
for name, sym in cases.items():
    for given in [dict(a=(2, 3), c=(2,)), dict(a=(2, 3), b=(3, 2), c=(2, 4)), dict(a=(1, 1, 4, 4), b=(1, 2, 4, 4)),
                  dict(a=(2, 3, 4), c=(3, 4), b=(2, 2, 2, 2)), dict(b=(2, 2))]:
        given = {k: v for k, v in given.items() if k in sym.list_arguments()}
        for method in ('infer_shape', 'infer_shape_partial'):
            try:
                print(name, given, method, getattr(sym, method)(**given))
            except mx.base.MXNetError as e:
                print(name, given, method, 'MXNetError', last_line(e))
