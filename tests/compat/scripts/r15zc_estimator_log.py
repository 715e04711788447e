"""Estimator.fit/evaluate log lines (timings masked), early stopping, stopping by batches, checkpoint files."""
import logging
import os
import re
import shutil
import tempfile
import warnings

import numpy as np
import mxnet as mx
from mxnet import gluon
from mxnet.gluon.contrib.estimator import (CheckpointHandler, EarlyStoppingHandler, Estimator, LoggingHandler,
                                           StoppingHandler)

warnings.simplefilter("ignore")


class Masked(logging.Handler):
    def emit(self, record):
        text = record.getMessage().replace(directory, "DIR")
        print(re.sub(r"\d+\.\d+s", "T", re.sub(r"total \d+s", "total Ts", text)))


directory = tempfile.mkdtemp()
X = mx.nd.array(np.sin(np.arange(48) * 0.37).reshape(12, 4))
Y = mx.nd.array([0, 1, 2, 1, 0, 2, 1, 0, 1, 2, 2, 0])


def loader(batch_size=4, last_batch="keep"):
    return gluon.data.DataLoader(gluon.data.ArrayDataset(X, Y), batch_size=batch_size, last_batch=last_batch)


def estimator(lr=0.1, hybrid=False, **kwargs):
    net = gluon.nn.Dense(3, in_units=4)
    net.initialize(mx.init.Constant(0.1))
    if hybrid:
        net.hybridize()
    trainer = gluon.Trainer(net.collect_params(), "sgd", {"learning_rate": lr})
    est = Estimator(net, gluon.loss.SoftmaxCrossEntropyLoss(), trainer=trainer, **kwargs)
    est.logger.handlers = [Masked()]
    return est


est = estimator()
print([m.name for m in est.train_metrics], [m.name for m in est.val_metrics])
est.fit(loader(), val_data=loader(6), epochs=2)
est.fit(loader(5), batches=4, event_handlers=[LoggingHandler(log_interval=2, metrics=est.train_metrics)])
est.fit(loader(5, "discard"), epochs=1, event_handlers=[LoggingHandler(log_interval=1, metrics=est.train_metrics)])
est.evaluate(loader(5), event_handlers=[LoggingHandler(log_interval=1, metrics=est.val_metrics)])
print(" ".join("%.4f" % v for v in est.net.weight.data().asnumpy().ravel()))

est = estimator(lr=0.5)
early = EarlyStoppingHandler(est.train_metrics[0], patience=1, mode="max")
est.fit(loader(), epochs=8, event_handlers=[early])
print("early", early.stopped_epoch, early.wait, round(float(early.best), 4))
stop = StoppingHandler(max_batch=5)
est.fit(loader(), epochs=3, event_handlers=[stop])
print("stop", stop.current_batch, stop.current_epoch, stop.stop_training)

est = estimator(hybrid=True)
checkpoint = CheckpointHandler(os.path.join(directory, "ck"), model_prefix="m", monitor=est.train_metrics[1],
                               save_best=True, mode="min", max_checkpoints=2, verbose=1)
est.fit(loader(), epochs=3, event_handlers=[checkpoint])
print(sorted(os.listdir(os.path.join(directory, "ck"))))
for kwargs in ({"epoch_period": 0}, {"max_checkpoints": 0}, {"save_best": True}):
    try:
        CheckpointHandler(os.path.join(directory, "x"), **kwargs)
        print(kwargs, "ok")
    except Exception as e:
        print(kwargs, type(e).__name__, e)
shutil.rmtree(directory)
for bad in (lambda: est.fit(loader()), lambda: est.fit(loader(), epochs=1, batches=1), lambda: est.fit(X, epochs=1),
            lambda: Estimator(est.net, "l2"), lambda: LoggingHandler(log_interval="batch")):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
