"""The 'gotchas using NumPy in MXNet' tutorial: nd.pad on 4-d arrays, a loss buffer over a multi-worker
DataLoader, whose cpu_shared batches feed a network on cpu(0)."""
import numpy as np
import mxnet as mx
from mxnet import autograd, gluon, nd

mx.random.seed(0)
np.random.seed(0)
print(np.array_equal(np.full_like(np.arange(6, dtype=int), 10), (nd.ones(shape=(6,)) * 10).asnumpy()))


def pad_array(data, max_length):
    padded = nd.pad(data.reshape(1, 1, 1, data.shape[0]), mode='constant',
                    pad_width=[0, 0, 0, 0, 0, 0, 0, max_length - data.shape[0]], constant_value=0)
    return padded.reshape(max_length)


print(pad_array(nd.array([1, 2, 3]), max_length=10))


class LossBuffer(object):
    def __init__(self):
        self._loss = None

    def new_loss(self, loss):
        ret, self._loss = self._loss, loss
        return ret

    @property
    def loss(self):
        return self._loss


net = gluon.nn.Dense(10)
ce = gluon.loss.SoftmaxCELoss()
net.initialize()
data = nd.random.uniform(shape=(64, 20))
label = nd.array(np.random.randint(0, 10, (64,)), dtype='int32')
train_data = gluon.data.DataLoader(gluon.data.ArrayDataset(data, label), batch_size=16, shuffle=True, num_workers=2)
trainer = gluon.Trainer(net.collect_params(), optimizer='sgd')
loss_buffer = LossBuffer()
for data, label in train_data:
    with autograd.record():
        out = net(data)             # the weights live on cpu(0), the batch in shared memory
        prev_loss = loss_buffer.new_loss(ce(out, label))
    loss_buffer.loss.backward()
    trainer.step(data.shape[0])
    if prev_loss is not None:
        print('Loss: %.3f' % np.mean(prev_loss.asnumpy()), data.context, out.context, prev_loss.context)

# which results stay in shared memory: views and casts do, operator results land on cpu(i)
a = nd.ones((3, 4), ctx=mx.Context('cpu_shared', 1))
print(a + 1, a.sum().context, nd.dot(a, a.T).context, nd.ones_like(a).context)
print(a[1].context, a[0:2].context, a[1:2, :].context, a[1, 2].context, a[:, 1:2].context, a[[0, 1]].context)
print(a.reshape((4, 3)).context, a.astype('float16').context, a.copy().context, a.as_in_context(mx.cpu()).context)
a.attach_grad()
with autograd.record():
    y = a * 2
y.backward()
print(a.grad.context, y.context)
