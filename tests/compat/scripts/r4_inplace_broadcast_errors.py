# In-place arithmetic with operands that do not broadcast fails with MXNetError (legacy and mx.np arrays)
import mxnet as mx

for op in ("__isub__", "__iadd__", "__imul__", "__itruediv__", "__imod__"):
    x = mx.nd.ones((2, 3, 3))
    try:
        getattr(x, op)(mx.nd.array([1, 2]))
        print(op, "ok", x.shape)
    except mx.base.MXNetError:
        print(op, "MXNetError")
x = mx.nd.ones((2, 3))
x += mx.nd.ones((2, 1))
print(x.asnumpy().tolist())
for shape in ((2, 3), (2, 1)):
    x = mx.nd.ones((2, 1))
    try:
        x += mx.nd.ones(shape)
        print(shape, x.asnumpy().tolist())
    except mx.base.MXNetError:
        print(shape, "MXNetError")
mx.npx.set_np()
x = mx.np.ones((2, 3, 3))
try:
    x -= mx.np.array([1, 2])
except mx.base.MXNetError:
    print("np MXNetError")
