# A DataLoader whose worker thread misses the timeout prints MXNet's advice and raises
# multiprocessing's TimeoutError (with no message).
import multiprocessing
import threading

import mxnet as mx
from mxnet.gluon.data import DataLoader, Dataset

never = threading.Event()


class Blocked(Dataset):
    def __len__(self):
        return 2

    def __getitem__(self, i):
        never.wait(2)
        return i


loader = DataLoader(Blocked(), batch_size=1, num_workers=1, thread_pool=True, timeout=0.25)
try:
    next(iter(loader))
except Exception as e:
    print(type(e).__name__, type(e).__module__, isinstance(e, multiprocessing.TimeoutError), repr(str(e)))
