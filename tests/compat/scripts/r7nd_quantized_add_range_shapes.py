# contrib.quantized_elemwise_add takes its four ranges of shape (1,) (MXNet's shape inference)
import mxnet as mx
import numpy as np
a = mx.nd.array([[10, -20, 30]], dtype="int8")
for shapes in [((1,),) * 4, ((1, 3),) + ((1,),) * 3, ((1,),) * 3 + ((2,),), ((1, 1),) * 4]:
    r = [mx.nd.array(np.full(s, v)) for s, v in zip(shapes, [-2., 2., -3., 3.])]
    try:
        out = mx.nd.contrib.quantized_elemwise_add(a, a, *r)
        print(shapes, [x.asnumpy().tobytes().hex() for x in out])
    except mx.base.MXNetError as e:
        print(shapes, "MXNetError", "Shape inconsistent" in str(e))
