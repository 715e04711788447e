"""A worker-process DataLoader that timed out keeps its workers, as MXNet's pool: the next epoch queues behind the late batch (timing out again while it is busy) and, once it catches up, yields the right batches."""
# recorded on AVX2
import time

import mxnet as mx


class SlowFirstSample(mx.gluon.data.Dataset):
    """Each worker process takes 2.5 s over its first sample, then answers at once."""
    calls = 0

    def __len__(self):
        return 6

    def __getitem__(self, i):
        SlowFirstSample.calls += 1
        if SlowFirstSample.calls == 1:
            time.sleep(2.5)
        return i


for workers in (1, 2):
    loader = mx.gluon.data.DataLoader(SlowFirstSample(), batch_size=2, num_workers=workers, timeout=1)
    for epoch in range(3):
        try:
            print(workers, epoch, [b.asnumpy().tolist() for b in loader])
        except Exception as e:
            print(workers, epoch, type(e).__module__, type(e).__name__, repr(str(e)))
        if epoch == 1:
            time.sleep(3)
