"""The order in which a training loop sees its data (DataLoader and NDArrayIter, shuffled under numpy's seed,
every last-batch rule) and how much of mx.random's stream initialisation and Dropout consume."""
import numpy as np
import mxnet as mx
from mxnet import autograd, gluon, nd

x = np.arange(26).reshape(13, 2).astype("float32")
y = np.arange(13)
for shuffle in (False, True):
    for last in ("keep", "discard", "rollover"):
        np.random.seed(3)
        loader = gluon.data.DataLoader(gluon.data.ArrayDataset(x, y), batch_size=4, shuffle=shuffle, last_batch=last)
        epochs = [" ".join(",".join(str(int(v)) for v in b.asnumpy()) for _, b in loader) for _ in range(2)]
        print("loader", shuffle, last, len(loader), "|", " / ".join(epochs), "| next", np.random.randint(1000))

for shuffle in (False, True):
    for last in ("pad", "discard", "roll_over"):
        np.random.seed(5)
        it = mx.io.NDArrayIter(x, y, batch_size=5, shuffle=shuffle, last_batch_handle=last)
        epochs = []
        for _ in range(3):
            it.reset()
            epochs.append(" ".join(",".join(str(int(v)) for v in b.label[0].asnumpy()) + "p%d" % b.pad for b in it))
        print("iter", shuffle, last, "|", " / ".join(epochs), "| next", np.random.randint(1000))

for init in (mx.init.Xavier(), mx.init.MSRAPrelu(), mx.init.Normal(0.1), mx.init.Uniform(0.2), mx.init.One()):
    for p_drop in (0.0, 0.5):
        mx.random.seed(11)
        net = gluon.nn.HybridSequential()
        net.add(gluon.nn.Dense(4, in_units=3), gluon.nn.Dropout(p_drop), gluon.nn.Dense(2, in_units=4))
        net.initialize(init)
        after_init = nd.random.uniform(shape=(2,)).asnumpy().tolist()
        masks = []
        for step in range(2):
            with autograd.record():
                out = net[1](nd.ones((2, 4)))
            masks.append("".join("1" if v else "0" for v in out.asnumpy().ravel()))
        print(type(init).__name__, p_drop, after_init, masks, nd.random.uniform(shape=(2,)).asnumpy().tolist())
