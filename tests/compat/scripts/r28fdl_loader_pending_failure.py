# A kernel failure still pending in the engine (a stack of unequal samples whose batch was never read) is
# raised by the next DataLoader made, whatever its options: MXNet's constructor waits for all pending work.
# recorded on AVX2
import mxnet as mx
import numpy as np
from mxnet.gluon import data as gd
from _words import words

np.random.seed(0)
unequal = gd.SimpleDataset([mx.nd.ones(2), mx.nd.zeros(3), mx.nd.ones(2)])
OPTIONS = [dict(batch_size=2), dict(batch_size=1, pin_memory=True), dict(batch_size=3, last_batch="discard"),
           dict(batch_sampler=[[0], [1]]), dict(batch_size=2, shuffle=True),
           dict(batch_size=2, num_workers=2, thread_pool=True), dict(batch_size=2, batchify_fn=len)]
for options in OPTIONS:
    failing = gd.DataLoader(unequal, batch_sampler=[[0, 1], [5]])
    try:
        for batch in failing:
            pass
    except IndexError as e:         # the second batch's index; the first batch's stack failed unseen
        print("epoch", type(e).__name__, e)
    for attempt in range(2):
        try:
            loader = gd.DataLoader(list(range(3)), **options)
            print(sorted(options), attempt, len(loader), [b if isinstance(b, int) else b.asnumpy().tolist()
                                                          for b in loader])
        except mx.base.MXNetError as e:
            print(sorted(options), attempt, words(e))
try:
    mx.nd.waitall()
    print("nothing pending")
except mx.base.MXNetError as e:
    print(words(e))
