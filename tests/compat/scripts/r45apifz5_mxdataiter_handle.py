"""mx.io.MXDataIter names its first parameter handle in Python's errors, as MXNet does."""
import mxnet as mx

for kw in [{}, {'data_name': 'x'}, {'label_name': 'y', 'zz': 1}]:
    try:
        mx.io.MXDataIter(**kw)
    except TypeError as e:
        print(type(e).__name__, e)
