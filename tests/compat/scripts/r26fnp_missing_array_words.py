"""mx.np reductions and copy called without their array reach the operator, which counts no input (MXNetError);
np.max and np.min are functions of their own, named max and min."""
# recorded on AVX2
import mxnet as mx
from mxnet import np, npx
from _words import words

npx.set_np()
NAMES = ("all", "any", "amax", "amin", "max", "min", "copy", "cumsum", "prod", "product", "sometrue", "sum", "mean",
         "std", "argmax")
CALLS = (((), {}), ((), {"axis": 0}), ((), {"x": np.ones(2)}), ((np.array([1., 3.]),), {}),
         ((), {"a": np.array([2., 5.])}))
for name in NAMES:
    fn = getattr(np, name)
    for args, kwargs in CALLS:
        try:
            print(name, fn.__name__, len(args), sorted(kwargs), fn(*args, **kwargs))
        except (mx.MXNetError, TypeError) as e:
            print(name, len(args), sorted(kwargs), words(e).splitlines()[0])
print(np.max is np.amax, np.min is np.amin, np.max(np.array([[1., 4.], [3., 2.]]), axis=1, keepdims=True))
