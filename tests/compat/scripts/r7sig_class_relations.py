"""Which public classes of a namespace are subclasses of which (isinstance relations users rely on)."""
import inspect

import mxnet as mx

SPACES = [mx.gluon.nn, mx.gluon.rnn, mx.gluon.loss, mx.gluon.contrib.nn, mx.gluon.contrib.rnn, mx.gluon.data,
          mx.gluon.data.vision.transforms, mx.metric, mx.optimizer, mx.initializer, mx.lr_scheduler, mx.io,
          mx.image, mx.mod, mx.rnn, mx.kvstore]
BASES = [mx.gluon.Block, mx.gluon.HybridBlock, mx.gluon.SymbolBlock, mx.gluon.nn.Sequential,
         mx.gluon.nn.HybridSequential, mx.gluon.nn.BatchNorm, mx.gluon.nn.Activation, mx.gluon.loss.Loss,
         mx.gluon.rnn.RecurrentCell, mx.gluon.rnn.HybridRecurrentCell, mx.gluon.rnn.ModifierCell,
         mx.gluon.data.Dataset, mx.gluon.data.Sampler, mx.metric.EvalMetric, mx.metric.Accuracy,
         mx.metric.MSE, mx.optimizer.Optimizer, mx.optimizer.SGD, mx.initializer.Initializer,
         mx.lr_scheduler.LRScheduler, mx.io.DataIter, mx.io.NDArrayIter, mx.image.Augmenter, mx.mod.BaseModule,
         mx.rnn.BaseRNNCell, mx.kvstore.KVStoreBase, Exception]
# left out: names only one of the two has
SKIP = {"AssertError", "MXNetError", "FTRL", "LocalKVStore", "TestStore", "OrderedDict"}
for space in SPACES:
    for name in sorted(dir(space)):
        cls = getattr(space, name)
        if name.startswith("_") or not inspect.isclass(cls) or name in SKIP:
            continue
        print(space.__name__.replace("distnet", "mxnet"), name,
              [b.__name__ for b in BASES if issubclass(cls, b) and b is not cls])
V1 = mx.gluon.data.dataloader.DataLoaderV1
loader = V1(mx.gluon.data.ArrayDataset(mx.nd.arange(5), mx.nd.arange(5) * 2), batch_size=2)
print(issubclass(V1, mx.gluon.data.DataLoader), len(loader), [[b.asnumpy().tolist() for b in batch] for batch in loader],
      [n for n in dir(loader) if not n.startswith("_")])
