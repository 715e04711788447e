"""DataLoader's default batchify over ragged numpy/list samples: MXNet's numpy (1.23) warns, then makes an object
array (the NDArray dtype lookup then fails with KeyError) or fails copying a numpy array into it (ValueError)."""
# recorded on AVX2
import warnings

import numpy as np
import mxnet as mx
from mxnet.gluon.data import DataLoader
from _words import words

O = np.ones
cases = [
    ("1-d lengths", [O(1), O(2)]),
    ("images same height", [O((4, 5, 3)), O((4, 6, 3))]),
    ("images other height", [O((4, 5, 3)), O((5, 5, 3))]),
    ("last axis", [O((2, 3)), O((2, 1))]),
    ("leading one", [O((1, 1, 2)), O((1, 1))]),
    ("list then array", [[2.0], O((1, 1, 2))]),
    ("array then list", [O((2, 2)), [[1.0, 2.0], [3.0]]]),
    ("nested lists", [[[1], [2]], [[1, 2], [3]]]),
    ("lists", [[1, 2, 3], [4, 5]]),
    ("scalar beside list", [1, [1, 2]]),
    ("array beside list", [O(2), [1, 2, 3]]),
    ("inner arrays", [[O((3, 2)), O((3, 2))], [O((3, 2)), O((3, 1))]]),
    ("three deep", [O((2, 2, 2)), O((2, 2, 3)), O((2, 2, 2))]),
    ("broadcastable", [O((1, 1)), [[1.0, 2.0]]]),
    ("tuple fields", [(O(2), 0), (O(3), 1)]),
    ("dicts", [{"a": 1}, {"a": 2}]),
    ("strings", ["ab", "c"]),
    ("regular", [O((2, 2)), O((2, 2))]),
]
for workers in (0, 2):
    for label, samples in cases:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                loader = DataLoader(samples, batch_size=len(samples), num_workers=workers, thread_pool=True)
                batch = next(iter(loader))
                shown = [b.shape for b in batch] if isinstance(batch, list) else (batch.shape, batch.dtype)
            except Exception as e:
                shown = words(e)
        notes = sorted({"%s: %s" % (w.category.__name__, str(w.message)[:60]) for w in caught})
        print(workers, label, "->", shown, notes)
