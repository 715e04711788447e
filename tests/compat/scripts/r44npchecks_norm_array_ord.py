"""mx.np.linalg.norm given an array or sequence ord (no axis pair) compares it as MXNet 1.9.1's front end does, handing any other to its operator as text."""
import warnings
import mxnet as mx
import numpy as onp
np = mx.np
warnings.simplefilter('ignore')


def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:      # noqa: BLE001
        print(label, type(e).__name__, str(e).splitlines()[-1] if str(e) else '')


v = np.array([1., 2., 3.])
x = np.array([[1., 2.], [3., 4.], [5., 6.]])
x3 = np.ones((2, 4, 2))
orders = [('numpy [0.]', onp.array([0.], 'float32')), ('numpy [2.]', onp.array([2.])), ('numpy 0-d 2', onp.array(2.)),
          ('numpy [1, 2]', onp.array([1, 2])), ('numpy [[1]]', onp.array([[1]])), ('numpy empty', onp.array([], 'float32')),
          ('numpy 0-d 3', onp.array(3.)), ('numpy 0-d fro', onp.array('fro')), ('numpy 0-d inf', onp.array('inf')),
          ('numpy [inf]', onp.array(['inf'])), ('numpy 0-d True', onp.array(True)), ('numpy [1.]', onp.array([1.])),
          ('mx [0.]', np.array([0.])), ('mx 0-d', np.array(2.)), ('mx [1, 2]', np.array([1, 2])),
          ('mx int8 matrix', np.ones((3, 4), dtype='int8')), ('list', [2]), ('tuple', (2,))]
for label, o in orders:
    for name, a in [('vector', v), ('matrix', x), ('stack', x3)]:
        show(f'{label} {name}', lambda: np.linalg.norm(a, o))
        show(f'{label} {name} axis 0', lambda: np.linalg.norm(a, o, axis=0))
