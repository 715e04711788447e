"""np.insert / np.delete (and their symbols) refuse legacy arrays and wrong obj/values types in MXNet's words, naming classes by MXNet's modules."""
# recorded on AVX2
import mxnet as mx
from mxnet import np, npx
npx.set_np()

x = mx.sym.var('x').as_np_ndarray()
calls = [
    ('sym delete array obj', lambda: mx.sym.np.delete(x, np.array([1]))),
    ('sym delete float obj', lambda: mx.sym.np.delete(x, 1.5)),
    ('sym insert array obj', lambda: mx.sym.np.insert(x, np.array([1]), x)),
    ('insert legacy values', lambda: np.insert(np.ones(3), 1, mx.nd.ones(1))),
    ('insert legacy arr', lambda: np.insert(mx.nd.ones(3), 1, 2.0)),
    ('insert legacy arr slice', lambda: np.insert(mx.nd.ones(3), slice(0, 2), 2.0)),
    ('insert legacy obj', lambda: np.insert(np.ones(3), mx.nd.array([1]), 2.0)),
    ('insert legacy obj values', lambda: np.insert(np.ones(3), mx.nd.array([1]), np.ones(1))),
    ('insert float obj', lambda: np.insert(np.ones(3), 1.5, 2.0)),
    ('insert list values', lambda: np.insert(np.ones(3), 1, [2.0])),
    ('insert list arr', lambda: np.insert([1.0, 2.0], 1, np.ones(1))),
    ('delete legacy arr', lambda: np.delete(mx.nd.ones(3), 1)),
    ('delete legacy obj', lambda: np.delete(np.ones(3), mx.nd.array([1]))),
    ('delete list obj', lambda: np.delete(np.ones(3), [1])),
    ('delete list arr', lambda: np.delete([1.0, 2.0], 1)),
    ('delete works', lambda: np.delete(np.arange(5), np.array([0, 3], dtype='int64'))),
    ('insert works', lambda: np.insert(np.arange(3), 1, 9)),
]
for name, call in calls:
    try:
        print(name, call())
    except Exception as e:
        print(name, 'ERR', type(e).__name__, str(e))
