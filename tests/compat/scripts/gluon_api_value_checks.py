# Gluon code checks the values a user passes as MXNet's does: losses, recurrent cells, DataLoader workers, crops.
import random

import mxnet as mx
import numpy as np
from mxnet import gluon, nd
from mxnet.gluon import rnn
from mxnet.gluon.data.vision import transforms as T

from _attempt import attempt

# an exception in a DataLoader worker process is raised again with its own class and message
class FailingDataset(gluon.data.Dataset):
    def __len__(self):
        return 4

    def __getitem__(self, i):
        if i == 2:
            raise ValueError("bad item %d" % i)
        return float(i)


attempt("worker ValueError", lambda: [b.asnumpy().tolist() for b in
                                      gluon.data.DataLoader(FailingDataset(), batch_size=1, num_workers=2)])
dicts = gluon.data.SimpleDataset([{"a": i} for i in range(4)])
attempt("worker KeyError", lambda: list(gluon.data.DataLoader(dicts, batch_size=2, num_workers=2)))


# MXNet's worker pool pickles batchify_fn with every task: a lambda fails there, a module-level function works
def add_hundred(samples):
    return nd.array(samples) + 100


numbers = gluon.data.SimpleDataset(list(range(4)))
attempt("worker batchify function", lambda: [b.asnumpy().tolist() for b in gluon.data.DataLoader(
    numbers, batch_size=2, num_workers=2, batchify_fn=add_hundred)])
attempt("worker batchify lambda", lambda: list(gluon.data.DataLoader(
    numbers, batch_size=2, num_workers=2, batchify_fn=lambda samples: nd.array(samples))))
attempt("thread batchify lambda", lambda: [b.asnumpy().tolist() for b in gluon.data.DataLoader(
    numbers, batch_size=2, num_workers=2, thread_pool=True, batchify_fn=lambda samples: nd.array(samples))])

# a loss's sample_weight must be an NDArray (MXNet multiplies with nd.broadcast_mul); hybridized, a number
# is refused as a block input
for hybridize in (False, True):
    l2 = gluon.loss.L2Loss()
    if hybridize:
        l2.hybridize()
    for weight in (0.5, [1, 2], nd.array([[1], [2]])):
        attempt(f"L2Loss hybridized={hybridize} sample_weight={type(weight).__name__}",
                lambda: l2(nd.ones((2, 3)), nd.zeros((2, 3)), weight).asnumpy().tolist())

# losses check the values they pass to operators as MXNet's do: a numpy label or prediction is refused
pred = nd.array([[0.2, 0.8], [0.6, 0.4]])
for loss_class in (gluon.loss.SoftmaxCELoss, gluon.loss.KLDivLoss, gluon.loss.SigmoidBCELoss, gluon.loss.L2Loss):
    attempt(loss_class.__name__ + " numpy label",
            lambda: loss_class()(pred, np.array([1.0, 0.0], dtype="float32")).asnumpy().round(4).tolist())
    attempt(loss_class.__name__ + " float label", lambda: loss_class()(pred, 1.0).asnumpy().round(4).tolist())
    attempt(loss_class.__name__ + " numpy pred", lambda: loss_class()(np.ones((2, 2), "float32"), nd.ones((2, 2))))

# recurrent cells refuse numpy inputs and states as MXNet's operators do
for cell_class in (rnn.LSTMCell, rnn.GRUCell, rnn.RNNCell):
    cell = cell_class(2, input_size=2)
    cell.initialize(mx.init.One())
    attempt(cell_class.__name__ + " numpy input", lambda: cell(np.ones((1, 2), "float32"), cell.begin_state(1)))
    attempt(cell_class.__name__ + " numpy state",
            lambda: cell(nd.ones((1, 2)), [np.zeros((1, 2), "float32")] * len(cell.state_info())))

# CenterCrop and RandomResizedCrop slice a numpy image as it is; resizing it fails as MXNet's imresize asserts
image = np.arange(60, dtype="uint8").reshape(4, 5, 3)
for label, crop in [("CenterCrop no resize", T.CenterCrop(2)), ("CenterCrop whole", T.CenterCrop((5, 4))),
                    ("CenterCrop upsample", T.CenterCrop(6)),
                    ("RandomResizedCrop exact", T.RandomResizedCrop((5, 4), scale=(1.0, 1.0), ratio=(1.25, 1.25))),
                    ("RandomResizedCrop resize", T.RandomResizedCrop(3))]:
    random.seed(0)      # RandomResizedCrop draws from Python's random, as MXNet's
    attempt(label, lambda: (lambda out: (type(out).__name__, out.shape, int(out.sum())))(crop(image)))
