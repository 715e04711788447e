# MXNet's random resource is per thread: a new thread draws from a generator seeded with 0, whatever the
# main thread seeded, and seeding in a thread leaves the main thread's stream alone. A DataLoader with a
# thread pool therefore augments with the worker thread's own stream.
import threading

import mxnet as mx
import numpy as np
from mxnet import nd
from mxnet.gluon.data import ArrayDataset, DataLoader
from mxnet.gluon.data.vision import transforms as T


def draw(tag, seed=None):
    if seed is not None:
        mx.random.seed(seed)
    print(tag, nd.random.uniform(shape=2).asnumpy().tolist(), nd.random.normal(shape=1).asnumpy().tolist(),
          nd.random.randint(0, 100, shape=2).asnumpy().tolist(), mx.np.random.uniform(size=2).asnumpy().tolist())


mx.random.seed(7)
draw("main")
for tag, seed in [("thread", None), ("thread again", None), ("thread seeded 7", 7)]:
    t = threading.Thread(target=draw, args=(tag, seed))
    t.start()
    t.join()
draw("main continues")

images = nd.array(np.arange(8 * 2 * 3 * 3).reshape(8, 2, 3, 3) % 255, dtype="uint8")
ds = ArrayDataset(images, np.arange(8)).transform_first(T.Compose([T.RandomFlipLeftRight(), T.RandomBrightness(0.5)]))
for kw in [dict(), dict(num_workers=1, thread_pool=True)]:
    mx.random.seed(3)
    for epoch in range(2):
        print(sorted(kw), epoch, [b[0][:, 0, 0, 0].asnumpy().tolist() for b in DataLoader(ds, batch_size=4, **kw)])
    draw("after loader")
