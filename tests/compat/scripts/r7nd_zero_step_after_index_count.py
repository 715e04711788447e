# A zero slice step in a key with more indices than the array has axes: MXNet's IndexError (too many indices)
# comes before its ValueError for the step
import mxnet as mx
x, y = mx.nd.array([1, 2, 3]), mx.nd.ones((2, 3))
for arr, key in [(x, (slice(None), slice(None, None, 0))), (x, slice(None, None, 0)), (x, (0, slice(None, None, 0))),
                 (x, (slice(None, None, 0), 0)), (x, (None, slice(None, None, 0))), (y, (0, slice(None, None, 0))),
                 (y, (slice(None, None, 0), 0, 1)), (y, (Ellipsis, slice(None, None, 0)))]:
    try:
        print(key, arr[key].shape)
    except (IndexError, ValueError) as e:
        print(key, type(e).__name__)
