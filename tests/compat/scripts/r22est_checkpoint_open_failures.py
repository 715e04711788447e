"""Saving and loading checkpoints where the file cannot be opened (a missing directory, a file in the way):
the error's full text from nd, sym, gluon, recordio, do_checkpoint, module_checkpoint and the Estimator's
CheckpointHandler; and the callbacks' attributes."""
# recorded on AVX2
import os
import shutil
import tempfile
import warnings

import mxnet as mx
from mxnet import gluon
from mxnet.gluon.contrib.estimator import CheckpointHandler, Estimator

warnings.simplefilter("ignore")
root = tempfile.mkdtemp()
blocker = os.path.join(root, "file")
open(blocker, "w").close()
net = gluon.nn.Dense(2, in_units=3)
net.initialize(mx.init.Constant(0.5))
sym = mx.sym.FullyConnected(mx.sym.Variable("data"), num_hidden=2, name="fc")
args = {"fc_weight": mx.nd.ones((2, 3)), "fc_bias": mx.nd.zeros((2,))}
mod = mx.mod.Module(sym, label_names=None)
mod.bind([("data", (1, 3))])
mod.init_params()


def fit_with_checkpoint(directory):
    est = Estimator(net, gluon.loss.L2Loss(), trainer=gluon.Trainer(net.collect_params(), "sgd"))
    est.logger.disabled = True
    data = gluon.data.ArrayDataset(mx.nd.ones((4, 3)), mx.nd.ones((4, 2)))
    est.fit(gluon.data.DataLoader(data, batch_size=2), epochs=1, event_handlers=[CheckpointHandler(directory)])


cases = [
    ("nd.save", lambda d: mx.nd.save(os.path.join(d, "x.nd"), [mx.nd.ones(2)])),
    ("nd.load", lambda d: mx.nd.load(os.path.join(d, "x.nd"))),
    ("sym.save", lambda d: sym.save(os.path.join(d, "s.json"))),
    ("sym.load", lambda d: mx.sym.load(os.path.join(d, "s.json"))),
    ("save_parameters", lambda d: net.save_parameters(os.path.join(d, "p.params"))),
    ("load_parameters", lambda d: net.load_parameters(os.path.join(d, "p.params"))),
    ("recordio", lambda d: mx.recordio.MXRecordIO(os.path.join(d, "r.rec"), "w")),
    ("do_checkpoint", lambda d: mx.callback.do_checkpoint(os.path.join(d, "m"))(0, sym, args, {})),
    ("module_checkpoint", lambda d: mx.callback.module_checkpoint(mod, os.path.join(d, "m"))(0)),
    ("load_checkpoint", lambda d: mx.model.load_checkpoint(os.path.join(d, "m"), 1)),
    ("CheckpointHandler", fit_with_checkpoint),
]
for where, directory in (("missing", os.path.join(root, "no", "such")), ("file", blocker)):
    for label, call in cases:
        try:
            call(directory)
            print(where, label, "ok")
        except Exception as e:
            print(where, label, type(e).__name__, repr(str(e).replace(root, "ROOT")))
shutil.rmtree(root)
print(sorted(vars(mx.callback.Speedometer(8, 5, False)).items()), list(vars(mx.callback.Speedometer(8))))
print(list(vars(mx.callback.ProgressBar(10, 20)).items()))
