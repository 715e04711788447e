import mxnet as mx
def tr(name, f):
    try:
        r = f(); print(name, r)
    except Exception as e:
        print(name, 'ERR', type(e).__name__)
data = mx.sym.var('data')
for cell in [mx.rnn.LSTMCell(5, prefix='l_'), mx.rnn.GRUCell(5, prefix='g_'), mx.rnn.RNNCell(5, prefix='r_')]:
    outs, states = cell.unroll(3, inputs=data, merge_outputs=True, layout='NTC')
    g = mx.sym.Group([outs] + states)
    tr(cell._prefix, lambda: g.infer_shape(data=(2, 3, 4)))
    tr(cell._prefix + 'p', lambda: g.infer_shape_partial(data=(0, 3, 4)))
    tr(cell._prefix + 'list', lambda: g.list_arguments())
stack = mx.rnn.SequentialRNNCell()
stack.add(mx.rnn.LSTMCell(4, prefix='a_'))
stack.add(mx.rnn.LSTMCell(3, prefix='b_'))
outs, states = stack.unroll(2, inputs=data, merge_outputs=False)
tr('stack', lambda: mx.sym.Group(outs).infer_shape(data=(5, 2, 6)))
fused = mx.rnn.FusedRNNCell(4, num_layers=2, mode='lstm', prefix='f_')
outs, states = fused.unroll(3, inputs=data, merge_outputs=True, layout='TNC')
tr('fused', lambda: outs.infer_shape(data=(3, 2, 6)))
tr('fusedp', lambda: outs.infer_shape_partial(data=(3, 0, 6)))
z = mx.sym.zeros((0, 4)) + mx.sym.var('q')
tr('zeros0', lambda: z.infer_shape(q=(3, 4)))
tr('zeros0p', lambda: z.infer_shape_partial())
e = z.simple_bind(mx.cpu(), q=(3, 4))
tr('zeros0-run', lambda: e.forward()[0].shape)
