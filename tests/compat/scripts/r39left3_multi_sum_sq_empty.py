"""multi_sum_sq over empty arrays under legacy shapes sums them to 0, also recorded and in a bound graph; mixed types still refuse"""
import mxnet as mx
import numpy as np

shapes = [(0,), (0, 3), (2, 0), (0, 0, 4)]
for shape in shapes:
    a = mx.nd.array(np.zeros(shape))
    for args in [(a,), (a, mx.nd.array([1, 2])), (mx.nd.array([3]), a, a)]:
        r = mx.nd.multi_sum_sq(*args, num_arrays=len(args))
        print(shape, len(args), r.asnumpy(), r.dtype, r.shape)
    v = mx.nd.array([2.0])
    v.attach_grad()
    with mx.autograd.record():
        r = mx.nd.multi_sum_sq(a, v, num_arrays=2)
    print('recorded', shape, r.asnumpy())

a16 = mx.nd.array(np.zeros((2, 0)), dtype='float16')
for args in [(a16,), (a16, mx.nd.array([1, 2])), (mx.nd.array([3]), a16)]:
    try:
        print(mx.nd.multi_sum_sq(*args, num_arrays=len(args)).asnumpy())
    except mx.base.MXNetError as e:
        print(type(e).__name__, str(e).splitlines()[-1])

x, y = mx.sym.var('x'), mx.sym.var('y')
s = mx.sym.multi_sum_sq(x, y, num_arrays=2)
print(s.infer_shape_partial(x=(0,), y=(2,)))
