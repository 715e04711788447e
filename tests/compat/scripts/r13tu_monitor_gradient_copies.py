"""A monitor sees MXNet's backward copies: a gradient reaching several arguments is copied (<node>_<k>_copy), add_n gives each input its own node."""
import mxnet as mx

x, y, z = mx.sym.var('x'), mx.sym.var('y'), mx.sym.var('z')
s = mx.sym.elemwise_add(x, y, name='ad')
nets = [('add', mx.sym.elemwise_add(x, y, name='ad'), 'xy'),
        ('add3', mx.sym.elemwise_add(mx.sym.elemwise_add(x, y, name='a1'), z, name='a2'), 'xyz'),
        ('plus', (x + y) * 2, 'xy'),
        ('exp_add', mx.sym.exp(mx.sym.elemwise_add(x, y, name='ad'), name='e'), 'xy'),
        ('sum_copy', mx.sym.elemwise_mul(s, s, name='m'), 'xy'),
        ('add_n', mx.sym.add_n(x, y, z, name='an'), 'xyz'),
        ('add_n_exp', mx.sym.add_n(mx.sym.exp(x, name='e'), y, name='an'), 'xy'),
        ('exp_add_n', mx.sym.exp(mx.sym.add_n(x, y, name='an'), name='e'), 'xy'),
        ('ElementWiseSum', mx.sym.ElementWiseSum(x, y, name='es'), 'xy'),
        ('add_n_same', mx.sym.add_n(x, x, name='an'), 'x'),
        ('sub', mx.sym.elemwise_sub(x, y, name='sb'), 'xy')]
for label, net, names in nets:
    values = {n: mx.nd.array([1.0 + i, -0.5 * i]) for i, n in enumerate(names)}
    ex = net.bind(mx.cpu(), values, args_grad={n: mx.nd.zeros(2) for n in names})
    mon = mx.mon.Monitor(1, stat_func=lambda a: a.copy())
    mon.install(ex)
    mon.tic()
    ex.forward(is_train=True)
    ex.backward([mx.nd.array([3.0, 0.25])])
    print(label, [(name, value.strip()) for _, name, value in mon.toc()])
    print('  grads', {n: g.asnumpy().tolist() for n, g in zip(net.list_arguments(), ex.grad_arrays)})
