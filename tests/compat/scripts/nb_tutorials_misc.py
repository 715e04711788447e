# mxnet-notebooks tutorials: EvenOdd (multi-label iterator + EvalMetric subclass + eval_end_callback), linear
# regression, matrix factorization (Embedding, mx.metric.np), DCGAN training step, train_analysis log parsing.
import logging
import os
import re
import mxnet as mx
import numpy as np

mx.random.seed(9)
np.random.seed(9)
log_file = '/tmp/nb_tutorials_misc_%d.log' % os.getpid()
logging.basicConfig(filename=log_file, filemode='w', level=logging.INFO)

# --- EvenOdd
X = np.random.uniform(0, 1, (12, 8)).astype('float32')
y = np.arange(12) % 10
train = mx.io.NDArrayIter(X, y, batch_size=4, label_name='softmaxdigit_label')


class DigitParity_iterator(mx.io.DataIter):
    def __init__(self, data_iter):
        super(DigitParity_iterator, self).__init__()
        self.data_iter = data_iter
        self.batch_size = self.data_iter.batch_size

    @property
    def provide_data(self):
        return self.data_iter.provide_data

    @property
    def provide_label(self):
        return [mx.io.DataDesc('softmaxdigit_label', (self.batch_size,), np.float32),
                mx.io.DataDesc('softmaxeo_label', (self.batch_size,), np.float32)]

    def hard_reset(self):
        self.data_iter.hard_reset()

    def reset(self):
        self.data_iter.reset()

    def next(self):
        batch = self.data_iter.next()
        labels = [batch.label[0]]
        eolabels = mx.nd.array(np.array([i % 2 for i in batch.label[0].asnumpy()]))
        labels.append(eolabels)
        return mx.io.DataBatch(data=batch.data, label=labels, pad=batch.pad, index=batch.index)


class MNISTPerDigitAccuracy(mx.metric.EvalMetric):
    def reset(self):
        if hasattr(self, 'cms'):
            for cm in self.cms:
                cm.fill(0)
        super(MNISTPerDigitAccuracy, self).reset()

    def __init__(self, sizes):
        self.cms = [np.zeros((x, x), dtype=int) for x in sizes]
        super(MNISTPerDigitAccuracy, self).__init__('mnistperdigiaccuracy')

    def update(self, labels, preds):
        mx.metric.check_label_shapes(labels, preds)
        for i in range(len(labels)):
            for label, pred_label in zip(labels[i].asnumpy(), preds[i].asnumpy()):
                pred_label = int(np.argmax(pred_label))
                label = int(label)
                self.cms[i][label, pred_label] += 1
                self.sum_metric += (pred_label == label)
                self.num_inst += 1


def perDigitMetric(params):
    print('epoch', params.epoch, 'nbatch', params.nbatch, type(params.locals).__name__)
    for i, cm in enumerate(params.eval_metric.cms):
        print("Label=", i)
        print(cm.sum(axis=1))


data = mx.symbol.Variable('data')
fc1 = mx.symbol.FullyConnected(data=data, name='fc1', num_hidden=12)
act1 = mx.symbol.Activation(data=fc1, name='relu1', act_type="relu")
fc3digit = mx.symbol.FullyConnected(data=act1, name='fc3', num_hidden=10)
fc3eo = mx.symbol.FullyConnected(data=act1, name='fc3eo', num_hidden=2)
mlp1 = mx.symbol.SoftmaxOutput(data=fc3digit, name='softmaxdigit')
mlp2 = mx.symbol.SoftmaxOutput(data=fc3eo, name='softmaxeo')
mlp = mx.symbol.Group([mlp1, mlp2])
model = mx.mod.Module(mlp, label_names=('softmaxdigit_label', 'softmaxeo_label'))
_train = DigitParity_iterator(train)
model.fit(_train, eval_data=DigitParity_iterator(mx.io.NDArrayIter(X, y, 4, label_name='softmaxdigit_label')),
          eval_metric=MNISTPerDigitAccuracy((10, 2)), num_epoch=2, eval_end_callback=perDigitMetric,
          optimizer_params=(('learning_rate', 0.1), ('momentum', 0.9), ('wd', 0.00001)),
          batch_end_callback=mx.callback.log_train_metric(2))
print(model.score(_train, MNISTPerDigitAccuracy((10, 2))))
m = MNISTPerDigitAccuracy((10, 2))
print(m.get(), m.get_name_value(), str(m))

# --- linear regression
train_data = np.array([[1, 2], [3, 4], [5, 6], [3, 2], [7, 1], [6, 9]]).astype('float32')
train_label = np.array([5, 11, 17, 7, 9, 24]).astype('float32')
eval_data = np.array([[7, 2], [6, 10], [12, 2]]).astype('float32')
eval_label = np.array([11, 26, 16]).astype('float32')
batch_size = 1
train_iter = mx.io.NDArrayIter(train_data, train_label, batch_size, shuffle=True, label_name='lin_reg_label')
eval_iter = mx.io.NDArrayIter(eval_data, eval_label, batch_size, shuffle=False)
X = mx.sym.Variable('data')
Y = mx.symbol.Variable('lin_reg_label')
fully_connected_layer = mx.sym.FullyConnected(data=X, name='fc1', num_hidden=1)
lro = mx.sym.LinearRegressionOutput(data=fully_connected_layer, label=Y, name="lro")
model = mx.mod.Module(symbol=lro, data_names=['data'], label_names=['lin_reg_label'])
model.fit(train_iter, eval_iter, optimizer_params={'learning_rate': 0.005, 'momentum': 0.9}, num_epoch=3,
          batch_end_callback=mx.callback.Speedometer(batch_size, 100), eval_metric='mse')
print(model.predict(eval_iter).asnumpy().round(4))
metric = mx.metric.MSE()
print(model.score(eval_iter, metric), metric.get_name_value())
print(eval_iter.provide_label)

# --- matrix factorization
n_user, n_item, k = 5, 6, 3
users = np.random.randint(0, n_user, 20)
items = np.random.randint(0, n_item, 20)
scores = np.random.uniform(1, 5, 20).astype('float32')
mf_iter = mx.io.NDArrayIter({'user': users, 'item': items}, {'score': scores}, batch_size=5, shuffle=False)
user = mx.symbol.Variable("user")
item = mx.symbol.Variable("item")
score = mx.symbol.Variable("score")
user = mx.symbol.Embedding(data=user, input_dim=n_user, output_dim=k)
item = mx.symbol.Embedding(data=item, input_dim=n_item, output_dim=k)
pred = user * item
pred = mx.symbol.sum_axis(data=pred, axis=1)
pred = mx.symbol.Flatten(data=pred)
pred = mx.symbol.LinearRegressionOutput(data=pred, label=score)
print(pred.list_arguments(), pred.infer_shape(user=(5,), item=(5,), score=(5,))[1])


def RMSE(label, pred):
    ret = 0.0
    n = 0.0
    pred = pred.flatten()
    for i in range(len(label)):
        ret += (label[i] - pred[i]) * (label[i] - pred[i])
        n += 1.0
    return np.sqrt(ret / n)


mfm = mx.mod.Module(pred, data_names=['item', 'user'], label_names=['score'])
mfm.fit(mf_iter, eval_data=mf_iter, eval_metric=mx.metric.np(RMSE), num_epoch=2, optimizer='sgd',
        optimizer_params={'learning_rate': 0.1, 'momentum': 0.9, 'wd': 0.0001, 'rescale_grad': 1.0 / 5},
        initializer=mx.init.Xavier(factor_type="in", magnitude=2.34))
print(mfm.score(mf_iter, mx.metric.np(RMSE)))
print(mx.metric.np(RMSE).name, mx.metric.create(RMSE).name)

# --- DCGAN: one generator/discriminator step
ngf, ndf, nc, Z, bs = 4, 4, 1, 3, 2
no_bias, fix_gamma, eps = True, True, 1e-5 + 1e-12
rand = mx.sym.Variable('rand')
g1 = mx.sym.Deconvolution(rand, name='g1', kernel=(4, 4), num_filter=ngf * 2, no_bias=no_bias)
gbn1 = mx.sym.BatchNorm(g1, name='gbn1', fix_gamma=fix_gamma, eps=eps)
gact1 = mx.sym.Activation(gbn1, name='gact1', act_type='relu')
g2 = mx.sym.Deconvolution(gact1, name='g2', kernel=(4, 4), stride=(2, 2), pad=(1, 1), num_filter=nc, no_bias=no_bias)
generatorSymbol = mx.sym.Activation(g2, name='gact2', act_type='tanh')
data = mx.sym.Variable('data')
label = mx.sym.Variable('label')
d1 = mx.sym.Convolution(data, name='d1', kernel=(4, 4), stride=(2, 2), pad=(1, 1), num_filter=ndf, no_bias=no_bias)
dact1 = mx.sym.LeakyReLU(d1, name='dact1', act_type='leaky', slope=0.2)
d2 = mx.sym.Convolution(dact1, name='d2', kernel=(4, 4), num_filter=1, no_bias=no_bias)
d2 = mx.sym.Flatten(d2)
discriminatorSymbol = mx.sym.LogisticRegressionOutput(data=d2, label=label, name='dloss')
print(generatorSymbol.infer_shape(rand=(bs, Z, 1, 1))[1], discriminatorSymbol.infer_shape(data=(bs, 1, 8, 8))[1])


class RandIter(mx.io.DataIter):
    def __init__(self, batch_size, ndim):
        self.batch_size = batch_size
        self.ndim = ndim
        self.provide_data = [('rand', (batch_size, ndim, 1, 1))]
        self.provide_label = []

    def iter_next(self):
        return True

    def getdata(self):
        return [mx.random.normal(0, 1.0, shape=(self.batch_size, self.ndim, 1, 1))]


rand_iter = RandIter(bs, Z)
generator = mx.mod.Module(symbol=generatorSymbol, data_names=('rand',), label_names=None, context=mx.cpu())
generator.bind(data_shapes=rand_iter.provide_data)
generator.init_params(initializer=mx.init.Normal(0.02))
generator.init_optimizer(optimizer='adam', optimizer_params={'learning_rate': 0.0002, 'wd': 0., 'beta1': 0.5})
discriminator = mx.mod.Module(symbol=discriminatorSymbol, data_names=('data',), label_names=('label',), context=mx.cpu())
discriminator.bind(data_shapes=[('data', (bs, 1, 8, 8))], label_shapes=[('label', (bs,))], inputs_need_grad=True)
discriminator.init_params(initializer=mx.init.Normal(0.02))
discriminator.init_optimizer(optimizer='adam', optimizer_params={'learning_rate': 0.0002, 'wd': 0., 'beta1': 0.5})
real = mx.nd.array(np.random.uniform(-1, 1, (bs, 1, 8, 8)))
label = mx.nd.zeros((bs,))
rbatch = rand_iter.next()
generator.forward(rbatch, is_train=True)
outG = generator.get_outputs()
discriminator.forward(mx.io.DataBatch(outG, [label]), is_train=True)
discriminator.backward()
gradD = [[grad.copyto(grad.context) for grad in grads] for grads in discriminator._exec_group.grad_arrays]
label[:] = 1
discriminator.forward(mx.io.DataBatch([real], [label]), is_train=True)
discriminator.backward()
for gradsr, gradsf in zip(discriminator._exec_group.grad_arrays, gradD):
    for gradr, gradf in zip(gradsr, gradsf):
        gradr += gradf
discriminator.update()
discriminator.forward(mx.io.DataBatch(outG, [label]), is_train=True)
discriminator.backward()
diffD = discriminator.get_input_grads()
generator.backward(diffD)
generator.update()


def facc(label, pred):
    pred = pred.ravel()
    label = label.ravel()
    return ((pred > 0.5) == label).mean()


mACC = mx.metric.CustomMetric(facc)
discriminator.update_metric(mACC, [label])
print(mACC.get(), diffD[0].shape, np.round(np.abs(diffD[0].asnumpy()).sum(), 5) > 0)
print(sorted(generator.get_params()[1]), outG[0].shape, np.round(outG[0].asnumpy().std(), 3))

# --- train_analysis: parse the fit log written above
logging.shutdown()
log = open(log_file).read()
TR_RE = re.compile(r'.*?]\sTrain-mse=([\d\.]+)')
VA_RE = re.compile(r'.*?]\sValidation-mse=([\d\.]+)')
print([float(x) for x in TR_RE.findall(log)], [float(x) for x in VA_RE.findall(log)])
print('\n'.join(line for line in log.splitlines() if 'Speed' not in line and 'Time cost' not in line))
os.remove(log_file)
