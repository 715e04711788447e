# mx.npx.rnn under NumPy semantics: an RNN over no steps (float64 and float32, with and without the final
# states, recorded, gradients), an unknown mode given an LSTM's four inputs (the mode is refused first),
# and a projected LSTM recorded (its refusal kept with the result, shown on reading).
# recorded on AVX2
import mxnet as mx
from mxnet import autograd
from mxnet.gluon import rnn
from _words import words

mx.npx.set_np()
SIZES = {'gru': 66, 'lstm': 40, 'rnn_tanh': 10}
LAYERS = {'gru': 2, 'lstm': 1, 'rnn_tanh': 1}


def inputs(mode, dtype):
    args = [mx.np.zeros((0, 2, 1), dtype=dtype), mx.np.ones((SIZES[mode],), dtype=dtype) * 0.1,
            mx.np.ones((LAYERS[mode], 2, 2), dtype=dtype) * 0.2]
    if mode == 'lstm':
        args.append(mx.np.ones((LAYERS[mode], 2, 2), dtype=dtype) * 0.3)
    return args


def empty_sequence(mode, dtype, state_outputs, head):
    args = inputs(mode, dtype)
    for a in args:
        a.attach_grad()
    with autograd.record():
        out = mx.npx.rnn(*args, state_size=2, num_layers=LAYERS[mode], mode=mode, state_outputs=state_outputs)
        outs = out if isinstance(out, list) else [out]
        loss = outs[0].sum() if head == 'output' else sum(v.sum() * (i + 1) for i, v in enumerate(outs[1:]))
    shapes = ' '.join(str(v.shape) for v in outs)
    loss.backward()
    return shapes + ' grads ' + ' '.join(str(a.grad.asnumpy().ravel()[:2].tolist()) for a in args)


for mode in sorted(SIZES):
    for dtype in ('float64', 'float32'):
        for state_outputs, head in ((False, 'output'), (True, 'output'), (True, 'states')):
            try:
                shown = empty_sequence(mode, dtype, state_outputs, head)
            except mx.base.MXNetError as e:
                shown = words(e)
            print(mode, dtype, 'state_outputs' if state_outputs else '-', head, shown)

for mode, count in (('foo', 4), ('foo', 3), ('lstm', 3)):
    args = [mx.np.ones((2, 2, 3)), mx.np.ones((100,)), mx.np.zeros((1, 2, 1)), mx.np.zeros((1, 2, 1))][:count]
    try:
        mx.npx.rnn(*args, state_size=1, num_layers=1, mode=mode)
    except mx.base.MXNetError as e:
        print('mode', mode, count, 'inputs:', words(e))

layer = rnn.LSTM(3, projection_size=2, input_size=4)
layer.initialize(mx.init.Constant(0.1))
print('inference', layer(mx.np.ones((2, 1, 4))).asnumpy().ravel().tolist())
with autograd.record():
    y = layer(mx.np.ones((2, 1, 4)))
print('recorded', type(y).__name__, y.shape)
try:
    y.asnumpy()
except mx.base.MXNetError as e:
    print('read:', words(e))
