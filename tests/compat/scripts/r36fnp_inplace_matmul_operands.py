"""x @= y on mx.np arrays: a None operand is _npi_matmul's missing input (as x @ None), other refusals and results as MXNet's."""
import mxnet as mx

np = mx.np
for dtype in ('float32', 'int32', 'bool'):
    a = np.ones((2, 2), dtype=dtype)
    for other in (None, np.ones((2, 2), dtype=dtype), np.ones((2, 3)), 2, np.ones(2)):
        for form in ('a @= other', 'a @ other', 'other @ a'):
            b = a.copy()
            try:
                r = eval(form) if '=' not in form else exec(form.replace('a', 'b', 1)) or b
                print(form, dtype, r.dtype, r.tolist())
            except Exception as e:
                print(form, dtype, type(e).__name__, str(e).strip().splitlines()[-1])
