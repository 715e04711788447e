"""MXNet 1.9.1's own ``>>>`` documentation examples of mxnet.symbol.symbol, mxnet.symbol.contrib, mxnet.executor, run statement by statement:
each expression's repr is printed, an exception as its class name."""
import os
import shutil
import tempfile

from _doc_statements import run


_here = os.getcwd()
_tmp = tempfile.mkdtemp()
os.chdir(_tmp)
try:

    run('mxnet.symbol.symbol.Symbol.__iter__', [
        "a = mx.sym.Variable('a')\n",
        "b = mx.sym.Variable('b')\n",
        'c = a+b\n',
        "d = mx.sym.Variable('d')\n",
        'e = d+c\n',
        'out = e.get_children()\n',
        'out\n',
        'for i in out:\n    print(i)\n',
])
    run('mxnet.symbol.symbol.Symbol.__rsub__', [
        'x = mx.nd.ones((2,3))*3\n',
        'y = mx.nd.ones((2,3))\n',
        'x.__rsub__(y).asnumpy()\n',
])
    run('mxnet.symbol.symbol.Symbol.__rdiv__', [
        'x = mx.nd.ones((2,3))*3\n',
        'y = mx.nd.ones((2,3))\n',
        'x.__rdiv__(y).asnumpy()\n',
])
    run('mxnet.symbol.symbol.Symbol.__rmod__', [
        'x = mx.nd.ones((2,3))*3\n',
        'y = mx.nd.ones((2,3))\n',
        'x.__rmod__(y).asnumpy()\n',
])
    run('mxnet.symbol.symbol.Symbol.__neg__', [
        "a = mx.sym.Variable('a')\n",
        'a\n',
        '-a\n',
        'a_neg = a.__neg__()\n',
        'c = a_neg*b\n',
        'ex = c.eval(ctx=mx.cpu(), a=mx.nd.ones([2,3]), b=mx.nd.ones([2,3]))\n',
        'ex[0].asnumpy()\n',
])
    run('mxnet.symbol.symbol.Symbol.__deepcopy__', [
        'import copy\n',
        "data = mx.sym.Variable('data')\n",
        'data_1 = copy.deepcopy(data)\n',
        'data_1 = 2*data\n',
        'data_1.tojson()\n',
        'data_1 is data    # Data got modified\n',
])
    run('mxnet.symbol.symbol.Symbol.__call__', [
        "data = mx.symbol.Variable('data')\n",
        "net1 = mx.symbol.FullyConnected(data=data, name='fc1', num_hidden=10)\n",
        "net2 = mx.symbol.FullyConnected(name='fc3', num_hidden=10)\n",
        "composed = net2(fc3_data=net1, name='composed')\n",
        'composed\n',
        "called = net2.__call__(fc3_data=net1, name='composed')\n",
        'called\n',
])
    run('mxnet.symbol.symbol.Symbol._compose', [
        "data = mx.symbol.Variable('data')\n",
        "net1 = mx.symbol.FullyConnected(data=data, name='fc1', num_hidden=10)\n",
        "net2 = mx.symbol.FullyConnected(name='fc3', num_hidden=10)\n",
        'net2\n',
        "net2._compose(fc3_data=net1, name='composed')\n",
        'net2\n',
])
    run('mxnet.symbol.symbol.Symbol.__getitem__', [
        "a = mx.sym.var('a')\n",
        'a.__getitem__(0)\n',
        'a[0]\n',
])
    run('mxnet.symbol.symbol.Symbol.attr', [
        "data = mx.sym.Variable('data', attr={'mood': 'angry'})\n",
        "data.attr('mood')\n",
])
    run('mxnet.symbol.symbol.Symbol.list_attr', [
        "data = mx.sym.Variable('data', attr={'mood': 'angry'})\n",
        'data.list_attr()\n',
])
    run('mxnet.symbol.symbol.Symbol.attr_dict', [
        "a = mx.sym.Variable('a', attr={'a1':'a2'})\n",
        "b = mx.sym.Variable('b', attr={'b1':'b2'})\n",
        'c = a+b\n',
        'c.attr_dict()\n',
])
    run('mxnet.symbol.symbol.Symbol.get_internals', [
        "a = mx.sym.var('a')\n",
        "b = mx.sym.var('b')\n",
        'c = a + b\n',
        'd = c.get_internals()\n',
        'd\n',
        'd.list_outputs()\n',
])
    run('mxnet.symbol.symbol.Symbol.get_children', [
        "x = mx.sym.Variable('x')\n",
        "y = mx.sym.Variable('y')\n",
        "z = mx.sym.Variable('z')\n",
        'a = y+z\n',
        'b = x+a\n',
        'b.get_children()\n',
        'b.get_children().list_outputs()\n',
        'b.get_children().get_children().list_outputs()\n',
])
    run('mxnet.symbol.symbol.Symbol.list_arguments', [
        "a = mx.sym.var('a')\n",
        "b = mx.sym.var('b')\n",
        'c = a + b\n',
        'c.list_arguments\n',
])
    run('mxnet.symbol.symbol.Symbol.list_outputs', [
        "a = mx.sym.var('a')\n",
        "b = mx.sym.var('b')\n",
        'c = a + b\n',
        'c.list_outputs()\n',
])
    run('mxnet.symbol.symbol.Symbol.__len__', [
        "a = mx.sym.var('a')\n",
        "b = mx.sym.var('b')\n",
        'c = a + b\n',
        'len(c)\n',
])
    run('mxnet.symbol.symbol.Symbol.list_auxiliary_states', [
        "a = mx.sym.var('a')\n",
        "b = mx.sym.var('b')\n",
        'c = a + b\n',
        'c.list_auxiliary_states()\n',
        "data = mx.symbol.Variable('data')\n",
        "weight = mx.sym.Variable(name='fc1_weight')\n",
        "fc1  = mx.symbol.FullyConnected(data = data, weight=weight, name='fc1', num_hidden=128)\n",
        "fc2 = mx.symbol.BatchNorm(fc1, name='batchnorm0')\n",
        'fc2.list_auxiliary_states()\n',
])
    run('mxnet.symbol.symbol.Symbol.list_inputs', [
        "bn = mx.sym.BatchNorm(name='bn')\n",
        'bn.list_arguments()\n',
        'bn.list_auxiliary_states()\n',
        'bn.list_inputs()\n',
])
    run('mxnet.symbol.symbol.Symbol.infer_type', [
        "a = mx.sym.var('a')\n",
        "b = mx.sym.var('b')\n",
        'c = a + b\n',
        "arg_types, out_types, aux_types = c.infer_type(a='float32')\n",
        'arg_types\n',
        'out_types\n',
        'aux_types\n',
])
    run('mxnet.symbol.symbol.Symbol.infer_type_partial', [
        "data = mx.sym.Variable('data')\n",
        "prev = mx.sym.Variable('prev')\n",
        "casted_prev  = mx.sym.cast(prev, dtype='float32')\n",
        "out  = mx.sym.Activation(data=mx.sym.elemwise_add(data, casted_prev), act_type='relu')\n",
        'out.list_arguments()\n',
        "out.infer_type(data='float32')\n",
        "out.infer_type_partial(data='float32')\n",
        "out.infer_type(data='float32', prev='float16')\n",
])
    run('mxnet.symbol.symbol.Symbol.infer_shape', [
        "a = mx.sym.var('a')\n",
        "b = mx.sym.var('b')\n",
        'c = a + b\n',
        'arg_shapes, out_shapes, aux_shapes = c.infer_shape(a=(3,3))\n',
        'arg_shapes\n',
        'out_shapes\n',
        'aux_shapes\n',
        'c.infer_shape(a=(0,3)) # 0s in shape means unknown dimensions. So, returns None.\n',
        "data = mx.sym.Variable('data')\n",
        "out = mx.sym.FullyConnected(data=data, name='fc1', num_hidden=1000)\n",
        "out = mx.sym.Activation(data=out, act_type='relu')\n",
        "out = mx.sym.FullyConnected(data=out, name='fc2', num_hidden=10)\n",
        'weight_shape= (1, 100)\n',
        'data_shape = (100, 100)\n',
        'out.infer_shape(data=data_shape, fc1_weight=weight_shape)\n',
])
    run('mxnet.symbol.symbol.Symbol.infer_shape_partial', [
        "data = mx.sym.Variable('data')\n",
        "prev = mx.sym.Variable('prev')\n",
        "fc1  = mx.sym.FullyConnected(data=data, name='fc1', num_hidden=128)\n",
        "fc2  = mx.sym.FullyConnected(data=prev, name='fc2', num_hidden=128)\n",
        "out  = mx.sym.Activation(data=mx.sym.elemwise_add(fc1, fc2), act_type='relu')\n",
        'out.list_arguments()\n',
        'out.infer_shape(data=(10,64))\n',
        'out.infer_shape_partial(data=(10,64))\n',
        'out.infer_shape(data=(10,64), prev=(10,128))\n',
])
    run('mxnet.symbol.symbol.Symbol.debug_str', [
        "a = mx.sym.Variable('a')\n",
        'b = mx.sym.sin(a)\n',
        'c = 2 * a + b\n',
        'd = mx.sym.FullyConnected(data=c, num_hidden=10)\n',
        'd.debug_str()\n',
        'print(d.debug_str())\n',
])
    run('mxnet.symbol.symbol.Symbol.simple_bind', [
        "x = mx.sym.Variable('x')\n",
        'y = mx.sym.FullyConnected(x, num_hidden=4)\n',
        "exe = y.simple_bind(mx.cpu(), x=(5,4), grad_req='null')\n",
        'exe.forward()\n',
        'exe.outputs[0].asnumpy()\n',
        'exe.arg_arrays\n',
        'exe.grad_arrays\n',
])
    run('mxnet.symbol.symbol.Symbol.bind', [
        "a = mx.sym.Variable('a')\n",
        "b = mx.sym.Variable('b')\n",
        'c = a + b\n',
        "ex = c.bind(ctx=mx.cpu(), args={'a' : mx.nd.ones([2,3]), 'b' : mx.nd.ones([2,3])})\n",
        'ex.forward()\n',
        'ex.outputs[0].asnumpy()\n',
])
    run('mxnet.symbol.symbol.Symbol.eval', [
        "a = mx.sym.Variable('a')\n",
        "b = mx.sym.Variable('b')\n",
        'c = a + b\n',
        'ex = c.eval(ctx = mx.cpu(), a = mx.nd.ones([2,3]), b = mx.nd.ones([2,3]))\n',
        'ex\n',
        'ex[0].asnumpy()\n',
])
    run('mxnet.symbol.symbol.var', [
        "data = mx.sym.Variable('data', attr={'a': 'b'})\n",
        'data\n',
        "csr_data = mx.sym.Variable('csr_data', stype='csr')\n",
        'csr_data\n',
        "row_sparse_weight = mx.sym.Variable('weight', stype='row_sparse')\n",
        'row_sparse_weight\n',
])
    run('mxnet.symbol.symbol.Group', [
        "a = mx.sym.Variable('a')\n",
        "b = mx.sym.Variable('b')\n",
        'mx.sym.Group([a,b])\n',
])
    run('mxnet.symbol.symbol.pow', [
        'mx.sym.pow(2, 3)\n',
        "x = mx.sym.Variable('x')\n",
        "y = mx.sym.Variable('y')\n",
        'z = mx.sym.pow(x, 2)\n',
        'z.eval(x=mx.nd.array([1,2]))[0].asnumpy()\n',
        'z = mx.sym.pow(3, y)\n',
        'z.eval(y=mx.nd.array([2,3]))[0].asnumpy()\n',
        'z = mx.sym.pow(x, y)\n',
        'z.eval(x=mx.nd.array([3,4]), y=mx.nd.array([2,3]))[0].asnumpy()\n',
])
    run('mxnet.symbol.symbol.power', [
        'mx.sym.power(2, 3)\n',
        "x = mx.sym.Variable('x')\n",
        "y = mx.sym.Variable('y')\n",
        'z = mx.sym.power(x, 2)\n',
        'z.eval(x=mx.nd.array([1,2]))[0].asnumpy()\n',
        'z = mx.sym.power(3, y)\n',
        'z.eval(y=mx.nd.array([2,3]))[0].asnumpy()\n',
        'z = mx.sym.power(x, y)\n',
        'z.eval(x=mx.nd.array([3,4]), y=mx.nd.array([2,3]))[0].asnumpy()\n',
])
    run('mxnet.symbol.symbol.maximum', [
        'mx.sym.maximum(2, 3.5)\n',
        "x = mx.sym.Variable('x')\n",
        "y = mx.sym.Variable('y')\n",
        'z = mx.sym.maximum(x, 4)\n',
        'z.eval(x=mx.nd.array([3,5,2,10]))[0].asnumpy()\n',
        'z = mx.sym.maximum(x, y)\n',
        'z.eval(x=mx.nd.array([3,4]), y=mx.nd.array([10,2]))[0].asnumpy()\n',
])
    run('mxnet.symbol.symbol.minimum', [
        'mx.sym.minimum(2, 3.5)\n',
        "x = mx.sym.Variable('x')\n",
        "y = mx.sym.Variable('y')\n",
        'z = mx.sym.minimum(x, 4)\n',
        'z.eval(x=mx.nd.array([3,5,2,10]))[0].asnumpy()\n',
        'z = mx.sym.minimum(x, y)\n',
        'z.eval(x=mx.nd.array([3,4]), y=mx.nd.array([10,2]))[0].asnumpy()\n',
])
    run('mxnet.symbol.symbol.hypot', [
        'mx.sym.hypot(3, 4)\n',
        "x = mx.sym.Variable('x')\n",
        "y = mx.sym.Variable('y')\n",
        'z = mx.sym.hypot(x, 4)\n',
        'z.eval(x=mx.nd.array([3,5,2]))[0].asnumpy()\n',
        'z = mx.sym.hypot(x, y)\n',
        'z.eval(x=mx.nd.array([3,4]), y=mx.nd.array([10,2]))[0].asnumpy()\n',
])
    run('mxnet.symbol.contrib.boolean_mask', [
        'data = mx.nd.array([[1, 2, 3],[4, 5, 6],[7, 8, 9]])\n',
        'index = mx.nd.array([0, 1, 0])\n',
        'out = mx.nd.contrib.boolean_mask(data, index)\n',
        'out\n',
])
    run('mxnet.symbol.contrib.rand_zipfian', [
        "true_cls = mx.sym.Variable('true_cls')\n",
        'samples, exp_count_true, exp_count_sample = mx.sym.contrib.rand_zipfian(true_cls, 4, 5)\n',
        'samples.eval(true_cls=mx.nd.array([3]))[0].asnumpy()\n',
        'exp_count_true.eval(true_cls=mx.nd.array([3]))[0].asnumpy()\n',
        'exp_count_sample.eval(true_cls=mx.nd.array([3]))[0].asnumpy()\n',
])
    run('mxnet.symbol.contrib.foreach', [
        'step = lambda data, states: (data + states[0], [states[0] * 2])\n',
        "data = mx.sym.var('data')\n",
        "states = [mx.sym.var('state')]\n",
        'outs, states = mx.sym.contrib.foreach(step, data, states)\n',
])
    run('mxnet.symbol.contrib.while_loop', [
        'cond = lambda i, s: i <= 5\n',
        'func = lambda i, s: ([i + s], [i + 1, s + i])\n',
        "loop_vars = (mx.sym.var('i'), mx.sym.var('s'))\n",
        'outputs, states = mx.sym.contrib.while_loop(cond, func, loop_vars, max_iterations=10)\n',
])
    run('mxnet.symbol.contrib.cond', [
        "a, b = mx.sym.var('a'), mx.sym.var('b')\n",
        'pred = a * b < 5\n',
        'then_func = lambda: (a + 5) * (b + 5)\n',
        'else_func = lambda: (a - 5) * (b - 5)\n',
        'outputs = mx.sym.contrib.cond(pred, then_func, else_func)\n',
])
    run('mxnet.executor.Executor', [
        "a = mx.sym.Variable('a')\n",
        "b = mx.sym.Variable('b')\n",
        'c = 2 * a + b\n',
        "texec = c.bind(mx.cpu(), {'a': mx.nd.array([1,2]), 'b':mx.nd.array([2,3])})\n",
])
    run('mxnet.executor.Executor.forward', [
        'texec.forward(is_train=True, data=mydata)\n',
        "mydata.copyto(texec.arg_dict['data'])\n",
        'texec.forward(is_train=True)\n',
        'outputs = texec.forward(is_train=True, data=mydata)\n',
        'print(outputs[0].asnumpy())\n',
])
    run('mxnet.executor.Executor.backward', [
        "net = mx.sym.Variable('data')\n",
        "net = mx.sym.FullyConnected(net, name='fc', num_hidden=6)\n",
        'net = mx.sym.Activation(net, name=\'relu\', act_type="relu")\n',
        "net = mx.sym.SoftmaxOutput(net, name='softmax')\n",
        "args =  {'data': mx.nd.ones((1, 4)), 'fc_weight': mx.nd.ones((6, 4)),\n",
        "         'fc_bias': mx.nd.array((1, 4, 4, 4, 5, 6)), 'softmax_label': mx.nd.ones((1))}\n",
        "args_grad = {'fc_weight': mx.nd.zeros((6, 4)), 'fc_bias': mx.nd.zeros((6))}\n",
        'texec = net.bind(ctx=mx.cpu(), args=args, args_grad=args_grad)\n',
        'out = texec.forward(is_train=True)[0].copy()\n',
        'print(out.asnumpy())\n',
        'texec.backward()\n',
        'print(texec.grad_arrays[1].asnumpy())\n',
        "a = mx.sym.Variable('a')\n",
        "b = mx.sym.Variable('b')\n",
        'c = 2 * a + b\n',
        "args = {'a': mx.nd.array([1,2]), 'b':mx.nd.array([2,3])}\n",
        "args_grad = {'a': mx.nd.zeros((2)), 'b': mx.nd.zeros((2))}\n",
        'texec = c.bind(ctx=mx.cpu(), args=args, args_grad=args_grad)\n',
        'out = texec.forward(is_train=True)[0].copy()\n',
        'print(out.asnumpy())\n',
        'texec.backward(out)\n',
        'print(texec.grad_arrays[0].asnumpy())\n',
        'print(texec.grad_arrays[1].asnumpy())\n',
])
    run('mxnet.executor.Executor.set_monitor_callback', [
        'def mon_callback(*args, **kwargs):\n    print("Do your stuff here.")\n',
        'texe.set_monitor_callback(mon_callback)\n',
])
    run('mxnet.executor.Executor.copy_params_from', [
        "model_prefix = 'mx_mlp'\n",
        'sym, arg_params, aux_params = mx.model.load_checkpoint(model_prefix, 0)\n',
        'texec.copy_params_from(arg_params, aux_params)\n',
])
    run('mxnet.executor.Executor.reshape', [
        "a = mx.sym.Variable('a')\n",
        "b = mx.sym.Variable('b')\n",
        'c = 2 * a + b\n',
        "texec = c.bind(mx.cpu(), {'a': mx.nd.zeros((2, 1)), 'b': mx.nd.ones((2,1))})\n",
        "new_shape = {'a': (4, 2), 'b': (4, 2)}\n",
        'texec.reshape(allow_up_sizing=True, **new_shape)\n',
])
    run('mxnet.executor.Executor.debug_str', [
        "a = mx.sym.Variable('a')\n",
        'b = mx.sym.sin(a)\n',
        'c = 2 * a + b\n',
        "texec = c.bind(mx.cpu(), {'a': mx.nd.array([1,2]), 'b':mx.nd.array([2,3])})\n",
        'print(texec.debug_str())\n',
])
finally:
    os.chdir(_here)
    shutil.rmtree(_tmp, ignore_errors=True)
