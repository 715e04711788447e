"""Python round() on mx.np arrays and np.around of a scalar array, with and without NumPy shape semantics."""
from mxnet import np, npx
for e in ['round(np.array([2.5, 1.26]), 1)', 'round(np.array([2.5, 1.5]), 0)', 'round(np.array(2.5))', 'round(np.array([2.5]))', 'np.around(np.array(2.567), 2)']:
    try:
        print(e, repr(eval(e)))
    except Exception as ex:  # noqa: BLE001
        print(e, type(ex).__name__)
npx.set_np()
for e in ['round(np.array(2.5))', 'round(np.array(2.567), 2)', 'np.around(np.array(2.567), 2)', 'round(np.array([2.5, 3.5]))', 'np.array(2.567).round(1)']:
    try:
        print(e, repr(eval(e)))
    except Exception as ex:  # noqa: BLE001
        print(e, type(ex).__name__)
