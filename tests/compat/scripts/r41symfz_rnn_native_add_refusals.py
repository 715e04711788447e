"""An executor's 'add' gradient request for an RNN's data or states fails in MXNet's native (non-float32) kernel when the gradient is read (its own check and line); oneDNN's float32 kernel and 'add' for the parameters are accepted."""
import mxnet as mx

x, p, s, c = (mx.sym.Variable(n) for n in 'xpsc')
cases = [('lstm', 'float64', 'add'), ('lstm', 'float64', {'x': 'add'}), ('lstm', 'float64', {'s': 'add'}),
         ('lstm', 'float64', {'c': 'add'}), ('lstm', 'float64', {'s': 'add', 'c': 'add', 'x': 'null'}),
         ('gru', 'float64', {'s': 'add'}), ('rnn_tanh', 'float64', {'x': 'add', 's': 'null'}),
         ('rnn_relu', 'float64', {'p': 'add'}), ('lstm', 'float32', 'add'), ('gru', 'float32', {'x': 'add', 's': 'add'})]
for mode, dtype, req in cases:
    inputs = [x, p, s] + ([c] if mode == 'lstm' else [])
    r = mx.sym.RNN(*inputs, state_size=2, num_layers=1, mode=mode, state_outputs=True, name='rnn')
    names = r.list_arguments()
    reqs = req if isinstance(req, str) else {n: req.get(n, 'write') for n in names}
    shapes = {n: (1, 1, 2) for n in 'sc' if n in names}
    ex = r.simple_bind(mx.cpu(), grad_req=reqs, type_dict={'x': dtype}, x=(3, 1, 2), **shapes)
    for n in names:
        ex.arg_dict[n][:] = 0.1
    outs = ex.forward(is_train=True)
    ex.backward([mx.nd.ones(o.shape, dtype=o.dtype) for o in outs])
    shown = [n for n in names if n != 'p' and ex.grad_dict[n] is not None]
    try:
        print(mode, dtype, req, [ex.grad_dict[n].asnumpy().sum().round(5) for n in shown])
    except mx.base.MXNetError as e:
        print(mode, dtype, req, str(e).splitlines()[1:])
    mx.nd.waitall()

# autograd: the same kernel, the same checks
for dtype in ('float64', 'float32'):
    for reqs in (('add', 'write', 'write'), ('write', 'write', 'add'), ('write', 'add', 'write')):
        xx, pp, ss = mx.nd.ones((3, 1, 2), dtype=dtype), mx.nd.ones((36,), dtype=dtype) * 0.1, mx.nd.zeros((1, 1, 2), dtype=dtype)
        for a, r in zip((xx, pp, ss), reqs):
            a.attach_grad(grad_req=r)
        with mx.autograd.record():
            y = mx.nd.RNN(xx, pp, ss, state_size=2, num_layers=1, mode='gru')
        y.backward()
        try:
            print('autograd', dtype, reqs, [a.grad.asnumpy().sum().round(5) for a in (xx, ss)])
        except mx.base.MXNetError as e:
            print('autograd', dtype, reqs, str(e).splitlines()[-1])
        mx.nd.waitall()
