import mxnet as mx
import numpy as np
def tr(name, f):
    try:
        r = f(); print(name, r)
    except Exception as e:
        print(name, type(e).__name__)
x = mx.sym.Variable('x'); y = mx.sym.Variable('y')
xv = mx.nd.array([[1, 2], [3, 4]]); yv = mx.nd.array([[2, 2], [2, 5]])
# comparison output
s = x > y
e = s.bind(mx.cpu(), {'x': xv, 'y': yv}, args_grad={'x': mx.nd.ones((2,2)), 'y': mx.nd.ones((2,2))})
e.forward(is_train=True)
tr('cmp-nohead', lambda: (e.backward(), e.grad_dict['x'].asnumpy().tolist()))
tr('cmp-head', lambda: (e.backward(mx.nd.ones((2,2))), e.grad_dict['x'].asnumpy().tolist()))
# plain op with no head grads
s = x * y
e = s.bind(mx.cpu(), {'x': xv, 'y': yv}, args_grad={'x': mx.nd.ones((2,2)), 'y': mx.nd.ones((2,2))})
e.forward(is_train=True)
tr('mul-nohead', lambda: (e.backward(), e.grad_dict['x'].asnumpy().tolist()))
tr('mul-head-wrongshape', lambda: (e.backward(mx.nd.ones((3,))), e.grad_dict['x'].asnumpy().tolist()))
tr('mul-head-list', lambda: (e.backward([mx.nd.ones((2,2))*2]), e.grad_dict['x'].asnumpy().tolist()))
tr('mul-head-np', lambda: (e.backward(np.ones((2,2))), e.grad_dict['x'].asnumpy().tolist()))
# shape_array in graph
s = mx.sym.broadcast_mul(x, mx.sym.cast(mx.sym.shape_array(x), 'float32').reshape((1,2)))
e = s.bind(mx.cpu(), {'x': xv}, args_grad={'x': mx.nd.zeros((2,2))})
e.forward(is_train=True)
tr('shape_array', lambda: (e.backward(mx.nd.ones((2,2))), e.grad_dict['x'].asnumpy().tolist()))
s = mx.sym.broadcast_mul(x, mx.sym.size_array(x).astype('float32'))
e = s.bind(mx.cpu(), {'x': xv}, args_grad={'x': mx.nd.zeros((2,2))})
e.forward(is_train=True)
tr('size_array', lambda: (e.backward(mx.nd.ones((2,2))), e.grad_dict['x'].asnumpy().tolist()))
# group with loss + non-loss output, one head grad
g = mx.sym.Group([mx.sym.MakeLoss(x * y), x + y])
e = g.bind(mx.cpu(), {'x': xv, 'y': yv}, args_grad={'x': mx.nd.zeros((2,2)), 'y': mx.nd.zeros((2,2))})
e.forward(is_train=True)
tr('group-nohead', lambda: (e.backward(), e.grad_dict['x'].asnumpy().tolist()))
tr('group-2heads', lambda: (e.backward([mx.nd.ones((2,2)), mx.nd.ones((2,2))]), e.grad_dict['x'].asnumpy().tolist()))
# BlockGrad output
s = mx.sym.BlockGrad(x * y)
e = s.bind(mx.cpu(), {'x': xv, 'y': yv}, args_grad={'x': mx.nd.ones((2,2)), 'y': mx.nd.ones((2,2))})
e.forward(is_train=True)
tr('blockgrad', lambda: (e.backward(), e.grad_dict['x'].asnumpy().tolist()))
# argmax / round (zero-grad ops)
s = mx.sym.argmax(x, axis=1)
e = s.bind(mx.cpu(), {'x': xv}, args_grad={'x': mx.nd.ones((2,2))})
e.forward(is_train=True)
tr('argmax-nohead', lambda: (e.backward(), e.grad_dict['x'].asnumpy().tolist()))
tr('argmax-head', lambda: (e.backward(mx.nd.ones((2,))), e.grad_dict['x'].asnumpy().tolist()))
s = mx.sym.round(x)
e = s.bind(mx.cpu(), {'x': xv}, args_grad={'x': mx.nd.ones((2,2))})
e.forward(is_train=True)
tr('round-nohead', lambda: (e.backward(), e.grad_dict['x'].asnumpy().tolist()))
# backward without forward(is_train=True)
s = x * y
e = s.bind(mx.cpu(), {'x': xv, 'y': yv}, args_grad={'x': mx.nd.ones((2,2)), 'y': mx.nd.ones((2,2))})
e.forward()
tr('after-infer-forward', lambda: (e.backward(mx.nd.ones((2,2))), e.grad_dict['x'].asnumpy().tolist()))
# backward before any forward
e = s.bind(mx.cpu(), {'x': xv, 'y': yv}, args_grad={'x': mx.nd.ones((2,2)), 'y': mx.nd.ones((2,2))})
tr('no-forward', lambda: (e.backward(mx.nd.ones((2,2))), e.grad_dict['x'].asnumpy().tolist()))
# grad_req add twice
e = s.bind(mx.cpu(), {'x': xv, 'y': yv}, args_grad={'x': mx.nd.ones((2,2)), 'y': mx.nd.ones((2,2))}, grad_req='add')
e.forward(is_train=True); e.backward(mx.nd.ones((2,2))); e.backward(mx.nd.ones((2,2)))
print('add2', e.grad_dict['x'].asnumpy().tolist())
# SoftmaxOutput with head grad
s = mx.sym.SoftmaxOutput(x, y, name='sm')
e = s.bind(mx.cpu(), {'x': xv, 'y': mx.nd.array([0, 1])}, args_grad={'x': mx.nd.zeros((2,2)), 'y': mx.nd.zeros((2,))})
e.forward(is_train=True)
tr('softmax-head', lambda: (e.backward(mx.nd.ones((2,2))*5), e.grad_dict['x'].asnumpy().round(4).tolist()))
