# Two legacy bool arrays whose shapes do not broadcast: MXNet's shape inference fails (MXNetError, at the call)
# before its kernel's bool refusal; shapes that broadcast fail in the kernel, on reading
import mxnet as mx
import numpy as np
for sa, sb in [((2, 3), (1, 3)), ((2, 3), (3, 3)), ((2, 3), (2, 3))]:
    a, b = mx.nd.array(np.ones(sa), dtype="bool"), mx.nd.array(np.ones(sb), dtype="bool")
    for name, f in [("+", lambda: a + b), ("**", lambda: a ** b), ("%", lambda: a % b), ("==", lambda: a == b),
                    ("<", lambda: a < b), ("power", lambda: mx.nd.power(a, b)), ("maximum", lambda: mx.nd.maximum(a,
                                                                                                                  b)),
                    ("broadcast_logical_and", lambda: mx.nd.broadcast_logical_and(a, b))]:
        try:
            r = f()
        except mx.base.MXNetError as e:
            print(sa, sb, name, "MXNetError at the call")
            continue
        try:
            print(sa, sb, name, r.asnumpy().shape)
        except mx.base.MXNetError as e:
            print(sa, sb, name, "MXNetError on reading")
