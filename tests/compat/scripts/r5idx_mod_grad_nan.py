# The remainder's gradient with respect to its divisor is MXNet's negated floor of the quotient: a 0 % 0
# gradient is a NaN of the sign that negation gives.
import mxnet as mx

for dtype in ["float32", "float64", "float16"]:
    a = mx.nd.array([[1.5, -2, 0], [4, 0.5, -3]], dtype=dtype)
    b = mx.nd.array([[2, 0, 0], [3, -0.5, 1]], dtype=dtype)
    a.attach_grad()
    b.attach_grad()
    with mx.autograd.record():
        y = a % b + a % a
    y.backward()
    print(dtype, a.grad.asnumpy().tobytes().hex(), b.grad.asnumpy().tobytes().hex())
