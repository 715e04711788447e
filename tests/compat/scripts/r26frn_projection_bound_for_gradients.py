# An LSTM with projection_size (MXNet's native CPU kernel has no backward for it) through the symbolic executor:
# bound with any gradient array and a write/add request, even its inference forward is refused; bound without
# gradients, or with grad_req 'null', it predicts. Through Module too.
# recorded on AVX2
import numpy as np
import mxnet as mx
from mxnet import nd
from _words import words


def lstmp(layers, bidirectional):
    return mx.sym.RNN(mx.sym.var('data'), mx.sym.var('lstmp_weight'), mx.sym.var('state'), mx.sym.var('cell'),
                      state_size=3, num_layers=layers, bidirectional=bidirectional, mode='lstm', projection_size=2,
                      state_outputs=True, name='lstmp')


def attempt(label, run):
    try:
        outs = run()
        shown = ('%s %s' % (o.shape, ' '.join('%.5f' % v for v in o.asnumpy().ravel()[:3])) for o in outs)
        print(label, ' | '.join(shown))
    except Exception as e:      # noqa: BLE001 -- the refusal is what is printed
        print(label, words(e))


for layers, bidirectional in ((1, False), (2, True)):
    sym = lstmp(layers, bidirectional)
    arg_shapes, _, _ = sym.infer_shape(data=(3, 2, 4))
    shapes = dict(zip(sym.list_arguments(), arg_shapes))
    values = {k: nd.array(np.random.RandomState(len(k)).uniform(-0.5, 0.5, v)) for k, v in shapes.items()}
    print('layers', layers, 'bidirectional', bidirectional, sorted(shapes.items()))
    for grads, req, train in ((None, 'write', False), (None, 'write', True), ('all', 'write', False),
                              ('all', 'null', False), ('all', 'add', False), ('data', 'write', False),
                              ('lstmp_weight', 'write', False), ('all', 'write', True)):
        def run():
            if grads == 'all':
                g = {k: nd.zeros(v) for k, v in shapes.items()}
            else:
                g = None if grads is None else {grads: nd.zeros(shapes[grads])}
            return sym.bind(mx.cpu(), values, args_grad=g, grad_req=req).forward(is_train=train)
        attempt('  bind grads=%s req=%s is_train=%s' % (grads, req, train), run)
    for req in ('write', 'null'):
        attempt('  simple_bind req=%s' % req,
                lambda: sym.simple_bind(mx.cpu(), data=(3, 2, 4), grad_req=req).forward(is_train=False))
    for for_training in (False, True):
        def run():
            names = ['data', 'state', 'cell']
            mod = mx.mod.Module(sym, data_names=names, label_names=None)
            descs = [mx.io.DataDesc(n, shapes[n], layout='TNC' if n == 'data' else 'LNC') for n in names]
            mod.bind(data_shapes=descs, for_training=for_training)
            mod.init_params(mx.init.Uniform(0.3))
            mod.forward(mx.io.DataBatch([values[n] for n in names]), is_train=False)
            return mod.get_outputs()
        attempt('  module for_training=%s' % for_training, run)
