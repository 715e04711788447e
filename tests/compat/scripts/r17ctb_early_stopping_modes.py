"""EarlyStoppingHandler over each mode, patience, min_delta and baseline: when training stops, its state, its
warnings and its log line."""
import logging
import re
import warnings

import numpy as np
import mxnet as mx
from mxnet import gluon, nd
from mxnet.gluon.contrib.estimator import EarlyStoppingHandler, Estimator, LoggingHandler

X = nd.array(np.sin(np.arange(60) * 0.37).reshape(15, 4))
Y = nd.array([0, 1, 2, 1, 0, 2, 1, 0, 1, 2, 2, 0, 1, 1, 0])
data = gluon.data.DataLoader(gluon.data.ArrayDataset(X, Y), batch_size=4)


class Quiet(logging.Handler):
    def emit(self, record):
        if "EarlyStopping" in record.getMessage():
            print("  log:", record.getMessage())


def est(lr):
    net = gluon.nn.Dense(3, in_units=4)
    net.initialize(mx.init.Constant(0.1))
    e = Estimator(net, gluon.loss.SoftmaxCrossEntropyLoss(),
                  trainer=gluon.Trainer(net.collect_params(), "sgd", {"learning_rate": lr}))
    e.logger.handlers = [Quiet()]
    return e


for mode in ("auto", "min", "max", "bogus"):
    for which in (0, 1):
        for patience, delta, baseline in ((0, 0, None), (1, 0, None), (2, 0.01, None), (1, 0, 0.5), (3, -0.1, 10.0)):
            e = est(0.5)
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always")
                stopper = EarlyStoppingHandler(e.train_metrics[which], min_delta=delta, patience=patience, mode=mode,
                                               baseline=baseline)
            e.fit(data, epochs=6, event_handlers=[stopper])
            print(mode, e.train_metrics[which].name, patience, delta, baseline, "->", stopper.monitor_op.__name__,
                  stopper.min_delta, stopper.stopped_epoch, stopper.wait, "%.4f" % stopper.best, stopper.current_epoch,
                  stopper.stop_training)
            for w in caught:
                print("  warning:", w.category.__name__, re.sub(r"training \w+", "METRIC", str(w.message)))

e = est(0.5)
stopper = EarlyStoppingHandler(e.val_metrics[0], mode="max")
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    e.fit(data, epochs=2, event_handlers=[stopper])
print("never updated ->", stopper.wait, stopper.best, [str(w.message) for w in caught])
e = est(0.5)
stopper = EarlyStoppingHandler(e.val_metrics[1], mode="min", patience=1)
e.fit(data, val_data=gluon.data.DataLoader(gluon.data.ArrayDataset(X[:6], Y[:6]), batch_size=3), epochs=8,
      event_handlers=[stopper, LoggingHandler(metrics=e.train_metrics + e.val_metrics, priority=5)])
print("on validation loss ->", stopper.stopped_epoch, stopper.wait, "%.5f" % stopper.best)
e.fit(data, epochs=3, event_handlers=[stopper])
print("reused ->", stopper.stopped_epoch, stopper.wait, stopper.current_epoch)
