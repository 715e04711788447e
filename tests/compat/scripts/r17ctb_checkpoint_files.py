"""CheckpointHandler: the files it writes and keeps (periods, max_checkpoints, save_best, prefixes), its best value
before training, resuming from checkpoints, and the log lines it writes (directories masked)."""
import logging
import os
import re
import shutil
import tempfile
import warnings

import numpy as np
import mxnet as mx
from mxnet import gluon, nd
from mxnet.gluon.contrib.estimator import CheckpointHandler, Estimator, LoggingHandler
from _words import words

warnings.simplefilter("ignore")
root = tempfile.mkdtemp()
X = nd.array(np.sin(np.arange(60) * 0.37).reshape(15, 4))
Y = nd.array([0, 1, 2, 1, 0, 2, 1, 0, 1, 2, 2, 0, 1, 1, 0])
data = gluon.data.DataLoader(gluon.data.ArrayDataset(X, Y), batch_size=4)


class Masked(logging.Handler):
    def emit(self, record):
        text = record.getMessage().replace(root, "DIR")
        print("  log:", re.sub(r"\d+\.\d+s", "T", re.sub(r"total \d+s", "total Ts", text)))


def est(hybrid=False):
    net = gluon.nn.Dense(3, in_units=4)
    net.initialize(mx.init.Constant(0.1))
    if hybrid:
        net.hybridize()
    e = Estimator(net, gluon.loss.SoftmaxCrossEntropyLoss(),
                  trainer=gluon.Trainer(net.collect_params(), "sgd", {"learning_rate": 0.3}))
    e.logger.handlers = [Masked()]
    return e


def weights(e):
    return " ".join("%.4f" % v for v in e.net.weight.data().asnumpy().ravel()[:4])


def run(name, how, hybrid=False, **kwargs):
    e = est(hybrid)
    for key in ("monitor",):
        if isinstance(kwargs.get(key), int):
            kwargs[key] = e.train_metrics[kwargs[key]]
    handler = CheckpointHandler(os.path.join(root, name), **kwargs)
    e.fit(data, event_handlers=[handler], **how)
    print(name, sorted(os.listdir(os.path.join(root, name))), handler.saved_checkpoints)


run("default", {"epochs": 3})
run("epoch_period2", {"epochs": 3}, epoch_period=2)
run("batch_period3", {"batches": 7}, epoch_period=None, batch_period=3, model_prefix="b")
run("keep1", {"epochs": 3}, max_checkpoints=1, hybrid=True)
run("keep0", {"epochs": 2}, max_checkpoints=0)
run("best_min", {"epochs": 3}, save_best=True, monitor=1, mode="min", verbose=1, max_checkpoints=1)
run("best_max_batches", {"batches": 6}, save_best=True, monitor=0, mode="max", verbose=1, epoch_period=None,
    batch_period=2)
for mode in ("min", "max", "auto", "other"):
    handler = CheckpointHandler(os.path.join(root, "m"), monitor=mx.metric.Accuracy(), save_best=True, mode=mode)
    print("best before training,", mode, "->", getattr(handler, "best", "no best yet"), handler.monitor_op.__name__)
path = os.path.join(root, "a_file")
open(path, "w").close()
print("model_dir a file ->", CheckpointHandler(path).model_dir == path)
try:
    CheckpointHandler(os.path.join(root, "x"), save_best=True)
except ValueError as e:
    print(words(e))


def resume(name, first, second, keep=None, again=None):
    e = est()
    e.fit(data, event_handlers=[CheckpointHandler(os.path.join(root, name), **(keep or {}))], **first)
    e2 = est()
    handler = CheckpointHandler(os.path.join(root, name), resume_from_checkpoint=True, **(again or keep or {}))
    try:
        e2.fit(data, event_handlers=[handler, LoggingHandler(metrics=e2.train_metrics)], **second)
        print(name, sorted(os.listdir(os.path.join(root, name))), weights(e2), e2.max_epoch, e2.max_batch)
    except Exception as err:
        print(name, words(err))


resume("resume_epochs", {"epochs": 2}, {"epochs": 4})
resume("resume_done", {"epochs": 2}, {"epochs": 2})
resume("resume_batches", {"batches": 5}, {"batches": 9}, {"epoch_period": None, "batch_period": 2})
resume("resume_mixed", {"epochs": 2}, {"epochs": 4}, None, {"batch_period": 2})
resume("resume_scratch", {"epochs": 1}, {"epochs": 2}, {"model_prefix": "other"}, {"model_prefix": "none"})
shutil.rmtree(root)
