"""example/numpy-ops custom softmax, adversary (input gradients), recommenders (matrix factorization),
multi-task (Group of two losses with a custom metric), autoencoder (stacked layers, LinearRegressionOutput), ctc."""
import logging, re
import numpy as np
import mxnet as mx

class Grab(logging.Handler):
    def emit(self, rec):
        print("LOG", re.sub(r"(Speed|Time cost)[:=] ?[0-9.]+", r"\1 T", rec.getMessage()))
root = logging.getLogger(); root.handlers[:] = [Grab()]; root.setLevel(logging.INFO)
mx.random.seed(5); np.random.seed(5)

# numpy-ops/custom_softmax.py
class Softmax(mx.operator.CustomOp):
    def forward(self, is_train, req, in_data, out_data, aux):
        x = in_data[0].asnumpy()
        y = np.exp(x - x.max(axis=1).reshape((x.shape[0], 1)))
        y /= y.sum(axis=1).reshape((x.shape[0], 1))
        self.assign(out_data[0], req[0], mx.nd.array(y))
    def backward(self, req, out_grad, in_data, out_data, in_grad, aux):
        l = in_data[1].asnumpy().ravel().astype(int)
        y = out_data[0].asnumpy()
        y[np.arange(l.shape[0]), l] -= 1.0
        self.assign(in_grad[0], req[0], mx.nd.array(y))

@mx.operator.register("softmax")
class SoftmaxProp(mx.operator.CustomOpProp):
    def __init__(self):
        super(SoftmaxProp, self).__init__(need_top_grad=False)
    def list_arguments(self):
        return ['data', 'label']
    def list_outputs(self):
        return ['output']
    def infer_shape(self, in_shape):
        data_shape = in_shape[0]
        label_shape = (in_shape[0][0],)
        output_shape = in_shape[0]
        return [data_shape, label_shape], [output_shape], []
    def infer_type(self, in_type):
        return in_type, [in_type[0]], []
    def create_operator(self, ctx, shapes, dtypes):
        return Softmax()

data = mx.symbol.Variable('data')
fc1 = mx.symbol.FullyConnected(data=data, name='fc1', num_hidden=8)
act1 = mx.symbol.Activation(data=fc1, name='relu1', act_type="relu")
fc3 = mx.symbol.FullyConnected(data=act1, name='fc3', num_hidden=3)
mlp = mx.symbol.Custom(data=fc3, name='softmax', op_type='softmax')
print(mlp.list_arguments(), mlp.list_outputs(), mlp.infer_shape(data=(4, 5)), mlp.infer_type(data='float32'))
X = np.random.randn(24, 5).astype('float32'); Y = (X[:, 0] > 0).astype('float32') + (X[:, 1] > 0.5)
it = mx.io.NDArrayIter(X, Y, batch_size=8)
mod = mx.mod.Module(mlp, context=mx.cpu())
mod.fit(it, eval_data=it, optimizer='sgd', optimizer_params={'learning_rate': 0.1, 'momentum': 0.9, 'wd': 0.00001},
        num_epoch=2, eval_metric='acc', initializer=mx.init.Xavier(factor_type="in", magnitude=2.34))
print(np.round(mod.predict(it).asnumpy()[:2], 4))

# adversary: gradient w.r.t. the input (fast gradient sign)
data = mx.sym.Variable('data'); label = mx.sym.Variable('softmax_label')
net = mx.sym.SoftmaxOutput(mx.sym.FullyConnected(mx.sym.Flatten(data), num_hidden=3, name='fc'), label, name='softmax')
ex = net.simple_bind(mx.cpu(), data=(4, 1, 2, 3), grad_req={'data': 'write', 'fc_weight': 'write', 'fc_bias': 'write',
                                                            'softmax_label': 'null'})
mx.init.Uniform(0.1)('fc_weight', ex.arg_dict['fc_weight']); ex.arg_dict['fc_bias'][:] = 0
ex.arg_dict['data'][:] = mx.nd.array(np.random.uniform(size=(4, 1, 2, 3)))
ex.arg_dict['softmax_label'][:] = mx.nd.array([0, 1, 2, 1])
ex.forward(is_train=True); ex.backward()
adv = ex.arg_dict['data'] + 0.15 * mx.nd.sign(ex.grad_dict['data'])
print(np.round(ex.grad_dict['data'].asnumpy()[0], 5), adv.shape, sorted(ex.grad_dict))
ex.arg_dict['data'][:] = adv
print(np.round(ex.forward(is_train=False)[0].asnumpy(), 4))

# recommenders: matrix factorization with Embedding + dot
def plain_net(k, max_user, max_item):
    user = mx.symbol.Variable('user'); item = mx.symbol.Variable('item'); score = mx.symbol.Variable('score')
    user = mx.symbol.Embedding(data=user, input_dim=max_user, output_dim=k)
    item = mx.symbol.Embedding(data=item, input_dim=max_item, output_dim=k)
    pred = user * item
    pred = mx.symbol.sum_axis(data=pred, axis=1)
    pred = mx.symbol.Flatten(data=pred)
    return mx.symbol.LinearRegressionOutput(data=pred, label=score)
net = plain_net(3, 6, 7)
print(net.list_arguments(), net.infer_shape(user=(4,), item=(4,))[1])
u = np.random.randint(0, 6, 20).astype('float32'); i = np.random.randint(0, 7, 20).astype('float32')
s = np.random.uniform(1, 5, 20).astype('float32')
rit = mx.io.NDArrayIter({'user': u, 'item': i}, {'score': s}, batch_size=5)
print(rit.provide_data, rit.provide_label)
m = mx.mod.Module(net, data_names=['item', 'user'] and [d.name for d in rit.provide_data], label_names=['score'])
m.fit(rit, eval_data=rit, eval_metric=mx.metric.RMSE(), num_epoch=2, optimizer='adam',
      optimizer_params={'learning_rate': 0.05, 'rescale_grad': 1.0 / 5}, initializer=mx.init.Xavier())
print([(n, round(v, 4)) for n, v in m.score(rit, ['rmse', 'mae'])])

# multi-task: two heads, Group, custom multi-accuracy metric
class Multi_Accuracy(mx.metric.EvalMetric):
    def __init__(self, num=None):
        self.num = num
        super(Multi_Accuracy, self).__init__('multi-accuracy')
    def reset(self):
        self.num_inst = 0 if self.num is None else [0] * self.num
        self.sum_metric = 0.0 if self.num is None else [0.0] * self.num
    def update(self, labels, preds):
        mx.metric.check_label_shapes(labels, preds)
        for i in range(len(labels)):
            pred_label = mx.nd.argmax_channel(preds[i]).asnumpy().astype('int32')
            label = labels[i].asnumpy().astype('int32')
            mx.metric.check_label_shapes(label, pred_label)
            self.sum_metric[i] += (pred_label.flat == label.flat).sum()
            self.num_inst[i] += len(pred_label.flat)
    def get(self):
        return [self.name + '_%d' % i for i in range(self.num)], \
               [x / y if y != 0 else float('nan') for x, y in zip(self.sum_metric, self.num_inst)]

data = mx.symbol.Variable('data')
fc = mx.symbol.Activation(mx.symbol.FullyConnected(data=data, name='fc1', num_hidden=8), act_type='relu')
sm1 = mx.symbol.SoftmaxOutput(data=mx.symbol.FullyConnected(fc, num_hidden=3, name='fc_a'), name='softmax1')
sm2 = mx.symbol.SoftmaxOutput(data=mx.symbol.FullyConnected(fc, num_hidden=2, name='fc_b'), name='softmax2')
softmax = mx.symbol.Group([sm1, sm2])
print(softmax.list_outputs(), softmax.list_arguments()[-2:])
class MultiIter(mx.io.DataIter):
    def __init__(self, data_iter):
        super(MultiIter, self).__init__()
        self.data_iter = data_iter
        self.batch_size = self.data_iter.batch_size
    @property
    def provide_data(self):
        return self.data_iter.provide_data
    @property
    def provide_label(self):
        provide_label = self.data_iter.provide_label[0]
        return [('softmax1_label', provide_label[1]), ('softmax2_label', provide_label[1])]
    def hard_reset(self):
        self.data_iter.hard_reset()
    def reset(self):
        self.data_iter.reset()
    def next(self):
        batch = self.data_iter.next()
        label = batch.label[0]
        return mx.io.DataBatch(data=batch.data, label=[label, label % 2], pad=batch.pad, index=batch.index)
mit = MultiIter(mx.io.NDArrayIter(X, Y, batch_size=8, label_name='softmax1_label'))
mm = mx.mod.Module(softmax, label_names=('softmax1_label', 'softmax2_label'))
mm.fit(mit, eval_data=mit, eval_metric=Multi_Accuracy(num=2), num_epoch=2, optimizer_params={'learning_rate': 0.1})
print(mm.output_shapes, [(n, round(v, 4)) for n, v in mm.score(mit, Multi_Accuracy(num=2))])

# autoencoder: encoder/decoder stack with LinearRegressionOutput, layer-wise shared weights
x = mx.sym.Variable('data')
enc = mx.sym.Activation(mx.sym.FullyConnected(x, num_hidden=3, name='encoder_0'), act_type='relu')
dec = mx.sym.FullyConnected(enc, num_hidden=6, name='decoder_0')
ae = mx.sym.LinearRegressionOutput(data=dec, label=x, name='lr')
print(ae.list_arguments(), ae.infer_shape(data=(4, 6))[1])
D = np.random.uniform(size=(16, 6)).astype('float32')
aeit = mx.io.NDArrayIter({'data': D}, batch_size=8, last_batch_handle='roll_over')
am = mx.mod.Module(ae, label_names=None)
try:
    am.fit(aeit, num_epoch=1)
except AssertionError:
    print('fit with no label: AssertionError')
am = mx.mod.Module(ae, label_names=None)
am.bind(data_shapes=aeit.provide_data, label_shapes=None)
am.init_params(mx.init.Uniform(0.07))
am.init_optimizer(optimizer='sgd', optimizer_params={'learning_rate': 0.1, 'momentum': 0.9})
for epoch in range(2):
    aeit.reset()
    for batch in aeit:
        am.forward_backward(batch)
        am.update()
    print(epoch, round(float(((am.get_outputs()[0] - batch.data[0]) ** 2).mean().asscalar()), 5))
print(np.round(am.get_outputs()[0].asnumpy()[0], 4))

# ctc: CTCLoss + MakeLoss, and blank-label handling
pred = mx.sym.Variable('pred'); lab = mx.sym.Variable('label')
loss = mx.sym.contrib.ctc_loss(data=pred, label=lab, name='ctc')
ctc = mx.sym.Group([mx.sym.BlockGrad(mx.sym.softmax(pred, axis=2)), mx.sym.MakeLoss(loss)])
ex = ctc.simple_bind(mx.cpu(), pred=(5, 2, 4), label=(2, 3))
ex.arg_dict['pred'][:] = mx.nd.array(np.random.randn(5, 2, 4))
ex.arg_dict['label'][:] = mx.nd.array([[1, 2, 0], [3, 3, 1]])
outs = ex.forward(is_train=True); ex.backward()
print(np.round(outs[1].asnumpy(), 4), np.round(ex.grad_dict['pred'].asnumpy()[0], 4))
print(np.round(mx.nd.CTCLoss(mx.nd.array(np.random.randn(4, 1, 3)), mx.nd.array([[2, 1]]), blank_label='last').asnumpy(), 4))
