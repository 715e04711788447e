# gluon.rnn and contrib.rnn misuse: the error class of each bad layer/cell call (deferred shape failures print
# their arguments and raise ValueError, as MXNet's traced inference does); 3-D cell steps flatten each sample.
import mxnet as mx
from mxnet import nd
from mxnet.gluon import rnn
from mxnet.gluon.contrib import rnn as crnn


def shapes(r):
    if isinstance(r, nd.NDArray):
        return r.shape
    if isinstance(r, (list, tuple)):
        return [shapes(a) for a in r]
    return r


def t(label, f):
    try:
        r = f()
        print(label, 'ok', shapes(r))
    except Exception as e:
        print(label, type(e).__name__)


def init(block):
    block.initialize()
    return block


x = nd.ones((3, 2, 4))
t('layer bad layout', lambda: rnn.LSTM(2, layout='CTN'))
t('layer bad dropout', lambda: rnn.LSTM(2, dropout=1.5))
t('layer neg dropout', lambda: rnn.LSTM(2, dropout=-0.1))
t('layer 2d input', lambda: init(rnn.LSTM(2))(nd.ones((3, 4))))
t('layer 4d input', lambda: init(rnn.GRU(2))(nd.ones((3, 2, 4, 1))))
t('layer wrong input size', lambda: init(rnn.RNN(2, input_size=3))(x))
t('layer state shape', lambda: init(rnn.RNN(2))(x, [nd.zeros((1, 3, 2))]))
t('layer state list len', lambda: init(rnn.LSTM(2))(x, [nd.zeros((1, 2, 2))]))
t('layer state not list', lambda: init(rnn.GRU(2))(x, nd.zeros((1, 2, 2))))
t('layer state extra', lambda: init(rnn.GRU(2))(x, [nd.zeros((1, 2, 2)), nd.zeros((1, 2, 2))]))
t('layer zero layers', lambda: rnn.LSTM(2, num_layers=0))
t('layer bad activation', lambda: rnn.RNN(2, activation='sigmoid'))
t('gru proj', lambda: rnn.GRU(2, projection_size=1))
t('layer begin_state', lambda: rnn.LSTM(2, num_layers=2, bidirectional=True).begin_state(3)[1].shape)
t('layer state_info', lambda: rnn.LSTM(2, num_layers=2, projection_size=1).state_info(3))
t('layer call no init', lambda: rnn.LSTM(2)(x))
t('cell 3d step', lambda: init(rnn.LSTMCell(2))(nd.ones((2, 3, 4)), [nd.zeros((2, 2))] * 2))
t('cell wrong state', lambda: init(rnn.GRUCell(2))(nd.ones((2, 4)), [nd.zeros((3, 2))]))
t('cell unroll wrong length', lambda: init(rnn.RNNCell(2)).unroll(5, x, layout='TNC'))
t('cell unroll list wrong length', lambda: init(rnn.RNNCell(2)).unroll(3, [nd.ones((2, 4))] * 2))
t('cell bad layout', lambda: init(rnn.RNNCell(2)).unroll(3, x, layout='CNT'))
t('cell bad activation', lambda: init(rnn.RNNCell(2, activation='foo'))(nd.ones((2, 4)), [nd.zeros((2, 2))]))
t('bi step', lambda: rnn.BidirectionalCell(rnn.LSTMCell(2), rnn.LSTMCell(2))(nd.ones((2, 4)), []))
t('zoneout bad', lambda: rnn.ZoneoutCell(rnn.BidirectionalCell(rnn.LSTMCell(2), rnn.LSTMCell(2))))
t('dropout bad', lambda: rnn.DropoutCell('x'))
t('seq step bi', lambda: (lambda s: (s.add(rnn.BidirectionalCell(rnn.LSTMCell(2), rnn.LSTMCell(2))), s.initialize(), s(nd.ones((2, 4)), s.begin_state(2))))(rnn.SequentialRNNCell()))
t('residual bad size', lambda: init(rnn.ResidualCell(rnn.GRUCell(3))).unroll(3, x, layout='TNC'))
t('lstmp bad', lambda: init(crnn.LSTMPCell(3, 2))(nd.ones((2, 4)), [nd.zeros((2, 3)), nd.zeros((2, 3))]))
t('conv even kernel', lambda: crnn.Conv2DRNNCell((2, 4, 4), 3, (3, 3), (2, 2)))
t('conv bad input shape', lambda: init(crnn.Conv1DLSTMCell((2, 5), 3, 3, 3))(nd.ones((1, 2, 6)), [nd.zeros((1, 3, 3))] * 2))
t('vardrop bi', lambda: crnn.VariationalDropoutCell(rnn.BidirectionalCell(rnn.LSTMCell(2), rnn.LSTMCell(2))))
t('begin_state bad func', lambda: rnn.LSTMCell(2).begin_state(2, func=lambda **kw: 1))
t('valid_length wrong shape', lambda: init(rnn.LSTMCell(2)).unroll(3, x, layout='TNC', valid_length=nd.ones((3,)), merge_outputs=True))
