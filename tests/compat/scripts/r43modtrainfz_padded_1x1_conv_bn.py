"""A convolution padded as wide as its (dilated) kernel runs oneDNN's im2col gemm, whose plain output a following BatchNorm reads with the plain layout's arithmetic in training (in inference oneDNN writes it channels last, read with the blocked layouts' fma), bound and in a Module fit."""
import zlib
import numpy as np
import mxnet as mx


def crc(a):
    return zlib.crc32(np.ascontiguousarray(a.asnumpy()).tobytes())


def bound(filters, channels, kernel, pad, stride, train):
    x = mx.sym.Convolution(mx.sym.Variable('data'), num_filter=filters, kernel=kernel, pad=pad, stride=stride,
                           no_bias=True, name='c')
    x = mx.sym.BatchNorm(x, fix_gamma=False, name='bn')
    np.random.seed(1)
    ex = x.simple_bind(mx.cpu(), data=(4, channels, 6, 9), grad_req='write' if train else 'null')
    for k in sorted(ex.arg_dict):
        ex.arg_dict[k][:] = np.random.randn(*ex.arg_dict[k].shape).astype('float32') * 0.5
    ex.forward(is_train=train)
    grads = []
    if train:
        ex.backward(mx.nd.array(np.random.randn(*ex.outputs[0].shape)))
        grads = [(k, crc(v)) for k, v in sorted(ex.grad_dict.items())]
    print(filters, channels, kernel, pad, stride, train, crc(ex.outputs[0]), grads)


for filters, channels in [(8, 3), (16, 3), (32, 4)]:
    for kernel, pad, stride in [((1, 1), (1, 1), (1, 1)), ((1, 1), (1, 1), (2, 2)), ((1, 1), (1, 0), (1, 1)),
                                ((1, 2), (1, 0), (1, 1)), ((3, 3), (1, 1), (1, 1)), ((1, 1), (0, 0), (1, 1))]:
        bound(filters, channels, kernel, pad, stride, True)


def predicted(filters, pad):
    """An executor bound for training, run forward in inference (channels-last output, BatchNorm's fma)."""
    x = mx.sym.Convolution(mx.sym.Variable('data'), num_filter=filters, kernel=(1, 1), pad=pad, no_bias=True,
                           name='c')
    x = mx.sym.BatchNorm(mx.sym.Dropout(x, p=0.2), fix_gamma=True, name='bn')
    np.random.seed(2)
    ex = x.simple_bind(mx.cpu(), data=(4, 3, 6, 9))
    for k in sorted(ex.arg_dict):
        ex.arg_dict[k][:] = np.random.randn(*ex.arg_dict[k].shape).astype('float32') * 0.5
    ex.aux_dict['bn_moving_var'][:] = np.random.rand(filters) + 0.5
    ex.aux_dict['bn_moving_mean'][:] = np.random.randn(filters)
    ex.forward(is_train=False)
    print('inference', filters, pad, crc(ex.outputs[0]))


for filters in (8, 16):
    for pad in ((1, 1), (0, 0)):
        predicted(filters, pad)


def fit():
    x = mx.sym.Convolution(mx.sym.Variable('data'), num_filter=16, kernel=(1, 1), pad=(1, 1), stride=(2, 2),
                           no_bias=True, name='conv0')
    x = mx.sym.Dropout(x, p=0.2)
    x = mx.sym.BatchNorm(x, fix_gamma=True, name='bn0')
    x = mx.sym.Activation(x, act_type='softsign')
    x = mx.sym.FullyConnected(mx.sym.Flatten(x), num_hidden=3, name='out')
    net = mx.sym.MakeLoss(mx.sym.mean(mx.sym.square(x - mx.sym.Variable('lro_label')), axis=1), name='ml')
    mx.random.seed(744)
    np.random.seed(744)
    X = np.random.randn(8, 3, 6, 9).astype('float32')
    Y = np.random.rand(8, 3).astype('float32')
    it = mx.io.NDArrayIter(X, Y, batch_size=4, label_name='lro_label')
    mod = mx.mod.Module(net, label_names=['lro_label'])
    mod.fit(it, num_epoch=2, optimizer='nag', optimizer_params={'learning_rate': 0.05, 'wd': 1e-3},
            initializer=mx.init.MSRAPrelu(), eval_metric=mx.metric.Loss())
    print(mod.score(it, mx.metric.Loss()))
    print('pred', crc(mod.predict(it)))
    args, auxs = mod.get_params()
    for k in sorted(args):
        print(k, crc(args[k]))
    for k in sorted(auxs):
        print(k, crc(auxs[k]))


fit()
