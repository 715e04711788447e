"""test_utils.same compares nd arrays as numpy sees them: equal only to an nd array of its shape and dtype (not bool)."""
import numpy as np
import mxnet as mx
from mxnet import test_utils as tu

A = {'f32': mx.nd.array([1, 2]), 'f32b': mx.nd.array([1, 3]), 'f64': mx.nd.array([1, 2], dtype='float64'), 'i32': mx.nd.array([1, 2], dtype='int32'),
     'm2': mx.nd.array([[1, 2], [3, 4]]), 'm2b': mx.nd.array([[1, 2], [3, 4]]), 'm2c': mx.nd.array([[1, 2], [3, 5]]), 'one': mx.nd.array([5]),
     'onef64': mx.nd.array([5], dtype='float64'), 'np': np.array([1., 2.], dtype='float32'), 'np5': np.array([5.], dtype='float32'),
     'mnp': mx.np.array([1, 2]), 'mnp2': mx.np.array([1, 2]), 'sc': 5.0, 'b': mx.nd.array([1, 0], dtype='bool'), 'u8': mx.nd.array([1, 2], dtype='uint8'),
     'f16': mx.nd.array([1, 2], dtype='float16'), 'i64': mx.nd.array([1, 2], dtype='int64'), 'hr': mx.nd.ones((1, 2, 1, 2, 1)), 'hr2': mx.nd.ones((1, 2, 1, 2, 1)),
     'lst': [1.0, 2.0]}
for x, y in [('f32', 'f32'), ('f32', 'f32b'), ('f32', 'f64'), ('f32', 'i32'), ('i32', 'i32'), ('m2', 'm2b'), ('m2', 'm2c'), ('one', 'one'),
             ('one', 'onef64'), ('f32', 'np'), ('np', 'f32'), ('one', 'np5'), ('one', 'sc'), ('sc', 'one'), ('mnp', 'f32'), ('f32', 'mnp'),
             ('mnp', 'mnp2'), ('b', 'b'), ('u8', 'u8'), ('u8', 'i32'), ('f16', 'f16'), ('f16', 'f32'), ('f32', 'm2'), ('i64', 'i64'), ('hr', 'hr2'),
             ('np', 'lst'), ('lst', 'f32'), ('np', 'np5')]:
    print(x, y, tu.same(A[x], A[y]))
