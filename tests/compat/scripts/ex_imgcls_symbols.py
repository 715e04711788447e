"""example/image-classification: symbols built small, fit with callbacks, checkpoint, score."""
import logging, re, os, tempfile, sys
import numpy as np
import mxnet as mx

class Grab(logging.Handler):
    def emit(self, rec):
        msg = rec.getMessage()
        msg = re.sub(r"Speed: [0-9.]+ samples/sec", "Speed: S samples/sec", msg)
        msg = re.sub(r"Time cost=[0-9.]+", "Time cost=T", msg)
        print("LOG", rec.levelname, re.sub(r"\"/tmp/[^/]+/", "\"TMP/", msg))
root = logging.getLogger()
root.handlers[:] = [Grab()]
root.setLevel(logging.INFO)

def mlp(num_classes):
    data = mx.symbol.Variable('data')
    data = mx.sym.Flatten(data=data)
    fc1 = mx.symbol.FullyConnected(data=data, name='fc1', num_hidden=16)
    act1 = mx.symbol.Activation(data=fc1, name='relu1', act_type="relu")
    fc3 = mx.symbol.FullyConnected(data=act1, name='fc3', num_hidden=num_classes)
    return mx.symbol.SoftmaxOutput(data=fc3, name='softmax')

def lenet(num_classes):
    data = mx.symbol.Variable('data')
    conv1 = mx.symbol.Convolution(data=data, kernel=(3,3), num_filter=4)
    tanh1 = mx.symbol.Activation(data=conv1, act_type="tanh")
    pool1 = mx.symbol.Pooling(data=tanh1, pool_type="max", kernel=(2,2), stride=(2,2))
    flatten = mx.symbol.Flatten(data=pool1)
    fc1 = mx.symbol.FullyConnected(data=flatten, num_hidden=8)
    tanh3 = mx.symbol.Activation(data=fc1, act_type="tanh")
    fc2 = mx.symbol.FullyConnected(data=tanh3, num_hidden=num_classes)
    return mx.symbol.SoftmaxOutput(data=fc2, name='softmax')

def residual_unit(data, num_filter, stride, dim_match, name, bottle_neck=False):
    bn1 = mx.sym.BatchNorm(data=data, fix_gamma=False, eps=2e-5, momentum=0.9, name=name + '_bn1')
    act1 = mx.sym.Activation(data=bn1, act_type='relu', name=name + '_relu1')
    conv1 = mx.sym.Convolution(data=act1, num_filter=num_filter, kernel=(3,3), stride=stride, pad=(1,1),
                               no_bias=True, workspace=256, name=name + '_conv1')
    bn2 = mx.sym.BatchNorm(data=conv1, fix_gamma=False, momentum=0.9, eps=2e-5, name=name + '_bn2')
    act2 = mx.sym.Activation(data=bn2, act_type='relu', name=name + '_relu2')
    conv2 = mx.sym.Convolution(data=act2, num_filter=num_filter, kernel=(3,3), stride=(1,1), pad=(1,1),
                               no_bias=True, workspace=256, name=name + '_conv2')
    if dim_match:
        shortcut = data
    else:
        shortcut = mx.sym.Convolution(data=act1, num_filter=num_filter, kernel=(1,1), stride=stride, no_bias=True,
                                      workspace=256, name=name+'_sc')
    return conv2 + shortcut

def resnet(num_classes):
    data = mx.sym.Variable(name='data')
    data = mx.sym.identity(data=data, name='id')
    data = mx.sym.BatchNorm(data=data, fix_gamma=True, eps=2e-5, momentum=0.9, name='bn_data')
    body = mx.sym.Convolution(data=data, num_filter=4, kernel=(3, 3), stride=(1,1), pad=(1, 1),
                              no_bias=True, name="conv0", workspace=256)
    body = residual_unit(body, 4, (1,1), True, name='stage1_unit1')
    body = residual_unit(body, 8, (2,2), False, name='stage2_unit1')
    bn1 = mx.sym.BatchNorm(data=body, fix_gamma=False, eps=2e-5, momentum=0.9, name='bn1')
    relu1 = mx.sym.Activation(data=bn1, act_type='relu', name='relu1')
    pool1 = mx.sym.Pooling(data=relu1, global_pool=True, kernel=(7, 7), pool_type='avg', name='pool1')
    flat = mx.sym.Flatten(data=pool1)
    fc1 = mx.sym.FullyConnected(data=flat, num_hidden=num_classes, name='fc1')
    return mx.sym.SoftmaxOutput(data=fc1, name='softmax')

def conv_factory(data, num_filter, kernel, stride=(1,1), pad=(0, 0), name=None, suffix=''):
    conv = mx.symbol.Convolution(data=data, num_filter=num_filter, kernel=kernel, stride=stride, pad=pad,
                                 name='conv_%s%s' %(name, suffix))
    bn = mx.symbol.BatchNorm(data=conv, name='bn_%s%s' %(name, suffix))
    return mx.symbol.Activation(data=bn, act_type='relu', name='relu_%s%s' %(name, suffix))

def inception_a(data, n1, n3r, n3, pool, proj, name):
    c1x1 = conv_factory(data, n1, (1, 1), name=('%s_1x1' % name))
    c3x3r = conv_factory(data, n3r, (1, 1), name=('%s_3x3' % name), suffix='_reduce')
    c3x3 = conv_factory(c3x3r, n3, (3, 3), pad=(1, 1), name=('%s_3x3' % name))
    pooling = mx.symbol.Pooling(data=data, kernel=(3, 3), stride=(1, 1), pad=(1, 1), pool_type=pool,
                                name=('%s_pool_%s_pool' % (pool, name)))
    cproj = conv_factory(pooling, proj, (1, 1), name=('%s_proj' %  name))
    return mx.symbol.Concat(*[c1x1, c3x3, cproj], name='ch_concat_%s_chconcat' % name)

def inception_bn(num_classes):
    data = mx.symbol.Variable(name="data")
    c1 = conv_factory(data, 4, (3, 3), pad=(1,1), name='1')
    in3a = inception_a(c1, 2, 2, 2, "avg", 2, '3a')
    in3b = inception_a(in3a, 2, 2, 4, "max", 2, '3b')
    avg = mx.symbol.Pooling(data=in3b, kernel=(2, 2), stride=(1, 1), name="global_pool", pool_type='avg',
                            global_pool=True)
    flatten = mx.symbol.Flatten(data=avg, name='flatten')
    fc1 = mx.symbol.FullyConnected(data=flatten, num_hidden=num_classes, name='fc1')
    return mx.symbol.SoftmaxOutput(data=fc1, name='softmax')

def vgg(num_classes, batch_norm=True):
    data = mx.sym.Variable(name="data")
    internal = data
    for i, num in enumerate([1, 1]):
        for j in range(num):
            internal = mx.sym.Convolution(data=internal, kernel=(3, 3), pad=(1, 1), num_filter=4 * (i + 1),
                                          name="conv%s_%s" % (i + 1, j + 1))
            if batch_norm:
                internal = mx.symbol.BatchNorm(data=internal, name="bn%s_%s" % (i + 1, j + 1))
            internal = mx.sym.Activation(data=internal, act_type="relu", name="relu%s_%s" % (i + 1, j + 1))
        internal = mx.sym.Pooling(data=internal, pool_type="max", kernel=(2, 2), stride=(2,2),
                                  name="pool%s" % (i + 1))
    flatten = mx.sym.Flatten(data=internal, name="flatten")
    fc6 = mx.sym.FullyConnected(data=flatten, num_hidden=8, name="fc6")
    relu6 = mx.sym.Activation(data=fc6, act_type="relu", name="relu6")
    drop6 = mx.sym.Dropout(data=relu6, p=0.5, name="drop6")
    fc8 = mx.sym.FullyConnected(data=drop6, num_hidden=num_classes, name="fc8")
    return mx.sym.SoftmaxOutput(data=fc8, name='softmax')

for name, fn in [('mlp', mlp), ('lenet', lenet), ('resnet', resnet), ('inception-bn', inception_bn), ('vgg', vgg)]:
    with mx.name.NameManager():
        net = fn(3)
    arg_shapes, out_shapes, aux_shapes = net.infer_shape(data=(2, 3, 8, 8))
    args = net.list_arguments()
    print(name, len(args), args[:3], args[-2:], out_shapes, net.list_auxiliary_states()[:2], len(aux_shapes))
    print(' ', net.get_internals().list_outputs()[-3:])

# fit.py-like training
mx.random.seed(1); np.random.seed(1)
X = np.random.uniform(-1, 1, (24, 3, 8, 8)).astype('float32')
Y = (X.mean(axis=(1, 2, 3)) > 0).astype('float32') + (X[:, 0].mean(axis=(1, 2)) > 0.1)
train = mx.io.NDArrayIter(X, Y, batch_size=6, shuffle=False, label_name='softmax_label')
val = mx.io.NDArrayIter(X[:12], Y[:12], batch_size=6, label_name='softmax_label')
print(train.provide_data, train.provide_label)

tmp = tempfile.mkdtemp()
prefix = os.path.join(tmp, 'res')
with mx.name.NameManager():
    net = resnet(3)
steps = [4, 8]
lr_sch = mx.lr_scheduler.MultiFactorScheduler(step=steps, factor=0.1, base_lr=0.1)
mod = mx.mod.Module(symbol=net, context=mx.cpu(), logger=root)
initializer = mx.init.Xavier(rnd_type='gaussian', factor_type="in", magnitude=2)
optimizer_params = {'learning_rate': 0.1, 'wd': 1e-4, 'lr_scheduler': lr_sch, 'momentum': 0.9,
                    'multi_precision': True}
eval_metrics = ['accuracy']
eval_metrics.append(mx.metric.create('top_k_accuracy', top_k=2))
batch_end = [mx.callback.Speedometer(6, 2, auto_reset=False)]
checkpoint = mx.callback.do_checkpoint(prefix, period=1)
mod.fit(train, begin_epoch=0, num_epoch=2, eval_data=val, eval_metric=eval_metrics,
        kvstore='local', optimizer='sgd', optimizer_params=optimizer_params, initializer=initializer,
        arg_params=None, aux_params=None, batch_end_callback=batch_end, epoch_end_callback=checkpoint,
        allow_missing=True, monitor=None)
print(sorted(os.listdir(tmp)))
res = mod.score(val, ['acc', mx.metric.create('ce')])
for n, v in res:
    print(n, round(v, 4))
sym, arg_params, aux_params = mx.model.load_checkpoint(prefix, 2)
print(sym.list_outputs(), sorted(arg_params)[:4], sorted(aux_params)[:2])
print(arg_params['fc1_weight'].shape, aux_params['bn1_moving_var'].dtype)
os.environ['MXNET_SUBGRAPH_BACKEND'] = 'NONE'  # the MKLDNN pass rewires a multi-reader conv (left apart)
mod2 = mx.mod.Module(symbol=sym, context=mx.cpu())
mod2.bind(data_shapes=val.provide_data, label_shapes=val.provide_label, for_training=False)
mod2.set_params(arg_params, aux_params)
out = mod2.predict(val)
print(out.shape, np.round(out.asnumpy()[:2], 3))
print(lr_sch.base_lr, lr_sch.cur_step_ind, lr_sch(9))
# FactorScheduler as in fit.py _get_lr_scheduler
fs = mx.lr_scheduler.FactorScheduler(step=2, factor=0.5, stop_factor_lr=1e-3)
fs.base_lr = 0.1
print([round(fs(i), 5) for i in range(1, 12, 2)])
