"""SDMLLoss reads the batch size, builds its labels and then asserts (bare) that x1 and x2 agree in shape, failing on other ranks as MXNet's does."""
import numpy as np
from mxnet import nd, gluon

for s1, s2 in [((2, 3), (3, 3)), ((2, 3), (2, 4)), ((3,), (3,)), ((3,), (4, 2)), ((), ()), ((2, 2, 2), (2, 2, 2)),
               ((2, 2, 2), (3, 2)), ((1, 2), (1, 2)), ((3, 2), (3, 2))]:
    x1 = nd.array(np.arange(np.prod(s1)).reshape(s1) * 0.25)
    x2 = nd.array(np.arange(np.prod(s2)).reshape(s2) * -0.5)
    try:
        print(s1, s2, gluon.loss.SDMLLoss()(x1, x2).asnumpy().tolist())
    except Exception as e:      # noqa: BLE001  (the type and text are the result)
        print(s1, s2, type(e).__name__, repr(str(e)))
