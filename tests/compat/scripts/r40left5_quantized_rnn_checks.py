"""contrib.quantized_rnn checks its mode, input count, shapes (states before parameters) and types as MXNet does."""
import mxnet as mx
def last(e):
    return ' | '.join(l.strip() for l in str(e).strip().splitlines()[-2:])[:260]
def tryit(name, f):
    try:
        r = f()
        r = r if isinstance(r, (list, tuple)) else [r]
        print(name, [(x.shape, x.dtype.__name__ if hasattr(x.dtype, '__name__') else str(x.dtype)) for x in r])
    except Exception as e:
        print(name, type(e).__name__, last(e))
    try:
        mx.nd.waitall()
    except Exception as e:
        print('  w', type(e).__name__, last(e))
T, N, I, H = 2, 1, 3, 2
data = mx.nd.ones((T, N, I), dtype='uint8')
nparam = 4 * H * (I + H) + 2 * 4 * H
params = mx.nd.ones((nparam,), dtype='int8')
state = mx.nd.zeros((1, N, H)); cell = mx.nd.zeros((1, N, H))
dmin = mx.nd.array([0.0]); dmax = mx.nd.array([1.0])
q = mx.nd.contrib.quantized_rnn if hasattr(mx.nd.contrib, 'quantized_rnn') else getattr(mx.nd, '_contrib_quantized_rnn')
tryit('basic', lambda: q(data, params, state, cell, dmin, dmax, state_size=H, num_layers=1, mode='lstm'))
tryit('gru', lambda: q(data, params, state, cell, dmin, dmax, state_size=H, num_layers=1, mode='gru'))
tryit('no cell', lambda: q(data, params, state, dmin, dmax, state_size=H, num_layers=1, mode='lstm'))
tryit('float data', lambda: q(data.astype('float32'), params, state, cell, dmin, dmax, state_size=H, num_layers=1, mode='lstm'))
tryit('int8 data', lambda: q(data.astype('int8'), params, state, cell, dmin, dmax, state_size=H, num_layers=1, mode='lstm'))
tryit('bidirectional', lambda: q(data, params, state, cell, dmin, dmax, state_size=H, num_layers=1, mode='lstm', bidirectional=True))
tryit('2 layers', lambda: q(data, params, state, cell, dmin, dmax, state_size=H, num_layers=2, mode='lstm'))
tryit('state_outputs', lambda: q(data, params, state, cell, dmin, dmax, state_size=H, num_layers=1, mode='lstm', state_outputs=True))
tryit('projection', lambda: q(data, params, state, cell, dmin, dmax, state_size=H, num_layers=1, mode='lstm', projection_size=1))
tryit('wrong params size', lambda: q(data, params[:5], state, cell, dmin, dmax, state_size=H, num_layers=1, mode='lstm'))
tryit('no state_size', lambda: q(data, params, state, cell, dmin, dmax, num_layers=1, mode='lstm'))
tryit('no mode', lambda: q(data, params, state, cell, dmin, dmax, state_size=H, num_layers=1))
tryit('rnn_relu', lambda: q(data, params, state, cell, dmin, dmax, state_size=H, num_layers=1, mode='rnn_relu'))
tryit('2d data', lambda: q(data[0], params, state, cell, dmin, dmax, state_size=H, num_layers=1, mode='lstm'))
tryit('p', lambda: q(data, params, state, cell, dmin, dmax, state_size=H, num_layers=1, mode='lstm', p=0.5))
tryit('use_seq_len', lambda: q(data, params, state, cell, dmin, dmax, state_size=H, num_layers=1, mode='lstm', use_sequence_length=True))
tryit('wrong state shape', lambda: q(data, params, mx.nd.zeros((2, N, H)), cell, dmin, dmax, state_size=H, num_layers=1, mode='lstm'))
tryit('min shape', lambda: q(data, params, state, cell, mx.nd.array([0.0, 1.0]), dmax, state_size=H, num_layers=1, mode='lstm'))
tryit('7 inputs', lambda: q(data, params, state, cell, dmin, dmax, dmax, state_size=H, num_layers=1, mode='lstm'))
