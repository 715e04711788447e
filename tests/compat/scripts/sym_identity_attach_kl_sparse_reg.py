import mxnet as mx, numpy as np
nd = mx.nd
x = nd.array(np.random.RandomState(0).rand(4, 3))
s = mx.sym.IdentityAttachKLSparseReg(mx.sym.var('d'), name='r', sparseness_target=0.2, penalty=0.01, momentum=0.8)
print(s.list_arguments(), s.list_auxiliary_states(), s.list_outputs(), s.infer_shape(d=(4, 3)))
ex = s.bind(mx.cpu(), {'d': x}, args_grad={'d': nd.zeros((4, 3))}, aux_states={'r_moving_avg': nd.array([0.5, 0.2, 0.7])})
print(ex.forward(is_train=True)[0])
ex.backward(nd.ones((4, 3)) * 2)
print(ex.grad_dict['d'], ex.aux_dict['r_moving_avg'])
ex.forward(is_train=True); ex.backward(nd.ones((4, 3)))
print(ex.grad_dict['d'], ex.aux_dict['r_moving_avg'])
net = mx.sym.FullyConnected(mx.sym.IdentityAttachKLSparseReg(mx.sym.sigmoid(mx.sym.var('data')), name='kl'), num_hidden=2, name='fc')
print(net.list_arguments(), net.list_auxiliary_states())
print(net.tojson().count('IdentityAttachKLSparseReg'))
