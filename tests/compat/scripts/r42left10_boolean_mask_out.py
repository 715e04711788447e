"""contrib.boolean_mask given out=: out's type is checked at the call, the kernel's refusals (axis, index length) fail when read, rows are written into out's buffer whatever its shape."""
import mxnet as mx

d = mx.nd.array([[1., 2, 3], [4, 5, 6]])
i3 = mx.nd.array([1, 0, 1])
i2 = mx.nd.array([1, 0])
cases = [("axis1 out ok", i3, 1, (2, 2), 'float32'), ("axis1 out bad shape", i3, 1, (5,), 'float32'),
         ("axis1 out int", i3, 1, (2, 2), 'int32'), ("axis1 out float64", i3, 1, (2, 2), 'float64'),
         ("axis-1", i3, -1, (2, 2), 'float32'), ("axis2", i3, 2, (2, 2), 'float32'),
         ("axis0 out ok", i2, 0, (1, 3), 'float32'), ("axis0 out bigger", i2, 0, (3, 3), 'float32'),
         ("axis0 out flat", i2, 0, (9,), 'float32'), ("axis0 out other rows", mx.nd.array([1, 1]), 0, (2, 4), 'float32'),
         ("axis0 out int", i2, 0, (1, 3), 'int32'), ("axis0 index long", i3, 0, (1, 3), 'float32'),
         ("axis0 index 2-d", mx.nd.array([[1], [0]]), 0, (1, 3), 'float32'), ("axis1 no out", i3, 1, None, None)]
for name, index, axis, shape, dtype in cases:
    out = None if shape is None else mx.nd.ones(shape, dtype=dtype) * 7
    try:
        r = mx.nd.contrib.boolean_mask(d, index, axis=axis, out=out)
        print(name, "called", r is out)
        print(name, "read", r.shape, r.dtype, r.asnumpy().tolist())
    except mx.base.MXNetError as e:
        print(name, "MXNetError", str(e).replace("\n", " | "))
    if out is not None:
        try:
            print(name, "out", out.shape, out.dtype, out.asnumpy().tolist())
        except mx.base.MXNetError as e:
            print(name, "out MXNetError", str(e).replace("\n", " | "))
