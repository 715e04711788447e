import mxnet as mx
import numpy as np
def tr(name, f):
    try:
        r = f(); print(name, r)
    except Exception as e:
        print(name, type(e).__name__)
data = mx.sym.Variable('data')
fc = mx.sym.FullyConnected(data, num_hidden=3, name='fc')
net = mx.sym.BatchNorm(fc, name='bn')
ex = net.simple_bind(mx.cpu(), data=(4, 5))
for k, v in ex.arg_dict.items():
    v[:] = np.arange(v.size).reshape(v.shape) + 1
for k, v in ex.aux_dict.items():
    v[:] = 2
ex.forward(is_train=True)
ex.backward(mx.nd.ones((4, 3)))
ex2 = ex.reshape(data=(2, 5))
print(sorted(ex2.arg_dict.keys()), [a.shape for a in ex2.arg_arrays], [a.shape for a in ex2.grad_arrays])
print(ex2.arg_dict['data'].asnumpy().tolist())
print(ex2.arg_dict['fc_weight'] is ex.arg_dict['fc_weight'])
ex.arg_dict['fc_weight'][:] = 7
print(ex2.arg_dict['fc_weight'].asnumpy()[0].tolist())
ex.arg_dict['data'][:] = 9
print(ex2.arg_dict['data'].asnumpy().tolist())
ex2.arg_dict['data'][:] = 5
print(ex.arg_dict['data'].asnumpy().tolist())
print(ex2.grad_dict['fc_weight'].asnumpy()[0].tolist())
ex.grad_dict['fc_weight'][:] = 3
print(ex2.grad_dict['fc_weight'].asnumpy()[0].tolist())
ex.aux_dict['bn_moving_mean'][:] = 4
print(ex2.aux_dict['bn_moving_mean'].asnumpy().tolist())
print(ex2.grad_dict['data'].asnumpy().tolist())
print(ex2.outputs[0].shape)
o = ex2.forward(is_train=False)[0]
print(o.shape, o.asnumpy().round(3).tolist())
ex2.forward(is_train=True); ex2.backward(mx.nd.ones((2,3)))
print(ex2.grad_dict['fc_weight'].asnumpy().round(3).tolist())
print(ex.grad_dict['fc_weight'].asnumpy().round(3).tolist())
tr('up', lambda: ex.reshape(data=(8, 5)))
ex3 = ex.reshape(allow_up_sizing=True, data=(8, 5))
print([a.shape for a in ex3.arg_arrays])
ex3.arg_dict['fc_weight'][:] = 1
print(ex.arg_dict['fc_weight'].asnumpy()[0].tolist())
tr('partial', lambda: ex.reshape(data=(4, 6)))
ex4 = ex.reshape(partial_shaping=True, data=(4, 2))
print([a.shape for a in ex4.arg_arrays])
print(ex4.arg_dict['fc_weight'].asnumpy().tolist())
ex5 = ex.reshape(data=(4, 5))
print(ex5.arg_dict['data'] is ex.arg_dict['data'], ex5.arg_dict['fc_bias'] is ex.arg_dict['fc_bias'])
ex.arg_dict['data'][:] = 1
print(ex5.arg_dict['data'].asnumpy()[0].tolist())
x = mx.sym.Variable('x')
y = mx.sym.FullyConnected(x, num_hidden=4)
exe = y.simple_bind(mx.cpu(), x=(5,4), grad_req='null')
exe.arg_arrays[0][:] = 1
exe.arg_arrays[1][:] = mx.nd.ones((4,4))
exe.arg_arrays[2][:] = 0
new_exe = exe.reshape(x=(3,4))
new_exe.forward(is_train=False)
print(new_exe.outputs[0].asnumpy().tolist())
print(exe.outputs[0].asnumpy().tolist())
exe.forward(is_train=False)
print(exe.outputs[0].asnumpy().tolist())
print(new_exe.outputs[0].asnumpy().tolist())
new_exe = exe.reshape(allow_up_sizing=True, x=(6,4))
new_exe.arg_arrays[0][:] = 0
print(exe.arg_arrays[0].asnumpy().tolist())
print(new_exe.arg_arrays[1].asnumpy().tolist())
new_exe.forward()
print(new_exe.outputs[0].shape, exe.outputs[0].asnumpy()[:2].tolist())
