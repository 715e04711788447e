"""mx.np binary functions (hypot, arctan2, copysign, ldexp, power, add, maximum, comparisons) with mixed operand dtypes
and an out= of another dtype: which type check refuses first, in MXNet's words."""
from mxnet import np, npx
npx.set_np()


def t(label, f):
    try:
        r = f()
        print(label, r.dtype, r.shape)
    except Exception as e:
        print(label, type(e).__name__, str(e).strip().splitlines()[-1][:200])


for fn in ['hypot', 'arctan2', 'copysign', 'ldexp', 'power', 'add', 'maximum', 'equal', 'less', 'not_equal', 'greater_equal']:
    for da, db, do in [('int32', 'int64', 'float16'), ('int64', 'int32', 'float64'), ('bool', 'float64', 'float32'), ('int64', 'int8', 'int32'),
                       ('int32', 'int32', 'float32'), ('int8', 'int8', 'int8'), ('float32', 'int32', 'float64'), ('uint8', 'int8', 'uint8'), ('bool', 'bool', 'float32'), ('float16', 'float32', 'float16'), ('int32', 'int64', 'int32'), ('int32', 'int64', 'int64'), ('int32', 'float32', 'bool'), ('bool', 'int32', 'bool')]:
        a = np.ones((2, 3), dtype=da)
        b = np.ones((2, 3), dtype=db)
        o = np.zeros((2, 3), dtype=do)
        t('%s %s %s out=%s' % (fn, da, db, do), lambda: getattr(np, fn)(a, b, out=o))
