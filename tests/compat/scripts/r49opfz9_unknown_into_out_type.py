"""Elementwise ops over legacy arrays of unknown (0) sizes into an out= array whose sizes complete the shape check the out= array's type (then, where its own sizes left one unknown, its shape) before their kernel runs over no elements, as MXNet's type inference follows the completed shape inference."""
import mxnet as mx
from _call_read import arr, show


nd = mx.nd
calls = {
    'identity': lambda x, o: nd.identity(x, out=o),
    'BlockGrad': lambda x, o: nd.BlockGrad(x, out=o),
    'relu': lambda x, o: nd.relu(x, out=o),
    'negative': lambda x, o: nd.negative(x, out=o),
    'sqrt': lambda x, o: nd.sqrt(x, out=o),
    'logical_not': lambda x, o: nd.logical_not(x, out=o),
    'ones_like': lambda x, o: nd.ones_like(x, out=o),
    'softmax': lambda x, o: nd.softmax(x, out=o),
    'make_loss': lambda x, o: nd.make_loss(x, out=o),
    'SoftmaxActivation': lambda x, o: nd.SoftmaxActivation(x, out=o),
    'Activation tanh': lambda x, o: nd.Activation(x, act_type='tanh', out=o),
    'Activation softsign': lambda x, o: nd.Activation(x, act_type='softsign', out=o),
    'elemwise_add': lambda x, o: nd.elemwise_add(x, x, out=o),
    'reverse': lambda x, o: nd.reverse(x, axis=1, out=o),
    'smooth_l1': lambda x, o: nd.smooth_l1(x, scalar=1.0, out=o),
    'sign_ste': lambda x, o: nd.contrib.sign_ste(x, out=o),
    'gradientmultiplier': lambda x, o: nd.contrib.gradientmultiplier(x, scalar=2.0, out=o),
    'div_sqrt_dim': lambda x, o: nd.contrib.div_sqrt_dim(x, out=o),
    'Cast': lambda x, o: nd.Cast(x, dtype=x.dtype, out=o),
}
for size, out_size in [((0, 3), (2, 3)), ((3, 0), (0, 3)), ((0, 3, 0), (2, 0, 4)), ((0,), (3,))]:
    for dtype, out_dtype in [('float32', 'float32'), ('float32', 'int32'), ('int32', 'float16'), ('float16', 'float16'),
                             ('bool', 'float32')]:
        for name, call in calls.items():
            if name == 'Cast' and dtype == out_dtype and 0 not in out_size:
                continue        # (MXNet's kernel crashes)
            show(f'{name} {dtype} {size} {out_dtype} {out_size}', lambda: call(arr(size, dtype), arr(out_size, out_dtype)))
mx.nd.waitall()
