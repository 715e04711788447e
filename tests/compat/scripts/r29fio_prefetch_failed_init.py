"""PrefetchingIter failing at creation (no iterators, a rename missing a name, renames not a list) leaves an
object whose deletion fails as MXNet's (AttributeError on its missing events), seen through sys.unraisablehook."""
# recorded on AVX2
import gc
import sys
import warnings

import numpy as np

import mxnet as mx

warnings.simplefilter("ignore", DeprecationWarning)
sys.unraisablehook = lambda report: print("  on deletion:", type(report.exc_value).__name__, report.exc_value)


def base():
    return mx.io.NDArrayIter(np.arange(7.0), np.arange(7) * 10, batch_size=3)


cases = [("no iterators", lambda: mx.io.PrefetchingIter([])),
         ("rename missing a name", lambda: mx.io.PrefetchingIter([base()], [{"x": "y"}])),
         ("renames as a dict", lambda: mx.io.PrefetchingIter([base()], {"data": "y"})),
         ("not an iterator", lambda: mx.io.PrefetchingIter([np.arange(3)])),
         ("working", lambda: mx.io.PrefetchingIter([base()], [{"data": "y"}]))]
for title, make in cases:
    print(title)
    try:
        it = make()
        print("  made:", it.provide_data, it.next().data[0].asnumpy().tolist())
        del it
    except Exception as e:
        print("  ", type(e).__name__, e)
    gc.collect()
