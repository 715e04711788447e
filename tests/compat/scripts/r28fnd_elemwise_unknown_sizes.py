"""elemwise_* operands whose zero (unknown) sizes the other operand fills: shape inference passes, so a dtype
mismatch or an out= array comes first, and the call returns an array of the filled shape whose read fails; an
empty out= array whose known sizes fit is checked for its dtype before its shape."""
import numpy as np
import mxnet as mx
from _words import words

# recorded on AVX2


def zeros(*shape, dtype="float32"):
    return mx.nd.array(np.zeros(shape), dtype=dtype)


ones = mx.nd.ones
CASES = [
    ("(0,3)+(1,3)", lambda: mx.nd.elemwise_add(zeros(0, 3), ones((1, 3)))),
    ("(1,3)+(0,3)", lambda: mx.nd.elemwise_add(ones((1, 3)), zeros(0, 3))),
    ("(0,3)*(0,3)", lambda: mx.nd.elemwise_mul(zeros(0, 3), zeros(0, 3))),
    ("(0,3)-(1,3)", lambda: mx.nd.elemwise_sub(zeros(0, 3), ones((1, 3)))),
    ("(0,3)+(2,0)", lambda: mx.nd.elemwise_add(zeros(0, 3), zeros(2, 0))),
    ("(2,3)+(2,0)", lambda: mx.nd.elemwise_add(ones((2, 3)), zeros(2, 0))),
    ("(2,3)+(0,4)", lambda: mx.nd.elemwise_add(ones((2, 3)), zeros(0, 4))),
    ("out (0,3)", lambda: mx.nd.elemwise_add(zeros(0, 3), ones((1, 3)), out=zeros(0, 3))),
    ("out (1,3)", lambda: mx.nd.elemwise_add(ones((1, 3)), zeros(0, 3), out=ones((1, 3)))),
    ("int32 (0,3)*(1,3)", lambda: mx.nd.elemwise_mul(zeros(0, 3), ones((1, 3), dtype="int32"))),
    ("int32 (0,3)*(0,3)", lambda: mx.nd.elemwise_mul(zeros(0, 3), zeros(0, 3, dtype="int32"))),
    ("floor out int32 (0,)", lambda: mx.nd.floor(ones((4,)), out=zeros(0, dtype="int32"))),
    ("floor out int32 (2,)", lambda: mx.nd.floor(ones((4,)), out=ones((2,), dtype="int32"))),
    ("broadcast_mul out int32 (0,)", lambda: mx.nd.broadcast_mul(ones((4,)), ones((1,)), out=zeros(0, dtype="int32"))),
    ("elemwise_add out int32 (0,3)", lambda: mx.nd.elemwise_add(ones((2, 3)), ones((2, 3)),
                                                                out=zeros(0, 3, dtype="int32"))),
    ("elemwise_add out int32 (0,4)", lambda: mx.nd.elemwise_add(ones((2, 3)), ones((2, 3)),
                                                                out=zeros(0, 4, dtype="int32"))),
    ("relu out int32 (2,0)", lambda: mx.nd.relu(ones((2, 3)), out=zeros(2, 0, dtype="int32"))),
]
for label, call in CASES:
    try:
        y = call()
    except mx.base.MXNetError as e:
        print(label, "at the call:", words(e))
        continue
    print(label, "returns", y.shape, end=" ")
    try:
        y.wait_to_read()
        print("read")           # (the elemwise_sub/mul/div of such operands read memory never set)
    except mx.base.MXNetError as e:
        print("read:", words(e))
