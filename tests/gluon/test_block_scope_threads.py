"""A block's name_scope entered by several threads at once (DataLoader threads tracing one transform)."""
import threading

import distnet as mx
from distnet.gluon.data import DataLoader, ArrayDataset
from distnet.gluon.data.vision import transforms as T
import numpy as np


def test_interleaved_threads_each_leave_their_own_scope():
    block = mx.gluon.nn.HybridSequential(prefix="seq_")
    steps = threading.Barrier(2)
    names, errors = {}, []

    def enter_then_leave(order):
        try:
            steps.wait()
            with block.name_scope():
                for turn in range(2):       # thread 0 leaves while thread 1 is still inside, and back
                    steps.wait()
                    if turn == order:
                        names[order] = mx.name.NameManager.current.get(None, "dense")
                steps.wait()
            names[order, "after"] = mx.name.NameManager.current.get(None, "dense")
        except Exception as e:        # reported below: an exception in a thread is otherwise lost
            errors.append(e)
            steps.abort()

    threads = [threading.Thread(target=enter_then_leave, args=(i,)) for i in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert names[0].startswith("seq_") and names[1].startswith("seq_")
    assert not names[0, "after"].startswith("seq_") and not names[1, "after"].startswith("seq_")


def test_thread_pool_loader_traces_a_fresh_compose_in_every_thread():
    images = mx.nd.array((np.arange(8 * 8 * 8 * 3).reshape(8, 8, 8, 3) * 7) % 256, dtype="uint8")
    for _ in range(5):
        ds = ArrayDataset(images, np.arange(8)).transform_first(T.Compose([T.CenterCrop(6), T.ToTensor(),
                                                                          T.Normalize(0.5, 0.25)]))
        batches = list(DataLoader(ds, batch_size=1, num_workers=4, thread_pool=True))
        assert [b[0].shape for b in batches] == [(1, 3, 6, 6)] * 8
