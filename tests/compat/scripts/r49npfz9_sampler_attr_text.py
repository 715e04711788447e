"""mx.np.random's samplers list size () as None (gamma an out= array's shape), read their attributes before counting the array inputs a None parameter leaves missing, and show a 0-d array bound of randint as NumPy's text, as MXNet does."""
import mxnet as mx
from mxnet import np, npx

npx.set_np()


def show(label, f):
    try:
        r = f()
        print(label, r.shape, r.dtype)
    except Exception as e:
        print(label, type(e).__name__, str(e).strip().splitlines()[-1][:300])


show('gumbel size ()', lambda: np.random.gumbel(1, [0.2, 0.8], size=()))
show('power size ()', lambda: np.random.power([0.2, 0.8], size=()))
show('uniform int64 size ()', lambda: np.random.uniform([0.2, 0.8], [0.2, 0.8], size=(), dtype='int64'))
show('normal size ()', lambda: np.random.normal(np.array(1, dtype='int32'), [0.2, 0.8], size=(), dtype='float32'))
show('logistic size () out', lambda: np.random.logistic(0, True, size=(), out=np.zeros((2, 3))))
show('gamma out', lambda: np.random.gamma('x', 0, size=[2], dtype='int64', out=np.zeros((2, 3), dtype='int64')))
show('gamma None', lambda: np.random.gamma([0.2, 0.8], None, size=(2, 0)))
show('normal None', lambda: np.random.normal(True, None, size=0))
show('uniform None', lambda: np.random.uniform(np.ones((3, 1)), None, dtype='int64'))
show('uniform None ok', lambda: np.random.uniform(np.ones((3, 1)), None))
show('randint f32', lambda: np.random.randint(np.array(1.3765123, dtype='float32'), np.array([1.5, 2.25], dtype='float64')))
show('randint f16', lambda: np.random.randint(2, np.array(0.9653, dtype='float16'), size=()))
show('randint f16 3', lambda: np.random.randint(1, np.array(2.467, dtype='float16'), size=3))
mx.random.seed(3)
print(np.random.randint(1, np.array(5, dtype='int32'), size=8), np.random.randint(np.array(2, dtype='uint8'), 9, size=(2, 2)))
