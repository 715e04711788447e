"""IdentityAttachKLSparseReg's backward over data whose last axis is not the moving average's units fails in mshadow's reduction check, printed at its source line, as MXNet does."""
import mxnet as mx

x = mx.sym.Variable('x')
for shape in [(2, 3, 4), (3, 4), (2, 3, 2, 2), (4, 3)]:
    s = mx.sym.sum(mx.sym.IdentityAttachKLSparseReg(mx.sym.sigmoid(x), name='op'))
    exe = s.simple_bind(mx.cpu(), x=shape)
    exe.arg_dict['x'][:] = 0.3
    exe.aux_dict['op_moving_avg'][:] = 0.5
    exe.forward(is_train=True)
    exe.backward(mx.nd.ones((1,)))
    try:
        print(shape, exe.grad_dict['x'].asnumpy().ravel()[:4].tolist())
    except mx.base.MXNetError as e:
        print(shape, 'MXNetError', str(e))
