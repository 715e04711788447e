# Symbolic MLP with manual executor: simple_bind, forward/backward, SGD by hand, reshape, infer types, json round trip
import numpy as np
import mxnet as mx

data = mx.sym.Variable('data')
label = mx.sym.Variable('label')
fc1 = mx.sym.FullyConnected(data=data, num_hidden=6, name='fc1')
act = mx.sym.Activation(fc1, act_type='tanh', name='tanh1')
fc2 = mx.sym.FullyConnected(data=act, num_hidden=1, name='fc2')
loss = mx.sym.LinearRegressionOutput(fc2, label=label, name='lro')
print(loss.list_arguments(), loss.list_outputs())
print(loss.infer_shape(data=(8, 3)))
print(loss.infer_type(data='float32'))

exe = loss.simple_bind(mx.cpu(), data=(8, 3), label=(8, 1))
np.random.seed(2)
X = np.random.uniform(-1, 1, (8, 3))
Y = (X ** 2).sum(axis=1, keepdims=True)
init = mx.init.Uniform(0.5)
mx.random.seed(2)
for name, arr in exe.arg_dict.items():
    if name.endswith('weight') or name.endswith('bias'):
        init(mx.init.InitDesc(name), arr)
exe.arg_dict['data'][:] = X
exe.arg_dict['label'][:] = Y
lr = 0.2
for it in range(5):
    out = exe.forward(is_train=True)[0]
    exe.backward()
    for name in ['fc1_weight', 'fc1_bias', 'fc2_weight', 'fc2_bias']:
        exe.arg_dict[name][:] -= lr * exe.grad_dict[name] / 8
    print(it, repr(float(((out.asnumpy() - Y) ** 2).mean())))
print(exe.grad_dict['fc2_bias'].asnumpy().tolist())
small = exe.reshape(data=(2, 3), label=(2, 1))
small.arg_dict['data'][:] = X[:2]
print(small.forward()[0].asnumpy().tolist())
js = loss.tojson()
back = mx.sym.load_json(js)
print(back.list_arguments() == loss.list_arguments(), back.get_internals().list_outputs())
ex2 = fc2.bind(mx.cpu(), {k: v for k, v in exe.arg_dict.items() if k in fc2.list_arguments()})
print(ex2.forward()[0].shape)
grp = mx.sym.Group([fc1, mx.sym.BlockGrad(fc2)])
print(grp.list_outputs(), grp.infer_shape(data=(4, 3))[1])
print(fc1.attr('name'), act.get_children().list_outputs())
