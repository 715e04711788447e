"""sym.RNN with state_size=0 infers its (empty) parameter, state and output shapes, complete and without a warning, as MXNet does."""
import re
import warnings
import mxnet as mx


def show(tag, f):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        try:
            print(tag, 'ok', f())
        except Exception as e:
            print(tag, type(e).__name__, re.sub(r"\[\d\d:\d\d:\d\d\] ", "", str(e)).replace('\n', ' | ')[:300])
    for x in w:
        print('  warning:', str(x.message).replace('\n', ' | '))


v = mx.sym.var
for ss in (0, 2):
    for mode in ('lstm', 'rnn_tanh', 'rnn_relu', 'gru'):
        for layers, bidir in ((1, False), (2, False), (1, True)):
            states = [v('s'), v('c')] if mode == 'lstm' else [v('s')]
            s = mx.sym.RNN(v('data'), v('p'), *states, state_size=ss, num_layers=layers, mode=mode,
                           bidirectional=bidir, state_outputs=True)
            tag = f'{mode} ss={ss} layers={layers} bidir={bidir}'
            show(tag, lambda: s.infer_shape(data=(3, 2, 4)))
            show(tag + ' partial', lambda: s.infer_shape_partial(data=(3, 2, 4)))
            show(tag + ' batch unknown', lambda: s.infer_shape(data=(3, 0, 4)))
            show(tag + ' type', lambda: s.infer_type(data='float32'))
