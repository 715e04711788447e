"""lcm and the bitwise functions of an mx.np array and a number with an out= of another dtype: the integer-only check, then the _scalar operator's type inference assigning the array's dtype to out= (bool: 'unknown'), then a bool kernel's failure."""
from mxnet import np, npx
npx.set_np()

for f in ['lcm', 'bitwise_and', 'bitwise_xor']:
    for adt in ['uint8', 'int32', 'bool', 'float32']:
        for odt in ['bool', 'int32', 'float32', 'int64']:
            for shape in [(2,), (0,)]:
                row = []
                for rev in [False, True]:
                    a = np.ones(shape, dtype=adt)
                    try:
                        r = getattr(np, f)(*((2, a) if rev else (a, 2)), out=np.zeros(shape, dtype=odt))
                        row.append("%s %s" % (r.dtype, r.tolist()))
                    except Exception as e:  # noqa: BLE001
                        row.append("%s: %s" % (type(e).__name__, str(e).strip().splitlines()[-1][:110]))
                print(f, adt, odt, shape, " | ".join(row))
