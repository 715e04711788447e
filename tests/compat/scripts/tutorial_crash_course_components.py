from mxnet import np, npx, gluon
import mxnet as mx
from mxnet.gluon import nn
npx.set_np()
mx.random.seed(21)
ctx = mx.cpu()

net = nn.Sequential()
net.add(nn.Dense(5, in_units=3, activation="relu"),
        nn.Dense(25, activation="relu"),
        nn.Dense(2)
       )
print(net)
net.initialize()
params = net.collect_params()
for key, value in params.items():
    print(key, value)
x = np.random.uniform(-1, 1, (10, 3))
out = net(x)
print(type(out).__name__, out.shape, out.dtype)
params = net.collect_params()
for key, value in params.items():
    print(key, value)
from mxnet import init
net.initialize(init=init.Constant(3), ctx=ctx)
print(net[0].weight.data()[0])
net.initialize(init=init.Normal(sigma=0.2), force_reinit=True, ctx=ctx)
print(net[0].weight.data()[0])

net = gluon.nn.Dense(1)
net.initialize()
nn_input = np.array([[1.2, 0.56],
                     [3.0, 0.72],
                     [0.89, 0.9],
                     [0.89, 2.3],
                     [0.99, 0.52]])
nn_output = net(nn_input)
print(nn_output.round(5) if hasattr(nn_output, 'round') else nn_output)
groundtruth_label = np.array([[0.0083],
                             [0.00382],
                             [0.02061],
                             [0.00495],
                             [0.00639]]).reshape(5, 1)
def L2Loss(output_values, true_values):
    return np.mean((output_values - true_values) ** 2, axis=1) / 2
print(L2Loss(nn_output, groundtruth_label).round(6))
from mxnet.gluon import nn, loss as gloss
loss = gloss.L2Loss()
print(loss(nn_output, groundtruth_label).round(6))
from mxnet.gluon.loss import Loss

class custom_L1_loss(Loss):
    def __init__(self, weight=None, batch_axis=0, **kwargs):
        super(custom_L1_loss, self).__init__(weight, batch_axis, **kwargs)

    def hybrid_forward(self, F, pred, label):
        l = F.np.abs(label - pred)
        l = l.reshape(len(l),)
        return l

L1 = custom_L1_loss()
print(L1(nn_output, groundtruth_label).round(5))
l1 = gloss.L1Loss()
print(l1(nn_output, groundtruth_label).round(5))

from mxnet import optimizer
trainer = gluon.Trainer(net.collect_params(),
                       optimizer="Adam",
                       optimizer_params={
                           "learning_rate":0.1,
                           "wd":0.001
                       })
with mx.autograd.record():
    l = loss(net(nn_input), groundtruth_label)
l.backward()
curr_weight = net.weight.data().copy()
print(curr_weight)
batch_size = len(nn_input)
trainer.step(batch_size)
print(net.weight.data().round(5))
print((curr_weight - net.weight.grad() * 1 / 5).round(5))

pred = np.array([[0.1, 0.9], [0.05, 0.95], [0.83, 0.17], [0.63, 0.37]])
labels = np.array([1, 1, 0, 1])
from mxnet.metric import Accuracy
acc = Accuracy()
acc.update(labels=labels.as_nd_ndarray(), preds=pred.as_nd_ndarray())
print(acc.get(), acc)
labels = np.array([0, 1, 1, 0, 0, 1, 0, 0, 1, 0, 1, 1])
preds = np.array([0, 1, 1, 1, 1, 0, 0, 1, 0, 0, 0, 0])
from mxnet.metric import EvalMetric

class precision(EvalMetric):
    def __init__(self):
        super().__init__(name="Precision")

    def update(self, labels, preds):
        tp_labels = (labels == 1)
        true_positives = sum(preds[tp_labels] == 1)
        fp_labels = (labels == 0)
        false_positives = sum(preds[fp_labels] == 1)
        return true_positives / (true_positives + false_positives)

p = precision()
r = p.update(labels, preds)
print(type(r).__name__, r)
print(p.get(), p)
