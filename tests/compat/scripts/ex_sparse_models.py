"""example/sparse: linear classification (custom weighted softmax CE) and factorization machine on csr data."""
import logging, os, re, tempfile
import numpy as np
import mxnet as mx

class Grab(logging.Handler):
    def emit(self, rec):
        print("LOG", re.sub(r"\"/tmp/[^/]+/", "\"TMP/", re.sub(r"Speed: [0-9.]+ samples/sec", "Speed: S samples/sec", rec.getMessage())))
root = logging.getLogger(); root.handlers[:] = [Grab()]; root.setLevel(logging.INFO)

class WeightedSoftmaxCrossEntropyLoss(mx.operator.CustomOp):
    def __init__(self, positive_cls_weight):
        self.positive_cls_weight = float(positive_cls_weight)
    def forward(self, is_train, req, in_data, out_data, aux):
        data, label = in_data[0], in_data[1]
        max_data = mx.nd.max(data, axis=1, keepdims=True)
        data = data - max_data
        exp_data = mx.nd.exp(data)
        output = exp_data / mx.nd.sum(exp_data, axis=1, keepdims=True)
        self.assign(out_data[0], req[0], output)
    def backward(self, req, out_grad, in_data, out_data, in_grad, aux):
        label = in_data[1]
        pred = out_data[0]
        dx = pred - mx.nd.one_hot(label, 2)
        pos_cls_weight = self.positive_cls_weight
        scale_factor = ((1 + label * pos_cls_weight) / pos_cls_weight).reshape((pred.shape[0], 1))
        rescaled_dx = scale_factor * dx
        self.assign(in_grad[0], req[0], rescaled_dx)

@mx.operator.register("weighted_softmax_ce_loss")
class WeightedSoftmaxCrossEntropyLossProp(mx.operator.CustomOpProp):
    def __init__(self, positive_cls_weight):
        super(WeightedSoftmaxCrossEntropyLossProp, self).__init__(False)
        self.positive_cls_weight = positive_cls_weight
        assert(float(positive_cls_weight) > 0)
    def list_arguments(self):
        return ['data', 'label']
    def list_outputs(self):
        return ['output']
    def infer_shape(self, in_shapes):
        data_shape = in_shapes[0]
        label_shape = (in_shapes[0][0],)
        return [data_shape, label_shape], [data_shape], []
    def create_operator(self, ctx, in_shapes, in_dtypes):
        return WeightedSoftmaxCrossEntropyLoss(self.positive_cls_weight)

def linear_model(num_features, positive_cls_weight):
    x = mx.symbol.Variable("data", stype='csr')
    norm_init = mx.initializer.Normal(sigma=0.01)
    weight = mx.symbol.Variable("weight", shape=(num_features, 2), init=norm_init, stype='row_sparse')
    bias = mx.symbol.Variable("bias", shape=(2,))
    dot = mx.symbol.sparse.dot(x, weight)
    pred = mx.symbol.broadcast_add(dot, bias)
    y = mx.symbol.Variable("softmax_label")
    return mx.symbol.Custom(pred, y, op_type='weighted_softmax_ce_loss',
                            positive_cls_weight=positive_cls_weight, name='out')

mx.random.seed(3); np.random.seed(3)
tmp = tempfile.mkdtemp()
path = os.path.join(tmp, 'train.libsvm')
num_features = 12
with open(path, 'w') as f:
    for i in range(20):
        cols = sorted(np.random.choice(num_features, 3, replace=False))
        f.write('%d %s\n' % (i % 2, ' '.join('%d:%.2f' % (c, np.random.uniform(0, 1)) for c in cols)))
train_data = mx.io.LibSVMIter(data_libsvm=path, data_shape=(num_features,), batch_size=8, num_parts=1, part_index=0)
print(train_data.provide_data, train_data.provide_label)
model = linear_model(num_features, 2)
print(model.list_arguments(), model.infer_shape(data=(8, num_features))[1])
kv = mx.kvstore.create('local')
mod = mx.mod.Module(symbol=model, data_names=['data'], label_names=['softmax_label'])
mod.bind(data_shapes=train_data.provide_data, label_shapes=train_data.provide_label)
mod.init_params()
optim = mx.optimizer.create('ftrl', learning_rate=0.1, rescale_grad=1.0/8)
mod.init_optimizer(optimizer=optim, kvstore=kv)
metric = mx.metric.create(['nll_loss'])
weight_index = mod._exec_group.param_names.index('weight')
weight_param = mod._exec_group.param_arrays[weight_index]
print(weight_index, type(weight_param).__name__, weight_param[0].stype)
all_row_ids = mx.nd.arange(0, num_features, dtype='int64')
speedometer = mx.callback.Speedometer(8, 2)
for epoch in range(2):
    nbatch = 0
    metric.reset()
    for batch in train_data:
        nbatch += 1
        row_ids = batch.data[0].indices
        if epoch == 0 and nbatch == 1:
            print(batch.data[0].stype, batch.data[0].shape, row_ids.dtype, batch.label[0].asnumpy(), batch.pad)
        kv.row_sparse_pull("weight", weight_param, row_ids=[row_ids], priority=-weight_index)
        mod.forward_backward(batch)
        mod.update()
        mod.update_metric(metric, batch.label)
        speedometer(mx.model.BatchEndParam(epoch=epoch, nbatch=nbatch, eval_metric=metric, locals=locals()))
    kv.row_sparse_pull('weight', weight_param, row_ids=[all_row_ids], priority=-weight_index)
    score = mod.score(train_data, ['nll_loss'])
    print('epoch %d, eval nll = %.5f' % (epoch, score[0][1]))
    mod.save_checkpoint(os.path.join(tmp, "checkpoint"), epoch, save_optimizer_states=True)
    train_data.reset()
print(sorted(os.listdir(tmp)))
args, auxs = mod.get_params()
print(args['weight'].stype, np.round(args['weight'].asnumpy()[:3], 4), np.round(args['bias'].asnumpy(), 4))

# factorization machine
def fm_model(factor_size, num_features):
    x = mx.symbol.Variable("data", stype='csr')
    v = mx.symbol.Variable("v", shape=(num_features, factor_size), stype='row_sparse',
                           init=mx.init.Normal(sigma=0.01), lr_mult=0.1, wd_mult=1e-5)
    w = mx.symbol.Variable('w', shape=(num_features, 1), stype='row_sparse', init=mx.init.Normal(sigma=0.01),
                           lr_mult=0.1, wd_mult=1e-5)
    w0 = mx.symbol.Variable('w0', shape=(1,), init=mx.init.Normal(sigma=0.01), lr_mult=0.1, wd_mult=1e-5)
    w1 = mx.symbol.broadcast_add(mx.symbol.dot(x, w), w0)
    v_s = mx.symbol._internal._square_sum(data=v, axis=1, keepdims=True)
    x_s = x.square()
    bd_sum = mx.sym.dot(x_s, v_s)
    w2 = mx.symbol.dot(x, v)
    w2_squared = 0.5 * mx.symbol.square(data=w2)
    w_all = mx.symbol.Concat(w1, w2_squared, dim=1)
    sum1 = w_all.sum(axis=1, keepdims=True)
    sum2 = -0.5 * bd_sum
    model = sum1 + sum2
    y = mx.symbol.Variable("softmax_label")
    return mx.symbol.LogisticRegressionOutput(data=model, label=y)

fm = fm_model(4, num_features)
print(fm.list_arguments(), fm.infer_shape(data=(8, num_features))[1])
print(fm.infer_storage_type(data='csr') if hasattr(fm, 'infer_storage_type') else '')
mod = mx.mod.Module(symbol=fm, data_names=['data'], label_names=['softmax_label'])
mod.bind(data_shapes=train_data.provide_data, label_shapes=train_data.provide_label)
mod.init_params()
mod.init_optimizer(optimizer='adam', optimizer_params={'learning_rate': 0.01, 'wd': 0.0001, 'beta1': 0.9,
                                                       'beta2': 0.999, 'epsilon': 1e-8, 'rescale_grad': 1.0/8},
                   kvstore='local')
metric = mx.metric.create(['log_loss', 'auc']) if False else mx.metric.create(['mse', 'mae'])
for batch in train_data:
    mod.forward_backward(batch)
    mod.update()
    mod.update_metric(metric, batch.label)
print([(n, round(v, 5)) for n, v in metric.get_name_value()])
a, _ = mod.get_params()
print(a['v'].stype, a['w'].stype, np.round(a["v"].asnumpy()[:2], 6).tolist(), np.round(a['w0'].asnumpy(), 5))
out = mod.predict(train_data)
print(out.shape, np.round(out.asnumpy()[:4, 0], 4))
