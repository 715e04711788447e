"""Stacked RNN cells' begin_state: keyword arguments only, the TypeError for a positional batch size names the class."""
import mxnet as mx

rnn = mx.gluon.rnn

for stack in (rnn.SequentialRNNCell(), rnn.HybridSequentialRNNCell()):
    stack.add(rnn.LSTMCell(2))
    stack.add(rnn.GRUCell(3))
    print([s.shape for s in stack.begin_state(batch_size=4)])
    try:
        stack.begin_state(4)
    except TypeError as e:
        print("TypeError:", e)
