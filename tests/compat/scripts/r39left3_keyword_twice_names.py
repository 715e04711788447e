"""A keyword given twice (f(x, **a, **b)) or by position and keyword: Python's TypeError names MXNet's function and module for nd, nd.contrib, nd.linalg and sym operators and their aliases"""
import mxnet as mx

x = mx.nd.ones((2,))
s = mx.sym.var('s')
calls = [
    ('nd.sgd_update', mx.nd.sgd_update, x, 'lr'), ('nd.relu', mx.nd.relu, x, 'name'), ('nd.sum', mx.nd.sum, x, 'axis'),
    ('nd.op.relu', mx.nd.op.relu, x, 'name'), ('nd.Convolution', mx.nd.Convolution, x, 'kernel'),
    ('nd.elemwise_add', mx.nd.elemwise_add, x, 'name'), ('nd.concat', mx.nd.concat, x, 'dim'),
    ('nd.Concat', mx.nd.Concat, x, 'dim'), ('nd.broadcast_plus', mx.nd.broadcast_plus, x, 'rhs'),
    ('nd.broadcast_add', mx.nd.broadcast_add, x, 'rhs'), ('nd.stop_gradient', mx.nd.stop_gradient, x, 'name'),
    ('nd.Custom', mx.nd.Custom, x, 'op_type'), ('nd.adam_update', mx.nd.adam_update, x, 'beta1'),
    ('nd.contrib.box_nms', mx.nd.contrib.box_nms, x, 'topk'), ('nd.contrib.ROIAlign', mx.nd.contrib.ROIAlign, x, 'name'),
    ('nd.contrib.quadratic', mx.nd.contrib.quadratic, x, 'a'), ('nd.linalg.gemm2', mx.nd.linalg.gemm2, x, 'alpha'),
    ('nd.linalg.potrf', mx.nd.linalg.potrf, x, 'name'), ('nd.image.to_tensor', mx.nd.image.to_tensor, x, 'name'),
    ('nd.sparse.dot', mx.nd.sparse.dot, x, 'transpose_a'), ('nd.random.uniform', mx.nd.random.uniform, 0, 'high'),
    ('sym.relu', mx.sym.relu, s, 'name'), ('sym.sgd_update', mx.sym.sgd_update, s, 'lr'),
    ('sym.Convolution', mx.sym.Convolution, s, 'kernel'), ('sym.concat', mx.sym.concat, s, 'dim'),
    ('sym.contrib.box_nms', mx.sym.contrib.box_nms, s, 'topk'), ('sym.linalg.gemm2', mx.sym.linalg.gemm2, s, 'alpha'),
    ('npx.relu', mx.npx.relu, mx.np.ones((2,)), 'name'), ('autograd.grad', mx.autograd.grad, x, 'retain_graph'),
]
for label, f, arg, key in calls:
    try:
        f(arg, **{key: 1}, **{key: 2})
        print(label, 'ran')
    except TypeError as e:
        print(label, str(e).replace('distnet', 'mxnet'))

# by position and keyword: the function's own name
for label, call in [('nd.sgd_update', lambda: mx.nd.sgd_update(x, x, weight=x, lr=0.1)),
                    ('nd.concat', lambda: mx.nd.concat(x, x, dim=0, name='a', **{'name': 'b'})),
                    ('nd.contrib.box_nms', lambda: mx.nd.contrib.box_nms(x, data=x)),
                    ('nd.linalg.gemm2', lambda: mx.nd.linalg.gemm2(x, x, A=x)),
                    ('sym.relu', lambda: mx.sym.relu(s, data=s))]:
    try:
        call()
        print(label, 'ran')
    except TypeError as e:
        print(label, str(e).replace('distnet', 'mxnet'))
print(mx.nd.relu.__name__, mx.nd.concat.__name__, mx.nd.contrib.box_nms.__name__, mx.sym.relu.__name__)

# mx.np's reductions and copies given their array by position and keyword
a = mx.np.ones((2,))
for name in ['sum', 'prod', 'max', 'amin', 'copy', 'cumsum', 'reshape']:
    try:
        getattr(mx.np, name)(a, a=a)
        print('np.' + name, 'ran')
    except TypeError as e:
        print('np.' + name, e)

# mx.npx's operators given an input by position and keyword
for name in ['activation', 'batch_flatten', 'convolution', 'fully_connected', 'leaky_relu', 'pooling', 'rnn',
             'softmax', 'sequence_mask', 'relu', 'multibox_prior']:
    try:
        getattr(mx.npx, name)(a, data=a)
        print('npx.' + name, 'ran')
    except TypeError as e:
        print('npx.' + name, e)

# an update operator given its weight twice, its required attributes left out
w = mx.nd.ones((2,))
for name in ['sgd_update', 'sgd_mom_update', 'adam_update', 'rmsprop_update', 'ftrl_update', 'signum_update',
             'mp_sgd_update', 'nag_mom_update', 'lamb_update_phase1']:
    try:
        getattr(mx.nd, name)(w, weight=w)
        print('nd.' + name, 'ran')
    except TypeError as e:
        print('nd.' + name, e)
