"""Symbol tutorial: simple_bind then forward/backward with every argument set to 0.1 (the label too).

SoftmaxOutput reads a fractional class label as MXNet's kernel does (truncated to an int)."""
import mxnet as mx

with mx.name.NameManager():
    net = mx.symbol.FullyConnected(data=mx.symbol.Variable('data'), name='fc1', num_hidden=3)
    net = mx.symbol.SoftmaxOutput(data=net, name='out')
texec = net.simple_bind(ctx=mx.cpu(), data=(2, 4))
print(sorted((k, v.shape) for k, v in texec.arg_dict.items()))
for v in texec.arg_dict.values():
    v[:] = 0.1
print(texec.forward(is_train=True)[0].asnumpy())
texec.backward()
print(texec.grad_dict['fc1_weight'].asnumpy(), texec.grad_dict['data'].asnumpy().round(6))

x = mx.nd.array([[1, 2, 3], [0, 0, 1], [2, 1, 0], [1, 1, 1]])
for kw in [{}, {'use_ignore': True, 'ignore_label': 1.5}, {'use_ignore': True, 'ignore_label': 1.5, 'normalization': 'valid'},
           {'multi_output': True}]:
    d = x.reshape((1, 3, 4)) if kw.get('multi_output') else x.copy()
    lab = mx.nd.array([0.1, 1.9, -0.5, 2.99])
    if kw.get('multi_output'):
        lab = lab.reshape((1, 4))
    d.attach_grad()
    with mx.autograd.record():
        y = mx.nd.SoftmaxOutput(d, lab, **kw)
    y.backward()
    print(kw, d.grad.asnumpy().round(5).tolist())
