"""A label that reaches a variable only through BlockGrad/stop_gradient takes no gradient (softmax_cross_entropy
accepts it, imperatively and in an executor); an executor's monitor names MakeLoss's backward output
<name>_backward_data and reports make_loss's backward."""
import mxnet as mx

x = mx.nd.array([[0.5, 1.5], [2.0, -1.0]])
y = mx.nd.array([[0.5, 0.5], [0.25, 0.75]])
x.attach_grad()
y.attach_grad()
for stop in [mx.nd.BlockGrad, mx.nd.stop_gradient, lambda a: a.detach()]:
    with mx.autograd.record():
        loss = mx.nd.softmax_cross_entropy(x, stop(mx.nd.sum(y, axis=1)))
    loss.backward()
    print(loss.asnumpy().tolist(), x.grad.asnumpy().tolist(), y.grad.asnumpy().tolist())

xs, ys = mx.sym.Variable('x'), mx.sym.Variable('y')
nets = [mx.sym.MakeLoss(mx.sym.softmax_cross_entropy(xs, mx.sym.BlockGrad(mx.sym.sum(ys, axis=1)), name='sce'),
                        name='ML'),
        mx.sym.make_loss(mx.sym.sum(xs * ys), name='ml'), mx.sym.MakeLoss(xs * ys, normalization='batch', name='mb')]
for net in nets:
    ex = net.simple_bind(mx.cpu(), x=(2, 2), y=(2, 2))
    ex.arg_dict['x'][:] = x
    ex.arg_dict['y'][:] = y
    mon = mx.mon.Monitor(1, stat_func=lambda a: a.copy(), pattern='^(?!sce_backward_output1|sum0_backward).*')
    mon.install(ex)
    mon.tic()
    ex.forward(is_train=True)
    ex.backward()
    for _, name, value in mon.toc():
        print(name, value.replace('\n', ' '))

# the variables behind a gradient stop (or a comparison) get zeros written, and a FullyConnected whose weight
# comes through BlockGrad leaves its bias without a gradient
w = mx.nd.array([[1.0, 2.0], [3.0, 4.0]])
b = mx.nd.array([0.5, 0.25])
for a in (w, b):
    a.attach_grad()
for make in [lambda: mx.nd.sum(mx.nd.BlockGrad(x * 2 + 1) * w), lambda: mx.nd.sum(((x * 2 + 1) > 1) * w),
             lambda: mx.nd.sum(mx.nd.BlockGrad(x * 3) + x),
             lambda: mx.nd.sum(mx.nd.FullyConnected(x, mx.nd.BlockGrad(w * 2), b, num_hidden=2)),
             lambda: mx.nd.sum(mx.nd.FullyConnected(mx.nd.BlockGrad(x * 2), w, b, num_hidden=2))]:
    for a in (x, w, b):
        a.grad[:] = 7
    with mx.autograd.record():
        out = make()
    out.backward()
    print([a.grad.asnumpy().tolist() for a in (x, w, b)])
