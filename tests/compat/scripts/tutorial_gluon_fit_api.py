import mxnet as mx
import numpy as np
from mxnet import gluon
from mxnet.gluon.model_zoo import vision
from mxnet.gluon.contrib.estimator import estimator
from mxnet.gluon.contrib.estimator.event_handler import TrainBegin, TrainEnd, EpochEnd, CheckpointHandler
import logging, re
class NoTimings(logging.Filter):
    """the estimator logs wall-clock times and temporary paths: mask them so the output is reproducible"""
    def filter(self, record):
        msg = record.getMessage()
        msg = re.sub(r"in [0-9.]+s", "in Ts", msg)
        msg = re.sub(r"total [0-9.]+s", "total Ts", msg)
        msg = re.sub(r"/tmp/[^/]+/", "TMP/", msg)
        record.msg, record.args = msg, ()
        return True
mx.random.seed(4)
np.random.seed(4)
gpu_count = mx.context.num_gpus()
ctx = [mx.gpu(i) for i in range(gpu_count)] if gpu_count > 0 else mx.cpu()

rs = np.random.RandomState(1)
fashion_mnist_train = gluon.data.ArrayDataset(mx.nd.array(rs.randint(0, 256, (16, 28, 28, 1)), dtype='uint8'), rs.randint(0, 10, (16,)).astype('float32'))
fashion_mnist_val = gluon.data.ArrayDataset(mx.nd.array(rs.randint(0, 256, (8, 28, 28, 1)), dtype='uint8'), rs.randint(0, 10, (8,)).astype('float32'))
transforms = [gluon.data.vision.transforms.Resize(16),
              gluon.data.vision.transforms.ToTensor()]
transforms = gluon.data.vision.transforms.Compose(transforms)
fashion_mnist_train = fashion_mnist_train.transform_first(transforms)
fashion_mnist_val = fashion_mnist_val.transform_first(transforms)
print(fashion_mnist_train[0][0].shape, fashion_mnist_train[0][0].dtype)
batch_size = 8
train_data_loader = gluon.data.DataLoader(fashion_mnist_train, batch_size=batch_size, shuffle=True)
val_data_loader = gluon.data.DataLoader(fashion_mnist_val, batch_size=batch_size, shuffle=False)

def small_net():
    net = gluon.nn.HybridSequential()
    net.add(gluon.nn.Conv2D(4, 3), gluon.nn.BatchNorm(), gluon.nn.Activation('relu'),
            gluon.nn.GlobalAvgPool2D(), gluon.nn.Dense(10))
    return net

net = small_net()
net.initialize(init = mx.init.Xavier(), ctx=ctx)
loss_fn = gluon.loss.SoftmaxCrossEntropyLoss()
learning_rate = 0.04
num_epochs = 2
trainer = gluon.Trainer(net.collect_params(), 'sgd', {'learning_rate': learning_rate})
train_acc = mx.metric.Accuracy()
est = estimator.Estimator(net=net, loss=loss_fn, train_metrics=train_acc, trainer=trainer, context=ctx)
est.logger.addFilter(NoTimings())
print(type(est).__name__, [type(m).__name__ for m in est.train_metrics], [m.name for m in est.train_metrics])
import warnings
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    est.fit(train_data=train_data_loader, epochs=num_epochs)
print([(n, round(v, 3)) for n, v in (m.get() for m in est.train_metrics)])

class LossRecordHandler(TrainBegin, TrainEnd, EpochEnd):
    def __init__(self):
        super(LossRecordHandler, self).__init__()
        self.loss_history = {}

    def train_begin(self, estimator, *args, **kwargs):
        print("Training begin")

    def train_end(self, estimator, *args, **kwargs):
        print("Training ended")
        for loss_name in self.loss_history:
            for i, loss_val in enumerate(self.loss_history[loss_name]):
                print("Epoch: {}, Loss name: {}, Loss value: {:.3f}".format(i, loss_name, loss_val))

    def epoch_end(self, estimator, *args, **kwargs):
        for metric in estimator.train_metrics:
            if isinstance(metric, mx.metric.Loss):
                loss_name, loss_val = metric.get()
                self.loss_history.setdefault(loss_name, []).append(loss_val)

net.initialize(force_reinit=True, init = mx.init.Xavier(), ctx=ctx)
trainer = gluon.Trainer(net.collect_params(), 'sgd', {'learning_rate': learning_rate})
train_acc = mx.metric.Accuracy()
est = estimator.Estimator(net=net, loss=loss_fn, train_metrics=train_acc, trainer=trainer, context=ctx)
est.logger.addFilter(NoTimings())
import os, tempfile
d = tempfile.mkdtemp()
checkpoint_handler = CheckpointHandler(model_dir=d, model_prefix='my_model', monitor=train_acc, save_best=True)
loss_record_handler = LossRecordHandler()
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    est.fit(train_data=train_data_loader, val_data=val_data_loader, epochs=num_epochs,
            event_handlers=[checkpoint_handler, loss_record_handler])
print(sorted(os.listdir(d)))
print([m.name for m in est.val_metrics])
net2 = small_net()
net2.load_parameters(os.path.join(d, 'my_model-best.params'), ctx=ctx)
print(sorted(net2.collect_params().keys()))
