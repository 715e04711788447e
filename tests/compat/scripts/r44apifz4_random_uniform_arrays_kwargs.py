"""test_utils.random_uniform_arrays refuses keyword arguments other than low, high and dtype with MXNet's TypeError."""
import numpy as np
import mxnet as mx
from mxnet import test_utils as tu

np.random.seed(3)
print([a.tolist() for a in tu.random_uniform_arrays((2,), (1, 2), low=-1, high=2, dtype="float16")])
for kwargs in ({"foo": 1}, {"low": 0, "size": 3}, {"dtype": "float64", "ctx": mx.cpu(), "seed": 1}):
    try:
        tu.random_uniform_arrays((2,), **kwargs)
        print(sorted(kwargs), "accepted")
    except TypeError as e:
        print(sorted(kwargs), "TypeError:", e)
