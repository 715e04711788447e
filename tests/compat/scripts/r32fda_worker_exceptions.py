"""Exceptions raised by a dataset reach the DataLoader's caller as MXNet's do: worker processes send back the exception itself (custom classes, args, cause), and a StopIteration in this process becomes the generator's RuntimeError."""
# recorded on AVX2
import numpy as np
import mxnet as mx


class CustomError(Exception):
    pass


class CustomKeyError(KeyError):
    pass


errors = [lambda: CustomError("custom"), lambda: CustomKeyError("k"), lambda: np.linalg.LinAlgError("singular"),
          lambda: KeyError("a"), lambda: OSError(2, "No such file", "/x/y"), lambda: StopIteration("s"),
          lambda: UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte"), lambda: AssertionError(),
          lambda: ValueError("two\nlines"), lambda: IndexError(3)]


class Failing(mx.gluon.data.Dataset):
    def __init__(self, make):
        self.make = make

    def __len__(self):
        return 4

    def __getitem__(self, i):
        if i == 2:
            raise self.make()
        return i


for k, make in enumerate(errors):
    for kw in [dict(), dict(num_workers=1), dict(num_workers=1, thread_pool=True)]:
        seen = []
        try:
            for batch in mx.gluon.data.DataLoader(Failing(make), 2, **kw):
                seen.append(batch.asnumpy().tolist())
            print(k, kw, "no error", seen)
        except Exception as e:
            cause = type(e.__cause__).__name__ if e.__cause__ is not None else None
            print(k, kw, seen, type(e).__name__, repr(str(e)), e.args, isinstance(e, (CustomError, KeyError)), cause)
