"""Legacy mx.rnn cells (LSTM, GRU, RNN, FusedRNNCell and its unfuse, Sequential with Dropout/Residual, Zoneout) unrolled and bound give MXNet outputs, states and gradients, and BidirectionalCell refuses a single symbol input as MXNet does."""
import mxnet as mx
import numpy as np
np.random.seed(0); mx.random.seed(0)
R = mx.rnn
def fwd(name, cell, T=3, layout='NTC'):
    try:
        out, st = cell.unroll(T, mx.sym.Variable('data'), layout=layout, merge_outputs=True)
        sym = mx.sym.Group([out] + list(st))
        shp = (2, T, 3) if layout == 'NTC' else (T, 2, 3)
        ex = sym.simple_bind(mx.cpu(), data=shp, grad_req='write')
        for k, v in sorted(ex.arg_dict.items()):
            v[:] = np.random.uniform(-0.5, 0.5, v.shape)
        outs = ex.forward(is_train=True)
        ex.backward([mx.nd.ones(o.shape) for o in outs])
        print(name, [o.shape for o in outs], [float(o.sum().asscalar()) for o in outs], [(k, float(g.sum().asscalar())) for k, g in sorted(ex.grad_dict.items())])
    except Exception as e:
        print(name, 'ERR', type(e).__name__, str(e).split('\n')[0][:300])
fwd('lstm', R.LSTMCell(4, prefix='a_'))
fwd('gru', R.GRUCell(4, prefix='b_'), layout='TNC')
fwd('rnn', R.RNNCell(4, activation='relu', prefix='c_'))
fwd('fused_lstm', R.FusedRNNCell(4, num_layers=2, mode='lstm', prefix='d_'))
fwd('fused_gru_bi', R.FusedRNNCell(4, num_layers=1, mode='gru', bidirectional=True, prefix='e_', get_next_state=True), layout='TNC')
fwd('fused_unf', R.FusedRNNCell(4, num_layers=2, mode='rnn_tanh', prefix='f_').unfuse())
s = R.SequentialRNNCell(); s.add(R.LSTMCell(4, prefix='g0_')); s.add(R.DropoutCell(0.0)); s.add(R.ResidualCell(R.GRUCell(4, prefix='g1_')))
fwd('seq', s)
fwd('bi', R.BidirectionalCell(R.GRUCell(3, prefix='h_l_'), R.LSTMCell(3, prefix='h_r_'), output_prefix='bo_'))
fwd('conv', R.ZoneoutCell(R.RNNCell(4, prefix='j_'), zoneout_outputs=0.0, zoneout_states=0.0))
