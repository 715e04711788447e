# MXNet writes x[positions] = v by flat offsets over the axes the positions (and the slices before them)
# cover: a position past the end of its axis moves the write on to a later row. (Reading such positions
# fails when the result is read.) Only offsets inside the array are used here.
import mxnet as mx
import numpy as np

for key, value in [(([0], [9]), -1), (([0, 1], [5, 6]), -1), ((0, [4, 5]), -1), (([[0], [1]], [4, 5]), -1),
                   (([0], [7]), mx.nd.array([5])), (([0, 1], [5, 6]), np.array([7, 8])), (([1], [0], [9]), 3),
                   ((slice(None), [0], [5]), -1), ((mx.nd.array([0]), mx.nd.array([6])), 2.5),
                   ((slice(None), [0], [5]), mx.nd.array([[4], [5]]))]:
    shape = (2, 3, 4) if len(key) == 3 else (3, 4)
    x = mx.nd.array(np.arange(24).reshape(shape) if len(shape) == 3 else np.arange(12).reshape(shape))
    x[key] = value
    print(key, x.asnumpy().tolist())
    y = x[key]
    try:
        print(" read", y.shape, y.asnumpy().tolist())
    except IndexError as e:
        print(" read raises IndexError")
