# mx.np mode: a gluon.rnn layer without states inside a hybridized parent builds its begin state of batch 0,
# a real size under NumPy shape semantics, so the RNN operator's shape check refuses it (alone, it gets real states)
# recorded on AVX2
import mxnet as mx
from mxnet import np, npx, gluon
from mxnet.gluon import nn, rnn
npx.set_np()
for case in ['alone', 'alone_in_units', 'seq', 'seq_states']:
    mx.random.seed(0)
    l = rnn.LSTM(5, input_size=5) if case == 'alone_in_units' else rnn.LSTM(5)
    if case.startswith('seq'):
        net = nn.HybridSequential(); net.add(l)
    else:
        net = l
    net.initialize(); net.hybridize()
    try:
        x = np.ones((3, 7, 5))
        out = net(x, l.begin_state(7)) if case == 'seq_states' else net(x)
        print(case, out[0].shape if isinstance(out, (list, tuple)) else out.shape)
    except Exception as e:
        print(case, type(e).__name__, str(e)[:300])
data = mx.sym.var('data')
st = mx.sym.zeros(shape=(1, 0, 5)); c = mx.sym.zeros(shape=(1, 0, 5))
p = mx.sym.var('p')
out = mx.sym.RNN(data, p, st, c, state_size=5, num_layers=1, mode='lstm')
for f in ['infer_shape', 'infer_shape_partial']:
    try:
        print(f, getattr(out, f)(data=(3, 7, 5)))
    except Exception as e:
        print(f, type(e).__name__, str(e)[:300])
