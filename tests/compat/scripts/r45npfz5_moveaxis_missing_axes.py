"""np.moveaxis missing its axes refuses the missing destination first (the source when it alone is given) whatever out= it is handed, as its parser reads them."""
import mxnet as mx
mx.npx.set_np()
np = mx.np
a = np.ones((2, 3))
for args, kw in [((a,), {}), ((a,), {'out': np.ones((3, 2))}), ((a,), {'out': np.ones((2, 2))}), ((a, 0), {'out': np.ones((3, 2))}), ((a,), {'source': 0, 'out': np.ones((3, 2))}), ((a,), {'out': None}), ((a,), {'name': 'x'}), ((a, 0), {}), ((a,), {'source': 0}), ((a,), {'destination': 1}), ((), {'a': a})]:
    try:
        np.moveaxis(*args, **kw)
        print('OK')
    except Exception as e:
        print(type(e).__name__, str(e).split('\n')[-1][:200])
