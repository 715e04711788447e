"""PReLU's gamma gradient reads the pooling's head gradient itself (not the data gradient written over it) when a global pooling's data gradient comes in oneDNN's channels-last layout, and BatchNorm below reads the data gradient in that layout, in a Module fit as in a bound executor."""
import zlib
import numpy as np
import mxnet as mx


def crc(a):
    return zlib.crc32(np.ascontiguousarray(a.asnumpy()).tobytes())


def bound(shape, groups, pool_type, batchnorm):
    x = mx.sym.Convolution(mx.sym.Variable('data'), num_filter=shape[1], kernel=(2, 2), num_group=groups, name='conv')
    if batchnorm:
        x = mx.sym.BatchNorm(x, fix_gamma=False, name='bn')
    x = mx.sym.LeakyReLU(x, act_type='prelu', name='prelu')
    y = mx.sym.Pooling(x, global_pool=True, kernel=(1, 1), pool_type=pool_type)
    np.random.seed(0)
    ex = y.simple_bind(mx.cpu(), data=shape)
    for k in sorted(ex.arg_dict):
        ex.arg_dict[k][:] = np.random.randn(*ex.arg_dict[k].shape).astype('float32') * 0.5
    ex.forward(is_train=True)
    ex.backward(mx.nd.array(np.random.randn(*ex.outputs[0].shape)))
    print(shape, groups, pool_type, batchnorm, ex.grad_dict['prelu_gamma'].asnumpy())
    print('   ', [(k, crc(v)) for k, v in sorted(ex.grad_dict.items())])


for shape in [(2, 4, 9, 9), (2, 4, 5, 5), (2, 8, 9, 9), (1, 4, 7, 7)]:
    for groups in (1, 2):
        bound(shape, groups, 'avg', False)
        bound(shape, groups, 'max', True)


def fit():
    data = mx.sym.Variable('data')
    x = mx.sym.Convolution(data, num_filter=4, kernel=(2, 2), pad=(1, 1), name='conv0')
    x = mx.sym.BatchNorm(x, fix_gamma=False, name='bn0')
    x = mx.sym.Activation(x, act_type='tanh')
    x = mx.sym.Pooling(x, kernel=(2, 2), pool_type='avg', stride=(1, 1))
    x = mx.sym.Convolution(x, num_filter=4, kernel=(2, 2), num_group=2, name='conv1')
    x = mx.sym.BatchNorm(x, fix_gamma=True, name='bn1')
    x = mx.sym.LeakyReLU(x, act_type='prelu', name='lr1')
    x = mx.sym.Pooling(x, global_pool=True, kernel=(1, 1), pool_type='avg')
    x = mx.sym.FullyConnected(mx.sym.Flatten(x), num_hidden=3, name='out')
    net = mx.sym.LinearRegressionOutput(x, name='lro')
    mx.random.seed(216)
    np.random.seed(216)
    X = np.random.randn(8, 3, 9, 9).astype('float32')
    Y = np.random.rand(8, 3).astype('float32')
    it = mx.io.NDArrayIter(X, Y, batch_size=4, label_name='lro_label')
    mod = mx.mod.Module(net, label_names=['lro_label'])
    mod.fit(it, num_epoch=2, optimizer='rmsprop', optimizer_params={'learning_rate': 0.05, 'wd': 1e-3},
            initializer=mx.init.MSRAPrelu(), eval_metric='mse')
    print(mod.score(it, 'mse'))
    print('pred', crc(mod.predict(it)))
    args, auxs = mod.get_params()
    for k in sorted(args):
        print(k, crc(args[k]))
    for k in sorted(auxs):
        print(k, crc(auxs[k]))


fit()
