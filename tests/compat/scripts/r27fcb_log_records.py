"""Which logger, level and function each training log line comes from: Module.fit with every callback and a
monitor, checkpoints, FeedForward.fit, and the Estimator's handlers (best models, early stopping, resuming);
times masked, files in a temporary dir."""
# recorded on AVX2
import logging
import os
import re
import shutil
import tempfile
import warnings

import numpy as np
import mxnet as mx
from mxnet import gluon
from mxnet.gluon.contrib.estimator import CheckpointHandler, EarlyStoppingHandler, Estimator, LoggingHandler

TMP = tempfile.mkdtemp()


class Records(logging.Handler):
    def emit(self, r):
        text = re.sub(r"total \d+s", "total Ts", r.getMessage().replace(TMP, "TMP"))
        text = re.sub(r"\d+\.\d+", "T", text)[:60]
        print(r.name, r.levelname, r.funcName, r.module, text, sep=" | ")


logging.getLogger().handlers = [Records()]
logging.getLogger().setLevel(logging.DEBUG)
warnings.simplefilter("ignore", DeprecationWarning)
X = np.arange(24).reshape(8, 3) / 24.0
Y = np.arange(8) % 2
S = mx.sym
net = S.SoftmaxOutput(S.FullyConnected(S.var("data"), num_hidden=2, name="fc"), name="softmax")
it = mx.io.NDArrayIter(X, Y, 4)
callbacks = [mx.callback.Speedometer(4, 1), mx.callback.log_train_metric(1), mx.callback.ProgressBar(2)]
for logger in [None, logging.getLogger("mine")]:
    print("== Module.fit, logger", logger and logger.name)
    mod = mx.mod.Module(net, logger=logger or logging)
    mod.fit(it, eval_data=it, num_epoch=1, initializer=mx.init.One(), batch_end_callback=callbacks,
            eval_end_callback=mx.callback.LogValidationMetricsCallback(),
            epoch_end_callback=mx.callback.do_checkpoint(os.path.join(TMP, "m")),
            monitor=mx.mon.Monitor(2, pattern="fc_w"))
    mod.save_checkpoint(os.path.join(TMP, "m"), 3, True)
    print("== FeedForward.fit, logger", logger and logger.name)
    ff = mx.model.FeedForward(net, num_epoch=2, epoch_size=3, numpy_batch_size=4, initializer=mx.init.One())
    ff.fit(X, Y, eval_data=(X, Y), logger=logger, batch_end_callback=mx.callback.Speedometer(4, 2))
    ff.save(os.path.join(TMP, "ff"))
print("== Estimator")
d = gluon.nn.Dense(2, in_units=3)
d.initialize(mx.init.One())
e = Estimator(d, gluon.loss.SoftmaxCrossEntropyLoss(), trainer=gluon.Trainer(d.collect_params(), "sgd"))
print(e.logger.name, e.logger.level, e.logger.propagate, [type(h).__name__ for h in e.logger.handlers])
e.logger.handlers = [Records()]      # a logger of its own, outside the hierarchy
dl = gluon.data.DataLoader(gluon.data.ArrayDataset(mx.nd.array(X), mx.nd.array(Y)), batch_size=4)
e.fit(dl, dl, epochs=1, event_handlers=[LoggingHandler(1), CheckpointHandler(TMP, verbose=1)])
print("== Estimator, best models and early stopping")
accuracy = mx.metric.Accuracy()
e = Estimator(d, gluon.loss.SoftmaxCrossEntropyLoss(), train_metrics=accuracy,
              trainer=gluon.Trainer(d.collect_params(), "sgd"))
e.logger.handlers = [Records()]
e.fit(dl, dl, epochs=3, event_handlers=[EarlyStoppingHandler(accuracy, patience=0, mode="max"),
                                        CheckpointHandler(TMP, "r", accuracy, verbose=1, save_best=True, mode="min")])
e.fit(dl, dl, epochs=4, event_handlers=[CheckpointHandler(TMP, "r", resume_from_checkpoint=True, verbose=1)])
shutil.rmtree(TMP)
