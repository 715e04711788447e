"""A 0-d legacy array among too many or too few inputs: MXNet counts the inputs before it infers shapes."""
# recorded on AVX2
import mxnet as mx
import numpy as np
nd = mx.nd
x = nd.array([[1., 2., 3.], [4., 5., 6.]])
z = nd.array(np.float32(2.0))
print(z.shape)
for name, f in [("softmax2", lambda: nd.softmax(x, x)), ("LeakyReLU2", lambda: nd.LeakyReLU(x, x)),
                ("softmax_z", lambda: nd.softmax(x, z)), ("softmax_zz", lambda: nd.softmax(z, z)),
                ("LeakyReLU_z", lambda: nd.LeakyReLU(z, x)), ("elemwise_add1", lambda: nd.elemwise_add(x)),
                ("elemwise_add_z", lambda: nd.elemwise_add(z)), ("take1", lambda: nd.take(x)),
                ("take_z", lambda: nd.take(z)), ("dot_z", lambda: nd.dot(z)), ("sum_z", lambda: nd.sum(z)),
                ("plus_scalar_z", lambda: z + 1), ("broadcast_mul_z", lambda: nd.broadcast_mul(x, z))]:
    try:
        r = f()
        print(name, r.shape, r.asnumpy().ravel().tolist())
    except mx.base.MXNetError as e:
        print(name, str(e).strip().split("\n")[1:3])
    except Exception as e:
        print(name, type(e).__name__, str(e).split("\n")[0])
