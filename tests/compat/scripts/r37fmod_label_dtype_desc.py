"""Module.bind types a data input by its variable's declared dtype over its description's, but a label by its
description's whatever its variable declares, as MXNet's executor group sets the labels' types last."""
import re

import mxnet as mx

descs = {'f32 descs': ([mx.io.DataDesc('data', (4, 3))], [mx.io.DataDesc('softmax_label', (4,))]),
         'tuples': ([('data', (4, 3))], [('softmax_label', (4,))]),
         'f16 data': ([mx.io.DataDesc('data', (4, 3), 'float16')], [('softmax_label', (4,))]),
         'f16 label': ([('data', (4, 3))], [mx.io.DataDesc('softmax_label', (4,), 'float16')]),
         'f16 both': ([mx.io.DataDesc('data', (4, 3), 'float16')], [mx.io.DataDesc('softmax_label', (4,), 'float16')]),
         'no label': ([('data', (4, 3))], None)}
for label_dtype in ['float16', None, 'float32', 'float64']:
    label = mx.sym.var('softmax_label', dtype=label_dtype) if label_dtype else mx.sym.var('softmax_label')
    for data_dtype in ['float16', None, 'float64']:
        data = mx.sym.var('data', dtype=data_dtype) if data_dtype else mx.sym.var('data')
        net = mx.sym.SoftmaxOutput(mx.sym.FullyConnected(data, num_hidden=2, name='fc'), label, name='softmax')
        for how, (data_shapes, label_shapes) in descs.items():
            mod = mx.mod.Module(net)
            try:
                mod.bind(data_shapes, label_shapes)
                e = mod._exec_group.execs[0]
                got = [v.dtype.__name__ for v in e.arg_dict.values()] + [o.dtype.__name__ for o in e.outputs]
            except Exception as ex:
                got = '%s %s' % (type(ex).__name__, re.sub(r'\[\d\d:\d\d:\d\d\] ', '', str(ex).splitlines()[-1]))
            print(label_dtype, data_dtype, how, got)
