# recommendation_systems/cdl (mxnet-notebooks): stacked autoencoder built from symbols, legacy-style initializer
# calls, a hand-written solver (bind + updater + lr_mult + CustomMetric), IdentityAttachKLSparseReg, Group losses.
import logging
import sys
import warnings
import mxnet as mx
from mxnet import misc
import numpy as np

warnings.simplefilter('ignore')
logging.basicConfig(stream=sys.stdout, level=logging.INFO, format='%(levelname)s %(message)s')
mx.random.seed(4)
np.random.seed(4)
xpu = mx.cpu()
print(hasattr(misc, 'FactorScheduler'))

dims = [6, 4, 2]
X = np.random.uniform(0, 1, (5, dims[0])).astype('float32')
V = np.random.uniform(-1, 1, (5, dims[-1])).astype('float32')
lambda_v_rt = np.full((5, dims[-1]), 0.5, dtype='float32')
data = mx.symbol.Variable('data')
Vs = mx.symbol.Variable('V')
lam = mx.symbol.Variable('lambda_v_rt')

args, args_grad, args_mult, auxs = {}, {}, {}, {}
for i in range(len(dims) - 1):
    n_in, n_h = dims[i], dims[i + 1]
    for k, shape in [('encoder_%d_weight' % i, (n_h, n_in)), ('encoder_%d_bias' % i, (n_h,)),
                     ('decoder_%d_weight' % i, (n_in, n_h)), ('decoder_%d_bias' % i, (n_in,))]:
        args[k] = mx.nd.empty(shape, xpu)
        args_grad[k] = mx.nd.empty(shape, xpu)
        args_mult[k] = 2.0 if k.endswith('bias') else 1.0
    auxs['sparse_encoder_%d_moving_avg' % i] = mx.nd.ones((n_h,), xpu) * 0.5
init = mx.initializer.Uniform(0.07)
for k, v in sorted(args.items()):
    init(k, v)
print(sorted((k, v.asnumpy().round(4).ravel()[:3].tolist()) for k, v in args.items()))

x = data
for i in range(len(dims) - 1):
    x = mx.symbol.FullyConnected(name='encoder_%d' % i, data=x, num_hidden=dims[i + 1])
    x = mx.symbol.Activation(data=x, act_type='sigmoid')
    x = mx.symbol.IdentityAttachKLSparseReg(data=x, name='sparse_encoder_%d' % i, penalty=0.01)
encoder = x
for i in reversed(range(len(dims) - 1)):
    x = mx.symbol.FullyConnected(name='decoder_%d' % i, data=x, num_hidden=dims[i])
    if i > 0:
        x = mx.symbol.Activation(data=x, act_type='relu')
decoder = x
fe_loss = mx.symbol.LinearRegressionOutput(data=lam * encoder, label=lam * Vs)
fr_loss = mx.symbol.LinearRegressionOutput(data=decoder, label=data)
loss = mx.symbol.Group([fe_loss, fr_loss])
print(loss.list_arguments(), loss.list_outputs(), loss.list_auxiliary_states())


def l2_norm(label, pred):
    return np.mean(np.square(label - pred)) / 2.0


optimizer = mx.optimizer.create('sgd', momentum=0.9, wd=0.0001, learning_rate=0.1,
                                lr_scheduler=mx.lr_scheduler.FactorScheduler(2, 0.9))
updater = mx.optimizer.get_updater(optimizer)
metric = mx.metric.CustomMetric(l2_norm)
data_iter = mx.io.NDArrayIter({'data': X, 'V': V, 'lambda_v_rt': lambda_v_rt}, batch_size=2, shuffle=False,
                              last_batch_handle='pad')
input_desc = data_iter.provide_data + data_iter.provide_label
print(input_desc)
input_names = [k for k, shape in input_desc]
input_buffs = [mx.nd.empty(shape, ctx=xpu) for k, shape in input_desc]
all_args = dict(args, **dict(zip(input_names, input_buffs)))
exe = loss.bind(xpu, args=all_args, args_grad=args_grad, aux_states=auxs)
update_dict = {name: nd for name, nd in zip(loss.list_arguments(), exe.grad_arrays) if nd is not None}
print(sorted(update_dict))
optimizer.rescale_grad = 1.0 / input_buffs[0].shape[0]
optimizer.set_lr_mult(args_mult)
optimizer.set_wd_mult({})
for it in range(5):
    try:
        batch = data_iter.next()
    except StopIteration:
        data_iter.reset()
        batch = data_iter.next()
    for d, buff in zip(batch.data + batch.label, input_buffs):
        d.copyto(buff)
    exe.forward(is_train=True)
    out = exe.outputs[1].copyto(mx.cpu())
    exe.backward()
    for key, arr in sorted(update_dict.items()):
        updater(key, arr, all_args[key])
    metric.update([all_args['data']], [out])
    logging.info('Iter:%d metric:%f pad:%d lr:%g', it, metric.get()[1], batch.pad, optimizer._get_lr('encoder_0_bias'))
    metric.reset()
print(exe.outputs[0].asnumpy().round(5))
print(auxs['sparse_encoder_0_moving_avg'].asnumpy().round(5), auxs['sparse_encoder_1_moving_avg'].asnumpy().round(5))
print(args['encoder_0_bias'].asnumpy().round(5), args_grad['decoder_1_weight'].asnumpy().round(5)[0])


# extract_feature as in cdl/model.py: bind a sub-symbol and forward every batch
def extract_feature(sym, args, auxs, data_iter, N, xpu=mx.cpu()):
    input_buffs = [mx.nd.empty(shape, ctx=xpu) for k, shape in data_iter.provide_data]
    input_names = [k for k, shape in data_iter.provide_data]
    args = dict(args, **dict(zip(input_names, input_buffs)))
    exe = sym.bind(xpu, args=args, aux_states=auxs)
    outputs = [[] for i in exe.outputs]
    output_buffs = None
    data_iter.hard_reset()
    for batch in data_iter:
        for d, buff in zip(batch.data, input_buffs):
            d.copyto(buff)
        exe.forward(is_train=False)
        if output_buffs is None:
            output_buffs = [mx.nd.empty(i.shape, ctx=mx.cpu()) for i in exe.outputs]
        else:
            for out, buff in zip(outputs, output_buffs):
                out.append(buff.asnumpy())
        for out, buff in zip(exe.outputs, output_buffs):
            out.copyto(buff)
    for out, buff in zip(outputs, output_buffs):
        out.append(buff.asnumpy())
    outputs = [np.concatenate(i, axis=0)[:N] for i in outputs]
    return dict(zip(sym.list_outputs(), outputs))


feat = extract_feature(loss[1], args, auxs, mx.io.NDArrayIter({'data': X}, batch_size=2, last_batch_handle='pad'), 5)
print(list(feat), feat[list(feat)[0]].round(4))
theta = extract_feature(encoder, args, auxs, mx.io.NDArrayIter({'data': X}, batch_size=2, last_batch_handle='roll_over'), 5)
print(list(theta), list(theta.values())[0].shape)
print(np.sum(np.square(list(feat.values())[0] - X)) / 2.0 > 0)
print(loss[0].list_outputs(), loss[1].name, len(loss), encoder.name)
