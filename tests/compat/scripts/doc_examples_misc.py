"""MXNet 1.9.1's own ``>>>`` documentation examples of mxnet.autograd, mxnet.base, mxnet.callback, mxnet.context, mxnet.contrib.autograd, mxnet.contrib.io, mxnet.contrib.svrg.optimization.svrg.module, mxnet.contrib.tensorboard, mxnet.contrib.text.embedding, mxnet.contrib.text.utils, mxnet.initializer, mxnet.log, mxnet.module.base.module, mxnet.module.bucketing.module, mxnet.module.module, mxnet.module.sequential.module, mxnet.name, mxnet.optimizer.optimizer, mxnet.random, mxnet.test.utils, mxnet.util, mxnet.visualization, run statement by statement:
each expression's repr is printed, an exception as its class name."""
import os
import shutil
import tempfile

from _doc_statements import run


_here = os.getcwd()
_tmp = tempfile.mkdtemp()
os.chdir(_tmp)
try:

    run('mxnet.autograd.grad', [
        'x = mx.nd.ones((1,))\n',
        'x.attach_grad()\n',
        'with mx.autograd.record():\n    z = mx.nd.elemwise_add(mx.nd.exp(x), x)\n',
        'dx = mx.autograd.grad(z, [x], create_graph=True)\n',
        'print(dx)\n',
])
    run('mxnet.base.c_str', [
        'x = mx.base.c_str("Hello, World")\n',
        'print(x.value)\n',
])
    run('mxnet.base.c_array', [
        'x = mx.base.c_array(mx.base.mx_float, [1, 2, 3])\n',
        'print(len(x))\n',
        'x[1]\n',
])
    run('mxnet.base.c_array_buf', [
        "x = mx.base.c_array_buf(mx.base.mx_float, array.array('i', [1, 2, 3]))\n",
        'print(len(x))\n',
        'x[1]\n',
])
    run('mxnet.callback.do_checkpoint', [
        'module.fit(iterator, num_epoch=n_epoch,\nepoch_end_callback  = mx.callback.do_checkpoint("mymodel", 1))\n',
])
    run('mxnet.callback.Speedometer', [
        'module.fit(iterator, num_epoch=n_epoch,\nbatch_end_callback=mx.callback.Speedometer(1, 10))\n',
])
    run('mxnet.callback.ProgressBar', [
        'progress_bar = mx.callback.ProgressBar(total=2)\n',
        'mod.fit(data, num_epoch=5, batch_end_callback=progress_bar)\n',
])
    run('mxnet.context.Context.device_type', [
        'mx.context.current_context().device_type\n',
        'mx.current_context().device_type\n',
])
    run('mxnet.context.Context', [
        'cpu_array = mx.nd.ones((2, 3))\n',
        'with mx.Context(mx.gpu(2)):\n    gpu_array = mx.nd.ones((2, 3))\n',
        'gpu_array.context\n',
        'gpu_array = mx.nd.ones((2, 3), mx.gpu(1))\n',
        'gpu_array.context\n',
])
    run('mxnet.context.Context.empty_cache', [
        'ctx = mx.gpu(0)\n',
        'arr = mx.nd.ones((200,200), ctx=ctx)\n',
        'del arr\n',
        'ctx.empty_cache() # forces release of memory allocated for arr\n',
])
    run('mxnet.context.cpu', [
        'with mx.cpu():\n    cpu_array = mx.nd.ones((2, 3))\n',
        'cpu_array.context\n',
        'cpu_array = mx.nd.ones((2, 3), ctx=mx.cpu())\n',
        'cpu_array.context\n',
])
    run('mxnet.context.cpu_pinned', [
        'with mx.cpu_pinned():\n    cpu_array = mx.nd.ones((2, 3))\n',
        'cpu_array.context\n',
        'cpu_array = mx.nd.ones((2, 3), ctx=mx.cpu_pinned())\n',
        'cpu_array.context\n',
])
    run('mxnet.context.gpu', [
        'cpu_array = mx.nd.ones((2, 3))\n',
        'cpu_array.context\n',
        'with mx.gpu(1):\n    gpu_array = mx.nd.ones((2, 3))\n',
        'gpu_array.context\n',
        'gpu_array = mx.nd.ones((2, 3), ctx=mx.gpu(1))\n',
        'gpu_array.context\n',
])
    run('mxnet.context.current_context', [
        'mx.current_context()\n',
        "with mx.Context('gpu', 1):  # Context changed in `with` block.\n   mx.current_context()  # Computation done here will be on gpu(1).\n",
        'mx.current_context() # Back to default context.\n',
])
    run('mxnet.contrib.autograd.grad', [
        'def func(x):\n    r = random.randint(0, 1)\n    if r % 2:\n        return x**2\n    else:\n        return x/3\n',
        'for x in range(10):\n    grad_func = grad(func)\n    inputs = nd.array([[1, 2, 3], [4, 5, 6]])\n    grad_vals = grad_func(inputs)\n',
])
    run('mxnet.contrib.svrg_optimization.svrg_module.SVRGModule', [
        "mod = SVRGModule(symbol=lro, data_names=['data'], label_names=['lin_reg_label'], update_freq=2)\n",
        "mod.fit(di, eval_metric='mse', optimizer='sgd', optimizer_params=(('learning_rate', 0.025),),\n",
        "        num_epoch=num_epoch, kvstore='local')\n",
])
    run('mxnet.contrib.tensorboard.LogMetricsCallback', [
        "training_log = 'logs/train'\n",
        "evaluation_log = 'logs/eval'\n",
        'batch_end_callbacks = [mx.contrib.tensorboard.LogMetricsCallback(training_log)]\n',
        'eval_end_callbacks = [mx.contrib.tensorboard.LogMetricsCallback(evaluation_log)]\n',
        'model.fit(train,\n',
        '    ...\n',
        '    batch_end_callback = batch_end_callbacks,\n',
        '    eval_end_callback  = eval_end_callbacks)\n',
])
    run('mxnet.contrib.text.embedding.register', [
        "@mxnet.contrib.text.embedding.register\nclass MyTextEmbed(mxnet.contrib.text.embedding._TokenEmbedding):\n    def __init__(self, pretrained_file_name='my_pretrain_file'):\n        pass\n",
        "embed = mxnet.contrib.text.embedding.create('MyTokenEmbed')\n",
        'print(type(embed))\n',
])
    run('mxnet.contrib.text.utils.count_tokens_from_str', [
        "source_str = ' Life is great ! \\n life is good . \\n'\n",
        "count_tokens_from_str(token_line, ' ', '\\n', True)\n",
        "source_str = '*Life*is*great*!*\\n*life*is*good*.*\\n'\n",
        "count_tokens_from_str(token_line, '\\*', '\\n', True)\n",
])
    run('mxnet.initializer.Initializer.dumps', [
        'init = mx.init.Normal(0.5)\n',
        'init.dumps()\n',
        'init = mx.init.Xavier(factor_type="in", magnitude=2.34)\n',
        'init.dumps()\n',
])
    run('mxnet.initializer.register', [
        '# Create and register a custom initializer that\n# initializes weights to 0.1 and biases to 1.\n',
        "@mx.init.register\n@alias('myinit')\nclass CustomInit(mx.init.Initializer):\n  def __init__(self):\n    super(CustomInit, self).__init__()\n  def _init_weight(self, _, arr):\n    arr[:] = 0.1\n  def _init_bias(self, _, arr):\n    arr[:] = 1\n",
        'module.init_params("custominit")\n',
])
    run('mxnet.initializer.Mixed', [
        "# Given 'module', an instance of 'mxnet.module.Module', initialize biases to zero\n# and every other parameter to random values with uniform distribution.\n",
        "init = mx.initializer.Mixed(['bias', '.*'], [mx.init.Zero(), mx.init.Uniform(0.1)])\n",
        'module.init_params(init)\n',
        'for dictionary in module.get_params():\n    for key in dictionary:\n        print(key)\n        print(dictionary[key].asnumpy())\n',
])
    run('mxnet.initializer.Zero', [
        'init = mx.initializer.Zero()\n',
        'module.init_params(init)\n',
        'for dictionary in module.get_params():\n    for key in dictionary:\n        print(key)\n        print(dictionary[key].asnumpy())\n',
])
    run('mxnet.initializer.One', [
        'init = mx.initializer.One()\n',
        'module.init_params(init)\n',
        'for dictionary in module.get_params():\n    for key in dictionary:\n        print(key)\n        print(dictionary[key].asnumpy())\n',
])
    run('mxnet.initializer.Uniform', [
        'init = mx.init.Uniform(0.1)\n',
        'module.init_params(init)\n',
        'for dictionary in module.get_params():\n    for key in dictionary:\n        print(key)\n        print(dictionary[key].asnumpy())\n',
])
    run('mxnet.initializer.Normal', [
        'init = mx.init.Normal(0.5)\n',
        'module.init_params(init)\n',
        'for dictionary in module.get_params():\n    for key in dictionary:\n        print(key)\n        print(dictionary[key].asnumpy())\n',
])
    run('mxnet.log.get_logger', [
        'from mxnet.log import get_logger\n',
        'logger = get_logger("Test")\n',
        'logger.warn("Hello World")\n',
        'import logging\n',
        'logger = get_logger("Test2", level=logging.WARNING)\n',
        'logger.warn("Hello World")\n',
        'logger.debug("Hello World") # This doesn\'t return anything as the level is logging.WARNING.\n',
        'logger = get_logger("Test3", level=logging.DEBUG)\n',
        'logger.debug("Hello World") # Logs the debug output as the level is logging.DEBUG.\n',
])
    run('mxnet.module.base_module.BaseModule', [
        'import mxnet as mx\n',
        "data = mx.symbol.Variable('data')\n",
        "fc1  = mx.symbol.FullyConnected(data, name='fc1', num_hidden=128)\n",
        'act1 = mx.symbol.Activation(fc1, name=\'relu1\', act_type="relu")\n',
        "fc2  = mx.symbol.FullyConnected(act1, name = 'fc2', num_hidden = 64)\n",
        'act2 = mx.symbol.Activation(fc2, name=\'relu2\', act_type="relu")\n',
        "fc3  = mx.symbol.FullyConnected(act2, name='fc3', num_hidden=10)\n",
        "out  = mx.symbol.SoftmaxOutput(fc3, name = 'softmax')\n",
        'mod = mx.mod.Module(out)\n',
])
    run('mxnet.module.base_module.BaseModule.score', [
        "net = mx.sym.SoftmaxOutput(mx.sym.FullyConnected(mx.sym.var('data'), num_hidden=4, name='fc'), name='softmax')\n",
        'mod = mx.mod.Module(net, context=mx.cpu())\n',
        "X = np.arange(40, dtype='float32').reshape(10, 4) / 40\n",
        "Y = np.array([0, 1, 2, 3, 0, 1, 2, 3, 0, 1], dtype='float32')\n",
        'train_dataiter = mx.io.NDArrayIter(X, Y, batch_size=5)\n',
        'val_dataiter = eval_data = mx.io.NDArrayIter(X, Y, batch_size=5)\n',
        'mod.bind(data_shapes=train_dataiter.provide_data, label_shapes=train_dataiter.provide_label)\n',
        'mod.init_params(mx.init.Constant(0.01))\n',
        'module = mod\n',
        'data_batch = next(iter(train_dataiter))\n',
        'metric = mx.metric.Accuracy()\n',
        'metric = mx.metric.Accuracy()\n',
        'mod.score(val_dataiter, metric)\n',
        "mod.score(val_dataiter, ['mse', 'acc'])\n",
])
    run('mxnet.module.base_module.BaseModule.iter_predict', [
        "net = mx.sym.SoftmaxOutput(mx.sym.FullyConnected(mx.sym.var('data'), num_hidden=4, name='fc'), name='softmax')\n",
        'mod = mx.mod.Module(net, context=mx.cpu())\n',
        "X = np.arange(40, dtype='float32').reshape(10, 4) / 40\n",
        "Y = np.array([0, 1, 2, 3, 0, 1, 2, 3, 0, 1], dtype='float32')\n",
        'train_dataiter = mx.io.NDArrayIter(X, Y, batch_size=5)\n',
        'val_dataiter = eval_data = mx.io.NDArrayIter(X, Y, batch_size=5)\n',
        'mod.bind(data_shapes=train_dataiter.provide_data, label_shapes=train_dataiter.provide_label)\n',
        'mod.init_params(mx.init.Constant(0.01))\n',
        'module = mod\n',
        'data_batch = next(iter(train_dataiter))\n',
        'metric = mx.metric.Accuracy()\n',
        'for pred, i_batch, batch in module.iter_predict(eval_data):\n    # pred is a list of outputs from the module\n    # i_batch is a integer\n    # batch is the data batch from the data iterator\n',
])
    run('mxnet.module.base_module.BaseModule.predict', [
        "net = mx.sym.SoftmaxOutput(mx.sym.FullyConnected(mx.sym.var('data'), num_hidden=4, name='fc'), name='softmax')\n",
        'mod = mx.mod.Module(net, context=mx.cpu())\n',
        "X = np.arange(40, dtype='float32').reshape(10, 4) / 40\n",
        "Y = np.array([0, 1, 2, 3, 0, 1, 2, 3, 0, 1], dtype='float32')\n",
        'train_dataiter = mx.io.NDArrayIter(X, Y, batch_size=5)\n',
        'val_dataiter = eval_data = mx.io.NDArrayIter(X, Y, batch_size=5)\n',
        'mod.bind(data_shapes=train_dataiter.provide_data, label_shapes=train_dataiter.provide_label)\n',
        'mod.init_params(mx.init.Constant(0.01))\n',
        'module = mod\n',
        'data_batch = next(iter(train_dataiter))\n',
        'metric = mx.metric.Accuracy()\n',
        'mod.predict(eval_data=val_dataiter, num_batch=10)\n',
])
    run('mxnet.module.base_module.BaseModule.fit', [
        "net = mx.sym.SoftmaxOutput(mx.sym.FullyConnected(mx.sym.var('data'), num_hidden=4, name='fc'), name='softmax')\n",
        'mod = mx.mod.Module(net, context=mx.cpu())\n',
        "X = np.arange(40, dtype='float32').reshape(10, 4) / 40\n",
        "Y = np.array([0, 1, 2, 3, 0, 1, 2, 3, 0, 1], dtype='float32')\n",
        'train_dataiter = mx.io.NDArrayIter(X, Y, batch_size=5)\n',
        'val_dataiter = eval_data = mx.io.NDArrayIter(X, Y, batch_size=5)\n',
        'mod.bind(data_shapes=train_dataiter.provide_data, label_shapes=train_dataiter.provide_label)\n',
        'mod.init_params(mx.init.Constant(0.01))\n',
        'module = mod\n',
        'data_batch = next(iter(train_dataiter))\n',
        'metric = mx.metric.Accuracy()\n',
        'sym, arg_params, aux_params = mx.model.load_checkpoint(model_prefix, 3)\n',
        "mod.fit(train_data=train_dataiter, eval_data=val_dataiter, optimizer='sgd',\n    optimizer_params={'learning_rate':0.01, 'momentum': 0.9},\n    arg_params=arg_params, aux_params=aux_params,\n    eval_metric='acc', num_epoch=10, begin_epoch=3)\n",
])
    run('mxnet.module.base_module.BaseModule.get_params', [
        "net = mx.sym.SoftmaxOutput(mx.sym.FullyConnected(mx.sym.var('data'), num_hidden=4, name='fc'), name='softmax')\n",
        'mod = mx.mod.Module(net, context=mx.cpu())\n',
        "X = np.arange(40, dtype='float32').reshape(10, 4) / 40\n",
        "Y = np.array([0, 1, 2, 3, 0, 1, 2, 3, 0, 1], dtype='float32')\n",
        'train_dataiter = mx.io.NDArrayIter(X, Y, batch_size=5)\n',
        'val_dataiter = eval_data = mx.io.NDArrayIter(X, Y, batch_size=5)\n',
        'mod.bind(data_shapes=train_dataiter.provide_data, label_shapes=train_dataiter.provide_label)\n',
        'mod.init_params(mx.init.Constant(0.01))\n',
        'module = mod\n',
        'data_batch = next(iter(train_dataiter))\n',
        'metric = mx.metric.Accuracy()\n',
        'print(mod.get_params())\n',
])
    run('mxnet.module.base_module.BaseModule.init_params', [
        "net = mx.sym.SoftmaxOutput(mx.sym.FullyConnected(mx.sym.var('data'), num_hidden=4, name='fc'), name='softmax')\n",
        'mod = mx.mod.Module(net, context=mx.cpu())\n',
        "X = np.arange(40, dtype='float32').reshape(10, 4) / 40\n",
        "Y = np.array([0, 1, 2, 3, 0, 1, 2, 3, 0, 1], dtype='float32')\n",
        'train_dataiter = mx.io.NDArrayIter(X, Y, batch_size=5)\n',
        'val_dataiter = eval_data = mx.io.NDArrayIter(X, Y, batch_size=5)\n',
        'mod.bind(data_shapes=train_dataiter.provide_data, label_shapes=train_dataiter.provide_label)\n',
        'mod.init_params(mx.init.Constant(0.01))\n',
        'module = mod\n',
        'data_batch = next(iter(train_dataiter))\n',
        'metric = mx.metric.Accuracy()\n',
        'mod.init_params()\n',
])
    run('mxnet.module.base_module.BaseModule.set_params', [
        "net = mx.sym.SoftmaxOutput(mx.sym.FullyConnected(mx.sym.var('data'), num_hidden=4, name='fc'), name='softmax')\n",
        'mod = mx.mod.Module(net, context=mx.cpu())\n',
        "X = np.arange(40, dtype='float32').reshape(10, 4) / 40\n",
        "Y = np.array([0, 1, 2, 3, 0, 1, 2, 3, 0, 1], dtype='float32')\n",
        'train_dataiter = mx.io.NDArrayIter(X, Y, batch_size=5)\n',
        'val_dataiter = eval_data = mx.io.NDArrayIter(X, Y, batch_size=5)\n',
        'mod.bind(data_shapes=train_dataiter.provide_data, label_shapes=train_dataiter.provide_label)\n',
        'mod.init_params(mx.init.Constant(0.01))\n',
        'module = mod\n',
        'data_batch = next(iter(train_dataiter))\n',
        'metric = mx.metric.Accuracy()\n',
        'sym, arg_params, aux_params = mx.model.load_checkpoint(model_prefix, n_epoch_load)\n',
        'mod.set_params(arg_params=arg_params, aux_params=aux_params)\n',
])
    run('mxnet.module.base_module.BaseModule.save_params', [
        "net = mx.sym.SoftmaxOutput(mx.sym.FullyConnected(mx.sym.var('data'), num_hidden=4, name='fc'), name='softmax')\n",
        'mod = mx.mod.Module(net, context=mx.cpu())\n',
        "X = np.arange(40, dtype='float32').reshape(10, 4) / 40\n",
        "Y = np.array([0, 1, 2, 3, 0, 1, 2, 3, 0, 1], dtype='float32')\n",
        'train_dataiter = mx.io.NDArrayIter(X, Y, batch_size=5)\n',
        'val_dataiter = eval_data = mx.io.NDArrayIter(X, Y, batch_size=5)\n',
        'mod.bind(data_shapes=train_dataiter.provide_data, label_shapes=train_dataiter.provide_label)\n',
        'mod.init_params(mx.init.Constant(0.01))\n',
        'module = mod\n',
        'data_batch = next(iter(train_dataiter))\n',
        'metric = mx.metric.Accuracy()\n',
        "mod.save_params('myfile')\n",
])
    run('mxnet.module.base_module.BaseModule.load_params', [
        "net = mx.sym.SoftmaxOutput(mx.sym.FullyConnected(mx.sym.var('data'), num_hidden=4, name='fc'), name='softmax')\n",
        'mod = mx.mod.Module(net, context=mx.cpu())\n',
        "X = np.arange(40, dtype='float32').reshape(10, 4) / 40\n",
        "Y = np.array([0, 1, 2, 3, 0, 1, 2, 3, 0, 1], dtype='float32')\n",
        'train_dataiter = mx.io.NDArrayIter(X, Y, batch_size=5)\n',
        'val_dataiter = eval_data = mx.io.NDArrayIter(X, Y, batch_size=5)\n',
        'mod.bind(data_shapes=train_dataiter.provide_data, label_shapes=train_dataiter.provide_label)\n',
        'mod.init_params(mx.init.Constant(0.01))\n',
        'module = mod\n',
        'data_batch = next(iter(train_dataiter))\n',
        'metric = mx.metric.Accuracy()\n',
        "mod.load_params('myfile')\n",
])
    run('mxnet.module.base_module.BaseModule.forward', [
        "net = mx.sym.SoftmaxOutput(mx.sym.FullyConnected(mx.sym.var('data'), num_hidden=4, name='fc'), name='softmax')\n",
        'mod = mx.mod.Module(net, context=mx.cpu())\n',
        "X = np.arange(40, dtype='float32').reshape(10, 4) / 40\n",
        "Y = np.array([0, 1, 2, 3, 0, 1, 2, 3, 0, 1], dtype='float32')\n",
        'train_dataiter = mx.io.NDArrayIter(X, Y, batch_size=5)\n',
        'val_dataiter = eval_data = mx.io.NDArrayIter(X, Y, batch_size=5)\n',
        'mod.bind(data_shapes=train_dataiter.provide_data, label_shapes=train_dataiter.provide_label)\n',
        'mod.init_params(mx.init.Constant(0.01))\n',
        'module = mod\n',
        'data_batch = next(iter(train_dataiter))\n',
        'metric = mx.metric.Accuracy()\n',
        'import mxnet as mx\n',
        'from collections import namedtuple\n',
        "Batch = namedtuple('Batch', ['data'])\n",
        "data = mx.sym.Variable('data')\n",
        'out = data * 2\n',
        'mod = mx.mod.Module(symbol=out, label_names=None)\n',
        "mod.bind(data_shapes=[('data', (1, 10))])\n",
        'mod.init_params()\n',
        'data1 = [mx.nd.ones((1, 10))]\n',
        'mod.forward(Batch(data1))\n',
        'print(mod.get_outputs()[0].asnumpy())\n',
        'data2 = [mx.nd.ones((3, 5))]\n',
        'mod.forward(Batch(data2))\n',
        'print(mod.get_outputs()[0].asnumpy())\n',
])
    run('mxnet.module.base_module.BaseModule.backward', [
        "net = mx.sym.SoftmaxOutput(mx.sym.FullyConnected(mx.sym.var('data'), num_hidden=4, name='fc'), name='softmax')\n",
        'mod = mx.mod.Module(net, context=mx.cpu())\n',
        "X = np.arange(40, dtype='float32').reshape(10, 4) / 40\n",
        "Y = np.array([0, 1, 2, 3, 0, 1, 2, 3, 0, 1], dtype='float32')\n",
        'train_dataiter = mx.io.NDArrayIter(X, Y, batch_size=5)\n',
        'val_dataiter = eval_data = mx.io.NDArrayIter(X, Y, batch_size=5)\n',
        'mod.bind(data_shapes=train_dataiter.provide_data, label_shapes=train_dataiter.provide_label)\n',
        'mod.init_params(mx.init.Constant(0.01))\n',
        'module = mod\n',
        'data_batch = next(iter(train_dataiter))\n',
        'metric = mx.metric.Accuracy()\n',
        'mod.backward()\n',
        'print(mod.get_input_grads()[0].asnumpy())\n',
])
    run('mxnet.module.base_module.BaseModule.get_input_grads', [
        "net = mx.sym.SoftmaxOutput(mx.sym.FullyConnected(mx.sym.var('data'), num_hidden=4, name='fc'), name='softmax')\n",
        'mod = mx.mod.Module(net, context=mx.cpu())\n',
        "X = np.arange(40, dtype='float32').reshape(10, 4) / 40\n",
        "Y = np.array([0, 1, 2, 3, 0, 1, 2, 3, 0, 1], dtype='float32')\n",
        'train_dataiter = mx.io.NDArrayIter(X, Y, batch_size=5)\n',
        'val_dataiter = eval_data = mx.io.NDArrayIter(X, Y, batch_size=5)\n',
        'mod.bind(data_shapes=train_dataiter.provide_data, label_shapes=train_dataiter.provide_label)\n',
        'mod.init_params(mx.init.Constant(0.01))\n',
        'module = mod\n',
        'data_batch = next(iter(train_dataiter))\n',
        'metric = mx.metric.Accuracy()\n',
        'print(mod.get_input_grads()[0].asnumpy())\n',
])
    run('mxnet.module.base_module.BaseModule.update', [
        "net = mx.sym.SoftmaxOutput(mx.sym.FullyConnected(mx.sym.var('data'), num_hidden=4, name='fc'), name='softmax')\n",
        'mod = mx.mod.Module(net, context=mx.cpu())\n',
        "X = np.arange(40, dtype='float32').reshape(10, 4) / 40\n",
        "Y = np.array([0, 1, 2, 3, 0, 1, 2, 3, 0, 1], dtype='float32')\n",
        'train_dataiter = mx.io.NDArrayIter(X, Y, batch_size=5)\n',
        'val_dataiter = eval_data = mx.io.NDArrayIter(X, Y, batch_size=5)\n',
        'mod.bind(data_shapes=train_dataiter.provide_data, label_shapes=train_dataiter.provide_label)\n',
        'mod.init_params(mx.init.Constant(0.01))\n',
        'module = mod\n',
        'data_batch = next(iter(train_dataiter))\n',
        'metric = mx.metric.Accuracy()\n',
        "mod.init_optimizer(kvstore='local', optimizer='sgd',\n    optimizer_params=(('learning_rate', 0.01), ))\n",
        'mod.backward()\n',
        'mod.update()\n',
        "print(mod.get_params()[0]['fc3_weight'].asnumpy())\n",
])
    run('mxnet.module.base_module.BaseModule.update_metric', [
        "net = mx.sym.SoftmaxOutput(mx.sym.FullyConnected(mx.sym.var('data'), num_hidden=4, name='fc'), name='softmax')\n",
        'mod = mx.mod.Module(net, context=mx.cpu())\n',
        "X = np.arange(40, dtype='float32').reshape(10, 4) / 40\n",
        "Y = np.array([0, 1, 2, 3, 0, 1, 2, 3, 0, 1], dtype='float32')\n",
        'train_dataiter = mx.io.NDArrayIter(X, Y, batch_size=5)\n',
        'val_dataiter = eval_data = mx.io.NDArrayIter(X, Y, batch_size=5)\n',
        'mod.bind(data_shapes=train_dataiter.provide_data, label_shapes=train_dataiter.provide_label)\n',
        'mod.init_params(mx.init.Constant(0.01))\n',
        'module = mod\n',
        'data_batch = next(iter(train_dataiter))\n',
        'metric = mx.metric.Accuracy()\n',
        'mod.forward(data_batch)\n',
        'mod.update_metric(metric, data_batch.label)\n',
])
    run('mxnet.module.base_module.BaseModule.bind', [
        "net = mx.sym.SoftmaxOutput(mx.sym.FullyConnected(mx.sym.var('data'), num_hidden=4, name='fc'), name='softmax')\n",
        'mod = mx.mod.Module(net, context=mx.cpu())\n',
        "X = np.arange(40, dtype='float32').reshape(10, 4) / 40\n",
        "Y = np.array([0, 1, 2, 3, 0, 1, 2, 3, 0, 1], dtype='float32')\n",
        'train_dataiter = mx.io.NDArrayIter(X, Y, batch_size=5)\n',
        'val_dataiter = eval_data = mx.io.NDArrayIter(X, Y, batch_size=5)\n',
        'mod.bind(data_shapes=train_dataiter.provide_data, label_shapes=train_dataiter.provide_label)\n',
        'mod.init_params(mx.init.Constant(0.01))\n',
        'module = mod\n',
        'data_batch = next(iter(train_dataiter))\n',
        'metric = mx.metric.Accuracy()\n',
        "mod.bind(data_shapes=[('data', (1, 10, 10))])\n",
        'mod.bind(data_shapes=train_iter.provide_data, label_shapes=train_iter.provide_label)\n',
])
    run('mxnet.module.base_module.BaseModule.init_optimizer', [
        "net = mx.sym.SoftmaxOutput(mx.sym.FullyConnected(mx.sym.var('data'), num_hidden=4, name='fc'), name='softmax')\n",
        'mod = mx.mod.Module(net, context=mx.cpu())\n',
        "X = np.arange(40, dtype='float32').reshape(10, 4) / 40\n",
        "Y = np.array([0, 1, 2, 3, 0, 1, 2, 3, 0, 1], dtype='float32')\n",
        'train_dataiter = mx.io.NDArrayIter(X, Y, batch_size=5)\n',
        'val_dataiter = eval_data = mx.io.NDArrayIter(X, Y, batch_size=5)\n',
        'mod.bind(data_shapes=train_dataiter.provide_data, label_shapes=train_dataiter.provide_label)\n',
        'mod.init_params(mx.init.Constant(0.01))\n',
        'module = mod\n',
        'data_batch = next(iter(train_dataiter))\n',
        'metric = mx.metric.Accuracy()\n',
        "mod.init_optimizer(optimizer='sgd', optimizer_params=(('learning_rate', 0.005),))\n",
])
    run('mxnet.module.bucketing_module.BucketingModule.set_params', [
        'sym, arg_params, aux_params = mx.model.load_checkpoint(model_prefix, n_epoch_load)\n',
        'mod.set_params(arg_params=arg_params, aux_params=aux_params)\n',
])
    run('mxnet.module.module.Module.set_params', [
        'sym, arg_params, aux_params = mx.model.load_checkpoint(model_prefix, n_epoch_load)\n',
        'mod.set_params(arg_params=arg_params, aux_params=aux_params)\n',
])
    run('mxnet.module.sequential_module.SequentialModule.add', [
        'seq_mod = mx.mod.SequentialModule()\n',
        'seq_mod.add(mod1)\n',
        'seq_mod.add(mod2)\n',
])
    run('mxnet.name.Prefix', [
        'import mxnet as mx\n',
        "data = mx.symbol.Variable('data')\n",
        "with mx.name.Prefix('mynet_'):\n",
        'net.list_arguments()\n',
])
    run('mxnet.optimizer.optimizer.Optimizer.register', [
        '@mx.optimizer.Optimizer.register\nclass MyOptimizer(mx.optimizer.Optimizer):\n    pass\n',
        "optim = mx.optimizer.Optimizer.create_optimizer('MyOptimizer')\n",
        'print(type(optim))\n',
])
    run('mxnet.optimizer.optimizer.Optimizer.create_optimizer', [
        "sgd = mx.optimizer.Optimizer.create_optimizer('sgd')\n",
        'type(sgd)\n',
        "adam = mx.optimizer.create('adam', learning_rate=.1)\n",
        'type(adam)\n',
])
    run('mxnet.random.seed', [
        'print(mx.nd.random.normal(shape=(2,2)).asnumpy())\n',
        'print(mx.nd.random.normal(shape=(2,2)).asnumpy())\n',
        'mx.random.seed(128)\n',
        'print(mx.nd.random.normal(shape=(2,2)).asnumpy())\n',
        'mx.random.seed(128)\n',
        'print(mx.nd.random.normal(shape=(2,2)).asnumpy())\n',
        'mx.random.seed(128)\n',
        'print(mx.nd.random.normal(shape=(2,2), ctx=mx.gpu(0)).asnumpy())\n',
        'mx.random.seed(128)\n',
        'print(mx.nd.random.normal(shape=(2,2), ctx=mx.gpu(1)).asnumpy())\n',
        'mx.random.seed(128, ctx=mx.gpu(0))\n',
        'print(mx.nd.random.normal(shape=(2,2), ctx=mx.gpu(0)).asnumpy())\n',
        'mx.random.seed(128, ctx=mx.gpu(1))\n',
        'print(mx.nd.random.normal(shape=(2,2), ctx=mx.gpu(1)).asnumpy())\n',
])
    run('mxnet.test_utils.rand_sparse_ndarray', [
        'csr_arr, _ = rand_sparse_ndarray(shape=(5, 16), stype="csr",\n',
        'indptr = csr_arr.indptr.asnumpy()\n',
        'indices = csr_arr.indices.asnumpy()\n',
        'data = csr_arr.data.asnumpy()\n',
        'row2nnz = len(data[indptr[1]:indptr[2]])\n',
        'row3nnz = len(data[indptr[2]:indptr[3]])\n',
        'assert(row3nnz == 2*row2nnz)\n',
        'row4nnz = len(data[indptr[3]:indptr[4]])\n',
        'assert(row4nnz == 2*row3nnz)\n',
])
    run('mxnet.test_utils._parse_location', [
        "a = mx.symbol.Variable('a')\n",
        "b = mx.symbol.Variable('b')\n",
        'l1 = np.ndarray([2,3])\n',
        'l2 = np.ndarray([3,4])\n',
        '_parse_location(a * b, [l1, l2], None)\n',
        "_parse_location(a * b, {'a': l1, 'b': l2}, None)\n",
        "_parse_location(a * b, {'a': l1}, None)\n",
])
    run('mxnet.test_utils._parse_aux_states', [
        "data = mx.symbol.Variable('data')\n",
        "weight = mx.sym.Variable(name='fc1_weight')\n",
        "fc1 = mx.symbol.FullyConnected(data = data, weight=weight, name='fc1', num_hidden=128)\n",
        "fc2 = mx.symbol.BatchNorm(fc1, name='batchnorm0')\n",
        'mean_states = np.ones(3)\n',
        'var_states = np.ones(3)\n',
        '_parse_aux_states(fc2, [mean_states, var_states], None)\n',
        "_parse_aux_states(fc2, {'batchnorm0_moving_var': mean_states,\n                        'batchnorm0_moving_mean': var_states}, None)\n",
        "_parse_aux_states(fc2, {'batchnorm0_moving_var': mean_states}, None)\n",
])
    run('mxnet.test_utils.check_symbolic_forward', [
        'shape = (2, 2)\n',
        "lhs = mx.symbol.Variable('lhs')\n",
        "rhs = mx.symbol.Variable('rhs')\n",
        'sym_dot = mx.symbol.dot(lhs, rhs)\n',
        'mat1 = np.array([[1, 2], [3, 4]])\n',
        'mat2 = np.array([[5, 6], [7, 8]])\n',
        'ret_expected = np.array([[19, 22], [43, 50]])\n',
        'check_symbolic_forward(sym_dot, [mat1, mat2], [ret_expected])\n',
])
    run('mxnet.test_utils.check_symbolic_backward', [
        "lhs = mx.symbol.Variable('lhs')\n",
        "rhs = mx.symbol.Variable('rhs')\n",
        'sym_add = mx.symbol.elemwise_add(lhs, rhs)\n',
        'mat1 = np.array([[1, 2], [3, 4]])\n',
        'mat2 = np.array([[5, 6], [7, 8]])\n',
        'grad1 = mx.nd.zeros(shape)\n',
        'grad2 = mx.nd.zeros(shape)\n',
        "exec_add = sym_add.bind(default_context(), args={'lhs': mat1, 'rhs': mat2},\nargs_grad={'lhs': grad1, 'rhs': grad2}, grad_req={'lhs': 'write', 'rhs': 'write'})\n",
        'exec_add.forward(is_train=True)\n',
        'ograd = mx.nd.ones(shape)\n',
        'grad_expected = ograd.copy().asnumpy()\n',
        'check_symbolic_backward(sym_add, [mat1, mat2], [ograd], [grad_expected, grad_expected])\n',
])
    run('mxnet.test_utils.check_consistency', [
        "sym = mx.sym.Convolution(num_filter=3, kernel=(3,3), name='conv')\n",
        "ctx_list =[{'ctx': mx.gpu(0), 'conv_data': (2, 2, 10, 10), 'type_dict': {'conv_data': np.float64}}, {'ctx': mx.gpu(0), 'conv_data': (2, 2, 10, 10), 'type_dict': {'conv_data': np.float32}}, {'ctx': mx.gpu(0), 'conv_data': (2, 2, 10, 10), 'type_dict': {'conv_data': np.float16}}, {'ctx': mx.cpu(0), 'conv_data': (2, 2, 10, 10), 'type_dict': {'conv_data': np.float64}}, {'ctx': mx.cpu(0), 'conv_data': (2, 2, 10, 10), 'type_dict': {'conv_data': np.float32}}]\n",
        'check_consistency(sym, ctx_list)\n',
        "sym = mx.sym.Concat(name='concat', num_args=2)\n",
        "ctx_list = [{'ctx': mx.gpu(0), 'concat_arg1': (2, 10), 'concat_arg0': (2, 10),  'type_dict': {'concat_arg0': np.float64, 'concat_arg1': np.float64}}, {'ctx': mx.gpu(0), 'concat_arg1': (2, 10), 'concat_arg0': (2, 10),  'type_dict': {'concat_arg0': np.float32, 'concat_arg1': np.float32}}, {'ctx': mx.gpu(0), 'concat_arg1': (2, 10), 'concat_arg0': (2, 10),  'type_dict': {'concat_arg0': np.float16, 'concat_arg1': np.float16}}, {'ctx': mx.cpu(0), 'concat_arg1': (2, 10), 'concat_arg0': (2, 10),  'type_dict': {'concat_arg0': np.float64, 'concat_arg1': np.float64}}, {'ctx': mx.cpu(0), 'concat_arg1': (2, 10), 'concat_arg0': (2, 10),  'type_dict': {'concat_arg0': np.float32, 'concat_arg1': np.float32}}]\n",
        'check_consistency(sym, ctx_list)\n',
])
    run('mxnet.test_utils.get_zip_data', [
        'get_zip_data("data_dir",\n',
])
    run('mxnet.test_utils.get_bz2_data', [
        'get_bz2_data("data_dir", "kdda.t",\n',
])
    run('mxnet.util.set_np_shape', [
        'import mxnet as mx\n',
        'prev_state = mx.set_np_shape(True)\n',
        'print(prev_state)\n',
        'print(mx.is_np_shape())\n',
])
    run('mxnet.util.is_np_shape', [
        'import mxnet as mx\n',
        'prev_state = mx.set_np_shape(True)\n',
        'print(prev_state)\n',
        'print(mx.is_np_shape())\n',
])
    run('mxnet.util.set_np', [
        'import mxnet as mx\n',
        'mx.nd.ones(shape=())\n',
        'mx.nd.ones(shape=(2, 0, 3))\n',
        'from mxnet.gluon import nn\n',
        'dense = nn.Dense(2)\n',
        'dense.initialize()\n',
        'dense(mx.nd.ones(shape=(3, 2)))\n',
        '[p.data() for p in dense.collect_params().values()]\n',
        'from mxnet import np, npx\n',
        'npx.set_np()  # this is required to activate NumPy-like behaviors\n',
        'np.ones(shape=())\n',
        'np.ones(shape=(2, 0, 3))\n',
        'dense = nn.Dense(2)\n',
        'dense.initialize()\n',
        'dense(np.ones(shape=(3, 2)))\n',
        '[p.data() for p in dense.collect_params().values()]\n',
])
finally:
    os.chdir(_here)
    shutil.rmtree(_tmp, ignore_errors=True)
