# Symbol tutorial (mxnet-notebooks python/basic/symbol): composition, shapes, types, json, bind, group.
import json
import mxnet as mx
import numpy as np

a = mx.sym.Variable('a')
b = mx.sym.Variable('b')
c = a + b
print((a, b, c))
d = a * b
e = mx.sym.dot(a, b)
f = mx.sym.Reshape(d + e, shape=(1, 4))
g = mx.sym.broadcast_to(f, shape=(2, 4))
print(g.list_arguments(), g.list_outputs())
print(g.infer_shape(a=(2, 2), b=(2, 2)))

net = mx.sym.Variable('data')
net = mx.sym.FullyConnected(data=net, name='fc1', num_hidden=128)
net = mx.sym.Activation(data=net, name='relu1', act_type="relu")
net = mx.sym.FullyConnected(data=net, name='fc2', num_hidden=10)
net = mx.sym.SoftmaxOutput(data=net, name='out')
print(net.list_arguments())
print(net.list_outputs())
print(net.infer_shape(data=(100, 200)))
mx.viz.print_summary(net, shape={'data': (100, 200)})

data = mx.sym.Variable('data')
net1 = mx.sym.FullyConnected(data=data, name='fc1', num_hidden=10)
print(net1.list_arguments())
net2 = mx.sym.Variable('data2')
net2 = mx.sym.FullyConnected(data=net2, name='fc2', num_hidden=10)
composed = net2(data2=net1, name='composed')
print(composed.list_arguments())


def ConvFactory(data, num_filter, kernel, stride=(1, 1), pad=(0, 0), name=None, suffix=''):
    conv = mx.sym.Convolution(data=data, num_filter=num_filter, kernel=kernel, stride=stride, pad=pad,
                              name='conv_%s%s' % (name, suffix))
    bn = mx.sym.BatchNorm(data=conv, name='bn_%s%s' % (name, suffix))
    act = mx.sym.Activation(data=bn, act_type='relu', name='relu_%s%s' % (name, suffix))
    return act


prev = mx.sym.Variable(name="Previous Output")
conv_comp = ConvFactory(data=prev, num_filter=64, kernel=(7, 7), stride=(2, 2))
print(conv_comp.list_arguments(), conv_comp.list_auxiliary_states())
print(conv_comp.infer_shape(**{"Previous Output": (1, 3, 28, 28)}))


def InceptionFactoryA(data, num_1x1, num_3x3red, num_3x3, num_d3x3red, num_d3x3, pool, proj, name):
    c1x1 = ConvFactory(data=data, num_filter=num_1x1, kernel=(1, 1), name=('%s_1x1' % name))
    c3x3r = ConvFactory(data=data, num_filter=num_3x3red, kernel=(1, 1), name=('%s_3x3' % name), suffix='_reduce')
    c3x3 = ConvFactory(data=c3x3r, num_filter=num_3x3, kernel=(3, 3), pad=(1, 1), name=('%s_3x3' % name))
    cd3x3r = ConvFactory(data=data, num_filter=num_d3x3red, kernel=(1, 1), name=('%s_double_3x3' % name), suffix='_reduce')
    cd3x3 = ConvFactory(data=cd3x3r, num_filter=num_d3x3, kernel=(3, 3), pad=(1, 1), name=('%s_double_3x3_0' % name))
    cd3x3 = ConvFactory(data=cd3x3, num_filter=num_d3x3, kernel=(3, 3), pad=(1, 1), name=('%s_double_3x3_1' % name))
    pooling = mx.sym.Pooling(data=data, kernel=(3, 3), stride=(1, 1), pad=(1, 1), pool_type=pool,
                             name=('%s_pool_%s_pool' % (pool, name)))
    cproj = ConvFactory(data=pooling, num_filter=proj, kernel=(1, 1), name=('%s_proj' % name))
    concat = mx.sym.Concat(*[c1x1, c3x3, cd3x3, cproj], name='ch_concat_%s_chconcat' % name)
    return concat


prev = mx.sym.Variable(name="Previous Output")
in3a = InceptionFactoryA(prev, 4, 4, 4, 4, 6, "avg", 3, name="in3a")
print(len(in3a.list_arguments()), in3a.list_outputs())
print(in3a.infer_shape(**{"Previous Output": (2, 5, 6, 6)})[1])
mx.viz.print_summary(in3a, shape={"Previous Output": (2, 5, 6, 6)})

net = mx.sym.Variable('data')
fc1 = mx.sym.FullyConnected(data=net, name='fc1', num_hidden=128)
net = mx.sym.Activation(data=fc1, name='relu1', act_type="relu")
out1 = mx.sym.SoftmaxOutput(data=net, name='softmax')
out2 = mx.sym.LinearRegressionOutput(data=net, name='regression')
group = mx.sym.Group([out1, out2])
print(group.list_outputs())
print(group.infer_shape(data=(4, 3))[1])

# shape and type inference
arg_name = c.list_arguments()
out_name = c.list_outputs()
arg_shape, out_shape, _ = c.infer_shape(a=(2, 3), b=(2, 3))
arg_type, out_type, _ = c.infer_type(a='float32', b='float32')
print({'input': dict(zip(arg_name, arg_shape)), 'output': dict(zip(out_name, out_shape))})
print({'input': dict(zip(arg_name, arg_type)), 'output': dict(zip(out_name, out_type))})
print(c.infer_type(a='float16'))
print(c.infer_shape_partial(a=(2, 3)))

# bind and execute
ex = c.bind(ctx=mx.cpu(), args={'a': mx.nd.ones([2, 3]), 'b': mx.nd.ones([2, 3])})
ex.forward()
print('number of outputs = %d\nthe first output = \n%s' % (len(ex.outputs), ex.outputs[0].asnumpy()))
ex_gpu = c.bind(ctx=mx.cpu(), args={'a': mx.nd.ones([3, 4], mx.cpu()) * 2, 'b': mx.nd.ones([3, 4], mx.cpu()) * 3})
ex_gpu.forward()
print(ex_gpu.outputs[0].asnumpy())
ex = c.eval(ctx=mx.cpu(), a=mx.nd.ones([2, 3]), b=mx.nd.ones([2, 3]))
print('number of outputs = %d\nthe first output = \n%s' % (len(ex), ex[0].asnumpy()))

# simple_bind, forward/backward with gradients
ex = net1.simple_bind(ctx=mx.cpu(), data=(2, 3))
print(sorted(ex.arg_dict.keys()), [ex.arg_dict[k].shape for k in sorted(ex.arg_dict)])
print(sorted(ex.grad_dict.keys()))
ex.arg_dict['data'][:] = np.arange(6).reshape(2, 3)
ex.arg_dict['fc1_weight'][:] = 0.1
ex.arg_dict['fc1_bias'][:] = 0.5
ex.forward(is_train=True)
ex.backward(out_grads=mx.nd.ones((2, 10)))
print(ex.outputs[0].asnumpy()[:, :3])
print(ex.grad_dict['fc1_weight'].asnumpy()[:2], ex.grad_dict['fc1_bias'].asnumpy()[:3])

# load and save
js = c.tojson()
print(json.loads(js)['nodes'])
c.save('/tmp/nb_symbol_basics-symbol.json')
c2 = mx.sym.load('/tmp/nb_symbol_basics-symbol.json')
print(c2.tojson() == c.tojson())
c3 = mx.sym.load_json(js)
print(c3.list_arguments(), c3.name)

# customized symbol attrs and internals
v = mx.sym.Variable('v', attr={'__mood__': 'angry'})
op = mx.sym.Convolution(data=v, kernel=(1, 1), num_filter=1, attr={'__mood__': 'so so'})
print(v.attr('__mood__'), op.attr('__mood__'), op.list_attr())
internals = net1.get_internals()
print(internals.list_outputs())
print(internals['fc1_output'].list_arguments())
with mx.AttrScope(__group__='4', __data__='great'):
    fca = mx.sym.FullyConnected(data=mx.sym.Variable('x'), num_hidden=2, name='fca')
print(fca.attr_dict())
