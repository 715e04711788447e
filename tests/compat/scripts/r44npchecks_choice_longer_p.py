"""mx.np.random.choice accepts a p longer than a, sampling by p's first len(a) weights as MXNet 1.9.1 does (seeded)."""
import mxnet as mx
np = mx.np


def show(label, fn):
    mx.random.seed(3)
    try:
        print(label, repr(fn()))
    except Exception as e:      # noqa: BLE001
        print(label, type(e).__name__, str(e).splitlines()[-1] if str(e) else '')


show('int a, p of 4', lambda: np.random.choice(3, size=8, p=np.array([0.1, 0.2, 0.3, 0.4])))
show('int a, p of 6', lambda: np.random.choice(5, size=8, p=np.array([0.5, 0.5, 0.0, 0.0, 0.0, 0.0])))
show('array a, p of 4', lambda: np.random.choice(np.array([10., 20., 30.]), size=6, p=np.array([0.25, 0.25, 0.25, 0.25])))
show('int a, p of 4, no size', lambda: np.random.choice(3, p=np.array([0.1, 0.2, 0.3, 0.4])))
show('int a, p of 4, float32', lambda: np.random.choice(2, size=(2, 3), p=np.array([0.3, 0.3, 0.2, 0.2], dtype='float32')))
show('list p', lambda: np.random.choice(5, size=8, p=[0.5, 0.5]))
