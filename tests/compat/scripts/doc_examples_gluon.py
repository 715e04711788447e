"""MXNet 1.9.1's own ``>>>`` documentation examples of mxnet.gluon.block, mxnet.gluon.contrib.data.sampler, mxnet.gluon.contrib.estimator.estimator, mxnet.gluon.contrib.nn.basic.layers, mxnet.gluon.contrib.rnn.rnn.cell, mxnet.gluon.data.dataloader, mxnet.gluon.data.sampler, mxnet.gluon.data.vision.transforms, mxnet.gluon.nn.basic.layers, mxnet.gluon.nn.conv.layers, mxnet.gluon.parameter, mxnet.gluon.rnn.rnn.layer, run statement by statement:
each expression's repr is printed, an exception as its class name."""
import os
import shutil
import tempfile

from _doc_statements import run


_here = os.getcwd()
_tmp = tempfile.mkdtemp()
os.chdir(_tmp)
try:

    run('mxnet.gluon.block.SymbolBlock', [
        'alexnet = gluon.model_zoo.vision.alexnet(pretrained=True, ctx=mx.cpu(),\n',
        "inputs = mx.sym.var('data')\n",
        'out = alexnet(inputs)\n',
        'internals = out.get_internals()\n',
        'print(internals.list_outputs())\n',
        "outputs = [internals['model_dense0_relu_fwd_output'],\n",
        'feat_model = gluon.SymbolBlock(outputs, inputs, params=alexnet.collect_params())\n',
        'x = mx.nd.random.normal(shape=(16, 3, 224, 224))\n',
        'print(feat_model(x))\n',
])
    run('mxnet.gluon.contrib.data.sampler.IntervalSampler', [
        'sampler = contrib.data.IntervalSampler(13, interval=3)\n',
        'list(sampler)\n',
        'sampler = contrib.data.IntervalSampler(13, interval=3, rollover=False)\n',
        'list(sampler)\n',
])
    run('mxnet.gluon.contrib.estimator.estimator.Estimator', [
        'net = _get_train_network()\n',
        'val_net = _get_test_network(params=net.collect_params())\n',
        'net.initialize(ctx=ctx)\n',
        'est = Estimator(net, loss, val_net=val_net)\n',
])
    run('mxnet.gluon.contrib.nn.basic_layers.PixelShuffle1D', [
        'pxshuf = PixelShuffle1D(2)\n',
        'x = mx.nd.zeros((1, 8, 3))\n',
        'pxshuf(x).shape\n',
])
    run('mxnet.gluon.contrib.nn.basic_layers.PixelShuffle2D', [
        'pxshuf = PixelShuffle2D((2, 3))\n',
        'x = mx.nd.zeros((1, 12, 3, 5))\n',
        'pxshuf(x).shape\n',
])
    run('mxnet.gluon.contrib.nn.basic_layers.PixelShuffle3D', [
        'pxshuf = PixelShuffle3D((2, 3, 4))\n',
        'x = mx.nd.zeros((1, 48, 3, 5, 7))\n',
        'pxshuf(x).shape\n',
])
    run('mxnet.gluon.contrib.rnn.rnn_cell.dynamic_unroll', [
        'seq_len = 3\n',
        'batch_size = 2\n',
        'input_size = 5\n',
        "cell = mx.gluon.rnn.LSTMCell(input_size, prefix='rnn_')\n",
        'cell.initialize(ctx=mx.cpu())\n',
        'rnn_data = mx.nd.normal(loc=0, scale=1, shape=(seq_len, batch_size, input_size))\n',
        'state_shape = (batch_size, input_size)\n',
        'states = [mx.nd.normal(loc=0, scale=1, shape=state_shape) for i in range(2)]\n',
        'valid_length = mx.nd.array([2, 3])\n',
        'output, states = mx.gluon.contrib.rnn.rnn_cell.dynamic_unroll(cell, rnn_data, states,\n',
        'print(output)\n',
])
    run('mxnet.gluon.data.dataloader.DataLoader', [
        'from mxnet.gluon.data import DataLoader, ArrayDataset\n',
        'train_data = ArrayDataset([i for i in range(10)],[9-i for i in range(10)])\n',
        "def transform_train(sample):\n  if sample == 0 : print('(pre)fetching data here')\n  return sample\n",
        'train_iter = DataLoader(train_data.transform_first(transform_train),\n                        auto_reload=False, batch_size=1,num_workers=1)\n',
        'for i in train_iter:pass\n',
        'train_iter = DataLoader(train_data.transform_first(transform_train),\n                        batch_size=1,num_workers=1)\n',
        'it = iter(train_iter) # nothing is generated since lazy-evaluation occurs\n',
        'it2 = iter(train_iter)\n',
        'it3 = iter(train_iter)\n',
        'it4 = iter(train_iter)\n',
        '_ = next(it2) # the first iter we are using is the prefetched iter.\n',
        '_ = next(it) # since the prefetched iter is consumed, we have to fetch data for `it`.\n',
        '_ = [None for _ in it3]\n',
        '_ = [None for _ in it]\n',
        '_ = next(it4)\n',
        'test_data = ArrayDataset([i for i in range(10)],[9-i for i in range(10)])\n',
        'test_iter = DataLoader(test_data, batch_size=1,num_workers=1)\n',
        'for epoch in range(200):\n  # there is almost no difference between it and the default DataLoader\n  for data, label in train_iter:\n    # training...\n  for data, label in test_iter:\n    # testing...\n',
])
    run('mxnet.gluon.data.sampler.BatchSampler', [
        'sampler = gluon.data.SequentialSampler(10)\n',
        "batch_sampler = gluon.data.BatchSampler(sampler, 3, 'keep')\n",
        'list(batch_sampler)\n',
])
    run('mxnet.gluon.data.vision.transforms.Compose', [
        'from mxnet.gluon.data import vision\n',
        'from mxnet.gluon.data.vision import transforms\n',
        'transformer = transforms.Compose([transforms.Resize(300),\n                                  transforms.CenterCrop(256),\n                                  transforms.ToTensor()])\n',
        'image = mx.nd.random.uniform(0, 255, (224, 224, 3)).astype(dtype=np.uint8)\n',
        'transformer(image)\n',
])
    run('mxnet.gluon.data.vision.transforms.ToTensor', [
        'from mxnet.gluon.data import vision\n',
        'from mxnet.gluon.data.vision import transforms\n',
        'transformer = vision.transforms.ToTensor()\n',
        'image = mx.nd.random.uniform(0, 255, (4, 2, 3)).astype(dtype=np.uint8)\n',
        'transformer(image)\n',
])
    run('mxnet.gluon.data.vision.transforms.Normalize', [
        'from mxnet.gluon.data import vision\n',
        'from mxnet.gluon.data.vision import transforms\n',
        'transformer = transforms.Normalize(mean=(0, 1, 2), std=(3, 2, 1))\n',
        'image = mx.nd.random.uniform(0, 1, (3, 4, 2))\n',
        'transformer(image)\n',
])
    run('mxnet.gluon.data.vision.transforms.CropResize', [
        'from mxnet.gluon.data import vision\n',
        'from mxnet.gluon.data.vision import transforms\n',
        'transformer = vision.transforms.CropResize(x=0, y=0, width=100, height=100)\n',
        'image = mx.nd.random.uniform(0, 255, (224, 224, 3)).astype(dtype=np.uint8)\n',
        'transformer(image)\n',
        'image = mx.nd.random.uniform(0, 255, (3, 224, 224, 3)).astype(dtype=np.uint8)\n',
        'transformer(image)\n',
        'transformer = vision.transforms.CropResize(x=0, y=0, width=100, height=100, size=(50, 50), interpolation=1)\n',
        'transformer(image)\n',
])
    run('mxnet.gluon.data.vision.transforms.CenterCrop', [
        'from mxnet.gluon.data import vision\n',
        'from mxnet.gluon.data.vision import transforms\n',
        'transformer = vision.transforms.CenterCrop(size=(1000, 500))\n',
        'transformer(image)\n',
])
    run('mxnet.gluon.data.vision.transforms.Resize', [
        'from mxnet.gluon.data import vision\n',
        'from mxnet.gluon.data.vision import transforms\n',
        'transformer = vision.transforms.Resize(size=(1000, 500))\n',
        'image = mx.nd.random.uniform(0, 255, (224, 224, 3)).astype(dtype=np.uint8)\n',
        'transformer(image)\n',
        'image = mx.nd.random.uniform(0, 255, (3, 224, 224, 3)).astype(dtype=np.uint8)\n',
        'transformer(image)\n',
])
    run('mxnet.gluon.nn.basic_layers.InstanceNorm', [
        'from mxnet.gluon.nn import *\n',
        'x = mx.nd.array([[[ 1.1,  2.2]],\n                [[ 3.3,  4.4]]])\n',
        'layer = InstanceNorm()\n',
        'layer.initialize(ctx=mx.cpu(0))\n',
        'layer(x)\n',
])
    run('mxnet.gluon.nn.basic_layers.LayerNorm', [
        'from mxnet.gluon.nn import *\n',
        'x = mx.nd.array([[1, 2, 3, 4, 5], [1, 1, 2, 2, 2]])\n',
        'layer = LayerNorm()\n',
        'layer.initialize(ctx=mx.cpu(0))\n',
        'layer(x)\n',
])
    run('mxnet.gluon.nn.basic_layers.GroupNorm', [
        'from mxnet.gluon.nn import *\n',
        'x = mx.nd.array([[[ 0,  1,  2,  3],\n',
        'layer = GroupNorm()\n',
        'layer.initialize(ctx=mx.cpu(0))\n',
        'layer(x)\n',
])
    run('mxnet.gluon.nn.conv_layers.ReflectionPad2D', [
        'm = nn.ReflectionPad2D(3)\n',
        'input = mx.nd.random.normal(shape=(16, 3, 224, 224))\n',
        'output = m(input)\n',
])
    run('mxnet.gluon.parameter.Parameter.initialize', [
        "weight = mx.gluon.Parameter('weight', shape=(2, 2))\n",
        'weight.initialize(ctx=mx.cpu(0))\n',
        'weight.data()\n',
        'weight.grad()\n',
        'weight.initialize(ctx=[mx.gpu(0), mx.gpu(1)])\n',
        'weight.data(mx.gpu(0))\n',
        'weight.data(mx.gpu(1))\n',
])
    run('mxnet.gluon.rnn.rnn_layer.RNN', [
        'layer = mx.gluon.rnn.RNN(100, 3)\n',
        'layer.initialize()\n',
        'input = mx.nd.random.uniform(shape=(5, 3, 10))\n',
        'output = layer(input)\n',
        'h0 = mx.nd.random.uniform(shape=(3, 3, 100))\n',
        'output, hn = layer(input, h0)\n',
])
    run('mxnet.gluon.rnn.rnn_layer.LSTM', [
        'layer = mx.gluon.rnn.LSTM(100, 3)\n',
        'layer.initialize()\n',
        'input = mx.nd.random.uniform(shape=(5, 3, 10))\n',
        'output = layer(input)\n',
        'h0 = mx.nd.random.uniform(shape=(3, 3, 100))\n',
        'c0 = mx.nd.random.uniform(shape=(3, 3, 100))\n',
        'output, hn = layer(input, [h0, c0])\n',
])
    run('mxnet.gluon.rnn.rnn_layer.GRU', [
        'layer = mx.gluon.rnn.GRU(100, 3)\n',
        'layer.initialize()\n',
        'input = mx.nd.random.uniform(shape=(5, 3, 10))\n',
        'output = layer(input)\n',
        'h0 = mx.nd.random.uniform(shape=(3, 3, 100))\n',
        'output, hn = layer(input, h0)\n',
])
finally:
    os.chdir(_here)
    shutil.rmtree(_tmp, ignore_errors=True)
