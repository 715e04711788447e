"""Shape inference never asks an op reading a cond's or while_loop's output (known only when run), nor one computed from such an op: their outputs and the inputs they could tell stay unknown, and their checks (a foreach over them, mismatched shapes) are never met, as in MXNet."""
# recorded on AVX2
import re
import warnings

import mxnet as mx

warnings.simplefilter('ignore')


def show(name, f):
    try:
        print(name, f())
    except Exception as e:
        text = str(e).splitlines()[-1] if 'Traceback' in str(e) else str(e)
        print(name, type(e).__name__, re.sub(r'\[\d\d:\d\d:\d\d\] ', '', text)[:300])


data = mx.sym.var('data')
q = mx.sym.var('q')
c2 = mx.sym.contrib.cond(mx.sym.sum(data) > 0, lambda: data * 2, lambda: data - 1)
show('cond', lambda: c2.infer_shape_partial(data=(2, 3)))
show('add_ones', lambda: (c2 + mx.sym.ones((2, 3))).infer_shape_partial(data=(2, 3)))
show('add_ones_internals', lambda: (c2 + mx.sym.ones((2, 3))).get_internals().infer_shape_partial(data=(2, 3)))
show('add_q', lambda: (c2 + q).infer_shape_partial(data=(2, 3)))
show('add_q_given', lambda: mx.sym.Group([c2 + q, q * 2]).infer_shape_partial(data=(2, 3), q=(2, 3)))
show('mismatch', lambda: (c2 + mx.sym.ones((2, 3)) + mx.sym.ones((5, 5))).infer_shape_partial(data=(2, 3)))
show('mismatch_full', lambda: (c2 + mx.sym.ones((2, 3)) + mx.sym.ones((5, 5))).infer_shape(data=(2, 3)))
show('fc', lambda: mx.sym.FullyConnected(c2, num_hidden=4, name='fc').infer_shape_partial(data=(2, 3)))
show('q_elsewhere', lambda: mx.sym.Group([c2 * q, mx.sym.FullyConnected(q, num_hidden=2, name='f2')])
     .infer_shape_partial(data=(2, 3)))
show('q_given', lambda: mx.sym.Group([mx.sym.FullyConnected(q, num_hidden=2, name='f2'), c2 * q])
     .infer_shape_partial(data=(2, 3), q=(2, 3)))
show('shape_array', lambda: mx.sym.shape_array(c2).infer_shape_partial(data=(2, 3)))
show('concat', lambda: mx.sym.concat(c2, data, dim=0).infer_shape_partial(data=(2, 3)))
show('bind', lambda: (c2 + 1).bind(mx.cpu(), {'data': mx.nd.ones((2, 3))}).forward()[0].shape)
show('simple_bind', lambda: (c2 + 1).simple_bind(mx.cpu(), data=(2, 3)))


def step(x, states):
    return x * states[0], [states[0] + x]


for name, src in [('cond', c2), ('relu_cond', mx.sym.relu(c2)), ('swapped_cond', mx.sym.swapaxes(c2, 0, 1)),
                  ('var', mx.sym.var('v'))]:
    out, states = mx.sym.contrib.foreach(step, src, [mx.sym.ones((2,))])
    show('foreach ' + name, lambda: mx.sym.Group([out] + states).infer_shape_partial(data=(2, 3)))
i = mx.sym.var('i')
loop_out, loop_states = mx.sym.contrib.while_loop(lambda i, h: i < 3, lambda i, h: ([h * 2], [i + 1, h + 1]),
                                                  [i, data], max_iterations=3)
show('while_loop', lambda: mx.sym.Group(loop_out + loop_states).infer_shape_partial(data=(2, 3), i=(1,)))
out, states = mx.sym.contrib.foreach(step, loop_states[1], [mx.sym.ones((2,))])
show('foreach while_loop', lambda: mx.sym.Group([out] + states).infer_shape_partial(data=(2, 3), i=(1,)))
show('after while_loop', lambda: (loop_out[0] + mx.sym.ones((3, 2, 3))).infer_shape_partial(data=(2, 3), i=(1,)))
