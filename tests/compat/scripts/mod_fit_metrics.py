# Module.fit with composite and custom metrics, validation metric and callbacks and kvstore choices.
import logging
import re
import mxnet as mx
import numpy as np


class Show(logging.Handler):
    def emit(self, record):
        msg = re.sub(r'[0-9]+\.[0-9]+ samples/sec', 'S samples/sec', record.getMessage())
        print(record.levelname, re.sub(r'Time cost=[0-9.]+', 'Time cost=T', msg))


logging.getLogger().handlers = [Show()]
logging.getLogger().setLevel(logging.INFO)
np.random.seed(5)
mx.random.seed(5)
X = np.random.uniform(-1, 1, (12, 3)).astype('float32')
Y = (X[:, 0] > 0).astype('float32')
train = mx.io.NDArrayIter(X, Y, batch_size=4)
val = mx.io.NDArrayIter(X[:8], Y[:8], batch_size=4)
data = mx.sym.var('data')
net = mx.sym.SoftmaxOutput(mx.sym.FullyConnected(data, num_hidden=2, name='fc'), name='softmax')
comp = mx.metric.CompositeEvalMetric()
comp.add(mx.metric.Accuracy())
comp.add(mx.metric.CrossEntropy())
custom = mx.metric.CustomMetric(lambda label, pred: float((pred.argmax(axis=1) == label).mean()), name='myacc')
for kv in ('local', 'device', None):
    mod = mx.mod.Module(net)
    mod.fit(train, eval_data=val, eval_metric=comp, validation_metric=custom, num_epoch=2,
            optimizer='sgd', optimizer_params={'learning_rate': 0.3, 'momentum': 0.9}, kvstore=kv,
            initializer=mx.init.Normal(0.1),
            eval_end_callback=mx.callback.LogValidationMetricsCallback(),
            eval_batch_end_callback=lambda p: print('eval batch', p.epoch, p.nbatch))
    print(kv, np.round(mod.get_params()[0]['fc_weight'].asnumpy(), 4).tolist())
